import { afterEach, describe, expect, it } from '@jest/globals'
import {
  CreateImageCommand,
  GetComponentCommand,
  GetImageCommand,
  ListComponentsCommand,
  ListImageBuildVersionsCommand,
  ListImageRecipesCommand,
  ListImagesCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import type { EmulatorOptions } from '../../emulator/src/index.js'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'
import {
  clientToken,
  createComponent,
  createInfrastructure,
  createRecipe
} from './recipe-factories.js'

const IMAGES = 'arn:aws:imagebuilder:us-east-1:123456789012:image'

let harness: Harness
let client: ImagebuilderClient

async function start(options: Omit<EmulatorOptions, 'clock'> = {}): Promise<void> {
  harness = await startHarness(options)
  client = harness.imagebuilder('us-east-1', 1)
}

afterEach(async () => {
  await harness.close()
})

/** Builds recipe `name` at `version`, once per entry of `tags`; returns the image ARNs. */
async function buildImages(name: string, version: string, tags: Record<string, string>[]) {
  const imageRecipeArn = await createRecipe(client, {
    name,
    semanticVersion: version,
    parentImage: harness.emu.parentImageId('us-east-1'),
    components: [
      { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x' }
    ]
  })
  const infrastructureConfigurationArn = await createInfrastructure(client, {
    name: `${name}-${version.replace(/\./g, '-')}`
  })
  const arns = []
  for (const imageTags of tags) {
    const answer = await client.send(
      new CreateImageCommand({
        imageRecipeArn,
        infrastructureConfigurationArn,
        tags: imageTags,
        clientToken: clientToken()
      })
    )
    arns.push(answer.imageBuildVersionArn ?? '')
  }
  return arns
}

describe('ListImages and ListImageBuildVersions', () => {
  it('lists each image version once, every version with byName, and each build with its tags', async () => {
    await start()
    await buildImages('web', '1.0.0', [{ run: '1' }, { run: '2' }])
    await buildImages('web', '1.1.0', [{ run: '3' }])
    await buildImages('api', '2.0.0', [{ run: '4' }])

    const newest = await client.send(new ListImagesCommand({}))
    expect(newest.imageVersionList?.map((version) => version.arn)).toEqual([
      `${IMAGES}/web/1.1.0`,
      `${IMAGES}/api/2.0.0`
    ])
    expect(newest.imageVersionList?.[0]).toEqual({
      arn: `${IMAGES}/web/1.1.0`,
      name: 'web',
      type: 'AMI',
      version: '1.1.0',
      platform: 'Linux',
      osVersion: 'Amazon Linux 2023',
      owner: '123456789012',
      dateCreated: new Date(T0).toISOString(),
      buildType: 'USER_INITIATED',
      imageSource: 'CUSTOM'
    })
    const byName = await client.send(
      new ListImagesCommand({ byName: true, filters: [{ name: 'name', values: ['web'] }] })
    )
    expect(byName.imageVersionList?.map((version) => version.version)).toEqual(['1.0.0', '1.1.0'])

    const builds = await client.send(
      new ListImageBuildVersionsCommand({ imageVersionArn: `${IMAGES}/web/1.0.0` })
    )
    expect(builds.imageSummaryList?.map((summary) => [summary.version, summary.tags])).toEqual([
      ['1.0.0/1', { run: '1' }],
      ['1.0.0/2', { run: '2' }]
    ])
    const amazon = await client.send(new ListImagesCommand({ owner: 'Amazon' }))
    expect(amazon.imageVersionList).toEqual([])
  })

  it('pages image versions with maxResults and refuses a foreign nextToken', async () => {
    await start()
    for (const name of ['a-1', 'a-2', 'a-3']) await buildImages(name, '1.0.0', [{ run: name }])
    const first = await client.send(new ListImagesCommand({ maxResults: 2 }))
    expect(first.imageVersionList).toHaveLength(2)
    const second = await client.send(
      new ListImagesCommand({ maxResults: 2, nextToken: first.nextToken })
    )
    expect(second.imageVersionList?.map((version) => version.name)).toEqual(['a-3'])
    await expect(
      client.send(new ListImagesCommand({ byName: true, nextToken: first.nextToken }))
    ).rejects.toMatchObject({ name: 'InvalidPaginationTokenException' })
  })
})

describe('list lag', () => {
  it('keeps new resources out of lists until listLagMs has passed, while Get sees them at once', async () => {
    await start({ listLagMs: 120_000 })
    const componentArn = await createComponent(client)
    const [imageArn = ''] = await buildImages('web', '1.0.0', [{ run: '1' }])

    const listedNow = await Promise.all([
      client.send(new ListComponentsCommand({})),
      client.send(new ListImageRecipesCommand({})),
      client.send(new ListImagesCommand({})),
      client.send(new ListImageBuildVersionsCommand({ imageVersionArn: `${IMAGES}/web/1.0.0` }))
    ])
    expect(listedNow.map(countOf)).toEqual([0, 0, 0, 0])
    await expect(
      client.send(new GetComponentCommand({ componentBuildVersionArn: componentArn }))
    ).resolves.toMatchObject({ component: { arn: componentArn } })
    await expect(
      client.send(new GetImageCommand({ imageBuildVersionArn: imageArn }))
    ).resolves.toMatchObject({ image: { arn: imageArn } })

    harness.advance(120_000)
    const listedLater = await Promise.all([
      client.send(new ListComponentsCommand({})),
      client.send(new ListImageRecipesCommand({})),
      client.send(new ListImagesCommand({})),
      client.send(new ListImageBuildVersionsCommand({ imageVersionArn: `${IMAGES}/web/1.0.0` }))
    ])
    expect(listedLater.map(countOf)).toEqual([1, 1, 1, 1])
  })

  it('is off by default', async () => {
    await start()
    await createComponent(client)
    const { componentVersionList } = await client.send(new ListComponentsCommand({}))
    expect(componentVersionList).toHaveLength(1)
  })
})

function countOf(answer: {
  componentVersionList?: unknown[]
  imageRecipeSummaryList?: unknown[]
  imageVersionList?: unknown[]
  imageSummaryList?: unknown[]
}): number {
  return (
    answer.componentVersionList ??
    answer.imageRecipeSummaryList ??
    answer.imageVersionList ??
    answer.imageSummaryList ??
    []
  ).length
}
