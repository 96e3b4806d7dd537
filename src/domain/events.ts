/** What the watcher tells its reporters, in order. */
import type { BuildSnapshot, ImageStatus, WorkflowExecution, WorkflowStep } from './build.js'

export interface StageChanged {
  type: 'stage-changed'
  at: Date
  status: ImageStatus
  /** Undefined on the first observation. */
  previous?: ImageStatus
}

export interface WorkflowChanged {
  type: 'workflow-changed'
  at: Date
  workflow: WorkflowExecution
  previous?: string
}

export interface StepChanged {
  type: 'step-changed'
  at: Date
  workflow: WorkflowExecution
  step: WorkflowStep
  previous?: string
}

/** Every successful poll, after the change events it caused. */
export interface SnapshotTaken {
  type: 'snapshot'
  at: Date
  snapshot: BuildSnapshot
}

/** A poll failed with a fault worth waiting out; the build itself is unaffected. */
export interface PollFailed {
  type: 'poll-failed'
  at: Date
  error: string
  consecutiveFailures: number
  retryInMs: number
}

export interface LogLines {
  type: 'log-lines'
  at: Date
  lines: { timestamp: number; message: string }[]
}

export type BuildEvent =
  StageChanged | WorkflowChanged | StepChanged | SnapshotTaken | PollFailed | LogLines

export type EmitBuildEvent = (event: BuildEvent) => void
