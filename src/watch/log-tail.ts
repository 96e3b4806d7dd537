/**
 * Tails the build's CloudWatch log stream (`/aws/imagebuilder/<image name>`, stream
 * `<x.y.z>/<build>`). The stream appears only once the build writes to it, so "not found" just
 * means "nothing yet". Other failures are reported once and never affect the build.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { parseImageBuildVersionArn } from '../arns.js'
import { describeError, errorName } from '../aws/errors.js'
import type { LogLines } from './events.js'
import type { BuildSnapshot } from './model.js'
import type { LogSource } from './poller.js'

/** Pages read per poll, so that a burst of output cannot stall status polling. */
const MAX_PAGES_PER_READ = 5

export class LogTail implements LogSource {
  private nextToken: string | undefined
  private reportedFailure = false

  constructor(
    private readonly client: () => Promise<CloudWatchLogsClient>,
    private readonly onFailure: (message: string) => void
  ) {}

  async read(snapshot: BuildSnapshot, signal?: AbortSignal): Promise<LogLines['lines']> {
    const location = logLocation(snapshot)
    if (!location) return []
    const lines: LogLines['lines'] = []
    try {
      const client = await this.client()
      const { GetLogEventsCommand } = await import('@aws-sdk/client-cloudwatch-logs')
      for (let page = 0; page < MAX_PAGES_PER_READ; page += 1) {
        const response = await client.send(
          new GetLogEventsCommand({ ...location, startFromHead: true, nextToken: this.nextToken }),
          { abortSignal: signal }
        )
        for (const event of response.events ?? []) {
          lines.push({ timestamp: event.timestamp ?? 0, message: event.message ?? '' })
        }
        const advanced = response.nextForwardToken !== this.nextToken
        this.nextToken = response.nextForwardToken ?? this.nextToken
        if (!advanced || (response.events ?? []).length === 0) break
      }
    } catch (error) {
      // Closed because the action stopped waiting: nothing went wrong with the logs.
      if (signal?.aborted) return lines
      if (errorName(error) !== 'ResourceNotFoundException' && !this.reportedFailure) {
        this.reportedFailure = true
        this.onFailure(
          `Build logs could not be read (the build is unaffected): ${describeError(error)}`
        )
      }
    }
    return lines
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
