/**
 * The action's main job: inputs → start → watch → report. Only the inputs are read on the start
 * path: the AWS SDK and the rest of the step load after the inputs are valid, so a mistyped input
 * is rejected in about the time Node and @actions/core take to start.
 */
import * as core from '@actions/core'
import { systemClock } from './domain/clock.js'
import {
  type ParsedInputs,
  needsYamlParser,
  parseInputs,
  type RawInputReader,
  summaryRequested
} from './inputs/parse.js'
import { publishInputError } from './report/input-error.js'
import type { Runtime } from './domain/runtime.js'

/** The workflow's inputs as the runner passes them, read by @actions/core (trimmed; '' when absent). */
const coreInputs: RawInputReader = (name) => core.getInput(name)

export async function run(
  runtime: Runtime = { env: process.env, clock: systemClock, signals: process },
  raw: RawInputReader = coreInputs
): Promise<void> {
  const stepStartedAt = runtime.clock.now()
  let parsed: ParsedInputs
  try {
    // Only a YAML list of components needs the YAML parser: every other run starts without it.
    const parseYaml = needsYamlParser(raw)
      ? (await import('./inputs/yaml-parser.js')).parseYaml
      : undefined
    parsed = parseInputs(raw, runtime.env, parseYaml)
  } catch (error) {
    await publishInputError(error, summaryRequested(raw))
    return
  }
  const { runBuildStep } = await import('./build-step.js')
  await runBuildStep(parsed, runtime, stepStartedAt)
}
