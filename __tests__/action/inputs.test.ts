import { describe, expect, it } from '@jest/globals'
import { RECIPE_ONLY_INPUTS } from '../../src/inputs/defaults.js'
import { environmentReader } from '../../src/inputs/parse.js'
import { COMPONENT_ARN, IMAGE_ARN, PIPELINE_ARN } from './factories.js'
import {
  aPipelineInputs,
  IN_EU,
  inputErrorOf,
  parse,
  parseHandRun,
  RECIPE,
  recipe
} from './input-factories.js'

describe('picking the mode', () => {
  it('runs a pipeline when only pipeline-arn is given', () => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN }).inputs).toMatchObject({
      mode: 'pipeline',
      pipelineArn: PIPELINE_ARN
    })
  })

  it('follows a build when only image-arn is given', () => {
    expect(parse({ 'image-arn': IMAGE_ARN }).inputs).toMatchObject({
      mode: 'attach',
      imageArn: IMAGE_ARN
    })
  })

  it('builds a recipe from name, parent-image and components', () => {
    expect(recipe()).toMatchObject({
      mode: 'recipe',
      name: 'golden-al2023',
      parentImage: 'ami-0123456789abcdef0',
      components: [{ source: 'update-linux', parameters: [] }]
    })
  })

  it('names the four ways to pick a build when none is given', () => {
    const error = inputErrorOf({})
    expect(error.input).toBe('pipeline-arn, image-arn, name, promote-image')
    expect(error.message).toContain('none was given')
  })

  it.each([
    [{ 'pipeline-arn': PIPELINE_ARN, 'image-arn': IMAGE_ARN }, 'pipeline-arn, image-arn'],
    [{ 'pipeline-arn': PIPELINE_ARN, name: 'golden-al2023' }, 'pipeline-arn, name'],
    [{ 'image-arn': IMAGE_ARN, ...RECIPE }, 'image-arn, name']
  ])('names every mode input when more than one is given (%o)', (given, named) => {
    const error = inputErrorOf(given)
    expect(error.input).toBe(named)
    expect(error.message).toMatch(/^Inputs '.*': give exactly one of/)
  })

  it.each(['name', 'parent-image', 'components'] as const)(
    'names %s when recipe mode lacks it',
    (missing) => {
      expect(inputErrorOf({ ...RECIPE, [missing]: '' }, IN_EU).input).toBe(missing)
    }
  )
})

describe('recipe-only inputs in another mode', () => {
  const givenValues: Record<string, string> = {
    'parent-image': 'ami-0123456789abcdef0',
    components: 'update-linux',
    version: '1.0.0',
    platform: 'Linux',
    'instance-types': 'm7i.large',
    'instance-profile': 'BuilderRole',
    'image-tests': 'false',
    'image-scanning': 'true',
    'subnet-id': 'subnet-0123456789abcdef0',
    'security-group-ids': 'sg-0123456789abcdef0',
    'instance-metadata-tokens': 'optional',
    'sns-topic': 'arn:aws:sns:us-east-1:111122223333:image-builds',
    'keep-instance-on-failure': 'true',
    'key-pair': 'golden-debug',
    'root-volume-size': '30',
    'distribution-regions': 'us-east-1',
    'ami-name': 'golden-{{imagebuilder:buildDate}}',
    'share-with': '210987654321',
    'kms-key': 'alias/golden-ami',
    'target-accounts': '210987654321',
    'license-configurations':
      'arn:aws:license-manager:us-east-1:111122223333:license-configuration:lic-0123456789abcdef0123456789abcdef',
    'deprecate-after': '90d',
    'skip-if-unchanged': 'true',
    'dry-run': 'true',
    'ssm-parameter': '/golden/al2023/latest',
    'launch-templates': 'lt-0123456789abcdef0',
    'execution-role': 'ImageBuilderExecution',
    'image-type': 'container',
    'container-repository': 'golden/app',
    dockerfile: 'Dockerfile',
    'container-tags': 'latest'
  }
  const cases = RECIPE_ONLY_INPUTS.flatMap((input) =>
    (['pipeline-arn', 'image-arn'] as const).map((modeInput) => [input, modeInput] as const)
  )

  it.each(cases)('names %s when it is given with %s', (input, modeInput) => {
    const error = inputErrorOf({
      [modeInput]: modeInput === 'pipeline-arn' ? PIPELINE_ARN : IMAGE_ARN,
      [input]: givenValues[input] ?? 'x'
    })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`cannot be used with ${modeInput}`)
  })

  it('covers every recipe-only input of the contract', () => {
    expect([...RECIPE_ONLY_INPUTS].sort()).toEqual(Object.keys(givenValues).sort())
  })

  it('does not count an input left at its action.yml default as given', () => {
    const parsed = parse({
      'pipeline-arn': PIPELINE_ARN,
      'skip-if-unchanged': 'false',
      'instance-profile': 'EC2InstanceProfileForImageBuilder',
      'image-tests': 'true',
      'image-scanning': 'false',
      version: ''
    })
    expect(parsed.inputs.mode).toBe('pipeline')
    expect(parsed.warnings).toEqual([])
  })
})

