/** The restJson1 wire format of Image Builder responses and errors (§1.1, §1.3). */
import type { AwsError, ServiceResponse } from '../protocol.js'

export function jsonResponse(body: Record<string, unknown>, requestId: string): ServiceResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId },
    body: JSON.stringify(body)
  }
}

/** Errors carry only `message`; the error's name travels in `x-amzn-ErrorType`. */
export function jsonError(error: AwsError, requestId: string): ServiceResponse {
  return {
    status: error.status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-RequestId': requestId,
      'x-amzn-ErrorType': error.code
    },
    body: JSON.stringify({ message: error.message })
  }
}
