import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateTagsCommand,
  DescribeImagesCommand,
  type DescribeImagesCommandInput,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  EnableImageDeprecationCommand,
  GetImageBlockPublicAccessStateCommand,
  paginateDescribeImages,
  type Image
} from '@aws-sdk/client-ec2'
import { MemoryEc2Store, ec2Service } from '../../emulator/src/ec2/index.js'
import { AwsError } from '../../emulator/src/protocol.js'
import { REGIONS } from '../../emulator/src/regions.js'
import type { Ec2ImageRecord } from '../../emulator/src/stores.js'
import { TEST_ACCOUNT_ID, rejectionOf, transport, type TransportOptions } from './sdk-transport.js'

const REGION = 'eu-west-1'
const OTHER_ACCOUNT = '210987654321'

let serial = 0
function hexId(prefix: string): string {
  serial += 1
  return `${prefix}-${serial.toString(16).padStart(17, '0')}`
}

function amiRecord(overrides: Partial<Ec2ImageRecord> = {}): Ec2ImageRecord {
  return {
    imageId: hexId('ami'),
    region: REGION,
    ownerId: TEST_ACCOUNT_ID,
    name: `my-recipe ${String(serial)}`,
    state: 'available',
    creationDate: '2026-11-23T10:00:00.000Z',
    architecture: 'x86_64',
    platformDetails: 'Linux/UNIX',
    rootDeviceName: '/dev/xvda',
    blockDeviceMappings: [
      {
        deviceName: '/dev/xvda',
        snapshotId: hexId('snap'),
        volumeSize: 8,
        volumeType: 'gp3',
        deleteOnTermination: true,
        encrypted: false
      }
    ],
    tags: {},
    launchPermissions: [],
    ...overrides
  }
}

function snapshotOf(image: Ec2ImageRecord): string {
  const snapshotId = image.blockDeviceMappings[0]?.snapshotId
  if (snapshotId === undefined) throw new Error('the factory always adds a block device')
  return snapshotId
}

function ec2Client(store: MemoryEc2Store, region = REGION, options: TransportOptions = {}) {
  return new EC2Client({
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: transport(ec2Service(store), 'ec2', region, options)
  })
}

function idsOf(images: Image[] | undefined): (string | undefined)[] {
  return (images ?? []).map((image) => image.ImageId)
}

let store: MemoryEc2Store
let client: EC2Client

beforeEach(() => {
  store = new MemoryEc2Store()
  client = ec2Client(store)
})

