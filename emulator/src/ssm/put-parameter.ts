/**
 * PutParameter: creates a parameter at version 1; with `Overwrite` replaces its value with the next
 * version. `aws:ec2:image` parameters must hold an AMI ID.
 */
import type { SsmParameterDataType, SsmParameterType } from '../stores.js'
import { parameterAlreadyExists, validationError } from './errors.js'
import type { SsmCall } from './operation.js'
import { assertValidName } from './parameter-names.js'

const TYPES: readonly SsmParameterType[] = ['String', 'StringList', 'SecureString']
const DATA_TYPES: readonly SsmParameterDataType[] = ['text', 'aws:ec2:image', 'aws:ssm:integration']
const MAX_STANDARD_VALUE = 4096
const MAX_TAGS = 50

export function putParameter(call: SsmCall): object {
  const { params, store, region, now } = call
  const name = params.requiredString('Name')
  const value = params.requiredString('Value')
  const overwrite = params.optionalBoolean('Overwrite') ?? false
  const tags = params.optionalStructureList('Tags', MAX_TAGS)
  const description = params.optionalString('Description', 0)
  assertValidName(name)
  if (value.length > MAX_STANDARD_VALUE) {
    throw validationError(
      `Standard tier parameters support a maximum parameter value of ${MAX_STANDARD_VALUE} characters.`
    )
  }
  if (tags !== undefined && overwrite) {
    throw validationError(
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource."
    )
  }
  const existing = store.getParameter(region, name)
  if (existing !== undefined && !overwrite) throw parameterAlreadyExists()
  const type = params.optionalEnum('Type', TYPES) ?? existing?.type
  if (type === undefined) {
    throw validationError('A parameter type is required when you create a parameter.')
  }
  const dataType = params.optionalEnum('DataType', DATA_TYPES) ?? existing?.dataType ?? 'text'
  if (dataType === 'aws:ec2:image' && (type !== 'String' || !/^ami-[0-9a-f]{8,17}$/.test(value))) {
    throw validationError(
      `Parameter value ${value} is not valid for data type aws:ec2:image: it must be a String holding an AMI ID (ami-...).`
    )
  }
  const written = store.putParameter(region, {
    name,
    value,
    type,
    dataType,
    ...(description === undefined ? {} : { description }),
    now
  })
  return { Version: written.version, Tier: 'Standard' }
}
