/** The emulator's SSM Parameter Store, per region, over awsJson1.1. */
export { ssmService } from './service.js'
export { MemorySsmStore } from './store.js'
