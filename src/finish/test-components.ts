/**
 * Which of the recipe's components are tests. The image's recipe lists component ARNs only; the
 * type (BUILD or TEST) comes from GetComponent, read once per ARN. The reads start as soon as the
 * recipe is known, beside the watch, so the answer is there when the build ends, also after a
 * cancel, when the runner leaves only seconds.
 */
import { GetComponentCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { describeError } from '../aws/errors.js'
import type { Learn, TestComponent } from '../domain/record.js'
import { componentNameOfArn } from '../domain/arns.js'

type ComponentLookup =
  | { kind: 'found'; runsTests: boolean; name?: string; buildVersionArn?: string }
  | { kind: 'failed'; error: string }

export interface TestComponentsFound {
  components: TestComponent[]
  /** Components whose type could not be read: they are left out, and the reader is told. */
  unknown: string[]
}

export class RecipeComponents {
  private readonly lookups = new Map<string, Promise<ComponentLookup>>()

  constructor(
    private readonly client: ImagebuilderClient,
    /** Aborts reads still running when the run is cancelled. */
    private readonly signal: AbortSignal
  ) {}

  /**
   * Types already known, from recipe mode's plan: components it made or reused by their build
   * version ARN need no GetComponent. (A wildcard ARN is still read, for the build version it ran.)
   */
  know(
    components: readonly { arn?: string; type: string; runsTests?: boolean; name: string }[]
  ): void {
    for (const { arn, type, runsTests, name } of components) {
      if (arn && /\/\d+\.\d+\.\d+\/\d+$/.test(arn)) {
        const tests = type === 'TEST' || runsTests === true
        this.lookups.set(
          arn,
          Promise.resolve({ kind: 'found', runsTests: tests, name, buildVersionArn: arn })
        )
      }
    }
  }

  /** Starts reading the types; the reads never reject, so nothing is left unhandled. */
  prepare(componentArns: readonly string[]): void {
    // Kept in the map and awaited by testComponents(); a read never rejects.
    for (const arn of componentArns) void this.lookup(arn)
  }

  /** The recipe's test components, in the order AWSTOE runs them. */
  async testComponents(componentArns: readonly string[]): Promise<TestComponentsFound> {
    const lookups = await Promise.all(componentArns.map((arn) => this.lookup(arn)))
    const found: TestComponentsFound = { components: [], unknown: [] }
    lookups.forEach((lookup, index) => {
      const arn = componentArns[index] ?? ''
      if (lookup.kind === 'failed') found.unknown.push(`${arn} (${lookup.error})`)
      else if (lookup.runsTests)
        found.components.push({
          arn,
          name: lookup.name ?? componentNameOfArn(arn),
          buildVersionArn: lookup.buildVersionArn
        })
    })
    return found
  }

  private lookup(arn: string): Promise<ComponentLookup> {
    const known = this.lookups.get(arn)
    if (known) return known
    const started = this.read(arn)
    this.lookups.set(arn, started)
    return started
  }

  private async read(arn: string): Promise<ComponentLookup> {
    try {
      const { component } = await this.client.send(
        new GetComponentCommand({ componentBuildVersionArn: arn }),
        { abortSignal: this.signal }
      )
      return {
        kind: 'found',
        runsTests: component?.type === 'TEST' || (await hasTestPhase(component?.data)),
        name: component?.name,
        buildVersionArn: component?.arn
      }
    } catch (error) {
      return { kind: 'failed', error: describeError(error) }
    }
  }
}

/**
 * Whether a BUILD component's document has a `test` phase, which AWSTOE runs in the test stage. The
 * YAML parser is loaded only for such a document; one that cannot be read runs no test we can see.
 */
async function hasTestPhase(data: string | undefined): Promise<boolean> {
  if (data === undefined || !/\btest\b/.test(data)) return false
  const { parseYaml } = await import('../inputs/yaml-parser.js')
  try {
    const document: unknown = parseYaml(data)
    const phases = (document as { phases?: unknown } | null)?.phases
    return (
      Array.isArray(phases) &&
      phases.some((phase) => (phase as { name?: unknown } | null)?.name === 'test')
    )
  } catch {
    return false
  }
}

/** Tells what was found: the test components, and a notice for components of unknown type. */
export async function learnTestComponents(
  recipe: RecipeComponents,
  componentArns: readonly string[],
  learn: Learn
): Promise<void> {
  const found = await recipe.testComponents(componentArns)
  learn({ type: 'test-components', components: found.components })
  if (found.unknown.length > 0) {
    learn({
      type: 'notice',
      text: `The type of ${found.unknown.length === 1 ? 'this component' : 'these components'} could not be read, so the test report leaves ${found.unknown.length === 1 ? 'it' : 'them'} out: ${found.unknown.join('; ')}`
    })
  }
}
