/** What every Logs operation receives, and what it returns: the JSON response object. */
import type { JsonParams } from '../aws-json/json-params.js'
import type { MemoryLogStore } from './store.js'

export interface LogsCall {
  store: MemoryLogStore
  params: JsonParams
  region: string
  accountId: string
}

export type LogsOperation = (call: LogsCall) => object