describe('DescribeImages', () => {
  it('returns an AMI by ID with its wire fields read back by the SDK', async () => {
    const ami = amiRecord({ tags: { CreatedBy: 'EC2 Image Builder' }, description: 'built' })
    store.putImage(ami)

    const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] }))

    expect(Images).toHaveLength(1)
    expect(Images?.[0]).toMatchObject({
      ImageId: ami.imageId,
      State: 'available',
      OwnerId: TEST_ACCOUNT_ID,
      Name: ami.name,
      Description: 'built',
      CreationDate: '2026-11-23T10:00:00.000Z',
      Architecture: 'x86_64',
      ImageType: 'machine',
      Public: false,
      RootDeviceType: 'ebs',
      PlatformDetails: 'Linux/UNIX',
      Tags: [{ Key: 'CreatedBy', Value: 'EC2 Image Builder' }],
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/xvda',
          Ebs: expect.objectContaining({
            SnapshotId: snapshotOf(ami),
            VolumeSize: 8,
            VolumeType: 'gp3'
          })
        }
      ]
    })
  })

  it('follows the state the build sets on the AMI', async () => {
    const ami = amiRecord({ state: 'pending' })
    store.putImage(ami)
    store.setImageState(REGION, ami.imageId, 'available')

    const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] }))

    expect(Images?.[0]?.State).toBe('available')
  })

  it('selects AMIs by tag, OR-ing values and AND-ing filters', async () => {
    const prod = amiRecord({ tags: { env: 'prod', team: 'a' } })
    const staging = amiRecord({ tags: { env: 'staging', team: 'a' } })
    const other = amiRecord({ tags: { env: 'prod', team: 'b' } })
    ;[prod, staging, other].forEach((image) => {
      store.putImage(image)
    })

    const { Images } = await client.send(
      new DescribeImagesCommand({
        Filters: [
          { Name: 'tag:env', Values: ['prod', 'staging'] },
          { Name: 'tag:team', Values: ['a'] }
        ]
      })
    )

    expect(idsOf(Images)).toEqual([prod.imageId, staging.imageId])
  })

  it('matches names with * and ? wildcards', async () => {
    const first = amiRecord({ name: 'web 2026-11-23T10-00' })
    const second = amiRecord({ name: 'web 2026-11-24T10-00' })
    const unrelated = amiRecord({ name: 'db 2026-11-23T10-00' })
    ;[first, second, unrelated].forEach((image) => {
      store.putImage(image)
    })

    const star = await client.send(
      new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: ['web *'] }] })
    )
    const question = await client.send(
      new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: ['web 2026-11-2?T10-00'] }] })
    )

    expect(idsOf(star.Images)).toEqual([first.imageId, second.imageId])
    expect(idsOf(question.Images)).toEqual([first.imageId, second.imageId])
  })

  it('scopes by owner: self, amazon and account IDs', async () => {
    const mine = amiRecord()
    const amazon = amiRecord({ ownerId: '137112412989', ownerAlias: 'amazon' })
    const shared = amiRecord({ ownerId: OTHER_ACCOUNT, launchPermissions: [TEST_ACCOUNT_ID] })
    const hidden = amiRecord({ ownerId: '333333333333' })
    ;[mine, amazon, shared, hidden].forEach((image) => {
      store.putImage(image)
    })

    const self = await client.send(new DescribeImagesCommand({ Owners: ['self'] }))
    const byAlias = await client.send(new DescribeImagesCommand({ Owners: ['amazon'] }))
    const byAccount = await client.send(new DescribeImagesCommand({ Owners: [OTHER_ACCOUNT] }))
    const everything = await client.send(new DescribeImagesCommand({}))
    const executable = await client.send(new DescribeImagesCommand({ ExecutableUsers: ['self'] }))

    expect(idsOf(self.Images)).toEqual([mine.imageId])
    expect(idsOf(byAlias.Images)).toEqual([amazon.imageId])
    expect(byAlias.Images?.[0]?.ImageOwnerAlias).toBe('amazon')
    expect(idsOf(byAccount.Images)).toEqual([shared.imageId])
    expect(idsOf(everything.Images)).toEqual([mine.imageId, amazon.imageId, shared.imageId])
    expect(idsOf(executable.Images)).toEqual([shared.imageId])
  })

  it('filters by state, architecture, platform and snapshot ID', async () => {
    const windows = amiRecord({
      platform: 'windows',
      platformDetails: 'Windows',
      architecture: 'x86_64'
    })
    const arm = amiRecord({ architecture: 'arm64', state: 'pending' })
    ;[windows, arm].forEach((image) => {
      store.putImage(image)
    })

    const send = (name: string, value: string) =>
      client.send(new DescribeImagesCommand({ Filters: [{ Name: name, Values: [value] }] }))

    expect(idsOf((await send('platform', 'windows')).Images)).toEqual([windows.imageId])
    expect(idsOf((await send('architecture', 'arm64')).Images)).toEqual([arm.imageId])
    expect(idsOf((await send('state', 'pending')).Images)).toEqual([arm.imageId])
    expect(idsOf((await send('block-device-mapping.snapshot-id', snapshotOf(arm))).Images)).toEqual(
      [arm.imageId]
    )
    expect(idsOf((await send('image-type', 'machine')).Images)).toHaveLength(2)
    expect((await send('platform', 'windows')).Images?.[0]?.Platform).toBe('windows')
  })

  it('pages with MaxResults and NextToken, and the SDK paginator walks every page', async () => {
    const images = Array.from({ length: 12 }, () => amiRecord())
    images.forEach((image) => {
      store.putImage(image)
    })

    const first = await client.send(new DescribeImagesCommand({ MaxResults: 5 }))
    const second = await client.send(
      new DescribeImagesCommand({ MaxResults: 5, NextToken: first.NextToken })
    )
    const walked: (string | undefined)[] = []
    for await (const page of paginateDescribeImages({ client, pageSize: 5 }, {})) {
      walked.push(...idsOf(page.Images))
    }

    expect(idsOf(first.Images)).toEqual(images.slice(0, 5).map((image) => image.imageId))
    expect(idsOf(second.Images)).toEqual(images.slice(5, 10).map((image) => image.imageId))
    expect(walked).toEqual(images.map((image) => image.imageId))
  })

  it('rejects MaxResults out of range, with image IDs, and a foreign NextToken', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const tooSmall = await rejectionOf(client.send(new DescribeImagesCommand({ MaxResults: 4 })))
    const withIds = await rejectionOf(
      client.send(new DescribeImagesCommand({ MaxResults: 5, ImageIds: [ami.imageId] }))
    )
    const badToken = await rejectionOf(
      client.send(new DescribeImagesCommand({ NextToken: 'garbage' }))
    )

    expect(tooSmall).toMatchObject({ name: 'InvalidParameterValue', status: 400 })
    expect(withIds).toMatchObject({ name: 'InvalidParameterCombination', status: 400 })
    expect(badToken).toMatchObject({ name: 'InvalidPaginationToken', status: 400 })
  })

  it('keeps AMIs in the region they were registered in', async () => {
    const ireland = amiRecord({ region: 'eu-west-1' })
    const virginia = amiRecord({ region: 'us-east-1' })
    store.putImage(ireland)
    store.putImage(virginia)

    const inVirginia = await ec2Client(store, 'us-east-1').send(new DescribeImagesCommand({}))
    const crossRegion = await rejectionOf(
      client.send(new DescribeImagesCommand({ ImageIds: [virginia.imageId] }))
    )

    expect(idsOf(inVirginia.Images)).toEqual([virginia.imageId])
    expect(crossRegion.name).toBe('InvalidAMIID.NotFound')
  })

  it('reports an unknown AMI as InvalidAMIID.NotFound with EC2 wording', async () => {
    const error = await rejectionOf(
      client.send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] }))
    )

    expect(error).toEqual({
      name: 'InvalidAMIID.NotFound',
      message: "The image id '[ami-0123456789abcdef0]' does not exist",
      status: 400
    })
  })

  it('reports a malformed AMI ID as InvalidAMIID.Malformed', async () => {
    const error = await rejectionOf(
      client.send(new DescribeImagesCommand({ ImageIds: ['ami-xyz'] }))
    )

    expect(error).toEqual({
      name: 'InvalidAMIID.Malformed',
      message: 'Invalid id: "ami-xyz" (expecting "ami-...")',
      status: 400
    })
  })

  it('rejects an unknown filter name', async () => {
    const error = await rejectionOf(
      client.send(new DescribeImagesCommand({ Filters: [{ Name: 'colour', Values: ['blue'] }] }))
    )

    expect(error).toMatchObject({
      name: 'InvalidParameterValue',
      message: "The filter 'colour' is invalid"
    })
  })

  it('escapes XML special characters so names and tags survive the round trip', async () => {
    const tricky = `R&D <build> "quoted" 'single'`
    const ami = amiRecord({ name: tricky, tags: { 'a&b': '<value>' } })
    store.putImage(ami)

    const { Images } = await client.send(
      new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [tricky] }] })
    )

    expect(Images?.[0]?.Name).toBe(tricky)
    expect(Images?.[0]?.Tags).toEqual([{ Key: 'a&b', Value: '<value>' }])
  })
})

