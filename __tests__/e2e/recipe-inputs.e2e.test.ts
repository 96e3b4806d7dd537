/**
 * Recipe mode refuses bad input by name, with nothing created: inputs wrong on their face before
 * any request, and those only AWS can judge (a component file, the parent's root volume) after
 * read-only ones.
 */
import { describe, expect, it } from '@jest/globals'
import { mutatingCalls, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()

interface BadRecipeCase {
  problem: string
  inputs: Record<string, string>
  named: string
  /** Judged from the inputs alone: not one request reaches AWS. */
  beforeAnyRequest: boolean
}

const MALFORMED = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Broken\n'

const CASES: BadRecipeCase[] = [
  {
    problem: 'parent-image is missing',
    inputs: { 'parent-image': '' },
    named: 'parent-image',
    beforeAnyRequest: true
  },
  {
    problem: 'components is missing',
    inputs: { components: '' },
    named: 'components',
    beforeAnyRequest: true
  },
  {
    problem: 'a component file is not in the repository',
    inputs: { components: 'update-linux\ncomponents/missing.yml' },
    named: 'components',
    beforeAnyRequest: false
  },
  {
    problem: 'a component file is malformed',
    inputs: { components: 'malformed.yml' },
    named: 'components',
    beforeAnyRequest: false
  },
  {
    problem: 'the region is unknown',
    inputs: { region: 'mars-north-1' },
    named: 'region',
    beforeAnyRequest: true
  },
  {
    problem: 'the version is malformed',
    inputs: { version: '1.0' },
    named: 'version',
    beforeAnyRequest: true
  },
  {
    problem: 'there are more than 20 components',
    inputs: { components: Array.from({ length: 21 }, () => 'update-linux').join('\n') },
    named: 'components',
    beforeAnyRequest: true
  },
  {
    problem: 'a tags line is not key=value',
    inputs: { tags: 'team' },
    named: 'tags',
    beforeAnyRequest: true
  },
  {
    problem: "root-volume-size is below the parent's",
    inputs: { 'root-volume-size': '4' },
    named: 'root-volume-size',
    beforeAnyRequest: false
  },
  {
    problem: 'a launch template is in a region not distributed to',
    inputs: { 'launch-templates': 'eu-west-1=lt-0123456789abcdef0' },
    named: 'launch-templates',
    beforeAnyRequest: true
  },
  {
    problem: 'kms-key is not a key ID, alias or ARN',
    inputs: { 'kms-key': 'golden-key' },
    named: 'kms-key',
    beforeAnyRequest: true
  },
  {
    problem: 'kms-key lines leave a distribution region without a key',
    inputs: { 'distribution-regions': 'us-east-1,eu-west-1', 'kms-key': 'us-east-1=alias/golden' },
    named: 'kms-key',
    beforeAnyRequest: true
  },
  {
    problem: 'license-configurations is not a License Manager configuration ARN',
    inputs: { 'license-configurations': 'lic-0123456789abcdef0123456789abcdef' },
    named: 'license-configurations',
    beforeAnyRequest: true
  },
  {
    problem: 'sns-topic is an ARN of another partition',
    inputs: { 'sns-topic': 'arn:aws-us-gov:sns:us-gov-west-1:123456789012:builds' },
    named: 'sns-topic',
    beforeAnyRequest: true
  },
  {
    problem: 'keep-instance-on-failure is not a boolean',
    inputs: { 'keep-instance-on-failure': 'sometimes' },
    named: 'keep-instance-on-failure',
    beforeAnyRequest: true
  },
  {
    problem: 'key-pair is not a key pair name',
    inputs: { 'key-pair': 'k'.repeat(256) },
    named: 'key-pair',
    beforeAnyRequest: true
  },
  {
    problem: 'instance-metadata-tokens is neither required nor optional',
    inputs: { 'instance-metadata-tokens': 'off' },
    named: 'instance-metadata-tokens',
    beforeAnyRequest: true
  }
]

describe('bad recipe inputs', () => {
  it.each(CASES)('are refused by name with nothing created when $problem', async (badCase) => {
    const { emu, run, write } = await startWorld()
    write('malformed.yml', MALFORMED)

    const result = await run(badCase.inputs)

    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(/^Input '([^']+)': \S/.exec(result.errors[0] ?? '')?.[1]).toBe(badCase.named)
    expect(mutatingCalls(emu)).toEqual([])
    if (badCase.beforeAnyRequest) expect(emu.requests).toEqual([])
    expect(result.summary).toContain(badCase.named)
  })

  it('names the file and line of a malformed component document', async () => {
    const { run, write } = await startWorld()
    write('malformed.yml', MALFORMED)

    const result = await run({ components: 'malformed.yml' })

    expect(result.errors).toEqual([
      "Input 'components': malformed.yml line 5: step Broken of phase build has no action"
    ])
  })

  it('refuses recipe inputs given with pipeline-arn before any request', async () => {
    const { emu, run } = await startWorld()

    const result = await run({
      name: '',
      'pipeline-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden'
    })

    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^Input '(parent-image|components)': is a recipe-mode input/)
    expect(emu.requests).toEqual([])
  })
})
