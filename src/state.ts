/**
 * What the main step hands its post step through GITHUB_STATE, every key named here once. The
 * runner gives the post step each saved value as `STATE_<key>`. A main step that was killed never
 * saves `finished`, which is how the post step knows it has a build to cancel.
 */
import { getState, saveState } from './runner.js'

/** Every key the main step saves for its post step through GITHUB_STATE, named once. */
const KEYS = {
  region: 'region',
  cancelOnAbort: 'cancel-on-abort',
  summary: 'summary',
  imageArn: 'image-arn',
  finished: 'finished'
} as const

export interface MainStepState {
  /** Empty when the main step stopped before its inputs were valid. */
  region: string
  cancelOnAbort: boolean
  /** Whether to write the job summary (the `summary` input). */
  summary: boolean
  /** The build the main step started or followed; empty while none was known. */
  imageArn: string
  /** The main step reached its end (after its outputs and summary). */
  finished: boolean
}

/** As soon as the inputs are valid: what the post step needs to act on them. */
export function saveRunSettings(settings: {
  region: string
  cancelOnAbort: boolean
  summary: boolean
}): void {
  saveState(KEYS.region, settings.region)
  saveState(KEYS.cancelOnAbort, String(settings.cancelOnAbort))
  saveState(KEYS.summary, String(settings.summary))
}

/** As soon as the build is known, so a post step can cancel it if the main step is killed. */
export function saveImageArn(imageArn: string): void {
  saveState(KEYS.imageArn, imageArn)
}

/** The very last thing the main step does (or a step refused at its inputs: nothing to look after). */
export function saveFinished(env: NodeJS.ProcessEnv = process.env): void {
  saveState(KEYS.finished, 'true', env)
}

/** Reads the main step's state; `read` is the runner's, or a map in tests. */
export function readMainStepState(read: (key: string) => string = getState): MainStepState {
  return {
    region: read(KEYS.region),
    cancelOnAbort: read(KEYS.cancelOnAbort) !== 'false',
    summary: read(KEYS.summary) !== 'false',
    imageArn: read(KEYS.imageArn),
    finished: read(KEYS.finished) === 'true'
  }
}
