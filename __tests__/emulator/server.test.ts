import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeImagesCommand } from '@aws-sdk/client-ec2'
import {
  GetImagePipelineCommand,
  StartImagePipelineExecutionCommand
} from '@aws-sdk/client-imagebuilder'
import type { FaultKind, SeededPipeline } from '../../emulator/src/index.js'
import { rawImagebuilder, startHarness, T0, type Harness, until } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness
let seeded: SeededPipeline

beforeEach(async () => {
  harness = await startHarness()
  seeded = harness.emu.seedPipeline({ name: 'served' })
})

afterEach(async () => {
  await harness.close()
})

const getPipeline = () => new GetImagePipelineCommand({ imagePipelineArn: seeded.pipelineArn })

describe('signing', () => {
  it('refuses a request without an Authorization header', async () => {
    const response = await rawImagebuilder(
      harness.emu,
      'GET',
      '/GetImagePipeline?imagePipelineArn=x',
      { authorization: null }
    )
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
  })

  it('refuses an Authorization header without a credential scope', async () => {
    const response = await rawImagebuilder(
      harness.emu,
      'GET',
      '/GetImagePipeline?imagePipelineArn=x',
      {
        authorization: 'AWS4-HMAC-SHA256 Signature=abc'
      }
    )
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amzn-errortype')).toBe('IncompleteSignatureException')
  })

  it('refuses a region it does not serve', async () => {
    const failure = await rejectionOf(harness.imagebuilder('mars-north-1', 1).send(getPipeline()))
    expect(failure).toMatchObject({ name: 'UnrecognizedClientException', status: 403 })
  })

  it('serves every region and service on one port, from the credential scope', async () => {
    const pipeline = await harness.imagebuilder('us-east-1').send(getPipeline())
    const images = await harness
      .ec2('eu-west-1')
      .send(new DescribeImagesCommand({ Owners: ['amazon'] }))
    const groups = await harness.logs('ap-southeast-2').send(new DescribeLogGroupsCommand({}))
    expect(pipeline.imagePipeline?.name).toBe('served')
    expect(images.Images).toHaveLength(2)
    expect(groups.logGroups).toEqual([])
    expect(
      harness.emu.requests.map((request) => [
        request.service,
        request.region,
        request.operation,
        request.status
      ])
    ).toEqual([
      ['imagebuilder', 'us-east-1', 'GetImagePipeline', 200],
      ['ec2', 'eu-west-1', 'DescribeImages', 200],
      ['logs', 'ap-southeast-2', 'DescribeLogGroups', 200]
    ])
  })
})

describe('the request log', () => {
  it('records each request with its time, parsed input, status and error code', async () => {
    const client = harness.imagebuilder('us-east-1', 1)
    harness.advance(5000)
    await client.send(
      new StartImagePipelineExecutionCommand({
        imagePipelineArn: seeded.pipelineArn,
        clientToken: 'tok'
      })
    )
    await rejectionOf(
      client.send(
        new GetImagePipelineCommand({ imagePipelineArn: `${seeded.pipelineArn}-missing` })
      )
    )
    const [start] = harness.emu.requestsFor('StartImagePipelineExecution')
    expect(start).toEqual({
      seq: 1,
      time: T0 + 5000,
      service: 'imagebuilder',
      region: 'us-east-1',
      operation: 'StartImagePipelineExecution',
      input: { imagePipelineArn: seeded.pipelineArn, clientToken: 'tok' },
      status: 200
    })
    expect(harness.emu.requestsFor('GetImagePipeline')).toMatchObject([
      {
        seq: 2,
        input: { imagePipelineArn: `${seeded.pipelineArn}-missing` },
        status: 404,
        errorCode: 'ResourceNotFoundException'
      }
    ])
  })

  it('puts a request ID on every response, matching the body', async () => {
    const response = await rawImagebuilder(
      harness.emu,
      'GET',
      `/GetImagePipeline?imagePipelineArn=${encodeURIComponent(seeded.pipelineArn)}`
    )
    expect(response.body.requestId).toBe(response.headers.get('x-amzn-requestid'))
  })
})

