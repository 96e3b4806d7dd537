import { describe, expect, it } from '@jest/globals'
import { diffSnapshots } from '../../src/watch/diff.js'
import { aSnapshot, aStep, aWorkflow, at } from './factories.js'
import { eventLines } from './fakes.js'

const now = at('19:15:00')

const launch = (status: string) => aStep({ name: 'LaunchBuildInstance', status })
const apply = (status: string) =>
  aStep({ name: 'ApplyBuildComponents', action: 'ExecuteComponents', status })

describe('diffSnapshots', () => {
  it('reports the first observation as a stage change without a previous status', () => {
    const events = diffSnapshots(undefined, aSnapshot({ status: 'PENDING' }), now)
    expect(events).toEqual([
      { type: 'stage-changed', at: now, status: 'PENDING', previous: undefined }
    ])
  })

  it('emits nothing when the snapshot has not changed', () => {
    const snapshot = aSnapshot({
      workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('COMPLETED'), apply('RUNNING')] })]
    })
    expect(diffSnapshots(snapshot, structuredClone(snapshot), now)).toEqual([])
  })

  it('puts a new stage before the workflow that starts in it, and the workflow before its steps', () => {
    const before = aSnapshot({ status: 'CREATING' })
    const after = aSnapshot({
      status: 'BUILDING',
      workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('RUNNING')] })]
    })
    expect(eventLines(diffSnapshots(before, after, now))).toEqual([
      'stage BUILDING',
      'workflow build-image RUNNING',
      'step build-image › LaunchBuildInstance RUNNING'
    ])
  })

  it('puts a workflow that ends after its steps', () => {
    const before = aSnapshot({
      workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('COMPLETED'), apply('RUNNING')] })]
    })
    const after = aSnapshot({
      workflows: [
        aWorkflow({ status: 'COMPLETED', steps: [launch('COMPLETED'), apply('COMPLETED')] })
      ]
    })
    expect(eventLines(diffSnapshots(before, after, now))).toEqual([
      'step build-image › ApplyBuildComponents COMPLETED',
      'workflow build-image COMPLETED'
    ])
  })

  it('puts a final image status after the workflow events', () => {
    const testing = (status: string, step: string) =>
      aWorkflow({
        name: 'test-image',
        status,
        steps: [aStep({ name: 'ApplyTestComponents', action: 'ExecuteComponents', status: step })]
      })
    const before = aSnapshot({ status: 'TESTING', workflows: [testing('RUNNING', 'RUNNING')] })
    const after = aSnapshot({ status: 'FAILED', workflows: [testing('FAILED', 'FAILED')] })
    expect(eventLines(diffSnapshots(before, after, now))).toEqual([
      'step test-image › ApplyTestComponents FAILED',
      'workflow test-image FAILED',
      'stage FAILED'
    ])
  })

  it('reports only the steps whose status changed, with their previous status', () => {
    const before = aSnapshot({
      workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('COMPLETED'), apply('PENDING')] })]
    })
    const after = aSnapshot({
      workflows: [aWorkflow({ status: 'RUNNING', steps: [launch('COMPLETED'), apply('RUNNING')] })]
    })
    expect(diffSnapshots(before, after, now)).toEqual([
      expect.objectContaining({
        type: 'step-changed',
        step: expect.objectContaining({ name: 'ApplyBuildComponents', status: 'RUNNING' }),
        previous: 'PENDING'
      })
    ])
  })

  it('tells a workflow change its previous status', () => {
    const before = aSnapshot({ workflows: [aWorkflow({ status: 'PENDING' })] })
    const after = aSnapshot({ workflows: [aWorkflow({ status: 'RUNNING' })] })
    expect(diffSnapshots(before, after, now)).toEqual([
      expect.objectContaining({ type: 'workflow-changed', previous: 'PENDING', at: now })
    ])
  })
})
