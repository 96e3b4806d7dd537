/**
 * Runs the bundled action (dist/) the way GitHub's runner does: every input of action.yml as
 * `INPUT_<NAME>` with its default unless given, the GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
 * GITHUB_STATE files, and workflow commands read from stdout — with `::stop-commands::` honoured
 * exactly as the runner honours it. Then `runs.post`, however the main step ended, with the main
 * step's state as `STATE_<name>`. A cancelled run gets SIGINT, SIGTERM 7.5 s later, and the kill
 * 2.5 s after that, as on GitHub.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'

const ROOT = join(import.meta.dirname, '..')

/** GitHub's cancel: SIGINT, SIGTERM 7.5 s later, and the kill 2.5 s after that. */
const CANCEL_SIGTERM_AFTER_MS = 7_500
const CANCEL_KILL_AFTER_MS = 10_000

/** One step's process as the runner saw it. */
export interface StepRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  summary: string
  /** Plain log lines (workflow commands removed). */
  log: string[]
  errors: string[]
  warnings: string[]
  /** Every `::command::` the runner would have executed, as `name: value`. */
  commands: string[]
}

export interface ActionRun extends StepRun {
  outputs: Record<string, string>
  /** What the main step saved for its post step (GITHUB_STATE). */
  state: Record<string, string>
  /** The `runs.post` step, run after the main step however that ended. */
  post?: StepRun
  /** Set when the runner cancelled the run: when SIGINT went out, and whether it had to kill. */
  cancel?: { signalledAt: number; killed: boolean }
}

export interface RunOptions {
  inputs?: Record<string, string>
  /** AWS_ENDPOINT_URL for every service. */
  endpoint: string
  env?: Record<string, string>
  /** Called for every stdout line of the main step as the runner reads it; may send signals. */
  onLine?: (line: RunnerLine, child: ChildProcess) => void
  /** Called just before the main step's process is spawned, after the runner's own set-up. */
  onSpawn?: () => void
  /** Cancels the run as GitHub does once this returns true for a line of the main step. */
  cancelWhen?: (line: RunnerLine) => boolean
  timeoutMs?: number
  /** Pass only the given inputs, as a hand run or a local runner does, not every default. */
  onlyGivenInputs?: boolean
  /** The event that triggered the run (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH) and the API it talks to. */
  github?: { apiUrl: string; eventName: string; payload: object }
}

interface ActionYml {
  inputs: Record<string, { default?: string }>
  runs: { main: string; post?: string }
}

function readActionYml(): ActionYml {
  return parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
}

/** Every input of action.yml with its default, as the runner passes inputs nobody set. */
export function actionDefaults(action: ActionYml = readActionYml()): Record<string, string> {
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])
  )
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const action = readActionYml()
  const dir = mkdtempSync(join(tmpdir(), 'runner-'))
  const inputs = { ...(options.onlyGivenInputs ? {} : actionDefaults(action)), ...options.inputs }
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
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: options.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...githubEvent(dir, options.github),
    ...options.env
  }
  const timeoutMs = options.timeoutMs ?? 60_000
  const mainFiles = stepFiles(dir, 'main')
  let cancel: RunnerCancel | undefined
  const main = await runStep(
    join(ROOT, action.runs.main),
    { ...env, ...mainFiles.env },
    {
      timeoutMs,
      ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
      onLine: (line, child) => {
        options.onLine?.(line, child)
        if (cancel === undefined && options.cancelWhen?.(line) === true) {
          cancel = new RunnerCancel(child)
        }
      }
    }
  )
  cancel?.dispose()
  const state = parseFileCommand(readFileSync(mainFiles.state, 'utf8'))
  // post-if defaults to always(): the post step runs even after the main step was killed.
  const post = action.runs.post
    ? await runStep(
        join(ROOT, action.runs.post),
        { ...env, ...stateEnv(state), ...stepFiles(dir, 'post').env },
        { timeoutMs }
      )
    : undefined
  return {
    ...main,
    outputs: parseFileCommand(readFileSync(mainFiles.output, 'utf8')),
    state,
    ...(post ? { post } : {}),
    ...(cancel ? { cancel: cancel.result } : {})
  }
}

/** The event's payload as the runner writes it to a file, and the variables that name it. */
function githubEvent(dir: string, github: RunOptions['github']): Record<string, string> {
  if (!github) return {}
  const path = join(dir, 'event.json')
  writeFileSync(path, JSON.stringify(github.payload))
  return {
    GITHUB_EVENT_NAME: github.eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: github.apiUrl
  }
}

/** The file commands of one step: its outputs, summary and state, each a file of its own. */
function stepFiles(
  dir: string,
  step: string
): { output: string; state: string; env: Record<string, string> } {
  const files = {
    GITHUB_OUTPUT: join(dir, `${step}-output`),
    GITHUB_STEP_SUMMARY: join(dir, `${step}-summary`),
    GITHUB_STATE: join(dir, `${step}-state`)
  }
  Object.values(files).forEach((file) => writeFileSync(file, ''))
  return { output: files.GITHUB_OUTPUT, state: files.GITHUB_STATE, env: files }
}

/** The main step's saved state as the post step receives it. */
function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))
}

/** The runner cancelling a step: SIGINT now, SIGTERM at 7.5 s, SIGKILL at 10 s. */
class RunnerCancel {
  readonly result: { signalledAt: number; killed: boolean }
  private readonly timers: NodeJS.Timeout[]

  constructor(child: ChildProcess) {
    this.result = { signalledAt: Date.now(), killed: false }
    child.kill('SIGINT')
    this.timers = [
      setTimeout(() => child.kill('SIGTERM'), CANCEL_SIGTERM_AFTER_MS),
      setTimeout(() => {
        this.result.killed = true
        child.kill('SIGKILL')
      }, CANCEL_KILL_AFTER_MS)
    ]
  }

  /** Once the step has exited: no signal may reach a process that reuses its ID. */
  dispose(): void {
    this.timers.forEach(clearTimeout)
  }
}

async function runStep(
  script: string,
  env: Record<string, string>,
  options: {
    timeoutMs: number
    onSpawn?: () => void
    onLine?: (line: RunnerLine, child: ChildProcess) => void
  }
): Promise<StepRun> {
  options.onSpawn?.()
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
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
  const { code, signal } = await exited(child, options.timeoutMs)
  if (pending) read(pending)
  for (const line of stderr.trim().split('\n').filter(Boolean)) read(`[stderr] ${line}`)
  return {
    exitCode: code,
    signal,
    summary: readFileSync(env.GITHUB_STEP_SUMMARY ?? '', 'utf8'),
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
    // The runner shows a group's title as the line that folds the group.
    if (name === 'group') this.result.log.push(unescaped)
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
