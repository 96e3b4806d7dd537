/**
 * CreateTags on AMIs and snapshots: adds or overwrites tags, and applies nothing unless every
 * resource and every tag is valid.
 */
import {
  clientError,
  imagesNotFound,
  invalidParameterValue,
  missingParameter,
  snapshotsNotFound
} from './errors.js'
import { isVisibleTo } from './image-access.js'
import type { Ec2Call } from './operation.js'
import type { Ec2Tag } from './query-params.js'
import { assertWellFormedId, kindOfId } from './resource-ids.js'
import { isVisibleSnapshot } from './snapshot-access.js'
import { element, type XmlElement } from './xml.js'

const MAX_TAGS_PER_RESOURCE = 50
const MAX_KEY_LENGTH = 127
const MAX_VALUE_LENGTH = 256

export function createTags(call: Ec2Call): XmlElement[] {
  const resourceIds = call.params.list('ResourceId')
  const tags = call.params.tags()
  if (resourceIds.length === 0) throw missingParameter('resourceIdSet')
  if (tags.length === 0) throw missingParameter('tagSet')
  tags.forEach(assertValidTag)
  const additions = Object.fromEntries(tags.map((tag) => [tag.key, tag.value]))

  const currentTags = resourceIds.map((resourceId) => currentTagsOf(call, resourceId))
  currentTags.forEach((existing) => {
    assertWithinTagLimit(existing, additions)
  })
  for (const resourceId of resourceIds) {
    if (kindOfId(resourceId) === 'image') call.store.tagImage(call.region, resourceId, additions)
    else call.store.tagSnapshot(call.region, resourceId, additions)
  }
  return [element('return', true)]
}

function assertValidTag(tag: Ec2Tag): void {
  const keyLength = Array.from(tag.key).length
  if (keyLength === 0 || keyLength > MAX_KEY_LENGTH) {
    throw invalidParameterValue(
      `Value ( ${tag.key} ) for parameter key is invalid. Tag keys must be between 1 and ${MAX_KEY_LENGTH} characters long`
    )
  }
  if (tag.key.toLowerCase().startsWith('aws:')) {
    throw invalidParameterValue(
      `Value ( ${tag.key} ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use`
    )
  }
  if (Array.from(tag.value).length > MAX_VALUE_LENGTH) {
    throw invalidParameterValue(
      `Value ( ${tag.value} ) for parameter value is invalid. Tag values must be at most ${MAX_VALUE_LENGTH} characters long`
    )
  }
}

/** The tags a resource has now; throws EC2's error for an ID that is malformed or unknown here. */
function currentTagsOf({ store, region, accountId }: Ec2Call, resourceId: string) {
  const kind = kindOfId(resourceId)
  if (kind === undefined) throw clientError('InvalidID', `The ID '${resourceId}' is not valid`)
  assertWellFormedId(kind, resourceId)
  if (kind === 'image') {
    const image = store.getImage(region, resourceId)
    if (image === undefined || !isVisibleTo(image, accountId)) throw imagesNotFound([resourceId])
    return image.tags
  }
  const snapshot = store.getSnapshot(region, resourceId)
  if (snapshot === undefined || !isVisibleSnapshot(snapshot, accountId)) {
    throw snapshotsNotFound([resourceId])
  }
  return snapshot.tags
}

function assertWithinTagLimit(existing: Record<string, string>, additions: Record<string, string>) {
  if (Object.keys({ ...existing, ...additions }).length > MAX_TAGS_PER_RESOURCE) {
    throw clientError(
      'TagLimitExceeded',
      'The maximum number of Tags for a resource has been reached.'
    )
  }
}
