/**
 * Everything the reports need about one invocation, folded from the watch's events and the facts
 * the other stages learn (`recordEvent`, its only writer). The summary and the outputs are pure
 * functions of this record, so they can be produced on every way out: success, failure,
 * cancellation, timeout, expired credentials, `wait: false`.
 */
import type { PromotionPlan } from './plan.js'
import type { RecipePlan } from './plan.js'
import type { StopReason } from './stop-waiting.js'
import type { BuildEvent } from './events.js'
import type { BuildSnapshot, ImageStatus, ImageView } from './build.js'

export type Beginning =
  /**
   * This step started the build; recipe mode hands on its plan, promote mode its promotion (what
   * the finish stage says was published, and the components whose types are known).
   */
  | { kind: 'started'; imageArn: string; plan?: RecipePlan; promotion?: PromotionPlan }
  /** An existing build, given with image-arn. */
  | { kind: 'attached'; imageArn: string }
  /** A failed or cancelled build, retried in place (RetryImage). */
  | { kind: 'retried'; imageArn: string }
  /** skip-if-unchanged: an earlier build of the same recipe and parent stands in for a new one. */
  | { kind: 'reused'; imageArn: string }
  /** dry-run: planned, nothing created or started. */
  | { kind: 'planned' }

export type Ending =
  | { kind: 'ended' }
  /**
   * `wait: false`: the build was started, retried or attached to, looked at once and not waited
   * for (the Beginning says which; it may even have ended already).
   */
  | { kind: 'not-waited' }
  /** dry-run: the plan was made and nothing was created or started. */
  | { kind: 'planned' }
  /** skip-if-unchanged: an earlier build stands in, nothing was started. */
  | { kind: 'reused' }
  | ({ kind: 'aborted'; by: StopReason } & CancelOutcome)
  /** `message`: what expired, whether a build keeps running, and how to give the role time. */
  | { kind: 'credentials-expired'; message: string }
  | { kind: 'error'; message: string }

export type CancelOutcome =
  /** confirmed: seen CANCELLED; unconfirmed: accepted, not seen CANCELLED yet. */
  | { cancel: 'confirmed' | 'unconfirmed' | 'not-requested' }
  /** Image Builder did not accept the cancel, and the build was not seen CANCELLED. */
  | { cancel: 'failed'; failure: CancelFailure }

export type CancelFailure =
  { why: 'timed-out'; waitedMs: number } | { why: 'credentials-expired' | 'error'; error: string }

export interface ContainerImage {
  region: string
  /** As Image Builder reports it: `<registry>/<repository>:<tag>` (or `@sha256:…`). */
  uri: string
  /** `<account>.dkr.ecr.<region>.amazonaws.com` */
  registry: string
  repositoryName: string
  tag?: string
  /** `sha256:…`; undefined until ECR said (or when the URI carries none and ECR was not asked). */
  digest?: string
}

/** `deprecate-after`: when EC2 deprecates one AMI of the build account, as it was set. */
export interface AmiDeprecation {
  region: string
  imageId: string
  deprecateAt: Date
}

/** One AMI of the build account as EC2 described it once it was available. */
export interface AmiVolumes {
  region: string
  imageId: string
  /** The sum of its EBS mappings' VolumeSize: what its snapshots can hold at most. */
  snapshotGiB: number
}

export interface StageSpan {
  status: ImageStatus
  /** When the action first saw the status. */
  seenAt: Date
  /** When the action first saw the next status. */
  endedAt?: Date
}

/** A component of the recipe whose type is TEST: AWSTOE runs its test phase in the test stage. */
export interface TestComponent {
  /** As the recipe names it: a version ARN (`…/1.0.0`, wildcards allowed) or a build version. */
  arn: string
  name: string
  /** The build version the recipe's ARN resolved to, when GetComponent said. */
  buildVersionArn?: string
}

/** A component named by version or wildcard that resolves to another build than an image used. */
export interface ComponentMove {
  /** As its ARN names it (`update-linux`). */
  name: string
  /** `1.0.2/1`, as the image recorded it; undefined when it recorded nothing to compare. */
  from?: string
  /** `1.0.3/1`, what it resolves to now. */
  to: string
}

