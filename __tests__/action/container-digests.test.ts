/** A container build's image URIs and the digests read for them from ECR, against the emulator's ECR. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ECRClient } from '@aws-sdk/client-ecr'
import { type Emulator, startEmulator } from '../../emulator/src/index.js'
import { readContainerDigests } from '../../src/finish/container-digests.js'
import {
  containerImagesOf,
  imageDigestsByRegion,
  imageUrisByRegion,
  parseImageUri
} from '../../src/domain/container-images.js'

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
const DIGEST = `sha256:${'c'.repeat(64)}`
const uri = (region: string, tag: string) =>
  `123456789012.dkr.ecr.${region}.amazonaws.com/golden/app:${tag}`

let emu: Emulator
let clients: ECRClient[]

beforeEach(async () => {
  emu = await startEmulator({ port: 0 })
  clients = []
})

afterEach(async () => {
  clients.forEach((client) => client.destroy())
  await emu.close()
})

function ecr(region: string): Promise<ECRClient> {
  const client = new ECRClient({ region, endpoint: emu.url, credentials, maxAttempts: 1 })
  clients.push(client)
  return Promise.resolve(client)
}

function pushed(region: string, tags: string[]): void {
  emu.createRepository(region, 'golden/app')
  emu.ecrStore.putImage(region, 'golden/app', {
    imageDigest: DIGEST,
    imageTags: tags,
    imagePushedAt: 0,
    imageSizeInBytes: 1
  })
}

describe('container image URIs', () => {
  it('reads registry, repository, tag and digest from an image URI', () => {
    expect(parseImageUri(uri('eu-west-1', '1.0.0-1'))).toEqual({
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      repositoryName: 'golden/app',
      tag: '1.0.0-1'
    })
    expect(parseImageUri(`localhost:5000/app@${DIGEST}`)).toEqual({
      registry: 'localhost:5000',
      repositoryName: 'app',
      digest: DIGEST
    })
  })

  it('takes the first URI of each region as its image-uris entry', () => {
    const images = containerImagesOf({
      containers: [
        {
          region: 'eu-west-1',
          imageUris: [uri('eu-west-1', '1.0.0-1'), uri('eu-west-1', 'latest')]
        },
        { region: 'us-east-1', imageUris: [uri('us-east-1', '1.0.0-1')] }
      ]
    })
    expect(imageUrisByRegion(images)).toEqual({
      'eu-west-1': uri('eu-west-1', '1.0.0-1'),
      'us-east-1': uri('us-east-1', '1.0.0-1')
    })
    expect(imageDigestsByRegion(images)).toEqual({})
  })
})

describe('readContainerDigests', () => {
  it('reads each region digest from ECR by tag, one call per region', async () => {
    pushed('eu-west-1', ['1.0.0-1', 'latest'])
    pushed('us-east-1', ['1.0.0-1'])
    const images = containerImagesOf({
      containers: [
        {
          region: 'eu-west-1',
          imageUris: [uri('eu-west-1', '1.0.0-1'), uri('eu-west-1', 'latest')]
        },
        { region: 'us-east-1', imageUris: [uri('us-east-1', '1.0.0-1')] }
      ]
    })

    const reading = await readContainerDigests(ecr, images)

    expect(reading.missing).toEqual([])
    expect(reading.unread).toEqual([])
    expect(reading.images.map((image) => image.digest)).toEqual([DIGEST, DIGEST, DIGEST])
    expect(emu.requestsFor('DescribeImages').map((request) => request.input.imageIds)).toEqual([
      [{ imageTag: '1.0.0-1' }, { imageTag: 'latest' }],
      [{ imageTag: '1.0.0-1' }]
    ])
  })

  it('names an image ECR does not have as missing, and a region it could not ask as unread', async () => {
    emu.createRepository('eu-west-1', 'golden/app')
    emu.injectFault({ kind: 'server-error', service: 'ecr', region: 'us-east-1' })
    const images = containerImagesOf({
      containers: [
        { region: 'eu-west-1', imageUris: [uri('eu-west-1', '1.0.0-1')] },
        { region: 'us-east-1', imageUris: [uri('us-east-1', '1.0.0-1')] }
      ]
    })

    const reading = await readContainerDigests(ecr, images)

    expect(reading.missing).toEqual([uri('eu-west-1', '1.0.0-1')])
    expect(reading.unread).toEqual([expect.stringMatching(/^us-east-1: /)])
  })

  it('asks nothing for a URI that carries its digest', async () => {
    const images = containerImagesOf({
      containers: [{ region: 'eu-west-1', imageUris: [`localhost:5000/app@${DIGEST}`] }]
    })

    const reading = await readContainerDigests(ecr, images)

    expect(imageDigestsByRegion(reading.images)).toEqual({ 'eu-west-1': DIGEST })
    expect(emu.requestsFor('DescribeImages')).toEqual([])
  })
})
