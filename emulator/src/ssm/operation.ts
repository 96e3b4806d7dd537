/** What every SSM operation receives, and what it returns: the JSON response object. */
import type { JsonParams } from '../aws-json/json-params.js'
import type { SsmStore } from '../stores.js'

export interface SsmCall {
  store: SsmStore
  params: JsonParams
  region: string
  accountId: string
  /** Milliseconds since the epoch. */
  now: number
}

export type SsmOperation = (call: SsmCall) => object
