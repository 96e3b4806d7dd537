/** The part of the SSM client the action uses, for `import()` (see ec2.ts). */
export { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
