/**
 * Runs the bundled action (dist/index.js) the way GitHub's runner does: every input of
 * action.yml as `INPUT_<NAME>` with its default unless given, the GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files, and workflow commands read from stdout — with
 * `::stop-commands::` honoured exactly as the runner honours it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'

const ROOT = join(import.meta.dirname, '..')
const ACTION = join(ROOT, 'dist', 'index.js')

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  outputs: Record<string, string>
  summary: string
  /** Plain log lines (workflow commands removed). */
  log: string[]
  errors: string[]
  warnings: string[]
  /** Every `::command::` the runner would have executed, as `name: value`. */
  commands: string[]
}

export interface RunOptions {
  inputs?: Record<string, string>
  /** AWS_ENDPOINT_URL for every service. */
  endpoint: string
  env?: Record<string, string>
  /** Called for every stdout line as the runner reads it; may send the process signals. */
  onLine?: (line: RunnerLine, child: ChildProcess) => void
  timeoutMs?: number
}

/** Every input of action.yml with its default, as the runner passes inputs nobody set. */
export function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])
  )
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'))
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state')
  }
  Object.values(files).forEach((file) => writeFileSync(file, ''))
  const inputs = { ...actionDefaults(), ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/golden-images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'image',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: options.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...options.env
  }
  const child = spawn(process.execPath, [ACTION], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const reader = new CommandReader()
  const read = (text: string): void => {
    const line = reader.read(text)
    options.onLine?.(line, child)
  }
  let pending = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n')
    pending = parts.pop() ?? ''
    parts.forEach(read)
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const { code, signal } = await exited(child, options.timeoutMs ?? 60_000)
  if (pending) read(pending)
  for (const line of stderr.trim().split('\n').filter(Boolean)) read(`[stderr] ${line}`)
  return {
    exitCode: code,
    signal,
    outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    ...reader.result
  }
}

function exited(
  child: ChildProcess,
  timeoutMs: number
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the action did not exit within ${timeoutMs} ms`))
    }, timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal })
    })
  })
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries, as @actions/core writes GITHUB_OUTPUT. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '')
    if (match?.[1] && match[2]) {
      const end = lines.indexOf(match[2], index + 1)
      values[match[1]] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if ((lines[index] ?? '').includes('=')) {
      const [name, ...rest] = (lines[index] ?? '').split('=')
      if (name) values[name] = rest.join('=')
    }
  }
  return values
}

export type RunnerLine =
  { kind: 'log'; text: string } | { kind: 'command'; name: string; value: string }

/** Reads stdout as the runner does: `::cmd::` at line start, `##[cmd]` anywhere, stop-commands honoured. */
export class CommandReader {
  readonly result = {
    log: [] as string[],
    errors: [] as string[],
    warnings: [] as string[],
    commands: [] as string[]
  }
  private stopToken: string | undefined

  read(line: string): RunnerLine {
    if (this.stopToken !== undefined) {
      if (line.trim() === `::${this.stopToken}::`) {
        this.stopToken = undefined
        return this.command('resume-commands', '')
      }
      return this.log(line)
    }
    const command =
      /^\s*::([a-zA-Z-]+)(?: [^:]*)?::(.*)$/.exec(line) ??
      /##\[([a-zA-Z-]+)[^\]]*\](.*)$/.exec(line)
    if (!command) return this.log(line)
    const [, name = '', value = ''] = command
    const unescaped = value.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%25', '%')
    if (name === 'stop-commands') this.stopToken = unescaped
    if (name === 'error') this.result.errors.push(unescaped)
    if (name === 'warning') this.result.warnings.push(unescaped)
    return this.command(name, unescaped)
  }

  private log(text: string): RunnerLine {
    this.result.log.push(text)
    return { kind: 'log', text }
  }

  private command(name: string, value: string): RunnerLine {
    this.result.commands.push(`${name}: ${value}`)
    return { kind: 'command', name, value }
  }
}
