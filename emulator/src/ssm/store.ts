/** SSM Parameter Store per region: each parameter's current value and version. */
import type { SsmParameterRecord, SsmParameterWrite, SsmStore } from '../stores.js'

export class MemorySsmStore implements SsmStore {
  private readonly parameters = new Map<string, SsmParameterRecord>()

  getParameter(region: string, name: string): SsmParameterRecord | undefined {
    const found = this.parameters.get(keyOf(region, name))
    return found === undefined ? undefined : { ...found }
  }

  putParameter(region: string, write: SsmParameterWrite): SsmParameterRecord {
    const previous = this.parameters.get(keyOf(region, write.name))
    const { now, description, ...rest } = write
    const record: SsmParameterRecord = {
      ...rest,
      version: (previous?.version ?? 0) + 1,
      lastModifiedDate: now,
      // An overwrite without a description keeps the one the parameter had.
      ...((description ?? previous?.description) === undefined
        ? {}
        : { description: description ?? previous?.description })
    }
    this.parameters.set(keyOf(region, write.name), record)
    return { ...record }
  }
}

function keyOf(region: string, name: string): string {
  return `${region}|${name}`
}
