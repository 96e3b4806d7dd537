/**
 * Tails the build's CloudWatch log stream (`/aws/imagebuilder/<image name>`, stream
 * `<x.y.z>/<build>`). The stream appears only once the build writes to it, so "not found" just
 * means "nothing yet". Other failures are reported once and never affect the build.
 *
 * One forward token is kept for the whole build, so a line is read once and never twice: while
 * components run (BUILDING, TESTING) and then in the drain after the final status, because
 * Image Builder may ship component output to CloudWatch only when the build is over.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { parseImageBuildVersionArn } from '../domain/arns.js'
import { describeError, errorName } from '../aws/errors.js'
import { type Debug, noDebug } from '../debug-channel.js'
import type { LogLines } from '../domain/events.js'
import type { BuildSnapshot } from '../domain/build.js'
import type { Clock } from '../domain/clock.js'
import type { LogSource } from './poller.js'

/** Pages read per poll (50,000 lines), so that a burst of output cannot stall status polling. */
const MAX_PAGES_PER_READ = 25
/** Pages read per drain round: nothing else waits then, but a round still ends. */
const MAX_PAGES_PER_DRAIN_READ = 50
/**
 * Events per GetLogEvents page; a page with fewer means the stream is read to its end. A fifth of
 * the 10,000 the API allows: a page is parsed and written whole, so a chatty build's peak memory
 * follows the page size (100,000 lines streamed: peak RSS 177 MB at 10,000, 137 MB at 2,000).
 * A build's usual few hundred lines still take one request.
 */
const PAGE_LIMIT = 2_000
/** The workflow step action that runs AWSTOE components: the one that prints to the build log. */
const RUNS_COMPONENTS = 'ExecuteComponents'
/** Step statuses after which a components step may have printed its last lines. */
const RAN_AND_ENDED: readonly string[] = ['COMPLETED', 'FAILED', 'CANCELLED']

export interface DrainOptions {
  clock: Clock
  /** Stops the drain at once (the run was cancelled). */
  signal: AbortSignal
  /** Time between drain reads, on the action's clock. */
  gapMs: number
  /**
   * How long the log must bring nothing before it counts as drained, on the service's clock (the
   * `Date` of CloudWatch's answers; the action's clock when they carry none): the shipper's
   * delay is the service's, whatever the action's own pace.
   */
  quietMs: number
  /** The whole drain's bound, on the action's clock. */
  maxMs: number
  onLines: (lines: LogLines['lines']) => void
}

/** `drained`: reads came back empty at the end; `cut`: lines were still arriving at the bound. */
export type DrainResult = 'drained' | 'cut' | 'stopped' | 'unreadable'

export class LogTail implements LogSource {
  private nextToken: string | undefined
  private reportedFailure = false
  /** Component steps seen ended, and so read once after their end. */
  private readonly endedSteps = new Set<string>()
  /** The `Date`s of the client's answers, once it was first asked. */
  private serviceClock: ServiceClock | undefined

  constructor(
    private readonly client: () => Promise<CloudWatchLogsClient>,
    private readonly onFailure: (message: string) => void,
    /** The debug channel: every read, with what it brought and where the stream stands. */
    private readonly debug: Debug = noDebug
  ) {}

  /**
   * What was logged since the last read, while a step runs components and once more when one is
   * seen ended (a short step may start and end between two reads); nothing otherwise (the
   * service's own progress lines in between repeat the step changes, and the drain after the end
   * picks up anything a step wrote late). With `onLines`, each page goes there as it arrives and
   * nothing is returned: no more than a page is held at once.
   */
  async read(
    snapshot: BuildSnapshot,
    signal?: AbortSignal,
    onLines?: (lines: LogLines['lines']) => void
  ): Promise<LogLines['lines']> {
    const newlyEnded = this.newlyEndedComponentSteps(snapshot)
    if (!componentsRun(snapshot) && !newlyEnded) return []
    const lines: LogLines['lines'] = []
    await this.readPages(
      snapshot,
      MAX_PAGES_PER_READ,
      signal,
      onLines ?? ((page) => lines.push(...page))
    )
    return lines
  }

  /**
   * After the final status: keeps reading until the log has brought nothing for `quietMs` of the
   * service's time (a stream that does not exist yet brings nothing too, and is waited for),
   * within `maxMs`. Lines go to `onLines` as they arrive, so the job log shows them at once.
   */
  async drain(snapshot: BuildSnapshot, options: DrainOptions): Promise<DrainResult> {
    const { clock, signal } = options
    const deadline = clock.now().getTime() + options.maxMs
    let quietSince: number | undefined
    for (;;) {
      if (signal.aborted) return 'stopped'
      const read = await this.readPages(snapshot, MAX_PAGES_PER_DRAIN_READ, signal, options.onLines)
      if (read === undefined) return 'unreadable'
      const now = this.serviceClock?.date ?? clock.now().getTime()
      if (read > 0 || quietSince === undefined) quietSince = now
      const quietFor = read > 0 ? 0 : Math.max(0, now - quietSince)
      this.debug(
        `Log drain: ${read} lines this round, quiet for ${quietFor / 1000}s of the service's time (${options.quietMs / 1000}s end the drain)`
      )
      if (read === 0 && quietFor >= options.quietMs) return 'drained'
      if (clock.now().getTime() + options.gapMs > deadline) return read === 0 ? 'drained' : 'cut'
      await clock.sleep(options.gapMs, signal)
    }
  }

