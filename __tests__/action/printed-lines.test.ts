import { describe, expect, it } from '@jest/globals'
import { printedLines, sameComponent } from '../../src/report/printed-lines.js'
import { at } from './factories.js'

const NGINX = 'arn:aws:imagebuilder:eu-west-1:111122223333:component/nginx/1.0.0/1'
const SMOKE = 'arn:aws:imagebuilder:eu-west-1:111122223333:component/smoke/1.0.0/1'

const log = (...messages: string[]) =>
  messages.map((message, index) => ({ timestamp: at('19:13:00').getTime() + index, message }))

describe('printedLines', () => {
  const buildLog = log(
    'Step ApplyBuildComponents (ExecuteComponents) started',
    `Executing document ${NGINX}`,
    'CmdExecution: Stdout: Loaded plugins',
    'Image status: BUILDING',
    'CmdExecution: Stderr: No package nginx available.',
    'CmdExecution: ExitCode 1',
    'Document: nginx',
    `ComponentArn: ${NGINX}`,
    'ErrorMessage: exit status 1',
    'Stderr: No package nginx available.'
  )

  it("takes the output lines of the failed component's run, without the service's lines", () => {
    expect(printedLines(buildLog, NGINX, 20)).toEqual([
      'Stdout: Loaded plugins',
      'Stderr: No package nginx available.'
    ])
  })

  it('keeps the last lines when there are more than asked for', () => {
    expect(printedLines(buildLog, NGINX, 1)).toEqual(['Stderr: No package nginx available.'])
  })

  it('finds the block of a component named by its version ARN', () => {
    expect(printedLines(buildLog, NGINX.replace(/\/1$/, ''), 20)).toHaveLength(2)
  })

  it('finds nothing for another component, or before the log arrived', () => {
    expect(printedLines(buildLog, SMOKE, 20)).toEqual([])
    expect(printedLines([], NGINX, 20)).toEqual([])
  })
})

describe('printedLines of a log with no failure block', () => {
  const buildLog = log(
    'Step LaunchBuildInstance (LaunchInstance) started',
    'CmdExecution: Stdout: not this step',
    'Step LaunchBuildInstance COMPLETED',
    'Step ApplyBuildComponents (ExecuteComponents) started',
    'Step ApplyBuildComponents (ExecuteComponents) started',
    `Executing document ${NGINX}`,
    'CmdExecution: Stdout: Loaded plugins',
    'Image status: BUILDING',
    'CmdExecution: Stderr: No package nginx available.',
    'CmdExecution: ExitCode 1',
    'Step ApplyBuildComponents FAILED: ExpectationNotMet',
    'Step TerminateBuildInstance (TerminateInstance) started',
    'CmdExecution: Stdout: nor this one'
  )

  it("takes the failed step's output lines, without the service's or other steps' lines", () => {
    expect(printedLines(buildLog, NGINX, 20, 'ApplyBuildComponents')).toEqual([
      'Stdout: Loaded plugins',
      'Stderr: No package nginx available.'
    ])
  })

  it('keeps the last lines when there are more than asked for', () => {
    expect(printedLines(buildLog, undefined, 1, 'ApplyBuildComponents')).toEqual([
      'Stderr: No package nginx available.'
    ])
  })

  it('bounds a long output to the last lines', () => {
    const long = log(
      'Step ApplyBuildComponents (ExecuteComponents) started',
      ...Array.from({ length: 50 }, (_, index) => `CmdExecution: Stdout: line ${String(index)}`)
    )
    const printed = printedLines(long, undefined, 20, 'ApplyBuildComponents')
    expect(printed).toHaveLength(20)
    expect(printed[0]).toBe('Stdout: line 30')
    expect(printed.at(-1)).toBe('Stdout: line 49')
  })

  it('finds nothing for a step that printed nothing, or without a step to look in', () => {
    expect(printedLines(buildLog, undefined, 20, 'TerminateBuildInstance')).toEqual([
      'Stdout: nor this one'
    ])
    expect(
      printedLines(
        log('Step LaunchBuildInstance (LaunchInstance) started', 'Step LaunchBuildInstance FAILED'),
        undefined,
        20,
        'LaunchBuildInstance'
      )
    ).toEqual([])
    expect(printedLines(buildLog, NGINX, 20)).toEqual([])
  })

  it('reads from the start of the log when the service wrote no start line for the step', () => {
    expect(
      printedLines(
        log(
          'CmdExecution: Stdout: hello',
          'CmdExecution: Stderr: boom',
          'CmdExecution: ExitCode 1'
        ),
        undefined,
        20,
        'ApplyBuildComponents'
      )
    ).toEqual(['Stdout: hello', 'Stderr: boom'])
  })

  it('keeps to the failure block when the log has one', () => {
    const withBlock = [...buildLog, ...log(`ComponentArn: ${SMOKE}`)]
    expect(printedLines(withBlock, NGINX, 20, 'ApplyBuildComponents')).toEqual([])
  })
})

describe('sameComponent', () => {
  it('matches a version or wildcard ARN with the build version that ran', () => {
    expect(sameComponent(NGINX, NGINX.replace('1.0.0/1', 'x.x.x'))).toBe(true)
    expect(sameComponent(NGINX, SMOKE)).toBe(false)
  })
})
