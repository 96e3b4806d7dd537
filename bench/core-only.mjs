// The toolkit's floor for the cold-start bench: a bundle that only imports @actions/core and reads
// one input. The bench builds it with ncc, as the action is built, into a temporary folder.
import * as core from '@actions/core'

core.getInput('wait')
