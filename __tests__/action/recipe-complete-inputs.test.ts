/** Recipe mode's settings for the build instances, encryption and where the AMI goes. */
import { describe, expect, it } from '@jest/globals'
import {
  IN_EU,
  inputErrorOf,
  parse,
  RECIPE,
  recipe,
  recipeProblem as problemWith,
  refusedWithContainer
} from './input-factories.js'

const PIPELINE = {
  'pipeline-arn': 'arn:aws:imagebuilder:eu-west-1:111122223333:image-pipeline/golden'
}

describe('instance-metadata-tokens', () => {
  it('requires IMDSv2 tokens unless told otherwise', () => {
    expect(recipe().instanceMetadataTokens).toBe('required')
    expect(recipe({ 'instance-metadata-tokens': 'optional' }).instanceMetadataTokens).toBe(
      'optional'
    )
  })

  it('names instance-metadata-tokens for anything but required or optional', () => {
    expect(problemWith({ 'instance-metadata-tokens': 'v1' })).toContain(
      "expected required (IMDSv2 only) or optional, got 'v1'"
    )
  })

  it('is refused with pipeline-arn', () => {
    expect(inputErrorOf({ ...PIPELINE, 'instance-metadata-tokens': 'optional' }).input).toBe(
      'instance-metadata-tokens'
    )
    expect(parse(PIPELINE).inputs.mode).toBe('pipeline')
  })
})

describe('kms-key', () => {
  const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
  const EU_ARN = `arn:aws:kms:eu-west-1:111122223333:key/${KEY_ID}`
  const TWO = { 'distribution-regions': 'eu-west-1,us-east-1' }

  it('leaves the AMI to its own encryption unless given', () => {
    expect(recipe().kmsKeys).toEqual({})
  })

  it.each([KEY_ID, 'alias/golden-ami', `mrk-${'0'.repeat(32)}`])(
    'uses one key %s for every distribution region',
    (key) => {
      expect(recipe({ ...TWO, 'kms-key': key }).kmsKeys).toEqual({
        'eu-west-1': key,
        'us-east-1': key
      })
    }
  )

  it('reads region=key lines, a key or alias ARN in its own region', () => {
    const usAlias = 'arn:aws:kms:us-east-1:111122223333:alias/golden-ami'
    expect(
      recipe({ ...TWO, 'kms-key': `eu-west-1=${EU_ARN}\nus-east-1=${usAlias}` }).kmsKeys
    ).toEqual({ 'eu-west-1': EU_ARN, 'us-east-1': usAlias })
  })

  it('names kms-key for a distribution region left without a key', () => {
    expect(problemWith({ ...TWO, 'kms-key': `eu-west-1=${EU_ARN}` })).toContain(
      'no key for us-east-1'
    )
  })

  it.each([
    ['not a key', 'golden-key', 'is not a KMS key ID'],
    [
      'a key ARN of another region',
      `us-east-1=${EU_ARN}\neu-west-1=${KEY_ID}`,
      'in eu-west-1, used for us-east-1'
    ],
    [
      'a region not distributed to',
      `ap-south-1=${KEY_ID}\neu-west-1=${KEY_ID}\nus-east-1=${KEY_ID}`,
      'not a distribution region'
    ],
    ['two bare keys', `${KEY_ID}\n${KEY_ID}`, 'give one key'],
    ['a region given twice', `eu-west-1=${KEY_ID}\neu-west-1=${KEY_ID}`, 'given twice'],
    [
      'an ARN of another partition',
      `arn:aws-cn:kms:eu-west-1:111122223333:key/${KEY_ID}`,
      'partition'
    ]
  ])('names kms-key for %s', (_case, value, message) => {
    expect(problemWith({ ...TWO, 'kms-key': value })).toContain(message)
  })

  it('is refused with pipeline-arn and with image-type: container', () => {
    expect(inputErrorOf({ ...PIPELINE, 'kms-key': KEY_ID }).input).toBe('kms-key')
    expect(refusedWithContainer({ 'kms-key': KEY_ID })).toBe('kms-key')
  })
})

describe('sns-topic', () => {
  const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:image-builds'

  it('is unset unless given, and taken as an SNS topic ARN', () => {
    expect(recipe().snsTopicArn).toBeUndefined()
    expect(recipe({ 'sns-topic': TOPIC }).snsTopicArn).toBe(TOPIC)
  })

  it.each([
    ['a malformed ARN', 'arn:aws:sns:eu-west-1:1111:builds', 'is not an SNS topic ARN'],
    ['a topic name', 'image-builds', 'is not an SNS topic ARN'],
    ['an ARN of another partition', 'arn:aws-cn:sns:cn-north-1:111122223333:builds', 'partition']
  ])('names sns-topic for %s', (_case, value, message) => {
    expect(problemWith({ 'sns-topic': value })).toContain(message)
  })

  it('is refused with pipeline-arn', () => {
    expect(inputErrorOf({ ...PIPELINE, 'sns-topic': TOPIC }).input).toBe('sns-topic')
  })
})

