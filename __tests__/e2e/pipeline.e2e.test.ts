/** Pipeline mode end to end: the bundled action runs a seeded pipeline in the emulator. */
import { describe, expect, it } from '@jest/globals'
import {
  amisRegisteredFor,
  BUILD_REGION,
  emulatorPerTest,
  getImage,
  LONGEST_IDLE_WAIT_MS,
  plainText,
  runStep,
  stageLines,
  summaryTable,
  TEST_IMAGE_STEPS,
  THREE_REGIONS
} from './helpers.js'

const startWorld = emulatorPerTest()

/** Long enough per stage (2.5 × the poller's longest idle wait) that it sees every one, even on a busy machine. */
const STAGE_MS = 2.5 * LONGEST_IDLE_WAIT_MS
const EVERY_STAGE_SEEN = {
  PENDING: STAGE_MS,
  CREATING: STAGE_MS,
  BUILDING: STAGE_MS * 1.2,
  TESTING: STAGE_MS,
  DISTRIBUTING: STAGE_MS,
  INTEGRATING: STAGE_MS
}

describe('pipeline mode', () => {
  it('builds in three regions and reports every AMI, the tests and each stage', async () => {
    const { emu, pipeline } = await startWorld({
      distributionRegions: THREE_REGIONS,
      scenario: { durations: EVERY_STAGE_SEEN }
    })

    const run = await runStep(emu, {
      'pipeline-arn': pipeline.pipelineArn,
      'ami-tags': 'commit=abc'
    })

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const imageArn = run.outputs['image-arn'] ?? ''
    expect(imageArn).toBe('arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1')
    expect(run.outputs.status).toBe('AVAILABLE')
    expect(run.outputs['image-version']).toBe('1.0.0/1')

    const registered = amisRegisteredFor(emu, imageArn, THREE_REGIONS)
    expect(Object.keys(registered)).toEqual(THREE_REGIONS)
    expect(JSON.parse(run.outputs.amis ?? '')).toEqual(registered)
    expect(run.outputs['ami-id']).toBe(registered[BUILD_REGION])
    const outputResources = JSON.parse(run.outputs['output-resources'] ?? '') as {
      amis: { region: string; image: string; accountId: string }[]
    }
    expect(outputResources.amis.map(({ region, image }) => [region, image])).toEqual(
      Object.entries(registered)
    )
    expect(outputResources).toEqual((await getImage(emu, imageArn)).outputResources)

    const testResults = JSON.parse(run.outputs['test-results'] ?? '') as Record<string, string>[]
    expect(testResults.map(({ workflow, step, status }) => [workflow, step, status])).toEqual([
      ['test-image', 'LaunchTestInstance', 'COMPLETED'],
      ['test-image', 'CollectImageScanFindings', 'SKIPPED'],
      ['test-image', 'ApplyTestComponents', 'COMPLETED'],
      ['test-image', 'TerminateTestInstance', 'COMPLETED']
    ])
    for (const result of testResults) {
      expect(Date.parse(result.endTime ?? '')).toBeGreaterThanOrEqual(
        Date.parse(result.startTime ?? '')
      )
    }

    const starts = emu.requestsFor('StartImagePipelineExecution')
    expect(starts).toHaveLength(1)
    expect(starts[0]?.input.imagePipelineArn).toBe(pipeline.pipelineArn)
    expect(starts[0]?.input.tags).toBeUndefined()
    expect(starts[0]?.input.clientToken).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    const checked = emu
      .requestsFor('DescribeImages')
      .map((request) => [request.region, request.input['ImageId.1']])
    expect(checked).toEqual(expect.arrayContaining(Object.entries(registered)))
    expect(run.log).toContain('Confirmed 3 AMI(s) available in EC2')
    for (const [region, amiId] of Object.entries(registered)) {
      expect(emu.ec2Store.getImage(region, amiId)?.tags).toMatchObject({
        commit: 'abc',
        'github:repository': 'octo-org/golden-images',
        'github:sha': '0123456789abcdef0123456789abcdef01234567',
        'github:run-url': 'https://github.com/octo-org/golden-images/actions/runs/4242/attempts/1'
      })
    }

    expect(summaryTable(run.summary, 'AMIs').map(([region, ami]) => [region, ami])).toEqual(
      Object.entries(registered)
    )
    expect(summaryTable(run.summary, 'Tests').slice(2)).toEqual([['golden-test', '✅ passed', '']])

    const stages = stageLines(run.log)
    expect(stages.map((line) => line.replace(/\d+s\)$/, 'Ns)'))).toEqual([
      'Image PENDING',
      'Image CREATING (PENDING took Ns)',
      'Image BUILDING (CREATING took Ns)',
      'Image TESTING (BUILDING took Ns)',
      'Image DISTRIBUTING (TESTING took Ns)',
      'Image INTEGRATING (DISTRIBUTING took Ns)',
      'Image AVAILABLE (INTEGRATING took Ns)'
    ])
  })

  it('fails the step with the reason, the failed test step and the component', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: { failure: { kind: 'step', step: 'ApplyTestComponents' } }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('FAILED')
    const { state } = await getImage(emu, run.outputs['image-arn'] ?? '')
    expect(state?.status).toBe('FAILED')
    const reason = state?.reason ?? ''
    expect(reason).toContain(pipeline.testComponentArn)
    expect(run.errors).toHaveLength(1)
    const annotation = run.errors[0] ?? ''
    // The reason only names the component: the annotation names it, and where it failed.
    expect(annotation).toContain(
      `Image build FAILED during TESTING at test-image › ApplyTestComponents (ExecuteComponents), component ${pipeline.testComponentArn}, phase test, step RunTests (ExecuteBash): exit status 1.`
    )

    const summary = plainText(run.summary)
    expect(summary).toMatch(/^## ❌ The image build FAILED$/m)
    // The annotation and the summary quote the same lines of what the failing step printed.
    const annotated =
      /The step printed \(last (\d+) lines?\): (.*?)\. (?:Image Builder says|Next):/.exec(
        annotation
      )
    const quoted = /The failing step printed \(last (\d+) lines?\):\n>\n> <pre>([^]*?)<\/pre>/.exec(
      summary
    )
    expect(annotated?.[1]).toBeDefined()
    expect(quoted?.[1]).toBe(annotated?.[1])
    expect(quoted?.[2]?.split('\n> ')).toEqual(annotated?.[2]?.split(' ⏎ '))
    expect(summary).toContain('- **Workflow step:** test-image › ApplyTestComponents')
    expect(summary).toContain(`- **Component:** golden-test ${pipeline.testComponentArn}`)
    expect(summaryTable(run.summary, 'Tests').slice(2)).toEqual([
      ['golden-test', '❌ failed', 'phase test, step RunTests (ExecuteBash): exit status 1']
    ])

    const testResults = JSON.parse(run.outputs['test-results'] ?? '') as Record<string, string>[]
    expect(testResults.map((result) => result.step)).toEqual(TEST_IMAGE_STEPS)
    expect(testResults.find((result) => result.step === 'ApplyTestComponents')).toMatchObject({
      workflow: 'test-image',
      status: 'FAILED'
    })
    expect(run.outputs.amis).toBe('{}')
    expect(run.outputs['ami-id']).toBe('')
  })
})

