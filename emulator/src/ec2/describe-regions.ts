/** DescribeRegions over the emulator's commercial regions, none of which needs an opt-in. */
import { REGIONS } from '../regions.js'
import { invalidParameterValue } from './errors.js'
import { assertKnownFilters, matchesFilters, type FilterSchema } from './filters.js'
import type { Ec2Call } from './operation.js'
import { element, itemList, type XmlElement } from './xml.js'

interface RegionInfo {
  regionName: string
  endpoint: string
  optInStatus: 'opt-in-not-required'
}

const REGION_FILTERS: FilterSchema<RegionInfo> = {
  fields: {
    endpoint: (region) => [region.endpoint],
    'opt-in-status': (region) => [region.optInStatus],
    'region-name': (region) => [region.regionName]
  }
}

export function describeRegions({ params }: Ec2Call): XmlElement[] {
  const requested = params.list('RegionName')
  const filters = params.filters()
  const unknown = requested.filter((name) => !REGIONS.includes(name))
  if (unknown.length > 0) throw invalidParameterValue(`Invalid region: [${unknown.join(', ')}]`)
  assertKnownFilters(filters, REGION_FILTERS)

  const regions = REGIONS.map(regionInfo)
    .filter((region) => requested.length === 0 || requested.includes(region.regionName))
    .filter((region) => matchesFilters(region, filters, REGION_FILTERS))
  return [itemList('regionInfo', regions.map(regionItem))]
}

function regionInfo(regionName: string): RegionInfo {
  return {
    regionName,
    endpoint: `ec2.${regionName}.amazonaws.com`,
    optInStatus: 'opt-in-not-required'
  }
}

function regionItem(region: RegionInfo): XmlElement[] {
  return [
    element('regionName', region.regionName),
    element('regionEndpoint', region.endpoint),
    element('optInStatus', region.optInStatus)
  ]
}