describe('region', () => {
  const usWest2Pipeline = PIPELINE_ARN.replace('eu-west-1', 'us-west-2')
  const usWest2Image = IMAGE_ARN.replace('eu-west-1', 'us-west-2')

  it('takes the region of pipeline-arn, whatever AWS_REGION says', () => {
    expect(parse({ 'pipeline-arn': usWest2Pipeline }, IN_EU).inputs.region).toBe('us-west-2')
  })

  it('takes the region of image-arn', () => {
    expect(parse({ 'image-arn': usWest2Image }, IN_EU).inputs.region).toBe('us-west-2')
  })

  it('accepts an explicit region equal to the ARN region', () => {
    expect(parse({ 'pipeline-arn': usWest2Pipeline, region: 'us-west-2' }).inputs.region).toBe(
      'us-west-2'
    )
  })

  it('names region when it conflicts with the ARN region', () => {
    const error = inputErrorOf({ 'image-arn': usWest2Image, region: 'eu-west-1' })
    expect(error.input).toBe('region')
    expect(error.message).toContain("'eu-west-1' differs from the region of image-arn (us-west-2)")
  })

  it('names pipeline-arn when it is not a pipeline ARN', () => {
    expect(inputErrorOf({ 'pipeline-arn': IMAGE_ARN }).input).toBe('pipeline-arn')
  })

  it('names image-arn when it lacks the build number', () => {
    const recipeVersionArn = IMAGE_ARN.replace(/\/3$/, '')
    expect(inputErrorOf({ 'image-arn': recipeVersionArn }).input).toBe('image-arn')
  })

  it('takes the recipe-mode region from AWS_REGION first', () => {
    const env = { AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'us-east-1' }
    expect(recipe({}, env).region).toBe('eu-central-1')
  })

  it('falls back to AWS_DEFAULT_REGION in recipe mode', () => {
    expect(recipe({}, { AWS_DEFAULT_REGION: 'us-east-1' }).region).toBe('us-east-1')
  })

  it('prefers the region input over the environment in recipe mode', () => {
    expect(recipe({ region: 'ap-southeast-2' }).region).toBe('ap-southeast-2')
  })

  it('names region when recipe mode has no region at all', () => {
    expect(inputErrorOf(RECIPE, {}).input).toBe('region')
  })

  it('names region when it is not a region name', () => {
    expect(inputErrorOf({ ...RECIPE, region: 'Ireland' }).input).toBe('region')
  })
})

describe('booleans', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])("reads wait: '%s' as %s", (raw, expected) => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN, wait: raw }).inputs.wait).toBe(expected)
  })

  it.each(['wait', 'cancel-on-abort', 'stream-logs', 'summary'] as const)(
    'names %s when it is not true or false',
    (input) => {
      const error = inputErrorOf({ 'pipeline-arn': PIPELINE_ARN, [input]: 'yes' })
      expect(error.input).toBe(input)
      expect(error.message).toContain("expected true or false, got 'yes'")
    }
  )

  it('names image-tests when it is not a boolean in recipe mode', () => {
    expect(inputErrorOf({ ...RECIPE, 'image-tests': 'on' }, IN_EU).input).toBe('image-tests')
  })
})

