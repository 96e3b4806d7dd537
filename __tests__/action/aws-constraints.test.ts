/**
 * The constraints the inputs enforce are Image Builder's own: each constant equals its shape in the
 * service model the emulator validates against (a model update that changes one fails here), the
 * request members the action fills take those shapes, and an input past each is an input error
 * naming the input.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  AMI_NAME_MAX_LENGTH,
  AMI_NAME_MIN_LENGTH,
  AMI_NAME_PATTERN,
  DESCRIPTION_MAX_LENGTH,
  MAX_TAGS,
  modelPattern,
  RESOURCE_NAME_MAX_LENGTH,
  RESOURCE_NAME_MIN_LENGTH,
  RESOURCE_NAME_PATTERN,
  TAG_KEY_MAX_LENGTH,
  TAG_KEY_MIN_LENGTH,
  TAG_KEY_PATTERN,
  TAG_VALUE_MAX_LENGTH,
  VERSION_NUMBER_PATTERN
} from '../../src/inputs/aws-constraints.js'
import { ACTION_TAG_KEYS, MOST_ACTION_TAGS_ON_ONE_RESOURCE } from '../../src/domain/action-tags.js'
import { MAX_USER_TAGS } from '../../src/inputs/fields.js'
import { PIPELINE_ARN } from './factories.js'
import { IN_EU, inputErrorOf, parse, RECIPE, recipe } from './input-factories.js'

interface Shape {
  type: string
  min?: number
  max?: number
  pattern?: string
  key?: { shape: string }
  value?: { shape: string }
  members?: Record<string, { shape: string }>
}

const models = JSON.parse(
  readFileSync(new URL('../../emulator/models/service-models.json', import.meta.url), 'utf8')
) as { services: { imagebuilder: { shapes: Record<string, Shape> } } }
const shapes = models.services.imagebuilder.shapes

function shape(name: string): Shape {
  const found = shapes[name]
  if (!found) throw new Error(`The Image Builder model has no shape ${name}`)
  return found
}

function memberShape(structure: string, member: string): string | undefined {
  return shape(structure).members?.[member]?.shape
}

describe('the constraints match the Image Builder model', () => {
  it('ResourceName: the pattern, and the lengths it allows', () => {
    expect(RESOURCE_NAME_PATTERN).toBe(shape('ResourceName').pattern)
    expect(shape('ResourceName').min).toBeUndefined()
    expect(shape('ResourceName').max).toBeUndefined()
    const name = modelPattern(RESOURCE_NAME_PATTERN)
    expect(name.test('a'.repeat(RESOURCE_NAME_MIN_LENGTH))).toBe(true)
    expect(name.test('a'.repeat(RESOURCE_NAME_MIN_LENGTH - 1))).toBe(false)
    expect(name.test('a'.repeat(RESOURCE_NAME_MAX_LENGTH))).toBe(true)
    expect(name.test('a'.repeat(RESOURCE_NAME_MAX_LENGTH + 1))).toBe(false)
  })

  it('NonEmptyString: the description length', () => {
    expect(DESCRIPTION_MAX_LENGTH).toBe(shape('NonEmptyString').max)
  })

  it('VersionNumber: the semantic version pattern', () => {
    expect(VERSION_NUMBER_PATTERN).toBe(shape('VersionNumber').pattern)
  })

  it('TagKey, TagValue and TagMap: key pattern and lengths, value length, tag count', () => {
    expect(TAG_KEY_PATTERN).toBe(shape('TagKey').pattern)
    expect(TAG_KEY_MIN_LENGTH).toBe(shape('TagKey').min)
    expect(TAG_KEY_MAX_LENGTH).toBe(shape('TagKey').max)
    expect(TAG_VALUE_MAX_LENGTH).toBe(shape('TagValue').max)
    expect(shape('TagValue').min).toBeUndefined()
    expect(MAX_TAGS).toBe(shape('TagMap').max)
    expect(shape('TagMap').key?.shape).toBe('TagKey')
    expect(shape('TagMap').value?.shape).toBe('TagValue')
  })

  it('AmiNameString: the pattern and lengths', () => {
    expect(AMI_NAME_PATTERN).toBe(shape('AmiNameString').pattern)
    expect(AMI_NAME_MIN_LENGTH).toBe(shape('AmiNameString').min)
    expect(AMI_NAME_MAX_LENGTH).toBe(shape('AmiNameString').max)
  })

  it.each([
    'CreateComponentRequest',
    'CreateImageRecipeRequest',
    'CreateContainerRecipeRequest',
    'CreateInfrastructureConfigurationRequest',
    'CreateDistributionConfigurationRequest'
  ])('%s names and describes its resource with these shapes', (request) => {
    expect(memberShape(request, 'name')).toBe('ResourceName')
    expect(memberShape(request, 'description')).toBe('NonEmptyString')
    expect(memberShape(request, 'tags')).toBe('TagMap')
  })

  it('the rest of what the inputs fill takes these shapes too', () => {
    expect(memberShape('CreateComponentRequest', 'semanticVersion')).toBe('VersionNumber')
    expect(memberShape('AmiDistributionConfiguration', 'name')).toBe('AmiNameString')
    expect(memberShape('AmiDistributionConfiguration', 'description')).toBe('NonEmptyString')
    expect(memberShape('AmiDistributionConfiguration', 'amiTags')).toBe('TagMap')
    expect(memberShape('StartImagePipelineExecutionRequest', 'tags')).toBe('TagMap')
  })
})

describe('an input past a constraint is an input error naming the input', () => {
  function expectInputError(given: Parameters<typeof inputErrorOf>[0], input: string): string {
    const error = inputErrorOf(given, IN_EU)
    expect(error.input).toBe(input)
    return error.message
  }

  it('name (ResourceName): the longest passes, one more character, too short or a character outside the pattern fail', () => {
    expect(recipe({ name: 'n'.repeat(RESOURCE_NAME_MAX_LENGTH), 'ami-name': 'golden' }).name).toBe(
      'n'.repeat(RESOURCE_NAME_MAX_LENGTH)
    )
    const over = { ...RECIPE, name: 'n'.repeat(RESOURCE_NAME_MAX_LENGTH + 1), 'ami-name': 'golden' }
    expect(expectInputError(over, 'name')).toContain(`3–${RESOURCE_NAME_MAX_LENGTH}`)
    expectInputError({ ...RECIPE, name: 'n'.repeat(RESOURCE_NAME_MIN_LENGTH - 1) }, 'name')
    expectInputError({ ...RECIPE, name: 'golden/al2023' }, 'name')
  })

  it('version (VersionNumber): x.y.z passes; a wildcard or a fourth part fails', () => {
    expect(recipe({ version: '1.2.3' }).version).toBe('1.2.3')
    expectInputError({ ...RECIPE, version: '1.x.0' }, 'version')
    expectInputError({ ...RECIPE, version: '1.2.3.4' }, 'version')
  })

  it('ami-name (AmiNameString): the longest passes, one more character or a character outside the pattern fails', () => {
    const longest = `${'a'.repeat(AMI_NAME_MAX_LENGTH - 27)}-{{imagebuilder:buildDate}}`
    expect(longest).toHaveLength(AMI_NAME_MAX_LENGTH)
    expect(recipe({ 'ami-name': longest }).amiName).toBe(longest)
    expect(expectInputError({ ...RECIPE, 'ami-name': `a${longest}` }, 'ami-name')).toContain(
      `3–${AMI_NAME_MAX_LENGTH}`
    )
    expectInputError({ ...RECIPE, 'ami-name': 'golden/al2023' }, 'ami-name')
  })

  it('name makes a default AMI name over AmiNameString’s length: the error names name', () => {
    const name = 'n'.repeat(AMI_NAME_MAX_LENGTH - 25)
    expect(expectInputError({ ...RECIPE, name }, 'name')).toContain(
      `${AMI_NAME_MAX_LENGTH} characters`
    )
  })

  describe.each(['tags', 'ami-tags'] as const)('%s', (input) => {
    const inPipeline = (raw: string) => ({ 'pipeline-arn': PIPELINE_ARN, [input]: raw })

    it('TagKey: the longest key passes; one more character, a character outside the pattern or aws: fails', () => {
      expect(() => parse(inPipeline(`${'k'.repeat(TAG_KEY_MAX_LENGTH)}=v`))).not.toThrow()
      expect(
        expectInputError(inPipeline(`${'k'.repeat(TAG_KEY_MAX_LENGTH + 1)}=v`), input)
      ).toContain(`1–${TAG_KEY_MAX_LENGTH}`)
      expectInputError(inPipeline('team#1=v'), input)
      expectInputError(inPipeline('équipe=v'), input)
      expectInputError(inPipeline('aws:owner=v'), input)
    })

    it('TagValue: the longest value passes; one more character fails', () => {
      expect(() => parse(inPipeline(`team=${'v'.repeat(TAG_VALUE_MAX_LENGTH)}`))).not.toThrow()
      expect(
        expectInputError(inPipeline(`team=${'v'.repeat(TAG_VALUE_MAX_LENGTH + 1)}`), input)
      ).toContain(`over ${TAG_VALUE_MAX_LENGTH} characters`)
    })

    it('TagMap: the most tags that fit beside the action’s own pass; one more fails', () => {
      const tags = (count: number) =>
        Array.from({ length: count }, (_, n) => `k${String(n)}=v`).join('\n')
      expect(MAX_USER_TAGS + MOST_ACTION_TAGS_ON_ONE_RESOURCE).toBe(MAX_TAGS)
      expect(() => parse(inPipeline(tags(MAX_USER_TAGS)))).not.toThrow()
      expect(expectInputError(inPipeline(tags(MAX_USER_TAGS + 1)), input)).toContain(
        `at most ${MAX_USER_TAGS}`
      )
    })

    it.each(ACTION_TAG_KEYS)('refuses the action’s own tag key %s by name', (key) => {
      expect(expectInputError(inPipeline(`team=a\n${key}=mine`), input)).toContain(
        `'${key}' is one the action sets itself`
      )
    })

    it('tag keys are case-sensitive: another case of an action key is the user’s own', () => {
      expect(() => parse(inPipeline('GitHub:SHA=abc'))).not.toThrow()
    })
  })
})
