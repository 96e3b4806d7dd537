/** Counts the image's vulnerability findings by severity (Image Builder allows one filter per call). */
import {
  type ImagebuilderClient,
  paginateListImageScanFindings
} from '@aws-sdk/client-imagebuilder'

export async function countScanFindings(
  client: ImagebuilderClient,
  imageArn: string
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const filters = [{ name: 'imageBuildVersionArn', values: [imageArn] }]
  for await (const page of paginateListImageScanFindings({ client }, { filters })) {
    for (const finding of page.findings ?? []) {
      const severity = finding.severity ?? 'UNTRIAGED'
      counts[severity] = (counts[severity] ?? 0) + 1
    }
  }
  return counts
}
