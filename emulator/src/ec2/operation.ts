/** What every EC2 operation receives, and what it returns: the children of `<{Op}Response>`. */
import type { QueryParams } from './query-params.js'
import type { MemoryEc2Store } from './store.js'
import type { XmlElement } from './xml.js'

export interface Ec2Call {
  store: MemoryEc2Store
  params: QueryParams
  region: string
  accountId: string
  /** Milliseconds since the epoch: the emulator clock's time for this request. */
  now: number
}

export type Ec2Operation = (call: Ec2Call) => XmlElement[]
