/**
 * The step's side of the runner's protocol, as @actions/core speaks it: log lines and workflow
 * commands on stdout, and the file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY).
 * The action writes these itself rather than through @actions/core, whose index evaluates an HTTP
 * stack (undici, for OIDC tokens the action never asks for) that cost more start-up time than the
 * rest of the way to the first AWS request. What is written is byte for byte what core writes:
 * `__tests__/action/runner.test.ts` holds every function here against core itself.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, writeSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/** A command's data: `%`, CR and LF percent-encoded, in that order, so it stays on its line. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A command's property value: as its data, and `:` and `,` too, which end a property. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

function command(name: string, message: string, properties: Record<string, string> = {}): string {
  const given = Object.entries(properties).filter(([, value]) => value !== '')
  // As core: a space after the name whenever properties were passed, even if none had a value.
  const listed =
    Object.keys(properties).length > 0
      ? ` ${given.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`
      : ''
  return `::${name}${listed}::${escapeData(message)}`
}

/** One line of the job log. The caller answers for what it may contain (see UntrustedWriter). */
export function info(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}

export function warning(message: string): void {
  info(command('warning', message))
}

/** The error annotation, and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  info(command('error', message))
}

/**
 * setFailed for the start path: the line goes straight to file descriptor 1, since creating
 * `process.stdout` alone loads Node's stream stack, which a rejected input need not pay for.
 */
export function failEarly(
  message: string,
  write: (text: string) => void = (text) => writeSync(1, text)
): void {
  process.exitCode = 1
  write(`${command('error', message)}${EOL}`)
}

/** Appends `name` = `value` to a file command, with a delimiter the value cannot contain. */
export function appendFileCommand(file: string, name: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (value.includes(delimiter) || name.includes(delimiter))
    throw new Error(`Unexpected input: the value must not contain the delimiter ${delimiter}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** A step output; outside a runner (no GITHUB_OUTPUT) the older stdout command, as core does. */
export function setOutput(name: string, value: string, env = process.env): void {
  if (env.GITHUB_OUTPUT) return appendFileCommand(env.GITHUB_OUTPUT, name, value)
  info('')
  info(command('set-output', value, { name }))
}

/** State for this action's post step, which receives it as `STATE_<name>`. */
export function saveState(name: string, value: string, env = process.env): void {
  if (env.GITHUB_STATE) return appendFileCommand(env.GITHUB_STATE, name, value)
  info(command('save-state', value, { name }))
}

/** What the main step saved under `name`, in the post step; empty when nothing was. */
export function getState(name: string, env = process.env): string {
  return env[`STATE_${name}`] || ''
}

/**
 * Appends Markdown to the job summary; throws, with core's message, when no summary file is named.
 * Unlike core it creates a file that does not exist yet, as a local run's may not.
 */
export async function appendSummary(markdown: string, env = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  await appendFile(file, markdown, 'utf8')
}

/** A summary that cannot be written (no GITHUB_STEP_SUMMARY, a full disk) costs a warning, not the step. */
export async function writeJobSummary(markdown: string, env = process.env): Promise<void> {
  try {
    await appendSummary(markdown, env)
  } catch (error) {
    warning(
      `The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
