/**
 * Text from AWS or from the build must never act as a workflow command in the job log. The runner
 * reads `::command::` at the start of a line and the older `##[command]` anywhere in it, so any
 * such text is wrapped in `::stop-commands::<token>` … `::<token>::`, with a token nobody can
 * guess, which turns command processing off for exactly those lines. @actions/core escapes a
 * command's data but has no such wrapper for plain log lines: this is the part the action adds.
 */
import { randomUUID } from 'node:crypto'
import * as core from '@actions/core'

/** Where folded groups of the job log open and close; @actions/core's in a run. */
export interface LogGroups {
  startGroup(title: string): void
  endGroup(): void
}

export class UntrustedWriter {
  constructor(
    private readonly writeLine: (line: string) => void = core.info,
    private readonly groups: LogGroups = core
  ) {}

  /** Opens a folded group; the title is the action's own text, escaped by core as a command's data. */
  startGroup(title: string): void {
    this.groups.startGroup(title)
  }

  endGroup(): void {
    this.groups.endGroup()
  }

  /** Writes lines that contain text from outside the action. */
  write(lines: readonly string[]): void {
    const split = lines.flatMap((line) => line.split(/\r\n|\r|\n/))
    if (!split.some((line) => line.includes('::') || line.includes('##['))) {
      split.forEach(this.writeLine)
      return
    }
    // A fresh token per write: an earlier one is visible in the job log, and the text must not
    // be able to end its own wrapper.
    const token = tokenNotIn(split)
    this.writeLine(`::stop-commands::${token}`)
    split.forEach(this.writeLine)
    this.writeLine(`::${token}::`)
  }
}

function tokenNotIn(lines: readonly string[]): string {
  for (;;) {
    const token = randomUUID().replaceAll('-', '')
    if (!lines.some((line) => line.includes(token))) return token
  }
}
