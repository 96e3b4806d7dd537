import { describe, expect, it } from '@jest/globals'
import { IMAGE_ARN, PIPELINE_ARN } from './factories.js'
import { IN_EU, inputErrorOf, parse, RECIPE, recipe } from './input-factories.js'

const PROMOTED = 'arn:aws:imagebuilder:eu-west-1:111122223333:image/golden-al2023/1.4.x'
const PROMOTE = { 'promote-image': PROMOTED, 'execution-role': 'ImageBuilderExecution' }

describe('promote-image', () => {
  it('promotes with the distribution inputs, in the region of the image', () => {
    const { inputs } = parse({
      ...PROMOTE,
      'distribution-regions': 'eu-west-1, us-east-1',
      'share-with': '222233334444',
      'ami-tags': 'release=v1.4.2',
      'launch-templates': 'us-east-1=lt-0123456789abcdef0',
      'ssm-parameter': '/golden/al2023/released',
      'kms-key': 'alias/golden-ami',
      'deprecate-after': 'P90D',
      'dry-run': 'true'
    })
    expect(inputs).toMatchObject({
      mode: 'promote',
      promoteImage: PROMOTED,
      region: 'eu-west-1',
      executionRole: 'ImageBuilderExecution',
      distributionRegions: ['eu-west-1', 'us-east-1'],
      shareWith: ['222233334444'],
      amiTags: { release: 'v1.4.2' },
      launchTemplates: [{ region: 'us-east-1', launchTemplateId: 'lt-0123456789abcdef0' }],
      ssmParameter: '/golden/al2023/released',
      kmsKeys: { 'eu-west-1': 'alias/golden-ami', 'us-east-1': 'alias/golden-ami' },
      deprecateAfter: { written: 'P90D', milliseconds: 90 * 24 * 3_600_000 },
      dryRun: true
    })
  })

  it('takes share-with with commas, and uses a repeated region or share once, with a warning', () => {
    const { inputs, warnings } = parse({
      ...PROMOTE,
      'distribution-regions': 'eu-west-1, us-east-1\nus-east-1',
      'share-with': '222233334444, 333344445555\n222233334444'
    })
    expect(inputs).toMatchObject({
      distributionRegions: ['eu-west-1', 'us-east-1'],
      shareWith: ['222233334444', '333344445555']
    })
    expect(warnings).toEqual([
      "Input 'distribution-regions': us-east-1 is given more than once; each is used once.",
      "Input 'share-with': 222233334444 is given more than once; each is used once."
    ])
  })

  it('distributes to the image region when no distribution-regions are given', () => {
    expect(parse(PROMOTE).inputs).toMatchObject({ distributionRegions: ['eu-west-1'] })
  })

  it.each([
    PROMOTED.replace('1.4.x', '1.4.2/3'),
    PROMOTED.replace('1.4.x', '1.x.x'),
    PROMOTED.replace('1.4.x', 'x.x.x')
  ])('takes a build version or a version wildcard: %s', (arn) => {
    expect(parse({ ...PROMOTE, 'promote-image': arn }).inputs).toMatchObject({ mode: 'promote' })
  })

  it.each([
    ['a pipeline ARN', PIPELINE_ARN],
    ['a wildcard that is not one', PROMOTED.replace('1.4.x', 'x.4.x')],
    ['an AMI ID', 'ami-0123456789abcdef0'],
    ['a partition that does not match its region', PROMOTED.replace('arn:aws:', 'arn:aws-cn:')]
  ])('refuses %s', (_what, arn) => {
    expect(inputErrorOf({ ...PROMOTE, 'promote-image': arn }).input).toBe('promote-image')
  })

  it('requires execution-role, which DistributeImage needs', () => {
    const error = inputErrorOf({ 'promote-image': PROMOTED })
    expect(error.input).toBe('execution-role')
    expect(error.message).toContain('is required with promote-image')
  })

  it.each([
    [{ 'pipeline-arn': PIPELINE_ARN }, 'pipeline-arn, promote-image'],
    [{ 'image-arn': IMAGE_ARN }, 'image-arn, promote-image'],
    [{ name: 'golden-al2023' }, 'name, promote-image']
  ])('is one mode of four: %o with it is an error', (other, named) => {
    expect(inputErrorOf({ ...PROMOTE, ...other }).input).toBe(named)
  })

  it.each(['parent-image', 'components', 'version', 'ami-name', 'instance-types', 'image-tests'])(
    'refuses the recipe input %s, naming it',
    (name) => {
      const value =
        name === 'image-tests'
          ? 'false'
          : name === 'ami-name'
            ? 'x-{{imagebuilder:buildDate}}'
            : 'something'
      const error = inputErrorOf({ ...PROMOTE, [name]: value })
      expect(error.input).toBe(name)
      expect(error.message).toContain('does not apply with promote-image')
    }
  )

  it('refuses a region other than the image region', () => {
    expect(inputErrorOf({ ...PROMOTE, region: 'us-east-1' }).input).toBe('region')
  })
})

describe('retry and retry-on-rerun', () => {
  it('retries a build given with image-arn', () => {
    expect(parse({ 'image-arn': IMAGE_ARN, retry: 'true' }).inputs).toMatchObject({
      mode: 'attach',
      retry: true
    })
  })

  it.each([
    [{ 'pipeline-arn': PIPELINE_ARN }, {}],
    [RECIPE, IN_EU],
    [PROMOTE, {}]
  ])('refuses retry without image-arn (%o)', (given, env) => {
    const error = inputErrorOf({ ...given, retry: 'true' }, env)
    expect(error.input).toBe('retry')
    expect(error.message).toContain('applies with image-arn only')
  })

  it('retries on a re-run in pipeline and recipe mode', () => {
    expect(parse({ 'pipeline-arn': PIPELINE_ARN, 'retry-on-rerun': 'true' }).inputs).toMatchObject({
      mode: 'pipeline',
      retryOnRerun: true
    })
    expect(recipe({ 'retry-on-rerun': 'true' }).retryOnRerun).toBe(true)
  })

  it.each([[{ 'image-arn': IMAGE_ARN }], [PROMOTE]])('refuses retry-on-rerun with %o', (given) => {
    expect(inputErrorOf({ ...given, 'retry-on-rerun': 'true' }).input).toBe('retry-on-rerun')
  })

  it('names the input of a retry that is not a boolean', () => {
    expect(inputErrorOf({ 'image-arn': IMAGE_ARN, retry: 'yes' }).input).toBe('retry')
  })
})
