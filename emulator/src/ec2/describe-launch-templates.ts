/**
 * DescribeLaunchTemplates (by IDs, names or filters) and DescribeLaunchTemplateVersions (one
 * template's versions, by number, `$Latest` or `$Default`, or a min/max range).
 */
import type { LaunchTemplateRecord, LaunchTemplateVersionRecord } from '../stores.js'
import { clientError, invalidParameterValue } from './errors.js'
import { assertKnownFilters, matchesFilters, type FilterSchema } from './filters.js'
import {
  launchTemplateIdMalformed,
  launchTemplateIdNotFound,
  launchTemplateNameNotFound,
  launchTemplateVersionNotFound
} from './launch-template-errors.js'
import { launchTemplateItem, launchTemplateVersionItem } from './launch-template-xml.js'
import type { Ec2Call } from './operation.js'
import { paginate, type PageRequest } from './pagination.js'
import type { QueryParams } from './query-params.js'
import { itemList, type XmlElement } from './xml.js'

const MAX_RESULTS = 200
const LAUNCH_TEMPLATE_ID = /^lt-[0-9a-f]{17}$/

const TEMPLATE_FILTERS: FilterSchema<LaunchTemplateRecord> = {
  fields: {
    'create-time': (template) => [template.createTime],
    'launch-template-name': (template) => [template.launchTemplateName]
  },
  tagsOf: (template) => template.tags
}

export function describeLaunchTemplates({ store, params, region }: Ec2Call): XmlElement[] {
  const ids = params.list('LaunchTemplateId')
  const names = params.list('LaunchTemplateName')
  const filters = params.filters()
  ids.forEach(assertWellFormedTemplateId)
  assertKnownFilters(filters, TEMPLATE_FILTERS)
  const templates = store.launchTemplates.list(region)
  const missingId = ids.find((id) => !templates.some((t) => t.launchTemplateId === id))
  if (missingId !== undefined) throw launchTemplateIdNotFound(missingId)
  const missingName = names.find((name) => !templates.some((t) => t.launchTemplateName === name))
  if (missingName !== undefined) throw launchTemplateNameNotFound(missingName)
  const selected = templates
    .filter((template) => ids.length === 0 || ids.includes(template.launchTemplateId))
    .filter((template) => names.length === 0 || names.includes(template.launchTemplateName))
    .filter((template) => matchesFilters(template, filters, TEMPLATE_FILTERS))
  const page = paginate(selected, pageRequestOf(params), `launch-templates:${region}`)
  return [itemList('launchTemplates', page.items.map(launchTemplateItem)), ...page.nextToken]
}

export function describeLaunchTemplateVersions(call: Ec2Call): XmlElement[] {
  const { params, region } = call
  const template = namedTemplate(call)
  const wanted = params.list('LaunchTemplateVersion')
  const versions =
    wanted.length > 0
      ? wanted.map((selector) => versionFor(template, selector))
      : template.versions.filter(inRange(params))
  const page = paginate(
    versions,
    pageRequestOf(params),
    `launch-template-versions:${region}:${template.launchTemplateId}`
  )
  return [
    itemList(
      'launchTemplateVersionSet',
      page.items.map((version) => launchTemplateVersionItem(template, version))
    ),
    ...page.nextToken
  ]
}

function namedTemplate({ store, params, region }: Ec2Call): LaunchTemplateRecord {
  const id = params.string('LaunchTemplateId')
  const name = params.string('LaunchTemplateName')
  if (id !== undefined && name !== undefined) {
    throw clientError(
      'InvalidParameterCombination',
      'Only one of launch template ID and launch template name may be specified.'
    )
  }
  if (id !== undefined) {
    assertWellFormedTemplateId(id)
    const template = store.launchTemplates.get(region, id)
    if (template === undefined) throw launchTemplateIdNotFound(id)
    return template
  }
  if (name === undefined) {
    throw clientError(
      'MissingParameter',
      'The request must contain the parameter LaunchTemplateId or LaunchTemplateName'
    )
  }
  const template = store.launchTemplates
    .list(region)
    .find((candidate) => candidate.launchTemplateName === name)
  if (template === undefined) throw launchTemplateNameNotFound(name)
  return template
}

function versionFor(template: LaunchTemplateRecord, selector: string): LaunchTemplateVersionRecord {
  const number =
    selector === '$Latest'
      ? template.versions.at(-1)?.versionNumber
      : selector === '$Default'
        ? template.defaultVersionNumber
        : /^\d+$/.test(selector)
          ? Number(selector)
          : undefined
  const version = template.versions.find((candidate) => candidate.versionNumber === number)
  if (version === undefined)
    throw launchTemplateVersionNotFound(selector, template.launchTemplateId)
  return version
}

function inRange(params: QueryParams): (version: LaunchTemplateVersionRecord) => boolean {
  const min = params.integer('MinVersion') ?? 1
  const max = params.integer('MaxVersion') ?? Number.POSITIVE_INFINITY
  return (version) => version.versionNumber >= min && version.versionNumber <= max
}

function pageRequestOf(params: QueryParams): PageRequest {
  const maxResults = params.integer('MaxResults')
  if (maxResults !== undefined && (maxResults < 1 || maxResults > MAX_RESULTS)) {
    throw invalidParameterValue(
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between 1 and ${MAX_RESULTS}.`
    )
  }
  return { maxResults, nextToken: params.string('NextToken') }
}

function assertWellFormedTemplateId(id: string): void {
  if (!LAUNCH_TEMPLATE_ID.test(id)) throw launchTemplateIdMalformed(id)
}
