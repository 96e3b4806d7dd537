/**
 * The post step's entry point (`runs.post`), a bundle of its own so it can never run the main step.
 * After a main step that finished, the usual case, it has nothing to do, and it reads the
 * `finished` state (../state.ts, KEYS.finished) straight from the runner's `STATE_finished` so that
 * this path exits at Node's own speed: @actions/core, the AWS SDK and the rest load only when a
 * build may have been left behind.
 */
if (process.env.STATE_finished !== 'true') {
  const { runPost } = await import('./run-post.js')
  await runPost()
}
