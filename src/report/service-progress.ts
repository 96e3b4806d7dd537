/**
 * The build log carries Image Builder's own progress lines beside the components' output: the
 * image status, and each workflow and step starting and ending. The action already reports every
 * such change from the API, with times and durations, so in the job log these would say each
 * change twice. They stay in the record (the cause is read from the log) but are not written.
 * Lines of any other form pass through: unknown text is shown, never dropped.
 */
const SERVICE_PROGRESS: readonly RegExp[] = [
  /^Image status: [A-Z_]+(?: - |$)/,
  /^Workflow [\w-]+ \(wf-[0-9a-fA-F-]+\) (?:started|[A-Z_]+)$/,
  /^Step \w+ (?:\(\w+\) started|[A-Z_]+)(?:: |$)/
]

export function isServiceProgress(message: string): boolean {
  return SERVICE_PROGRESS.some((pattern) => pattern.test(message))
}
