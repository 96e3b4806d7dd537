import { beforeEach, describe, expect, it } from '@jest/globals'
import { BUILD_LOG_MARK, JobLog } from '../../src/report/job-log.js'
import { UntrustedWriter } from '../../src/report/untrusted.js'
import { aSnapshot, aStep, aWorkflow, at, iso } from './factories.js'

let lines: string[]
let log: JobLog

beforeEach(() => {
  lines = []
  log = new JobLog(new UntrustedWriter((line) => lines.push(line)))
})

const running = aWorkflow({ status: 'RUNNING', startTime: iso('19:12:23') })

describe('JobLog', () => {
  it('logs each stage with its time, and how long the previous one took', () => {
    log.handle({ type: 'stage-changed', at: at('19:12:23'), status: 'BUILDING' })
    log.handle({
      type: 'stage-changed',
      at: at('19:19:06'),
      status: 'TESTING',
      previous: 'BUILDING'
    })

    expect(lines).toEqual([
      '[19:12:23] Image BUILDING',
      '[19:19:06] Image TESTING (BUILDING took 6m 43s)'
    ])
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

  it('writes build log lines marked as build output, without trailing whitespace', () => {
    log.handle({
      type: 'log-lines',
      at: at('19:14:00'),
      lines: [
        { timestamp: 1, message: 'Installing nginx  \n' },
        { timestamp: 2, message: 'done' }
      ]
    })

    expect(lines).toEqual([`${BUILD_LOG_MARK}Installing nginx`, `${BUILD_LOG_MARK}done`])
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

      expect(lines).toHaveLength(3)
      expect(lines[0]).toMatch(/^::stop-commands::[0-9a-f]{32,}$/)
      expect(lines[1]).toBe(`${BUILD_LOG_MARK}::set-output name=ami-id::ami-0evil`)
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
