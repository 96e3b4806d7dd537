/**
 * The `launch-templates` input: `region=lt-…` lines, a bare `lt-…` meaning the build region. Each
 * template gets a new default version with the new AMI, which Image Builder can only do in a
 * region it distributes to.
 */
import type { LaunchTemplateTarget } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import { parseLines } from './fields.js'

/** EC2 resource IDs: the prefix and 17 lower-case hex digits. */
const LAUNCH_TEMPLATE_ID = /^lt-[0-9a-f]{17}$/

export function parseLaunchTemplates(
  raw: string,
  buildRegion: string,
  distributionRegions: readonly string[]
): LaunchTemplateTarget[] {
  const targets = parseLines(raw).map((line) => parseLine(line, buildRegion))
  const seen = new Set<string>()
  for (const { region, launchTemplateId } of targets) {
    if (seen.has(region)) {
      throw new InputError(
        'launch-templates',
        `region ${region} is given twice: one template per region`
      )
    }
    seen.add(region)
    if (!distributionRegions.includes(region)) {
      throw new InputError(
        'launch-templates',
        `${launchTemplateId} is in ${region}, which is not a distribution region (${distributionRegions.join(', ')}); add it to distribution-regions`
      )
    }
  }
  return targets
}

function parseLine(line: string, buildRegion: string): LaunchTemplateTarget {
  const separator = line.indexOf('=')
  const region = separator < 0 ? buildRegion : line.slice(0, separator).trim()
  const launchTemplateId = separator < 0 ? line : line.slice(separator + 1).trim()
  if (!LAUNCH_TEMPLATE_ID.test(launchTemplateId)) {
    throw new InputError(
      'launch-templates',
      `'${launchTemplateId}' is not a launch template ID (lt- and 17 hex digits); expected region=lt-… or lt-…`
    )
  }
  return { region, launchTemplateId }
}
