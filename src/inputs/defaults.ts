/**
 * Every input of action.yml with its default. The runner passes defaults as if they were given and
 * a hand run passes nothing for them, so "given" means "differs from this default" (see
 * reader.ts); a test keeps this table equal to action.yml.
 */
export const INPUT_DEFAULTS = {
  'pipeline-arn': '',
  'image-arn': '',
  name: '',
  version: '',
  'parent-image': '',
  components: '',
  platform: '',
  'instance-types': '',
  'instance-profile': 'EC2InstanceProfileForImageBuilder',
  'subnet-id': '',
  'security-group-ids': '',
  'instance-metadata-tokens': 'required',
  'sns-topic': '',
  'keep-instance-on-failure': 'false',
  'key-pair': '',
  'root-volume-size': '',
  'distribution-regions': '',
  'ami-name': '',
  'ami-tags': '',
  'share-with': '',
  'kms-key': '',
  'license-configurations': '',
  'deprecate-after': '',
  'target-accounts': '',
  tags: '',
  'image-tests': 'true',
  'image-scanning': 'false',
  'skip-if-unchanged': 'false',
  'dry-run': 'false',
  'ssm-parameter': '',
  'launch-templates': '',
  'execution-role': '',
  'promote-image': '',
  retry: 'false',
  'retry-on-rerun': 'false',
  'image-type': 'ami',
  'container-repository': '',
  dockerfile: '',
  'container-tags': '',
  wait: 'true',
  'timeout-minutes': '0',
  'cancel-on-abort': 'true',
  'poll-interval-seconds': '30',
  'stream-logs': 'true',
  summary: 'true',
  'pr-comment': 'false',
  'github-token': '${{ github.token }}',
  region: ''
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

/**
 * Inputs that only recipe mode uses: giving one with pipeline-arn or image-arn is an error, since
 * the pipeline's configuration or the existing build decides them and the action could not.
 */
export const RECIPE_ONLY_INPUTS: readonly InputName[] = [
  'parent-image',
  'components',
  'version',
  'platform',
  'instance-types',
  'instance-profile',
  'image-tests',
  'image-scanning',
  'subnet-id',
  'security-group-ids',
  'instance-metadata-tokens',
  'sns-topic',
  'keep-instance-on-failure',
  'key-pair',
  'root-volume-size',
  'distribution-regions',
  'ami-name',
  'share-with',
  'kms-key',
  'license-configurations',
  'deprecate-after',
  'target-accounts',
  'skip-if-unchanged',
  'dry-run',
  'ssm-parameter',
  'launch-templates',
  'execution-role',
  'image-type',
  'container-repository',
  'dockerfile',
  'container-tags'
]

/** Inputs that only an AMI recipe uses: giving one with `image-type: container` is an error. */
export const AMI_ONLY_INPUTS: readonly InputName[] = [
  'ami-name',
  'ami-tags',
  'share-with',
  'kms-key',
  'license-configurations',
  'deprecate-after',
  'target-accounts',
  'launch-templates',
  'root-volume-size',
  'ssm-parameter'
]

/** Inputs that only a container recipe uses: giving one with `image-type: ami` is an error. */
export const CONTAINER_ONLY_INPUTS: readonly InputName[] = [
  'container-repository',
  'dockerfile',
  'container-tags'
]

/** The recipe inputs that promote mode uses too: where and how the image is distributed. */
export const PROMOTE_INPUTS: readonly InputName[] = [
  'distribution-regions',
  'share-with',
  'kms-key',
  'license-configurations',
  'deprecate-after',
  'target-accounts',
  'ami-tags',
  'ssm-parameter',
  'launch-templates',
  'execution-role',
  'dry-run'
]