describe('DescribeImages and deprecated AMIs', () => {
  const NOW = Date.parse('2026-11-23T12:00:00.000Z')
  const PAST = '2026-11-23T11:00:00.000Z'
  const clientAt = (now: number) => ec2Client(store, REGION, { now: () => now })
  const listing = async (input: DescribeImagesCommandInput = {}, now = NOW) =>
    idsOf((await clientAt(now).send(new DescribeImagesCommand(input))).Images)

  it('lists the owner’s own deprecated AMI, by any scope', async () => {
    const mine = amiRecord({ deprecationTime: PAST })
    store.putImage(mine)

    expect(await listing()).toEqual([mine.imageId])
    expect(await listing({ Owners: ['self'] })).toEqual([mine.imageId])
    expect(await listing({ IncludeDeprecated: false })).toEqual([mine.imageId])
  })

  it('leaves another account’s deprecated AMI out of a listing, shared or public', async () => {
    const shared = amiRecord({
      ownerId: OTHER_ACCOUNT,
      launchPermissions: [TEST_ACCOUNT_ID],
      deprecationTime: PAST
    })
    const publicAmi = amiRecord({
      ownerId: OTHER_ACCOUNT,
      launchPermissions: ['all'],
      deprecationTime: PAST
    })
    const current = amiRecord({ ownerId: OTHER_ACCOUNT, launchPermissions: [TEST_ACCOUNT_ID] })
    ;[shared, publicAmi, current].forEach((image) => {
      store.putImage(image)
    })

    expect(await listing()).toEqual([current.imageId])
    expect(await listing({ Owners: [OTHER_ACCOUNT] })).toEqual([current.imageId])
    expect(await listing({ ExecutableUsers: ['all'] })).toEqual([])
    expect(await listing({ Filters: [{ Name: 'image-id', Values: [shared.imageId] }] })).toEqual([])
  })

  it('lists another account’s deprecated AMI with IncludeDeprecated', async () => {
    const shared = amiRecord({
      ownerId: OTHER_ACCOUNT,
      launchPermissions: [TEST_ACCOUNT_ID],
      deprecationTime: PAST
    })
    const current = amiRecord({ ownerId: OTHER_ACCOUNT, launchPermissions: [TEST_ACCOUNT_ID] })
    store.putImage(shared)
    store.putImage(current)

    const ids = await listing({ IncludeDeprecated: true })

    expect(ids).toEqual([shared.imageId, current.imageId])
  })

  it('answers for another account’s deprecated AMI named by its ID', async () => {
    const shared = amiRecord({
      ownerId: OTHER_ACCOUNT,
      launchPermissions: [TEST_ACCOUNT_ID],
      deprecationTime: PAST
    })
    store.putImage(shared)

    const { Images } = await clientAt(NOW).send(
      new DescribeImagesCommand({ ImageIds: [shared.imageId] })
    )

    expect(idsOf(Images)).toEqual([shared.imageId])
    expect(Images?.[0]?.DeprecationTime).toBe(PAST)
  })

  it('hides an AMI only once the emulator clock reaches its deprecation time', async () => {
    const due = '2026-11-23T12:01:00.000Z'
    const shared = amiRecord({
      ownerId: OTHER_ACCOUNT,
      launchPermissions: [TEST_ACCOUNT_ID],
      deprecationTime: due
    })
    store.putImage(shared)

    expect(await listing({}, NOW)).toEqual([shared.imageId])
    expect(await listing({}, Date.parse(due) - 1)).toEqual([shared.imageId])
    expect(await listing({}, Date.parse(due))).toEqual([])
  })
})

