/**
 * The shape of src/: no two modules import each other, directly or round a loop, so that every
 * stage can be read, tested and moved on its own. Read from the sources' relative imports.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
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

  it('keeps the domain types at the bottom: src/domain imports nothing of the stages', () => {
    const stages = ['plan', 'start', 'watch', 'finish', 'report', 'github', 'post']
    const upward = [...importGraph()]
      .filter(([module]) => module.startsWith(join(ROOT, 'domain')))
      .flatMap(([module, targets]) =>
        targets
          .filter((target) => stages.some((stage) => target.startsWith(join(ROOT, stage) + '/')))
          .map((target) => `${relative(ROOT, module)} -> ${relative(ROOT, target)}`)
      )
    expect(upward).toEqual([])
  })
})
