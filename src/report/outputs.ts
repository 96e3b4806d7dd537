/** The step's outputs, computed from the record; every output is always set, so expressions never see a missing value. */
import { accountAmis, buildAccountAmis } from '../domain/amis.js'
import { type BuildSnapshot, currentWorkflows } from '../domain/build.js'
import { type BuildRecord, type ContainerImage, reportedStatus } from '../domain/record.js'
import {
  containerImagesOf,
  imageDigestsByRegion,
  imageUrisByRegion
} from '../domain/container-images.js'
import { planOutput } from './plan-report.js'
import { promotionOutput } from './promotion-report.js'

export type OutputName =
  | 'image-arn'
  | 'image-version'
  | 'status'
  | 'ami-id'
  | 'amis'
  | 'account-amis'
  | 'output-resources'
  | 'test-results'
  | 'scan-findings'
  | 'plan'
  | 'test-report'
  | 'release-notes'
  | 'image-uri'
  | 'image-uris'
  | 'image-digests'

export interface TestResult {
  workflow: string
  step: string
  action?: string
  status: string
  message?: string
  startTime?: string
  endTime?: string
}

/** What the outputs are made of; a step refused at its inputs has none of it but the region. */
export type OutputSource = Pick<
  BuildRecord,
  'region' | 'imageArn' | 'snapshot' | 'scanFindings' | 'plan' | 'promotion' | 'containerImages'
>

/** `testReportPath`: where the JUnit report was written, when it was; `notes`: the release notes. */
export function buildOutputs(
  record: OutputSource,
  testReportPath = '',
  notes = ''
): Record<OutputName, string> {
  const snapshot = record.snapshot
  const amis = buildAccountAmis(record)
  const uris = imageUrisByRegion(containerImages(record))
  return {
    'image-arn': record.imageArn ?? '',
    'image-version': snapshot?.image.version ?? '',
    status: reportedStatus(record),
    'ami-id': amis[record.region] ?? Object.values(amis)[0] ?? '',
    amis: JSON.stringify(amis),
    'account-amis': JSON.stringify(accountAmis(record)),
    'output-resources': JSON.stringify(snapshot?.image.outputResources ?? { amis: [] }),
    'test-results': JSON.stringify(snapshot ? testResults(snapshot) : []),
    'scan-findings': JSON.stringify(record.scanFindings ?? {}),
    plan: record.promotion ? promotionOutput(record.promotion) : planOutput(record.plan),
    'test-report': testReportPath,
    'release-notes': notes,
    'image-uri': uris[record.region] ?? Object.values(uris)[0] ?? '',
    'image-uris': JSON.stringify(uris),
    'image-digests': JSON.stringify(imageDigestsByRegion(containerImages(record)))
  }
}

/** With their digests once ECR was asked; before that (or without waiting), as Image Builder lists them. */
export function containerImages(
  record: Pick<BuildRecord, 'snapshot' | 'containerImages'>
): ContainerImage[] {
  return record.containerImages ?? containerImagesOf(record.snapshot?.image.outputResources)
}

/** One entry per step of every TEST workflow execution. */
export function testResults(snapshot: BuildSnapshot): TestResult[] {
  return currentWorkflows(snapshot.workflows)
    .filter((workflow) => workflow.type === 'TEST')
    .flatMap((workflow) =>
      workflow.steps.map((step) => ({
        workflow: workflow.name,
        step: step.name,
        action: step.action,
        status: step.status,
        message: step.message,
        startTime: step.startTime,
        endTime: step.endTime
      }))
    )
}
