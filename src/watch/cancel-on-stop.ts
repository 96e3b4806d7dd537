/**
 * The run was cancelled or the timeout passed while the build ran: cancel it (unless
 * cancel-on-abort is false) within the budget that starts when the action stopped waiting, and
 * say exactly what Image Builder confirmed.
 */
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import type { ImageView } from '../domain/build.js'
import type { CancelOutcome, Ending } from '../domain/record.js'
import { cancelBudget, cancelBuild, type CancelResult } from './cancel.js'

/** The ending, and the image as the cancel last read it (undefined when it read none). */
export async function cancelOnStop(
  context: RunContext,
  imageArn: string
): Promise<{ ending: Ending; image?: ImageView }> {
  const { inputs, stop, clients, clock, out } = context
  const by = stop.reason ?? 'run-cancelled'
  if (!inputs.cancelOnAbort) return { ending: { kind: 'aborted', by, cancel: 'not-requested' } }
  out.write([
    `${by === 'timeout' ? 'Timeout reached' : 'Run cancelled'}: cancelling image build ${imageArn}`
  ])
  const result = await cancelBuild(
    clients.imagebuilder,
    imageArn,
    clientToken('cancel', context.env),
    clock,
    cancelBudget(clock, stop.stoppedAt)
  )
  if (result.image) context.learn({ type: 'image-read', image: result.image })
  return { ending: { kind: 'aborted', by, ...cancelOutcome(result) }, image: result.image }
}

/** Seen CANCELLED is confirmed, whatever the call answered: a cancel sent may land late. */
export function cancelOutcome(result: CancelResult): CancelOutcome {
  if (result.image?.status === 'CANCELLED') return { cancel: 'confirmed' }
  if (result.failure) return { cancel: 'failed', failure: result.failure }
  return { cancel: 'unconfirmed' }
}
