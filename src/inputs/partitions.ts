/**
 * ARNs and regions must agree: an ARN's partition matches its region, and everything a build
 * touches is in the build region's partition (aws, aws-cn or aws-us-gov). A mix fails only at AWS,
 * possibly after the action has created things, so it is refused before any call.
 */
import {
  arnPartitionProblem,
  type Partition,
  parseArn,
  partitionOf,
  regionProblem
} from '../domain/arns.js'
import type { RecipeInputs } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import type { InputName } from './defaults.js'

/** Refuses an ARN whose partition and region disagree, or whose partition is not `buildPartition`. */
export function requireConsistentArn(
  input: InputName,
  text: string,
  buildPartition?: Partition
): void {
  const arn = parseArn(text)
  // Not an ARN at all (an AMI ID, a component name): its own pattern speaks for it.
  if (arn === undefined) return
  const problem = arnPartitionProblem(arn, buildPartition)
  if (problem !== undefined) throw new InputError(input, `'${text}': ${problem}`)
}

/** Refuses a malformed region, one outside the supported partitions, or one of another partition. */
export function requireRegion(input: InputName, region: string, buildPartition?: Partition): void {
  const problem = regionProblem(region)
  if (problem !== undefined) throw new InputError(input, problem)
  const partition = partitionOf(region)
  if (buildPartition !== undefined && partition !== buildPartition) {
    throw new InputError(
      input,
      `'${region}' is in partition ${partition}, the build region in ${buildPartition}: Image Builder does not cross partitions`
    )
  }
}

/** Every ARN of a recipe in the build region's partition. */
export function requireRecipePartition(inputs: RecipeInputs): void {
  const partition = partitionOf(inputs.region)
  requireConsistentArn('parent-image', inputs.parentImage, partition)
  if (inputs.snsTopicArn !== undefined)
    requireConsistentArn('sns-topic', inputs.snsTopicArn, partition)
  for (const { source } of inputs.components) requireConsistentArn('components', source, partition)
}
