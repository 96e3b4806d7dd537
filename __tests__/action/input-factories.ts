/** Inputs as the runner passes them, and readers of what the parser makes of them. */
import { expect } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import type { AttachInputs, PipelineInputs, RecipeInputs } from '../../src/inputs/action-inputs.js'
import type { InputError } from '../../src/domain/errors.js'
import { INPUT_DEFAULTS, type InputName } from '../../src/inputs/defaults.js'
import { environmentReader, type ParsedInputs, parseInputs } from '../../src/inputs/parse.js'
import { IMAGE_ARN, PIPELINE_ARN, REGION } from './factories.js'

export type Given = Partial<Record<InputName, string>>

function inputVariables(inputs: Given): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
}

function parseEnvironment(env: NodeJS.ProcessEnv): ParsedInputs {
  return parseInputs(environmentReader(env), env, parseYaml)
}

/** As GitHub's runner passes inputs: the given ones, and the action.yml default for the rest. */
export function parse(given: Given, env: NodeJS.ProcessEnv = {}): ParsedInputs {
  return parseEnvironment({ ...env, ...inputVariables({ ...INPUT_DEFAULTS, ...given }) })
}

/** As a hand run or a local runner passes them: only what the user wrote, nothing for the rest. */
export function parseHandRun(given: Given, env: NodeJS.ProcessEnv = {}): ParsedInputs {
  return parseEnvironment({ ...env, ...inputVariables(given) })
}

export function inputErrorOf(given: Given, env: NodeJS.ProcessEnv = {}): InputError {
  try {
    parse(given, env)
  } catch (error) {
    expect(error).toMatchObject({ name: 'InputError' })
    return error as InputError
  }
  throw new Error('expected an InputError, but the inputs were accepted')
}

export const RECIPE: Given = {
  name: 'golden-al2023',
  'parent-image': 'ami-0123456789abcdef0',
  components: 'update-linux'
}
export const IN_EU = { AWS_REGION: 'eu-west-1' }

/** The input an AMI-only input is refused as when given with `image-type: container`. */
export function refusedWithContainer(given: Given): string {
  return inputErrorOf(
    {
      ...RECIPE,
      'image-type': 'container',
      'parent-image': 'amazonlinux:2023',
      'container-repository': 'golden/app',
      ...given
    },
    IN_EU
  ).input
}

export function recipe(given: Given = {}, env: NodeJS.ProcessEnv = IN_EU): RecipeInputs {
  const { inputs } = parse({ ...RECIPE, ...given }, env)
  if (inputs.mode !== 'recipe') throw new Error(`expected recipe mode, got ${inputs.mode}`)
  return inputs
}

/** The message of the InputError a recipe with these inputs gets; it names the last of them. */
export function recipeProblem(given: Given): string {
  const error = inputErrorOf({ ...RECIPE, ...given }, IN_EU)
  expect(error.input).toBe(Object.keys(given).at(-1))
  return error.message
}

/** Pipeline mode with every other input at its action.yml default. */
export function aPipelineInputs(overrides: Partial<PipelineInputs> = {}): PipelineInputs {
  return {
    mode: 'pipeline',
    pipelineArn: PIPELINE_ARN,
    region: REGION,
    wait: true,
    timeoutMinutes: 0,
    cancelOnAbort: true,
    pollIntervalSeconds: 30,
    streamLogs: true,
    summary: true,
    amiTags: {},
    tags: {},
    retryOnRerun: false,
    ...overrides
  }
}

export function anAttachInputs(overrides: Partial<AttachInputs> = {}): AttachInputs {
  return {
    mode: 'attach',
    imageArn: IMAGE_ARN,
    region: REGION,
    wait: true,
    timeoutMinutes: 0,
    cancelOnAbort: true,
    pollIntervalSeconds: 30,
    streamLogs: false,
    summary: true,
    amiTags: {},
    tags: {},
    retry: false,
    ...overrides
  }
}
