/**
 * What a failed component step printed, read back from the build log. AWSTOE writes each line a
 * command prints as `CmdExecution: Stdout: …` / `CmdExecution: Stderr: …`, and on failure a block
 * that names the component (`ComponentArn: <arn>`) and the error (user guide, image-failure-context).
 * The lines before that block, back to where the component's run began, are what the step printed.
 * A log with no such block (a step other than a component failed, or an AWSTOE version that writes
 * none) still has the failed step's output: the output lines between the service's
 * `Step <name> (<action>) started` line and the step's end.
 */
import type { BuildLogLine } from '../domain/record.js'

const OUTPUT_LINE = /^CmdExecution: (Std(?:out|err): .*)$/s
const COMPONENT_ARN_LINE = /^ComponentArn: (\S+)/
/** A line that the component's run cannot reach back past. */
const RUN_BOUNDARY = /^(?:Executing document |ComponentArn: |Step \S+ \(\w+\) started)/

/** A line that ends a step's part of the log: its end, or the next step's start. */
const STEP_BOUNDARY = /^Step \S+ (?:COMPLETED|FAILED|\(\w+\) started)/

/**
 * The last `max` output lines of the failed run of `componentArn` (any component when undefined);
 * without a failure block in the log, the last `max` output lines of the failed step `stepName`.
 */
export function printedLines(
  log: readonly BuildLogLine[],
  componentArn: string | undefined,
  max: number,
  stepName?: string
): string[] {
  if (!log.some((line) => COMPONENT_ARN_LINE.test(line.message))) {
    return stepName === undefined ? [] : printedByStep(log, stepName, max)
  }
  const blockAt = findLastIndex(log, (line) => {
    const named = COMPONENT_ARN_LINE.exec(line.message)?.[1]
    return named !== undefined && (componentArn === undefined || sameComponent(named, componentArn))
  })
  if (blockAt === -1) return []
  const printed: string[] = []
  for (let index = blockAt - 1; index >= 0 && printed.length < max; index -= 1) {
    const message = log[index]?.message ?? ''
    if (RUN_BOUNDARY.test(message)) break
    const output = OUTPUT_LINE.exec(message)?.[1]
    if (output !== undefined) printed.unshift(output.trimEnd())
  }
  return printed
}

/**
 * The last `max` output lines of the last run of step `stepName`: from its start line (the log's
 * start when the service wrote none) up to its end or the next step's start.
 */
function printedByStep(log: readonly BuildLogLine[], stepName: string, max: number): string[] {
  const startedAt = findLastIndex(log, (line) => line.message.startsWith(`Step ${stepName} (`))
  const printed: string[] = []
  for (let index = startedAt + 1; index < log.length; index += 1) {
    const message = log[index]?.message ?? ''
    if (STEP_BOUNDARY.test(message)) break
    const output = OUTPUT_LINE.exec(message)?.[1]
    if (output !== undefined) printed.push(output.trimEnd())
  }
  return printed.slice(-max)
}

/** The component a failure block names, when Image Builder's own failure context did not. */
export function failedComponentInLog(log: readonly BuildLogLine[]): string | undefined {
  for (let index = log.length - 1; index >= 0; index -= 1) {
    const named = COMPONENT_ARN_LINE.exec(log[index]?.message ?? '')?.[1]
    if (named !== undefined) return named
  }
  return undefined
}

/**
 * Whether two ARNs name the same component: a recipe may name a version (`…/1.0.0`, `…/x.x.x`)
 * where the failure names the build version that ran (`…/1.0.0/2`).
 */
export function sameComponent(a: string, b: string): boolean {
  return a === b || componentKey(a) === componentKey(b)
}

function componentKey(arn: string): string {
  return /^(arn:[^:]+:imagebuilder:[^:]*:[^:]*:component\/[^/]+)/.exec(arn)?.[1] ?? arn
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index]
    if (item !== undefined && predicate(item)) return index
  }
  return -1
}
