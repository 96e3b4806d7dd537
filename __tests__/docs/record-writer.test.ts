/**
 * The record has one writer: `recordEvent` in src/domain/record.ts folds the stages' facts and the
 * watch's events into it. Anywhere else, a `record.x = …` or a push onto one of its lists would
 * be a stage reaching into the store the reports read. Read from the sources' text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const ROOT = 'src'
const WRITER = join(ROOT, 'domain', 'record.ts')

/** `record.ending = …`, `context.record.notices.push(…)`, `record.stages.splice(…)`, `record.x ??= …`. */
const WRITE =
  /\brecord\.\w+(?:\.\w+|\[[^\]]*\])*\s*(?:[-+*/?|&]{0,2}=(?![=>])|\.(?:push|unshift|splice|pop|shift)\()/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

function writesIn(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
    .filter((line) => WRITE.test(line))
    .map((line) => line.trim())
}

describe('the build record', () => {
  it('knows a write when it sees one', () => {
    expect(
      writesIn(
        [
          '  record.ending = ending',
          '  context.record.notices.push(text)',
          '  record.snapshot ??= snapshot',
          "  if (record.snapshot?.image.status === 'AVAILABLE') return",
          '  const ok = record.notices.length => 0',
          '  // record.imageArn = arn, in a comment'
        ].join('\n')
      )
    ).toEqual([
      'record.ending = ending',
      'context.record.notices.push(text)',
      'record.snapshot ??= snapshot'
    ])
  })

  it('is written only by recordEvent in src/domain/record.ts', () => {
    const writes = sources(ROOT)
      .filter((file) => file !== WRITER)
      .flatMap((file) => writesIn(readFileSync(file, 'utf8')).map((line) => `${file}: ${line}`))
    expect(writes).toEqual([])
    expect(writesIn(readFileSync(WRITER, 'utf8')).length).toBeGreaterThan(0)
  })
})
