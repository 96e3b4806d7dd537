/**
 * The recipe's components: a file in the repository becomes a component the action owns
 * (`<name>-<file>`), reused while its document is unchanged and given the next patch version when it
 * changes; an AWS-managed name or an ARN is used as it is, after checking it exists and reading its
 * type (build or test).
 */
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import {
  GetComponentCommand,
  type ImagebuilderClient,
  paginateListComponentBuildVersions,
  paginateListComponents
} from '@aws-sdk/client-imagebuilder'
import { namesNoBuild, partitionOf } from '../domain/arns.js'
import { errorName } from '../aws/errors.js'
import type { ComponentReference, RecipeInputs } from '../inputs/action-inputs.js'
import { InputError } from '../domain/errors.js'
import { pathInWorkspace } from '../inputs/workspace-paths.js'
import { checkComponentDocument, DocumentProblem } from './awstoe-document.js'
import { FINGERPRINT_TAG, fingerprint } from './fingerprint.js'
import type { Platform, PlannedComponent } from '../domain/plan.js'
import { highestVersion, nextPatchVersion } from './versions.js'
import { RESOURCE_NAME_MAX_LENGTH } from '../inputs/aws-constraints.js'

const MANAGED_NAME = /^[a-z0-9][a-z0-9-_]*$/

export interface ComponentPlanning {
  client: ImagebuilderClient
  inputs: RecipeInputs
  platform: Platform
  /** Where relative component paths start: the repository checkout. */
  workspace: string
}

export async function planComponents(planning: ComponentPlanning): Promise<PlannedComponent[]> {
  // Every local path is checked before anything is read or asked of AWS: a path outside the
  // checkout is never opened, and two files that would become one component are refused.
  const files = localFiles(planning)
  const planned: PlannedComponent[] = []
  // One at a time: a recipe has at most 20, and parallel reads only invite throttling.
  for (const reference of planning.inputs.components) {
    planned.push(await planComponent(planning, reference, files))
  }
  if (!planned.some((component) => component.type === 'BUILD')) {
    throw new InputError(
      'components',
      'a recipe needs at least one build component; every one given is a test component'
    )
  }
  return planned
}

function isFile(reference: ComponentReference): boolean {
  if (reference.source.startsWith('arn:')) return false
  return !(MANAGED_NAME.test(reference.source) && extname(reference.source) === '')
}

/** The real path of every local component file, by its source, checked against the workspace. */
function localFiles(planning: ComponentPlanning): Map<string, string> {
  const files = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const reference of planning.inputs.components) {
    if (!isFile(reference)) continue
    const real = pathInWorkspace('components', reference.source, planning.workspace)
    const name = localComponentName(planning.inputs.name, reference.source)
    const other = byName.get(name)
    if (other !== undefined && other !== reference.source) {
      throw new InputError(
        'components',
        `${other} and ${reference.source} would both become component ${name}; ` +
          'give the files different names'
      )
    }
    byName.set(name, reference.source)
    files.set(reference.source, real)
  }
  return files
}

function planComponent(
  planning: ComponentPlanning,
  reference: ComponentReference,
  files: Map<string, string>
): Promise<PlannedComponent> {
  if (reference.source.startsWith('arn:')) return planExisting(planning, reference, 'arn')
  const real = files.get(reference.source)
  if (real === undefined) return planExisting(planning, reference, 'managed')
  return planFromFile(planning, reference, real)
}

async function planExisting(
  planning: ComponentPlanning,
  reference: ComponentReference,
  kind: 'arn' | 'managed'
): Promise<PlannedComponent> {
  const { region } = planning.inputs
  const arn =
    kind === 'arn'
      ? reference.source
      : `arn:${partitionOf(region)}:imagebuilder:${region}:aws:component/${reference.source}/x.x.x`
  const component = await getComponent(planning.client, arn)
  if (!component) {
    throw new InputError(
      'components',
      kind === 'managed'
        ? `'${reference.source}' is not an AWS-managed component in ${region}`
        : `component ${arn} does not exist, or this role cannot read it`
    )
  }
  return {
    source: reference.source,
    kind,
    name: component.name ?? reference.source,
    action: 'reuse',
    arn,
    fingerprint: arn,
    type: component.type === 'TEST' ? 'TEST' : 'BUILD',
    ...(namesNoBuild(arn) && component.arn ? { resolvedArn: component.arn } : {}),
    parameters: parametersOf(reference)
  }
}

