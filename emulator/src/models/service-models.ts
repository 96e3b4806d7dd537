/**
 * AWS's service models as the emulator's law: the shapes and constraints that
 * scripts/derive-service-models.ts keeps from botocore (emulator/models/service-models.json).
 */
import { readFileSync } from 'node:fs'

export interface MemberRef {
  shape: string
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode'
  locationName?: string
  queryName?: string
  flattened?: boolean
  idempotencyToken?: boolean
}

export interface Shape {
  type:
    | 'structure'
    | 'list'
    | 'map'
    | 'string'
    | 'integer'
    | 'long'
    | 'float'
    | 'double'
    | 'boolean'
    | 'timestamp'
    | 'blob'
  required?: string[]
  members?: Record<string, MemberRef>
  member?: MemberRef
  key?: MemberRef
  value?: MemberRef
  min?: number
  max?: number
  pattern?: string
  enum?: string[]
  flattened?: boolean
  timestampFormat?: string
  locationName?: string
  exception?: boolean
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean }
}

export interface OperationModel {
  http: { method: string; requestUri: string }
  input?: string
  output?: string
  resultWrapper?: string
  errors?: string[]
}

export interface ServiceModel {
  metadata: {
    protocol: 'rest-json' | 'json' | 'ec2' | 'query'
    apiVersion: string
    targetPrefix?: string
    xmlNamespace?: string
  }
  operations: Record<string, OperationModel>
  shapes: Record<string, Shape>
}

export interface ServiceModels {
  source: { repository: string; version: string; commit: string; license: string }
  services: Record<string, ServiceModel>
}

let loaded: ServiceModels | undefined

export function serviceModels(): ServiceModels {
  loaded ??= JSON.parse(
    readFileSync(new URL('../../models/service-models.json', import.meta.url), 'utf8')
  ) as ServiceModels
  return loaded
}

export function serviceModel(service: string): ServiceModel | undefined {
  const { services } = serviceModels()
  return Object.hasOwn(services, service) ? services[service] : undefined
}

export function operationModel(service: string, operation: string): OperationModel | undefined {
  const model = serviceModel(service)
  if (model === undefined || !Object.hasOwn(model.operations, operation)) return undefined
  return model.operations[operation]
}

export function shapeOf(model: ServiceModel, name: string): Shape {
  const shape = model.shapes[name]
  if (shape === undefined) throw new Error(`the service model has no shape ${name}`)
  return shape
}