describe('injected faults as the SDK sees them', () => {
  const cases: [FaultKind, string, number][] = [
    ['throttle', 'CallRateLimitExceededException', 429],
    ['server-error', 'ServiceException', 500],
    ['unavailable', 'ServiceUnavailableException', 503],
    ['expired-credentials', 'ExpiredTokenException', 403]
  ]
  it.each(cases)('%s → %s (%i)', async (kind, name, status) => {
    harness.emu.injectFault({ kind, service: 'imagebuilder', operation: 'GetImagePipeline' })
    const failure = await rejectionOf(harness.imagebuilder('us-east-1', 1).send(getPipeline()))
    expect(failure).toMatchObject({ name, status })
    expect(harness.emu.requests.at(-1)).toMatchObject({
      operation: 'GetImagePipeline',
      status,
      errorCode: name,
      fault: kind
    })
    await expect(harness.imagebuilder('us-east-1', 1).send(getPipeline())).resolves.toBeDefined()
  })

  it('reports expired credentials in the words AWS uses', async () => {
    harness.emu.injectFault({ kind: 'expired-credentials' })
    const failure = await rejectionOf(harness.imagebuilder('us-east-1', 1).send(getPipeline()))
    expect(failure.message).toBe('The security token included in the request is expired')
  })

  it('lets the SDK retry through a throttle and a dropped connection', async () => {
    harness.emu.injectFault({ kind: 'throttle', operation: 'GetImagePipeline' })
    harness.emu.injectFault({ kind: 'drop', operation: 'GetImagePipeline' })
    const answered = await harness.imagebuilder('us-east-1', 3).send(getPipeline())
    expect(answered.$metadata.attempts).toBe(3)
    expect(harness.emu.requests.map((request) => [request.status, request.fault])).toEqual([
      [429, 'throttle'],
      [0, 'drop'],
      [200, undefined]
    ])
  })

  it('renders EC2 and Logs faults in their own protocols', async () => {
    harness.emu.injectFault({ kind: 'throttle', service: 'ec2' })
    harness.emu.injectFault({ kind: 'throttle', service: 'logs' })
    const ec2 = await rejectionOf(
      harness.ec2('us-east-1').send(new DescribeImagesCommand({ Owners: ['self'] }))
    )
    const logs = await rejectionOf(harness.logs('us-east-1').send(new DescribeLogGroupsCommand({})))
    expect(ec2).toMatchObject({ name: 'RequestLimitExceeded', status: 503 })
    expect(logs).toMatchObject({ name: 'ThrottlingException', status: 400 })
  })

  it('honours after, times and region', async () => {
    harness.emu.injectFault({ kind: 'server-error', region: 'us-east-1', after: 1, times: 2 })
    const client = harness.imagebuilder('us-east-1', 1)
    const outcomes: string[] = []
    for (let attempt = 0; attempt < 4; attempt++) {
      outcomes.push(
        await client.send(getPipeline()).then(
          () => 'ok',
          (error: unknown) => (error as Error).name
        )
      )
    }
    expect(outcomes).toEqual(['ok', 'ServiceException', 'ServiceException', 'ok'])
    harness.emu.injectFault({ kind: 'server-error', region: 'eu-west-1', times: Infinity })
    await expect(client.send(getPipeline())).resolves.toBeDefined()
  })

  it('delays an answer for latency, then answers normally', async () => {
    harness.emu.injectFault({ kind: 'latency', latencyMs: 40 })
    const started = performance.now()
    const answered = await harness.imagebuilder('us-east-1', 1).send(getPipeline())
    expect(performance.now() - started).toBeGreaterThanOrEqual(35)
    expect(answered.imagePipeline?.name).toBe('served')
    expect(harness.emu.requests.at(-1)).toMatchObject({ status: 200, fault: 'latency' })
  })

  it('hangs without acting until the client gives up', async () => {
    harness.emu.injectFault({ kind: 'hang', operation: 'StartImagePipelineExecution' })
    const start = () =>
      new StartImagePipelineExecutionCommand({
        imagePipelineArn: seeded.pipelineArn,
        clientToken: `token-${harness.emu.requests.length}`
      })
    const client = harness.imagebuilder('us-east-1', 1)

    const failure = await rejectionOf(
      client.send(start(), { abortSignal: AbortSignal.timeout(50) })
    )

    expect(failure.name).toBe('AbortError')
    await until(() => harness.emu.requests.length === 1)
    expect(harness.emu.requests[0]).toMatchObject({ status: 0, fault: 'hang' })
    // The hung request started nothing: the next start is the pipeline's first build.
    const next = await client.send(start())
    expect(next.imageBuildVersionArn).toMatch(/\/1\.0\.0\/1$/)
  })

  it('stops injecting after clearFaults', async () => {
    harness.emu.injectFault({ kind: 'throttle', times: Infinity })
    harness.emu.clearFaults()
    await expect(harness.imagebuilder('us-east-1', 1).send(getPipeline())).resolves.toBeDefined()
  })
})
