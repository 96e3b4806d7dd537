import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetImageCommand,
  GetImagePipelineCommand,
  ListImageBuildVersionsCommand,
  ListImageScanFindingsCommand,
  ListTagsForResourceCommand,
  ListWorkflowExecutionsCommand,
  paginateListImageBuildVersions,
  StartImagePipelineExecutionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { SeededPipeline } from '../../emulator/src/index.js'
import { rawImagebuilder, startHarness, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

const IMAGE_BUILD_VERSION_PATTERN =
  '^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$'

let harness: Harness
let client: ImagebuilderClient
let seeded: SeededPipeline

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
  seeded = harness.emu.seedPipeline({ name: 'Golden Image' })
})

afterEach(async () => {
  await harness.close()
})

function startRun(clientToken: string, tags?: Record<string, string>) {
  return client.send(
    new StartImagePipelineExecutionCommand({
      imagePipelineArn: seeded.pipelineArn,
      clientToken,
      ...(tags ? { tags } : {})
    })
  )
}

describe('names and ARNs', () => {
  it('normalises names into ARNs and keeps the name as given on the resource', async () => {
    expect(seeded.pipelineArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden-image'
    )
    const { imagePipeline } = await client.send(
      new GetImagePipelineCommand({ imagePipelineArn: seeded.pipelineArn })
    )
    expect(imagePipeline?.name).toBe('Golden Image')
    const started = await startRun('a')
    expect(started.imageBuildVersionArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-image/1.0.0/1'
    )
  })

  it('refuses an ARN that breaks the model pattern, quoting the pattern', async () => {
    const failure = await rejectionOf(
      client.send(
        new ListWorkflowExecutionsCommand({
          imageBuildVersionArn:
            'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-image/1.0.0'
        })
      )
    )
    expect(failure).toEqual({
      name: 'InvalidParameterValueException',
      status: 400,
      message: `The value supplied for parameter 'imageBuildVersionArn' is not valid. 'imageBuildVersionArn' must match pattern ${IMAGE_BUILD_VERSION_PATTERN}`
    })
  })

  it('answers 404 ResourceNotFoundException for resources that do not exist, also in another region', async () => {
    const missing = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-image/1.0.0/9'
    expect(
      await rejectionOf(client.send(new GetImageCommand({ imageBuildVersionArn: missing })))
    ).toEqual({
      name: 'ResourceNotFoundException',
      status: 404,
      message: `The resource ${missing} does not exist.`
    })
    const elsewhere = harness.imagebuilder('eu-west-1', 1)
    const failure = await rejectionOf(
      elsewhere.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: seeded.pipelineArn,
          clientToken: 'x'
        })
      )
    )
    expect(failure.name).toBe('ResourceNotFoundException')
  })

  it('sends errors with only a message, the error name in x-amzn-ErrorType, and a request ID', async () => {
    const response = await rawImagebuilder(
      harness.emu,
      'GET',
      '/GetImagePipeline?imagePipelineArn=nope'
    )
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidParameterValueException')
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    expect(Object.keys(response.body)).toEqual(['message'])
  })
})

describe('client tokens', () => {
  it('returns the first response for a repeated token and starts no second build', async () => {
    const first = await startRun('same-token')
    const again = await startRun('same-token')
    expect(again.imageBuildVersionArn).toBe(first.imageBuildVersionArn)
    expect(again.clientToken).toBe('same-token')
    const { imageSummaryList = [] } = await client.send(new ListImageBuildVersionsCommand({}))
    expect(imageSummaryList).toHaveLength(1)
  })

  it('refuses a repeated token with different parameters', async () => {
    await startRun('same-token')
    const failure = await rejectionOf(startRun('same-token', { changed: 'yes' }))
    expect(failure).toMatchObject({ name: 'IdempotentParameterMismatchException', status: 400 })
  })

  it('requires a token of at most 64 characters', async () => {
    const failure = await rejectionOf(startRun('x'.repeat(65)))
    expect(failure).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
  })
})

describe('pagination', () => {
  beforeEach(() => {
    for (let index = 0; index < 30; index++)
      harness.emu.seedImage({ pipelineArn: seeded.pipelineArn })
  })

  it('pages by at most 25 with an opaque nextToken', async () => {
    const first = await client.send(new ListImageBuildVersionsCommand({}))
    expect(first.imageSummaryList).toHaveLength(25)
    expect(first.nextToken).toEqual(expect.any(String))
    const second = await client.send(
      new ListImageBuildVersionsCommand({ nextToken: first.nextToken })
    )
    expect(second.imageSummaryList?.map((summary) => summary.version)).toEqual([
      '1.0.0/26',
      '1.0.0/27',
      '1.0.0/28',
      '1.0.0/29',
      '1.0.0/30'
    ])
    expect(second.nextToken).toBeUndefined()
    const versions: string[] = []
    for await (const page of paginateListImageBuildVersions({ client, pageSize: 7 }, {})) {
      versions.push(...(page.imageSummaryList ?? []).map((summary) => summary.version ?? ''))
    }
    expect(versions).toHaveLength(30)
  })

  it('refuses a token it did not issue and maxResults above 25', async () => {
    expect(
      await rejectionOf(client.send(new ListImageBuildVersionsCommand({ nextToken: 'garbage' })))
    ).toMatchObject({
      name: 'InvalidPaginationTokenException',
      status: 400
    })
    expect(
      await rejectionOf(client.send(new ListImageBuildVersionsCommand({ maxResults: 26 })))
    ).toMatchObject({
      name: 'InvalidParameterValueException',
      status: 400
    })
  })
})

