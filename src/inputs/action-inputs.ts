/** The action's inputs after parsing and validation: one typed value, discriminated by mode. */

export type Platform = 'Linux' | 'Windows' | 'macOS'

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

export interface PipelineInputs extends CommonInputs {
  mode: 'pipeline'
  pipelineArn: string
}

export interface AttachInputs extends CommonInputs {
  mode: 'attach'
  imageArn: string
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

export interface RecipeInputs extends CommonInputs {
  mode: 'recipe'
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
  rootVolumeSize?: number
  /** Never empty: the build region when the input gives none. */
  distributionRegions: string[]
  amiName: string
  shareWith: string[]
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

export type ActionInputs = PipelineInputs | AttachInputs | RecipeInputs

/** A problem with what the workflow passed; the message names the input (or the inputs at odds). */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`${input.includes(',') ? 'Inputs' : 'Input'} '${input}': ${problem}`)
    this.name = 'InputError'
  }
}
