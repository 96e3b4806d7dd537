/** Identifiers in the formats AWS uses for them. */
import { randomBytes, randomUUID } from 'node:crypto'

export function uuid(): string {
  return randomUUID()
}

/** EC2 resource IDs: a prefix and 17 lower-case hex digits (`ami-0123456789abcdef0`). */
export function ec2Id(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`
}

export const amiId = (): string => ec2Id('ami')
export const snapshotId = (): string => ec2Id('snap')
export const instanceId = (): string => ec2Id('i')

export const workflowExecutionId = (): string => `wf-${uuid()}`
export const stepExecutionId = (): string => `step-${uuid()}`
