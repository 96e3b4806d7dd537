/**
 * Links into the AWS console for the image and its AMIs, in the partition the region belongs to.
 * Every part of a URL is checked against its pattern first, so text from AWS can never choose
 * where a link goes: a value that does not match gets no link.
 */
import { parseImageBuildVersionArn, REGION_NAME } from '../domain/arns.js'

const AMI_ID = /^ami-[0-9a-f]{8,17}$/

/** The console's host per partition, chosen by the region's prefix. */
function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`
  if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`
  return `${region}.console.aws.amazon.com`
}

/** The image build version's page in the Image Builder console. */
export function imageConsoleUrl(imageArn: string): string | undefined {
  const parsed = parseImageBuildVersionArn(imageArn)
  if (!parsed) return undefined
  const { region } = parsed
  return `https://${consoleHost(region)}/imagebuilder/home?region=${region}#/images/${encodeURIComponent(imageArn)}/details`
}

/** The AMI's page in the EC2 console of its region. */
export function amiConsoleUrl(region: string, amiId: string): string | undefined {
  if (!REGION_NAME.test(region) || !AMI_ID.test(amiId)) return undefined
  return `https://${consoleHost(region)}/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`
}
