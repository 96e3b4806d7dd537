/**
 * Every key the main step saves for its post step through GITHUB_STATE, named once: state.ts
 * writes and reads them, and the input-error path marks a refused step finished with one.
 */
export const STATE_KEYS = {
  region: 'region',
  cancelOnAbort: 'cancel-on-abort',
  summary: 'summary',
  imageArn: 'image-arn',
  finished: 'finished'
} as const
