/**
 * Every key the main step saves for its post step through GITHUB_STATE, named once. Kept apart
 * from state.ts (which uses @actions/core) so the start path can mark an input error finished.
 */
export const STATE_KEYS = {
  region: 'region',
  cancelOnAbort: 'cancel-on-abort',
  summary: 'summary',
  imageArn: 'image-arn',
  finished: 'finished'
} as const
