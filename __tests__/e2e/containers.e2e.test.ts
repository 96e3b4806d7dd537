/**
 * Container recipes end to end: the bundled action builds a container image from a local component
 * and a Dockerfile template, pushes it to ECR in two regions, and reports URIs, digests and tests.
 */
import { describe, expect, it } from '@jest/globals'
import { BUILD_REGION, plainText, summaryTable } from './helpers.js'
import { mutatingCalls, planOf, recipeWorldPerTest, SMOKE_TEST_DOCUMENT } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']
const REPOSITORY = 'golden/app'
const REGISTRY = (region: string): string => `123456789012.dkr.ecr.${region}.amazonaws.com`
const DOCKERFILE = `FROM {{{ imagebuilder:parentImage }}}
LABEL org.opencontainers.image.source=https://github.com/octo-org/golden-images
{{{ imagebuilder:environments }}}
{{{ imagebuilder:components }}}
`

/** A container build of `golden` in two regions, with a test component and a Dockerfile. */
function containerInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'image-type': 'container',
    'parent-image': 'amazonlinux:2023',
    components: 'nginx.yml\nsmoke.yml',
    'container-repository': REPOSITORY,
    dockerfile: 'Dockerfile.template',
    'container-tags': 'latest\nrelease-7',
    'distribution-regions': TWO_REGIONS.join(','),
    ...extra
  }
}

async function containerWorld() {
  const world = await startWorld()
  world.write('smoke.yml', SMOKE_TEST_DOCUMENT)
  world.write('Dockerfile.template', DOCKERFILE)
  for (const region of TWO_REGIONS) world.emu.createRepository(region, REPOSITORY)
  return world
}

