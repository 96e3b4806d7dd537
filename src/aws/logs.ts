/** The part of the CloudWatch Logs client the action uses, for `import()` (see ec2.ts). */
export { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
