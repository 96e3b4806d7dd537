/**
 * The one JSON line the CLI prints on stdout once it serves requests, so that scripts and CI jobs
 * read the address and the seeded ARNs instead of scraping a human-readable log.
 */
import type { Emulator } from './emulator.js'
import type { SeededPipeline } from './imagebuilder/seed-pipeline.js'
import type { ImagePlatform } from './scenario.js'

export interface ReadyLine {
  ready: true
  /** The endpoint for every service and region: use it as `AWS_ENDPOINT_URL`. */
  url: string
  /** The seeded pipeline's region, the region to build in. */
  region: string
  accountId: string
  pipelineArn: string
  distributionRegions: string[]
  /** region → platform → AMI ID of the Amazon-owned parent images, for recipe-mode `parent-image`. */
  parentImages: Record<string, Record<ImagePlatform, string>>
  /** How many faults the `--config` file injected. */
  faults: number
}

export function readyLine(
  emu: Emulator,
  pipeline: SeededPipeline,
  distributionRegions: string[],
  faults: number
): ReadyLine {
  const regions = [...new Set([pipeline.region, ...distributionRegions])]
  const parentImages = Object.fromEntries(
    regions.map((region) => [
      region,
      { Linux: emu.parentImageId(region, 'Linux'), Windows: emu.parentImageId(region, 'Windows') }
    ])
  )
  return {
    ready: true,
    url: emu.url,
    region: pipeline.region,
    accountId: emu.accountId,
    pipelineArn: pipeline.pipelineArn,
    distributionRegions,
    parentImages,
    faults
  }
}
