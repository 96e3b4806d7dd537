/**
 * Why the action stopped waiting for the build, in the words of every report, the error that ends
 * a step stopped before the build had a name, and the post step. They live here because reports own
 * words: the stop itself (domain/stop-waiting.ts) is a reason, not a sentence. A reader sees the
 * annotation and an error message on their own, so those name the workflow run in full; the
 * summary's heading and the job log, read under the run's title, say "the run".
 */
import type { StopReason } from '../domain/stop-waiting.js'

/** Opens a sentence of an error message: `The timeout passed` / `The workflow run was cancelled`. */
export function stoppedSentence(reason: StopReason): string {
  return reason === 'timeout' ? 'The timeout passed' : 'The workflow run was cancelled'
}

/** Opens the error annotation; a timeout also says what it came before. */
export function stoppedAnnotation(reason: StopReason): string {
  return reason === 'timeout'
    ? `${stoppedSentence(reason)} before the build ended`
    : stoppedSentence(reason)
}

/** Opens the summary's heading: `The timeout passed` / `The run was cancelled`. */
export function stoppedHeading(reason: StopReason): string {
  return reason === 'timeout' ? 'The timeout passed' : 'The run was cancelled'
}

/** Mid-sentence, in the job log's last line: `the timeout passed` / `the run was cancelled`. */
export function stoppedClause(reason: StopReason): string {
  return reason === 'timeout' ? 'the timeout passed' : 'the run was cancelled'
}

/** Mid-sentence, for the post step, which cannot tell why the main step did not finish. */
export const STOPPED_UNSEEN = 'the run was cancelled or the step was killed'

/** Why no cancel was sent when the action stopped waiting. */
export const CANCEL_NOT_REQUESTED = 'cancel-on-abort is false'
