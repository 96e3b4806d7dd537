/**
 * The post step's entry point (`runs.post`), a bundle of its own so it can never run the main step.
 * After a main step that finished, the usual case, it has nothing to do: the rest of it, the AWS
 * SDK with it, loads only when a build may have been left behind.
 */
import { readMainStepState } from './state.js'

if (!readMainStepState().finished) {
  const { runPost } = await import('./post/run-post.js')
  await runPost()
}
