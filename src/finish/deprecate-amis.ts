/**
 * `deprecate-after`: once the AMIs exist, EC2 EnableImageDeprecation on the build account's AMI in
 * each region. "After it was made" counts from the AMI's own CreationDate, as DescribeImages gave
 * it when the AMIs were confirmed (a copy in another region is made later than the first AMI, and
 * a promoted image's copies long after it), not from the image's dateCreated, which is when the
 * build started. EC2 rounds DeprecateAt to the minute and refuses a time in the past, so the time
 * is rounded here (the reports then say what EC2 keeps) and one that has passed already, as for an
 * old AMI that promote mode distributes again, becomes the next minute: the AMI is due now.
 */
import { withStartPatience } from '../aws/retry.js'
import type { RunContext } from '../context.js'
import type { DeprecationPeriod } from '../domain/plan.js'
import type { AmiDeprecation } from '../domain/record.js'
import { callForEachAmi } from './ami-calls.js'

const MINUTE_MS = 60_000

export interface DeprecationResult {
  deprecated: AmiDeprecation[]
  /** `ami-… in <region>: <why>`, one per AMI whose deprecation EC2 did not take. */
  failures: string[]
}

/**
 * `madeAt`: region → when the AMI there was made; an AMI without one counts from now (EC2 could
 * not be asked for it, so neither could it be deprecated any earlier).
 */
export async function deprecateAmis(
  context: Pick<RunContext, 'clients' | 'env' | 'clock'>,
  amis: Record<string, string>,
  madeAt: Record<string, Date>,
  period: DeprecationPeriod
): Promise<DeprecationResult> {
  const now = context.clock.now()
  const { EnableImageDeprecationCommand } = await import('../aws/ec2.js')
  const deprecated: AmiDeprecation[] = []
  const failures = await callForEachAmi(context, amis, async (ec2, ami, patience) => {
    const deprecateAt = deprecationTime(madeAt[ami.region] ?? now, period, now)
    await ec2.send(
      withStartPatience(
        new EnableImageDeprecationCommand({ ImageId: ami.imageId, DeprecateAt: deprecateAt }),
        patience
      )
    )
    deprecated.push({ ...ami, deprecateAt })
  })
  return { deprecated, failures }
}

/** `madeAt` plus the period, to the nearest minute, and never before the minute after `now`. */
export function deprecationTime(madeAt: Date, period: DeprecationPeriod, now: Date): Date {
  const due = Math.round((madeAt.getTime() + period.milliseconds) / MINUTE_MS) * MINUTE_MS
  const earliest = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS
  return new Date(Math.max(due, earliest))
}
