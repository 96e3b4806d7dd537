/**
 * Which snapshots a caller sees: its own and Amazon's public ones. Snapshots shared through
 * create-volume permissions are not modelled.
 */
import { isOwnedBy } from './image-access.js'
import type { Ec2SnapshotRecord } from './store.js'

export function isVisibleSnapshot(snapshot: Ec2SnapshotRecord, accountId: string): boolean {
  return snapshot.ownerId === accountId || isOwnedBy(snapshot, 'amazon', accountId)
}
