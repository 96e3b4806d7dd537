/**
 * The build's CloudWatch log (§3.6): service progress lines interleaved with component output, each
 * stamped with the moment it happens so that the world can release them as the clock passes.
 */
import type { LogEventInput } from '../../stores.js'

export class BuildLog {
  private readonly entries: LogEventInput[] = []

  add(timestamp: number, ...messages: string[]): void {
    for (const message of messages) this.entries.push({ timestamp: Math.round(timestamp), message })
  }

  /** Spreads lines evenly over an interval, as output that a running command prints. */
  spread(start: number, end: number, messages: string[]): void {
    const gap = (end - start) / (messages.length + 1)
    messages.forEach((message, index) => {
      this.add(start + gap * (index + 1), message)
    })
  }

  /** Events in timestamp order; lines with equal timestamps keep the order they were added in. */
  events(): LogEventInput[] {
    return [...this.entries].sort((a, b) => a.timestamp - b.timestamp)
  }
}

/** `/aws/imagebuilder/<image name>` unless the image names another group. */
export function defaultLogGroupName(imageName: string): string {
  return `/aws/imagebuilder/${imageName}`
}

/** `<x.y.z>/<build>`: the part of the image ARN after `image/<name>/`. */
export function logStreamName(version: string, buildNumber: number): string {
  return `${version}/${buildNumber}`
}
