/**
 * Careless and hostile inputs that AWS would refuse, or that would leak a file of the runner, are
 * refused by name before anything is created: the emulator's resources are listed before and after
 * each refused run and are the same.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import {
  ImagebuilderClient,
  ListComponentsCommand,
  ListDistributionConfigurationsCommand,
  ListImageRecipesCommand,
  ListInfrastructureConfigurationsCommand
} from '@aws-sdk/client-imagebuilder'
import type { Emulator } from '../../emulator/src/index.js'
import { BUILD_REGION, emulatorPerTest, plainText, runStep, summaryTable } from './helpers.js'
import { mutatingCalls, NGINX_DOCUMENT, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const startPipelineWorld = emulatorPerTest()

/** The names of every resource this account owns in the build region, as AWS lists them. */
async function resources(emu: Emulator): Promise<string[]> {
  const client = new ImagebuilderClient({
    region: BUILD_REGION,
    endpoint: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
  })
  try {
    const components = await client.send(new ListComponentsCommand({ owner: 'Self' }))
    const recipes = await client.send(new ListImageRecipesCommand({ owner: 'Self' }))
    const infrastructure = await client.send(new ListInfrastructureConfigurationsCommand({}))
    const distributions = await client.send(new ListDistributionConfigurationsCommand({}))
    return [
      ...(components.componentVersionList ?? []).map((item) => `component ${item.arn}`),
      ...(recipes.imageRecipeSummaryList ?? []).map((item) => `recipe ${item.arn}`),
      ...(infrastructure.infrastructureConfigurationSummaryList ?? []).map(
        (item) => `infrastructure ${item.arn}`
      ),
      ...(distributions.distributionConfigurationSummaryList ?? []).map(
        (item) => `distribution ${item.arn}`
      )
    ].sort()
  } finally {
    client.destroy()
  }
}

describe('component paths stay inside the checkout', () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'))
  writeFileSync(join(outside, 'secret.yml'), NGINX_DOCUMENT)

  it.each([
    ['an absolute path outside', join(outside, 'secret.yml'), /outside the repository checkout/],
    ['a `..` escape', `sub/../../${'x'.repeat(3)}.yml`, /outside the repository checkout/],
    ['a symbolic link out', 'link.yml', /symbolic link to .*outside the repository checkout/],
    ['/etc/passwd through `..`', '../../../../../../../../etc/passwd', /outside the repository/]
  ])('refuses %s by name before reading it or creating anything', async (_case, path, message) => {
    const { emu, run, workspace } = await startWorld()
    symlinkSync(join(outside, 'secret.yml'), join(workspace, 'link.yml'))
    const before = await resources(emu)

    const refused = await run({ components: `update-linux\n${path}` })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(/^Input 'components': /)
    expect(refused.errors[0]).toContain(path)
    expect(refused.errors[0]).toMatch(message)
    expect(mutatingCalls(emu)).toEqual([])
    expect(await resources(emu)).toEqual(before)
  })

  it('still reads a component through a symbolic link that stays inside', async () => {
    const { emu, run, workspace } = await startWorld()
    symlinkSync(join(workspace, 'nginx.yml'), join(workspace, 'inside.yml'))

    const built = await run({ components: 'update-linux\ninside.yml', 'dry-run': 'true' })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(mutatingCalls(emu)).toEqual([])
  })
})

describe('two files that would become one component', () => {
  it('is an input error naming both paths, before anything is created', async () => {
    const { emu, run, workspace } = await startWorld()
    mkdirSync(join(workspace, 'a'))
    mkdirSync(join(workspace, 'b'))
    writeFileSync(join(workspace, 'a', 'hardening.yml'), NGINX_DOCUMENT)
    writeFileSync(join(workspace, 'b', 'hardening.yml'), NGINX_DOCUMENT)
    const before = await resources(emu)

    const refused = await run({ components: 'a/hardening.yml\nb/hardening.yml' })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(/^Input 'components': /)
    expect(refused.errors[0]).toContain('a/hardening.yml')
    expect(refused.errors[0]).toContain('b/hardening.yml')
    expect(refused.errors[0]).toContain('golden-hardening')
    expect(mutatingCalls(emu)).toEqual([])
    expect(await resources(emu)).toEqual(before)
  })
})

describe('an ARN that names nothing', () => {
  it('image-arn of an image that does not exist fails at once, naming image-arn', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const missing = pipeline.pipelineArn.replace(':image-pipeline/', ':image/').concat('/9.9.9/1')
    const startedAt = Date.now()

    const refused = await runStep(emu, { 'image-arn': missing })

    expect(Date.now() - startedAt).toBeLessThan(10_000)
    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      `Input 'image-arn': ${missing} does not exist in ${BUILD_REGION}, or this role cannot see it; give the ARN of an image build`
    ])
    expect(emu.requestsFor('GetImage')).toHaveLength(1)
    expect(refused.log.join('\n')).not.toMatch(/PENDING|Lost contact|Following image build/)
    expect(refused.outputs['image-arn'] ?? '').toBe('')
    expect(mutatingCalls(emu)).toEqual([])
  })

  it('pipeline-arn of a pipeline that does not exist fails at once, naming pipeline-arn', async () => {
    const { emu, pipeline } = await startPipelineWorld()
    const missing = pipeline.pipelineArn.replace('/golden', '/missing')

    const refused = await runStep(emu, { 'pipeline-arn': missing })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      `Input 'pipeline-arn': ${missing} does not exist in its region, or this role cannot see it`
    ])
    expect(emu.requestsFor('StartImagePipelineExecution')).toHaveLength(1)
    expect(mutatingCalls(emu)).toEqual([])
  })
})

