/**
 * Object mothers for the action's own model: each returns a plausible value that a test adjusts with
 * the few fields it is about, so a test shows only what matters to it.
 */
import { type BuildRecord, type Learn, recordEvent } from '../../src/domain/record.js'
import type { PlannedComponent, RecipePlan } from '../../src/domain/plan.js'
import type {
  BuildSnapshot,
  DistributedAmi,
  ImageStatus,
  ImageView,
  WorkflowExecution,
  WorkflowStep
} from '../../src/domain/build.js'

export const ACCOUNT = '111122223333'
export const OTHER_ACCOUNT = '444455556666'
export const REGION = 'eu-west-1'
export const IMAGE_ARN = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:image/golden-al2023/1.4.0/3`
export const PIPELINE_ARN = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:image-pipeline/golden-al2023`
export const COMPONENT_ARN = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:component/golden-al2023-smoke/1.0.0/1`

/** A time on the day every fixture lives on: `at('19:12:23')`. */
export function at(clock: string): Date {
  return new Date(`2026-11-23T${clock}.000Z`)
}

/** The same time as Image Builder writes it. */
export function iso(clock: string): string {
  return at(clock).toISOString()
}

export function anAmi(overrides: Partial<DistributedAmi> = {}): DistributedAmi {
  const region = overrides.region ?? REGION
  return {
    region,
    imageId: `ami-0${region.replaceAll('-', '').slice(0, 8).padEnd(8, '0')}00000001`,
    name: 'golden-al2023-2026-11-23T19-12-00',
    accountId: ACCOUNT,
    status: 'AVAILABLE',
    ...overrides
  }
}

export function anImage(overrides: Partial<ImageView> = {}): ImageView {
  const amis = overrides.amis ?? []
  return {
    arn: IMAGE_ARN,
    name: 'golden-al2023',
    version: '1.4.0/3',
    platform: 'Linux',
    status: 'BUILDING',
    outputResources: {
      amis: amis.map((ami) => ({
        region: ami.region,
        image: ami.imageId,
        name: ami.name,
        accountId: ami.accountId
      }))
    },
    scanningEnabled: false,
    testsEnabled: true,
    componentArns: [],
    ...overrides,
    amis
  }
}

export function aStep(overrides: Partial<WorkflowStep> = {}): WorkflowStep {
  const name = overrides.name ?? 'LaunchBuildInstance'
  return { id: `step-${name}`, name, action: 'LaunchInstance', status: 'COMPLETED', ...overrides }
}

/** A step with its times as clocks of the fixture day: `aTimedStep('…', 'LaunchInstance', 'COMPLETED', '19:12:23', '19:13:28')`. */
export function aTimedStep(
  name: string,
  action: string,
  status: string,
  from?: string,
  to?: string,
  more: Partial<WorkflowStep> = {}
): WorkflowStep {
  return aStep({
    name,
    action,
    status,
    ...(from ? { startTime: iso(from) } : {}),
    ...(to ? { endTime: iso(to) } : {}),
    ...more
  })
}

const WORKFLOW_TYPES: Record<string, string> = { 'build-image': 'BUILD', 'test-image': 'TEST' }

/** Counters follow the steps unless given. */
export function aWorkflow(overrides: Partial<WorkflowExecution> = {}): WorkflowExecution {
  const name = overrides.name ?? 'build-image'
  const type = overrides.type ?? WORKFLOW_TYPES[name] ?? 'BUILD'
  const steps = overrides.steps ?? []
  const counting = (status: string): number => steps.filter((step) => step.status === status).length
  return {
    id: `wf-${name}`,
    type,
    name,
    workflowArn: `arn:aws:imagebuilder:${REGION}:aws:workflow/${type.toLowerCase()}/${name}/1.0.3/1`,
    status: 'COMPLETED',
    totalStepCount: steps.length,
    succeeded: counting('COMPLETED'),
    failed: counting('FAILED'),
    skipped: counting('SKIPPED'),
    steps,
    ...overrides
  }
}

export function aSnapshot(
  options: {
    status?: ImageStatus
    image?: Partial<ImageView>
    workflows?: WorkflowExecution[]
  } = {}
): BuildSnapshot {
  return {
    image: anImage({ status: options.status ?? 'BUILDING', ...options.image }),
    workflows: options.workflows ?? []
  }
}

export function aRecord(overrides: Partial<BuildRecord> = {}): BuildRecord {
  return {
    mode: 'pipeline',
    region: REGION,
    source: PIPELINE_ARN,
    stepStartedAt: at('19:12:00'),
    imageArn: IMAGE_ARN,
    stages: [],
    buildLog: [],
    notices: [],
    ...overrides
  }
}

/** A record, and the `learn` a stage is handed that folds into it, as the road wires them. */
export function aRecording(record: BuildRecord = aRecord()): { record: BuildRecord; learn: Learn } {
  return { record, learn: (event) => recordEvent(record, event) }
}

export const PARENT_AMI = 'ami-0123456789abcdef0'
export const RECIPE_ARN = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:image-recipe/golden-al2023/1.4.0`

/** AWS's update-linux named by wildcard, as recipe mode names it, resolving to `resolvedVersion`. */
export function aManagedComponent(
  resolvedVersion = '1.0.2/1',
  name = 'update-linux'
): PlannedComponent {
  const base = `arn:aws:imagebuilder:${REGION}:aws:component/${name}`
  return {
    source: name,
    kind: 'managed',
    name,
    action: 'reuse',
    arn: `${base}/x.x.x`,
    fingerprint: `${base}/x.x.x`,
    type: 'BUILD',
    resolvedArn: `${base}/${resolvedVersion}`,
    parameters: undefined
  }
}

/** A plan that changes nothing: every resource reused, the recipe at RECIPE_ARN. */
export function aRecipePlan(overrides: Partial<RecipePlan> = {}): RecipePlan {
  return {
    region: REGION,
    parent: { input: PARENT_AMI, amiId: PARENT_AMI, platform: 'Linux' },
    components: [aManagedComponent()],
    recipe: {
      name: 'golden-al2023',
      action: 'reuse',
      version: '1.4.0',
      arn: RECIPE_ARN,
      fingerprint: 'recipe',
      parentImage: PARENT_AMI
    },
    infrastructure: {
      name: 'golden-al2023',
      action: 'reuse',
      fingerprint: 'infrastructure',
      settings: {
        instanceProfileName: 'ImageBuilderInstance',
        terminateInstanceOnFailure: true,
        instanceMetadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 }
      }
    },
    distribution: {
      name: 'golden-al2023',
      action: 'reuse',
      fingerprint: 'distribution',
      distributions: [{ region: REGION }]
    },
    ...overrides
  }
}

/** An error shaped like the AWS SDK's: recognised by name, HTTP status and Node error code. */
export function anAwsError(
  name: string,
  options: { status?: number; code?: string; message?: string } = {}
): Error {
  const error = new Error(options.message ?? `${name} from the fake service`)
  error.name = name
  return Object.assign(error, {
    $metadata: { httpStatusCode: options.status ?? 400 },
    ...(options.code ? { code: options.code } : {})
  })
}

/** A dropped connection, as Node reports it: no HTTP status, an error code. */
export function aNetworkError(code = 'ECONNRESET'): Error {
  return Object.assign(new Error('socket hang up'), { code })
}
