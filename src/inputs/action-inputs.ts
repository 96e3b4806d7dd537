/** The action's inputs after parsing and validation: one typed value, discriminated by mode. */

import type { DeprecationPeriod, Platform } from '../domain/plan.js'

/** Inputs that every mode shares: how to wait, report and reach AWS. */
export interface CommonInputs {
  /** The build region: where the start call goes and where the image lives. */
  region: string
  wait: boolean
  /** 0 = no limit. */
  timeoutMinutes: number
  cancelOnAbort: boolean
  pollIntervalSeconds: number
  streamLogs: boolean
  summary: boolean
  amiTags: Record<string, string>
  tags: Record<string, string>
  /** `pr-comment: true` with a token to write it; absent when off (or when there is no token). */
  pullRequestComment?: PullRequestCommentSettings
}

export interface PullRequestCommentSettings {
  /** The `github-token` input: never logged, sent only to GitHub's API. */
  token: string
}

/** Whether a re-run attempt retries the build an earlier attempt left failed in test or distribution. */
interface RetryOnRerun {
  retryOnRerun: boolean
}

export interface PipelineInputs extends CommonInputs, RetryOnRerun {
  mode: 'pipeline'
  pipelineArn: string
}

export interface AttachInputs extends CommonInputs {
  mode: 'attach'
  imageArn: string
  /** RetryImage when the build is FAILED or CANCELLED, then follow it. */
  retry: boolean
}

export interface ComponentReference {
  /** A component ARN, an AWS-managed component name, or a repository path to an AWSTOE document. */
  source: string
  parameters: { name: string; value: string[] }[]
}

/** A launch template that gets a new default version with the new AMI. */
export interface LaunchTemplateTarget {
  region: string
  launchTemplateId: string
}

/**
 * Where and how an AMI is distributed: what recipe mode's distribution configuration and promote
 * mode's are both made of.
 */
export interface DistributionSettings {
  /** Never empty: the build region when the input gives none. */
  distributionRegions: string[]
  /** AMI name template, with `{{imagebuilder:buildDate}}`. */
  amiName: string
  amiTags: Record<string, string>
  shareWith: string[]
  /** Region → KMS key the AMI is encrypted with there; empty: the AMI's own encryption. */
  kmsKeys: Record<string, string>
  /** License Manager configuration ARNs attached to the AMI in every distribution region. */
  licenseConfigurationArns: string[]
  /** How long after it was made each AMI is deprecated; undefined: never. */
  deprecateAfter?: DeprecationPeriod
  /** Accounts, other than the build account, that get their own copy of the AMI in every region. */
  targetAccounts: string[]
  /** Parameter Store name pointed at the new AMI in every distribution region. */
  ssmParameter?: string
  /** Every region is a distribution region (the build region when none are given). */
  launchTemplates: LaunchTemplateTarget[]
  /** Set for `image-type: container`: the image goes to ECR repositories instead of AMIs. */
  container?: ContainerInputs
}

/** Promote mode: an existing AVAILABLE image goes to more regions and accounts, without a rebuild. */
export interface PromoteInputs
  extends CommonInputs, Omit<DistributionSettings, 'amiName' | 'container'> {
  mode: 'promote'
  /** An image build version ARN, or a version or wildcard ARN of the image. */
  promoteImage: string
  /** DistributeImage requires one. */
  executionRole: string
  /** Resolve the image and plan the distribution; create, update and start nothing. */
  dryRun: boolean
}

/** The ECR repository a container image goes to in one distribution region. */
export interface ContainerRepository {
  region: string
  repositoryName: string
}

/** `image-type: container`: what a container recipe needs beyond an AMI recipe's inputs. */
export interface ContainerInputs {
  /** One per distribution region, in their order. */
  repositories: ContainerRepository[]
  /** The Dockerfile template, checked to be inside the checkout; undefined: AWS's documented template. */
  dockerfile?: { path: string; realPath: string }
  tags: string[]
}

export interface RecipeInputs extends CommonInputs, RetryOnRerun {
  mode: 'recipe'
  /** Set for `image-type: container`; undefined for an AMI recipe. */
  container?: ContainerInputs
  name: string
  /** Empty: automatic. */
  version: string
  parentImage: string
  components: ComponentReference[]
  /** Undefined: read from the parent image, else Linux. */
  platform?: Platform
  instanceTypes: string[]
  instanceProfile: string
  subnetId?: string
  securityGroupIds: string[]
  /** IMDSv2 on the build and test instances: `required` refuses calls without a session token. */
  instanceMetadataTokens: 'required' | 'optional'
  /** SNS topic ARN Image Builder notifies of the build's status changes. */
  snsTopicArn?: string
  /** Leave the instance of a failed build standing for a look (terminateInstanceOnFailure false). */
  keepInstanceOnFailure: boolean
  /** EC2 key pair for the build and test instances. */
  keyPair?: string
  rootVolumeSize?: number
  /** Never empty: the build region when the input gives none. */
  distributionRegions: string[]
  amiName: string
  shareWith: string[]
  /** Region → KMS key the AMI is encrypted with there; empty: the AMI's own encryption. */
  kmsKeys: Record<string, string>
  /** License Manager configuration ARNs attached to the AMI in every distribution region. */
  licenseConfigurationArns: string[]
  /** How long after it was made each AMI is deprecated; undefined: never. */
  deprecateAfter?: DeprecationPeriod
  /** Accounts, other than the build account, that get their own copy of the AMI in every region. */
  targetAccounts: string[]
  imageTests: boolean
  imageScanning: boolean
  skipIfUnchanged: boolean
  /** Resolve and report what would be created, updated or reused; create, update and start nothing. */
  dryRun: boolean
  /** Parameter Store name pointed at the new AMI in every distribution region. */
  ssmParameter?: string
  /** Every region is a distribution region (the build region when none are given). */
  launchTemplates: LaunchTemplateTarget[]
  /** The IAM role Image Builder acts as for workflows and distribution; undefined: its service-linked role. */
  executionRole?: string
}

export type ActionInputs = PipelineInputs | AttachInputs | RecipeInputs | PromoteInputs
