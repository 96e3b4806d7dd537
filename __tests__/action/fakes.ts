/**
 * Test doubles for the edges the action takes as parameters: a clock whose sleeps pass in virtual
 * time, and an Image Builder that plays a scripted build, one snapshot (or fault) per poll.
 */
import {
  GetImageCommand,
  type ImagebuilderClient,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand
} from '@aws-sdk/client-imagebuilder'
import type { AwsClientStub } from 'aws-sdk-client-mock'
import type { BuildEvent } from '../../src/domain/events.js'
import type {
  BuildSnapshot,
  ImageView,
  WorkflowExecution,
  WorkflowStep
} from '../../src/domain/build.js'
import type { LogGroups } from '../../src/untrusted.js'
import type { Clock } from '../../src/domain/clock.js'
import type { AwsClients } from '../../src/aws/clients.js'
import { at } from './factories.js'

/** Sleeps return at once and move virtual time on; `onSleep` lets a test act "meanwhile". */
export class FakeClock implements Clock {
  readonly sleeps: number[] = []
  onSleep: (ms: number) => void = () => undefined
  private time: number

  constructor(start: Date = at('19:12:00')) {
    this.time = start.getTime()
  }

  now(): Date {
    return new Date(this.time)
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve()
    this.sleeps.push(ms)
    this.time += ms
    this.onSleep(ms)
    return Promise.resolve()
  }

  advance(ms: number): void {
    this.time += ms
  }
}

/** A clock whose sleeps end only when the signal aborts, as a long poll interval would. */
export function aClockThatSleepsUntilAborted(): Clock {
  const clock = new FakeClock()
  return {
    now: () => clock.now(),
    sleep: (_ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal.aborted) resolve()
        signal.addEventListener('abort', () => resolve(), { once: true })
      })
  }
}

/**
 * Serves one entry per GetImage call, in order (the last one repeats): a snapshot answers that poll,
 * an error makes its GetImage fail. The workflow listings answer from the current snapshot.
 */
export function serveBuild(
  imagebuilder: AwsClientStub<ImagebuilderClient>,
  polls: readonly (BuildSnapshot | Error)[]
): void {
  let poll = -1
  const current = (): BuildSnapshot => {
    const served = polls
      .slice(0, poll + 1)
      .filter((entry): entry is BuildSnapshot => !(entry instanceof Error))
    const snapshot = served.at(-1)
    if (!snapshot) throw new Error('the scripted build listed workflows before any snapshot')
    return snapshot
  }
  imagebuilder.on(GetImageCommand).callsFake(() => {
    poll = Math.min(poll + 1, polls.length - 1)
    const entry = polls[poll]
    if (entry instanceof Error) throw entry
    return { image: sdkImage(current().image) }
  })
  imagebuilder
    .on(ListWorkflowExecutionsCommand)
    .callsFake(() => ({ workflowExecutions: current().workflows.map(sdkWorkflow) }))
  imagebuilder
    .on(ListWorkflowStepExecutionsCommand)
    .callsFake((input: { workflowExecutionId?: string }) => ({
      steps:
        current()
          .workflows.find((workflow) => workflow.id === input.workflowExecutionId)
          ?.steps.map(sdkStep) ?? []
    }))
}

/** The GetImage answer for an image, as Image Builder shapes it. */
export function sdkImage(image: ImageView): object {
  return {
    arn: image.arn,
    name: image.name,
    version: image.version,
    platform: image.platform,
    state: { status: image.status, reason: image.reason },
    outputResources: image.outputResources,
    imageScanningConfiguration: { imageScanningEnabled: image.scanningEnabled },
    imageTestsConfiguration: { imageTestsEnabled: image.testsEnabled },
    imageRecipe: { components: image.componentArns.map((componentArn) => ({ componentArn })) },
    loggingConfiguration: image.logGroupName ? { logGroupName: image.logGroupName } : undefined,
    dateCreated: image.dateCreated
  }
}

function sdkWorkflow(workflow: WorkflowExecution): object {
  return {
    workflowExecutionId: workflow.id,
    type: workflow.type,
    workflowBuildVersionArn: workflow.workflowArn,
    status: workflow.status,
    message: workflow.message,
    startTime: workflow.startTime,
    endTime: workflow.endTime,
    totalStepCount: workflow.totalStepCount,
    totalStepsSucceeded: workflow.succeeded,
    totalStepsFailed: workflow.failed,
    totalStepsSkipped: workflow.skipped
  }
}

function sdkStep(step: WorkflowStep): object {
  return {
    stepExecutionId: step.id,
    name: step.name,
    action: step.action,
    status: step.status,
    message: step.message,
    startTime: step.startTime,
    endTime: step.endTime,
    outputs: step.outputs
  }
}

/** Events as short lines, so a test can compare their order at a glance. */
export function eventLines(events: readonly BuildEvent[]): string[] {
  return events.flatMap((event): string[] => {
    switch (event.type) {
      case 'stage-changed':
        return [`stage ${event.status}`]
      case 'workflow-changed':
        return [`workflow ${event.workflow.name} ${event.workflow.status}`]
      case 'step-changed':
        return [`step ${event.workflow.name} › ${event.step.name} ${event.step.status}`]
      case 'snapshot':
        return ['snapshot']
      case 'poll-failed':
        return [`poll failed: ${event.error}`]
      case 'log-lines':
        return event.lines.map((line) => `log ${line.message}`)
    }
  })
}

/** Log groups recorded as the lines @actions/core prints for them (titles here are already clean). */
export function groupsInto(lines: string[]): LogGroups {
  return {
    startGroup: (title) => lines.push(`::group::${title}`),
    endGroup: () => lines.push('::endgroup::')
  }
}

/** The AWS clients of a run in which only Image Builder is asked anything. */
export function imagebuilderOnly(imagebuilder: ImagebuilderClient): AwsClients {
  const unused = (): Promise<never> => Promise.reject(new Error('not used'))
  return {
    imagebuilder,
    ec2: unused,
    logs: unused,
    ssm: unused,
    ecr: unused,
    sts: unused,
    destroy: () => Promise.resolve()
  }
}
