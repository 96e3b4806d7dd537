/** The emulator's container recipes, container builds and ECR, through the real SDK clients. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr'
import {
  CreateContainerRecipeCommand,
  type CreateContainerRecipeRequest,
  CreateImageCommand,
  DeleteContainerRecipeCommand,
  GetContainerRecipeCommand,
  GetImageCommand,
  type ImagebuilderClient,
  ListContainerRecipesCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand
} from '@aws-sdk/client-imagebuilder'
import { startHarness, type Harness } from './imagebuilder-harness.js'
import {
  clientToken,
  componentDocument,
  createComponent,
  createDistribution,
  createInfrastructure
} from './recipe-factories.js'
import { rejectionOf } from './sdk-transport.js'

const TEMPLATE = 'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:components }}}\n'
const REGIONS = ['us-east-1', 'eu-west-1']

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
})

afterEach(async () => {
  await harness.close()
})

function ecr(region: string): ECRClient {
  return new ECRClient({
    region,
    endpoint: harness.emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    maxAttempts: 1
  })
}

async function createContainerRecipe(
  request: Partial<CreateContainerRecipeRequest> = {}
): Promise<string> {
  const components = request.components ?? [
    { componentArn: await createComponent(client) },
    {
      componentArn: await createComponent(client, {
        name: 'smoke',
        data: componentDocument('test', 'Smoke')
      })
    }
  ]
  const answer = await client.send(
    new CreateContainerRecipeCommand({
      containerType: 'DOCKER',
      name: 'app',
      semanticVersion: '1.0.0',
      parentImage: 'amazonlinux:2023',
      dockerfileTemplateData: TEMPLATE,
      targetRepository: { service: 'ECR', repositoryName: 'app' },
      clientToken: clientToken(),
      ...request,
      components
    })
  )
  return answer.containerRecipeArn ?? ''
}

async function startContainerBuild(): Promise<string> {
  const containerRecipeArn = await createContainerRecipe()
  const distributionConfigurationArn = await createDistribution(client, {
    distributions: REGIONS.map((region) => ({
      region,
      containerDistributionConfiguration: {
        targetRepository: { service: 'ECR', repositoryName: 'app' },
        containerTags: ['latest']
      }
    }))
  })
  const { imageBuildVersionArn } = await client.send(
    new CreateImageCommand({
      containerRecipeArn,
      infrastructureConfigurationArn: await createInfrastructure(client),
      distributionConfigurationArn,
      clientToken: clientToken()
    })
  )
  return imageBuildVersionArn ?? ''
}

describe('container recipes', () => {
  it('creates, gets, lists and deletes a container recipe', async () => {
    const arn = await createContainerRecipe()
    expect(arn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:container-recipe/app/1.0.0')

    const { containerRecipe } = await client.send(
      new GetContainerRecipeCommand({ containerRecipeArn: arn })
    )
    expect(containerRecipe).toMatchObject({
      arn,
      containerType: 'DOCKER',
      platform: 'Linux',
      parentImage: 'amazonlinux:2023',
      dockerfileTemplateData: TEMPLATE,
      targetRepository: { service: 'ECR', repositoryName: 'app' }
    })
    const listed = await client.send(
      new ListContainerRecipesCommand({ filters: [{ name: 'name', values: ['app'] }] })
    )
    expect(listed.containerRecipeSummaryList?.map((summary) => summary.arn)).toEqual([arn])

    await client.send(new DeleteContainerRecipeCommand({ containerRecipeArn: arn }))
    const gone = await rejectionOf(
      client.send(new GetContainerRecipeCommand({ containerRecipeArn: arn }))
    )
    expect(gone).toMatchObject({ name: 'ResourceNotFoundException' })
  })

  it('refuses a second recipe of the same name and version, and one without a template', async () => {
    await createContainerRecipe()
    const again = await rejectionOf(createContainerRecipe())
    expect(again).toMatchObject({ name: 'ResourceAlreadyExistsException' })
    const noTemplate = await rejectionOf(
      createContainerRecipe({ semanticVersion: '1.0.1', dockerfileTemplateData: undefined })
    )
    expect(noTemplate).toMatchObject({ name: 'InvalidRequestException' })
  })
})

describe('container builds', () => {
  it('runs build-container and test-container and pushes the image to ECR in every region', async () => {
    for (const region of REGIONS) harness.emu.createRepository(region, 'app')
    const imageArn = await startContainerBuild()
    harness.advance(60_000)

    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn }))
    expect(image?.type).toBe('DOCKER')
    expect(image?.state?.status).toBe('AVAILABLE')
    expect(image?.imageRecipe).toBeUndefined()
    expect(image?.containerRecipe?.arn).toMatch(/container-recipe\/app\/1\.0\.0$/)
    expect(image?.outputResources?.amis).toEqual([])
    expect(image?.outputResources?.containers).toEqual(
      REGIONS.map((region) => ({
        region,
        imageUris: ['1.0.0-1', 'latest'].map(
          (tag) => `123456789012.dkr.ecr.${region}.amazonaws.com/app:${tag}`
        )
      }))
    )
    const workflows = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: imageArn })
    )
    expect(
      workflows.workflowExecutions?.map((workflow) => workflow.workflowBuildVersionArn)
    ).toEqual([
      'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-container/1.0.1/1',
      'arn:aws:imagebuilder:us-east-1:aws:workflow/test/test-container/1.0.1/1'
    ])
    const buildSteps = await client.send(
      new ListWorkflowStepExecutionsCommand({
        workflowExecutionId: workflows.workflowExecutions?.[0]?.workflowExecutionId
      })
    )
    expect(buildSteps.steps?.map((step) => [step.name, step.action])).toEqual([
      ['LaunchBuildInstance', 'LaunchInstance'],
      ['BootstrapBuildInstance', 'BootstrapInstanceForContainer'],
      ['ApplyBuildComponents', 'ExecuteComponents']
    ])
    const digests = new Set<string>()
    for (const region of REGIONS) {
      const { imageDetails } = await ecr(region).send(
        new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'latest' }] })
      )
      expect(imageDetails?.[0]?.imageTags).toEqual(['1.0.0-1', 'latest'])
      digests.add(imageDetails?.[0]?.imageDigest ?? '')
    }
    expect([...digests]).toHaveLength(1)
    expect([...digests][0]).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('fails distribution to a region whose repository did not exist when the build started', async () => {
    harness.emu.createRepository('us-east-1', 'app')
    const imageArn = await startContainerBuild()
    harness.advance(60_000)

    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn }))
    expect(image?.state?.status).toBe('FAILED')
    expect(image?.state?.reason).toContain("The repository with name 'app' does not exist")
    expect(image?.state?.reason).toContain('eu-west-1')
  })
})

describe('ECR', () => {
  it('describes the repositories seeded in a region, and only there', async () => {
    harness.emu.createRepository('eu-west-1', 'golden/app')
    const { repositories } = await ecr('eu-west-1').send(
      new DescribeRepositoriesCommand({ repositoryNames: ['golden/app'] })
    )
    expect(repositories).toEqual([
      expect.objectContaining({
        repositoryName: 'golden/app',
        registryId: '123456789012',
        repositoryArn: 'arn:aws:ecr:eu-west-1:123456789012:repository/golden/app',
        repositoryUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/golden/app',
        createdAt: expect.any(Date) as unknown as Date
      })
    ])
    const elsewhere = await rejectionOf(
      ecr('us-east-1').send(new DescribeRepositoriesCommand({ repositoryNames: ['golden/app'] }))
    )
    expect(elsewhere).toMatchObject({
      name: 'RepositoryNotFoundException',
      message:
        "The repository with name 'golden/app' does not exist in the registry with id '123456789012'"
    })
  })

  it('refuses a repository name outside the pattern, and an image that is not there', async () => {
    harness.emu.createRepository('eu-west-1', 'app')
    const badName = await rejectionOf(
      ecr('eu-west-1').send(new DescribeRepositoriesCommand({ repositoryNames: ['App'] }))
    )
    expect(badName).toMatchObject({ name: 'InvalidParameterException' })
    const noImage = await rejectionOf(
      ecr('eu-west-1').send(
        new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'latest' }] })
      )
    )
    expect(noImage).toMatchObject({ name: 'ImageNotFoundException' })
  })
})
