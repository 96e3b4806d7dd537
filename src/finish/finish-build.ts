/**
 * The finish stage, after the build ended: find the recipe's test components, read the scan
 * findings, confirm the AMIs with EC2, tag them and set their deprecation (a container image: read
 * its digests from ECR). A failure here never hides the build's own outcome; it turns a successful
 * build's ending into an error only when an AMI is not there to launch, or the tags or the
 * deprecation asked for could not be set.
 */
import { describeError, rethrowIfExpired } from '../aws/errors.js'
import type { RunContext } from '../context.js'
import type { Ending } from '../domain/record.js'
import { buildAccountAmis } from '../domain/amis.js'
import type { BuildSnapshot } from '../domain/build.js'
import type { PlannedDistribution } from '../domain/plan.js'
import { publishedTargets } from '../domain/published.js'
import { provenanceTags } from '../start/provenance.js'
import { containerImagesOf } from '../domain/container-images.js'
import { readContainerDigests } from './container-digests.js'
import { readScanFindings } from './scan-findings.js'
import { formatMinute } from '../domain/clock.js'
import { deprecateAmis } from './deprecate-amis.js'
import { tagAmis } from './tag-amis.js'
import { learnTestComponents, type RecipeComponents } from './test-components.js'
import { verifyAmis } from './verify-amis.js'

/** A build as the watch last saw it, and where recipe or promote mode said to publish its AMIs. */
export interface BuildToFinish {
  imageArn: string
  snapshot: BuildSnapshot
  distribution?: PlannedDistribution
}

export async function finishBuild(
  context: RunContext,
  build: BuildToFinish,
  recipe: RecipeComponents
): Promise<Ending> {
  const { clients, learn } = context
  const { image } = build.snapshot
  await learnTestComponents(recipe, image.componentArns, learn)
  if (image.scanningEnabled) {
    try {
      const findings = await readScanFindings(clients.imagebuilder, build.imageArn)
      learn({ type: 'scan-findings', counts: findings.counts, worst: findings.worst })
    } catch (error) {
      rethrowIfExpired(error)
      learn({ type: 'notice', text: `Scan findings could not be read: ${describeError(error)}` })
    }
  }
  if (image.status !== 'AVAILABLE') return { kind: 'ended' }
  if (image.imageType === 'DOCKER') return finishContainerImage(context, build.snapshot)
  const amis = buildAccountAmis(build)
  const { unusable, madeAt } = await confirmAmis(context, amis)
  if (unusable.length > 0) {
    return {
      kind: 'error',
      message: `The build ended AVAILABLE, but EC2 does not have every AMI ready to launch: ${unusable.join('; ')}`
    }
  }
  context.out.write(publishedLines(build.distribution, amis))
  const problems = [
    ...(await applyAmiTags(context, amis)),
    ...(await applyDeprecation(context, amis, madeAt))
  ]
  if (problems.length === 0) return { kind: 'ended' }
  return { kind: 'error', message: `The build succeeded, but ${problems.join(', and ')}` }
}

/**
 * A reused build (skip-if-unchanged) made its AMIs long ago, perhaps before `deprecate-after` was
 * set: each gets the deprecation the inputs ask for now, counted from when EC2 made it, so every
 * AMI the step hands on is deprecated as asked. Without the input there is nothing to do.
 */
export async function finishReusedAmis(
  context: RunContext,
  build: Omit<BuildToFinish, 'distribution'>
): Promise<Ending> {
  const { inputs } = context
  const period = inputs.mode === 'recipe' ? inputs.deprecateAfter : undefined
  if (period === undefined || build.snapshot.image.status !== 'AVAILABLE') return { kind: 'reused' }
  const amis = buildAccountAmis(build)
  const { unusable, madeAt } = await confirmAmis(context, amis)
  if (unusable.length > 0) {
    return {
      kind: 'error',
      message: `The reused build's AMIs are not all there to deprecate: ${unusable.join('; ')}`
    }
  }
  const problems = await applyDeprecation(context, amis, madeAt)
  if (problems.length === 0) return { kind: 'reused' }
  return { kind: 'error', message: `The build is reused, but ${problems.join(', and ')}` }
}

