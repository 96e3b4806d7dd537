/**
 * TagResource, UntagResource, ListTagsForResource on any Image Builder resource or image. These
 * operations model InvalidParameterException (not InvalidParameterValueException) for bad input.
 */
import { AwsError } from '../../protocol.js'
import { resourceNotFound } from '../errors.js'
import type { OperationInput } from '../input.js'
import { inRegion } from '../lookup.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { PATTERNS } from '../patterns.js'
import type { TagMap } from '../shapes.js'

export const tagOperations: OperationTable = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource
}

function tagResource(context: OperationContext): Record<string, unknown> {
  const tags = taggedResource(context)
  const added = readTags(context.input)
  Object.assign(tags, added)
  return {}
}

function untagResource(context: OperationContext): Record<string, unknown> {
  const tags = taggedResource(context)
  const keys = context.input.optionalList('tagKeys')
  if (keys === undefined || keys.length < 1 || keys.length > 50)
    throw invalidParameter("'tagKeys' must contain between 1 and 50 keys.")
  for (const key of keys) {
    if (typeof key === 'string') Reflect.deleteProperty(tags, key)
  }
  return {}
}

function listTagsForResource(context: OperationContext): Record<string, unknown> {
  return { tags: taggedResource(context) }
}

/** The live tag map of the resource named by the path's ARN. */
function taggedResource(context: OperationContext): TagMap {
  const arn = context.input.optionalString('resourceArn')
  if (arn === undefined || !new RegExp(PATTERNS.imageBuilderArn).test(arn)) {
    throw invalidParameter(
      `The value supplied for parameter 'resourceArn' is not valid. 'resourceArn' must match pattern ${PATTERNS.imageBuilderArn}`
    )
  }
  const { resources, builds } = context.world.imagebuilder
  const found = resources.find(arn) ?? builds.get(arn)?.spec
  if (found === undefined) throw resourceNotFound(arn)
  return inRegion(found, arn, context.region).tags
}

function readTags(input: OperationInput): TagMap {
  try {
    const tags = input.optionalTags()
    if (tags === undefined)
      throw invalidParameter("The request is missing required parameter 'tags'.")
    return tags
  } catch (error) {
    if (error instanceof AwsError && error.code !== 'InvalidParameterException')
      throw invalidParameter(error.message)
    throw error
  }
}

function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400)
}
