/**
 * The part of the ECR client the action uses, for `import()` (see ec2.ts): container recipes check
 * their target repositories before anything is created, and read the pushed image's digest.
 */
export { DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr'
