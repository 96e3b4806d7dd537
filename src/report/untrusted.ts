/**
 * Text from AWS or from the build must never act as a workflow command in the job log. The runner
 * reads `::command::` at the start of a line and the older `##[command]` anywhere in it, so any
 * such text is wrapped in `::stop-commands::<token>` … `::<token>::`, with a token nobody can
 * guess, which turns command processing off for exactly those lines.
 */
import { randomUUID } from 'node:crypto'

export class UntrustedWriter {
  private readonly token = randomUUID().replaceAll('-', '')

  constructor(private readonly writeLine: (line: string) => void) {}

  /** Writes lines that contain text from outside the action. */
  write(lines: readonly string[]): void {
    const split = lines.flatMap((line) => line.split(/\r\n|\r|\n/))
    const risky = split.some((line) => line.includes('::') || line.includes('##['))
    if (risky) this.writeLine(`::stop-commands::${this.token}`)
    split.forEach(this.writeLine)
    if (risky) this.writeLine(`::${this.token}::`)
  }
}
