/** DescribeImages: the caller's view of one region's AMIs, scoped by IDs, owners, users and filters. */
import type { Ec2ImageRecord } from '../stores.js'
import { imagesNotFound } from './errors.js'
import {
  assertKnownFilters,
  matchesFilters,
  type FilterFields,
  type FilterSchema
} from './filters.js'
import {
  assertValidOwners,
  isExecutableBy,
  isHiddenAsDeprecated,
  isOwnedBy,
  isPublicImage,
  isVisibleTo
} from './image-access.js'
import { imageItem } from './image-xml.js'
import type { Ec2Call } from './operation.js'
import { pageRequestOf, paginate } from './pagination.js'
import { assertWellFormedId } from './resource-ids.js'
import { itemList, type XmlElement } from './xml.js'

const IMAGE_FIELDS: FilterFields<Ec2ImageRecord> = {
  architecture: (image) => [image.architecture],
  'block-device-mapping.delete-on-termination': (image) =>
    image.blockDeviceMappings.map((device) => String(device.deleteOnTermination)),
  'block-device-mapping.device-name': (image) =>
    image.blockDeviceMappings.map((device) => device.deviceName),
  'block-device-mapping.encrypted': (image) =>
    image.blockDeviceMappings.map((device) => String(device.encrypted)),
  'block-device-mapping.snapshot-id': (image) =>
    image.blockDeviceMappings.map((device) => device.snapshotId),
  'block-device-mapping.volume-size': (image) =>
    image.blockDeviceMappings.map((device) => String(device.volumeSize)),
  'block-device-mapping.volume-type': (image) =>
    image.blockDeviceMappings.map((device) => device.volumeType),
  'creation-date': (image) => [image.creationDate],
  description: (image) => (image.description === undefined ? [] : [image.description]),
  'image-id': (image) => [image.imageId],
  'image-type': () => ['machine'],
  'is-public': (image) => [String(isPublicImage(image))],
  name: (image) => [image.name],
  'owner-alias': (image) => (image.ownerAlias === undefined ? [] : [image.ownerAlias]),
  'owner-id': (image) => [image.ownerId],
  platform: (image) => (image.platform === undefined ? [] : [image.platform]),
  'platform-details': (image) => [image.platformDetails],
  'root-device-name': (image) => [image.rootDeviceName],
  'root-device-type': () => ['ebs'],
  state: (image) => [image.state],
  'virtualization-type': () => ['hvm'],
  hypervisor: () => ['xen']
}

const IMAGE_FILTERS: FilterSchema<Ec2ImageRecord> = {
  fields: IMAGE_FIELDS,
  tagsOf: (image) => image.tags
}

interface ImageQuery {
  imageIds: string[]
  owners: string[]
  executableBy: string[]
  includeDisabled: boolean
  includeDeprecated: boolean
}

export function describeImages({ store, params, region, accountId, now }: Ec2Call): XmlElement[] {
  const query: ImageQuery = {
    imageIds: params.list('ImageId'),
    owners: params.list('Owner'),
    executableBy: params.list('ExecutableBy'),
    includeDisabled: params.boolean('IncludeDisabled'),
    includeDeprecated: params.boolean('IncludeDeprecated')
  }
  const filters = params.filters()
  query.imageIds.forEach((imageId) => {
    assertWellFormedId('image', imageId)
  })
  assertValidOwners(query.owners)
  assertKnownFilters(filters, IMAGE_FILTERS)
  const pageRequest = pageRequestOf(params, query.imageIds, 'imageIdsSet')

  const visible = store.listImages(region).filter((image) => isVisibleTo(image, accountId))
  // Named IDs and IncludeDeprecated bring other accounts' deprecated AMIs back into the answer.
  const hidesDeprecated = query.imageIds.length === 0 && !query.includeDeprecated
  const selected = selectByIds(visible, query.imageIds)
    .filter((image) => isInScope(image, query, accountId))
    .filter((image) => !hidesDeprecated || !isHiddenAsDeprecated(image, accountId, now))
    .filter((image) => matchesFilters(image, filters, IMAGE_FILTERS))
  const page = paginate(selected, pageRequest, `images:${region}`)
  return [itemList('imagesSet', page.items.map(imageItem)), ...page.nextToken]
}

/** Every requested ID must name a visible AMI, or the whole call fails. */
function selectByIds(visible: Ec2ImageRecord[], imageIds: string[]): Ec2ImageRecord[] {
  if (imageIds.length === 0) return visible
  const missing = [...new Set(imageIds)].filter(
    (imageId) => !visible.some((image) => image.imageId === imageId)
  )
  if (missing.length > 0) throw imagesNotFound(missing)
  return visible.filter((image) => imageIds.includes(image.imageId))
}

function isInScope(image: Ec2ImageRecord, query: ImageQuery, accountId: string): boolean {
  const ownerMatches =
    query.owners.length === 0 || query.owners.some((owner) => isOwnedBy(image, owner, accountId))
  const userMatches =
    query.executableBy.length === 0 ||
    query.executableBy.some((user) => isExecutableBy(image, user, accountId))
  const stateShown = query.includeDisabled || image.state !== 'disabled'
  return ownerMatches && userMatches && stateShown
}
