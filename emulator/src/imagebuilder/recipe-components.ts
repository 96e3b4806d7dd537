/**
 * A recipe's `components` (§2.4, §8.3): 1–20 existing components of the recipe's platform in its
 * region (own or AWS-managed; version and wildcard ARNs resolve to the newest build), at least one
 * of them BUILD, each with optional `parameters` that its document declares.
 */
import { arnRegion } from './arns.js'
import { invalidParameterValue, invalidRequest, missingParameter } from './errors.js'
import type { OperationInput } from './input.js'
import type { ResourceStore } from './resources.js'
import type { Component, ComponentConfiguration, ImageRecipe } from './shapes.js'

const MAX_COMPONENTS = 20

export function readRecipeComponents(
  input: OperationInput,
  context: { resources: ResourceStore; region: string; platform: ImageRecipe['platform'] }
): ComponentConfiguration[] {
  const entries = input.optionalObjectList('components', { min: 1, max: MAX_COMPONENTS })
  if (entries === undefined) {
    throw invalidRequest('An image recipe needs between 1 and 20 components.')
  }
  const configurations = entries.map((entry) => {
    const componentArn = entry.requiredString(
      'componentArn',
      'componentVersionArnOrBuildVersionArn'
    )
    const component = context.resources.components.resolve(componentArn)
    if (component === undefined || arnRegion(componentArn) !== context.region) {
      throw invalidParameterValue(
        'components',
        `The component ${componentArn} does not exist in ${context.region}.`
      )
    }
    if (component.platform !== context.platform) {
      throw invalidRequest(
        `The component ${componentArn} is for ${component.platform}, but the parent image is ${context.platform}.`
      )
    }
    const parameters = readParameters(entry, component)
    return {
      configuration: { componentArn, ...(parameters === undefined ? {} : { parameters }) },
      component
    }
  })
  if (!configurations.some(({ component }) => component.type === 'BUILD')) {
    throw invalidRequest('An image recipe needs at least one build component.')
  }
  return configurations.map(({ configuration }) => configuration)
}

function readParameters(
  entry: OperationInput,
  component: Component
): ComponentConfiguration['parameters'] {
  const parameters = entry.optionalObjectList('parameters', { min: 1 })
  return parameters?.map((parameter) => {
    const name = parameter.requiredString('name')
    if (name.length > 256) throw invalidParameterValue('parameters.name', 'at most 256 characters.')
    const value = parameter.optionalStringList('value', { allowEmpty: true })
    if (value === undefined) throw missingParameter('parameters.value')
    if (!(component.parameters ?? []).some((declared) => declared.name === name)) {
      throw invalidParameterValue(
        'parameters',
        `The component ${component.arn} declares no parameter named '${name}'.`
      )
    }
    return { name, value }
  })
}
