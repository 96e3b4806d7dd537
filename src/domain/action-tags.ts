/**
 * The tag keys the action writes itself, next to the user's `tags` and `ami-tags`: provenance,
 * the invocation a re-run looks for, and the parent AMI and component versions that
 * skip-if-unchanged compares. Kept in one list so that the inputs can refuse a user key that would
 * overwrite one of them (or be overwritten), and count them against AWS's TagMap limit before any
 * call.
 */
export const PROVENANCE_TAG_KEYS = ['github:repository', 'github:run-url', 'github:sha'] as const
/** Names the invocation on the image, so that a re-run attempt can find it (retry-on-rerun). */
export const INVOCATION_TAG = 'imagebuilder-action:invocation'
/** The AMI the parent image resolved to when the build started (a container recipe: its parent as given). */
export const PARENT_AMI_TAG = 'imagebuilder-action:parent-ami'

/**
 * The build each component named by version or wildcard resolved to when the build started
 * (start/component-versions), which skip-if-unchanged compares as it compares the parent AMI.
 */
export const COMPONENT_VERSIONS_TAG = 'imagebuilder-action:component-versions'

/** What makes two versions of a component, recipe or configuration the same (plan/fingerprint). */
export const FINGERPRINT_TAG = 'imagebuilder-action:fingerprint'

export const ACTION_TAG_KEYS: readonly string[] = [
  ...PROVENANCE_TAG_KEYS,
  INVOCATION_TAG,
  PARENT_AMI_TAG,
  COMPONENT_VERSIONS_TAG,
  FINGERPRINT_TAG
]

/**
 * The most of them on any one resource: the image, with provenance, the invocation, the parent
 * AMI and the component versions (a component, recipe or configuration carries only its
 * fingerprint).
 */
export const MOST_ACTION_TAGS_ON_ONE_RESOURCE = PROVENANCE_TAG_KEYS.length + 3
