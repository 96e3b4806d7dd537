/**
 * A component document from the repository, checked before anything is created: Image Builder
 * would refuse a malformed one only after the recipe's other resources exist, and with no line
 * number. Checks what AWSTOE requires (schemaVersion, phases, steps with a name and an action) and
 * the service's 16,000-character limit on inline data.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

/** CreateComponent `data`: 1–16,000 characters. */
export const MAX_COMPONENT_DATA = 16_000

const PHASE_NAMES = ['build', 'validate', 'test', 'container-host-test']

export interface ComponentDocument {
  data: string
  /** A document with a single phase named `test` is a test component (CreateComponent infers it). */
  type: 'BUILD' | 'TEST'
  /** Whether AWSTOE runs it in the test stage: it has a `test` phase, with other phases or not. */
  runsTests: boolean
}

/** What is wrong, and the 1-based line where it is (0 when it concerns the whole file). */
export class DocumentProblem extends Error {
  constructor(
    readonly line: number,
    problem: string
  ) {
    super(problem)
    this.name = 'DocumentProblem'
  }
}

export function checkComponentDocument(data: string): ComponentDocument {
  if (data.trim() === '') throw new DocumentProblem(0, 'the file is empty')
  if (data.length > MAX_COMPONENT_DATA) {
    throw new DocumentProblem(
      0,
      `the document has ${data.length} characters; Image Builder takes at most ${MAX_COMPONENT_DATA} inline`
    )
  }
  const lines = new LineCounter()
  const document = parseDocument(data, { lineCounter: lines, prettyErrors: false })
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 0
  const [syntaxError] = document.errors
  if (syntaxError) {
    throw new DocumentProblem(
      lines.linePos(syntaxError.pos[0]).line,
      `not valid YAML: ${syntaxError.message.split('\n')[0]}`
    )
  }
  const root = document.contents
  if (!isMap(root)) throw new DocumentProblem(lineOf(root), 'expected a mapping at the top level')
  if (!root.has('schemaVersion'))
    throw new DocumentProblem(lineOf(root), 'schemaVersion is missing')
  const phases = root.get('phases', true)
  if (!isSeq(phases) || phases.items.length === 0) {
    throw new DocumentProblem(lineOf(phases ?? root), 'phases must be a non-empty list')
  }
  const phaseNames = phases.items.map((phase, index) => checkPhase(phase, index + 1, lineOf))
  return {
    data,
    type: phaseNames.length === 1 && phaseNames[0] === 'test' ? 'TEST' : 'BUILD',
    runsTests: phaseNames.includes('test')
  }
}

function checkPhase(phase: unknown, position: number, lineOf: (node: Node) => number): string {
  if (!isMap(phase))
    throw new DocumentProblem(lineOfUnknown(phase, lineOf), `phase ${position} must be a mapping`)
  const name = phase.get('name')
  if (typeof name !== 'string' || !PHASE_NAMES.includes(name)) {
    throw new DocumentProblem(
      lineOf(phase),
      `phase ${position} must be named ${PHASE_NAMES.join(', ')}; got ${JSON.stringify(name ?? null)}`
    )
  }
  const steps = phase.get('steps', true)
  if (!isSeq(steps) || steps.items.length === 0) {
    throw new DocumentProblem(
      lineOf(steps ?? phase),
      `phase ${name} must have a non-empty list of steps`
    )
  }
  const seen = new Set<string>()
  steps.items.forEach((step, index) => {
    const where = `step ${index + 1} of phase ${name}`
    if (!isMap(step))
      throw new DocumentProblem(lineOfUnknown(step, lineOf), `${where} must be a mapping`)
    const stepName = step.get('name')
    const action = step.get('action')
    if (typeof stepName !== 'string' || stepName === '') {
      throw new DocumentProblem(lineOf(step), `${where} has no name`)
    }
    if (typeof action !== 'string' || action === '') {
      throw new DocumentProblem(lineOf(step), `step ${stepName} of phase ${name} has no action`)
    }
    if (seen.has(stepName)) {
      throw new DocumentProblem(lineOf(step), `phase ${name} has two steps named ${stepName}`)
    }
    seen.add(stepName)
  })
  return name
}

function lineOfUnknown(value: unknown, lineOf: (node: Node) => number): number {
  return isScalar(value) || isMap(value) || isSeq(value) ? lineOf(value) : 0
}
