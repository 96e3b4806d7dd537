/** Semantic versions `x.y.z` as Image Builder numbers components and recipes. */

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** The highest of the versions, or undefined for none. */
export function highestVersion(versions: readonly string[]): string | undefined {
  return [...versions].sort(compareVersions).at(-1)
}

/** `1.2.3` → `1.2.4`; no version yet → `1.0.0`. */
export function nextPatchVersion(current: string | undefined): string {
  if (current === undefined) return '1.0.0'
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number)
  return `${major}.${minor}.${patch + 1}`
}
