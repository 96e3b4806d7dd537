/** Icons that say what happened to a build, stage, workflow or step. */

const STATUS_ICONS: Record<string, string> = {
  AVAILABLE: '✅',
  COMPLETED: '✅',
  FAILED: '❌',
  CANCELLED: '🚫',
  SKIPPED: '⏭️',
  RUNNING: '🔄',
  PENDING: '⏳'
}

export const DONE = '✅'

export function icon(status: string): string {
  return STATUS_ICONS[status] ?? '🔄'
}
