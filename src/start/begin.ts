/**
 * The start stage: which build this step follows. Pipeline mode starts one, attach mode takes the
 * one it was given, recipe mode plans and applies its resources first and may start nothing.
 */
import { clientToken } from '../client-token.js'
import type { RunContext } from '../context.js'
import { startPipelineExecution } from './start-pipeline.js'

export type Beginning =
  /** This step started the build. */
  | { kind: 'started'; imageArn: string }
  /** An existing build, given with image-arn. */
  | { kind: 'attached'; imageArn: string }
  /** skip-if-unchanged: an earlier build of the same recipe and parent stands in for a new one. */
  | { kind: 'reused'; imageArn: string }
  /** dry-run: planned, nothing created or started. */
  | { kind: 'planned' }

export async function begin(context: RunContext): Promise<Beginning> {
  const { inputs } = context
  switch (inputs.mode) {
    case 'pipeline': {
      // The start call carries the workflow's tags only: the provenance tags go onto the AMIs when
      // the build is done, so loading the GitHub context does not delay the first request.
      const imageArn = await startPipelineExecution(
        context.clients.imagebuilder,
        inputs,
        clientToken('start', context.env),
        context.stop.signal
      )
      return { kind: 'started', imageArn }
    }
    case 'attach':
      return { kind: 'attached', imageArn: inputs.imageArn }
    case 'recipe': {
      const { beginRecipe } = await import('./recipe.js')
      return beginRecipe({ ...context, inputs })
    }
  }
}
