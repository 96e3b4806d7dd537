/**
 * skip-if-unchanged's choice of an earlier build: same recipe, same parent AMI, and the same builds
 * of the components named by version or wildcard, which the image records in a tag.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ImagebuilderClient,
  ListImageBuildVersionsCommand,
  type ImageSummary
} from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { COMPONENT_VERSIONS_TAG, PARENT_AMI_TAG } from '../../src/domain/action-tags.js'
import { TAG_VALUE_MAX_LENGTH } from '../../src/inputs/aws-constraints.js'
import { componentVersionsTag } from '../../src/start/component-versions.js'
import { lastEquivalentImage } from '../../src/start/last-image.js'
import { ACCOUNT, aManagedComponent, aRecipePlan, PARENT_AMI, REGION } from './factories.js'

const imagebuilder = mockClient(ImagebuilderClient)
const client = new ImagebuilderClient({ region: REGION })
const IMAGE = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:image/golden-al2023/1.4.0`

function anImageBuild(build: number, tags: Record<string, string>): ImageSummary {
  return {
    arn: `${IMAGE}/${build}`,
    state: { status: 'AVAILABLE' },
    dateCreated: `2026-03-0${build}T03:17:00.000Z`,
    tags: { [PARENT_AMI_TAG]: PARENT_AMI, ...tags }
  }
}

function listing(...images: ImageSummary[]): void {
  imagebuilder.on(ListImageBuildVersionsCommand).resolves({ imageSummaryList: images })
}

beforeEach(() => {
  imagebuilder.reset()
})

afterAll(() => {
  imagebuilder.restore()
})

describe('lastEquivalentImage', () => {
  it('reuses the newest build whose parent and wildcard component builds are as now', async () => {
    const versions = componentVersionsTag(aRecipePlan())
    expect(versions).toEqual({ [COMPONENT_VERSIONS_TAG]: 'update-linux=1.0.2/1' })
    listing(anImageBuild(1, versions), anImageBuild(2, versions))

    expect(await lastEquivalentImage(client, aRecipePlan())).toEqual({
      kind: 'equivalent',
      imageArn: `${IMAGE}/2`
    })
    expect(imagebuilder.commandCalls(ListImageBuildVersionsCommand)[0]?.args[0].input).toEqual({
      imageVersionArn: IMAGE
    })
  })

  it('passes over the newest build when a wildcard component moved, and says from what to what', async () => {
    const before = componentVersionsTag(aRecipePlan())
    listing(anImageBuild(1, before))
    const now = aRecipePlan({ components: [aManagedComponent('1.0.3/1')] })

    expect(await lastEquivalentImage(client, now)).toEqual({
      kind: 'passed-over',
      passedOver: {
        imageArn: `${IMAGE}/1`,
        recorded: 'versions',
        moved: [{ name: 'update-linux', from: '1.0.2/1', to: '1.0.3/1' }]
      }
    })
  })

  it('names only the components that moved', async () => {
    const two = (cli: string) =>
      aRecipePlan({
        components: [aManagedComponent(), aManagedComponent(cli, 'aws-cli-version-2-linux')]
      })
    listing(anImageBuild(1, componentVersionsTag(two('1.0.4/1'))))

    const result = await lastEquivalentImage(client, two('1.0.5/1'))

    expect(result.kind === 'passed-over' && result.passedOver.moved).toEqual([
      { name: 'aws-cli-version-2-linux', from: '1.0.4/1', to: '1.0.5/1' }
    ])
  })

  it('reuses an older build that matches when the newest was built with another component build', async () => {
    listing(
      anImageBuild(1, componentVersionsTag(aRecipePlan())),
      anImageBuild(
        2,
        componentVersionsTag(aRecipePlan({ components: [aManagedComponent('1.0.3/1')] }))
      )
    )

    expect(await lastEquivalentImage(client, aRecipePlan())).toEqual({
      kind: 'equivalent',
      imageArn: `${IMAGE}/1`
    })
  })

  it('does not reuse an image that records no component builds while a component is a wildcard', async () => {
    listing(anImageBuild(1, {}))

    expect(await lastEquivalentImage(client, aRecipePlan())).toEqual({
      kind: 'passed-over',
      passedOver: {
        imageArn: `${IMAGE}/1`,
        recorded: 'nothing',
        moved: [{ name: 'update-linux', to: '1.0.2/1' }]
      }
    })
  })

  it('reuses an image without the record when every component names one build', async () => {
    listing(anImageBuild(1, {}))
    const fixed = aRecipePlan({
      components: [
        { ...aManagedComponent(), arn: aManagedComponent().resolvedArn, resolvedArn: undefined }
      ]
    })

    expect(await lastEquivalentImage(client, fixed)).toEqual({
      kind: 'equivalent',
      imageArn: `${IMAGE}/1`
    })
  })

  it('finds nothing when no AVAILABLE build has the same parent AMI', async () => {
    const versions = componentVersionsTag(aRecipePlan())
    listing(
      {
        ...anImageBuild(1, versions),
        tags: { ...versions, [PARENT_AMI_TAG]: 'ami-0fedcba9876543210' }
      },
      { ...anImageBuild(2, versions), state: { status: 'FAILED' } }
    )

    expect(await lastEquivalentImage(client, aRecipePlan())).toEqual({ kind: 'none' })
  })
})

describe('the component versions tag', () => {
  /** Twenty components with the longest names and versions Image Builder allows. */
  const crowded = (patch: number) =>
    aRecipePlan({
      components: Array.from({ length: 20 }, (_, index) =>
        aManagedComponent(
          `1073741823.1073741823.${patch}/${index + 1}`,
          `${String(index).padStart(2, '0')}${'n'.repeat(126)}`
        )
      )
    })

  it('falls back to a digest that fits a tag value, and still tells a move from none', async () => {
    const value = componentVersionsTag(crowded(1))[COMPONENT_VERSIONS_TAG] ?? ''
    expect(value).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(value.length).toBeLessThanOrEqual(TAG_VALUE_MAX_LENGTH)
    listing(anImageBuild(1, { [COMPONENT_VERSIONS_TAG]: value }))

    expect(await lastEquivalentImage(client, crowded(1))).toEqual({
      kind: 'equivalent',
      imageArn: `${IMAGE}/1`
    })
    const moved = await lastEquivalentImage(client, crowded(2))
    expect(moved.kind === 'passed-over' && moved.passedOver.recorded).toBe('digest')
  })

  it('is left off when no component is a version or wildcard', () => {
    expect(componentVersionsTag(aRecipePlan({ components: [] }))).toEqual({})
  })
})
