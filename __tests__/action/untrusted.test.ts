import { describe, expect, it } from '@jest/globals'
import { UntrustedWriter } from '../../src/untrusted.js'

function recording(): { writer: UntrustedWriter; lines: string[] } {
  const lines: string[] = []
  return { writer: new UntrustedWriter((line) => lines.push(line)), lines }
}

const STOP = /^::stop-commands::([0-9a-f]+)$/

/** The token of the wrapper around `lines`, after checking the wrapper closes with it. */
function wrapperToken(lines: readonly string[]): string {
  const token = STOP.exec(lines[0] ?? '')?.[1]
  if (!token) throw new Error(`not wrapped: ${JSON.stringify(lines)}`)
  expect(lines.at(-1)).toBe(`::${token}::`)
  return token
}

describe('UntrustedWriter', () => {
  it('writes clean lines as they are', () => {
    const { writer, lines } = recording()
    writer.write(['Installing packages', 'Complete: 12 packages, 3 MB'])
    expect(lines).toEqual(['Installing packages', 'Complete: 12 packages, 3 MB'])
  })

  it.each([
    ['a workflow command', '::set-output name=ami-id::ami-0evil'],
    ['a command later in the line', 'echo ok; ::add-mask::secret'],
    ['an old-style ##[ command', 'progress ##[error]fake failure'],
    ['an indented command', '   ::error file=x::boom']
  ])('wraps %s in stop-commands', (_case, line) => {
    const { writer, lines } = recording()
    writer.write([line])
    wrapperToken(lines)
    expect(lines.slice(1, -1)).toEqual([line])
  })

  it('uses a token of at least 32 hex characters that differs between writers', () => {
    const tokens = [recording(), recording()].map(({ writer, lines }) => {
      writer.write(['::warning::x'])
      return wrapperToken(lines)
    })
    expect(tokens[0]?.length).toBeGreaterThanOrEqual(32)
    expect(tokens[0]).not.toBe(tokens[1])
  })

  it('never uses a token that appears in the text it wraps', () => {
    const { writer, lines } = recording()
    writer.write(['::notice::first'])
    const seen = wrapperToken(lines)
    lines.length = 0

    writer.write([`::${seen}::`, '::set-output name=status::AVAILABLE'])

    const token = wrapperToken(lines)
    expect(token).not.toBe(seen)
    expect(lines.slice(1, -1).join('\n')).not.toContain(token)
  })

  it('splits embedded line breaks so every physical line is inside the wrapper', () => {
    const { writer, lines } = recording()
    writer.write(['first\n::error::second\r::warning::third\r\nfourth'])
    wrapperToken(lines)
    expect(lines.slice(1, -1)).toEqual(['first', '::error::second', '::warning::third', 'fourth'])
    expect(lines.every((line) => !/[\r\n]/.test(line))).toBe(true)
  })

  it('splits line breaks in clean text too', () => {
    const { writer, lines } = recording()
    writer.write(['one\r\ntwo\rthree'])
    expect(lines).toEqual(['one', 'two', 'three'])
  })
})
