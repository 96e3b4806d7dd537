/**
 * What the main step hands its post step through GITHUB_STATE, every key named here once. The
 * runner gives the post step each saved value as `STATE_<key>`. A main step that was killed never
 * saves `finished`, which is how the post step knows it has a build to cancel. The post step's
 * entry (post.ts) reads `STATE_finished` itself, before this module and @actions/core load.
 */
import * as core from '@actions/core'

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
  core.saveState(KEYS.region, settings.region)
  core.saveState(KEYS.cancelOnAbort, String(settings.cancelOnAbort))
  core.saveState(KEYS.summary, String(settings.summary))
}

/** As soon as the build is known, so a post step can cancel it if the main step is killed. */
export function saveImageArn(imageArn: string): void {
  core.saveState(KEYS.imageArn, imageArn)
}

/** The very last thing the main step does (or a step refused at its inputs: nothing to look after). */
export function saveFinished(): void {
  core.saveState(KEYS.finished, 'true')
}

/** Reads the main step's state; `read` is the runner's, or a map in tests. */
export function readMainStepState(read: (key: string) => string = core.getState): MainStepState {
  return {
    region: read(KEYS.region),
    cancelOnAbort: read(KEYS.cancelOnAbort) !== 'false',
    summary: read(KEYS.summary) !== 'false',
    imageArn: read(KEYS.imageArn),
    finished: read(KEYS.finished) === 'true'
  }
}
