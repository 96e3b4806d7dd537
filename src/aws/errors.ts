/**
 * Sorting AWS errors by what the action should do about them. Decided by error name, HTTP status
 * and Node error code, never by message text.
 */

const THROTTLING_NAMES = new Set([
  'CallRateLimitExceededException',
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'LimitExceededException',
  'SlowDown'
])

const TRANSIENT_NAMES = new Set([
  'ServiceException',
  'ServiceUnavailableException',
  'InternalError',
  'InternalFailure',
  'Unavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException'
])

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET'
])

const EXPIRED_CREDENTIAL_NAMES = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'RequestExpired',
  'TokenRefreshRequired'
])

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: number }
}

function fields(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? error : {}
}

export function errorName(error: unknown): string {
  const { name } = fields(error)
  return typeof name === 'string' ? name : 'Error'
}

export function httpStatus(error: unknown): number | undefined {
  return fields(error).$metadata?.httpStatusCode
}

export function isThrottling(error: unknown): boolean {
  return THROTTLING_NAMES.has(errorName(error)) || httpStatus(error) === 429
}

/** Worth another try later: throttling, 5xx, dropped or refused connections, timeouts. */
export function isTransient(error: unknown): boolean {
  const { code } = fields(error)
  const status = httpStatus(error)
  return (
    isThrottling(error) ||
    TRANSIENT_NAMES.has(errorName(error)) ||
    (typeof code === 'string' && NETWORK_CODES.has(code)) ||
    (status !== undefined && status >= 500)
  )
}

/** The one place that decides that an error means the credentials expired. */
export function isExpiredCredentials(error: unknown): boolean {
  if (EXPIRED_CREDENTIAL_NAMES.has(errorName(error))) return true
  // The SDK's credential providers raise this name when a session can no longer be refreshed.
  const { message } = fields(error)
  return (
    errorName(error) === 'CredentialsProviderError' &&
    typeof message === 'string' &&
    /expired/i.test(message)
  )
}

/**
 * What every catch that degrades (a notice, a fallback, a friendlier error) calls first: expired
 * credentials are let through unchanged, because every later call would fail the same way and
 * the step's ending says what to do about them (error-ending.ts).
 */
export function rethrowIfExpired(error: unknown): void {
  if (isExpiredCredentials(error)) throw error
}

/** No credentials at all in the environment: the SDK's provider chain found none to load. */
export function isMissingCredentials(error: unknown): boolean {
  return errorName(error) === 'CredentialsProviderError' && !isExpiredCredentials(error)
}

/** `Name: message` for logs and annotations; for missing credentials, also what to add. */
export function describeError(error: unknown): string {
  const { message } = fields(error)
  const text = typeof message === 'string' && message !== '' ? message : String(error)
  const described = `${errorName(error)}: ${text}`
  if (!isMissingCredentials(error)) return described
  return `no AWS credentials in this job (${described}). Add a step with aws-actions/configure-aws-credentials before this one (with OIDC, the job needs permissions: id-token: write)`
}
