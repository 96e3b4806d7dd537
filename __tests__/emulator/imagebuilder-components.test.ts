import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateComponentCommand,
  GetComponentCommand,
  ListComponentBuildVersionsCommand,
  ListComponentsCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { componentDocument, createComponent } from './recipe-factories.js'
import { rejectionOf } from './sdk-transport.js'

const ACCOUNT_BASE = 'arn:aws:imagebuilder:us-east-1:123456789012:component'

let harness: Harness
let client: ImagebuilderClient

beforeEach(async () => {
  harness = await startHarness()
  client = harness.imagebuilder('us-east-1', 1)
})

afterEach(async () => {
  await harness.close()
})

describe('CreateComponent', () => {
  it('creates build 1 under the normalised name and answers its wildcard references', async () => {
    const answer = await client.send(
      new CreateComponentCommand({
        name: 'Install Nginx',
        semanticVersion: '1.2.3',
        platform: 'Linux',
        data: componentDocument('build'),
        clientToken: 'create-1'
      })
    )
    expect(answer.componentBuildVersionArn).toBe(`${ACCOUNT_BASE}/install-nginx/1.2.3/1`)
    expect(answer.clientToken).toBe('create-1')
    expect(answer.latestVersionReferences).toEqual({
      latestVersionArn: `${ACCOUNT_BASE}/install-nginx/x.x.x`,
      latestMajorVersionArn: `${ACCOUNT_BASE}/install-nginx/1.x.x`,
      latestMinorVersionArn: `${ACCOUNT_BASE}/install-nginx/1.2.x`,
      latestPatchVersionArn: `${ACCOUNT_BASE}/install-nginx/1.2.3`
    })
  })

  it('makes the next build number when the name and version exist already', async () => {
    const first = await createComponent(client)
    const second = await createComponent(client, { data: componentDocument('build', 'Other') })
    expect([first, second]).toEqual([
      `${ACCOUNT_BASE}/install-nginx/1.0.0/1`,
      `${ACCOUNT_BASE}/install-nginx/1.0.0/2`
    ])
  })

  it('answers a repeated client token with the first answer, and refuses it with other input', async () => {
    const request = {
      name: 'install-nginx',
      semanticVersion: '1.0.0',
      platform: 'Linux' as const,
      data: componentDocument('build'),
      clientToken: 'same-token'
    }
    const first = await client.send(new CreateComponentCommand(request))
    const again = await client.send(new CreateComponentCommand(request))
    expect(again.componentBuildVersionArn).toBe(first.componentBuildVersionArn)
    const mismatch = await rejectionOf(
      client.send(new CreateComponentCommand({ ...request, semanticVersion: '2.0.0' }))
    )
    expect(mismatch.name).toBe('IdempotentParameterMismatchException')
  })

  it('types a document whose only phase is test as TEST, anything else as BUILD', async () => {
    const test = await createComponent(client, { name: 'tests', data: componentDocument('test') })
    const build = await createComponent(client, { name: 'build' })
    const types = await Promise.all(
      [test, build].map(async (arn) => {
        const { component } = await client.send(
          new GetComponentCommand({ componentBuildVersionArn: arn })
        )
        return component?.type
      })
    )
    expect(types).toEqual(['TEST', 'BUILD'])
  })

  it('reads the parameters a document declares', async () => {
    const arn = await createComponent(client, {
      data: componentDocument(
        'build',
        'Run',
        'parameters:\n  - Port:\n      type: string\n      default: 8080\n      description: Listen port'
      )
    })
    const { component } = await client.send(
      new GetComponentCommand({ componentBuildVersionArn: arn })
    )
    expect(component?.parameters).toEqual([
      { name: 'Port', type: 'string', defaultValue: ['8080'], description: 'Listen port' }
    ])
  })

  it('refuses malformed YAML, both data and uri, and answers a dry run with 412', async () => {
    const malformed = await rejectionOf(createComponent(client, { data: 'phases: [build' }))
    expect(malformed).toMatchObject({ name: 'InvalidRequestException', status: 400 })
    expect(malformed.message).toMatch(/not valid YAML/)
    const both = await rejectionOf(createComponent(client, { uri: 's3://bucket/doc.yaml' }))
    expect(both).toMatchObject({ name: 'InvalidParameterCombinationException', status: 400 })
    const dryRun = await rejectionOf(createComponent(client, { dryRun: true }))
    expect(dryRun).toMatchObject({ name: 'DryRunOperationException', status: 412 })
    const wildcard = await rejectionOf(createComponent(client, { semanticVersion: '1.0.x' }))
    expect(wildcard.name).toBe('InvalidParameterValueException')
  })
})

