/**
 * The debug channel: lines a user sees after turning on step debug logging (RUNNER_DEBUG=1, or
 * "Enable debug logging" on a re-run). Off, nothing is written at all, so the job log and what a
 * log reader receives stay exactly as they are. Lines must never carry a credential, a token or a
 * request body.
 */
import * as core from '@actions/core'

export type Debug = (message: string) => void

export const noDebug: Debug = () => undefined

/** core.debug while step debug logging is on; a no-op otherwise. */
export function debugChannel(): Debug {
  return core.isDebug() ? core.debug : noDebug
}
