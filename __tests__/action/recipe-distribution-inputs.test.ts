/** Recipe mode's dry-run, ssm-parameter and launch-templates inputs. */
import { describe, expect, it } from '@jest/globals'
import {
  type Given,
  IN_EU,
  parse,
  RECIPE,
  recipe,
  recipeProblem as problemWith
} from './input-factories.js'

const LT_EU = 'lt-0123456789abcdef0'
const LT_US = 'lt-0fedcba9876543210'

describe('dry-run', () => {
  it('is off unless asked for', () => {
    expect(recipe().dryRun).toBe(false)
    expect(recipe({ 'dry-run': 'true' }).dryRun).toBe(true)
  })

  it('names dry-run when it is not a boolean', () => {
    expect(problemWith({ 'dry-run': 'perhaps' })).toContain('expected true or false')
  })
})

describe('ssm-parameter', () => {
  it('is unset unless given', () => {
    expect(recipe().ssmParameter).toBeUndefined()
  })

  const withRole = { 'execution-role': 'ImageBuilderExecution' }

  it.each(['/golden/al2023/latest', 'golden-latest', '/a.b/c_d/e-f', `/${'l/'.repeat(14)}name`])(
    'accepts %s with an execution role',
    (name) => {
      expect(recipe({ ...withRole, 'ssm-parameter': name }).ssmParameter).toBe(name)
    }
  )

  it('accepts a name under /imagebuilder/ without an execution role', () => {
    expect(recipe({ 'ssm-parameter': '/imagebuilder/golden/latest' }).ssmParameter).toBe(
      '/imagebuilder/golden/latest'
    )
  })

  it('refuses a name the service-linked role cannot write when no execution role is given', () => {
    expect(problemWith({ 'ssm-parameter': '/golden/al2023/latest' })).toContain(
      'name it /imagebuilder/golden/al2023/latest or give an execution-role'
    )
  })

  it('takes an execution role by name or ARN, and refuses anything else', () => {
    expect(recipe(withRole).executionRole).toBe('ImageBuilderExecution')
    const arn = 'arn:aws:iam::123456789012:role/ci/ImageBuilderExecution'
    expect(recipe({ 'execution-role': arn }).executionRole).toBe(arn)
    expect(problemWith({ 'execution-role': 'arn:aws:iam::123:user/x' })).toContain(
      'is not an IAM role name or role ARN'
    )
  })

  it.each([
    ['a space', '/golden/al 2023', 'only letters, digits'],
    ['a character outside the set', '/golden/al2023:latest', 'only letters, digits'],
    ['a path without its leading slash', 'golden/latest', 'must start with /'],
    ['an empty level', '/golden//latest', 'empty level'],
    ['a trailing slash', '/golden/', 'empty level'],
    ['sixteen levels', `/${'l/'.repeat(15)}name`, 'more than 15 levels'],
    ['the reserved aws prefix', '/aws/golden', 'must not begin with aws or ssm'],
    ['the reserved prefix in another case', 'SSM-golden', 'must not begin with aws or ssm'],
    ['a name glued to the prefix', 'awsGolden', 'must not begin with aws or ssm'],
    ['a name whose ARN passes 1011 characters', `/${'n'.repeat(970)}`, 'too long']
  ])('names ssm-parameter for %s', (_case, name, problem) => {
    expect(problemWith({ ...withRole, 'ssm-parameter': name })).toContain(problem)
  })

  it('counts the longest distribution region into the length limit', () => {
    // arn:aws:ssm:eu-west-1:<12 digits>:parameter/ is 45 characters.
    const fits = `/${'n'.repeat(1011 - 45)}`
    expect(recipe({ ...withRole, 'ssm-parameter': fits }).ssmParameter).toBe(fits)
    const longerRegion = { 'distribution-regions': 'eu-west-1, ap-southeast-2', ...withRole }
    expect(problemWith({ ...longerRegion, 'ssm-parameter': fits })).toContain(
      'its ARN would be 1016 characters'
    )
  })
})

describe('launch-templates', () => {
  it('is empty unless given', () => {
    expect(recipe().launchTemplates).toEqual([])
  })

  it('reads region=lt-… lines, and a bare lt-… as the build region', () => {
    const inputs = recipe({
      'distribution-regions': 'eu-west-1, us-east-1',
      'launch-templates': `${LT_EU}\n\n us-east-1 = ${LT_US} `
    })
    expect(inputs.launchTemplates).toEqual([
      { region: 'eu-west-1', launchTemplateId: LT_EU },
      { region: 'us-east-1', launchTemplateId: LT_US }
    ])
  })

  it('accepts the build region when no distribution regions are given', () => {
    expect(recipe({ 'launch-templates': `eu-west-1=${LT_EU}` }).launchTemplates).toHaveLength(1)
  })

  it('names launch-templates for a region that is not distributed to', () => {
    expect(problemWith({ 'launch-templates': `us-east-1=${LT_US}` })).toContain(
      `${LT_US} is in us-east-1, which is not a distribution region (eu-west-1)`
    )
  })

  it('names launch-templates for a bare ID when the build region is not distributed to', () => {
    const given = { 'distribution-regions': 'us-east-1', 'launch-templates': LT_EU }
    expect(problemWith(given)).toContain('is in eu-west-1, which is not a distribution region')
  })

  it('names launch-templates for a region given twice', () => {
    const given = { 'launch-templates': `${LT_EU}\neu-west-1=${LT_US}` }
    expect(problemWith(given)).toContain('region eu-west-1 is given twice')
  })

  it.each([
    ['a launch template name', 'eu-west-1=golden-template'],
    ['an ID of the wrong length', 'lt-0123456789abcdef'],
    ['upper-case hex', 'lt-0123456789ABCDEF0'],
    ['an empty ID', 'eu-west-1=']
  ])('names launch-templates for %s', (_case, line) => {
    expect(problemWith({ 'launch-templates': line })).toContain('is not a launch template ID')
  })
})

describe('an ssm: parent image', () => {
  const warningsFor = (given: Given): string[] => parse({ ...RECIPE, ...given }, IN_EU).warnings

  it('warns when the service-linked role may not read the parameter at build time', () => {
    expect(warningsFor({ 'parent-image': 'ssm:/golden/base' })).toEqual([
      expect.stringContaining(
        "Input 'parent-image': Image Builder resolves ssm:/golden/base again when the build starts"
      )
    ])
  })

  it.each([
    [{ 'parent-image': 'ssm:/imagebuilder/golden/base' }],
    [
      {
        'parent-image': 'ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'
      }
    ],
    [{ 'parent-image': 'ssm:/golden/base', 'execution-role': 'ImageBuilderExecution' }]
  ])('says nothing for %o', (given) => {
    expect(warningsFor(given)).toEqual([])
  })
})