async function planFromFile(
  planning: ComponentPlanning,
  reference: ComponentReference,
  realPath: string
): Promise<PlannedComponent> {
  const data = await readDocument(realPath, reference.source)
  let document
  try {
    document = checkComponentDocument(data)
  } catch (error) {
    if (!(error instanceof DocumentProblem)) throw error
    const where = error.line > 0 ? ` line ${error.line}` : ''
    throw new InputError('components', `${reference.source}${where}: ${error.message}`)
  }
  const name = localComponentName(planning.inputs.name, reference.source)
  const content = { data: document.data, platform: planning.platform }
  const contentFingerprint = fingerprint(content)
  const latest = await latestOwnComponent(planning.client, name)
  const base = {
    source: reference.source,
    kind: 'file' as const,
    name,
    fingerprint: contentFingerprint,
    type: document.type,
    ...(document.runsTests && document.type === 'BUILD' ? { runsTests: true as const } : {}),
    platform: planning.platform,
    parameters: parametersOf(reference)
  }
  if (latest?.fingerprint === contentFingerprint) {
    return { ...base, action: 'reuse', arn: latest.arn, version: latest.version }
  }
  return { ...base, action: 'create', version: nextPatchVersion(latest?.version), data }
}

async function readDocument(realPath: string, path: string): Promise<string> {
  try {
    return await readFile(realPath, 'utf8')
  } catch (error) {
    throw new InputError('components', `cannot read ${path}: ${describeFsError(error)}`)
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (code === 'ENOENT') return 'no such file in the repository (paths start at the checkout)'
  if (code === 'EISDIR') return 'it is a directory'
  return String(error)
}

/** `<name>-<file name without extension>`, in the characters Image Builder allows in a name. */
export function localComponentName(recipeName: string, path: string): string {
  const file = basename(path, extname(path)).replace(/[^-_A-Za-z0-9]/g, '-')
  return `${recipeName}-${file}`.slice(0, RESOURCE_NAME_MAX_LENGTH).replace(/[ ]+$/, '')
}

interface OwnComponentBuild {
  version: string
  arn: string
  fingerprint?: string
}

/**
 * The newest build of the newest version of a component this account owns. ListComponents can lag
 * a create by up to two minutes; a version created in that window is created again with the same
 * content-derived client token, so Image Builder answers with the first one.
 */
async function latestOwnComponent(
  client: ImagebuilderClient,
  name: string
): Promise<OwnComponentBuild | undefined> {
  const versions = new Map<string, string>()
  const filters = [{ name: 'name', values: [name] }]
  for await (const page of paginateListComponents({ client }, { owner: 'Self', filters })) {
    for (const summary of page.componentVersionList ?? []) {
      if (summary.version && summary.arn) versions.set(summary.version, summary.arn)
    }
  }
  const version = highestVersion([...versions.keys()])
  const componentVersionArn = version === undefined ? undefined : versions.get(version)
  if (version === undefined || componentVersionArn === undefined) return undefined
  let newest: OwnComponentBuild | undefined
  for await (const page of paginateListComponentBuildVersions(
    { client },
    { componentVersionArn }
  )) {
    for (const build of page.componentSummaryList ?? []) {
      if (build.arn && (!newest || buildNumber(build.arn) > buildNumber(newest.arn))) {
        newest = { version, arn: build.arn, fingerprint: build.tags?.[FINGERPRINT_TAG] }
      }
    }
  }
  return newest
}

function buildNumber(arn: string): number {
  return Number(arn.split('/').at(-1))
}

async function getComponent(client: ImagebuilderClient, arn: string) {
  try {
    return (await client.send(new GetComponentCommand({ componentBuildVersionArn: arn }))).component
  } catch (error) {
    const name = errorName(error)
    if (name === 'ResourceNotFoundException' || name === 'InvalidParameterValueException') {
      return undefined
    }
    throw error
  }
}

function parametersOf(reference: ComponentReference): PlannedComponent['parameters'] {
  return reference.parameters.length > 0 ? reference.parameters : undefined
}
