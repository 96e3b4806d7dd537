import { beforeEach, describe, expect, it } from '@jest/globals'
import { BUILD_LOG_MARK, JobLog, outcomeLine } from '../../src/report/job-log.js'
import { UntrustedWriter } from '../../src/untrusted.js'
import { anAmi, aRecord, aSnapshot, aStep, aWorkflow, at, iso, OTHER_ACCOUNT } from './factories.js'
import { groupsInto } from './fakes.js'

let lines: string[]
let log: JobLog

beforeEach(() => {
  lines = []
  log = new JobLog(new UntrustedWriter((line) => lines.push(line), groupsInto(lines)))
})

const running = aWorkflow({ status: 'RUNNING', startTime: iso('19:12:23') })

describe('JobLog', () => {
  it('opens a group per stage, titled with its time and how long the previous one took', () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILDING' })
    log.handle({
      type: 'stage-changed',
      at: at('19:19:06'),
      status: 'TESTING',
      previous: 'BUILDING'
    })

    expect(lines).toEqual([
      '::group::[19:12:23] Image BUILDING',
      '::endgroup::',
      '::group::[19:19:06] Image TESTING (BUILDING took 6m 43s)'
    ])
  })

  it('writes the final status outside any group, so it shows without unfolding', () => {
    log.handle({ type: 'stage-changed', at: at('19:19:06'), status: 'TESTING' })
    log.handle({ type: 'stage-changed', at: at('19:21:52'), status: 'FAILED', previous: 'TESTING' })

    expect(lines).toEqual([
      '::group::[19:19:06] Image TESTING',
      '::endgroup::',
      '[19:21:52] Image FAILED (TESTING took 2m 46s)'
    ])
  })

  it('closes the open group once, however often it is asked', () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILDING' })
    log.close()
    log.close()

    expect(lines.filter((line) => line === '::endgroup::')).toHaveLength(1)
  })

  it('keeps a stage name from AWS from leaving the group title', () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILD\n::error::x' })

    expect(lines).toEqual(['::group::[19:12:23] Image BUILD???error??x'])
  })

  it('logs a finished step with its action, duration and message', () => {
    const step = aStep({
      name: 'ApplyBuildComponents',
      action: 'ExecuteComponents',
      status: 'COMPLETED',
      startTime: iso('19:13:28'),
      endTime: iso('19:16:40'),
      message: 'Components applied'
    })
    log.handle({ type: 'step-changed', at: at('19:16:41'), workflow: running, step })

    expect(lines).toEqual([
      '[19:16:41]   build-image › ApplyBuildComponents (ExecuteComponents) COMPLETED in 3m 12s: Components applied'
    ])
  })

  it('gives no duration for a running or skipped step', () => {
    const started = aStep({ status: 'RUNNING', startTime: iso('19:12:23') })
    const skipped = aStep({
      name: 'RunSysPrepScript',
      action: 'RunSysPrep',
      status: 'SKIPPED',
      startTime: iso('19:16:40'),
      endTime: iso('19:16:40')
    })
    log.handle({ type: 'step-changed', at: at('19:12:24'), workflow: running, step: started })
    log.handle({ type: 'step-changed', at: at('19:16:41'), workflow: running, step: skipped })

    expect(lines).toEqual([
      '[19:12:24]   build-image › LaunchBuildInstance (LaunchInstance) RUNNING',
      '[19:16:41]   build-image › RunSysPrepScript (RunSysPrep) SKIPPED'
    ])
  })

  it('logs a finished workflow with its duration and step counts', () => {
    const workflow = aWorkflow({
      status: 'COMPLETED',
      startTime: iso('19:12:23'),
      endTime: iso('19:19:06'),
      steps: [aStep(), aStep({ name: 'RunSysPrepScript', status: 'SKIPPED' })]
    })
    log.handle({ type: 'workflow-changed', at: at('19:19:07'), workflow })

    expect(lines).toEqual([
      '[19:19:07] Workflow build-image (BUILD) COMPLETED in 6m 43s: 1 succeeded, 0 failed, 1 skipped of 2'
    ])
  })

  it('says a failed poll leaves the build unaffected, and when it retries', () => {
    log.handle({
      type: 'poll-failed',
      at: at('19:14:00'),
      error: 'CallRateLimitExceededException: slow down',
      consecutiveFailures: 1,
      retryInMs: 45_000
    })

    expect(lines).toEqual([
      '[19:14:00] Polling failed (CallRateLimitExceededException: slow down); retrying in 45s. The build is unaffected.'
    ])
  })

  it('writes build log lines marked as build output, with their CloudWatch time', () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILDING' })
    log.handle({
      type: 'log-lines',
      at: at('19:14:00'),
      lines: [
        { timestamp: at('19:13:41').getTime(), message: 'Installing nginx  \n' },
        { timestamp: at('19:13:59').getTime(), message: 'done' }
      ]
    })

    expect(lines.slice(1)).toEqual([
      `${BUILD_LOG_MARK}19:13:41 Installing nginx`,
      `${BUILD_LOG_MARK}19:13:59 done`
    ])
  })

  it("leaves out the service's own progress lines: the action says each change once", () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILDING' })
    log.handle({
      type: 'log-lines',
      at: at('19:14:00'),
      lines: [
        'Image status: BUILDING',
        'Workflow build-image (wf-0a1b2c3d-0000-4000-8000-000000000001) started',
        'Step LaunchBuildInstance (LaunchInstance) started',
        'CmdExecution: Stdout: Installing nginx',
        'Step ApplyBuildComponents FAILED: Document x failed!',
        'Step RunSysPrepScript SKIPPED',
        'Distributing AMI to eu-west-1 (account 111122223333): ami-0a1b2c3d4e5f60718'
      ].map((message) => ({ timestamp: at('19:13:00').getTime(), message }))
    })

    expect(lines.slice(1)).toEqual([
      `${BUILD_LOG_MARK}19:13:00 CmdExecution: Stdout: Installing nginx`,
      `${BUILD_LOG_MARK}19:13:00 Distributing AMI to eu-west-1 (account 111122223333): ami-0a1b2c3d4e5f60718`
    ])
  })

  it('folds lines that arrive after the build ended into a group of their own', () => {
    log.handle({ type: 'stage-changed', at: at('19:21:52'), status: 'FAILED' })
    log.handle({
      type: 'log-lines',
      at: at('19:21:58'),
      lines: [{ timestamp: at('19:21:40').getTime(), message: 'CmdExecution: Stderr: boom' }]
    })
    log.close()

    expect(lines).toEqual([
      '[19:21:52] Image FAILED',
      '::group::Build log lines that arrived after the build ended',
      `${BUILD_LOG_MARK}19:21:40 CmdExecution: Stderr: boom`,
      '::endgroup::'
    ])
  })

  it('writes nothing for a snapshot', () => {
    log.handle({ type: 'snapshot', at: at('19:14:00'), snapshot: aSnapshot() })

    expect(lines).toEqual([])
  })

  describe('text from AWS and the build', () => {
    it('cannot act as a workflow command in a build log line', () => {
      log.handle({
        type: 'log-lines',
        at: at('19:14:00'),
        lines: [{ timestamp: 1, message: '::set-output name=ami-id::ami-0evil' }]
      })

      expect(lines).toHaveLength(4)
      expect(lines[1]).toMatch(/^::stop-commands::[0-9a-f]{32,}$/)
      expect(lines[2]).toBe(`${BUILD_LOG_MARK}00:00:00 ::set-output name=ami-id::ami-0evil`)
    })

    it('cannot act as a workflow command in a step message', () => {
      const step = aStep({ status: 'FAILED', message: 'boom\n::error::fake annotation' })
      log.handle({ type: 'step-changed', at: at('19:14:00'), workflow: running, step })

      expect(lines[0]).toMatch(/^::stop-commands::/)
      expect(lines.slice(1, -1)).toEqual([
        '[19:14:00]   build-image › LaunchBuildInstance (LaunchInstance) FAILED: boom',
        '::error::fake annotation'
      ])
    })

    it('cannot act as a workflow command in a workflow message', () => {
      const workflow = aWorkflow({ status: 'FAILED', message: '##[error]fake' })
      log.handle({ type: 'workflow-changed', at: at('19:14:00'), workflow })

      expect(lines[0]).toMatch(/^::stop-commands::/)
      expect(lines).toHaveLength(3)
    })
  })
})

