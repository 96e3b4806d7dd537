/**
 * Injected faults: rules matched against each request by service, operation and region. A rule
 * lets its first `after` matches through, then fires `times` times (Infinity = for good).
 */
import { AwsError, type ServiceName } from './protocol.js'

export type FaultKind =
  'throttle' | 'server-error' | 'unavailable' | 'drop' | 'expired-credentials' | 'latency' | 'hang'

export interface FaultRule {
  kind: FaultKind
  service?: ServiceName
  operation?: string
  region?: string
  /** How many matching requests the fault hits; default 1. */
  times?: number
  /** Matching requests to let through before the fault starts; default 0. */
  after?: number
  /** For `latency`: the delay before answering normally; default 1000. */
  latencyMs?: number
}

export interface FaultTarget {
  service: ServiceName
  operation: string
  region: string
}

interface ActiveRule {
  rule: FaultRule
  seen: number
  remaining: number
}

export class FaultPlan {
  private rules: ActiveRule[] = []

  add(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, remaining: rule.times ?? 1 })
  }

  clear(): void {
    this.rules = []
  }

  /** The fault this request gets, if any; counts the request against every rule it matches. */
  take(target: FaultTarget): FaultRule | undefined {
    for (const active of this.rules) {
      if (!matches(active.rule, target) || active.remaining <= 0) continue
      active.seen += 1
      if (active.seen <= (active.rule.after ?? 0)) continue
      active.remaining -= 1
      return active.rule
    }
    return undefined
  }
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  return (
    (rule.service === undefined || rule.service === target.service) &&
    (rule.operation === undefined || rule.operation === target.operation) &&
    (rule.region === undefined || rule.region === target.region)
  )
}

type ErrorFaultKind = Exclude<FaultKind, 'drop' | 'latency' | 'hang'>

export function isErrorFault(kind: FaultKind): kind is ErrorFaultKind {
  return kind !== 'drop' && kind !== 'latency' && kind !== 'hang'
}

const EXPIRED = 'The security token included in the request is expired'

/** Each service's own error for a fault kind: code, status and message as that service sends them. */
const FAULT_ERRORS: Record<ServiceName, Record<ErrorFaultKind, [string, number, string]>> = {
  imagebuilder: {
    throttle: [
      'CallRateLimitExceededException',
      429,
      'You have exceeded the permitted request rate. Retry with an increasing or variable delay.'
    ],
    'server-error': [
      'ServiceException',
      500,
      'An internal server error occurred. Retrying the request may succeed.'
    ],
    unavailable: [
      'ServiceUnavailableException',
      503,
      'The service is unable to process your request at this time.'
    ],
    'expired-credentials': ['ExpiredTokenException', 403, EXPIRED]
  },
  ec2: {
    throttle: ['RequestLimitExceeded', 503, 'Request limit exceeded.'],
    'server-error': ['InternalError', 500, 'An internal error has occurred'],
    unavailable: ['Unavailable', 503, "The server is overloaded and can't handle the request."],
    'expired-credentials': ['ExpiredToken', 400, EXPIRED]
  },
  logs: {
    throttle: ['ThrottlingException', 400, 'Rate exceeded'],
    'server-error': [
      'ServiceUnavailableException',
      500,
      'The service cannot complete the request.'
    ],
    unavailable: ['ServiceUnavailableException', 503, 'The service is unavailable.'],
    'expired-credentials': ['ExpiredTokenException', 400, EXPIRED]
  },
  ssm: {
    throttle: ['ThrottlingException', 400, 'Rate exceeded'],
    'server-error': ['InternalServerError', 500, 'An internal error occurred.'],
    unavailable: ['ServiceUnavailableException', 503, 'The service is unavailable.'],
    'expired-credentials': ['ExpiredTokenException', 400, EXPIRED]
  },
  ecr: {
    throttle: ['ThrottlingException', 400, 'Rate exceeded'],
    // ServerException is ECR's one modelled server fault.
    'server-error': ['ServerException', 500, 'An internal error occurred.'],
    unavailable: ['ServiceUnavailableException', 503, 'The service is unavailable.'],
    'expired-credentials': ['ExpiredTokenException', 400, EXPIRED]
  },
  sts: {
    throttle: ['Throttling', 400, 'Rate exceeded'],
    'server-error': ['InternalFailure', 500, 'An internal error occurred.'],
    unavailable: ['ServiceUnavailable', 503, 'Service is unavailable.'],
    'expired-credentials': ['ExpiredToken', 400, EXPIRED]
  }
}

export function faultError(kind: ErrorFaultKind, service: ServiceName, message?: string): AwsError {
  const [code, status, text] = FAULT_ERRORS[service][kind]
  return new AwsError(code, message ?? text, status)
}