  /** Whether a step that runs components has ended since the last read; notes it as read. */
  private newlyEndedComponentSteps(snapshot: BuildSnapshot): boolean {
    let newlyEnded = false
    for (const workflow of snapshot.workflows) {
      for (const step of workflow.steps) {
        if (step.action !== RUNS_COMPONENTS || !RAN_AND_ENDED.includes(step.status)) continue
        if (this.endedSteps.has(step.id)) continue
        this.endedSteps.add(step.id)
        newlyEnded = true
      }
    }
    return newlyEnded
  }

  /**
   * Hands each page's lines to `onPage` as it arrives, so that no more than a page is held at
   * once; resolves to how many lines were read, or undefined when the log could not be read
   * (already reported).
   */
  private async readPages(
    snapshot: BuildSnapshot,
    maxPages: number,
    signal: AbortSignal | undefined,
    onPage: (lines: LogLines['lines']) => void
  ): Promise<number | undefined> {
    const location = logLocation(snapshot)
    if (!location) return 0
    let read = 0
    try {
      const client = await this.client()
      this.serviceClock = serviceClockOf(client)
      const { GetLogEventsCommand } = await import('../aws/logs.js')
      for (let page = 0; page < maxPages; page += 1) {
        const response = await client.send(
          new GetLogEventsCommand({
            ...location,
            startFromHead: true,
            limit: PAGE_LIMIT,
            nextToken: this.nextToken
          }),
          { abortSignal: signal }
        )
        const events = response.events ?? []
        if (events.length > 0) {
          onPage(
            events.map((event) => ({
              timestamp: event.timestamp ?? 0,
              message: event.message ?? ''
            }))
          )
          read += events.length
        }
        const advanced = response.nextForwardToken !== this.nextToken
        this.nextToken = response.nextForwardToken ?? this.nextToken
        this.debug(
          `Log read: ${location.logGroupName} ${location.logStreamName}, page ${page + 1}: ${events.length} events, ${advanced ? 'the forward token moved' : 'at the end of the stream'}`
        )
        // A short page is the end of what CloudWatch holds now: asking again would bring nothing.
        if (!advanced || events.length < PAGE_LIMIT) break
      }
    } catch (error) {
      // Closed because the action stopped waiting: nothing went wrong with the logs.
      if (signal?.aborted) return read
      if (errorName(error) === 'ResourceNotFoundException') {
        this.debug(
          `Log read: ${location.logGroupName} ${location.logStreamName} does not exist yet`
        )
        return read
      }
      if (!this.reportedFailure) {
        this.reportedFailure = true
        this.onFailure(
          `Build logs could not be read (the build is unaffected): ${describeError(error)}`
        )
      }
      return read > 0 ? read : undefined
    }
    return read
  }
}

/** The `Date` of a client's latest answer (ms), once one carried it. */
interface ServiceClock {
  date: number | undefined
}

const serviceClocks = new WeakMap<CloudWatchLogsClient, ServiceClock>()

/**
 * The client's answers' `Date`s (errors included: a stream not found yet answers too), the
 * service's clock by which the drain's quiet window is measured. Noted once per client.
 */
function serviceClockOf(client: CloudWatchLogsClient): ServiceClock {
  const known = serviceClocks.get(client)
  if (known) return known
  const clock: ServiceClock = { date: undefined }
  serviceClocks.set(client, clock)
  // Clients faked in tests may have no middleware stack.
  if (
    typeof (client.middlewareStack as Partial<typeof client.middlewareStack> | undefined)?.add !==
    'function'
  )
    return clock
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args)
      const date = serviceDateOf(result.response)
      if (date !== undefined) clock.date = date
      return result
    },
    // Innermost in its step: the raw answer, before an error status becomes an exception.
    { step: 'deserialize', priority: 'low', name: 'buildLogServiceClock' }
  )
  return clock
}

/** The `Date` header of a raw HTTP answer, in ms; undefined when absent or unreadable. */
export function serviceDateOf(response: unknown): number | undefined {
  if (typeof response !== 'object' || response === null) return undefined
  const { headers } = response as { headers?: Record<string, string | undefined> }
  const value = headers?.date ?? headers?.Date
  if (value === undefined) return undefined
  const time = Date.parse(value)
  return Number.isFinite(time) ? time : undefined
}

export function logLocation(
  snapshot: BuildSnapshot
): { logGroupName: string; logStreamName: string } | undefined {
  const { image } = snapshot
  const version = parseImageBuildVersionArn(image.arn)
  const groupName =
    image.logGroupName ?? (image.name ? `/aws/imagebuilder/${image.name}` : undefined)
  if (!version || !groupName) return undefined
  return {
    logGroupName: groupName,
    logStreamName: `${version.semanticVersion}/${version.buildNumber}`
  }
}

function componentsRun(snapshot: BuildSnapshot): boolean {
  return snapshot.workflows.some((workflow) =>
    workflow.steps.some((step) => step.action === RUNS_COMPONENTS && step.status === 'RUNNING')
  )
}
