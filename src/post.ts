/** The post step's entry point (`runs.post`), a bundle of its own so it can never run the main step. */
import { runPost } from './post/run-post.js'

await runPost()
