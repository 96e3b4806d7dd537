/**
 * What a failed component step printed, read back from the build log. AWSTOE writes each line a
 * command prints as `CmdExecution: Stdout: …` / `CmdExecution: Stderr: …`, and on failure a block
 * that names the component (`ComponentArn: <arn>`) and the error (user guide, image-failure-context).
 * The lines before that block, back to where the component's run began, are what the step printed.
 */
import type { BuildLogLine } from '../domain/record.js'

const OUTPUT_LINE = /^CmdExecution: (Std(?:out|err): .*)$/s
const COMPONENT_ARN_LINE = /^ComponentArn: (\S+)/
/** A line that the component's run cannot reach back past. */
const RUN_BOUNDARY = /^(?:Executing document |ComponentArn: |Step \S+ \(\w+\) started)/

/** The last `max` output lines of the failed run of `componentArn` (any component when undefined). */
export function printedLines(
  log: readonly BuildLogLine[],
  componentArn: string | undefined,
  max: number
): string[] {
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
