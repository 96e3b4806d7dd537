import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateTagsCommand, DescribeLaunchTemplatesCommand } from '@aws-sdk/client-ec2'
import {
  CreateImageRecipeCommand,
  ListComponentsCommand,
  ListImageBuildVersionsCommand,
  ListImageRecipesCommand,
  StartImagePipelineExecutionCommand,
  TagResourceCommand,
  type Ownership
} from '@aws-sdk/client-imagebuilder'
import { GetParameterCommand } from '@aws-sdk/client-ssm'
import { matchesModelPattern } from '../../emulator/src/models/patterns.js'
import { serviceModel } from '../../emulator/src/models/service-models.js'
import { rawImagebuilder, startHarness, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness

beforeEach(async () => {
  harness = await startHarness()
})

afterEach(async () => {
  await harness.close()
})

const RECIPE = {
  name: 'golden',
  semanticVersion: '1.0.0',
  parentImage: 'ami-0123456789abcdef0',
  components: [
    {
      componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x'
    }
  ]
}

describe('Image Builder requests held to the service model', () => {
  it('refuses a name outside its pattern with InvalidParameterValueException naming it, creating nothing', async () => {
    const client = harness.imagebuilder()
    const failure = await rejectionOf(
      client.send(new CreateImageRecipeCommand({ ...RECIPE, name: 'golden.recipe' }))
    )
    expect(failure).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect(failure.message).toContain("The value supplied for parameter 'name' is not valid.")
    expect(failure.message).toContain("'name' must match pattern ^[-_A-Za-z-0-9]")
    const listed = await client.send(new ListImageRecipesCommand({}))
    expect(listed.imageRecipeSummaryList ?? []).toEqual([])
  })

  it('refuses a description over its length', async () => {
    const failure = await rejectionOf(
      harness
        .imagebuilder()
        .send(new CreateImageRecipeCommand({ ...RECIPE, description: 'd'.repeat(1025) }))
    )
    expect(failure).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect(failure.message).toContain("'description' must have length less than or equal to 1024")
  })

  it('refuses a client token over 64 characters', async () => {
    const failure = await rejectionOf(
      harness.imagebuilder().send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden',
          clientToken: 't'.repeat(65)
        })
      )
    )
    expect(failure).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect(failure.message).toContain("'clientToken' must have length less than or equal to 64")
  })

  it('refuses a value outside an enum and a number outside its range', async () => {
    const client = harness.imagebuilder()
    const owner = await rejectionOf(
      client.send(new ListComponentsCommand({ owner: 'Nobody' as Ownership }))
    )
    expect(owner).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect(owner.message).toContain("'owner' must satisfy enum value set: [Self, Shared, Amazon")
    const page = await rejectionOf(
      client.send(new ListImageBuildVersionsCommand({ maxResults: 26 }))
    )
    expect(page).toMatchObject({ name: 'InvalidParameterValueException', status: 400 })
    expect(page.message).toContain("'maxResults' must have value less than or equal to 25")
  })

  it('answers InvalidRequestException naming a missing required member', async () => {
    const response = await rawImagebuilder(harness.emu, 'PUT', '/CreateImage', {
      body: {
        clientToken: 'token-1',
        imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/golden/1.0.0'
      }
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidRequestException')
    expect(response.body.message).toBe(
      "The request is missing required parameter 'infrastructureConfigurationArn'."
    )
  })

  it('answers the tagging operations’ InvalidParameterException for a tag key over 128 characters', async () => {
    const failure = await rejectionOf(
      harness.imagebuilder().send(
        new TagResourceCommand({
          resourceArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden',
          tags: { ['k'.repeat(129)]: 'v' }
        })
      )
    )
    expect(failure).toMatchObject({ name: 'InvalidParameterException', status: 400 })
    expect(failure.message).toContain('length less than or equal to 128')
  })
})

