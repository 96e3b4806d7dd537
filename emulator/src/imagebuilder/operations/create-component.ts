/**
 * CreateComponent (§8.1, §9b): an AWSTOE document as a new build version of a component. The same
 * name and semantic version again makes the next build (`…/1.0.0/2`); the type is inferred from
 * the document.
 */
import {
  assertUsableVersion,
  latestVersionReferences,
  parseVersionedArn,
  resourceArn
} from '../arns.js'
import { readComponentDocument } from '../component-document.js'
import {
  dryRunOperation,
  invalidParameterCombination,
  invalidRequest,
  patternMismatch
} from '../errors.js'
import { oncePerClientToken } from '../idempotency.js'
import type { OperationContext, OperationTable } from '../operation.js'
import { PATTERNS } from '../patterns.js'
import type { Component } from '../shapes.js'
import { isoTime } from '../time.js'
import { definedOnly } from '../without.js'

const MAX_INLINE_DATA = 16000
const PLATFORMS = ['Windows', 'Linux', 'macOS'] as const

export const createComponentOperations: OperationTable = {
  CreateComponent: createComponent
}

function createComponent(context: OperationContext): Record<string, unknown> {
  const { input, world, region, now } = context
  const name = input.requiredString('name', 'resourceName')
  const semanticVersion = input.requiredString('semanticVersion', 'versionNumber')
  assertUsableVersion('semanticVersion', semanticVersion)
  const platform = input.requiredEnum('platform', PLATFORMS)
  const clientToken = input.clientToken()
  const data = inlineDocument(context)
  const document = readComponentDocument(data)
  const fields = {
    description: input.optionalText('description'),
    changeDescription: input.optionalText('changeDescription'),
    supportedOsVersions: input.optionalStringList('supportedOsVersions', { min: 1, max: 25 }),
    kmsKeyId: input.optionalText('kmsKeyId')
  }
  const tags = input.optionalTags() ?? {}
  if (input.optionalBoolean('dryRun') === true) throw dryRunOperation()
  return oncePerClientToken(context, clientToken, () => {
    const base = resourceArn(region, world.accountId, 'component', name)
    const component: Component = {
      arn: `${base}/${semanticVersion}/${nextBuild(context, base, semanticVersion)}`,
      name,
      version: semanticVersion,
      ...definedOnly(fields),
      type: document.type,
      platform,
      state: { status: 'ACTIVE' },
      ...(document.parameters.length === 0 ? {} : { parameters: document.parameters }),
      owner: world.accountId,
      data,
      encrypted: true,
      dateCreated: isoTime(now),
      tags,
      obfuscate: false
    }
    world.imagebuilder.resources.components.put(component)
    return {
      componentBuildVersionArn: component.arn,
      latestVersionReferences: latestVersionReferences(base, semanticVersion)
    }
  })
}

/**
 * Exactly one of `data` and `uri`. The emulator holds no S3 objects, so a `uri` document cannot be
 * read: it is refused with a message that says so.
 */
function inlineDocument({ input }: OperationContext): string {
  const data = input.optionalString('data')
  const uri = input.optionalString('uri')
  if (data !== undefined && uri !== undefined)
    throw invalidParameterCombination('You cannot specify both data and uri. Specify one of them.')
  if (uri !== undefined) {
    throw invalidRequest(
      `The emulator cannot read the component document at ${uri}: it holds no S3 objects. Pass the document inline in 'data'.`
    )
  }
  if (data === undefined) throw invalidRequest('You must specify either data or uri.')
  if (data.length > MAX_INLINE_DATA) {
    throw invalidRequest(
      `The inline component document has ${data.length} characters; at most ${MAX_INLINE_DATA} are allowed. Use an S3 uri for larger documents.`
    )
  }
  if (!new RegExp(PATTERNS.inlineComponentData).test(data))
    throw patternMismatch('data', PATTERNS.inlineComponentData)
  return data
}

/** Build numbers count up per name and semantic version (names compare normalised). */
function nextBuild(context: OperationContext, base: string, version: string): number {
  const builds = context.world.imagebuilder.resources.components
    .all()
    .map((component) => parseVersionedArn(component.arn))
    .filter((parsed) => parsed?.base === base && parsed.version === version)
    .map((parsed) => parsed?.build ?? 0)
  return Math.max(0, ...builds) + 1
}