describe('container recipes', () => {
  it('builds from a local component and a Dockerfile template and pushes to ECR in two regions', async () => {
    const { emu, run } = await containerWorld()

    const built = await run(containerInputs())

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(built.outputs.status).toBe('AVAILABLE')
    expect(built.outputs['ami-id']).toBe('')
    expect(built.outputs.amis).toBe('{}')
    const uris = JSON.parse(built.outputs['image-uris'] ?? '') as Record<string, string>
    expect(uris).toEqual({
      [BUILD_REGION]: `${REGISTRY(BUILD_REGION)}/${REPOSITORY}:1.0.0-1`,
      'eu-west-1': `${REGISTRY('eu-west-1')}/${REPOSITORY}:1.0.0-1`
    })
    expect(built.outputs['image-uri']).toBe(uris[BUILD_REGION])
    const digests = JSON.parse(built.outputs['image-digests'] ?? '') as Record<string, string>
    for (const region of TWO_REGIONS) {
      const pushed = emu.ecrStore.listImages(region, REPOSITORY)
      expect(pushed.map((image) => image.imageTags)).toEqual([['1.0.0-1', 'latest', 'release-7']])
      expect(digests[region]).toBe(pushed[0]?.imageDigest)
      expect(digests[region]).toMatch(/^sha256:[0-9a-f]{64}$/)
    }
    expect(mutatingCalls(emu)).toEqual([
      'CreateComponent',
      'CreateComponent',
      'CreateContainerRecipe',
      'CreateInfrastructureConfiguration',
      'CreateDistributionConfiguration',
      'CreateImage'
    ])
    const recipe = emu.requestsFor('CreateContainerRecipe')[0]?.input
    expect(recipe).toMatchObject({
      containerType: 'DOCKER',
      parentImage: 'amazonlinux:2023',
      dockerfileTemplateData: DOCKERFILE,
      targetRepository: { service: 'ECR', repositoryName: REPOSITORY }
    })
    expect(
      emu.requestsFor('CreateInfrastructureConfiguration')[0]?.input.instanceMetadataOptions
    ).toEqual({ httpTokens: 'required', httpPutResponseHopLimit: 2 })
    expect(emu.requestsFor('CreateImage')[0]?.input.containerRecipeArn).toBe(
      planOf(built).containerRecipe?.arn
    )
    expect(emu.requestsFor('DescribeRepositories').map((request) => request.region)).toEqual(
      expect.arrayContaining(TWO_REGIONS)
    )
    expect(summaryTable(built.summary, 'Container images')).toEqual(
      TWO_REGIONS.flatMap((region) =>
        ['1.0.0-1', 'latest', 'release-7'].map((tag) => [
          region,
          `${REGISTRY(region)}/${REPOSITORY}`,
          tag,
          digests[region]
        ])
      )
    )
    expect(plainText(built.summary)).not.toContain('### AMIs')
    const tests = JSON.parse(built.outputs['test-results'] ?? '') as {
      workflow: string
      step: string
      status: string
    }[]
    expect(tests.map(({ workflow, step, status }) => [workflow, step, status])).toEqual([
      ['test-container', 'LaunchTestInstance', 'COMPLETED'],
      ['test-container', 'BootstrapTestInstance', 'COMPLETED'],
      ['test-container', 'ApplyTestComponents', 'COMPLETED'],
      ['test-container', 'TerminateTestInstance', 'COMPLETED']
    ])
    expect(plainText(built.summary)).toContain('golden-smoke')
    expect(built.log.some((line) => line.includes('BootstrapBuildInstance'))).toBe(true)
  })

  it('reuses the container recipe and configurations on a rerun with the same inputs', async () => {
    const { emu, run } = await containerWorld()
    await run(containerInputs())
    const since = emu.requests.length

    const rerun = await run(containerInputs(), { GITHUB_RUN_ID: '4243' })

    expect(rerun.exitCode).toBe(0)
    expect(mutatingCalls(emu, since)).toEqual(['CreateImage'])
    const plan = planOf(rerun)
    expect(plan.containerRecipe).toMatchObject({ action: 'reuse', version: '1.0.0' })
    expect(rerun.outputs['image-uri']).toBe(`${REGISTRY(BUILD_REGION)}/${REPOSITORY}:1.0.0-2`)
  })

  it('plans a dry run without creating anything, having checked the repositories', async () => {
    const { emu, run } = await containerWorld()

    const planned = await run(containerInputs({ 'dry-run': 'true' }))

    expect(planned.exitCode).toBe(0)
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.requestsFor('DescribeRepositories')).toHaveLength(2)
    expect(planOf(planned).containerRecipe).toMatchObject({ action: 'create', version: '1.0.0' })
    expect(plainText(planned.summary)).toContain('| container recipe | golden | 1.0.0 | create |')
    expect(planned.outputs['image-uris']).toBe('{}')
  })

  it('skips an unchanged rebuild and still outputs the earlier image with its digests', async () => {
    const { emu, run } = await containerWorld()
    const first = await run(containerInputs())
    const since = emu.requests.length

    const skipped = await run(containerInputs({ 'skip-if-unchanged': 'true' }), {
      GITHUB_RUN_ID: '4243'
    })

    expect(skipped.exitCode).toBe(0)
    expect(mutatingCalls(emu, since)).toEqual([])
    expect(skipped.outputs['image-arn']).toBe(first.outputs['image-arn'])
    expect(skipped.outputs['image-digests']).toBe(first.outputs['image-digests'])
    expect(skipped.outputs['image-uris']).toBe(first.outputs['image-uris'])
  })

  it('fails the step with the failed test component when the image fails its tests', async () => {
    const { emu, run } = await containerWorld()
    emu.setNextBuildScenario({ failure: { kind: 'step', step: 'ApplyTestComponents' } })

    const failed = await run(containerInputs())

    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.status).toBe('FAILED')
    expect(failed.errors.join('\n')).toContain('golden-smoke')
    expect(plainText(failed.summary)).toContain('| golden-smoke | ❌ failed |')
    expect(failed.outputs['image-uris']).toBe('{}')
    expect(emu.ecrStore.listImages('eu-west-1', REPOSITORY)).toEqual([])
  })

  it('cancels a container build when timeout-minutes passes, as an AMI build', async () => {
    const { emu, run } = await containerWorld()
    // Recipe mode creates five resources before the start: on a loaded runner that can take
    // longer than a 1.8 s timeout, so the timeout is 6 s and the build stays BUILDING well past it.
    emu.setNextBuildScenario({ durations: { BUILDING: 600_000 } })

    const stopped = await run(containerInputs({ 'timeout-minutes': '0.1' }))

    expect(stopped.exitCode).toBe(1)
    expect(stopped.outputs.status).toBe('CANCELLED')
    expect(emu.requestsFor('CancelImageCreation')).toHaveLength(1)
    expect(stopped.errors[0]).toContain('The timeout passed before the build ended')
    expect(stopped.outputs['image-uris']).toBe('{}')
    expect(plainText(stopped.summary)).toContain(
      '### Container images\nNone: the build was cancelled before it pushed an image.'
    )
  })

  it('refuses a repository that does not exist, naming region and repository, with nothing created', async () => {
    const { emu, run } = await startWorld()
    emu.createRepository(BUILD_REGION, REPOSITORY)

    const refused = await run({
      'image-type': 'container',
      'parent-image': 'amazonlinux:2023',
      components: 'nginx.yml',
      'container-repository': REPOSITORY,
      'distribution-regions': TWO_REGIONS.join(',')
    })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(
      `Input 'container-repository': ECR repository ${REPOSITORY} does not exist in eu-west-1`
    )
    expect(mutatingCalls(emu)).toEqual([])
  })

  it('runs an AMI build and a container build as two legs of one matrix job', async () => {
    const { emu, run, parent } = await containerWorld()
    // Both legs are the same step of the same job and run: only their inputs differ.
    const job = { GITHUB_JOB: 'images' }

    const [ami, container] = await Promise.all([
      run({ name: 'golden-ami', 'parent-image': parent }, job),
      run(containerInputs({ name: 'golden-app' }), job)
    ])

    expect(ami.exitCode).toBe(0)
    expect(container.exitCode).toBe(0)
    expect(ami.outputs['ami-id']).toMatch(/^ami-/)
    expect(ami.outputs['image-uris']).toBe('{}')
    expect(container.outputs['ami-id']).toBe('')
    expect(container.outputs['image-uri']).toBe(`${REGISTRY(BUILD_REGION)}/${REPOSITORY}:1.0.0-1`)
    const started = emu.requestsFor('CreateImage').map((request) => request.input)
    expect(started.map((input) => input.imageRecipeArn ?? input.containerRecipeArn)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(':image-recipe/golden-ami/'),
        expect.stringContaining(':container-recipe/golden-app/')
      ])
    )
    expect(new Set(started.map((input) => input.clientToken)).size).toBe(2)
  })
})