describe('CreateTags', () => {
  it('tags an AMI and its snapshot, which read back independently', async () => {
    const ami = amiRecord({ tags: { CreatedBy: 'EC2 Image Builder' } })
    store.putImage(ami)

    await client.send(
      new CreateTagsCommand({ Resources: [ami.imageId], Tags: [{ Key: 'env', Value: 'prod' }] })
    )
    await client.send(
      new CreateTagsCommand({
        Resources: [snapshotOf(ami)],
        Tags: [{ Key: 'release', Value: '1.0' }]
      })
    )
    await client.send(
      new CreateTagsCommand({ Resources: [ami.imageId], Tags: [{ Key: 'env', Value: 'qa' }] })
    )

    const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] }))
    const { Snapshots } = await client.send(
      new DescribeSnapshotsCommand({ SnapshotIds: [snapshotOf(ami)] })
    )
    expect(Images?.[0]?.Tags).toEqual([
      { Key: 'CreatedBy', Value: 'EC2 Image Builder' },
      { Key: 'env', Value: 'qa' }
    ])
    expect(Snapshots?.[0]?.Tags).toEqual([{ Key: 'release', Value: '1.0' }])
  })

  it('applies nothing when any resource is unknown', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const unknownImage = await rejectionOf(
      client.send(
        new CreateTagsCommand({
          Resources: [ami.imageId, 'ami-0fedcba9876543210'],
          Tags: [{ Key: 'env', Value: 'prod' }]
        })
      )
    )
    const unknownSnapshot = await rejectionOf(
      client.send(
        new CreateTagsCommand({
          Resources: [ami.imageId, 'snap-0fedcba9876543210'],
          Tags: [{ Key: 'env', Value: 'prod' }]
        })
      )
    )

    expect(unknownImage).toMatchObject({ name: 'InvalidAMIID.NotFound', status: 400 })
    expect(unknownSnapshot).toMatchObject({ name: 'InvalidSnapshot.NotFound', status: 400 })
    expect(store.getImage(REGION, ami.imageId)?.tags).toEqual({})
  })

  it('refuses keys in the reserved aws: namespace', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const error = await rejectionOf(
      client.send(
        new CreateTagsCommand({
          Resources: [ami.imageId],
          Tags: [{ Key: 'aws:owner', Value: 'x' }]
        })
      )
    )

    expect(error).toMatchObject({ name: 'InvalidParameterValue', status: 400 })
    expect(error.message).toContain("Tag keys starting with 'aws:' are reserved")
  })

  it('stops at 50 tags per resource but still overwrites existing keys', async () => {
    const fullTags = Object.fromEntries(
      Array.from({ length: 50 }, (_, index) => [`k${String(index)}`, 'v'])
    )
    const ami = amiRecord({ tags: fullTags })
    store.putImage(ami)

    const error = await rejectionOf(
      client.send(
        new CreateTagsCommand({ Resources: [ami.imageId], Tags: [{ Key: 'one-more', Value: 'x' }] })
      )
    )
    await client.send(
      new CreateTagsCommand({ Resources: [ami.imageId], Tags: [{ Key: 'k0', Value: 'new' }] })
    )

    expect(error).toMatchObject({ name: 'TagLimitExceeded', status: 400 })
    expect(store.getImage(REGION, ami.imageId)?.tags.k0).toBe('new')
  })

  it('does not reach AMIs of another region', async () => {
    const elsewhere = amiRecord({ region: 'us-west-2' })
    store.putImage(elsewhere)

    const error = await rejectionOf(
      client.send(
        new CreateTagsCommand({ Resources: [elsewhere.imageId], Tags: [{ Key: 'a', Value: 'b' }] })
      )
    )

    expect(error.name).toBe('InvalidAMIID.NotFound')
  })
})

