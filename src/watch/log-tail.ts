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
import { parseImageBuildVersionArn } from '../arns.js'
import { describeError, errorName } from '../aws/errors.js'
import { type Debug, noDebug } from '../debug-channel.js'
import type { LogLines } from './events.js'
import type { BuildSnapshot } from './model.js'
import type { Clock, LogSource } from './poller.js'

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
/** Reads in a row that bring nothing before the stream counts as drained. */
const EMPTY_READS_TO_STOP = 2

export interface DrainOptions {
  clock: Clock
  /** Stops the drain at once (the run was cancelled). */
  signal: AbortSignal
  /** Time between drain reads. */
  gapMs: number
  /** The whole drain's bound. */
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
   * After the final status: keeps reading until two reads in a row bring nothing, within
   * `maxMs`. Lines go to `onLines` as they arrive, so the job log shows them at once.
   */
  async drain(snapshot: BuildSnapshot, options: DrainOptions): Promise<DrainResult> {
    const { clock, signal } = options
    const deadline = clock.now().getTime() + options.maxMs
    let emptyReads = 0
    for (;;) {
      if (signal.aborted) return 'stopped'
      const read = await this.readPages(snapshot, MAX_PAGES_PER_DRAIN_READ, signal, options.onLines)
      if (read === undefined) return 'unreadable'
      emptyReads = read === 0 ? emptyReads + 1 : 0
      this.debug(
        `Log drain: ${read} lines this round, ${emptyReads} empty ${emptyReads === 1 ? 'round' : 'rounds'} in a row (${EMPTY_READS_TO_STOP} end the drain)`
      )
      if (emptyReads >= EMPTY_READS_TO_STOP) return 'drained'
      if (clock.now().getTime() + options.gapMs > deadline)
        return emptyReads > 0 ? 'drained' : 'cut'
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
