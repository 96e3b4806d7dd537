/**
 * Counts the image's vulnerability findings by severity (Image Builder allows one filter per call)
 * and keeps a few of the most severe kind, for the summary to name.
 */
import {
  type ImageScanFinding,
  type ImagebuilderClient,
  paginateListImageScanFindings
} from '@aws-sdk/client-imagebuilder'
import { type ScanFindingBrief, severityRank } from '../domain/record.js'

/** Findings of the worst severity that the summary lists. */
const WORST_KEPT = 10

export interface ScanFindings {
  counts: Record<string, number>
  worst: ScanFindingBrief[]
}

export async function readScanFindings(
  client: ImagebuilderClient,
  imageArn: string
): Promise<ScanFindings> {
  const counts: Record<string, number> = {}
  let worst: ScanFindingBrief[] = []
  const filters = [{ name: 'imageBuildVersionArn', values: [imageArn] }]
  for await (const page of paginateListImageScanFindings({ client }, { filters })) {
    for (const finding of page.findings ?? []) {
      const brief = briefOf(finding)
      counts[brief.severity] = (counts[brief.severity] ?? 0) + 1
      const rank = severityRank(brief.severity)
      const worstRank = worst[0] ? severityRank(worst[0].severity) : Infinity
      if (rank < worstRank) worst = [brief]
      else if (rank === worstRank && worst.length < WORST_KEPT) worst.push(brief)
    }
  }
  return { counts, worst }
}

function briefOf(finding: ImageScanFinding): ScanFindingBrief {
  const details = finding.packageVulnerabilityDetails
  const vulnerable = details?.vulnerablePackages?.[0]
  return {
    severity: finding.severity ?? 'UNTRIAGED',
    vulnerabilityId: details?.vulnerabilityId,
    title: finding.title,
    packageName: vulnerable?.name,
    fixedInVersion: vulnerable?.fixedInVersion
  }
}
