/** What the action is given by the process that runs it; tests pass their own. */
import type { Clock } from './clock.js'

export interface Runtime {
  env: NodeJS.ProcessEnv
  clock: Clock
  /** Where SIGINT and SIGTERM arrive. */
  signals: NodeJS.EventEmitter
}