describe('recording and faults', () => {
  it('records the recipe-mode operations by name and lets faults hit them', async () => {
    harness.emu.injectFault({ kind: 'throttle', operation: 'CreateComponent' })
    const throttled = await rejectionOf(createComponent(client))
    expect(throttled).toMatchObject({ name: 'CallRateLimitExceededException', status: 429 })
    await createComponent(client)
    expect(harness.emu.requestsFor('CreateComponent').map((request) => request.status)).toEqual([
      429, 200
    ])
    expect(harness.emu.requestsFor('CreateComponent')[1]?.input).toMatchObject({
      name: 'install-nginx',
      semanticVersion: '1.0.0'
    })
  })
})

describe('GetComponent', () => {
  it('resolves version and wildcard ARNs to the newest build', async () => {
    await createComponent(client)
    await createComponent(client, { data: componentDocument('build', 'Second') })
    await createComponent(client, { semanticVersion: '0.9.0' })
    for (const version of ['1.0.0', '1.x.x', 'x.x.x']) {
      const { component } = await client.send(
        new GetComponentCommand({
          componentBuildVersionArn: `${ACCOUNT_BASE}/install-nginx/${version}`
        })
      )
      expect(component?.arn).toBe(`${ACCOUNT_BASE}/install-nginx/1.0.0/2`)
    }
  })

  it('serves the AWS-managed components in every region', async () => {
    const { component } = await harness.imagebuilder('ap-southeast-2', 1).send(
      new GetComponentCommand({
        componentBuildVersionArn:
          'arn:aws:imagebuilder:ap-southeast-2:aws:component/update-linux/x.x.x'
      })
    )
    expect(component).toMatchObject({
      arn: 'arn:aws:imagebuilder:ap-southeast-2:aws:component/update-linux/1.0.2/1',
      type: 'BUILD',
      platform: 'Linux',
      owner: 'Amazon'
    })
    const { component: test } = await client.send(
      new GetComponentCommand({
        componentBuildVersionArn:
          'arn:aws:imagebuilder:us-east-1:aws:component/reboot-test-linux/x.x.x'
      })
    )
    expect(test?.type).toBe('TEST')
  })

  it('resolves a managed component to the newest version AWS published in that region', async () => {
    const base = 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux'
    expect(harness.emu.publishManagedComponent('us-east-1', 'update-linux', '1.0.3')).toBe(
      `${base}/1.0.3/1`
    )
    harness.emu.publishManagedComponent('us-east-1', 'update-linux', '1.1.0')
    expect(harness.emu.publishManagedComponent('us-east-1', 'update-linux', '1.0.3')).toBe(
      `${base}/1.0.3/2`
    )
    const resolved = async (arn: string, region = 'us-east-1') =>
      (
        await harness
          .imagebuilder(region, 1)
          .send(new GetComponentCommand({ componentBuildVersionArn: arn }))
      ).component?.arn
    expect(await resolved(`${base}/x.x.x`)).toBe(`${base}/1.1.0/1`)
    expect(await resolved(`${base}/1.0.x`)).toBe(`${base}/1.0.3/2`)
    expect(await resolved(`${base}/1.0.2`)).toBe(`${base}/1.0.2/1`)
    expect(
      await resolved('arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x', 'eu-west-1')
    ).toBe('arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/1.0.2/1')
    const filters = [{ name: 'name', values: ['update-linux'] }]
    const listed = await client.send(new ListComponentsCommand({ owner: 'Amazon', filters }))
    expect(listed.componentVersionList?.map((version) => version.version)).toEqual(['1.1.0'])
  })

  it('publishes only the managed components it knows, in versions without wildcards', () => {
    expect(() => harness.emu.publishManagedComponent('us-east-1', 'my-own', '1.0.0')).toThrow(
      'my-own is not an AWS-managed component'
    )
    expect(() => harness.emu.publishManagedComponent('us-east-1', 'update-linux', '1.x.x')).toThrow(
      'major.minor.patch'
    )
    expect(() =>
      harness.emu.publishManagedComponent('mars-north-1', 'update-linux', '1.0.3')
    ).toThrow('no region mars-north-1')
  })

  it('does not find a component of another region', async () => {
    const arn = await createComponent(client)
    const failure = await rejectionOf(
      harness
        .imagebuilder('eu-west-1', 1)
        .send(new GetComponentCommand({ componentBuildVersionArn: arn }))
    )
    expect(failure).toMatchObject({ name: 'ResourceNotFoundException', status: 404 })
  })
})

