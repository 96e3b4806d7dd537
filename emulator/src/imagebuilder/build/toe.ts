/**
 * What AWSTOE (the component runner on the instance) reports: the run summary that ends up in the
 * ExecuteComponents step's `output`, and the failure block it writes to the console log (§3.5).
 */
import { uuid } from '../../ids.js'
import type { ComponentFailure } from '../shapes.js'
import type { BuildSpec } from './types.js'

export interface ToeRun {
  executionId: string
  logUrl: string
  startedAt: number
}

/**
 * Where the run's log bundle lives: under the infrastructure configuration's S3 logging prefix if it
 * has one (AWS does not document the exact key layout), else the folder on the instance.
 */
export function startToeRun(spec: BuildSpec, startedAt: number): ToeRun {
  const executionId = uuid()
  const folder = `TOE_${toeTimestamp(startedAt)}_UTC-0_${executionId}`
  const s3 = spec.infrastructure.logging?.s3Logs
  const logUrl =
    s3?.s3BucketName === undefined
      ? `/var/lib/amazon/toe/${folder}/`
      : `s3://${[s3.s3BucketName, s3.s3KeyPrefix, spec.arn.split(':image/')[1], folder].filter(Boolean).join('/')}/`
  return { executionId, logUrl, startedAt }
}

/** The SSM command output of an ExecuteComponents step: AWSTOE's closing line and JSON summary. */
export function toeOutput(
  run: ToeRun,
  executedStepCount: number,
  failure?: { documentArn: string }
): string {
  const failureMessage = failure === undefined ? '' : `Document ${failure.documentArn} failed!`
  const summary = {
    executionId: run.executionId,
    status: failure === undefined ? 'success' : 'failed',
    failedStepCount: failure === undefined ? 0 : 1,
    executedStepCount,
    failureMessage,
    logUrl: run.logUrl
  }
  const closing =
    failure === undefined
      ? 'TOE has completed execution successfully'
      : 'TOE has completed execution with failure'
  return `${closing}\n${JSON.stringify(summary)}\n`
}

/**
 * The console-log lines AWSTOE writes for a failed component step: the command's stderr and exit
 * code, then (unless `failureBlock` is false, as with AWSTOE versions that write none) the block
 * that names the component and the error.
 */
export function toeFailureBlock(
  componentName: string,
  failure: ComponentFailure,
  stderr: string[],
  failureBlock = true
): string[] {
  const output = [
    ...stderr.map((line) => `CmdExecution: Stderr: ${line}`),
    'CmdExecution: ExitCode 1'
  ]
  if (!failureBlock) return output
  return [
    ...output,
    `Document: ${componentName}`,
    `ComponentArn: ${failure.componentArn}`,
    `Phase: ${failure.phaseName}`,
    `Step: ${failure.stepName}`,
    `Action: ${failure.action}`,
    `ErrorMessage: ${failure.errorMessage}`,
    ...(stderr.length > 0 ? [`Stderr: ${stderr.join('\n')}`] : [])
  ]
}

function toeTimestamp(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', '_').replace(/:/g, '-')
}
