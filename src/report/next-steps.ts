/**
 * What to do about a failure, where its text says enough to know: the reason patterns that the
 * Image Builder team's debugging guide lists (amazon-ec2-image-builder-samples, debugging/README.md).
 */

interface Remedy {
  /** Matched against the reason, the failed step's message, the component's error and output. */
  pattern: RegExp
  advice: string
  /** Only when no component is known to have failed (a component's failure says more). */
  withoutComponent?: boolean
}

const REMEDIES: readonly Remedy[] = [
  {
    // SendCommand finds no instance when the SSM agent never registered with Systems Manager.
    pattern:
      /InvalidInstanceId[\s\S]*SendCommand|SSM agent|ssmAgent|not registered with (?:AWS )?Systems Manager/i,
    advice:
      "The instance never registered with Systems Manager. Attach the AmazonSSMManagedInstanceCore policy to the instance profile's role, and let the subnet reach Systems Manager (a NAT gateway, or VPC endpoints for ssm, ssmmessages and ec2messages)."
  },
  {
    pattern:
      /iamInstanceProfileName[\s\S]*null|instance ?profile[\s\S]*(?:not found|does not exist|invalid)/i,
    advice:
      'The instance profile is missing or unusable: set instance-profile to an instance profile whose role has the AmazonSSMManagedInstanceCore and EC2InstanceProfileForImageBuilder policies.'
  },
  {
    pattern: /RunInstances|InsufficientInstanceCapacity|InstanceLimitExceeded|Unsupported/,
    advice:
      "The instance could not be launched: try other instance-types or another subnet, and check the account's EC2 quotas in this region."
  },
  {
    pattern: /ListCommandInvocations returned terminal state Failed/,
    withoutComponent: true,
    advice:
      "The command on the instance failed before AWSTOE reported a result: read its Run Command output (the step's runCommandId) or the AWSTOE log bundle in S3."
  },
  {
    pattern: /AccessDenied|not authori[sz]ed|KMS|kms:/,
    advice:
      "A permission was missing: check the execution role and the instance profile's role, and for encrypted AMIs shared to other accounts or regions, the KMS key's policy."
  }
]

const COMPONENT_ADVICE =
  'Reproduce it with AWSTOE on an instance from the same parent image (awstoe run --documents <document> --phases <phase>); then read what the failing step printed.'

/** Advice for the first pattern the texts match; for a component failure, how to reproduce it. */
export function nextStep(
  texts: readonly (string | undefined)[],
  componentFailed: boolean
): string | undefined {
  const joined = texts.filter(Boolean).join('\n')
  const remedy = REMEDIES.find(
    ({ pattern, withoutComponent }) =>
      !(withoutComponent && componentFailed) && pattern.test(joined)
  )
  return remedy?.advice ?? (componentFailed ? COMPONENT_ADVICE : undefined)
}