describe("Image Builder's failure context", () => {
  it('names the failed component, its phase, step and error even when the reason does not', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: {
        failure: {
          kind: 'step',
          step: 'ApplyBuildComponents',
          reason: 'Build failed.',
          component: {
            stepName: 'InstallNginx',
            action: 'ExecuteBash',
            errorMessage: 'exit status 1'
          }
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const annotation = run.errors[0] ?? ''
    expect(annotation).toContain(
      `Image build FAILED during BUILDING at build-image › ApplyBuildComponents (ExecuteComponents), component ${pipeline.buildComponentArn}, phase build, step InstallNginx (ExecuteBash): exit status 1.`
    )
    expect(annotation).toContain('Image Builder says: Build failed.')
    const summary = plainText(run.summary)
    expect(summary).toContain(`- **Component:** golden-build ${pipeline.buildComponentArn}`)
    expect(summary).toContain('- **Phase › step:** build › InstallNginx (ExecuteBash)')
    expect(summary).toContain('- **Error:** exit status 1')
  })

  it('names each region a distribution failed in', async () => {
    const { emu, pipeline } = await startWorld({
      distributionRegions: THREE_REGIONS,
      scenario: {
        failure: {
          kind: 'distribution',
          region: 'eu-west-1',
          errorMessage: 'Snapshot copy quota exceeded'
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    const annotation = run.errors[0] ?? ''
    expect(annotation).toBe(
      'Image build FAILED during DISTRIBUTING: Snapshot copy quota exceeded. Failed regions: eu-west-1: FAILED.'
    )
  })
})