/** What could not be tagged, as a clause of the step's error; none when all was. */
async function applyAmiTags(context: RunContext, amis: Record<string, string>): Promise<string[]> {
  const tags = amiTagsToApply(context)
  if (Object.keys(tags).length === 0) return []
  const failures = await tagAmis(context, amis, tags)
  const tagged = Object.keys(amis).length - failures.length
  context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(tags).join(', ')}`])
  if (failures.length === 0) return []
  return [`the AMI tags could not be applied to ${failures.join('; ')}`]
}

/**
 * `deprecate-after`: like the tags, a deprecation EC2 does not take fails the step, since the
 * workflow asked for it, and never hides that the image is AVAILABLE.
 */
async function applyDeprecation(
  context: RunContext,
  amis: Record<string, string>,
  madeAt: Record<string, Date>
): Promise<string[]> {
  const { inputs } = context
  const period =
    inputs.mode === 'recipe' || inputs.mode === 'promote' ? inputs.deprecateAfter : undefined
  if (period === undefined || Object.keys(amis).length === 0) return []
  const { deprecated, failures } = await deprecateAmis(context, amis, madeAt, period)
  context.learn({ type: 'ami-deprecations', deprecations: deprecated })
  context.out.write(
    deprecated.map(
      (ami) =>
        `Deprecation of ${ami.imageId} in ${ami.region} set for ${formatMinute(ami.deprecateAt)}`
    )
  )
  if (failures.length === 0) return []
  return [`the AMI deprecation could not be set on ${failures.join('; ')}`]
}

/**
 * A container image: no AMI to confirm or tag; its digests are read from ECR, and an image ECR
 * does not have turns success into an error, as a missing AMI does.
 */
export async function finishContainerImage(
  context: RunContext,
  snapshot: BuildSnapshot
): Promise<Ending> {
  const { learn, clients } = context
  const images = containerImagesOf(snapshot.image.outputResources)
  if (images.length === 0) return { kind: 'ended' }
  const reading = await readContainerDigests(
    (region) => clients.ecr(region),
    images,
    context.stop.signal
  )
  learn({ type: 'container-images', images: reading.images })
  for (const problem of reading.unread) {
    learn({ type: 'notice', text: `The image digest could not be read from ECR in ${problem}` })
  }
  if (reading.missing.length > 0) {
    return {
      kind: 'error',
      message: `The build ended AVAILABLE, but ECR does not have ${reading.missing.join(', ')}`
    }
  }
  const pinned = reading.images.filter((image) => image.digest).length
  if (pinned > 0)
    context.out.write([`Read the digest of ${pinned} container image URI(s) from ECR`])
  return { kind: 'ended' }
}

/**
 * Asks EC2 for every AMI of the build account; returns what is wrong with the unusable ones, and
 * when each confirmed one was made.
 */
async function confirmAmis(
  context: RunContext,
  amis: Record<string, string>
): Promise<{ unusable: string[]; madeAt: Record<string, Date> }> {
  const { clients } = context
  const results = await verifyAmis((region) => clients.ec2(region), amis, context.stop.signal)
  const unusable: string[] = []
  const madeAt: Record<string, Date> = {}
  for (const result of results) {
    const ami = `${result.imageId} in ${result.region}`
    if (result.state === 'missing') unusable.push(`${ami} does not exist`)
    if (result.state === 'other') {
      unusable.push(`${ami} is ${result.imageState}${result.reason ? ` (${result.reason})` : ''}`)
    }
    if (result.state === 'unverified') {
      context.learn({
        type: 'notice',
        text: `${ami} could not be checked with EC2: ${result.error}`
      })
    }
    const created = result.state === 'available' ? Date.parse(result.creationDate ?? '') : NaN
    if (!Number.isNaN(created)) madeAt[result.region] = new Date(created)
  }
  context.learn({
    type: 'ami-volumes',
    volumes: results.flatMap((result) =>
      result.state === 'available' && result.snapshotGiB !== undefined
        ? [{ region: result.region, imageId: result.imageId, snapshotGiB: result.snapshotGiB }]
        : []
    )
  })
  const confirmed = results.filter((result) => result.state === 'available').length
  if (confirmed > 0) context.out.write([`Confirmed ${confirmed} AMI(s) available in EC2`])
  return { unusable, madeAt }
}

/**
 * Tags that go onto the AMIs with CreateTags: `ami-tags` (recipe mode puts those in the
 * distribution configuration instead) and, on builds this step started, where they came from.
 */
function amiTagsToApply(context: RunContext): Record<string, string> {
  const { inputs } = context
  switch (inputs.mode) {
    case 'attach':
      return inputs.amiTags
    case 'pipeline':
      return { ...inputs.amiTags, ...provenanceTags(context.env) }
    case 'recipe':
    case 'promote':
      return provenanceTags(context.env)
  }
}

/** One job-log line per region: `Published ami-… in eu-west-1: SSM parameter …; launch template lt-… (new default version)`. */
function publishedLines(
  distribution: PlannedDistribution | undefined,
  amis: Record<string, string>
): string[] {
  return publishedTargets(distribution, amis).map((target) => {
    const places = [
      ...target.ssmParameters.map((name) => `SSM parameter ${name}`),
      ...target.launchTemplates.map((id) => `launch template ${id} (new default version)`)
    ]
    return `Published ${target.amiId ?? 'the AMI'} in ${target.region}: ${places.join('; ')}`
  })
}
