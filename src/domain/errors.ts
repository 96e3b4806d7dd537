/**
 * The action's own error kinds, each a message a user can act on. Any stage may throw them; the
 * step turns them into its ending with the message as it is. An error of any other kind, from AWS
 * or Node, is described by name and message (aws/errors.ts), and expired credentials are judged
 * there, by one rule, whatever stage they surface in.
 */

/** A problem with what the workflow passed; the message names the input (or the inputs at odds). */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`${input.includes(',') ? 'Inputs' : 'Input'} '${input}': ${problem}`)
    this.name = 'InputError'
  }
}

/** Image Builder did not start (create, distribute, retry) the build; the message says why and what to do. */
export class StartError extends Error {
  override name = 'StartError'
}
