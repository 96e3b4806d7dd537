/**
 * Fails the step on invalid inputs without loading @actions/core: its index evaluates an HTTP stack
 * (undici, for OIDC) that costs more than the rest of a rejected run. Writes what
 * `core.setFailed` writes, the `::error::` annotation with its data escaped so a message that
 * quotes a user's input cannot end the command or start another, and exit code 1. The line goes
 * straight to file descriptor 1: creating `process.stdout` alone loads Node's stream stack.
 */
import { writeSync } from 'node:fs'
import { EOL } from 'node:os'

export function failOnInvalidInputs(
  message: string,
  write: (text: string) => void = (text) => writeSync(1, text)
): void {
  process.exitCode = 1
  write(`::error::${escapeCommandData(message)}${EOL}`)
}

/** The runner's rules for a command's data: `%`, CR and LF are percent-encoded, in that order. */
function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}