describe('inputs of another mode', () => {
  it.each([
    ['image-tests', 'false'],
    ['image-scanning', 'true'],
    ['instance-profile', 'BuilderRole'],
    ['components', 'update-linux']
  ])('refuses %s with pipeline-arn, by name, before any call', async (input, value) => {
    const { emu, pipeline } = await startPipelineWorld()

    const refused = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn, [input]: value })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      `Input '${input}': is a recipe-mode input and cannot be used with pipeline-arn: the pipeline's own configuration decides it`
    ])
    expect(emu.requests).toEqual([])
  })
})

describe('no credentials at all', () => {
  it.each(['pipeline-arn', 'image-arn'])(
    'with %s: says so and points at configure-aws-credentials, within seconds and with no call made',
    async (input) => {
      const { emu, pipeline } = await startPipelineWorld()
      const arn =
        input === 'pipeline-arn'
          ? pipeline.pipelineArn
          : emu.seedImage({ pipelineArn: pipeline.pipelineArn })

      const refused = await runStep(
        emu,
        { [input]: arn },
        {
          env: {
            AWS_ACCESS_KEY_ID: '',
            AWS_SECRET_ACCESS_KEY: '',
            AWS_EC2_METADATA_DISABLED: 'true'
          }
        }
      )

      expect(refused.exitCode).toBe(1)
      expect(refused.errors).toHaveLength(1)
      expect(refused.errors[0]).toContain('no AWS credentials in this job')
      expect(refused.errors[0]).toContain('aws-actions/configure-aws-credentials')
      expect(refused.log.join('\n')).not.toMatch(/may have started/)
      expect(emu.requests).toEqual([])
    }
  )
})

describe('an endpoint that refuses the connection', () => {
  it('says within the first retry that it is retrying and where, and claims no started build', async () => {
    const { emu, pipeline } = await startPipelineWorld()

    const refused = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '2' } }
    )

    expect(refused.exitCode).toBe(1)
    expect(refused.log).toContainEqual(
      expect.stringMatching(
        /^StartImagePipelineExecution to Image Builder at http:\/\/127\.0\.0\.1:9 \(us-east-1\) failed \(.*ECONNREFUSED.*\); retry 1 of 1 after \d+\.\d s\.$/
      )
    )
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Could not start pipeline .*ECONNREFUSED/)
    ])
    expect(refused.log.join('\n')).not.toMatch(/may have started/)
  })
})

