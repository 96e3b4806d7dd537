/** The emulator's CloudWatch Logs: log groups, streams and events per region, over awsJson1.1. */
export { logsService } from './service.js'
export {
  MemoryLogStore,
  type LogGroupRecord,
  type LogStreamRecord,
  type StoredLogEvent
} from './store.js'