describe('license-configurations', () => {
  const LICENSE =
    'arn:aws:license-manager:eu-west-1:111122223333:license-configuration:lic-0123456789abcdef0123456789abcdef'
  const OTHER =
    'arn:aws:license-manager:eu-west-1:111122223333:license-configuration:lic-fedcba9876543210fedcba9876543210'

  it('is empty unless given, and takes lines or commas', () => {
    expect(recipe().licenseConfigurationArns).toEqual([])
    expect(
      recipe({ 'license-configurations': `${LICENSE},\n${OTHER}` }).licenseConfigurationArns
    ).toEqual([LICENSE, OTHER])
  })

  it.each([
    ['a malformed ARN', LICENSE.replace('lic-', 'license-'), 'is not a License Manager'],
    ['a configuration ID', 'lic-0123456789abcdef0123456789abcdef', 'is not a License Manager'],
    [
      'an ARN of another partition',
      LICENSE.replace('arn:aws:', 'arn:aws-cn:').replace('eu-west-1', 'cn-north-1'),
      'partition'
    ]
  ])('names license-configurations for %s', (_case, value, message) => {
    expect(problemWith({ 'license-configurations': value })).toContain(message)
  })

  it('is refused with pipeline-arn and with image-type: container', () => {
    expect(inputErrorOf({ ...PIPELINE, 'license-configurations': LICENSE }).input).toBe(
      'license-configurations'
    )
    expect(refusedWithContainer({ 'license-configurations': LICENSE })).toBe(
      'license-configurations'
    )
  })
})

describe('keep-instance-on-failure and key-pair', () => {
  it('terminates a failed build’s instance and sets no key pair unless told', () => {
    expect(recipe()).toMatchObject({ keepInstanceOnFailure: false, keyPair: undefined })
    expect(
      recipe({ 'keep-instance-on-failure': 'true', 'key-pair': 'golden-debug' })
    ).toMatchObject({ keepInstanceOnFailure: true, keyPair: 'golden-debug' })
  })

  it('names keep-instance-on-failure for anything but a boolean', () => {
    expect(problemWith({ 'keep-instance-on-failure': 'yes please' })).toContain('yes please')
  })

  it('names key-pair for a name EC2 would refuse', () => {
    expect(problemWith({ 'key-pair': 'golden\ndebug' })).toContain('is not an EC2 key pair name')
    expect(problemWith({ 'key-pair': 'k'.repeat(256) })).toContain('is not an EC2 key pair name')
  })

  it('is refused with pipeline-arn and image-arn', () => {
    expect(inputErrorOf({ ...PIPELINE, 'keep-instance-on-failure': 'true' }).input).toBe(
      'keep-instance-on-failure'
    )
    expect(
      inputErrorOf({
        'image-arn': 'arn:aws:imagebuilder:eu-west-1:111122223333:image/golden/1.0.0/1',
        'key-pair': 'golden-debug'
      }).input
    ).toBe('key-pair')
  })
})

describe('deprecate-after', () => {
  const HOUR = 3_600_000
  const DAY = 24 * HOUR

  it('deprecates nothing unless given', () => {
    expect(recipe().deprecateAfter).toBeUndefined()
  })

  it.each([
    ['90d', 90 * DAY],
    ['12h', 12 * HOUR],
    ['90D', 90 * DAY],
    ['P90D', 90 * DAY],
    ['PT12H', 12 * HOUR],
    ['P1DT12H', 36 * HOUR],
    ['PT90M', 90 * 60_000],
    ['P2W', 14 * DAY],
    ['p1dt30m', DAY + 30 * 60_000],
    ['3650d', 3650 * DAY]
  ])('reads %s', (written, milliseconds) => {
    expect(recipe({ 'deprecate-after': written }).deprecateAfter).toEqual({
      written,
      milliseconds
    })
  })

  it.each([
    ['garbage', 'soon', 'is not a duration'],
    ['a bare number', '90', 'is not a duration'],
    ['minutes in the short form', '30m', 'is not a duration'],
    ['an ISO duration without a unit', 'P', 'is not a duration'],
    ['an ISO time part without a value', 'P1DT', 'is not a duration'],
    ['a fraction', 'PT1.5H', 'is not a duration'],
    ['zero days', '0d', 'is zero'],
    ['a zero ISO duration', 'PT0S', 'is zero'],
    ['a negative short form', '-90d', 'is negative'],
    ['a negative ISO duration', '-P90D', 'is negative'],
    ['seconds only', 'PT30S', 'is under a minute'],
    ['years', 'P1Y', 'uses years or months'],
    ['months', 'P6M', 'uses years or months'],
    ['more than 10 years', '3651d', 'is more than EC2 allows'],
    ['a number past any limit', `${'9'.repeat(400)}d`, 'is more than EC2 allows']
  ])('names deprecate-after for %s', (_case, value, message) => {
    const problem = problemWith({ 'deprecate-after': value })
    expect(problem).toContain(`Input 'deprecate-after': '${value}' ${message}`)
    expect(problem).toContain('expected a duration such as 90d, 12h, P90D')
  })

  it('is refused with pipeline-arn and with image-type: container', () => {
    expect(inputErrorOf({ ...PIPELINE, 'deprecate-after': '90d' }).input).toBe('deprecate-after')
    expect(
      inputErrorOf(
        {
          ...RECIPE,
          'image-type': 'container',
          'parent-image': 'amazonlinux:2023',
          'container-repository': 'golden/app',
          'deprecate-after': '90d'
        },
        IN_EU
      ).input
    ).toBe('deprecate-after')
  })
})

describe('deprecate-after with wait: false', () => {
  it('warns that nothing is deprecated, since the step ends before the AMIs exist', () => {
    expect(parse({ ...RECIPE, wait: 'false', 'deprecate-after': '90d' }, IN_EU).warnings).toEqual([
      "Input 'deprecate-after' is ignored with wait: false: the AMIs are deprecated once the build has made them."
    ])
    expect(parse({ ...RECIPE, 'deprecate-after': '90d' }, IN_EU).warnings).toEqual([])
  })
})
