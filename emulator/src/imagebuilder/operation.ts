/** What every Image Builder operation receives and returns. */
import type { World } from '../world.js'
import type { OperationInput } from './input.js'

export interface OperationContext {
  world: World
  region: string
  operation: string
  input: OperationInput
  /** Milliseconds since the epoch: the world's time for this request. */
  now: number
}

/** Returns the response body without `requestId`, which the service adds where the model has it. */
export type OperationHandler = (context: OperationContext) => Record<string, unknown>

export type OperationTable = Record<string, OperationHandler>
