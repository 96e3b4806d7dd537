/**
 * Image scan findings (§4): the scenario's short specs expanded into full Amazon Inspector package
 * vulnerability findings, observed when the build's CollectImageScanFindings step completes.
 */
import type { ScanFindingSpec } from '../../scenario.js'
import type { ImageScanFinding } from '../shapes.js'
import { epochSeconds } from '../time.js'
import type { Build } from './types.js'

export function scanFindingsAt(build: Build, now: number): ImageScanFinding[] {
  const { spec, plan } = build
  if (!spec.imageScanning.imageScanningEnabled || plan.scan === undefined || now < plan.scan.end)
    return []
  const observedAt = epochSeconds(plan.scan.end)
  return spec.scenario.scanFindings.map((finding) => expand(build, finding, observedAt))
}

function expand(build: Build, finding: ScanFindingSpec, observedAt: number): ImageScanFinding {
  const { spec } = build
  const packageName = finding.packageName ?? 'kernel'
  const score = finding.inspectorScore ?? defaultScore(finding.severity)
  const vector = 'CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H'
  return {
    awsAccountId: spec.accountId,
    imageBuildVersionArn: spec.arn,
    ...(spec.pipeline === undefined ? {} : { imagePipelineArn: spec.pipeline.arn }),
    type: 'PACKAGE_VULNERABILITY',
    title: finding.title ?? `${finding.vulnerabilityId} - ${packageName}`,
    description: finding.description ?? `A vulnerability in ${packageName}.`,
    remediation: {
      recommendation: {
        text:
          finding.fixedInVersion === undefined
            ? 'None Provided'
            : `Update ${packageName} to ${finding.fixedInVersion}`
      }
    },
    severity: finding.severity,
    firstObservedAt: observedAt,
    updatedAt: observedAt,
    inspectorScore: score,
    packageVulnerabilityDetails: {
      vulnerabilityId: finding.vulnerabilityId,
      vulnerablePackages: [
        {
          name: packageName,
          version: finding.packageVersion ?? '1.0.0',
          packageManager: 'OS',
          ...(finding.fixedInVersion === undefined
            ? {}
            : { fixedInVersion: finding.fixedInVersion })
        }
      ],
      source: 'NVD',
      cvss: [{ baseScore: score, scoringVector: vector, version: '3.1', source: 'NVD' }],
      sourceUrl: `https://nvd.nist.gov/vuln/detail/${finding.vulnerabilityId}`,
      vendorSeverity: finding.severity,
      vendorCreatedAt: observedAt,
      vendorUpdatedAt: observedAt
    },
    fixAvailable: finding.fixedInVersion === undefined ? 'NO' : 'YES'
  }
}

function defaultScore(severity: ScanFindingSpec['severity']): number {
  const scores: Record<ScanFindingSpec['severity'], number> = {
    CRITICAL: 9.8,
    HIGH: 7.5,
    MEDIUM: 5.5,
    LOW: 3.1,
    INFORMATIONAL: 0,
    UNTRIAGED: 0
  }
  return scores[severity]
}
