/**
 * Derives emulator/models/service-models.json from AWS's own service definitions, as botocore
 * publishes them (`botocore/data/<service>/<version>/service-2.json`), so that the emulator judges
 * requests and responses by AWS's constraints rather than by what the action happens to send.
 *
 *   npx tsx scripts/derive-service-models.ts <botocore checkout> [--commit <sha>] [--out <file>]
 *
 * Keeps the operations below and every shape they reach, with their constraints (required members,
 * min/max, pattern, enum, types, wire names and locations) and without documentation. The source's
 * version comes from botocore/__init__.py, its commit from `git rev-parse HEAD` in the checkout
 * (or --commit when the checkout is not a git work tree). botocore is Apache-2.0: its LICENSE and
 * NOTICE sit beside the output (emulator/models/).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

/** `all` keeps every operation of the service. */
const SELECTION: Record<string, { model: string; operations: readonly string[] | 'all' }> = {
  imagebuilder: { model: 'imagebuilder/2019-12-02', operations: 'all' },
  ec2: {
    model: 'ec2/2016-11-15',
    operations: [
      'CreateLaunchTemplate',
      'CreateLaunchTemplateVersion',
      'CreateTags',
      'DescribeImages',
      'DescribeLaunchTemplateVersions',
      'DescribeLaunchTemplates',
      'DescribeRegions',
      'DescribeSnapshots',
      'EnableImageDeprecation',
      'GetImageBlockPublicAccessState',
      'ModifyLaunchTemplate'
    ]
  },
  logs: {
    model: 'logs/2014-03-28',
    operations: ['DescribeLogGroups', 'DescribeLogStreams', 'FilterLogEvents', 'GetLogEvents']
  },
  ssm: {
    model: 'ssm/2014-11-06',
    operations: ['GetParameter', 'GetParameters', 'PutParameter']
  },
  sts: { model: 'sts/2011-06-15', operations: ['GetCallerIdentity'] },
  ecr: { model: 'ecr/2015-09-21', operations: ['DescribeImages', 'DescribeRepositories'] }
}

/** Shape keys that carry constraints or wire layout; everything else (documentation...) goes. */
const SHAPE_KEYS = [
  'type',
  'required',
  'min',
  'max',
  'pattern',
  'enum',
  'flattened',
  'timestampFormat',
  'locationName',
  'exception',
  'fault'
] as const
const MEMBER_KEYS = [
  'shape',
  'location',
  'locationName',
  'queryName',
  'flattened',
  'idempotencyToken',
  'hostLabel'
] as const

type Json = Record<string, unknown>

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      commit: { type: 'string' },
      out: { type: 'string', default: 'emulator/models/service-models.json' }
    }
  })
  const checkout = positionals[0]
  if (checkout === undefined) {
    throw new Error('usage: derive-service-models.ts <botocore checkout> [--commit sha] [--out f]')
  }
  const root = resolve(checkout)
  const version = /__version__\s*=\s*'([^']+)'/.exec(
    readFileSync(join(root, 'botocore/__init__.py'), 'utf8')
  )?.[1]
  if (version === undefined) throw new Error('no __version__ in botocore/__init__.py')
  const commit = values.commit ?? gitCommit(root)
  const services: Record<string, Json> = {}
  for (const [name, { model, operations }] of Object.entries(SELECTION)) {
    const source = JSON.parse(
      readFileSync(join(root, 'botocore/data', model, 'service-2.json'), 'utf8')
    ) as Json
    services[name] = derive(source, operations, `botocore/data/${model}/service-2.json`)
  }
  const document = {
    source: {
      repository: 'https://github.com/boto/botocore',
      version,
      commit,
      license: 'Apache-2.0 (see LICENSE and NOTICE beside this file)',
      derivedBy: 'scripts/derive-service-models.ts'
    },
    services
  }
  writeFileSync(values.out, `${JSON.stringify(document)}\n`)
  const counts = Object.entries(services).map(
    ([name, service]) => `${name} ${Object.keys(service.operations as Json).length}`
  )
  console.log(`wrote ${values.out} from botocore ${version} (${commit}): ${counts.join(', ')}`)
}

function gitCommit(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('the checkout is not a git work tree: pass --commit <sha>')
  }
}

function derive(source: Json, selection: readonly string[] | 'all', file: string): Json {
  const metadata = source.metadata as Json
  const allOperations = source.operations as Record<string, Json>
  const allShapes = source.shapes as Record<string, Json>
  const names = selection === 'all' ? Object.keys(allOperations) : selection
  const operations: Record<string, Json> = {}
  const reached = new Set<string>()
  for (const name of [...names].sort()) {
    const operation = allOperations[name]
    if (operation === undefined) throw new Error(`${file} has no operation ${name}`)
    const input = (operation.input as Json | undefined)?.shape as string | undefined
    const output = (operation.output as Json | undefined)?.shape as string | undefined
    const resultWrapper = (operation.output as Json | undefined)?.resultWrapper
    const errors = ((operation.errors as Json[] | undefined) ?? []).map((e) => e.shape as string)
    const http = operation.http as Json
    operations[name] = {
      http: { method: http.method, requestUri: http.requestUri },
      ...(input === undefined ? {} : { input }),
      ...(output === undefined ? {} : { output }),
      ...(resultWrapper === undefined ? {} : { resultWrapper }),
      ...(errors.length === 0 ? {} : { errors })
    }
    for (const shape of [input, output, ...errors]) if (shape !== undefined) reach(shape)
  }
  function reach(name: string): void {
    if (reached.has(name)) return
    reached.add(name)
    const shape = allShapes[name]
    if (shape === undefined) throw new Error(`${file} has no shape ${name}`)
    for (const target of referencedShapes(shape)) reach(target)
  }
  const shapes: Record<string, Json> = {}
  for (const name of [...reached].sort()) shapes[name] = compactShape(allShapes[name] as Json)
  return {
    metadata: pick(metadata, [
      'protocol',
      'apiVersion',
      'jsonVersion',
      'targetPrefix',
      'endpointPrefix',
      'signingName',
      'xmlNamespace'
    ]),
    operations,
    shapes
  }
}

function referencedShapes(shape: Json): string[] {
  const refs: string[] = []
  for (const key of ['member', 'key', 'value']) {
    const ref = shape[key] as Json | undefined
    if (ref !== undefined) refs.push(ref.shape as string)
  }
  for (const member of Object.values((shape.members as Record<string, Json> | undefined) ?? {})) {
    refs.push(member.shape as string)
  }
  return refs
}

function compactShape(shape: Json): Json {
  const compact = pick(shape, SHAPE_KEYS)
  if (shape.error !== undefined) {
    compact.error = pick(shape.error as Json, ['code', 'httpStatusCode', 'senderFault'])
  }
  if (shape.members !== undefined) {
    compact.members = Object.fromEntries(
      Object.entries(shape.members as Record<string, Json>).map(([name, member]) => [
        name,
        pick(member, MEMBER_KEYS)
      ])
    )
  }
  for (const key of ['member', 'key', 'value']) {
    if (shape[key] !== undefined) compact[key] = pick(shape[key] as Json, MEMBER_KEYS)
  }
  return compact
}

function pick(object: Json, keys: readonly string[]): Json {
  return Object.fromEntries(
    keys.filter((key) => object[key] !== undefined).map((k) => [k, object[k]])
  )
}

main()