describe('EnableImageDeprecation', () => {
  const NOW = Date.parse('2026-11-23T12:00:00.000Z')
  const at = (text: string) => new Date(text)
  const deprecating = (image: Ec2ImageRecord, DeprecateAt: Date) =>
    ec2Client(store, REGION, { now: () => NOW }).send(
      new EnableImageDeprecationCommand({ ImageId: image.imageId, DeprecateAt })
    )

  it('sets the time to the nearest minute, and DescribeImages returns it', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const answer = await deprecating(ami, at('2027-02-21T10:20:31.000Z'))

    expect(answer.Return).toBe(true)
    const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] }))
    expect(Images?.[0]?.DeprecationTime).toBe('2027-02-21T10:21:00.000Z')
  })

  it('moves the time when called again', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    await deprecating(ami, at('2027-02-21T10:00:00.000Z'))
    await deprecating(ami, at('2026-12-01T00:00:00.000Z'))

    expect(store.getImage(REGION, ami.imageId)?.deprecationTime).toBe('2026-12-01T00:00:00.000Z')
  })

  it('leaves an AMI without one out of DescribeImages', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [ami.imageId] }))
    expect(Images?.[0]?.DeprecationTime).toBeUndefined()
  })

  it.each([
    ['in the past', '2026-11-23T11:00:00.000Z', 'is in the past'],
    ['over 10 years from now', '2036-11-23T12:01:00.000Z', 'more than 10 years from now']
  ])('refuses a time %s with InvalidParameterValue', async (_case, time, message) => {
    const ami = amiRecord()
    store.putImage(ami)

    const failure = await rejectionOf(deprecating(ami, at(time)))

    expect(failure).toMatchObject({ name: 'InvalidParameterValue', status: 400 })
    expect(failure.message).toContain(message)
    expect(store.getImage(REGION, ami.imageId)?.deprecationTime).toBeUndefined()
  })

  it('holds a public AMI to 2 years after its creation', async () => {
    const ami = amiRecord({ launchPermissions: ['all'] })
    store.putImage(ami)

    const failure = await rejectionOf(deprecating(ami, at('2029-01-01T00:00:00.000Z')))

    expect(failure.message).toContain('2 years after its creation date')
  })

  it('reports an unknown, a malformed and another account’s AMI as EC2 does', async () => {
    const foreign = amiRecord({ ownerId: OTHER_ACCOUNT, launchPermissions: [TEST_ACCOUNT_ID] })
    store.putImage(foreign)
    const later = at('2027-01-01T00:00:00.000Z')

    expect(await rejectionOf(deprecating(amiRecord(), later))).toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
    expect(
      await rejectionOf(deprecating(amiRecord({ imageId: 'ami-12345' }), later))
    ).toMatchObject({ name: 'InvalidAMIID.Malformed' })
    expect(await rejectionOf(deprecating(foreign, later))).toMatchObject({ name: 'AuthFailure' })
  })
})

