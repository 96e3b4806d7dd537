/**
 * Reading raw inputs. GitHub's runner passes every input of action.yml, filling in defaults; a hand
 * run or a local runner passes only what the user wrote. Both must mean the same thing, so an
 * absent input (or an empty one, as `${{ inputs.x }}` gives for an unset workflow input) takes its
 * action.yml default, and "given" means "differs from that default".
 */
import { INPUT_DEFAULTS, type InputName } from './defaults.js'

/** One input as the environment holds it, trimmed; undefined when it is absent. */
export type RawInputReader = (name: InputName) => string | undefined

/** One input's effective value: what was given, else its action.yml default. */
export type InputReader = (name: InputName) => string

/** Reads `INPUT_<NAME>` as the runner sets it (the name upper-cased, hyphens kept). */
export function environmentReader(env: NodeJS.ProcessEnv): RawInputReader {
  return (name) => env[`INPUT_${name.toUpperCase()}`]?.trim()
}

export function withDefaults(raw: RawInputReader): InputReader {
  return (name) => {
    const value = raw(name)
    return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value
  }
}

/** Whether the user chose a value: an input left at (or absent for) its default is not given. */
export function givenBy(read: InputReader): (name: InputName) => boolean {
  return (name) => read(name) !== INPUT_DEFAULTS[name]
}