/**
 * skip-if-unchanged: the newest build of the same recipe from the same parent AMI, not reused
 * because what its version and wildcard components resolved to differs from now, or is unknown.
 */
export interface PassedOverImage {
  imageArn: string
  /**
   * `versions`: the image recorded each build, and `moved` holds those that differ; `digest`:
   * only a digest of them, which differs; `nothing`: no record (made before the action kept one).
   */
  recorded: 'versions' | 'digest' | 'nothing'
  moved: ComponentMove[]
}

export interface RetryReport {
  /** retried: RetryImage ran; not-retried: followed as it was; built-anew: a new build instead. */
  outcome: 'retried' | 'not-retried' | 'built-anew'
  /** The build retried or looked at. */
  imageArn?: string
  /** The phases that had completed and are not run again (`build`, `test`). */
  kept: string[]
  /** The stage the retry resumes at. */
  resumesAt?: string
  why: string
}

/** One vulnerability finding, as the summary lists the most severe. */
export interface ScanFindingBrief {
  severity: string
  vulnerabilityId?: string
  title?: string
  packageName?: string
  fixedInVersion?: string
}

/** Amazon Inspector's severities, most severe first. */
const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNTRIAGED']

export function severityRank(severity: string): number {
  const rank = SEVERITY_ORDER.indexOf(severity)
  return rank === -1 ? SEVERITY_ORDER.length : rank
}

export interface BuildLogLine {
  /** CloudWatch's event time, in milliseconds. */
  timestamp: number
  message: string
}

/** How much of the build log the record keeps: enough to find what the failing step printed. */
const KEPT_LOG_LINES = 2_000
const KEPT_LOG_LINE_LENGTH = 2_000

export interface BuildRecord {
  mode: Mode
  region: string
  /** The pipeline ARN, image ARN, recipe name or promoted image the build came from. */
  source: string
  stepStartedAt: Date
  imageArn?: string
  snapshot?: BuildSnapshot
  stages: StageSpan[]
  ending?: Ending
  endedAt?: Date
  /** severity → count; undefined when scanning is off. */
  scanFindings?: Record<string, number>
  /** Recipe mode: what was (or would be) created, updated or reused. */
  plan?: RecipePlan
  /** Promote mode: the image and where it goes. */
  promotion?: PromotionPlan
  /** skip-if-unchanged: the earlier build that was not reused, and why. */
  passedOver?: PassedOverImage
  /** `retry` or `retry-on-rerun`: whether a build was retried in place, and what it kept. */
  retry?: RetryReport
  /** The findings of the most severe kind, a few; undefined when scanning is off. */
  worstFindings?: ScanFindingBrief[]
  /** The recipe's test components; undefined while they are not known. */
  testComponents?: TestComponent[]
  /** A container build's images with their digests, once read from ECR; undefined before. */
  containerImages?: ContainerImage[]
  /** `deprecate-after`: the AMIs whose deprecation EC2 accepted; undefined when none was asked. */
  amiDeprecations?: AmiDeprecation[]
  /** The build account's AMIs with their snapshot sizes, once EC2 confirmed them; undefined before. */
  amiVolumes?: AmiVolumes[]
  /** The last lines of the build log read so far, oldest first. */
  buildLog: BuildLogLine[]
  /** Things the reader should know that are not the build's own doing. */
  notices: string[]
}

export type Mode = 'pipeline' | 'attach' | 'recipe' | 'promote'

/** What the record takes from the inputs: the mode, the region and what the build comes from. */
export type RecordedInputs = { region: string } & (
  | { mode: 'pipeline'; pipelineArn: string }
  | { mode: 'attach'; imageArn: string }
  | { mode: 'recipe'; name: string }
  | { mode: 'promote'; promoteImage: string }
)

export function newBuildRecord(inputs: RecordedInputs, stepStartedAt: Date): BuildRecord {
  return {
    mode: inputs.mode,
    region: inputs.region,
    source: sourceOf(inputs),
    stepStartedAt,
    stages: [],
    buildLog: [],
    notices: []
  }
}

