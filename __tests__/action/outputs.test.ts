import { describe, expect, it } from '@jest/globals'
import { buildOutputs } from '../../src/report/outputs.js'
import {
  ACCOUNT as BUILD_ACCOUNT,
  anAmi,
  aRecord,
  aSnapshot,
  aStep,
  aWorkflow,
  IMAGE_ARN,
  iso,
  OTHER_ACCOUNT
} from './factories.js'

const euWest1 = anAmi({ region: 'eu-west-1', imageId: 'ami-0aaaaaaaaaaaaaaa1' })
const usEast1 = anAmi({ region: 'us-east-1', imageId: 'ami-0bbbbbbbbbbbbbbb2' })
const shared = anAmi({
  region: 'eu-west-1',
  imageId: 'ami-0ccccccccccccccc3',
  accountId: OTHER_ACCOUNT
})

const availableWith = (amis = [euWest1, usEast1]) =>
  aRecord({
    snapshot: aSnapshot({ status: 'AVAILABLE', image: { amis } }),
    ending: { kind: 'ended' }
  })

describe('buildOutputs', () => {
  it('sets the image ARN, version and status', () => {
    expect(buildOutputs(availableWith())).toMatchObject({
      'image-arn': IMAGE_ARN,
      'image-version': '1.4.0/3',
      status: 'AVAILABLE'
    })
  })

  it('maps regions to the AMIs of the build account only', () => {
    const outputs = buildOutputs(availableWith([shared, euWest1, usEast1]))
    expect(JSON.parse(outputs.amis)).toEqual({
      'eu-west-1': euWest1.imageId,
      'us-east-1': usEast1.imageId
    })
  })

  it('keeps every account in output-resources, exactly as Image Builder reported it', () => {
    const record = availableWith([shared, euWest1])
    const resources = JSON.parse(buildOutputs(record)['output-resources']) as unknown
    expect(resources).toEqual(record.snapshot?.image.outputResources)
    expect(JSON.stringify(resources)).toContain(OTHER_ACCOUNT)
  })

  it('counts AMIs that name no account as the build account', () => {
    const unnamed = anAmi({
      region: 'eu-central-1',
      imageId: 'ami-0ddddddddddddddd4',
      accountId: undefined
    })
    expect(JSON.parse(buildOutputs(availableWith([unnamed])).amis)).toEqual({
      'eu-central-1': unnamed.imageId
    })
  })

  it('maps every account to its AMI in each region, the build account included', () => {
    const sharedUs = anAmi({
      region: 'us-east-1',
      imageId: 'ami-0fffffffffffffff6',
      accountId: OTHER_ACCOUNT
    })
    const outputs = buildOutputs(availableWith([euWest1, shared, usEast1, sharedUs]))
    expect(JSON.parse(outputs['account-amis'])).toEqual({
      [BUILD_ACCOUNT]: { 'eu-west-1': euWest1.imageId, 'us-east-1': usEast1.imageId },
      [OTHER_ACCOUNT]: { 'eu-west-1': shared.imageId, 'us-east-1': sharedUs.imageId }
    })
    expect(JSON.parse(outputs.amis)).toEqual({
      'eu-west-1': euWest1.imageId,
      'us-east-1': usEast1.imageId
    })
  })

  it("puts an AMI that names no account under the build account, read from the image's ARN", () => {
    const unnamed = anAmi({
      region: 'eu-central-1',
      imageId: 'ami-0ddddddddddddddd4',
      accountId: undefined
    })
    expect(JSON.parse(buildOutputs(availableWith([unnamed]))['account-amis'])).toEqual({
      [BUILD_ACCOUNT]: { 'eu-central-1': unnamed.imageId }
    })
  })

  it('sets ami-id to the AMI in the build region', () => {
    expect(buildOutputs(availableWith([usEast1, euWest1]))['ami-id']).toBe(euWest1.imageId)
  })

  it('sets ami-id to the first AMI when the build region received none', () => {
    const apSoutheast2 = anAmi({ region: 'ap-southeast-2', imageId: 'ami-0eeeeeeeeeeeeeee5' })
    expect(buildOutputs(availableWith([usEast1, apSoutheast2]))['ami-id']).toBe(usEast1.imageId)
  })

  it("does not take another account's AMI in the build region for ami-id", () => {
    expect(buildOutputs(availableWith([shared, usEast1]))['ami-id']).toBe(usEast1.imageId)
  })

  it('lists one test result per step of every TEST workflow, omitting times not known yet', () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'TESTING',
        workflows: [
          aWorkflow({ name: 'build-image', steps: [aStep({ name: 'LaunchBuildInstance' })] }),
          aWorkflow({
            name: 'test-image',
            status: 'RUNNING',
            steps: [
              aStep({
                name: 'LaunchTestInstance',
                action: 'LaunchInstance',
                status: 'COMPLETED',
                startTime: iso('19:19:11'),
                endTime: iso('19:20:02')
              }),
              aStep({
                name: 'ApplyTestComponents',
                action: 'ExecuteComponents',
                status: 'RUNNING',
                message: 'Running test phase',
                startTime: iso('19:20:03')
              })
            ]
          })
        ]
      })
    })

    expect(JSON.parse(buildOutputs(record)['test-results'])).toEqual([
      {
        workflow: 'test-image',
        step: 'LaunchTestInstance',
        action: 'LaunchInstance',
        status: 'COMPLETED',
        startTime: '2026-11-23T19:19:11.000Z',
        endTime: '2026-11-23T19:20:02.000Z'
      },
      {
        workflow: 'test-image',
        step: 'ApplyTestComponents',
        action: 'ExecuteComponents',
        status: 'RUNNING',
        message: 'Running test phase',
        startTime: '2026-11-23T19:20:03.000Z'
      }
    ])
  })

  it('sets test-results to [] when no test stage ran', () => {
    const record = aRecord({
      snapshot: aSnapshot({ workflows: [aWorkflow({ steps: [aStep()] })] })
    })
    expect(buildOutputs(record)['test-results']).toBe('[]')
  })

  it('sets every output, with empty JSON, before anything was seen', () => {
    expect(buildOutputs(aRecord({ imageArn: undefined }))).toEqual({
      'image-arn': '',
      'image-version': '',
      status: '',
      'ami-id': '',
      amis: '{}',
      'account-amis': '{}',
      'output-resources': '{"amis":[]}',
      'test-results': '[]',
      'scan-findings': '{}',
      plan: '',
      'test-report': '',
      'release-notes': '',
      'image-uri': '',
      'image-uris': '{}',
      'image-digests': '{}'
    })
  })

  it('gives the path of the test report once it was written', () => {
    expect(
      buildOutputs(aRecord(), '/runner/temp/imagebuilder-test-report-image.xml')['test-report']
    ).toBe('/runner/temp/imagebuilder-test-report-image.xml')
  })

  it('reports PENDING for a build that started but was not seen yet', () => {
    expect(buildOutputs(aRecord())['status']).toBe('PENDING')
  })

  it('reports the last status seen when the action stopped waiting', () => {
    const record = aRecord({
      snapshot: aSnapshot({ status: 'BUILDING' }),
      ending: { kind: 'aborted', by: 'timeout', cancel: 'unconfirmed' }
    })
    expect(buildOutputs(record)['status']).toBe('BUILDING')
  })

  it('sets scan-findings to the counts by severity', () => {
    const record = aRecord({ scanFindings: { HIGH: 2, LOW: 7 } })
    expect(JSON.parse(buildOutputs(record)['scan-findings'])).toEqual({ HIGH: 2, LOW: 7 })
  })
})

