/**
 * Member patterns from the service model (Appendix A/B), verbatim: the real service quotes them in
 * its InvalidParameterValueException messages.
 */
const ACCOUNT = '(?:[0-9]{12}|aws)'
const ACCOUNT_OR_PARTNER = '(?:[0-9]{12}|aws(?:-[a-z-]+)?)'
const PREFIX = '^arn:aws[^:]*:imagebuilder:[^:]+:'
const WILDCARD_VERSION = '(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)'
const BUILD_VERSION = '[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+'
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

export const PATTERNS = {
  imagePipelineArn: `${PREFIX}${ACCOUNT}:image-pipeline/[a-z0-9-_]+$`,
  imageRecipeArn: `${PREFIX}${ACCOUNT}:image-recipe/[a-z0-9-_]+/${WILDCARD_VERSION}$`,
  containerRecipeArn: `${PREFIX}${ACCOUNT}:container-recipe/[a-z0-9-_]+/${WILDCARD_VERSION}$`,
  infrastructureConfigurationArn: `${PREFIX}${ACCOUNT}:infrastructure-configuration/[a-z0-9-_]+$`,
  distributionConfigurationArn: `${PREFIX}${ACCOUNT}:distribution-configuration/[a-z0-9-_]+$`,
  componentVersionArnOrBuildVersionArn: `${PREFIX}${ACCOUNT}:component/[a-zA-Z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:${BUILD_VERSION}))$`,
  imageBuildVersionArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:image/[a-z0-9-_]+/${BUILD_VERSION}$`,
  imageVersionArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+$`,
  imageVersionArnOrBuildVersionArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:image/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:${BUILD_VERSION}))$`,
  imageBuilderArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:(?:image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline|lifecycle-policy|workflow\\/(?:build|test|distribution))/[a-z0-9-_]+(?:/(?:(?:x|[0-9]+)\\.(?:x|[0-9]+)\\.(?:x|[0-9]+))(?:/[0-9]+)?)?$`,
  workflowExecutionId: `^wf-${UUID}$`,
  workflowStepExecutionId: `^step-${UUID}$`,
  logGroupName: '^[a-zA-Z0-9\\-_/\\.]{1,512}$',
  tagKey: '^(?!aws:)[a-zA-Z0-9\\s_.:/=+\\-@]*$',
  filterName: '^[a-zA-Z]{1,1024}$'
} as const

export type PatternName = keyof typeof PATTERNS
