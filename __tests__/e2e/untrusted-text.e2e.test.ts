/** Text from the build or from AWS is shown, never obeyed: no workflow commands, no Markdown or HTML. */
import { describe, expect, it } from '@jest/globals'
import { amisRegisteredFor, BUILD_REGION, emulatorPerTest, plainText, runStep } from './helpers.js'

const startWorld = emulatorPerTest()

/** The emulator prefixes each line with `CmdExecution: Stdout: `; a line break puts a command at the start of a line. */
const INJECTED_COMMANDS = [
  '::error::pwned',
  '::add-mask::secret',
  '::set-output name=ami-id::ami-evil',
  'noise ##[error]pwned'
]
const INJECTED_LOG_LINES = [
  ...INJECTED_COMMANDS,
  ...INJECTED_COMMANDS.map((command) => `output follows\n${command}`)
]

const HTML = '<img src=x onerror=alert(1)>'
const LINK = '[click](http://evil.example)'

describe('build log lines', () => {
  it('appear in the job log but never act as workflow commands', async () => {
    const { emu, pipeline } = await startWorld({
      scenario: { buildLogLines: INJECTED_LOG_LINES, testLogLines: INJECTED_LOG_LINES }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.commands.filter((command) => /pwned|secret|ami-evil/.test(command))).toEqual([])
    expect(run.commands.some((command) => command.startsWith('add-mask'))).toBe(false)
    const registered = amisRegisteredFor(emu, run.outputs['image-arn'] ?? '', [BUILD_REGION])
    expect(run.outputs['ami-id']).toBe(registered[BUILD_REGION])
    expect(run.outputs['ami-id']).toMatch(/^ami-[0-9a-f]{17}$/)
    for (const command of INJECTED_COMMANDS) {
      // In each of the two stages: once after the emulator's prefix, once on a line of its own.
      expect(run.log.filter((line) => line.endsWith(`Stdout: ${command}`))).toHaveLength(2)
      expect(run.log.filter((line) => line === command)).toHaveLength(2)
    }
  })
})

describe('the job summary', () => {
  it('escapes HTML and Markdown links in the reason and the step message', async () => {
    const reason = `Build failed: ${HTML} ${LINK}`
    const { emu, pipeline } = await startWorld({
      scenario: {
        failure: {
          kind: 'step',
          step: 'ApplyBuildComponents',
          reason,
          errorMessage: `Component failed: ${HTML} ${LINK}`,
          component: { errorMessage: HTML, stderr: [HTML, LINK] }
        }
      }
    })

    const run = await runStep(emu, { 'pipeline-arn': pipeline.pipelineArn })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('FAILED')
    expect(run.errors[0]).toContain(reason)
    expect(run.summary).not.toContain('<img')
    // The summary's own links go to the AWS console over https; none comes from the text.
    expect(run.summary).not.toContain('](http:')
    // Escaped, not dropped: a reader sees the text as it came.
    expect(plainText(run.summary)).toContain(reason)
    expect(plainText(run.summary)).toContain(`Component failed: ${HTML} ${LINK}`)
  })
})
