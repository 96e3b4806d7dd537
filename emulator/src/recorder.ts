/** Every request the emulator received, in order, for tests and demos to inspect. */
import type { FaultKind } from './faults.js'
import type { ServiceResponse } from './protocol.js'

export interface RecordedRequest {
  seq: number
  /** The emulator clock's time when the request arrived (ms since the epoch). */
  time: number
  /** The credential scope's service (`imagebuilder`, `ec2`, `logs`), or a guess when unsigned. */
  service: string
  region: string
  operation: string
  /** The request's parameters: JSON body, query string, form fields and path labels merged. */
  input: Record<string, unknown>
  /** HTTP status answered; 0 when the connection was dropped. */
  status: number
  errorCode?: string
  fault?: FaultKind
}

/** What is known of a request when it arrives. */
export type Exchange = Pick<RecordedRequest, 'time' | 'service' | 'region' | 'operation' | 'input'>

export class Recorder {
  private readonly entries: RecordedRequest[] = []

  /** Records a request with its answer; no answer means the connection was dropped. */
  record(
    exchange: Exchange,
    response: ServiceResponse | undefined,
    fault: FaultKind | undefined
  ): void {
    const errorCode =
      response === undefined || response.status < 300 ? undefined : errorCodeOf(response)
    this.entries.push({
      seq: this.entries.length + 1,
      ...exchange,
      status: response?.status ?? 0,
      ...(errorCode === undefined ? {} : { errorCode }),
      ...(fault === undefined ? {} : { fault })
    })
  }

  get all(): readonly RecordedRequest[] {
    return this.entries
  }

  forOperation(operation: string): RecordedRequest[] {
    return this.entries.filter((entry) => entry.operation === operation)
  }
}

/** The error name, whichever protocol carried it (header, JSON `__type`, or XML `<Code>`). */
function errorCodeOf(response: ServiceResponse): string | undefined {
  const header = Object.entries(response.headers).find(
    ([name]) => name.toLowerCase() === 'x-amzn-errortype'
  )?.[1]
  if (header !== undefined) return header.split(':')[0]
  const xml = /<Code>([^<]+)<\/Code>/.exec(response.body)?.[1]
  if (xml !== undefined) return xml
  const type = /"__type"\s*:\s*"([^"]+)"/.exec(response.body)?.[1]
  return type?.split('#').at(-1)
}
