/**
 * The road's short ways: a build looked at once and not waited for (`wait: false`) is reported
 * as it is now, and a status that cannot be read is said, not turned into a failure.
 */
import { EventEmitter } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { mockClient } from 'aws-sdk-client-mock'
import { runBuild } from '../../src/run-build.js'
import { anAttachInputs } from './input-factories.js'
import { newBuildRecord } from '../../src/domain/record.js'
import { StopWaiting } from '../../src/domain/stop-waiting.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { anAwsError, aRecording, aSnapshot, IMAGE_ARN, REGION } from './factories.js'
import { FakeClock, serveBuild, imagebuilderOnly } from './fakes.js'

const imagebuilder = mockClient(ImagebuilderClient)
const saved = { ...process.env }

beforeEach(() => {
  imagebuilder.reset()
  // core.setOutput and core.saveState write here instead of printing workflow commands.
  const dir = mkdtempSync(join(tmpdir(), 'file-commands-'))
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE']) {
    process.env[name] = join(dir, name)
    writeFileSync(join(dir, name), '')
  }
})

afterAll(() => {
  imagebuilder.restore()
  process.env = saved
})

const inputs = anAttachInputs({ wait: false })

async function lookOnce() {
  const clock = new FakeClock()
  const log: string[] = []
  const { record, learn } = aRecording(newBuildRecord(inputs, clock.now()))
  const stop = new StopWaiting(new EventEmitter(), 0, clock.now(), clock)
  try {
    const ending = await runBuild({
      inputs,
      clients: imagebuilderOnly(new ImagebuilderClient({ region: REGION })),
      learn,
      clock,
      stop,
      env: {},
      out: new UntrustedWriter((line) => log.push(line))
    })
    return { ending, record, log }
  } finally {
    stop.dispose()
  }
}

describe('a build not waited for (wait: false)', () => {
  it('is reported as it is now, and the step ends without waiting', async () => {
    serveBuild(imagebuilder, [aSnapshot({ status: 'BUILDING' })])

    const { ending, record, log } = await lookOnce()

    expect(ending).toEqual({ kind: 'not-waited' })
    expect(record.imageArn).toBe(IMAGE_ARN)
    expect(record.snapshot?.image.status).toBe('BUILDING')
    expect(log[0]).toBe(`Following image build ${IMAGE_ARN}`)
  })

  it('says when its status cannot be read, and still ends without failing', async () => {
    // The existence check gets its answer; the look that follows does not.
    imagebuilder
      .on(GetImageCommand)
      .resolvesOnce({})
      .rejects(anAwsError('InternalServerException', { status: 500, message: 'try later' }))

    const { ending, record } = await lookOnce()

    expect(ending).toEqual({ kind: 'not-waited' })
    expect(record.snapshot).toBeUndefined()
    expect(record.notices).toEqual([
      "The build's status could not be read: InternalServerException: try later"
    ])
  })

  it('ends the step on expired credentials instead of reporting a notice', async () => {
    imagebuilder.on(GetImageCommand).resolvesOnce({}).rejects(anAwsError('ExpiredTokenException'))

    await expect(lookOnce()).rejects.toMatchObject({ name: 'ExpiredTokenException' })
  })
})