describe('DescribeSnapshots', () => {
  it('lists the snapshots behind the AMIs, filtered by tag and owner', async () => {
    const ami = amiRecord()
    const amazon = amiRecord({ ownerId: '137112412989', ownerAlias: 'amazon' })
    store.putImage(ami)
    store.putImage(amazon)
    store.tagSnapshot(REGION, snapshotOf(ami), { Name: 'root' })

    const byTag = await client.send(
      new DescribeSnapshotsCommand({ Filters: [{ Name: 'tag:Name', Values: ['root'] }] })
    )
    const mine = await client.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))

    expect(byTag.Snapshots).toEqual([
      expect.objectContaining({
        SnapshotId: snapshotOf(ami),
        State: 'completed',
        Progress: '100%',
        OwnerId: TEST_ACCOUNT_ID,
        VolumeSize: 8,
        Encrypted: false,
        StartTime: new Date('2026-11-23T10:00:00.000Z')
      })
    ])
    expect(mine.Snapshots?.map((snapshot) => snapshot.SnapshotId)).toEqual([snapshotOf(ami)])
  })

  it('reports snapshots of a pending AMI as pending until the AMI is available', async () => {
    const ami = amiRecord({ state: 'pending' })
    store.putImage(ami)
    const stateOf = async () => {
      const { Snapshots } = await client.send(
        new DescribeSnapshotsCommand({ SnapshotIds: [snapshotOf(ami)] })
      )
      return Snapshots?.[0]?.State
    }

    const before = await stateOf()
    store.setImageState(REGION, ami.imageId, 'available')

    expect(before).toBe('pending')
    expect(await stateOf()).toBe('completed')
  })

  it('reports an unknown snapshot as InvalidSnapshot.NotFound', async () => {
    const error = await rejectionOf(
      client.send(new DescribeSnapshotsCommand({ SnapshotIds: ['snap-0123456789abcdef0'] }))
    )

    expect(error).toEqual({
      name: 'InvalidSnapshot.NotFound',
      message: "The snapshot 'snap-0123456789abcdef0' does not exist.",
      status: 400
    })
  })
})

describe('DescribeRegions', () => {
  it('lists every region with its endpoint and opt-in status', async () => {
    const { Regions } = await client.send(new DescribeRegionsCommand({}))

    expect(Regions?.map((region) => region.RegionName)).toEqual([...REGIONS])
    expect(Regions?.find((region) => region.RegionName === 'eu-west-1')).toEqual({
      RegionName: 'eu-west-1',
      Endpoint: 'ec2.eu-west-1.amazonaws.com',
      OptInStatus: 'opt-in-not-required'
    })
  })

  it('narrows by RegionNames and by a region-name filter', async () => {
    const byName = await client.send(
      new DescribeRegionsCommand({ RegionNames: ['us-east-1', 'ap-south-1'] })
    )
    const byFilter = await client.send(
      new DescribeRegionsCommand({ Filters: [{ Name: 'region-name', Values: ['eu-*'] }] })
    )

    expect(byName.Regions?.map((region) => region.RegionName)).toEqual(['us-east-1', 'ap-south-1'])
    expect(byFilter.Regions?.every((region) => region.RegionName?.startsWith('eu-'))).toBe(true)
    expect(byFilter.Regions).toHaveLength(5)
  })

  it('rejects an unknown region name', async () => {
    const error = await rejectionOf(
      client.send(new DescribeRegionsCommand({ RegionNames: ['mars-north-1'] }))
    )

    expect(error).toMatchObject({ name: 'InvalidParameterValue', status: 400 })
  })
})

