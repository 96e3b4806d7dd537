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
  resourceName: '^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$',
  versionNumber: '^[0-9]+\\.[0-9]+\\.[0-9]+$',
  wildcardVersionNumber: `^${WILDCARD_VERSION}$`,
  componentVersionArnOrBuildVersionArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:${BUILD_VERSION}))$`,
  componentVersionArn: `${PREFIX}${ACCOUNT_OR_PARTNER}:component/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+$`,
  inlineComponentData: '[^\\x00]+',
  instanceProfileName: '^[\\w+=,.@-]+$',
  snsTopicArn: '^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$',
  amiName: '^[-_A-Za-z0-9{][-_A-Za-z0-9\\s:{}\\.]+[-_A-Za-z0-9}]$',
  accountId: '^[0-9]{12}$',
  launchTemplateId: '^lt-[a-z0-9-_]{17}$',
  ssmParameterName: '^[a-zA-Z0-9_.\\-\\/]+$',
  organizationArn: '^arn:aws[^:]*:organizations::[0-9]{12}:organization/o-[a-z0-9]{10,32}$',
  organizationalUnitArn:
    '^arn:aws[^:]*:organizations::[0-9]{12}:ou/o-[a-z0-9]{10,32}/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$',
  httpTokens: '^(?:optional|required)$',
  roleNameOrArn: '^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$',
  imagePipelineArn: `${PREFIX}${ACCOUNT}:image-pipeline/[a-z0-9-_]+$`,
  imageRecipeArn: `${PREFIX}${ACCOUNT}:image-recipe/[a-z0-9-_]+/${WILDCARD_VERSION}$`,
  containerRecipeArn: `${PREFIX}${ACCOUNT}:container-recipe/[a-z0-9-_]+/${WILDCARD_VERSION}$`,
  infrastructureConfigurationArn: `${PREFIX}${ACCOUNT}:infrastructure-configuration/[a-z0-9-_]+$`,
  distributionConfigurationArn: `${PREFIX}${ACCOUNT}:distribution-configuration/[a-z0-9-_]+$`,
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
