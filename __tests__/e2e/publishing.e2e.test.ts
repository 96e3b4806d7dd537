/** Recipe mode hands the new AMI to its consumers: an SSM parameter and launch templates per region. */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import { BUILD_REGION, plainText } from './helpers.js'
import { mutatingCalls, planOf, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const OTHER_REGION = 'eu-west-1'
const PARAMETER = '/imagebuilder/golden/al2023/latest'

/** The AMI a launch template's default version launches. */
function defaultImageOf(emu: Emulator, region: string, templateId: string): string | undefined {
  const template = emu.launchTemplate(region, templateId)
  return template?.versions.find((version) => version.number === template.defaultVersion)?.imageId
}

describe('publishing the AMI', () => {
  it('points the SSM parameter and each launch template at the new AMI of every region', async () => {
    const { emu, run } = await startWorld()
    const templates: Record<string, string> = {
      [BUILD_REGION]: emu.seedLaunchTemplate(BUILD_REGION, 'web'),
      [OTHER_REGION]: emu.seedLaunchTemplate(OTHER_REGION, 'web')
    }

    const result = await run({
      'distribution-regions': `${BUILD_REGION},${OTHER_REGION}`,
      'ssm-parameter': PARAMETER,
      'launch-templates': `${templates[BUILD_REGION]}\n${OTHER_REGION}=${templates[OTHER_REGION]}`
    })

    expect(result.errors).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    const amis = JSON.parse(result.outputs.amis ?? '') as Record<string, string>
    expect(Object.keys(amis)).toEqual([BUILD_REGION, OTHER_REGION])
    for (const [region, amiId] of Object.entries(amis)) {
      expect(emu.parameter(region, PARAMETER)?.value).toBe(amiId)
      expect(defaultImageOf(emu, region, templates[region] ?? '')).toBe(amiId)
      expect(result.log).toContain(
        `Published ${amiId} in ${region}: SSM parameter ${PARAMETER}; launch template ${templates[region]} (new default version)`
      )
    }
    const published = plainText(result.summary).split('### Published\n')[1] ?? ''
    expect(published).toContain(
      `| ${OTHER_REGION} | ${amis[OTHER_REGION]} | ${PARAMETER} | ${templates[OTHER_REGION]} (new default version) |`
    )
  })

  it('updates only the distribution configuration, and reuses the recipe, when only these inputs change', async () => {
    const { emu, run } = await startWorld()
    const template = emu.seedLaunchTemplate(BUILD_REGION, 'web')
    await run({ 'ssm-parameter': PARAMETER })
    const since = emu.requests.length

    const changed = await run(
      { 'ssm-parameter': '/imagebuilder/golden/al2023/stable', 'launch-templates': template },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(changed.outputs.status).toBe('AVAILABLE')
    expect(mutatingCalls(emu, since).filter((call) => call !== 'CreateTags')).toEqual([
      'UpdateDistributionConfiguration',
      'TagResource',
      'CreateImage'
    ])
    expect(planOf(changed).imageRecipe.action).toBe('reuse')
    const amiId = changed.outputs['ami-id'] ?? ''
    expect(emu.parameter(BUILD_REGION, '/imagebuilder/golden/al2023/stable')?.value).toBe(amiId)
    expect(defaultImageOf(emu, BUILD_REGION, template)).toBe(amiId)
  })

  it('passes an execution role to Image Builder for a parameter outside /imagebuilder/', async () => {
    const { emu, run } = await startWorld()

    const result = await run({
      'ssm-parameter': '/golden/al2023/latest',
      'execution-role': 'ImageBuilderExecution'
    })

    expect(result.outputs.status).toBe('AVAILABLE')
    expect(emu.requestsFor('CreateImage')[0]?.input.executionRole).toBe('ImageBuilderExecution')
  })

  it('refuses, by name and with nothing created, a launch template in a region not distributed to', async () => {
    const { emu, run } = await startWorld()
    const template = emu.seedLaunchTemplate(OTHER_REGION, 'web')

    const result = await run({ 'launch-templates': `${OTHER_REGION}=${template}` })

    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^Input 'launch-templates': /)
    expect(result.errors[0]).toContain(OTHER_REGION)
    expect(emu.requests).toEqual([])
  })

  it('refuses a launch template that does not exist, by name and region, with nothing created', async () => {
    const { emu, run } = await startWorld()
    const missing = 'lt-0123456789abcdef0'

    const result = await run({ 'launch-templates': missing })

    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `Input 'launch-templates': ${missing} does not exist in ${BUILD_REGION} (DescribeLaunchTemplates): create it first, or name a template of this account in that region`
    ])
    expect(emu.requestsFor('DescribeLaunchTemplates')).toHaveLength(1)
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.launchTemplate(BUILD_REGION, missing)).toBeUndefined()
  })

  it('lists every publishing target of every region in a dry run, templates by name', async () => {
    const { emu, run } = await startWorld()
    const templates: Record<string, string> = {
      [BUILD_REGION]: emu.seedLaunchTemplate(BUILD_REGION, 'web'),
      [OTHER_REGION]: emu.seedLaunchTemplate(OTHER_REGION, 'batch')
    }

    const result = await run({
      'dry-run': 'true',
      'distribution-regions': `${BUILD_REGION},${OTHER_REGION}`,
      'ssm-parameter': PARAMETER,
      'share-with': '111122223333',
      'launch-templates': `${templates[BUILD_REGION]}\n${OTHER_REGION}=${templates[OTHER_REGION]}`
    })

    expect(result.exitCode).toBe(0)
    expect(mutatingCalls(emu)).toEqual([])
    for (const [region, name] of [
      [BUILD_REGION, 'web'],
      [OTHER_REGION, 'batch']
    ] as const) {
      expect(result.log).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^  distribute golden-\\S+ to ${region} \\(shared with 111122223333; SSM parameter ${PARAMETER}; launch template ${templates[region]} \\(${name}\\)\\)$`
          )
        )
      )
      expect(plainText(result.summary)).toContain(
        `| ${region} | golden-{{imagebuilder:buildDate}} | 111122223333 | ${PARAMETER} | ${templates[region]} (${name}) |`
      )
    }
  })
})