describe('outcomeLine', () => {
  it('ends the log with the outcome, how long it took and the AMIs per region', () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        image: { amis: [anAmi({ region: 'eu-west-1', imageId: 'ami-0a1b2c3d4e5f60718' })] }
      }),
      ending: { kind: 'ended' },
      endedAt: at('19:24:41')
    })

    expect(outcomeLine(record)).toBe(
      'Image build AVAILABLE after 12m 41s; AMIs: eu-west-1 ami-0a1b2c3d4e5f60718.'
    )
  })

  it("counts the copies in target accounts after the build account's AMIs", () => {
    const record = aRecord({
      snapshot: aSnapshot({
        status: 'AVAILABLE',
        image: {
          amis: [
            anAmi({ region: 'eu-west-1', imageId: 'ami-0a1b2c3d4e5f60718' }),
            anAmi({
              region: 'eu-west-1',
              imageId: 'ami-0b2c3d4e5f6071829',
              accountId: OTHER_ACCOUNT
            })
          ]
        }
      }),
      ending: { kind: 'ended' },
      endedAt: at('19:24:41')
    })

    expect(outcomeLine(record)).toBe(
      'Image build AVAILABLE after 12m 41s; AMIs: eu-west-1 ami-0a1b2c3d4e5f60718; copies in 1 other account (see account-amis).'
    )
  })

  it('says a failed build made no AMIs', () => {
    const record = aRecord({
      snapshot: aSnapshot({ status: 'FAILED' }),
      ending: { kind: 'ended' },
      endedAt: at('19:21:53')
    })

    expect(outcomeLine(record)).toBe('Image build FAILED after 9m 53s; no AMIs.')
  })
})
