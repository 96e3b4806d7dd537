/**
 * Recipe mode end to end: an emulator with no seeded pipeline, a repository checkout with component
 * documents, and readers for what the action created, updated and started.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from '@jest/globals'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import type { ActionRun, RunOptions } from '../../scripts/github-runner.js'
import { BUILD_REGION, QUICK_BUILD, runStep, TIME_SCALE } from './helpers.js'

export const NGINX_DOCUMENT = `name: install-nginx
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: InstallNginx
        action: ExecuteBash
        inputs:
          commands:
            - dnf install -y nginx
`

export const SMOKE_TEST_DOCUMENT = `schemaVersion: 1.0
phases:
  - name: test
    steps:
      - name: CurlHome
        action: ExecuteBash
        inputs:
          commands: ['curl -fsS http://localhost/']
`

/** Every call that creates, changes or starts something. */
const MUTATING = /^(Create|Update|Tag|Start|Cancel|Retry|Distribute|Put|Delete)/

export interface RecipeWorld {
  emu: Emulator
  /** The checkout the action reads component files from. */
  workspace: string
  parent: string
  /** Runs the bundled action in recipe mode; `inputs` add to (or override) name, parent and components. */
  run: (
    inputs?: Record<string, string>,
    env?: Record<string, string>,
    options?: Pick<RunOptions, 'github'>
  ) => Promise<ActionRun>
  write: (path: string, text: string) => void
}

export function recipeWorldPerTest(): (options?: { listLagMs?: number }) => Promise<RecipeWorld> {
  const open: Emulator[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((emu) => emu.close()))
  })
  return async (options = {}) => {
    const emu = await startEmulator({
      port: 0,
      listLagMs: options.listLagMs,
      timeScale: TIME_SCALE,
      scenario: { cancelDelayMs: 3000, durations: QUICK_BUILD }
    })
    open.push(emu)
    const workspace = mkdtempSync(join(tmpdir(), 'checkout-'))
    const write = (path: string, text: string): void => writeFileSync(join(workspace, path), text)
    write('nginx.yml', NGINX_DOCUMENT)
    const parent = emu.parentImageId(BUILD_REGION)
    return {
      emu,
      workspace,
      parent,
      write,
      run: (inputs = {}, env = {}, options = {}) =>
        runStep(
          emu,
          {
            name: 'golden',
            'parent-image': parent,
            components: 'update-linux\nnginx.yml',
            ...inputs
          },
          { ...options, env: { GITHUB_WORKSPACE: workspace, ...env } }
        )
    }
  }
}

/** `Operation` names of the calls that created, changed or started something, in order. */
export function mutatingCalls(emu: Emulator, since = 0): string[] {
  return emu.requests
    .slice(since)
    .filter((request) => request.status === 200 && MUTATING.test(request.operation))
    .map((request) => request.operation)
}

export interface PlanOutput {
  components: { source: string; name: string; action: string; version?: string; arn?: string }[]
  imageRecipe: { name: string; action: string; version: string; arn?: string }
  /** In place of imageRecipe for `image-type: container`. */
  containerRecipe?: { name: string; action: string; version: string; arn?: string }
  infrastructureConfiguration: { action: string; arn?: string }
  distributionConfiguration: { action: string; arn?: string; regions: string[] }
}

export function planOf(run: ActionRun): PlanOutput {
  return JSON.parse(run.outputs.plan ?? '') as PlanOutput
}
