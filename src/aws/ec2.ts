/**
 * The part of the EC2 client the action uses, for `import()`: an `import()` of the package itself
 * would bundle every one of its operations (2 MB), since a bundler cannot tell which a dynamic
 * import's caller will read. The same holds for logs.ts and ssm.ts.
 */
export {
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  EnableImageDeprecationCommand,
  GetImageBlockPublicAccessStateCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
