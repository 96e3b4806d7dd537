/** EC2 resource IDs: a type prefix and 8 (older) or 17 lowercase hex digits. */
import { malformedId } from './errors.js'

export type Ec2ResourceKind = 'image' | 'snapshot'

const KINDS: Record<Ec2ResourceKind, { prefix: string; malformedCode: string }> = {
  image: { prefix: 'ami', malformedCode: 'InvalidAMIID.Malformed' },
  snapshot: { prefix: 'snap', malformedCode: 'InvalidSnapshotID.Malformed' }
}

export function kindOfId(id: string): Ec2ResourceKind | undefined {
  if (id.startsWith('ami-')) return 'image'
  if (id.startsWith('snap-')) return 'snapshot'
  return undefined
}

export function assertWellFormedId(kind: Ec2ResourceKind, id: string): void {
  const { prefix, malformedCode } = KINDS[kind]
  if (!new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`).test(id)) {
    throw malformedId(malformedCode, id, prefix)
  }
}
