/**
 * The constraints of EC2 Image Builder's API model that the inputs enforce, so that a bad input is
 * an input error before anything is created, not a ValidationException halfway through. Each
 * names the model shape it comes from; __tests__/action/aws-constraints.test.ts holds every one
 * to the model in emulator/models/service-models.json, so a model update that changes one fails.
 */

/**
 * `ResourceName`: the name of a component, image or container recipe, infrastructure
 * configuration and distribution configuration (the `name` input names all of them).
 */
export const RESOURCE_NAME_PATTERN = '^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$'
/** The lengths `ResourceName`'s pattern allows (the shape has no min or max of its own). */
export const RESOURCE_NAME_MIN_LENGTH = 3
export const RESOURCE_NAME_MAX_LENGTH = 128

/** `NonEmptyString`'s max: the description of a component, recipe, configuration and AMI. */
export const DESCRIPTION_MAX_LENGTH = 1024

/**
 * `VersionNumber`: a component's `semanticVersion`. Recipes take `WildcardVersionNumber`, but the
 * `version` input also versions the action's components, so it must be a plain x.y.z.
 */
export const VERSION_NUMBER_PATTERN = '^[0-9]+\\.[0-9]+\\.[0-9]+$'

/** `TagKey`: the keys of `tags` and `ami-tags` (both are a `TagMap`). */
export const TAG_KEY_PATTERN = '^(?!aws:)[a-zA-Z0-9\\s_.:/=+\\-@]*$'
export const TAG_KEY_MIN_LENGTH = 1
export const TAG_KEY_MAX_LENGTH = 128
/** `TagValue`'s max. */
export const TAG_VALUE_MAX_LENGTH = 256
/** `TagMap`'s max: how many tags one resource takes. */
export const MAX_TAGS = 50

/** `AmiNameString`: `amiDistributionConfiguration.name`, the `ami-name` input. */
export const AMI_NAME_PATTERN = '^[-_A-Za-z0-9{][-_A-Za-z0-9\\s:{}\\.]+[-_A-Za-z0-9}]$'
export const AMI_NAME_MIN_LENGTH = 1
export const AMI_NAME_MAX_LENGTH = 127

/** A model pattern as a regular expression (the model's patterns are plain ECMAScript ones). */
export function modelPattern(pattern: string): RegExp {
  return new RegExp(pattern)
}
