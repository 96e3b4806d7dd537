import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetImageRecipeCommand,
  ListImageRecipesCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { startHarness, type Harness } from './imagebuilder-harness.js'
import { componentDocument, createComponent, createRecipe } from './recipe-factories.js'
import { rejectionOf } from './sdk-transport.js'

const RECIPES = 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe'
const UPDATE_LINUX = 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x'

let harness: Harness
let client: ImagebuilderClient
let parentImage: string

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
  parentImage = harness.emu.parentImageId('us-east-1')
})

afterEach(async () => {
  await harness.close()
})

describe('CreateImageRecipe', () => {
  it('stores the recipe with its components, platform from the parent image', async () => {
    const tests = await createComponent(client, {
      name: 'web-tests',
      data: componentDocument('test')
    })
    const arn = await createRecipe(client, {
      name: 'Web Server',
      parentImage,
      components: [
        { componentArn: UPDATE_LINUX },
        { componentArn: tests },
        {
          componentArn: await createComponent(client, {
            data: componentDocument('build', 'Run', 'parameters:\n  - Port:\n      type: string')
          }),
          parameters: [{ name: 'Port', value: ['8080'] }]
        }
      ],
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { volumeSize: 20, volumeType: 'gp3' } }
      ],
      workingDirectory: '/tmp',
      tags: { team: 'web' }
    })
    expect(arn).toBe(`${RECIPES}/web-server/1.0.0`)
    const { imageRecipe } = await client.send(new GetImageRecipeCommand({ imageRecipeArn: arn }))
    expect(imageRecipe).toMatchObject({
      name: 'Web Server',
      version: '1.0.0',
      platform: 'Linux',
      parentImage,
      workingDirectory: '/tmp',
      tags: { team: 'web' },
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, volumeType: 'gp3' } }]
    })
    expect(imageRecipe?.components?.[2]?.parameters).toEqual([{ name: 'Port', value: ['8080'] }])
  })

  it('refuses a name and version that exist with the message AWS gives', async () => {
    await createRecipe(client, { parentImage })
    const failure = await rejectionOf(createRecipe(client, { parentImage }))
    expect(failure).toEqual({
      name: 'ResourceAlreadyExistsException',
      status: 400,
      message: `The following resource 'ImageRecipe' already exists: '${RECIPES}/web/1.0.0'.`
    })
  })

  it('counts a wildcard version up from the highest matching one', async () => {
    const versions = []
    for (let round = 0; round < 3; round++) {
      const arn = await createRecipe(client, { parentImage, semanticVersion: '2.0.x' })
      versions.push(arn.split('/').at(-1))
    }
    expect(versions).toEqual(['2.0.0', '2.0.1', '2.0.2'])
    const invalid = await rejectionOf(
      createRecipe(client, { parentImage, semanticVersion: 'x.1.x' })
    )
    expect(invalid.name).toBe('InvalidVersionNumberException')
  })

  it('needs a build component, existing components and declared parameters', async () => {
    const testOnly = await createComponent(client, {
      name: 'only-tests',
      data: componentDocument('test')
    })
    const noBuild = await rejectionOf(
      createRecipe(client, { parentImage, components: [{ componentArn: testOnly }] })
    )
    expect(noBuild.message).toMatch(/at least one build component/)
    const missing = await rejectionOf(
      createRecipe(client, {
        parentImage,
        components: [
          { componentArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/nothing/1.0.0' }
        ]
      })
    )
    expect(missing.message).toMatch(/does not exist in us-east-1/)
    const undeclared = await rejectionOf(
      createRecipe(client, {
        parentImage,
        components: [{ componentArn: UPDATE_LINUX, parameters: [{ name: 'Nope', value: ['1'] }] }]
      })
    )
    expect(undeclared.message).toMatch(/declares no parameter named 'Nope'/)
    const windowsOnLinux = await rejectionOf(
      createRecipe(client, {
        parentImage,
        components: [
          { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-windows/x.x.x' }
        ]
      })
    )
    expect(windowsOnLinux.message).toMatch(/is for Windows, but the parent image is Linux/)
  })

  it('accepts an ssm: parent that holds an AMI of the region, and refuses one that does not exist', async () => {
    harness.emu.putParameter('us-east-1', '/golden/base', parentImage)
    const arn = await createRecipe(client, { parentImage: 'ssm:/golden/base' })
    const { imageRecipe } = await client.send(new GetImageRecipeCommand({ imageRecipeArn: arn }))
    expect(imageRecipe?.parentImage).toBe('ssm:/golden/base')
    const missing = await rejectionOf(
      createRecipe(client, { name: 'other', parentImage: 'ssm:/golden/missing' })
    )
    expect(missing.message).toMatch(/SSM parameter \/golden\/missing .* does not exist/)
    const foreignAmi = await rejectionOf(
      createRecipe(client, { name: 'other', parentImage: harness.emu.parentImageId('eu-west-1') })
    )
    expect(foreignAmi.message).toMatch(/not an available AMI in us-east-1/)
  })

  it('takes an AWS-managed image ARN as parent and derives Windows from it', async () => {
    const arn = await createRecipe(client, {
      parentImage:
        'arn:aws:imagebuilder:us-east-1:aws:image/windows-server-2022-english-full-base-x86/x.x.x',
      components: [
        { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-windows/x.x.x' }
      ]
    })
    const { imageRecipe } = await client.send(new GetImageRecipeCommand({ imageRecipeArn: arn }))
    expect(imageRecipe?.platform).toBe('Windows')
  })
})

describe('ListImageRecipes', () => {
  it('filters by name and pages with nextToken', async () => {
    for (const name of ['alpha', 'beta', 'gamma']) await createRecipe(client, { name, parentImage })
    const filtered = await client.send(
      new ListImageRecipesCommand({ filters: [{ name: 'name', values: ['beta'] }] })
    )
    expect(filtered.imageRecipeSummaryList?.map((summary) => summary.arn)).toEqual([
      `${RECIPES}/beta/1.0.0`
    ])
    const first = await client.send(new ListImageRecipesCommand({ maxResults: 2 }))
    const second = await client.send(
      new ListImageRecipesCommand({ maxResults: 2, nextToken: first.nextToken })
    )
    expect(
      [...(first.imageRecipeSummaryList ?? []), ...(second.imageRecipeSummaryList ?? [])].map(
        (summary) => summary.name
      )
    ).toEqual(['alpha', 'beta', 'gamma'])
    expect(second.nextToken).toBeUndefined()
    const amazon = await client.send(new ListImageRecipesCommand({ owner: 'Amazon' }))
    expect(amazon.imageRecipeSummaryList).toEqual([])
  })
})
