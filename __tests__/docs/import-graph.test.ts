/**
 * The shape of src/: no two modules import each other, directly or round a loop, and every import
 * runs down the road's floors, so that every stage can be read, tested and moved on its own. Read
 * from the sources' relative imports.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative, sep } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const ROOT = 'src'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Each module's relative imports, static or dynamic, type-only included, as paths from the root. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(ROOT)) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)].map(
      (match) => normalize(join(dirname(file), `${match[1] ?? ''}.ts`))
    )
    graph.set(file, targets)
  }
  return graph
}

/** The import loops: strongly connected components of more than one module (Tarjan). */
function importLoops(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const loops: string[][] = []
  const visit = (module: string): void => {
    index.set(module, next)
    low.set(module, next)
    next += 1
    stack.push(module)
    onStack.add(module)
    for (const target of graph.get(module) ?? []) {
      if (!graph.has(target)) continue
      if (!index.has(target)) {
        visit(target)
        low.set(module, Math.min(low.get(module) ?? 0, low.get(target) ?? 0))
      } else if (onStack.has(target)) {
        low.set(module, Math.min(low.get(module) ?? 0, index.get(target) ?? 0))
      }
    }
    if (low.get(module) === index.get(module)) {
      const loop: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member === undefined) break
        onStack.delete(member)
        loop.push(relative(ROOT, member))
      } while (member !== module)
      if (loop.length > 1) loops.push(loop.sort())
    }
  }
  for (const module of graph.keys()) if (!index.has(module)) visit(module)
  return loops
}

/**
 * The floors of src/, lowest first: a module imports its own floor and those below, never one
 * above. At the root, beside the folders: the plain helpers any module may use (the hostile-text
 * writer, the debug channel, the post step's state), the shared modules a stage is handed (its
 * context, client tokens), and the road's own modules (index, main, build-step, run-build,
 * error-ending), above all.
 */
const FLOORS: Record<string, number> = {
  domain: 0,
  helpers: 1,
  aws: 2,
  inputs: 3,
  shared: 4,
  plan: 5,
  start: 6,
  watch: 7,
  finish: 8,
  report: 9,
  github: 10,
  post: 11,
  road: 12
}
const HELPERS = ['untrusted.ts', 'debug-channel.ts', 'state.ts']
const SHARED = ['context.ts', 'client-token.ts']

function floorOf(module: string): string {
  const path = relative(ROOT, module)
  const [first = '', ...rest] = path.split(sep)
  if (rest.length > 0) return first
  if (HELPERS.includes(first)) return 'helpers'
  return SHARED.includes(first) ? 'shared' : 'road'
}

/** `a -> b` for every import that runs up from a lower floor. */
function upwardImports(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([module, targets]) =>
    targets
      .filter((target) => (FLOORS[floorOf(target)] ?? 0) > (FLOORS[floorOf(module)] ?? 0))
      .map((target) => `${relative(ROOT, module)} -> ${relative(ROOT, target)}`)
  )
}

describe('the import graph of src/', () => {
  it('reads the imports it judges', () => {
    const graph = importGraph()
    expect(graph.get(join(ROOT, 'index.ts'))).toContain(join(ROOT, 'main.ts'))
    expect(
      importLoops(
        new Map([
          ['a', ['b']],
          ['b', ['a']]
        ])
      )
    ).toEqual([['../a', '../b']])
  })

  it('has no import loop', () => {
    expect(importLoops(importGraph())).toEqual([])
  })

  it('keeps the domain types at the bottom: src/domain imports nothing outside it', () => {
    const outside = [...importGraph()]
      .filter(([module]) => floorOf(module) === 'domain')
      .flatMap(([module, targets]) =>
        targets
          .filter((target) => floorOf(target) !== 'domain')
          .map((target) => `${relative(ROOT, module)} -> ${relative(ROOT, target)}`)
      )
    expect(outside).toEqual([])
  })

  it('runs one way: no module imports one on a floor above its own', () => {
    expect(upwardImports(importGraph())).toEqual([])
  })

  it('judges floors as the road runs', () => {
    expect(floorOf(join(ROOT, 'domain', 'record.ts'))).toBe('domain')
    expect(floorOf(join(ROOT, 'context.ts'))).toBe('shared')
    expect(floorOf(join(ROOT, 'untrusted.ts'))).toBe('helpers')
    expect(floorOf(join(ROOT, 'run-build.ts'))).toBe('road')
    const graph = new Map([
      [join(ROOT, 'finish', 'a.ts'), [join(ROOT, 'report', 'b.ts'), join(ROOT, 'domain', 'c.ts')]],
      [join(ROOT, 'report', 'b.ts'), [join(ROOT, 'finish', 'a.ts')]]
    ])
    expect(upwardImports(graph)).toEqual(['finish/a.ts -> report/b.ts'])
    expect(Object.keys(FLOORS)).toEqual(
      expect.arrayContaining(
        readdirSync(ROOT, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      )
    )
  })
})
