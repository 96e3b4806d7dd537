/** Writes the record out: the test report, step outputs, the job summary, the last log line and the failure annotation. */
import * as core from '@actions/core'
import type { BuildRecord } from '../domain/record.js'
import { failureOf } from './failure.js'
import { outcomeLine } from './job-log.js'
import { buildOutputs } from './outputs.js'
import { releaseNotes } from './release-notes.js'
import { renderSummary } from './summary.js'
import { usageLine } from './usage-line.js'
import { writeJobSummary } from './job-summary.js'
import { writeTestReport } from './test-report.js'
import { UntrustedWriter } from '../untrusted.js'

/** Set as soon as the build is known, so a later step finds it even if this one is cancelled. */
export function publishImageArn(imageArn: string): void {
  core.setOutput('image-arn', imageArn)
}

export async function publish(
  record: BuildRecord,
  writeSummary: boolean,
  now: Date,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const testReport = await writeTestReport(record, env, (message) => core.warning(message))
  for (const [name, value] of Object.entries(
    buildOutputs(record, testReport, releaseNotes(record, env))
  ))
    core.setOutput(name, value)
  if (writeSummary) await writeJobSummary(renderSummary(record, now))
  const lastLines = [outcomeLine(record), usageLine(record)].filter(
    (line): line is string => line !== undefined
  )
  if (lastLines.length > 0) new UntrustedWriter().write(lastLines)
  const failure = failureOf(record)
  if (failure) core.setFailed(failure)
}