describe('numbers', () => {
  it('accepts decimals for poll-interval-seconds and timeout-minutes', () => {
    const { inputs } = parse({
      'pipeline-arn': PIPELINE_ARN,
      'poll-interval-seconds': '2.5',
      'timeout-minutes': '90.5'
    })
    expect(inputs).toMatchObject({ pollIntervalSeconds: 2.5, timeoutMinutes: 90.5 })
  })

  it('reads timeout-minutes 0 as no limit', () => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN }).inputs.timeoutMinutes).toBe(0)
  })

  it('names the input and its bounds when poll-interval-seconds is not a number', () => {
    const error = inputErrorOf({ 'pipeline-arn': PIPELINE_ARN, 'poll-interval-seconds': 'fast' })
    expect(error.input).toBe('poll-interval-seconds')
    expect(error.message).toBe(
      "Input 'poll-interval-seconds': expected a decimal number from 0.1 to 3600, got 'fast'"
    )
  })

  it.each([
    ['timeout-minutes', '10080', 10_080],
    ['timeout-minutes', '0.5', 0.5],
    ['poll-interval-seconds', '0.1', 0.1],
    ['poll-interval-seconds', '3600', 3_600],
    ['poll-interval-seconds', '.5', 0.5]
  ] as const)('accepts %s %s, at or within its bounds', (input, raw, expected) => {
    const { inputs } = parse({ 'pipeline-arn': PIPELINE_ARN, [input]: raw })
    expect(input === 'timeout-minutes' ? inputs.timeoutMinutes : inputs.pollIntervalSeconds).toBe(
      expected
    )
  })

  it.each([
    ['poll-interval-seconds', '0'],
    ['poll-interval-seconds', '0.09'],
    ['poll-interval-seconds', '3600.5'],
    ['poll-interval-seconds', '-5'],
    ['poll-interval-seconds', 'Infinity'],
    ['poll-interval-seconds', '1e-9'],
    ['poll-interval-seconds', '3e6'],
    ['poll-interval-seconds', '0x1e'],
    ['poll-interval-seconds', '2.5s'],
    ['timeout-minutes', '-1'],
    ['timeout-minutes', '10081'],
    ['timeout-minutes', '1e3'],
    ['timeout-minutes', '1 000']
  ])("names %s when it is '%s'", (input, raw) => {
    const error = inputErrorOf({ 'pipeline-arn': PIPELINE_ARN, [input]: raw })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`got '${raw}'`)
  })

  it('reads root-volume-size as whole GiB, and leaves it unset when not given', () => {
    expect(recipe({ 'root-volume-size': '30' }).rootVolumeSize).toBe(30)
    expect(recipe().rootVolumeSize).toBeUndefined()
  })

  it.each(['8.5', '0', '16385', 'big'])("names root-volume-size when it is '%s'", (raw) => {
    expect(inputErrorOf({ ...RECIPE, 'root-volume-size': raw }, IN_EU).input).toBe(
      'root-volume-size'
    )
  })
})

describe('tags', () => {
  it('reads key=value lines, trimming them and keeping = inside values', () => {
    const { inputs } = parse({
      'pipeline-arn': PIPELINE_ARN,
      tags: '  team = platform \n\ncost-center=cc=42\nEmpty=',
      'ami-tags': 'Name=golden'
    })
    expect(inputs.tags).toEqual({ team: 'platform', 'cost-center': 'cc=42', Empty: '' })
    expect(inputs.amiTags).toEqual({ Name: 'golden' })
  })

  it.each([
    ['a line without =', 'team', "expected key=value, got 'team'"],
    ['a reserved aws: key', 'aws:owner=me', "tag key 'aws:owner'"],
    ['an empty key', '=value', "tag key ''"],
    ['a key given twice', 'team=a\nteam=b', "tag 'team' is given twice"],
    ['a value over 256 characters', `team=${'x'.repeat(257)}`, 'over 256 characters'],
    [
      'more tags than fit beside the action’s own',
      Array.from({ length: 45 }, (_, n) => `k${n}=v`).join('\n'),
      'at most 44 tags are allowed: AWS takes 50'
    ],
    [
      'one of the action’s own tag keys',
      'github:sha=abc',
      "tag 'github:sha' is one the action sets itself"
    ]
  ])('names the input for %s', (_case, raw, problem) => {
    for (const input of ['tags', 'ami-tags'] as const) {
      const error = inputErrorOf({ 'pipeline-arn': PIPELINE_ARN, [input]: raw })
      expect(error.input).toBe(input)
      expect(error.message).toContain(problem)
    }
  })
})

