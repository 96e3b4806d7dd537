/**
 * The README as a new user reads it: its tables list exactly the inputs and outputs of action.yml
 * with their defaults, its quick start is the two commands, and every link it makes points at a
 * file in the repository (so does the emulator's README).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { readActionMetadata, readReadme, ROOT } from './repository-files.js'

const action = readActionMetadata()
const readme = readReadme()

/** The text under `## heading`, up to the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no section '## ${heading}'`)
  const end = markdown.indexOf('\n## ', start + heading.length + 4)
  return markdown.slice(start, end < 0 ? undefined : end)
}

/** name → cells of each table row whose first cell is a `code` name. */
function tableRows(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of markdown.split('\n')) {
    const cells = line.startsWith('|')
      ? line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim())
      : []
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1]
    if (name !== undefined) rows.set(name, cells)
  }
  return rows
}

/** How the README shows a default: in backticks, or an empty cell for none. */
function shownDefault(value: string | undefined): string {
  return value === undefined || value === '' ? '' : `\`${value}\``
}

/** Relative link targets in a Markdown file, without their #anchors. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0] ?? '')
}

describe('the README', () => {
  const inputs = tableRows(section(readme, 'Inputs'))
  const outputs = tableRows(section(readme, 'Outputs'))

  it('lists every input of action.yml, and no other', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it("shows each input's default as action.yml has it", () => {
    const wrong = Object.entries(action.inputs)
      .filter(([name, input]) => inputs.get(name)?.at(-1) !== shownDefault(input.default))
      .map(
        ([name, input]) =>
          `${name}: README ${inputs.get(name)?.at(-1) ?? '—'}, action.yml '${input.default ?? ''}'`
      )
    expect(wrong).toEqual([])
  })

  it('lists every output of action.yml, and no other', () => {
    expect([...outputs.keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('starts with the two quick-start commands', () => {
    const start = section(readme, 'Start here')
    expect(start).toContain('npm ci && npm run demo')
    expect(start).toContain('npm test ')
  })

  it('keeps the place for the picture of a real job summary', () => {
    expect(readme).toContain('<!-- summary-picture -->')
  })

  it('says truthfully which Node versions run what', () => {
    const start = section(readme, 'Start here')
    expect(start).toContain('`node24`')
    expect(start).toContain('Node 20 or later')
    expect(start).toContain('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED')
  })
})

describe('.env.example', () => {
  it('sets every input of action.yml, as the runner passes them all', () => {
    const env = readFileSync(join(ROOT, '.env.example'), 'utf8')
    const set = [...env.matchAll(/^INPUT_([A-Z0-9-]+)=/gm)].map((match) => match[1]?.toLowerCase())
    expect(Object.keys(action.inputs).filter((name) => !set.includes(name))).toEqual([])
  })
})

describe.each(['README.md', 'emulator/README.md', 'docs/iam-policy.md', 'CONTRIBUTING.md'])(
  '%s',
  (file) => {
    const markdown = readFileSync(join(ROOT, file), 'utf8')

    it('links only to files that are in the repository', () => {
      const missing = relativeLinks(markdown).filter(
        (target) => !existsSync(join(ROOT, dirname(file), target))
      )
      expect(missing).toEqual([])
    })

    it('refers to no file outside the repository', () => {
      expect(markdown).not.toMatch(/shared\/reference|\.\.\/\.\.\//)
    })
  }
)
