/** Confirming the build account's AMIs with EC2 DescribeImages, against the emulator's EC2. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { mockClient } from 'aws-sdk-client-mock'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import type { Ec2ImageRecord, Ec2ImageState } from '../../emulator/src/stores.js'
import { verifyAmis } from '../../src/finish/verify-amis.js'
import { anAwsError } from './factories.js'

const MADE = '2026-11-23T10:00:00.000Z'
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }

let emu: Emulator
let clients: EC2Client[]

beforeEach(async () => {
  emu = await startEmulator({ port: 0 })
  clients = []
})

afterEach(async () => {
  clients.forEach((client) => client.destroy())
  await emu.close()
})

/** An EC2 client per region, as AwsClients.ec2 hands them out. */
function ec2(region: string): Promise<EC2Client> {
  const client = new EC2Client({ region, endpoint: emu.url, credentials, maxAttempts: 1 })
  clients.push(client)
  return Promise.resolve(client)
}

let registered = 0

/** Registers an AMI of the emulator's account in EC2 and returns its ID. */
function anAmiIn(
  region: string,
  state: Ec2ImageState = 'available',
  blockDeviceMappings: Ec2ImageRecord['blockDeviceMappings'] = []
): string {
  registered += 1
  const imageId = `ami-0${String(registered).padStart(16, '0')}`
  const image: Ec2ImageRecord = {
    imageId,
    region,
    ownerId: emu.accountId,
    name: `golden-${registered}`,
    state,
    creationDate: MADE,
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    rootDeviceName: '/dev/xvda',
    blockDeviceMappings,
    tags: {},
    launchPermissions: []
  }
  emu.ec2Store.putImage(image)
  return imageId
}

describe('verifyAmis', () => {
  it('confirms every AMI in its own region, one result per AMI in the given order, with when EC2 made it', async () => {
    const amis = { 'us-east-1': anAmiIn('us-east-1'), 'eu-west-1': anAmiIn('eu-west-1') }

    expect(await verifyAmis(ec2, amis)).toEqual([
      { region: 'us-east-1', imageId: amis['us-east-1'], state: 'available', creationDate: MADE },
      { region: 'eu-west-1', imageId: amis['eu-west-1'], state: 'available', creationDate: MADE }
    ])
    const asked = emu.requestsFor('DescribeImages').map(({ region, input }) => [region, input])
    expect(asked).toEqual(
      expect.arrayContaining([
        ['us-east-1', expect.objectContaining({ 'ImageId.1': amis['us-east-1'] })],
        ['eu-west-1', expect.objectContaining({ 'ImageId.1': amis['eu-west-1'] })]
      ])
    )
  })

  it("adds up the AMI's EBS volume sizes, the most its snapshots hold", async () => {
    const volume = (
      deviceName: string,
      volumeSize: number
    ): Ec2ImageRecord['blockDeviceMappings'][number] => ({
      deviceName,
      snapshotId: `snap-0${String(volumeSize).padStart(16, '0')}`,
      volumeSize,
      volumeType: 'gp3',
      deleteOnTermination: true,
      encrypted: false
    })
    const imageId = anAmiIn('us-east-1', 'available', [
      volume('/dev/xvda', 30),
      volume('/dev/sdf', 100)
    ])

    expect(await verifyAmis(ec2, { 'us-east-1': imageId })).toEqual([
      { region: 'us-east-1', imageId, state: 'available', creationDate: MADE, snapshotGiB: 130 }
    ])
  })

  it('reports an AMI that EC2 does not know in its region as missing', async () => {
    const elsewhere = anAmiIn('us-east-1')

    expect(await verifyAmis(ec2, { 'eu-west-1': elsewhere })).toEqual([
      { region: 'eu-west-1', imageId: elsewhere, state: 'missing' }
    ])
  })

  it.each(['pending', 'failed', 'deregistered'] as const)(
    'reports an AMI that is %s with its state',
    async (state) => {
      const imageId = anAmiIn('us-east-1', state)

      expect(await verifyAmis(ec2, { 'us-east-1': imageId })).toEqual([
        { region: 'us-east-1', imageId, state: 'other', imageState: state }
      ])
    }
  )

  it('marks a region it could not ask as unverified, and still answers for the others', async () => {
    const available = anAmiIn('us-east-1')
    emu.injectFault({ kind: 'server-error', service: 'ec2', region: 'eu-west-1' })

    const results = await verifyAmis(ec2, {
      'us-east-1': available,
      'eu-west-1': 'ami-0123456789abcdef0'
    })

    expect(results).toEqual([
      { region: 'us-east-1', imageId: available, state: 'available', creationDate: MADE },
      {
        region: 'eu-west-1',
        imageId: 'ami-0123456789abcdef0',
        state: 'unverified',
        error: expect.stringContaining('InternalError')
      }
    ])
  })

  it('asks nothing when the build made no AMI', async () => {
    expect(await verifyAmis(ec2, {})).toEqual([])
    expect(emu.requestsFor('DescribeImages')).toEqual([])
  })
})

describe('verifyAmis, with EC2 stubbed', () => {
  const client = new EC2Client({ region: 'us-east-1', credentials })
  const stub = mockClient(client)
  const stubbed = (): Promise<EC2Client> => Promise.resolve(client)
  const imageId = 'ami-0123456789abcdef0'

  it('keeps the reason EC2 gives for a failed AMI', async () => {
    stub.on(DescribeImagesCommand).resolves({
      Images: [
        {
          ImageId: imageId,
          State: 'failed',
          StateReason: { Code: 'Client.Error', Message: 'Snapshot copy failed' }
        }
      ]
    })

    expect(await verifyAmis(stubbed, { 'us-east-1': imageId })).toEqual([
      {
        region: 'us-east-1',
        imageId,
        state: 'other',
        imageState: 'failed',
        reason: 'Snapshot copy failed'
      }
    ])
  })

  it('passes expired credentials on, for the caller to explain', async () => {
    const expired = anAwsError('ExpiredToken')
    stub.on(DescribeImagesCommand).rejects(expired)

    await expect(verifyAmis(stubbed, { 'us-east-1': imageId })).rejects.toBe(expired)
  })
})
