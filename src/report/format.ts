/** Times and durations as the job log and the summary show them. */

/** `1h 2m`, `6m 43s`, `12s`, `0s`. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000))
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (hours > 0) return `${hours}h ${minutes}m`
  if (minutes > 0) return `${minutes}m ${seconds}s`
  return `${seconds}s`
}

/** `19:12:23` in UTC, the zone of the runner's log timestamps. */
export function formatClock(date: Date): string {
  return date.toISOString().slice(11, 19)
}

/** The duration between two ISO times from AWS, when both are known and valid. */
export function spanOf(startTime?: string, endTime?: string): number | undefined {
  if (!startTime || !endTime) return undefined
  const span = Date.parse(endTime) - Date.parse(startTime)
  return Number.isNaN(span) ? undefined : span
}
