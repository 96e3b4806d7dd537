/** The emulator's EC2: AMIs and their snapshots per region, served over the ec2Query protocol. */
export { ec2Service } from './service.js'
export { MemoryEc2Store, type Ec2SnapshotRecord, type Ec2SnapshotState } from './store.js'
