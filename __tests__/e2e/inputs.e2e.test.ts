/** Bad input fails fast: an error that names the input, and not one request reaches AWS. */
import { describe, expect, it } from '@jest/globals'
import { emulatorPerTest, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

const IMAGE_ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1'

interface BadInputCase {
  problem: string
  /** Inputs over a valid pipeline-arn; `pipeline-arn: ''` removes it. */
  inputs: Record<string, string>
  /** The inputs the error must name. */
  named: string[]
}

const CASES: BadInputCase[] = [
  {
    problem: 'none of the four modes is chosen',
    inputs: { 'pipeline-arn': '' },
    named: ['pipeline-arn', 'image-arn', 'name', 'promote-image']
  },
  {
    problem: 'promote-image comes with pipeline-arn',
    inputs: { 'promote-image': IMAGE_ARN, 'execution-role': 'ImageBuilderExecution' },
    named: ['pipeline-arn', 'promote-image']
  },
  {
    problem: 'promote-image comes without execution-role',
    inputs: { 'pipeline-arn': '', 'promote-image': IMAGE_ARN },
    named: ['execution-role']
  },
  {
    problem: "promote-image is not an image ARN of its region's partition",
    inputs: {
      'pipeline-arn': '',
      'promote-image': IMAGE_ARN.replace('arn:aws:', 'arn:aws-cn:'),
      'execution-role': 'ImageBuilderExecution'
    },
    named: ['promote-image']
  },
  {
    problem: 'promote-image comes with a recipe input',
    inputs: {
      'pipeline-arn': '',
      'promote-image': IMAGE_ARN,
      'execution-role': 'ImageBuilderExecution',
      'parent-image': 'ami-0123456789abcdef0'
    },
    named: ['parent-image']
  },
  {
    problem: 'retry comes without image-arn',
    inputs: { retry: 'true' },
    named: ['retry']
  },
  {
    problem: 'pipeline-arn comes with image-arn',
    inputs: { 'image-arn': IMAGE_ARN },
    named: ['pipeline-arn', 'image-arn']
  },
  {
    problem: 'a recipe input comes with pipeline-arn',
    inputs: { 'parent-image': 'ami-0123456789abcdef0' },
    named: ['parent-image']
  },
  {
    problem: 'pipeline-arn is not a pipeline ARN',
    inputs: { 'pipeline-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:pipeline/golden' },
    named: ['pipeline-arn']
  },
  {
    problem: "pipeline-arn's partition does not match its region",
    inputs: {
      'pipeline-arn': 'arn:aws-cn:imagebuilder:us-east-1:123456789012:image-pipeline/golden'
    },
    named: ['pipeline-arn']
  },
  {
    problem: 'poll-interval-seconds is 0',
    inputs: { 'poll-interval-seconds': '0' },
    named: ['poll-interval-seconds']
  },
  { problem: 'wait is not a boolean', inputs: { wait: 'maybe' }, named: ['wait'] },
  {
    problem: 'timeout-minutes is negative',
    inputs: { 'timeout-minutes': '-1' },
    named: ['timeout-minutes']
  },
  {
    problem: "region differs from the pipeline ARN's",
    inputs: { region: 'eu-west-1' },
    named: ['region']
  },
  {
    problem: 'poll-interval-seconds is written in exponent form',
    inputs: { 'poll-interval-seconds': '1e-9' },
    named: ['poll-interval-seconds']
  },
  {
    problem: 'timeout-minutes is over a week',
    inputs: { 'timeout-minutes': '10081' },
    named: ['timeout-minutes']
  },
  {
    problem: 'an ami-tags key uses the reserved aws: prefix',
    inputs: { 'ami-tags': 'aws:x=y' },
    named: ['ami-tags']
  }
]

describe('bad inputs', () => {
  it.each(CASES)('fails before any AWS call when $problem', async ({ inputs, named }) => {
    const { emu, pipeline } = await startWorld()

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn, ...inputs })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const namedInError = /^Inputs? '([^']+)': \S/.exec(run.errors[0] ?? '')?.[1]
    expect(namedInError?.split(', ')).toEqual(named)
    expect(emu.requests).toEqual([])
  })

  it('still writes a short job summary with the error, and every output it can', async () => {
    const { emu, pipeline } = await startWorld()

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn, wait: 'maybe' })

    expect(run.summary).toContain('No image build started: an input was refused')
    expect(run.summary).toContain('Input &#39;wait&#39;&#58; expected true or false')
    expect(run.outputs).toMatchObject({
      'image-arn': '',
      status: '',
      'ami-id': '',
      amis: '{}',
      'test-results': '[]'
    })
    expect(emu.requests).toEqual([])
  })

  it('writes no summary for a refused input when summary is false', async () => {
    const { emu, pipeline } = await startWorld()

    const run = await runStep(emu, {
      'pipeline-arn': pipeline.pipelineArn,
      wait: 'maybe',
      summary: 'false'
    })

    expect(run.exitCode).toBe(1)
    expect(run.summary).toBe('')
  })
})

describe('a hand run, which passes only the inputs the user wrote', () => {
  it('runs a pipeline from pipeline-arn alone, with no error and no warning', async () => {
    const { emu, pipeline } = await startWorld()

    // runStep adds poll-interval-seconds, as a user of a quick test would write it.
    const run = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn },
      { onlyGivenInputs: true }
    )

    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('AVAILABLE')
  })
})
