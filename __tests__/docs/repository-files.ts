/**
 * The repository files the documentation tests compare: action.yml as the runner reads it (at test
 * time, so an input added there is seen at once), the README, and the example workflows.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const ROOT = join(import.meta.dirname, '..', '..')

export interface ActionMetadata {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
}

export function readActionMetadata(): ActionMetadata {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata
}

export function readReadme(): string {
  return readFileSync(join(ROOT, 'README.md'), 'utf8')
}

export interface ExampleFile {
  name: string
  text: string
}

/** Every workflow under examples/ (component documents live in examples/components/). */
export function readExamples(): ExampleFile[] {
  const dir = join(ROOT, 'examples')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}
