/** The action's entry point, as GitHub's runner calls it. */
import { run } from './main.js'

await run()
