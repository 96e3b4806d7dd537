/** ECR's modelled errors for the operations the emulator serves. */
import { AwsError } from '../protocol.js'

/** ECR reports a request member outside its constraints as InvalidParameterException. */
export const ECR_VIOLATION_CODE = 'InvalidParameterException'

export function invalidParameter(message: string): AwsError {
  return new AwsError(ECR_VIOLATION_CODE, message, 400)
}

export function repositoryNotFound(repositoryName: string, registryId: string): AwsError {
  return new AwsError(
    'RepositoryNotFoundException',
    `The repository with name '${repositoryName}' does not exist in the registry with id '${registryId}'`,
    400
  )
}

export function imageNotFound(
  imageId: { imageDigest?: string; imageTag?: string },
  repositoryName: string,
  registryId: string
): AwsError {
  return new AwsError(
    'ImageNotFoundException',
    `The image with imageId {imageDigest:'${imageId.imageDigest ?? 'null'}', imageTag:'${imageId.imageTag ?? 'null'}'} does not exist within the repository with name '${repositoryName}' in the registry with id '${registryId}'`,
    400
  )
}