describe('GetImage with a version or wildcard ARN', () => {
  it('resolves to the newest AVAILABLE build, and 404 when there is none', async () => {
    const wildcard = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-image/x.x.x'
    expect(
      (await rejectionOf(client.send(new GetImageCommand({ imageBuildVersionArn: wildcard })))).name
    ).toBe('ResourceNotFoundException')
    harness.emu.seedImage({ pipelineArn: seeded.pipelineArn })
    harness.emu.seedImage({ pipelineArn: seeded.pipelineArn })
    harness.emu.seedImage({
      pipelineArn: seeded.pipelineArn,
      scenario: { failure: { kind: 'step', step: 'LaunchBuildInstance' } }
    })
    await startRun('running')

    for (const arn of [
      wildcard,
      wildcard.replace('x.x.x', '1.x.x'),
      wildcard.replace('x.x.x', '1.0.0')
    ]) {
      const { image, latestVersionReferences } = await client.send(
        new GetImageCommand({ imageBuildVersionArn: arn })
      )
      expect(image?.version).toBe('1.0.0/2')
      expect(image?.state?.status).toBe('AVAILABLE')
      expect(latestVersionReferences?.latestMinorVersionArn).toBe(
        wildcard.replace('x.x.x', '1.0.x')
      )
    }
    expect(
      (
        await rejectionOf(
          client.send(
            new GetImageCommand({ imageBuildVersionArn: wildcard.replace('x.x.x', '2.x.x') })
          )
        )
      ).name
    ).toBe('ResourceNotFoundException')
  })
})

describe('tags', () => {
  it('tags, lists and untags an image; the tag operations send no requestId', async () => {
    const { imageBuildVersionArn = '' } = await startRun('a', { team: 'platform' })
    await client.send(
      new TagResourceCommand({ resourceArn: imageBuildVersionArn, tags: { stage: 'beta' } })
    )
    await client.send(
      new UntagResourceCommand({ resourceArn: imageBuildVersionArn, tagKeys: ['team'] })
    )
    const listed = await client.send(
      new ListTagsForResourceCommand({ resourceArn: imageBuildVersionArn })
    )
    expect(listed.tags).toEqual({ stage: 'beta' })
    const raw = await rawImagebuilder(
      harness.emu,
      'GET',
      `/tags/${encodeURIComponent(imageBuildVersionArn)}`
    )
    expect(raw.body).toEqual({ tags: { stage: 'beta' } })
  })

  it('answers InvalidParameterException for a malformed ARN and 404 for an unknown one', async () => {
    expect(
      (await rejectionOf(client.send(new ListTagsForResourceCommand({ resourceArn: 'arn:nope' }))))
        .name
    ).toBe('InvalidParameterException')
    const unknown = seeded.pipelineArn.replace('golden-image', 'other')
    expect(
      await rejectionOf(client.send(new ListTagsForResourceCommand({ resourceArn: unknown })))
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      status: 404
    })
  })
})

describe('ListImageScanFindings', () => {
  it('reports findings of scanned images with epoch-second timestamps', async () => {
    const scanned = harness.emu.seedPipeline({
      name: 'scanned',
      scanningEnabled: true,
      scenario: {
        scanFindings: [
          {
            vulnerabilityId: 'CVE-2026-0001',
            severity: 'HIGH',
            packageName: 'openssl',
            fixedInVersion: '3.0.9'
          },
          { vulnerabilityId: 'CVE-2026-0002', severity: 'LOW' }
        ]
      }
    })
    const arn = harness.emu.seedImage({ pipelineArn: scanned.pipelineArn })
    const all = await client.send(
      new ListImageScanFindingsCommand({
        filters: [{ name: 'imageBuildVersionArn', values: [arn] }]
      })
    )
    expect(
      all.findings?.map((finding) => [
        finding.severity,
        finding.packageVulnerabilityDetails?.vulnerabilityId
      ])
    ).toEqual([
      ['HIGH', 'CVE-2026-0001'],
      ['LOW', 'CVE-2026-0002']
    ])
    expect(all.findings?.[0]?.firstObservedAt).toBeInstanceOf(Date)
    expect(all.findings?.[0]?.fixAvailable).toBe('YES')
    const raw = await rawImagebuilder(harness.emu, 'POST', '/ListImageScanFindings', { body: {} })
    const [first] = raw.body.findings as { firstObservedAt: unknown }[]
    expect(typeof first?.firstObservedAt).toBe('number')

    const high = await client.send(
      new ListImageScanFindingsCommand({ filters: [{ name: 'severity', values: ['HIGH'] }] })
    )
    expect(high.findings).toHaveLength(1)
  })

  it('accepts exactly one filter with exactly one value', async () => {
    const twoValues = client.send(
      new ListImageScanFindingsCommand({ filters: [{ name: 'severity', values: ['HIGH', 'LOW'] }] })
    )
    expect((await rejectionOf(twoValues)).name).toBe('InvalidParameterValueException')
    const twoFilters = client.send(
      new ListImageScanFindingsCommand({
        filters: [
          { name: 'severity', values: ['HIGH'] },
          { name: 'vulnerabilityId', values: ['CVE-1'] }
        ]
      })
    )
    expect((await rejectionOf(twoFilters)).name).toBe('InvalidParameterValueException')
  })
})
