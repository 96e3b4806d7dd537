/** The emulator's ECR: repositories per region and the images container builds push, over awsJson1.1. */
export { ecrService, registryUri } from './service.js'
export { MemoryEcrStore } from './store.js'