describe('GetImageBlockPublicAccessState', () => {
  it('is unblocked until the account blocks public AMIs in the region, and only there', async () => {
    const before = await client.send(new GetImageBlockPublicAccessStateCommand({}))
    store.setImageBlockPublicAccessState(REGION, 'block-new-sharing')
    const after = await client.send(new GetImageBlockPublicAccessStateCommand({}))
    const elsewhere = await ec2Client(store, 'us-east-1').send(
      new GetImageBlockPublicAccessStateCommand({})
    )

    expect(before).toMatchObject({ ImageBlockPublicAccessState: 'unblocked', ManagedBy: 'account' })
    expect(after.ImageBlockPublicAccessState).toBe('block-new-sharing')
    expect(elsewhere.ImageBlockPublicAccessState).toBe('unblocked')
  })
})

describe('protocol', () => {
  function rawRequest(body: string) {
    return {
      service: 'ec2' as const,
      region: REGION,
      accountId: TEST_ACCOUNT_ID,
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      now: 0
    }
  }

  it('names the operation by its Action and answers in the EC2 namespace', () => {
    const handler = ec2Service(store)
    const request = rawRequest('Action=DescribeRegions&Version=2016-11-15&RegionName.1=eu-west-1')

    const response = handler.handle(request)

    expect(handler.operationOf(request)).toBe('DescribeRegions')
    expect(response.headers['Content-Type']).toBe('text/xml;charset=UTF-8')
    expect(response.body).toContain(
      '<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>'
    )
    expect(response.body).toContain('<regionInfo><item><regionName>eu-west-1</regionName>')
  })

  it('refuses an unknown Action and a missing or foreign Version', () => {
    const handler = ec2Service(store)
    const codeOf = (body: string) => {
      try {
        handler.handle(rawRequest(body))
      } catch (error) {
        if (error instanceof AwsError) return `${error.code} ${String(error.status)}`
      }
      return 'no error'
    }

    expect(codeOf('Action=RunInstances&Version=2016-11-15')).toBe('InvalidAction 400')
    expect(codeOf('Action=DescribeImages')).toBe('MissingParameter 400')
    expect(codeOf('Action=DescribeImages&Version=2099-01-01')).toBe('NoSuchVersion 400')
    expect(codeOf('Version=2016-11-15')).toBe('MissingAction 400')
  })

  it('escapes text in the raw XML', () => {
    store.putImage(amiRecord({ name: 'R&D <build>' }))

    const response = ec2Service(store).handle(
      rawRequest('Action=DescribeImages&Version=2016-11-15')
    )

    expect(response.body).toContain('<name>R&amp;D &lt;build&gt;</name>')
  })

  it('answers a dry run with DryRunOperation and changes nothing', async () => {
    const ami = amiRecord()
    store.putImage(ami)

    const error = await rejectionOf(
      client.send(
        new CreateTagsCommand({
          Resources: [ami.imageId],
          Tags: [{ Key: 'env', Value: 'prod' }],
          DryRun: true
        })
      )
    )

    expect(error).toMatchObject({ name: 'DryRunOperation', status: 412 })
    expect(store.getImage(REGION, ami.imageId)?.tags).toEqual({})
  })

  it('renders injected faults so the SDK sees their code and status', async () => {
    const faults = [
      new AwsError('RequestLimitExceeded', 'Request limit exceeded.', 503),
      new AwsError('InternalError', 'An internal error has occurred', 500),
      new AwsError('Unavailable', 'The server is overloaded', 503),
      new AwsError('ExpiredToken', 'The security token included in the request is expired', 400)
    ]
    const faulty = ec2Client(store, REGION, { faults: [...faults] })

    const seen = []
    for (let index = 0; index < faults.length; index += 1) {
      seen.push(await rejectionOf(faulty.send(new DescribeRegionsCommand({}))))
    }

    expect(seen).toEqual(
      faults.map((fault) => ({ name: fault.code, message: fault.message, status: fault.status }))
    )
  })
})
