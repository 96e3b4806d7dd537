/**
 * The finish stage, after the build ended: find the recipe's test components, read the scan
 * findings and tag the AMIs. A failure here
 * never hides the build's own outcome; it turns a successful build's ending into an error only
 * when what the user asked for (tags) could not be done.
 */
import { describeError, isExpiredCredentials } from '../aws/errors.js'
import type { RunContext } from '../context.js'
import type { Ending } from '../report/build-record.js'
import { buildAccountAmis } from '../report/outputs.js'
import { provenanceTags } from '../start/provenance.js'
import { readScanFindings } from './scan-findings.js'
import { tagAmis } from './tag-amis.js'
import { type RecipeComponents, recordTestComponents } from './test-components.js'

export async function finishBuild(context: RunContext, recipe: RecipeComponents): Promise<Ending> {
  const { record, clients } = context
  const image = record.snapshot?.image
  if (!image || !record.imageArn) return { kind: 'ended' }
  await recordTestComponents(recipe, image.componentArns, record)
  if (image.scanningEnabled) {
    try {
      const findings = await readScanFindings(clients.imagebuilder, record.imageArn)
      record.scanFindings = findings.counts
      record.worstFindings = findings.worst
    } catch (error) {
      if (isExpiredCredentials(error)) throw error
      record.notices.push(`Scan findings could not be read: ${describeError(error)}`)
    }
  }
  const tags = await amiTagsToApply(context)
  if (image.status !== 'AVAILABLE' || Object.keys(tags).length === 0) return { kind: 'ended' }
  const amis = buildAccountAmis(record)
  const failures = await tagAmis(clients, amis, tags)
  const tagged = Object.keys(amis).length - failures.length
  context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(tags).join(', ')}`])
  if (failures.length === 0) return { kind: 'ended' }
  return {
    kind: 'error',
    message: `The build succeeded, but the AMI tags could not be applied to ${failures.join('; ')}`
  }
}

/**
 * Tags that go onto the AMIs with CreateTags: `ami-tags` (recipe mode puts those in the
 * distribution configuration instead) and, on builds this step started, where they came from.
 */
async function amiTagsToApply(context: RunContext): Promise<Record<string, string>> {
  const { inputs } = context
  switch (inputs.mode) {
    case 'attach':
      return inputs.amiTags
    case 'pipeline':
      return { ...inputs.amiTags, ...(await provenanceTags()) }
    case 'recipe':
      return provenanceTags()
  }
}
