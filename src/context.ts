/** What every stage of a run is handed: the inputs, the AWS clients, the clock and where to write. */
import type { AwsClients } from './aws/clients.js'
import type { ActionInputs } from './inputs/action-inputs.js'
import type { Learn } from './domain/record.js'
import type { UntrustedWriter } from './untrusted.js'
import type { StopWaiting } from './domain/stop-waiting.js'
import type { Clock } from './domain/clock.js'

export interface RunContext<Inputs extends ActionInputs = ActionInputs> {
  inputs: Inputs
  clients: AwsClients
  /** Where a stage tells what it sees and learns; it never reads the record it goes into. */
  learn: Learn
  clock: Clock
  stop: StopWaiting
  env: NodeJS.ProcessEnv
  /** The job log, for lines that may carry text from AWS or the build. */
  out: UntrustedWriter
}
