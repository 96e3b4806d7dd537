import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { parseFailureContext, readFailureContext } from '../../src/watch/failure-context.js'

const IMAGE_ARN = 'arn:aws:imagebuilder:eu-west-1:111122223333:image/golden/1.0.0/1'
const COMPONENT_ARN = 'arn:aws:imagebuilder:eu-west-1:111122223333:component/nginx/1.0.0/1'

function getImageBody(state: Record<string, unknown>): string {
  return JSON.stringify({ requestId: 'r-1', image: { arn: IMAGE_ARN, version: '1.0.0/1', state } })
}

/** A real SDK client whose transport answers every request with this JSON body. */
function clientAnswering(body: string): ImagebuilderClient {
  return new ImagebuilderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    requestHandler: {
      handle: () =>
        Promise.resolve({
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/json' },
            body: Readable.from([Buffer.from(body)])
          }
        })
    }
  })
}

const COMPONENT_FAILURE = {
  status: 'FAILED',
  reason: 'Build failed.',
  failureContext: {
    imageStatus: 'BUILDING',
    workflowExecutionId: 'wf-1',
    stepExecutionId: 'step-2',
    failedStep: 'ApplyBuildComponents',
    componentFailure: {
      componentArn: COMPONENT_ARN,
      phaseName: 'build',
      stepName: 'InstallNginx',
      action: 'ExecuteBash',
      errorMessage: 'exit status 1'
    }
  }
}

describe('readFailureContext', () => {
  it('reads the failure context that the SDK itself drops', async () => {
    const client = clientAnswering(getImageBody(COMPONENT_FAILURE))
    const command = new GetImageCommand({ imageBuildVersionArn: IMAGE_ARN })
    const failureContext = readFailureContext(command)

    const { image } = await client.send(command)

    expect(image?.state).toEqual({ status: 'FAILED', reason: 'Build failed.' })
    expect(failureContext()).toMatchObject({
      imageStatus: 'BUILDING',
      stepExecutionId: 'step-2',
      failedStep: 'ApplyBuildComponents',
      componentFailure: {
        componentArn: COMPONENT_ARN,
        stepName: 'InstallNginx',
        errorMessage: 'exit status 1'
      }
    })
  })

  it('leaves the rest of the response for the SDK to read as usual', async () => {
    const client = clientAnswering(getImageBody({ status: 'BUILDING' }))
    const command = new GetImageCommand({ imageBuildVersionArn: IMAGE_ARN })
    const failureContext = readFailureContext(command)

    const { image, requestId } = await client.send(command)

    expect(requestId).toBe('r-1')
    expect(image).toMatchObject({
      arn: IMAGE_ARN,
      version: '1.0.0/1',
      state: { status: 'BUILDING' }
    })
    expect(failureContext()).toBeUndefined()
  })
})

describe('parseFailureContext', () => {
  it('reads a distribution failure with its regions', () => {
    const context = parseFailureContext(
      getImageBody({
        status: 'FAILED',
        failureContext: {
          imageStatus: 'DISTRIBUTING',
          distributionFailure: {
            errorMessage: 'Distribution failed in 1 region',
            regionFailures: [
              {
                region: 'eu-west-2',
                status: 'FAILED',
                imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
                errorMessage: 'denied'
              }
            ]
          }
        }
      })
    )

    expect(context?.distributionFailure).toEqual({
      errorMessage: 'Distribution failed in 1 region',
      regionFailures: [
        {
          region: 'eu-west-2',
          status: 'FAILED',
          imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
          errorMessage: 'denied',
          targetAccountId: undefined
        }
      ]
    })
  })

  it('ignores members of the wrong type instead of trusting them', () => {
    const context = parseFailureContext(
      getImageBody({
        status: 'FAILED',
        failureContext: { failedStep: 42, componentFailure: 'oops' }
      })
    )

    expect(context).toEqual({
      imageStatus: undefined,
      workflowExecutionId: undefined,
      stepExecutionId: undefined,
      failedStep: undefined,
      componentFailure: undefined,
      distributionFailure: undefined
    })
  })

  it('finds nothing in a body that is not JSON', () => {
    expect(parseFailureContext('<html>')).toBeUndefined()
  })
})
