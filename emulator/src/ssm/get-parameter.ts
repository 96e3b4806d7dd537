/** GetParameter and GetParameters: a parameter's current value, version and metadata. */
import type { SsmParameterRecord } from '../stores.js'
import { parameterNotFound } from './errors.js'
import type { SsmCall } from './operation.js'
import { candidateNames, parameterArn } from './parameter-names.js'

const MAX_NAMES = 10

export function getParameter(call: SsmCall): object {
  const name = call.params.requiredString('Name')
  const found = findParameter(call, name)
  if (found === undefined) throw parameterNotFound(name)
  return { Parameter: parameterView(call, found) }
}

/** Unknown names are listed as InvalidParameters rather than failing the call. */
export function getParameters(call: SsmCall): object {
  const names = call.params.optionalStringList('Names', MAX_NAMES) ?? []
  if (names.length === 0) call.params.requiredString('Names')
  const found = names.map((name) => ({ name, parameter: findParameter(call, name) }))
  return {
    Parameters: found.flatMap(({ parameter }) =>
      parameter === undefined ? [] : [parameterView(call, parameter)]
    ),
    InvalidParameters: found
      .filter(({ parameter }) => parameter === undefined)
      .map(({ name }) => name)
  }
}

function findParameter(call: SsmCall, nameOrArn: string): SsmParameterRecord | undefined {
  return candidateNames(nameOrArn, call.region, call.accountId)
    .map((name) => call.store.getParameter(call.region, name))
    .find((parameter) => parameter !== undefined)
}

/** `LastModifiedDate` is a timestamp, which awsJson1.1 sends as epoch seconds. */
function parameterView(call: SsmCall, parameter: SsmParameterRecord): object {
  const decrypt = call.params.optionalBoolean('WithDecryption') ?? false
  return {
    Name: parameter.name,
    Type: parameter.type,
    Value:
      parameter.type === 'SecureString' && !decrypt ? sealed(parameter.value) : parameter.value,
    Version: parameter.version,
    LastModifiedDate: parameter.lastModifiedDate / 1000,
    ARN: parameterArn(call.region, call.accountId, parameter.name),
    DataType: parameter.dataType
  }
}

/** Without decryption a SecureString comes back as ciphertext; the emulator's is not a real one. */
function sealed(value: string): string {
  return `AQICAH${Buffer.from(value, 'utf8').toString('base64')}`
}
