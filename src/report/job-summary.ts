/** Appends Markdown to the job summary through @actions/core. */
import * as core from '@actions/core'

/**
 * A summary that cannot be written (no GITHUB_STEP_SUMMARY, as in a hand run; a full disk) costs a
 * warning, not the step.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    // A failed write leaves the text in core's buffer; a later summary must not repeat it.
    core.summary.emptyBuffer()
    core.warning(
      `The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
