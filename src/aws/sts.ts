/** The part of the STS client the action uses, for `import()` (see ec2.ts). */
export { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
