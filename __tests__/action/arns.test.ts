import { describe, expect, it } from '@jest/globals'
import {
  knownPartitionOf,
  parseArn,
  parseImageBuildVersionArn,
  partitionOf,
  pipelineArnRegion,
  regionProblem
} from '../../src/domain/arns.js'

describe('partitionOf', () => {
  it.each([
    ['eu-west-1', 'aws'],
    ['il-central-1', 'aws'],
    ['ap-southeast-2', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov']
  ])('puts %s in %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition)
  })

  it.each(['us-iso-east-1', 'us-isob-east-1', 'Ireland', 'eu-west', 'eu_west_1', ''])(
    'refuses %s, which is in no supported partition or no region at all',
    (region) => {
      expect(knownPartitionOf(region)).toBeUndefined()
      expect(() => partitionOf(region)).toThrow('is not a region of the aws, aws-cn or aws-us-gov')
    }
  )
})

describe('regionProblem', () => {
  it('accepts a well-formed region of a supported partition', () => {
    expect(regionProblem('us-gov-west-1')).toBeUndefined()
  })

  it('tells a malformed name from an unsupported partition', () => {
    expect(regionProblem('Ireland')).toContain('is not a region name')
    expect(regionProblem('us-iso-east-1')).toContain('not in a partition this action supports')
  })
})

describe('parseArn', () => {
  it('splits the common prefix and keeps the resource whole', () => {
    expect(parseArn('arn:aws-cn:imagebuilder:cn-north-1:111122223333:image/a/1.0.0/2')).toEqual({
      partition: 'aws-cn',
      service: 'imagebuilder',
      region: 'cn-north-1',
      accountId: '111122223333',
      resource: 'image/a/1.0.0/2'
    })
  })

  it('keeps an empty region for a global service', () => {
    expect(parseArn('arn:aws:organizations::111122223333:organization/o-abc')?.region).toBe('')
  })

  it.each(['ami-0123456789abcdef0', 'arn:aws:imagebuilder', 'update-linux'])(
    'is undefined for %s',
    (text) => {
      expect(parseArn(text)).toBeUndefined()
    }
  )
})

describe('Image Builder resource paths', () => {
  it('reads an image build version ARN in any partition', () => {
    const arn = 'arn:aws-us-gov:imagebuilder:us-gov-west-1:111122223333:image/golden/1.4.0/3'
    expect(parseImageBuildVersionArn(arn)).toEqual({
      partition: 'aws-us-gov',
      region: 'us-gov-west-1',
      accountId: '111122223333',
      name: 'golden',
      semanticVersion: '1.4.0',
      buildNumber: 3
    })
  })

  it('refuses an image version ARN without its build number', () => {
    expect(
      parseImageBuildVersionArn('arn:aws:imagebuilder:eu-west-1:111122223333:image/golden/1.4.0')
    ).toBeUndefined()
  })

  it('reads the region of a pipeline ARN, and nothing from another resource', () => {
    const pipeline = 'arn:aws:imagebuilder:eu-west-1:111122223333:image-pipeline/golden'
    expect(pipelineArnRegion(pipeline)).toBe('eu-west-1')
    expect(pipelineArnRegion(pipeline.replace('image-pipeline', 'pipeline'))).toBeUndefined()
    expect(pipelineArnRegion(pipeline.replace('111122223333', 'aws'))).toBeUndefined()
  })
})
