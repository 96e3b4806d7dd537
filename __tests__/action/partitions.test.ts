/** ARNs and regions must agree, and stay in the build region's partition. */
import { describe, expect, it } from '@jest/globals'
import {
  inputErrorOf,
  parse,
  RECIPE,
  recipe,
  recipeProblem as problemWith
} from './input-factories.js'

describe('partitions', () => {
  const CN_PIPELINE = 'arn:aws-cn:imagebuilder:cn-north-1:111122223333:image-pipeline/golden'
  const GOV_IMAGE = 'arn:aws-us-gov:imagebuilder:us-gov-west-1:111122223333:image/golden/1.0.0/1'

  it('runs a pipeline and follows a build in the China and GovCloud partitions', () => {
    expect(parse({ 'pipeline-arn': CN_PIPELINE }).inputs.region).toBe('cn-north-1')
    expect(parse({ 'image-arn': GOV_IMAGE }).inputs.region).toBe('us-gov-west-1')
  })

  it.each([
    [
      'pipeline-arn',
      CN_PIPELINE.replace('aws-cn', 'aws'),
      'partition aws does not match region cn-north-1'
    ],
    ['pipeline-arn', CN_PIPELINE.replace('aws-cn', 'aws-xx'), "'aws-xx' is not a known partition"],
    ['image-arn', GOV_IMAGE.replace('aws-us-gov', 'aws-cn'), 'does not match region us-gov-west-1'],
    [
      'image-arn',
      GOV_IMAGE.replaceAll('us-gov-west-1', 'us-iso-east-1').replace('aws-us-gov', 'aws'),
      'not in a partition this action supports'
    ]
  ])('names %s when its partition and region disagree', (input, arn, problem) => {
    const error = inputErrorOf({ [input]: arn })
    expect(error.input).toBe(input)
    expect(error.message).toContain(problem)
  })

  it('builds a recipe in the China partition with ARNs of that partition', () => {
    const inputs = recipe(
      {
        'parent-image': 'arn:aws-cn:imagebuilder:cn-north-1:aws:image/amazon-linux-2023-x86/x.x.x',
        components: 'arn:aws-cn:imagebuilder:cn-north-1:aws:component/update-linux/x.x.x',
        'distribution-regions': 'cn-north-1, cn-northwest-1',
        'share-with': 'arn:aws-cn:organizations::111122223333:organization/o-abcdef1234'
      },
      { AWS_REGION: 'cn-north-1' }
    )
    expect(inputs.distributionRegions).toEqual(['cn-north-1', 'cn-northwest-1'])
  })

  it.each([
    ['distribution-regions', 'eu-west-1, cn-north-1', "'cn-north-1' is in partition aws-cn"],
    ['distribution-regions', 'eu-west-1, us-iso-east-1', 'not in a partition this action supports'],
    ['distribution-regions', 'eu-west-1, europe', "'europe' is not a region name"],
    [
      'parent-image',
      'arn:aws-cn:imagebuilder:cn-north-1:aws:image/amazon-linux-2023-x86/x.x.x',
      "partition aws-cn differs from the build region's partition (aws)"
    ],
    [
      'parent-image',
      'arn:aws:imagebuilder:cn-north-1:aws:image/amazon-linux-2023-x86/x.x.x',
      'partition aws does not match region cn-north-1'
    ],
    [
      'components',
      'update-linux\narn:aws-us-gov:imagebuilder:us-gov-west-1:aws:component/hello/1.0.0/1',
      "differs from the build region's partition"
    ],
    [
      'share-with',
      'arn:aws-cn:organizations::111122223333:organization/o-abcdef1234',
      "differs from the build region's partition"
    ]
  ])('names %s when it leaves the build region partition', (input, value, problem) => {
    expect(problemWith({ [input]: value })).toContain(problem)
  })

  it.each([
    [
      { AWS_REGION: 'Ireland' },
      "'Ireland' is not a region name (like eu-west-1) (from AWS_REGION)"
    ],
    [
      { AWS_DEFAULT_REGION: 'us-iso-east-1' },
      'this action supports (aws, aws-cn, aws-us-gov) (from AWS_DEFAULT_REGION)'
    ]
  ])(
    'names region, and the variable it came from, when the build region is unusable',
    (env, problem) => {
      const error = inputErrorOf(RECIPE, env)
      expect(error.input).toBe('region')
      expect(error.message).toContain(problem)
    }
  )
})