function sourceOf(inputs: RecordedInputs): string {
  switch (inputs.mode) {
    case 'pipeline':
      return inputs.pipelineArn
    case 'attach':
      return inputs.imageArn
    case 'recipe':
      return inputs.name
    case 'promote':
      return inputs.promoteImage
  }
}

/**
 * What a stage learnt that the reports show, told the moment it is learnt (as the watch tells its
 * events), so that a stage that throws halfway still leaves in the record what it found.
 */
export type Fact =
  /** The build this step follows, once it has a name. */
  | { type: 'image-arn'; imageArn: string }
  | { type: 'plan'; plan: RecipePlan }
  | { type: 'promotion'; plan: PromotionPlan }
  | { type: 'passed-over'; image: PassedOverImage }
  | { type: 'retry'; retry: RetryReport }
  | { type: 'notice'; text: string }
  /** The image as a call other than the watch's read it (the cancel's read-back). */
  | { type: 'image-read'; image: ImageView }
  | { type: 'test-components'; components: TestComponent[] }
  | { type: 'scan-findings'; counts: Record<string, number>; worst: ScanFindingBrief[] }
  | { type: 'ami-deprecations'; deprecations: AmiDeprecation[] }
  | { type: 'container-images'; images: ContainerImage[] }
  | { type: 'ami-volumes'; volumes: AmiVolumes[] }
  | { type: 'ended'; ending: Ending; at: Date }

/** How the stages hand over what they see and learn; the road folds it into the record. */
export type Learn = (event: BuildEvent | Fact) => void

/**
 * Folds one of the watch's events or one fact into the record: the only place the record is
 * written, so what each report shows can be traced to the event or fact that brought it.
 */
export function recordEvent(record: BuildRecord, event: BuildEvent | Fact): void {
  switch (event.type) {
    case 'snapshot':
      record.snapshot = event.snapshot
      break
    case 'stage-changed': {
      const current = record.stages.at(-1)
      if (current && !current.endedAt) current.endedAt = event.at
      record.stages.push({ status: event.status, seenAt: event.at })
      break
    }
    case 'log-lines':
      keepLogLines(record, event.lines)
      break
    case 'image-arn':
      record.imageArn = event.imageArn
      break
    case 'plan':
      record.plan = event.plan
      break
    case 'promotion':
      record.promotion = event.plan
      break
    case 'passed-over':
      record.passedOver = event.image
      break
    case 'retry':
      record.retry = event.retry
      break
    case 'notice':
      record.notices.push(event.text)
      break
    case 'image-read':
      record.snapshot = { workflows: record.snapshot?.workflows ?? [], image: event.image }
      break
    case 'test-components':
      record.testComponents = event.components
      break
    case 'scan-findings':
      record.scanFindings = event.counts
      record.worstFindings = event.worst
      break
    case 'ami-deprecations':
      record.amiDeprecations = event.deprecations
      break
    case 'container-images':
      record.containerImages = event.images
      break
    case 'ami-volumes':
      record.amiVolumes = event.volumes
      break
    case 'ended':
      record.ending = event.ending
      record.endedAt = event.at
      break
    case 'workflow-changed':
    case 'step-changed':
    case 'poll-failed':
      // The snapshot that follows carries what they changed.
      break
  }
}

function keepLogLines(record: BuildRecord, lines: readonly BuildLogLine[]): void {
  for (const line of lines) {
    record.buildLog.push({
      timestamp: line.timestamp,
      message: line.message.slice(0, KEPT_LOG_LINE_LENGTH)
    })
  }
  const excess = record.buildLog.length - KEPT_LOG_LINES
  if (excess > 0) record.buildLog.splice(0, excess)
}

/** The last status seen (a cancel shows as CANCELLED only once AWS confirmed it). */
export function reportedStatus(record: Pick<BuildRecord, 'imageArn' | 'snapshot'>): string {
  return record.snapshot?.image.status ?? (record.imageArn ? 'PENDING' : '')
}
