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

describe('sameComponent', () => {
  it('matches a version or wildcard ARN with the build version that ran', () => {
    expect(sameComponent(NGINX, NGINX.replace('1.0.0/1', 'x.x.x'))).toBe(true)
    expect(sameComponent(NGINX, SMOKE)).toBe(false)
  })
})