describe('container image outputs', () => {
  const registry = (region: string) => `111122223333.dkr.ecr.${region}.amazonaws.com`
  const digest = `sha256:${'d'.repeat(64)}`
  const containerSnapshot = aSnapshot({
    status: 'AVAILABLE',
    image: {
      imageType: 'DOCKER',
      outputResources: {
        amis: [],
        containers: [
          { region: 'us-east-1', imageUris: [`${registry('us-east-1')}/app:1.0.0-1`] },
          {
            region: 'eu-west-1',
            imageUris: [
              `${registry('eu-west-1')}/app:1.0.0-1`,
              `${registry('eu-west-1')}/app:latest`
            ]
          }
        ]
      }
    }
  })

  it('gives the URIs as Image Builder lists them, and no digest before ECR was asked', () => {
    const outputs = buildOutputs(aRecord({ snapshot: containerSnapshot }))

    expect(outputs['image-uri']).toBe(`${registry('eu-west-1')}/app:1.0.0-1`)
    expect(JSON.parse(outputs['image-uris'])).toEqual({
      'us-east-1': `${registry('us-east-1')}/app:1.0.0-1`,
      'eu-west-1': `${registry('eu-west-1')}/app:1.0.0-1`
    })
    expect(outputs['image-digests']).toBe('{}')
    expect(outputs['ami-id']).toBe('')
  })

  it('gives each region digest once ECR was read', () => {
    const outputs = buildOutputs(
      aRecord({
        snapshot: containerSnapshot,
        containerImages: ['us-east-1', 'eu-west-1'].map((region) => ({
          region,
          uri: `${registry(region)}/app:1.0.0-1`,
          registry: registry(region),
          repositoryName: 'app',
          tag: '1.0.0-1',
          digest
        }))
      })
    )

    expect(JSON.parse(outputs['image-digests'])).toEqual({
      'us-east-1': digest,
      'eu-west-1': digest
    })
  })
})
