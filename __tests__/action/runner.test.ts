/**
 * The action speaks the runner's protocol itself (src/runner.ts) instead of loading @actions/core.
 * Each function here is run side by side with core's own, on the same input, and must leave the
 * same bytes on stdout and in the file commands, and the same exit code.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../../src/runner.js'

const FILE_ENV = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

interface Effects {
  stdout: string
  exitCode: typeof process.exitCode
  files: Record<string, string>
}

let dir: string
const saved: Record<string, string | undefined> = {}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-'))
  for (const name of FILE_ENV) saved[name] = process.env[name]
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const name of FILE_ENV) {
    if (saved[name] === undefined) Reflect.deleteProperty(process.env, name)
    else process.env[name] = saved[name]
  }
  rmSync(dir, { recursive: true, force: true })
})

/** Runs `act` with fresh, empty file commands (or none), and returns what it left behind. */
async function effectsOf(
  act: () => unknown,
  { withFiles = true }: { withFiles?: boolean } = {}
): Promise<Effects> {
  for (const name of FILE_ENV) {
    const file = join(dir, name)
    writeFileSync(file, '')
    if (withFiles) process.env[name] = file
    else Reflect.deleteProperty(process.env, name)
  }
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  const exitCode = process.exitCode
  try {
    await act()
    return {
      stdout: chunks.join(''),
      exitCode: process.exitCode,
      files: Object.fromEntries(
        FILE_ENV.map((name) => [name, sameDelimiter(readFileSync(join(dir, name), 'utf8'))])
      )
    }
  } finally {
    jest.restoreAllMocks()
    process.exitCode = exitCode
  }
}

/** Each write draws a fresh random delimiter; they are compared by position, not value. */
function sameDelimiter(text: string): string {
  return text.replaceAll(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>')
}

const HOSTILE = [
  "Input 'wait': expected true or false, got 'maybe'",
  "'arn:aws:x%0A::error::forged' is not an image pipeline ARN",
  'a message over\r\nthree\nlines with 100% of the % signs',
  'name:with,colons'
]

describe('workflow commands on stdout', () => {
  it.each(HOSTILE)('info, warning and setFailed write what core writes for %j', async (text) => {
    for (const [ours, cores] of [
      [runner.info, core.info],
      [runner.warning, (message: string) => core.warning(message)],
      [runner.setFailed, core.setFailed]
    ] as const) {
      const mine = await effectsOf(() => ours(text))
      expect(mine).toEqual(await effectsOf(() => cores(text)))
    }
  })

  it.each(HOSTILE)('failEarly writes core.setFailed’s annotation to fd 1 for %j', async (text) => {
    const written: string[] = []
    const mine = await effectsOf(() => runner.failEarly(text, (chunk) => written.push(chunk)))

    expect({ ...mine, stdout: written.join('') }).toEqual(
      await effectsOf(() => core.setFailed(text))
    )
    expect(mine.exitCode).toBe(1)
  })

  it('keeps a line break in a message from starting a workflow command of its own', async () => {
    const { stdout } = await effectsOf(() => runner.warning('x\n::add-mask::y'))

    expect(stdout).toBe('::warning::x%0A::add-mask::y\n')
  })
})

describe('file commands', () => {
  it.each(HOSTILE)('setOutput and saveState append what core appends for %j', async (value) => {
    const multiline = `${value}\nsecond line`
    expect(await effectsOf(() => runner.setOutput('amis', multiline))).toEqual(
      await effectsOf(() => core.setOutput('amis', multiline))
    )
    expect(await effectsOf(() => runner.saveState('image-arn', multiline))).toEqual(
      await effectsOf(() => core.saveState('image-arn', multiline))
    )
  })

  it.each(HOSTILE)(
    'without the files, falls back to the stdout commands as core does for %j',
    async (value) => {
      const none = { withFiles: false }
      expect(await effectsOf(() => runner.setOutput('a:b,c', value), none)).toEqual(
        await effectsOf(() => core.setOutput('a:b,c', value), none)
      )
      expect(await effectsOf(() => runner.saveState('finished', value), none)).toEqual(
        await effectsOf(() => core.saveState('finished', value), none)
      )
    }
  )

  it('reads state as core does, empty when the main step saved nothing', () => {
    const env = { STATE_region: 'eu-west-1', STATE_empty: '' }

    expect(runner.getState('region', env)).toBe('eu-west-1')
    expect(runner.getState('empty', env)).toBe('')
    expect(runner.getState('absent', env)).toBe('')
  })
})

describe('the job summary', () => {
  it('appends the Markdown as it is, as core.summary does', async () => {
    const markdown = '## Image build\n\n| a | b |\n|---|---|\n'

    expect(await effectsOf(() => runner.appendSummary(markdown))).toEqual(
      await effectsOf(() => core.summary.addRaw(markdown).write())
    )
  })

  it('without a summary file, fails with core’s message, which writeJobSummary turns into a warning', async () => {
    await expect(runner.appendSummary('x', {})).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
    const { stdout, exitCode } = await effectsOf(() => runner.writeJobSummary('x', {}))

    expect(stdout).toBe(
      '::warning::The job summary could not be written: Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.\n'
    )
    expect(exitCode).toBeUndefined()
  })

  it('creates a summary file that does not exist yet, as a local run’s may not', async () => {
    const file = join(dir, 'local-summary.md')

    await runner.appendSummary('## one\n', { GITHUB_STEP_SUMMARY: file })
    await runner.appendSummary('## two\n', { GITHUB_STEP_SUMMARY: file })

    expect(readFileSync(file, 'utf8')).toBe('## one\n## two\n')
  })

  it('warns with the reason when the summary file cannot be written', async () => {
    const file = join(dir, 'no-such-dir', 'summary')
    const { stdout, exitCode } = await effectsOf(() =>
      runner.writeJobSummary('x', { GITHUB_STEP_SUMMARY: file })
    )

    expect(stdout).toMatch(
      /^::warning::The job summary could not be written: (Error: )?ENOENT: .*no-such-dir/
    )
    expect(exitCode).toBeUndefined()
  })
})
