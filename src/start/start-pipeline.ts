/** Pipeline mode: one StartImagePipelineExecution call, retried safely thanks to its client token. */
import {
  type ImagebuilderClient,
  StartImagePipelineExecutionCommand
} from '@aws-sdk/client-imagebuilder'
import { describeError, errorName, isExpiredCredentials, isTransient } from '../aws/errors.js'
import type { PipelineInputs } from '../inputs/action-inputs.js'
import type { Clock } from '../watch/poller.js'

/** Tries beyond the SDK's own retries: the token makes every one of them the same request. */
const START_ATTEMPTS = 4
const START_BACKOFF_MS = 2_000

export class StartError extends Error {
  override name = 'StartError'
}

export async function startPipelineExecution(
  client: ImagebuilderClient,
  inputs: PipelineInputs,
  clientToken: string,
  clock: Clock,
  signal: AbortSignal
): Promise<string> {
  const command = new StartImagePipelineExecutionCommand({
    imagePipelineArn: inputs.pipelineArn,
    clientToken,
    tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined
  })
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { imageBuildVersionArn } = await client.send(command, { abortSignal: signal })
      if (!imageBuildVersionArn)
        throw new StartError('Image Builder started no build: its answer had no image ARN.')
      return imageBuildVersionArn
    } catch (error) {
      const retry = attempt < START_ATTEMPTS && isTransient(error) && !signal.aborted
      if (!retry) throw explainStartFailure(error, inputs.pipelineArn)
      await clock.sleep(START_BACKOFF_MS * 2 ** (attempt - 1), signal)
    }
  }
}

function explainStartFailure(error: unknown, pipelineArn: string): unknown {
  if (isExpiredCredentials(error) || error instanceof StartError) return error
  switch (errorName(error)) {
    case 'ResourceNotFoundException':
      return new StartError(
        `Pipeline ${pipelineArn} does not exist in its region, or this role cannot see it.`
      )
    case 'ResourceInUseException':
      return new StartError(
        `Pipeline ${pipelineArn} cannot start a build now (${describeError(error)}). Try again once its current build ends.`
      )
    case 'IdempotentParameterMismatchException':
      return new StartError(
        `This step already started a build with other parameters (${describeError(error)}). Re-run the workflow to start a new one.`
      )
    default:
      return new StartError(`Could not start pipeline ${pipelineArn}: ${describeError(error)}`)
  }
}
