/**
 * The one retry layer: the SDK's own retry strategy, for every call. Nothing in the action loops
 * around a call that the SDK already retries.
 *
 * How the SDK decides (read in @smithy/core 3.41, submodule `retry`): an error is THROTTLING when
 * its HTTP status is 429, its name is in THROTTLING_ERROR_CODES, or it carries
 * `$retryable.throttling`; TRANSIENT for 500/502/503/504, timeouts and dropped connections.
 * `TooManyRequestsException` is in that list, `CallRateLimitExceededException` is not: it is
 * retried only through its 429. `throttlingByName` marks both (and the other throttling names of
 * aws/errors.ts) so the decision never hangs on a status code that a proxy could rewrite.
 *
 * Every client keeps the SDK's defaults: standard mode, 3 attempts, full-jitter backoff (base
 * 50 ms, 1 s for throttling, at most 20 s), and AWS_MAX_ATTEMPTS / AWS_RETRY_MODE as the user set
 * them. Each client has its own retry quota (500 tokens; a throttled retry costs 5, another 14, a
 * success refunds), so the long poll cannot drain the quota of the start.
 *
 * The calls that start a build are more patient (`withStartPatience`): a start that gives up
 * loses the whole job, and its client token makes every attempt the same request, so retrying
 * can never start a second build. See START_PATIENCE for the numbers.
 */
import { AdaptiveRetryStrategy, getRetryPlugin, StandardRetryStrategy } from '@smithy/core/retry'
import { isThrottling } from './errors.js'

export interface StartPatience {
  maxAttempts: number
  /** The nominal wait before the first retry; it doubles with each retry, up to maxDelayMs. */
  firstDelayMs: number
  maxDelayMs: number
  /** AWS_RETRY_MODE=adaptive: the SDK's client-side rate limiter on top of the backoff. */
  adaptive: boolean
  /** Told of each retry as it begins (after its wait), so the job log says why the step waits. */
  onRetry?: (retry: StartRetry) => void
}

export interface StartRetry {
  error: unknown
  /** 1 for the first retry. */
  retry: number
  maxRetries: number
  delayMs: number
}

/**
 * 10 attempts; nominal waits 2, 4, 8, 16, 16, 16, 16, 16, 16 s, each drawn between half and all
 * of that ("equal jitter", so matrix legs that were throttled together spread out, yet the total
 * has a floor). A start under sustained throttling thus keeps trying for at least 55 s and at most
 * 110 s of waiting (plus the attempts themselves, each bounded by the request timeout) before it
 * fails. At 5 tokens per throttled retry it uses 45 of its strategy's 500: the quota never runs dry.
 */
export const START_PATIENCE: StartPatience = {
  maxAttempts: 10,
  firstDelayMs: 2_000,
  maxDelayMs: 16_000,
  adaptive: false
}

/** START_PATIENCE, with the attempts and mode the user set in the standard AWS variables. */
export function startPatienceFrom(
  env: NodeJS.ProcessEnv,
  onRetry?: (retry: StartRetry) => void
): StartPatience {
  const userAttempts = Number.parseInt(env.AWS_MAX_ATTEMPTS ?? '', 10)
  return {
    ...START_PATIENCE,
    maxAttempts: userAttempts >= 1 ? userAttempts : START_PATIENCE.maxAttempts,
    adaptive: env.AWS_RETRY_MODE === 'adaptive',
    ...(onRetry ? { onRetry } : {})
  }
}

/** The wait before retry number `retriesSoFar + 1`. */
export function startBackoffMs(
  patience: StartPatience,
  retriesSoFar: number,
  random: () => number = Math.random
): number {
  const nominal = Math.min(patience.firstDelayMs * 2 ** retriesSoFar, patience.maxDelayMs)
  return Math.round(nominal * (0.5 + 0.5 * random()))
}

/**
 * Gives one command (StartImagePipelineExecution, CreateImage, the AMIs' CreateTags) the start's patience: a retry
 * plugin on the command's own middleware stack replaces the client's for this command only.
 */
export function withStartPatience<Command extends { middlewareStack: PluggableStack }>(
  command: Command,
  patience: StartPatience
): Command {
  const strategy = startRetryStrategy(patience)
  command.middlewareStack.use(
    getRetryPlugin({
      maxAttempts: () => Promise.resolve(patience.maxAttempts),
      retryStrategy: () => Promise.resolve(strategy)
    })
  )
  return command
}

type PluggableStack = { use(plugin: ReturnType<typeof getRetryPlugin>): void }

function startRetryStrategy(
  patience: StartPatience
): StandardRetryStrategy | AdaptiveRetryStrategy {
  const options = {
    maxAttempts: patience.maxAttempts,
    backoff: {
      computeNextBackoffDelay: (retriesSoFar: number) => startBackoffMs(patience, retriesSoFar),
      // One schedule for throttling and server errors alike: the SDK's base does not apply.
      setDelayBase: () => undefined
    }
  }
  const strategy = patience.adaptive
    ? new AdaptiveRetryStrategy(patience.maxAttempts, options)
    : new StandardRetryStrategy(options)
  const { onRetry } = patience
  if (!onRetry) return strategy
  const refresh = strategy.refreshRetryTokenForRetry.bind(strategy)
  strategy.refreshRetryTokenForRetry = async (token, errorInfo) => {
    // The strategy sleeps inside the refresh (getRetryDelay stays 0), so the wait is timed here,
    // by the real clock the SDK sleeps on, not the action's injected one.
    const startedAt = Date.now()
    const next = await refresh(token, errorInfo)
    onRetry({
      error: errorInfo.error,
      retry: next.getRetryCount(),
      maxRetries: patience.maxAttempts - 1,
      delayMs: Date.now() - startedAt
    })
    return next
  }
  return strategy
}

/**
 * Marks throttling errors by name for the SDK's classifier. It sits right inside the retry
 * middleware, so it sees every attempt's error before the strategy decides.
 */
export function teachThrottling(client: { middlewareStack: RelativeStack }): void {
  client.middlewareStack.addRelativeTo(throttlingByName, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: 'throttlingByNameMiddleware'
  })
}

type RelativeStack = {
  addRelativeTo(
    middleware: typeof throttlingByName,
    options: { relation: 'after'; toMiddleware: string; name: string }
  ): void
}

export function throttlingByName<Args, Result>(
  next: (args: Args) => Promise<Result>
): (args: Args) => Promise<Result> {
  return async (args) => {
    try {
      return await next(args)
    } catch (error) {
      if (isThrottling(error) && typeof error === 'object' && error !== null) {
        Object.assign(error, { $retryable: { throttling: true } })
      }
      throw error
    }
  }
}
