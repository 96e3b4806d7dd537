/** Recipe mode's settings for the build instances, encryption and where the AMI goes. */
import { describe, expect, it } from '@jest/globals'
import { inputErrorOf, parse, recipe, recipeProblem as problemWith } from './input-factories.js'

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