describe('lists', () => {
  it('splits instance-types, security-group-ids and distribution-regions on commas and newlines', () => {
    const inputs = recipe({
      'instance-types': 'm7i.large, c7i.xlarge\nt3.medium',
      'security-group-ids': 'sg-0123456789abcdef0,\nsg-0fedcba9876543210',
      'distribution-regions': 'eu-west-1\nus-east-1, ap-southeast-2,'
    })
    expect(inputs.instanceTypes).toEqual(['m7i.large', 'c7i.xlarge', 't3.medium'])
    expect(inputs.securityGroupIds).toEqual(['sg-0123456789abcdef0', 'sg-0fedcba9876543210'])
    expect(inputs.distributionRegions).toEqual(['eu-west-1', 'us-east-1', 'ap-southeast-2'])
  })

  it('reads share-with one target per line: accounts, organizations and OUs', () => {
    const targets = [
      '210987654321',
      'arn:aws:organizations::111122223333:organization/o-abcdef1234',
      'arn:aws:organizations::111122223333:ou/o-abcdef1234/ou-ab12-cdef3456'
    ]
    expect(recipe({ 'share-with': targets.join('\n') }).shareWith).toEqual(targets)
  })

  it('reads share-with: all as the public group, beside other targets, and nothing looser', () => {
    expect(recipe({ 'share-with': 'all' }).shareWith).toEqual(['all'])
    expect(recipe({ 'share-with': 'all, 210987654321, all' }).shareWith).toEqual([
      'all',
      '210987654321'
    ])
    for (const loose of ['ALL', 'public', '*', 'everyone'])
      expect(inputErrorOf({ ...RECIPE, 'share-with': loose }, IN_EU).message).toBe(
        `Input 'share-with': '${loose}' is not an account ID, organization ARN, OU ARN or all`
      )
  })

  it.each([
    ['instance-types', 'large'],
    ['security-group-ids', 'default'],
    ['distribution-regions', 'eu-west-1, europe'],
    ['share-with', '12345'],
    ['subnet-id', 'my-subnet']
  ] as const)('names %s when an item is malformed', (input, raw) => {
    const error = inputErrorOf({ ...RECIPE, [input]: raw }, IN_EU)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(/' is not an? /)
  })
})

describe('components', () => {
  it('reads one component per line', () => {
    const { components } = recipe({
      components: `update-linux\n\n  ${COMPONENT_ARN}  \ncomponents/harden.yml`
    })
    expect(components.map((component) => component.source)).toEqual([
      'update-linux',
      COMPONENT_ARN,
      'components/harden.yml'
    ])
  })

  it('reads a YAML list whose items may carry parameters', () => {
    const { components } = recipe({
      components: [
        '- update-linux',
        `- component: ${COMPONENT_ARN}`,
        '  parameters:',
        '    greeting: hello',
        '    ports: [80, 443]',
        '    verbose: true'
      ].join('\n')
    })
    expect(components).toEqual([
      { source: 'update-linux', parameters: [] },
      {
        source: COMPONENT_ARN,
        parameters: [
          { name: 'greeting', value: ['hello'] },
          { name: 'ports', value: ['80', '443'] },
          { name: 'verbose', value: ['true'] }
        ]
      }
    ])
  })

  it.each([
    ['invalid YAML', '- component: [unclosed', 'is not a valid YAML list'],
    ['an item without component', '- parameters:\n    a: b', 'item 1 must be a component'],
    ['an unknown key', '- component: update-linux\n  version: 1', 'unknown keys: version'],
    ['parameters that are not a mapping', '- component: x\n  parameters: [a]', 'must be a mapping'],
    ['a nested parameter value', '- component: x\n  parameters:\n    a: {b: c}', "parameter 'a'"],
    [
      'more than 20 components',
      Array.from({ length: 21 }, (_, n) => `c${n}`).join('\n'),
      'at most 20'
    ]
  ])('names components for %s', (_case, raw, problem) => {
    const error = inputErrorOf({ ...RECIPE, components: raw }, IN_EU)
    expect(error.input).toBe('components')
    expect(error.message).toContain(problem)
  })
})

describe('other recipe inputs', () => {
  it('names the AMI after the recipe and the build date by default', () => {
    expect(recipe().amiName).toBe('golden-al2023-{{imagebuilder:buildDate}}')
  })

  it('leaves version and platform automatic when not given', () => {
    expect(recipe()).toMatchObject({ version: '', platform: undefined })
  })

  it.each([
    ['name', 'a'],
    ['version', '1.0'],
    ['platform', 'linux'],
    ['parent-image', 'ubuntu-22.04'],
    ['ami-name', 'golden/<bad>'],
    ['instance-profile', 'bad profile']
  ] as const)('names %s when its value is invalid', (input, raw) => {
    expect(inputErrorOf({ ...RECIPE, [input]: raw }, IN_EU).input).toBe(input)
  })

  it('accepts an image ARN with x.x.x wildcards and an ssm: parameter as parent-image', () => {
    const wildcard = `arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x`
    expect(recipe({ 'parent-image': wildcard }).parentImage).toBe(wildcard)
    const ssm = 'ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'
    expect(recipe({ 'parent-image': ssm }).parentImage).toBe(ssm)
  })
})

describe('warnings', () => {
  it('says why a recipe setting cannot be used with pipeline-arn or image-arn', () => {
    expect(inputErrorOf({ 'pipeline-arn': PIPELINE_ARN, 'image-tests': 'false' }).message).toBe(
      "Input 'image-tests': is a recipe-mode input and cannot be used with pipeline-arn: the pipeline's own configuration decides it"
    )
    expect(inputErrorOf({ 'image-arn': IMAGE_ARN, 'image-scanning': 'true' }).message).toBe(
      "Input 'image-scanning': is a recipe-mode input and cannot be used with image-arn: the existing build decides it"
    )
  })

  it('warns that tags are ignored with image-arn, since nothing is started', () => {
    expect(parse({ 'image-arn': IMAGE_ARN, tags: 'team=platform' }).warnings).toEqual([
      "Input 'tags' is ignored with image-arn: the action starts nothing to tag."
    ])
  })

  it('does not warn about tags with pipeline-arn, where the start call carries them', () => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN, tags: 'team=platform' }).warnings).toEqual([])
  })

  it('warns that ami-tags are ignored with wait: false, since no AMI exists yet', () => {
    expect(
      parse({ 'pipeline-arn': PIPELINE_ARN, wait: 'false', 'ami-tags': 'commit=abc' }).warnings
    ).toEqual([
      "Input 'ami-tags' is ignored with wait: false: the AMIs are tagged once the build has made them."
    ])
  })

  it('does not warn about ami-tags when the action waits for the AMIs', () => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN, 'ami-tags': 'commit=abc' }).warnings).toEqual([])
  })

  it('does not warn about recipe settings in recipe mode', () => {
    expect(parse({ ...RECIPE, 'image-tests': 'false' }, IN_EU).warnings).toEqual([])
  })
})