describe('ListComponents and ListComponentBuildVersions', () => {
  it('lists own components by default and Amazon ones when asked', async () => {
    await createComponent(client)
    const own = await client.send(new ListComponentsCommand({}))
    expect(own.componentVersionList?.map((version) => version.arn)).toEqual([
      `${ACCOUNT_BASE}/install-nginx/1.0.0`
    ])
    const amazon = await client.send(
      new ListComponentsCommand({ owner: 'Amazon', filters: [{ name: 'type', values: ['TEST'] }] })
    )
    expect(amazon.componentVersionList?.map((version) => version.name)).toEqual([
      'reboot-test-linux',
      'simple-boot-test-linux',
      'reboot-test-windows'
    ])
  })

  it('lists each name once unless byName asks for every version', async () => {
    await createComponent(client, { semanticVersion: '1.0.0' })
    await createComponent(client, { semanticVersion: '1.1.0' })
    const filters = [{ name: 'name', values: ['install-nginx'] }]
    const newest = await client.send(new ListComponentsCommand({ filters }))
    expect(newest.componentVersionList?.map((version) => version.version)).toEqual(['1.1.0'])
    const all = await client.send(new ListComponentsCommand({ filters, byName: true }))
    expect(all.componentVersionList?.map((version) => version.version)).toEqual(['1.0.0', '1.1.0'])
  })

  it('pages through build versions with maxResults and nextToken', async () => {
    for (let build = 0; build < 5; build++) {
      await createComponent(client, { data: componentDocument('build', `Step${build}`) })
    }
    const arns: string[] = []
    let nextToken: string | undefined
    do {
      const page = await client.send(
        new ListComponentBuildVersionsCommand({
          componentVersionArn: `${ACCOUNT_BASE}/install-nginx/1.0.0`,
          maxResults: 2,
          nextToken
        })
      )
      expect(page.componentSummaryList?.length).toBeLessThanOrEqual(2)
      arns.push(...(page.componentSummaryList ?? []).map((summary) => summary.arn ?? ''))
      nextToken = page.nextToken
    } while (nextToken !== undefined)
    expect(arns.map((arn) => arn.split('/').at(-1))).toEqual(['1', '2', '3', '4', '5'])
    const summary = (
      await client.send(
        new ListComponentBuildVersionsCommand({
          componentVersionArn: `${ACCOUNT_BASE}/install-nginx/1.0.0`,
          maxResults: 1
        })
      )
    ).componentSummaryList?.[0]
    expect(summary).toMatchObject({ type: 'BUILD', dateCreated: new Date(T0).toISOString() })
    expect(summary).not.toHaveProperty('data')
  })
})
