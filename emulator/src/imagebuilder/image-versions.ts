/** Which image build a version or wildcard image ARN means (§2.3). */
import type { World } from '../world.js'
import { compareVersions, parseVersionedArn, versionMatches } from './arns.js'
import { imageStatusAt } from './build/image-view.js'
import type { Build } from './build/types.js'

/**
 * The newest build of an image name whose version matches (`1.0.0`, `1.x.x`, …) and that has
 * reached AVAILABLE; other states are reachable only through the build-version ARN.
 */
export function latestAvailableBuild(
  world: World,
  region: string,
  wanted: { base: string; version: string },
  now: number
): Build | undefined {
  return world.imagebuilder.builds
    .inRegion(region)
    .filter((build) => parseVersionedArn(build.spec.arn)?.base === wanted.base)
    .filter((build) => versionMatches(wanted.version, build.spec.version))
    .filter((build) => imageStatusAt(build.plan, now) === 'AVAILABLE')
    .sort(
      (a, b) =>
        compareVersions(b.spec.version, a.spec.version) || b.spec.buildNumber - a.spec.buildNumber
    )[0]
}
