/**
 * One EC2 call on each AMI of the build account, in its own region, after the build: what tagging
 * and deprecating the AMIs share. The call gets the start's patience under throttling (setting the
 * same tags or deprecation time again changes nothing), and one region's failure never stops the
 * others: each failure comes back as `ami-… in <region>: <why>` for the step's error.
 */
import type { EC2Client } from '@aws-sdk/client-ec2'
import { describeError } from '../aws/errors.js'
import { startPatienceFrom, type StartPatience } from '../aws/retry.js'
import type { RunContext } from '../context.js'

export type AmiCall = (
  ec2: EC2Client,
  ami: { region: string; imageId: string },
  patience: StartPatience
) => Promise<void>

export async function callForEachAmi(
  { clients, env }: Pick<RunContext, 'clients' | 'env'>,
  amis: Record<string, string>,
  call: AmiCall
): Promise<string[]> {
  const patience = startPatienceFrom(env)
  const failures: string[] = []
  for (const [region, imageId] of Object.entries(amis)) {
    try {
      await call(await clients.ec2(region), { region, imageId }, patience)
    } catch (error) {
      failures.push(`${imageId} in ${region}: ${describeError(error)}`)
    }
  }
  return failures
}
