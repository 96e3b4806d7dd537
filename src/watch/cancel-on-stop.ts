/**
 * The run was cancelled or the timeout passed while the build ran: cancel it (unless
 * cancel-on-abort is false) and say exactly what Image Builder confirmed.
 */
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import type { Ending } from '../report/build-record.js'
import { cancelBuild } from './cancel.js'

/** How long Image Builder gets to confirm a cancel before the step reports what it saw. */
const CANCEL_CONFIRM_MS = 5_000

export async function cancelOnStop(context: RunContext, imageArn: string): Promise<Ending> {
  const { record, inputs, stop, clients, clock, out } = context
  const by = stop.reason ?? 'run-cancelled'
  if (!inputs.cancelOnAbort) return { kind: 'aborted', by, cancel: 'not-requested' }
  out.write([
    `${by === 'timeout' ? 'Timeout reached' : 'Run cancelled'}: cancelling image build ${imageArn}`
  ])
  const result = await cancelBuild(
    clients.imagebuilder,
    imageArn,
    clientToken('cancel', context.env),
    clock,
    CANCEL_CONFIRM_MS
  )
  if (result.error) record.notices.push(`CancelImageCreation failed: ${result.error}`)
  if (result.image)
    record.snapshot = { workflows: record.snapshot?.workflows ?? [], image: result.image }
  const confirmed = result.requested && result.image?.status === 'CANCELLED'
  return { kind: 'aborted', by, cancel: confirmed ? 'confirmed' : 'unconfirmed' }
}
