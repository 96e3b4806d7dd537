/** DescribeSnapshots over the EBS snapshots behind a region's AMIs. */
import { snapshotsNotFound } from './errors.js'
import {
  assertKnownFilters,
  matchesFilters,
  type FilterFields,
  type FilterSchema
} from './filters.js'
import { assertValidOwners, isOwnedBy } from './image-access.js'
import type { Ec2Call } from './operation.js'
import { pageRequestOf, paginate } from './pagination.js'
import { assertWellFormedId } from './resource-ids.js'
import { isVisibleSnapshot } from './snapshot-access.js'
import type { Ec2SnapshotRecord } from './store.js'
import { element, itemList, optionalElement, tagSet, type XmlElement } from './xml.js'

/** AMI snapshots are copies, which EC2 reports against this placeholder volume. */
const COPIED_VOLUME_ID = 'vol-ffffffff'

const SNAPSHOT_FIELDS: FilterFields<Ec2SnapshotRecord> = {
  description: (snapshot) => [descriptionOf(snapshot)],
  encrypted: (snapshot) => [String(snapshot.encrypted)],
  'owner-alias': (snapshot) => (snapshot.ownerAlias === undefined ? [] : [snapshot.ownerAlias]),
  'owner-id': (snapshot) => [snapshot.ownerId],
  progress: (snapshot) => [progressOf(snapshot)],
  'snapshot-id': (snapshot) => [snapshot.snapshotId],
  'start-time': (snapshot) => [snapshot.startTime],
  status: (snapshot) => [snapshot.state],
  'storage-tier': () => ['standard'],
  'volume-id': () => [COPIED_VOLUME_ID],
  'volume-size': (snapshot) => [String(snapshot.volumeSize)]
}

const SNAPSHOT_FILTERS: FilterSchema<Ec2SnapshotRecord> = {
  fields: SNAPSHOT_FIELDS,
  tagsOf: (snapshot) => snapshot.tags
}

export function describeSnapshots({ store, params, region, accountId }: Ec2Call): XmlElement[] {
  const snapshotIds = params.list('SnapshotId')
  const owners = params.list('Owner')
  const filters = params.filters()
  snapshotIds.forEach((snapshotId) => {
    assertWellFormedId('snapshot', snapshotId)
  })
  assertValidOwners(owners)
  assertKnownFilters(filters, SNAPSHOT_FILTERS)
  const pageRequest = pageRequestOf(params, snapshotIds, 'snapshotIdSet')

  const visible = store
    .listSnapshots(region)
    .filter((snapshot) => isVisibleSnapshot(snapshot, accountId))
  const missing = [...new Set(snapshotIds)].filter(
    (snapshotId) => !visible.some((snapshot) => snapshot.snapshotId === snapshotId)
  )
  if (missing.length > 0) throw snapshotsNotFound(missing)
  const selected = visible
    .filter((snapshot) => snapshotIds.length === 0 || snapshotIds.includes(snapshot.snapshotId))
    .filter(
      (snapshot) =>
        owners.length === 0 || owners.some((owner) => isOwnedBy(snapshot, owner, accountId))
    )
    .filter((snapshot) => matchesFilters(snapshot, filters, SNAPSHOT_FILTERS))
  const page = paginate(selected, pageRequest, `snapshots:${region}`)
  return [itemList('snapshotSet', page.items.map(snapshotItem)), ...page.nextToken]
}

function snapshotItem(snapshot: Ec2SnapshotRecord): XmlElement[] {
  return [
    element('snapshotId', snapshot.snapshotId),
    element('volumeId', COPIED_VOLUME_ID),
    element('status', snapshot.state),
    element('startTime', snapshot.startTime),
    element('progress', progressOf(snapshot)),
    element('ownerId', snapshot.ownerId),
    element('volumeSize', snapshot.volumeSize),
    element('description', descriptionOf(snapshot)),
    element('encrypted', snapshot.encrypted),
    ...optionalElement('ownerAlias', snapshot.ownerAlias),
    ...tagSet(snapshot.tags),
    element('storageTier', 'standard')
  ]
}

function progressOf(snapshot: Ec2SnapshotRecord): string {
  return snapshot.state === 'completed' ? '100%' : '0%'
}

function descriptionOf(snapshot: Ec2SnapshotRecord): string {
  return `Created by CreateImage for ${snapshot.imageId}`
}
