import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { failOnInvalidInputs } from '../../src/input-failure.js'

interface Written {
  written: string
  exitCode: typeof process.exitCode
}

/** What a call wrote to stdout, and the exit code it left; both are put back afterwards. */
function captured(fail: (write: (text: string) => void) => void): Written {
  const chunks: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  const exitCode = process.exitCode
  try {
    fail((text) => chunks.push(text))
    return { written: chunks.join(''), exitCode: process.exitCode }
  } finally {
    write.mockRestore()
    process.exitCode = exitCode
  }
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('failOnInvalidInputs', () => {
  it.each([
    ["Input 'wait': expected true or false, got 'maybe'"],
    ["Input 'pipeline-arn': 'arn:aws:x%0A::error::forged' is not an image pipeline ARN"],
    ['a message over\r\nthree\nlines with 100% of the % signs']
  ])('writes the same annotation and exit code as core.setFailed for %j', (message) => {
    const ours = captured((write) => failOnInvalidInputs(message, write))
    const cores = captured(() => core.setFailed(message))

    expect(ours).toEqual(cores)
    expect(ours.exitCode).toBe(1)
  })

  it('keeps a line break in the message from starting a workflow command of its own', () => {
    const lines: string[] = []

    failOnInvalidInputs("Input 'region': 'x\n::add-mask::y' differs", (text) => lines.push(text))
    process.exitCode = undefined

    expect(lines).toEqual(["::error::Input 'region': 'x%0A::add-mask::y' differs\n"])
  })
})
