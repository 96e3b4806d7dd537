/**
 * Writes the JUnit report of the test components under RUNNER_TEMP, named after the step so that
 * two steps of one job do not overwrite each other's, and returns its path for `test-report`.
 */
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildRecord } from '../domain/record.js'
import { junitReport } from './junit.js'
import { testOutcomes } from './test-outcomes.js'

/** The path written, or '' when the test components are not known (or the file could not be). */
export async function writeTestReport(
  record: BuildRecord,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void
): Promise<string> {
  const outcomes = testOutcomes(record)
  if (!outcomes) return ''
  const step = (env.GITHUB_ACTION ?? '').replace(/[^\w.-]/g, '_') || randomUUID()
  const path = join(env.RUNNER_TEMP || tmpdir(), `imagebuilder-test-report-${step}.xml`)
  try {
    await writeFile(path, junitReport(record, outcomes))
    return path
  } catch (error) {
    warn(
      `The test report could not be written to ${path}: ${error instanceof Error ? error.message : String(error)}`
    )
    return ''
  }
}
