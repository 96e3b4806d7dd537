/**
 * Paths in inputs name files of the repository checkout, and nothing else: a path that leaves
 * GITHUB_WORKSPACE (absolute, through `..`, or through a symbolic link) would upload a file of the
 * runner to AWS. The check follows symbolic links and reads no file's content.
 */
import { realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from '../domain/errors.js'
import type { InputName } from './defaults.js'

/** The checkout: GITHUB_WORKSPACE, which the runner always sets; the working directory otherwise. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}

/** The real path of `path` (relative to the checkout), which must exist inside the checkout. */
export function pathInWorkspace(input: InputName, path: string, workspace: string): string {
  const root = realPath(workspace) ?? resolve(workspace)
  const outside = (candidate: string): boolean => {
    const fromRoot = relative(root, candidate)
    return fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)
  }
  const lexical = resolve(root, path)
  if (outside(lexical)) {
    throw new InputError(
      input,
      `${path} is outside the repository checkout (${workspace}); give a path inside it`
    )
  }
  let real: string
  try {
    real = realpathSync(lexical)
  } catch (error) {
    throw new InputError(input, `cannot read ${path}: ${describeFsError(error)}`)
  }
  if (outside(real)) {
    throw new InputError(
      input,
      `${path} is a symbolic link to ${real}, outside the repository checkout (${workspace})`
    )
  }
  return real
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (code === 'ENOENT') return 'no such file in the repository (paths start at the checkout)'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  if (code === 'ELOOP') return 'a symbolic link loop'
  return String(error)
}
