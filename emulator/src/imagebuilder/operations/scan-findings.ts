/** ListImageScanFindings: exactly one filter with exactly one value, or none for every finding (§4). */
import { scanFindingsAt } from '../build/scan-findings.js'
import { matchesFilters, readFilters } from '../filters.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { paginate } from '../pagination.js'
import type { ImageScanFinding } from '../shapes.js'

export const scanFindingOperations: OperationTable = {
  ListImageScanFindings: listImageScanFindings
}

const FILTER_NAMES = [
  'imageBuildVersionArn',
  'imagePipelineArn',
  'vulnerabilityId',
  'severity'
] as const

function listImageScanFindings(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const filters = readFilters(input, FILTER_NAMES, { filters: 1, values: 1 })
  const findings = world.imagebuilder.builds
    .inRegion(region)
    .flatMap((build) => scanFindingsAt(build, now))
    .filter((finding) => matchesFilters(filters, (name) => valueOf(finding, name)))
  const page = paginate(findings, input, `ListImageScanFindings|${JSON.stringify(filters)}`)
  return {
    findings: page.items,
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function valueOf(finding: ImageScanFinding, name: string): string | undefined {
  if (name === 'vulnerabilityId') {
    const id = finding.packageVulnerabilityDetails.vulnerabilityId
    return typeof id === 'string' ? id : undefined
  }
  if (name === 'imageBuildVersionArn') return finding.imageBuildVersionArn
  if (name === 'imagePipelineArn') return finding.imagePipelineArn
  if (name === 'severity') return finding.severity
  return undefined
}
