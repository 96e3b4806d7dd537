/**
 * How much of each untrusted text the summary shows. With these, no single field can push the
 * summary near GitHub's 1 MiB limit; the summary's own guard catches the sum.
 */

/** A message in a table cell. */
export const CELL_CHARS = 300
/** A name, version or ID. */
export const NAME_CHARS = 200
/** The reason or error in the alert. */
export const CAUSE_CHARS = 2_000
/** One notice. */
export const NOTICE_CHARS = 1_000
/** GitHub drops a step summary over 1 MiB; this leaves room for the note that says what was cut. */
export const SUMMARY_BYTES = 1_000_000
