/**
 * The ECR handler (awsJson1.1, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Operation>`):
 * DescribeRepositories and DescribeImages, the reads a container build's caller makes before and
 * after the build. Repositories are seeded through the emulator's API; builds push images.
 */
import { randomUUID } from 'node:crypto'
import { JsonParams } from '../aws-json/json-params.js'
import { awsJsonResponse, renderAwsJsonError, targetOperation } from '../aws-json/wire.js'
// The same opaque offset tokens as the Logs listings; ECR too answers a bad one with InvalidParameterException.
import { pageOf } from '../logs/page-token.js'
import { AwsError, type ServiceHandler, type ServiceRequest } from '../protocol.js'
import type { EcrImageRecord, EcrRepositoryRecord, EcrStore } from '../stores.js'
import {
  ECR_VIOLATION_CODE,
  imageNotFound,
  invalidParameter,
  repositoryNotFound
} from './errors.js'

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.'
/** The model's RepositoryName pattern, anchored, and its 2–256 length. */
const REPOSITORY_NAME =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/
const TAG_STATUSES = ['TAGGED', 'UNTAGGED', 'ANY'] as const
const DEFAULT_PAGE = 100

interface EcrCall {
  store: EcrStore
  params: JsonParams
  region: string
  accountId: string
}

export const OPERATIONS: Record<string, (call: EcrCall) => object> = {
  DescribeRepositories: describeRepositories,
  DescribeImages: describeImages
}

export function ecrService(store: EcrStore): ServiceHandler {
  return {
    operationOf: (request) => targetOperation(request, TARGET_PREFIX),
    handle: (request) => handleEcrRequest(store, request),
    renderError: renderAwsJsonError
  }
}

function handleEcrRequest(store: EcrStore, request: ServiceRequest) {
  const name = targetOperation(request, TARGET_PREFIX)
  const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined
  if (operation === undefined) {
    throw new AwsError(
      'InvalidAction',
      `The emulator does not serve the ECR operation ${name}.`,
      400
    )
  }
  const result = operation({
    store,
    params: JsonParams.parse(request.body, ECR_VIOLATION_CODE),
    region: request.region,
    accountId: request.accountId
  })
  return awsJsonResponse(result, request.requestId ?? randomUUID())
}

function describeRepositories(call: EcrCall): object {
  const { params, store, region } = call
  const registryId = ownRegistry(call)
  const names = params.optionalStringList('repositoryNames', 100)
  const maxResults = params.optionalInteger('maxResults', { min: 1, max: 1000 })
  const nextToken = params.optionalString('nextToken')
  if (names !== undefined && (maxResults !== undefined || nextToken !== undefined)) {
    throw invalidParameter(
      "Invalid parameter at 'maxResults' failed to satisfy constraint: 'maxResults' and 'nextToken' cannot be used with 'repositoryNames'"
    )
  }
  if (names !== undefined) {
    return {
      repositories: names.map((name) => {
        requireRepositoryName(name)
        const found = store.getRepository(region, name)
        if (found === undefined) throw repositoryNotFound(name, registryId)
        return repositoryView(found)
      })
    }
  }
  const page = pageOf(
    store.listRepositories(region),
    maxResults ?? DEFAULT_PAGE,
    nextToken,
    `DescribeRepositories|${region}`
  )
  return {
    repositories: page.items.map(repositoryView),
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

function describeImages(call: EcrCall): object {
  const { params, store, region } = call
  const registryId = ownRegistry(call)
  const repositoryName = params.requiredString('repositoryName')
  requireRepositoryName(repositoryName)
  const ids = params.optionalStructureList('imageIds', 100)
  const maxResults = params.optionalInteger('maxResults', { min: 1, max: 1000 })
  const nextToken = params.optionalString('nextToken')
  if (store.getRepository(region, repositoryName) === undefined)
    throw repositoryNotFound(repositoryName, registryId)
  const images = store.listImages(region, repositoryName)
  const view = (image: EcrImageRecord) => imageView(image, repositoryName, registryId)
  if (ids !== undefined) {
    if (ids.length === 0) throw invalidParameter("Invalid parameter at 'imageIds': empty list")
    if (maxResults !== undefined || nextToken !== undefined) {
      throw invalidParameter(
        "Invalid parameter at 'maxResults' failed to satisfy constraint: 'maxResults' and 'nextToken' cannot be used with 'imageIds'"
      )
    }
    const found = ids.map((id) => {
      const wanted = {
        imageDigest: id.optionalString('imageDigest'),
        imageTag: id.optionalString('imageTag')
      }
      const image = images.find(
        (candidate) =>
          (wanted.imageDigest === undefined || candidate.imageDigest === wanted.imageDigest) &&
          (wanted.imageTag === undefined || candidate.imageTags.includes(wanted.imageTag)) &&
          (wanted.imageDigest !== undefined || wanted.imageTag !== undefined)
      )
      if (image === undefined) throw imageNotFound(wanted, repositoryName, registryId)
      return image
    })
    return { imageDetails: [...new Set(found)].map(view) }
  }
  const tagStatus =
    params.optionalStructure('filter')?.optionalEnum('tagStatus', TAG_STATUSES) ?? 'ANY'
  const listed = images.filter(
    (image) => tagStatus === 'ANY' || (tagStatus === 'TAGGED') === image.imageTags.length > 0
  )
  const page = pageOf(
    listed,
    maxResults ?? DEFAULT_PAGE,
    nextToken,
    `DescribeImages|${region}|${repositoryName}|${tagStatus}`
  )
  return {
    imageDetails: page.items.map(view),
    ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken })
  }
}

/** Only the caller's own registry is served; another account's is another registry's answer. */
function ownRegistry(call: EcrCall): string {
  const registryId = call.params.optionalString('registryId')
  if (registryId !== undefined && !/^[0-9]{12}$/.test(registryId)) {
    throw invalidParameter(
      `Invalid parameter at 'registryId' failed to satisfy constraint: 'must satisfy regular expression '[0-9]{12}''`
    )
  }
  return registryId ?? call.accountId
}

function requireRepositoryName(name: string): void {
  if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
    throw invalidParameter(
      `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`
    )
  }
}

/** Timestamps are epoch seconds in awsJson1.1. */
function repositoryView(repository: EcrRepositoryRecord): object {
  const { repositoryName, region, registryId, createdAt } = repository
  return {
    repositoryArn: `arn:aws:ecr:${region}:${registryId}:repository/${repositoryName}`,
    registryId,
    repositoryName,
    repositoryUri: `${registryUri(registryId, region)}/${repositoryName}`,
    createdAt: createdAt / 1000,
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: false },
    encryptionConfiguration: { encryptionType: 'AES256' }
  }
}

function imageView(image: EcrImageRecord, repositoryName: string, registryId: string): object {
  return {
    registryId,
    repositoryName,
    imageDigest: image.imageDigest,
    ...(image.imageTags.length > 0 ? { imageTags: image.imageTags } : {}),
    imageSizeInBytes: image.imageSizeInBytes,
    imagePushedAt: image.imagePushedAt / 1000,
    imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    artifactMediaType: 'application/vnd.docker.container.image.v1+json',
    imageStatus: 'ACTIVE'
  }
}

/** `<account>.dkr.ecr.<region>.amazonaws.com`: the registry host of an account in a region. */
export function registryUri(registryId: string, region: string): string {
  return `${registryId}.dkr.ecr.${region}.amazonaws.com`
}
