/**
 * EnableImageDeprecation: sets when an AMI of the caller's is deprecated, as the model documents
 * it: DeprecateAt is rounded to the nearest minute, may not be in the past, and at most 10 years
 * from now (for a public AMI, 2 years from its creation). Calling it again moves the time.
 */
import type { Ec2ImageRecord } from '../stores.js'
import { clientError, imagesNotFound, invalidParameterValue, missingParameter } from './errors.js'
import { isPublicImage, isVisibleTo } from './image-access.js'
import type { Ec2Call } from './operation.js'
import { assertWellFormedId } from './resource-ids.js'
import { element, type XmlElement } from './xml.js'

const MINUTE_MS = 60_000

export function enableImageDeprecation(call: Ec2Call): XmlElement[] {
  const { store, params, region, accountId, now } = call
  const imageId = params.string('ImageId')
  if (imageId === undefined || imageId === '') throw missingParameter('ImageId')
  const written = params.string('DeprecateAt')
  if (written === undefined || written === '') throw missingParameter('DeprecateAt')
  assertWellFormedId('image', imageId)
  const image = store.getImage(region, imageId)
  if (image === undefined || !isVisibleTo(image, accountId)) throw imagesNotFound([imageId])
  if (image.ownerId !== accountId) {
    throw clientError('AuthFailure', `Not authorized for image:${imageId}`)
  }
  const deprecateAt = roundedToMinute(written)
  assertWithinLimits(image, deprecateAt, now)
  store.deprecateImage(region, imageId, new Date(deprecateAt).toISOString())
  return [element('return', true)]
}

function roundedToMinute(written: string): number {
  const time = Date.parse(written)
  if (Number.isNaN(time)) {
    throw invalidParameterValue(`Value (${written}) for parameter deprecateAt is invalid.`)
  }
  return Math.round(time / MINUTE_MS) * MINUTE_MS
}

function assertWithinLimits(image: Ec2ImageRecord, deprecateAt: number, now: number): void {
  const at = new Date(deprecateAt).toISOString()
  if (deprecateAt < now) {
    throw invalidParameterValue(`The deprecation time ${at} is in the past.`)
  }
  if (deprecateAt > yearsAfter(now, 10)) {
    throw invalidParameterValue(
      `The deprecation time ${at} is more than 10 years from now, the upper limit.`
    )
  }
  if (isPublicImage(image) && deprecateAt > yearsAfter(Date.parse(image.creationDate), 2)) {
    throw invalidParameterValue(
      `The deprecation time ${at} of public image ${image.imageId} is more than 2 years after its creation date, the upper limit for public AMIs.`
    )
  }
}

function yearsAfter(time: number, years: number): number {
  const date = new Date(time)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.getTime()
}
