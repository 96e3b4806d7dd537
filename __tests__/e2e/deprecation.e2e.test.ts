/**
 * `deprecate-after` end to end: the bundled action deprecates every AMI of the build account in
 * every region once they exist (EC2 EnableImageDeprecation), says when in the job log and the
 * summary, and refuses a bad duration by name before any call that creates anything.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/src/index.js'
import {
  amisRegisteredFor,
  BUILD_REGION,
  describedAmi,
  emulatorPerTest,
  plainText,
  runStep,
  summaryTable
} from './helpers.js'
import { mutatingCalls, recipeWorldPerTest } from './recipe-helpers.js'

const startWorld = recipeWorldPerTest()
const startPromoteWorld = emulatorPerTest()
const TWO_REGIONS = [BUILD_REGION, 'eu-west-1']
const DAY_MS = 24 * 3_600_000
const MINUTE_MS = 60_000

/** Creation and deprecation time of an AMI, as DescribeImages answers a client of the test's own. */
async function describedTimes(
  emu: Emulator,
  region: string,
  imageId: string
): Promise<{ created: string; deprecated?: string }> {
  const image = await describedAmi(emu, region, imageId)
  return { created: image?.CreationDate ?? '', deprecated: image?.DeprecationTime }
}

/** The AMI's creation time plus the period, to the minute, as EC2 keeps it. */
function dueAfter(created: string, periodMs: number): string {
  const due = Math.round((Date.parse(created) + periodMs) / MINUTE_MS) * MINUTE_MS
  return new Date(due).toISOString()
}

/** `2027-03-04 10:00 UTC`, as the job log and the summary say it. */
function minuteOf(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`
}

describe('deprecate-after', () => {
  it('deprecates every AMI in every region 90 days after EC2 made it, and says when', async () => {
    const { emu, run } = await startWorld()

    const built = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'deprecate-after': '90d'
    })

    expect(built.errors).toEqual([])
    expect(built.exitCode).toBe(0)
    expect(built.outputs.status).toBe('AVAILABLE')
    const registered = amisRegisteredFor(emu, built.outputs['image-arn'] ?? '', TWO_REGIONS)
    expect(Object.keys(registered)).toEqual(TWO_REGIONS)
    const sent = emu.requestsFor('EnableImageDeprecation')
    expect(sent.map((request) => [request.region, request.input.ImageId])).toEqual(
      TWO_REGIONS.map((region) => [region, registered[region]])
    )
    const amiRows = summaryTable(built.summary, 'AMIs')
    for (const region of TWO_REGIONS) {
      const imageId = registered[region] ?? ''
      const { created, deprecated } = await describedTimes(emu, region, imageId)
      const due = dueAfter(created, 90 * DAY_MS)
      expect(deprecated).toBe(due)
      expect(built.log).toContain(`Deprecation of ${imageId} in ${region} set for ${minuteOf(due)}`)
      expect(amiRows.find((row) => row[1] === imageId)?.at(-1)).toBe(minuteOf(due))
    }
    expect(plainText(built.summary)).toContain('| Deprecated from |')
  })

  it('deprecates the AMIs of a reused build, made before deprecate-after was set', async () => {
    const { emu, run } = await startWorld()
    const first = await run({ 'skip-if-unchanged': 'true' })
    expect(first.exitCode).toBe(0)

    const reused = await run(
      { 'skip-if-unchanged': 'true', 'deprecate-after': '90d' },
      { GITHUB_RUN_ID: '4243' }
    )

    expect(reused.errors).toEqual([])
    expect(reused.exitCode).toBe(0)
    expect(reused.outputs['image-arn']).toBe(first.outputs['image-arn'])
    expect(emu.requestsFor('CreateImage')).toHaveLength(1)
    const imageId = first.outputs['ami-id'] ?? ''
    const { created, deprecated } = await describedTimes(emu, BUILD_REGION, imageId)
    const due = dueAfter(created, 90 * DAY_MS)
    expect(deprecated).toBe(due)
    expect(reused.log).toContain(
      `Deprecation of ${imageId} in ${BUILD_REGION} set for ${minuteOf(due)}`
    )
  })

  it('says the period in a dry run, and deprecates nothing', async () => {
    const { emu, run } = await startWorld()

    const dry = await run({ 'dry-run': 'true', 'deprecate-after': 'P1DT12H' })

    expect(dry.exitCode).toBe(0)
    expect(dry.log).toContainEqual(
      expect.stringMatching(
        /^ {2}distribute .* to us-east-1 \(deprecated P1DT12H after it is made\)$/
      )
    )
    expect(plainText(dry.summary)).toContain(
      'Each AMI is deprecated P1DT12H after EC2 makes it (EnableImageDeprecation).'
    )
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.requestsFor('EnableImageDeprecation')).toEqual([])
  })

  it('deprecates the AMIs a promotion makes, counted from each copy', async () => {
    const { emu, pipeline } = await startPromoteWorld()
    const source = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const promoted = await runStep(emu, {
      'promote-image': source,
      'distribution-regions': 'eu-west-1',
      'execution-role': 'ImageBuilderExecution',
      'deprecate-after': '12h'
    })

    expect(promoted.errors).toEqual([])
    expect(promoted.exitCode).toBe(0)
    const registered = amisRegisteredFor(emu, promoted.outputs['image-arn'] ?? '', ['eu-west-1'])
    const imageId = registered['eu-west-1'] ?? ''
    const { created, deprecated } = await describedTimes(emu, 'eu-west-1', imageId)
    expect(deprecated).toBe(dueAfter(created, 12 * 3_600_000))
  })

  it.each([
    ['garbage', 'soon', 'is not a duration'],
    ['a negative duration', '-90d', 'is negative'],
    ['zero', 'P0D', 'is zero'],
    ['more than EC2 allows', '3651d', 'is more than EC2 allows']
  ])('refuses %s by name, before any call that creates anything', async (_case, value, problem) => {
    const { emu, run } = await startWorld()

    const refused = await run({
      'distribution-regions': TWO_REGIONS.join(','),
      'deprecate-after': value
    })

    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain(`Input 'deprecate-after': '${value}' ${problem}`)
    expect(mutatingCalls(emu)).toEqual([])
    expect(emu.requests).toEqual([])
  })
})