describe('reading the environment', () => {
  it('reads INPUT_<NAME> with the hyphens kept, trimmed, and tells an absent input apart', () => {
    const read = environmentReader({ 'INPUT_PIPELINE-ARN': `  ${PIPELINE_ARN}\n` })
    expect(read('pipeline-arn')).toBe(PIPELINE_ARN)
    expect(read('image-arn')).toBeUndefined()
  })
})

describe('a hand run, which passes only the inputs the user wrote', () => {
  it('runs a pipeline from pipeline-arn alone, with every other input at its default', () => {
    const parsed = parseHandRun({ 'pipeline-arn': PIPELINE_ARN }, { AWS_REGION: 'eu-west-1' })
    expect(parsed).toEqual({ inputs: aPipelineInputs(), warnings: [] })
  })

  it('builds a recipe from its three inputs, with the defaults of the rest', () => {
    const { inputs } = parseHandRun(RECIPE, IN_EU)
    expect(inputs).toMatchObject({
      mode: 'recipe',
      instanceProfile: 'EC2InstanceProfileForImageBuilder',
      imageTests: true,
      imageScanning: false,
      skipIfUnchanged: false,
      dryRun: false,
      launchTemplates: []
    })
  })

  it('reads an empty input as absent, as `${{ inputs.x }}` gives for an unset one', () => {
    const parsed = parseHandRun({ 'pipeline-arn': PIPELINE_ARN, wait: '', 'image-tests': ' ' })
    expect(parsed.inputs.wait).toBe(true)
    expect(parsed.warnings).toEqual([])
  })

  it('still refuses a recipe input given with pipeline-arn', () => {
    expect(() => parseHandRun({ 'pipeline-arn': PIPELINE_ARN, 'dry-run': 'true' })).toThrow(
      "Input 'dry-run': is a recipe-mode input and cannot be used with pipeline-arn"
    )
  })
})
