import { describe, expect, it } from '@jest/globals'
import {
  checkComponentDocument,
  DocumentProblem,
  MAX_COMPONENT_DATA
} from '../../src/plan/awstoe-document.js'

const BUILD_DOCUMENT = `name: install-nginx
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: InstallNginx
        action: ExecuteBash
        inputs:
          commands:
            - dnf install -y nginx
  - name: validate
    steps:
      - name: CheckNginx
        action: ExecuteBash
        inputs:
          commands: ['nginx -v']
`

function problemOf(data: string): DocumentProblem {
  try {
    checkComponentDocument(data)
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentProblem)
    return error as DocumentProblem
  }
  throw new Error('expected the document to be refused')
}

describe('checkComponentDocument', () => {
  it('accepts a build document and keeps its text as it is', () => {
    expect(checkComponentDocument(BUILD_DOCUMENT)).toEqual({
      data: BUILD_DOCUMENT,
      type: 'BUILD',
      runsTests: false
    })
  })

  it('says a build document with a test phase runs tests, though it is a BUILD component', () => {
    const document = `schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Install
        action: ExecuteBash
        inputs: { commands: ['true'] }
  - name: test
    steps:
      - name: Check
        action: ExecuteBash
        inputs: { commands: ['true'] }
`
    expect(checkComponentDocument(document)).toMatchObject({ type: 'BUILD', runsTests: true })
  })

  it('calls a document with a single test phase a test component', () => {
    const document = `schemaVersion: 1.0
phases:
  - name: test
    steps:
      - name: CurlHome
        action: ExecuteBash
        inputs: { commands: ['curl -f localhost'] }
`
    expect(checkComponentDocument(document).type).toBe('TEST')
  })

  it('names the line of a step without an action', () => {
    const broken = BUILD_DOCUMENT.replace(
      '        action: ExecuteBash\n        inputs:\n          commands:\n            - dnf',
      '        inputs:\n          commands:\n            - dnf'
    )
    const problem = problemOf(broken)
    expect(problem.line).toBe(6)
    expect(problem.message).toBe('step InstallNginx of phase build has no action')
  })

  it('names the line of a YAML syntax error', () => {
    const problem = problemOf('schemaVersion: 1.0\nphases:\n  - name: build\n    steps: [\n')
    expect(problem.line).toBeGreaterThanOrEqual(4)
    expect(problem.message).toMatch(/^not valid YAML/)
  })

  it.each([
    [
      'a missing schemaVersion',
      'phases:\n  - name: build\n    steps: [{name: A, action: Reboot}]\n',
      'schemaVersion is missing'
    ],
    ['no phases', 'schemaVersion: 1.0\n', 'phases must be a non-empty list'],
    [
      'an unknown phase',
      'schemaVersion: 1.0\nphases:\n  - name: deploy\n    steps: [{name: A, action: Reboot}]\n',
      'phase 1 must be named build, validate, test, container-host-test; got "deploy"'
    ],
    [
      'a phase without steps',
      'schemaVersion: 1.0\nphases:\n  - name: build\n',
      'phase build must have a non-empty list of steps'
    ],
    [
      'a nameless step',
      'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - action: Reboot\n',
      'step 1 of phase build has no name'
    ],
    [
      'two steps of one name',
      'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - {name: A, action: Reboot}\n      - {name: A, action: Reboot}\n',
      'phase build has two steps named A'
    ],
    ['a list at the top', '- schemaVersion: 1.0\n', 'expected a mapping at the top level'],
    ['an empty file', '  \n', 'the file is empty']
  ])('refuses %s', (_, data, message) => {
    expect(problemOf(data).message).toBe(message)
  })

  it('refuses a document over the 16,000 characters Image Builder takes inline', () => {
    const long = `${BUILD_DOCUMENT}# ${'x'.repeat(MAX_COMPONENT_DATA)}\n`
    expect(problemOf(long).message).toMatch(/at most 16000 inline$/)
  })
})