describe('other services answer in their own protocol', () => {
  it('EC2: InvalidParameterValue and MissingParameter in query-protocol error XML', async () => {
    const ec2 = harness.ec2('us-east-1')
    const range = await rejectionOf(
      ec2.send(new DescribeLaunchTemplatesCommand({ MaxResults: 500 }))
    )
    expect(range).toMatchObject({ name: 'InvalidParameterValue', status: 400 })
    expect(range.message).toBe(
      'Value (500) for parameter MaxResults is invalid. Member must have value less than or equal to 200'
    )
    const missing = await rejectionOf(
      ec2.send(new CreateTagsCommand({ Resources: ['ami-0123456789abcdef0'], Tags: undefined }))
    )
    expect(missing).toMatchObject({ name: 'MissingParameter', status: 400 })
    expect(missing.message).toBe('The request must contain the parameter Tags')
    const raw = await fetch(harness.emu.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDTEST/20261123/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=abc'
      },
      body: 'Action=DescribeLaunchTemplates&Version=2016-11-15&MaxResults=0'
    })
    const xml = await raw.text()
    expect(raw.status).toBe(400)
    expect(xml).toMatch(
      /^<\?xml[^>]*>\s*<Response><Errors><Error><Code>InvalidParameterValue<\/Code><Message>Value \(0\) for parameter MaxResults is invalid\./
    )
  })

  it('CloudWatch Logs: InvalidParameterException in Coral’s words; SSM: ValidationException', async () => {
    const logs = await rejectionOf(
      harness
        .logs('us-east-1')
        .send(new GetLogEventsCommand({ logGroupName: 'bad!group', logStreamName: 's' }))
    )
    expect(logs).toMatchObject({ name: 'InvalidParameterException', status: 400 })
    expect(logs.message).toBe(
      "1 validation error detected: Value 'bad!group' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+"
    )
    const ssm = await rejectionOf(
      harness.ssm('us-east-1').send(new GetParameterCommand({ Name: 'n'.repeat(2049) }))
    )
    expect(ssm).toMatchObject({ name: 'ValidationException', status: 400 })
    expect(ssm.message).toContain(
      "at 'Name' failed to satisfy constraint: Member must have length less than or equal to 2048"
    )
  })
})

describe('model patterns, read as Java reads them', () => {
  const ib = serviceModel('imagebuilder')
  const pattern = (shape: string): string => ib?.shapes[shape]?.pattern ?? ''

  it('matches Image Builder ARNs and names whole, not in part', () => {
    expect(
      matchesModelPattern(
        pattern('ImageBuildVersionArn'),
        'arn:aws:imagebuilder:eu-west-1:123456789012:image/golden/1.0.0/3'
      )
    ).toBe(true)
    expect(
      matchesModelPattern(
        pattern('ImageBuildVersionArn'),
        'arn:aws:imagebuilder:eu-west-1:123456789012:image/golden/1.0.0'
      )
    ).toBe(false)
    expect(
      matchesModelPattern(
        pattern('ImagePipelineArn'),
        'arn:aws-cn:imagebuilder:cn-north-1:123456789012:image-pipeline/my-pipe_1'
      )
    ).toBe(true)
    expect(matchesModelPattern(pattern('ResourceName'), 'golden recipe-1')).toBe(true)
    expect(matchesModelPattern(pattern('ResourceName'), 'golden.recipe')).toBe(false)
    expect(matchesModelPattern(pattern('ResourceName'), 'ab')).toBe(false)
  })

  it('reads a top-level alternation as a whole-value match and \\u10000 as a code point', () => {
    const arn = serviceModel('sts')?.shapes.arnType?.pattern ?? ''
    expect(arn).toContain('\\u10000-\\u10FFFF')
    expect(matchesModelPattern(arn, 'arn:aws:iam::123456789012:user/😀')).toBe(true)
    expect(matchesModelPattern(arn, 'arn:aws:iam::123456789012:user/\u0007')).toBe(false)
    expect(matchesModelPattern('^String|Integer|Boolean|StringList$', 'Integer')).toBe(true)
    expect(matchesModelPattern('^String|Integer|Boolean|StringList$', 'IntegerX')).toBe(false)
  })
})
