/**
 * The usage figures end to end: the summary's instance minutes are the emulator's own workflow
 * step times, and its snapshot GiB the volume sizes EC2 describes, times every copy of the AMI.
 */
import type { WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import { BUILD_REGION, describedAmi, plainText, summaryTable, workflowStepsOf } from './helpers.js'
import { recipeWorldPerTest, SMOKE_TEST_DOCUMENT } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']
const TARGET_ACCOUNT = '222233334444'
/** Stages of unequal length, so a build instance taken for the test's would show. */
const DURATIONS = { BUILDING: 12_600, TESTING: 4_200 }

/** workflow type → its steps, as Image Builder lists them. */
async function stepsByType(
  emu: Emulator,
  imageArn: string
): Promise<Record<string, WorkflowStepMetadata[]>> {
  const steps: Record<string, WorkflowStepMetadata[]> = {}
  for (const workflow of await workflowStepsOf(emu, imageArn))
    (steps[workflow.type] ??= []).push(...workflow.steps)
  return steps
}

/** The summary's figures for one instance, from the launch step's start to the terminate step's end. */
function expectedRow(steps: WorkflowStepMetadata[] = []): { minutes: string; span: string } {
  const from = steps.find((step) => step.action === 'LaunchInstance')?.startTime ?? ''
  const to = steps.find((step) => step.action === 'TerminateInstance')?.endTime ?? ''
  const ms = Date.parse(to) - Date.parse(from)
  expect(ms).toBeGreaterThan(0)
  const clock = (time: string) => time.slice(11, 19)
  return { minutes: (ms / 60_000).toFixed(2), span: `${clock(from)} → ${clock(to)}` }
}

/** The sum of the EBS volume sizes of each AMI, as EC2's DescribeImages answers in its region. */
async function describedGiB(emu: Emulator, amis: Record<string, string>): Promise<number[]> {
  return Promise.all(
    Object.entries(amis).map(async ([region, imageId]) => {
      const image = await describedAmi(emu, region, imageId)
      return (image?.BlockDeviceMappings ?? []).reduce(
        (sum, mapping) => sum + (mapping.Ebs?.VolumeSize ?? 0),
        0
      )
    })
  )
}

describe('usage in the summary', () => {
  it("matches the emulator's step times and snapshot sizes, over every region and account", async () => {
    const { emu, run } = await startWorld()
    emu.setNextBuildScenario({ durations: DURATIONS })

    const built = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'target-accounts': TARGET_ACCOUNT,
      'instance-types': 'm7i.large',
      'root-volume-size': '40'
    })

    expect(built.errors).toEqual([])
    const imageArn = built.outputs['image-arn'] ?? ''
    const steps = await stepsByType(emu, imageArn)
    const build = expectedRow(steps.BUILD)
    const test = expectedRow(steps.TEST)
    expect(build.minutes).not.toBe(test.minutes)
    expect(summaryTable(built.summary, 'Usage')).toEqual([
      [
        'Build',
        'm7i.large',
        expect.stringContaining(`${build.minutes} (`),
        build.span,
        'terminated'
      ],
      ['Test', 'm7i.large', expect.stringContaining(`${test.minutes} (`), test.span, 'terminated']
    ])
    const accountAmis = JSON.parse(built.outputs['account-amis'] ?? '{}') as Record<
      string,
      Record<string, string>
    >
    const buildAccountAmis = JSON.parse(built.outputs.amis ?? '{}') as Record<string, string>
    const sizes = await describedGiB(emu, buildAccountAmis)
    expect(sizes).toEqual([40, 40])
    const copies = Object.values(accountAmis).flatMap((regions) => Object.keys(regions)).length
    expect(copies).toBe(4)
    const total = 40 * copies
    expect(plainText(built.summary)).toContain(
      `**EBS snapshots:** 40 GiB per AMI × 4 copies (2 regions × 2 accounts) = ${total} GiB, at most`
    )
    expect(built.log).toContain(
      `Usage: build instance m7i.large ${build.minutes} min, test instance m7i.large ${test.minutes} min; EBS snapshots 40 GiB per AMI × 4 copies (2 regions × 2 accounts) = ${total} GiB at most (the volume sizes).`
    )
  })

  it('says the test instance a failure kept still runs, measured to its last step', async () => {
    const { emu, run, write } = await startWorld()
    write('smoke.yml', SMOKE_TEST_DOCUMENT)
    emu.setNextBuildScenario({
      durations: DURATIONS,
      failure: { kind: 'step', step: 'ApplyTestComponents' }
    })

    const failed = await run({
      components: 'update-linux\nnginx.yml\nsmoke.yml',
      'keep-instance-on-failure': 'true'
    })

    expect(failed.exitCode).toBe(1)
    const steps = await stepsByType(emu, failed.outputs['image-arn'] ?? '')
    const launch = steps.TEST?.find((step) => step.name === 'LaunchTestInstance')
    const instanceId = (JSON.parse(launch?.outputs ?? '{}') as { instanceId?: string }).instanceId
    const lastEnd = (steps.TEST ?? [])
      .map((step) => step.endTime ?? '')
      .reduce((latest, time) => (time > latest ? time : latest), '')
    const ms = Date.parse(lastEnd) - Date.parse(launch?.startTime ?? '')
    const rows = summaryTable(failed.summary, 'Usage')
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Build', expectedRow(steps.BUILD).span, 'terminated'])
    )
    expect(rows[1]?.[0]).toBe('Test')
    expect(rows[1]?.[2]).toContain(`${(ms / 60_000).toFixed(2)} (`)
    expect(rows[1]?.[4]).toContain(`still running ${instanceId}: kept after the failure`)
    expect(plainText(failed.summary)).not.toContain('EBS snapshots')
  })
})
