/**
 * Where what the stages hand over goes: into the record (`recordEvent`, its only writer), and, for
 * what the start stage decided (the plan, the promotion, an earlier image passed over), into the
 * job log as the lines that say it. The watch's events reach the job log through `JobLog`.
 */
import { type BuildRecord, type Fact, type Learn, recordEvent } from '../domain/record.js'
import type { BuildEvent } from '../domain/events.js'
import type { UntrustedWriter } from '../untrusted.js'
import { passedOverLine } from './passed-over.js'
import { planLines } from './plan-report.js'
import { promotionLines } from './promotion-report.js'

export function keepRecord(record: BuildRecord, out: UntrustedWriter): Learn {
  return (event) => {
    recordEvent(record, event)
    const lines = linesOf(event)
    if (lines.length > 0) out.write(lines)
  }
}

function linesOf(event: BuildEvent | Fact): string[] {
  switch (event.type) {
    case 'plan':
      return planLines(event.plan)
    case 'promotion':
      return promotionLines(event.plan)
    case 'passed-over':
      return [passedOverLine(event.image)]
    default:
      return []
  }
}