describe('list inputs given twice and names that collide', () => {
  it('drops a repeated distribution region and share-with entry with a warning, and builds', async () => {
    const { emu, run } = await startWorld()

    const built = await run({
      'distribution-regions': `${BUILD_REGION}, eu-west-1\n${BUILD_REGION}`,
      'share-with': '111122223333, 444455556666\n111122223333'
    })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(built.warnings).toEqual(
      expect.arrayContaining([
        `Input 'distribution-regions': ${BUILD_REGION} is given more than once; each is used once.`,
        "Input 'share-with': 111122223333 is given more than once; each is used once."
      ])
    )
    const distribution = emu.requestsFor('CreateDistributionConfiguration')[0]?.input as {
      distributions: { region: string; amiDistributionConfiguration?: unknown }[]
    }
    expect(distribution.distributions.map((item) => item.region)).toEqual([
      BUILD_REGION,
      'eu-west-1'
    ])
    expect(JSON.stringify(distribution.distributions[0])).toContain(
      '"userIds":["111122223333","444455556666"]'
    )
  })

  it("leaves the build's own account out of share-with, with a notice, and asks STS only then", async () => {
    const { emu, run } = await startWorld()

    const built = await run({ 'share-with': `444455556666\n${emu.accountId}` })

    expect(built.exitCode).toBe(0)
    const notice = `Input 'share-with': ${emu.accountId} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`
    expect(built.log).toContain(notice)
    expect(plainText(built.summary)).toContain(`- ${notice}`)
    expect(emu.requestsFor('GetCallerIdentity')).toHaveLength(1)
    const distribution = emu.requestsFor('CreateDistributionConfiguration')[0]?.input as {
      distributions: { amiDistributionConfiguration?: { launchPermission?: unknown } }[]
    }
    expect(distribution.distributions[0]?.amiDistributionConfiguration?.launchPermission).toEqual({
      userIds: ['444455556666']
    })

    const orgOnly = emu.requests.length
    await run({
      'share-with': 'arn:aws:organizations::111122223333:organization/o-abcdef1234'
    })
    expect(emu.requests.slice(orgOnly).map((request) => request.operation)).not.toContain(
      'GetCallerIdentity'
    )
  })

  it('warns that a fixed ami-name collides from the second build on', async () => {
    const { emu, run } = await startWorld()

    const planned = await run({ 'ami-name': 'golden-fixed', 'dry-run': 'true' })

    expect(planned.exitCode).toBe(0)
    expect(planned.warnings.join('\n')).toContain(
      "Input 'ami-name': 'golden-fixed' has no {{imagebuilder:buildDate}}"
    )
    expect(mutatingCalls(emu)).toEqual([])
  })

  it('names `name` when the name makes the default ami-name too long', async () => {
    const { emu, run } = await startWorld()

    const refused = await run({ name: 'n'.repeat(110) })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(/^Input 'name': .*shorten name or set ami-name$/)
    expect(emu.requests).toEqual([])
  })

  it('refuses a platform that contradicts the parent image, naming both, with nothing created', async () => {
    const { emu, parent, run } = await startWorld()
    const before = await resources(emu)

    const refused = await run({ platform: 'Windows' })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      `Input 'platform': is Windows, but the parent image ${parent} is Linux: leave platform out to use the parent's, or pick a Windows parent image`
    ])
    expect(mutatingCalls(emu)).toEqual([])
    expect(await resources(emu)).toEqual(before)
  })

  it('refuses ami-tags that would overwrite a provenance tag, naming the tag, before any call', async () => {
    const { emu, run } = await startWorld()

    const refused = await run({ 'ami-tags': 'team=platform\ngithub:run-url=https://example.com' })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Input 'ami-tags': tag 'github:run-url' is one the action sets itself/)
    ])
    expect(emu.requests).toEqual([])
  })

  it('builds with as many tags as fit beside every one of the action’s own on the image', async () => {
    const { emu, run } = await startWorld()
    const tags = Array.from({ length: 44 }, (_, n) => `k${String(n)}=v`).join('\n')

    const built = await run({ tags, 'retry-on-rerun': 'true', 'skip-if-unchanged': 'true' })

    expect(built.errors).toEqual([])
    expect(built.outputs.status).toBe('AVAILABLE')
    expect(Object.keys(emu.requestsFor('CreateImage')[0]?.input.tags ?? {})).toHaveLength(50)
  })

  it('refuses more tags than fit beside the action’s own in AWS’s 50, before any call', async () => {
    const { emu, run } = await startWorld()
    const tags = Array.from({ length: 45 }, (_, n) => `k${String(n)}=v`).join('\n')

    const refused = await run({ tags })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Input 'tags': at most 44 tags are allowed: AWS takes 50/)
    ])
    expect(emu.requests).toEqual([])
  })
})

describe('a step that stops part-way through creating', () => {
  it("says in the summary's plan what was created and what was not", async () => {
    const { emu, run } = await startWorld()
    emu.injectFault({
      kind: 'expired-credentials',
      operation: 'CreateInfrastructureConfiguration',
      times: Infinity
    })

    const stopped = await run({})

    expect(stopped.exitCode).toBe(1)
    const created = new Set(mutatingCalls(emu))
    expect(created).toEqual(
      new Set(['CreateComponent', 'CreateImageRecipe', 'CreateDistributionConfiguration'])
    )
    const plan = summaryTable(stopped.summary, 'Plan')
      .slice(2)
      .map(([kind, , , action, arn]) => [kind, action, arn === '' ? 'no ARN' : 'ARN'])
    expect(plan).toEqual([
      ['build component', 'reuse', 'ARN'],
      ['build component', 'created', 'ARN'],
      ['image recipe', 'created', 'ARN'],
      ['infrastructure configuration', 'not created', 'no ARN'],
      ['distribution configuration', 'created', 'ARN']
    ])
    expect(emu.requestsFor('CreateImage')).toEqual([])
  })
})

describe("the README's example component", () => {
  it('is reported as a test, in the summary and the JUnit report, though it also builds', async () => {
    const { run, write } = await startWorld()
    write('hardening.yml', readFileSync('examples/components/hardening.yml', 'utf8'))

    const built = await run({ components: 'update-linux\nhardening.yml' })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(plainText(built.summary)).toContain('1 test component: 1 passed, 0 failed, 0 not run.')
    expect(plainText(built.summary)).toMatch(/\| golden-hardening \| ✅ passed/)
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
    const junit = parser.parse(readFileSync(built.outputs['test-report'] ?? '', 'utf8')) as {
      testsuites: { testsuite: { testcase: { name: string } | { name: string }[] } }
    }
    const cases = [junit.testsuites.testsuite.testcase].flat()
    expect(cases.map((testCase) => testCase.name)).toEqual(['golden-hardening'])
  })
})
