/**
 * Writes what a build has done by a given time into EC2, ECR, CloudWatch Logs and SSM: AMIs
 * registered and settled, container images pushed, launch templates and parameters updated, log
 * events released. Called by the world
 * before every request; each effect happens once.
 */
import type { EcrStore, Ec2Store, LogStore, WorldStores } from '../../stores.js'
import { ec2ImageRecord } from './amis.js'
import { logStreamName } from './build-log.js'
import { applyIntegration } from './integration.js'
import type { Build } from './types.js'

export function applyBuildEffects(build: Build, now: number, stores: WorldStores): void {
  // Integration may turn the rest of the plan into a failure, so it goes before what reads the plan.
  applyIntegration(build, now, stores)
  applyAmiEffects(build, now, stores.ec2)
  applyContainerEffects(build, now, stores.ecr)
  applyLogEffects(build, now, stores.logs)
}
function applyAmiEffects(build: Build, now: number, ec2: Ec2Store): void {
  const { registeredAmis, settledAmis } = build.applied
  for (const ami of build.plan.amis) {
    if (!registeredAmis.has(ami.imageId) && ami.registerAt <= now) {
      ec2.putImage(ec2ImageRecord(build.spec, ami))
      registeredAmis.add(ami.imageId)
    }
    if (registeredAmis.has(ami.imageId) && !settledAmis.has(ami.imageId) && ami.settleAt <= now) {
      ec2.setImageState(ami.region, ami.imageId, ami.settleState)
      settledAmis.add(ami.imageId)
    }
  }
}

/** A container image lands in its repository when pushed (the repository existed at start). */
function applyContainerEffects(build: Build, now: number, ecr: EcrStore): void {
  const { pushedImages } = build.applied
  for (const image of build.plan.containers) {
    const key = `${image.region}|${image.repositoryName}`
    if (pushedImages.has(key) || image.pushAt > now) continue
    // Deleted since the build started: the push finds no repository, and nothing lands.
    if (ecr.getRepository(image.region, image.repositoryName) !== undefined) {
      ecr.putImage(image.region, image.repositoryName, {
        imageDigest: image.imageDigest,
        imageTags: image.tags,
        imagePushedAt: image.pushAt,
        imageSizeInBytes: image.imageSizeInBytes
      })
    }
    pushedImages.add(key)
  }
}

function applyLogEffects(build: Build, now: number, logs: LogStore): void {
  const { spec, plan, applied } = build
  const pending = plan.logEvents.slice(applied.logEvents)
  // A uniform delay keeps delivery in timestamp order, as one shipper on the instance would.
  const deliveredBy = now - spec.scenario.logDelayMs
  const dueCount = pending.findIndex((event) => event.timestamp > deliveredBy)
  const due = dueCount === -1 ? pending : pending.slice(0, dueCount)
  if (due.length === 0) return
  logs.createLogGroup(spec.region, spec.logGroupName, now)
  logs.putLogEvents(
    spec.region,
    spec.logGroupName,
    logStreamName(spec.version, spec.buildNumber),
    due,
    now
  )
  applied.logEvents += due.length
}
