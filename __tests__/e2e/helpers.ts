/**
 * Small factories for the end-to-end tests: an emulator on a random port whose clock runs
 * TIME_SCALE times faster than wall time, with a seeded pipeline, the bundled action run against
 * it as GitHub's runner runs it, and readers for what the emulator and the job summary hold
 * afterwards. Durations in scenarios are in emulator time; the action's own waits (poll interval,
 * timeout-minutes, retries) are in wall time.
 */
import { DescribeImagesCommand, EC2Client, type Image as Ec2Image } from '@aws-sdk/client-ec2'
import { afterEach } from '@jest/globals'
import {
  type Image,
  GetImageCommand,
  ImagebuilderClient,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'
import {
  type Emulator,
  type ScenarioOverrides,
  type SeededPipeline,
  type StageDurations,
  startEmulator
} from '../../emulator/src/index.js'
import { type ActionRun, type RunOptions, runAction } from '../../scripts/github-runner.js'

export const BUILD_REGION = 'us-east-1'
export const THREE_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

/** A second of the emulator's time passes in a tenth of a second. */
export const TIME_SCALE = 10

/** The action's poll interval, in wall seconds: one second of emulator time. */
export const POLL_INTERVAL_SECONDS = 0.1

/** The poller's longest wait between polls while nothing changes (twice the interval), in emulator ms. */
export const LONGEST_IDLE_WAIT_MS = 2 * POLL_INTERVAL_SECONDS * 1000 * TIME_SCALE

/**
 * 21 s of emulator time (2.1 s of wall time) from start to AVAILABLE; the build is still running
 * after a handful of polls, and a poller that sees every stage needs longer stages than these.
 */
export const QUICK_BUILD: StageDurations = {
  PENDING: 2000,
  CREATING: 3000,
  BUILDING: 10_000,
  TESTING: 3000,
  DISTRIBUTING: 2000,
  INTEGRATING: 1000
}

/** The steps of the AWS-managed test-image workflow, in order. */
export const TEST_IMAGE_STEPS = [
  'LaunchTestInstance',
  'CollectImageScanFindings',
  'ApplyTestComponents',
  'TerminateTestInstance'
]

export interface BuildWorld {
  emu: Emulator
  pipeline: SeededPipeline
}

export interface BuildWorldOptions {
  distributionRegions?: string[]
  /** Over a quick build (QUICK_BUILD, cancels confirmed after 3 s of emulator time). */
  scenario?: ScenarioOverrides
}

/**
 * Returns a function that starts an emulator with a seeded `golden` pipeline in us-east-1; every
 * emulator it started is closed after each test.
 */
export function emulatorPerTest(): (options?: BuildWorldOptions) => Promise<BuildWorld> {
  const open: Emulator[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((emu) => emu.close()))
  })
  return async (options = {}) => {
    const emu = await startEmulator({
      port: 0,
      timeScale: TIME_SCALE,
      scenario: { cancelDelayMs: 3000, ...options.scenario, durations: quick(options.scenario) }
    })
    open.push(emu)
    const pipeline = emu.seedPipeline({
      name: 'golden',
      region: BUILD_REGION,
      distributionRegions: options.distributionRegions ?? [BUILD_REGION]
    })
    return { emu, pipeline }
  }
}

function quick(scenario: ScenarioOverrides | undefined): StageDurations {
  return { ...QUICK_BUILD, ...scenario?.durations }
}

/** Runs dist/index.js against the emulator, polling every POLL_INTERVAL_SECONDS unless the inputs say otherwise. */
export function runStep(
  emu: Emulator,
  inputs: Record<string, string>,
  options: Omit<RunOptions, 'endpoint' | 'inputs'> = {}
): Promise<ActionRun> {
  return runAction({
    endpoint: emu.url,
    inputs: { 'poll-interval-seconds': String(POLL_INTERVAL_SECONDS), ...inputs },
    timeoutMs: 20_000,
    ...options
  })
}

/** region → AMI ID of the AMIs the emulator registered in EC2 for one image build. */
export function amisRegisteredFor(
  emu: Emulator,
  imageArn: string,
  regions: readonly string[]
): Record<string, string> {
  const amis: Record<string, string> = {}
  for (const region of regions) {
    for (const image of emu.ec2Store.listImages(region)) {
      if (image.tags.Ec2ImageBuilderArn === imageArn) amis[region] = image.imageId
    }
  }
  return amis
}

/** The AMI as EC2's DescribeImages answers it in its region, read with a client of the test's own. */
export async function describedAmi(
  emu: Emulator,
  region: string,
  imageId: string
): Promise<Ec2Image | undefined> {
  const client = new EC2Client({
    region,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  try {
    const { Images = [] } = await client.send(new DescribeImagesCommand({ ImageIds: [imageId] }))
    return Images.find((image) => image.ImageId === imageId)
  } finally {
    client.destroy()
  }
}

/** The image as GetImage answers it, read with a client of the test's own. */
export async function getImage(emu: Emulator, imageArn: string): Promise<Image> {
  const client = new ImagebuilderClient({
    region: BUILD_REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  try {
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn }))
    if (!image) throw new Error(`GetImage returned no image for ${imageArn}`)
    return image
  } finally {
    client.destroy()
  }
}

/** Every workflow execution of the image with its steps, as Image Builder lists them to a client of the test's own. */
export async function workflowStepsOf(
  emu: Emulator,
  imageArn: string
): Promise<{ type: string; steps: WorkflowStepMetadata[] }[]> {
  const client = new ImagebuilderClient({
    region: BUILD_REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  const workflows: { type: string; steps: WorkflowStepMetadata[] }[] = []
  try {
    for await (const page of paginateListWorkflowExecutions(
      { client },
      { imageBuildVersionArn: imageArn }
    )) {
      for (const workflow of page.workflowExecutions ?? []) {
        const steps: WorkflowStepMetadata[] = []
        for await (const stepPage of paginateListWorkflowStepExecutions(
          { client },
          { workflowExecutionId: workflow.workflowExecutionId }
        )) {
          steps.push(...(stepPage.steps ?? []))
        }
        workflows.push({ type: workflow.type ?? '', steps })
      }
    }
  } finally {
    client.destroy()
  }
  return workflows
}

/**
 * Markdown as a reader sees it: tags dropped, entities decoded and invisible word joiners removed,
 * so escaped text compares as text.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\u2060/g, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/?code>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => NAMED_ENTITIES[name] ?? '')
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' }

/** The rows of the first table under a `### heading` of the summary, each cell as plain text. */
export function summaryTable(summary: string, heading: string): string[][] {
  const section = summary.split(`### ${heading}\n`)[1] ?? ''
  const lines = section.split('\n')
  const rows: string[][] = []
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => plainText(cell.trim()))
    )
  }
  return rows
}

/** The job-log lines that report an image status change, without their timestamps. */
export function stageLines(log: readonly string[]): string[] {
  return log
    .map((line) => /^\[\d\d:\d\d:\d\d\] (Image [A-Z]+.*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined)
}
