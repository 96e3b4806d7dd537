/**
 * The `kms-key` input: one KMS key for every distribution region, or `region=key` lines, one per
 * distribution region. Image Builder encrypts each region's AMI copy with that region's key, and a
 * key lives in one region, so a key ARN must name the region it is used in.
 */
import { parseArn, partitionOf } from '../domain/arns.js'
import { InputError } from '../domain/errors.js'
import { parseLines } from './fields.js'
import { requireConsistentArn } from './partitions.js'

const KEY_ID = /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/
const ALIAS = /^alias\/[a-zA-Z0-9/_-]{1,250}$/
const KEY_ARN =
  /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(key\/(mrk-[0-9a-f]{32}|[0-9a-f-]{36})|alias\/[a-zA-Z0-9/_-]{1,250})$/
const EXPECTED = 'a KMS key ID, an alias (alias/…) or a key or alias ARN'

/** Region → key for every distribution region; empty when the input is empty (the default key). */
export function parseKmsKeys(
  raw: string,
  distributionRegions: readonly string[]
): Record<string, string> {
  const lines = parseLines(raw)
  if (lines.length === 0) return {}
  const perRegion = lines.some((line) => line.includes('='))
  const keys: Record<string, string> = {}
  if (!perRegion) {
    if (lines.length > 1) {
      throw new InputError(
        'kms-key',
        `give one key, or region=key lines (got ${lines.length} keys)`
      )
    }
    for (const region of distributionRegions) keys[region] = requireKey(lines[0] ?? '', region)
    return keys
  }
  for (const line of lines) {
    const separator = line.indexOf('=')
    if (separator < 0) {
      throw new InputError(
        'kms-key',
        `'${line}' is not region=key: with lines, every line names its region`
      )
    }
    const region = line.slice(0, separator).trim()
    if (!distributionRegions.includes(region)) {
      throw new InputError(
        'kms-key',
        `${region} is not a distribution region (${distributionRegions.join(', ')})`
      )
    }
    if (keys[region] !== undefined) {
      throw new InputError('kms-key', `region ${region} is given twice: one key per region`)
    }
    keys[region] = requireKey(line.slice(separator + 1).trim(), region)
  }
  const missing = distributionRegions.filter((region) => keys[region] === undefined)
  if (missing.length > 0) {
    throw new InputError(
      'kms-key',
      `no key for ${missing.join(', ')}: with region=key lines every distribution region needs one`
    )
  }
  return keys
}

function requireKey(key: string, region: string): string {
  if (!KEY_ID.test(key) && !ALIAS.test(key) && !KEY_ARN.test(key)) {
    throw new InputError('kms-key', `'${key}' is not ${EXPECTED}`)
  }
  requireConsistentArn('kms-key', key, partitionOf(region))
  const arn = parseArn(key)
  if (arn !== undefined && arn.region !== region) {
    throw new InputError(
      'kms-key',
      `'${key}' is a key in ${arn.region}, used for ${region}: a KMS key encrypts AMIs only in its own region`
    )
  }
  return key
}
