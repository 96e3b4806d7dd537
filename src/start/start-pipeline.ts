/**
 * Pipeline mode: one StartImagePipelineExecution call. The SDK retries it with the start's
 * patience (aws/retry.ts); the client token makes every attempt the same request.
 */
import {
  type ImagebuilderClient,
  StartImagePipelineExecutionCommand
} from '@aws-sdk/client-imagebuilder'
import { describeError, errorName, rethrowIfExpired } from '../aws/errors.js'
import { type StartPatience, withStartPatience } from '../aws/retry.js'
import type { PipelineInputs } from '../inputs/action-inputs.js'
import { InputError, StartError } from '../domain/errors.js'

/** The image build version ARN of the build it started. `signal` ends the retries at once. */
export async function startPipelineExecution(
  client: ImagebuilderClient,
  inputs: PipelineInputs,
  clientToken: string,
  signal: AbortSignal,
  patience: StartPatience
): Promise<string> {
  const command = withStartPatience(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: inputs.pipelineArn,
      clientToken,
      tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined
    }),
    patience
  )
  const { imageBuildVersionArn } = await client
    .send(command, { abortSignal: signal })
    .catch((error: unknown) => {
      throw signal.aborted
        ? new StartError(
            `Stopped before Image Builder confirmed the start of pipeline ${inputs.pipelineArn}; a build may have started: look for it among the pipeline's images.`
          )
        : explainStartFailure(error, inputs.pipelineArn)
    })
  if (!imageBuildVersionArn) {
    throw new StartError('Image Builder started no build: its answer had no image ARN.')
  }
  return imageBuildVersionArn
}

function explainStartFailure(error: unknown, pipelineArn: string): Error {
  rethrowIfExpired(error)
  switch (errorName(error)) {
    case 'ResourceNotFoundException':
      return new InputError(
        'pipeline-arn',
        `${pipelineArn} does not exist in its region, or this role cannot see it`
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
