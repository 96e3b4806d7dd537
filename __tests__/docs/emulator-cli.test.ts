/**
 * The emulator as a user runs it: the `imagebuilder-emulator` bin, its JSON ready line on stdout,
 * a `--config` file with a scenario and faults, a real SDK call, and a clean stop on SIGTERM.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { type ChildProcess, type ChildProcessByStdio, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { GetImagePipelineCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { parseConfigJson } from '../../emulator/src/config-file.js'
import type { ReadyLine } from '../../emulator/src/ready-line.js'

const ROOT = join(import.meta.dirname, '..', '..')
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
}
const BIN = join(ROOT, PACKAGE.bin['imagebuilder-emulator'] ?? 'missing-bin')
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'emulator' }

interface RunningCli {
  child: ChildProcessByStdio<null, Readable, Readable>
  ready: Promise<ReadyLine>
  stderr: () => string
  exited: Promise<number | null>
}

const started: ChildProcess[] = []
afterEach(() => {
  started.splice(0).forEach((child) => child.kill('SIGKILL'))
})

function startCli(args: string[]): RunningCli {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  started.push(child)
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const ready = new Promise<ReadyLine>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.once('line', (line) => resolve(JSON.parse(line) as ReadyLine))
    void exited.then((code) => reject(new Error(`the CLI exited (${String(code)}): ${stderr}`)))
  })
  return { child, ready, stderr: () => stderr, exited }
}

function configFile(config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-config-')), 'scenario.json')
  writeFileSync(file, JSON.stringify(config))
  return file
}

describe('the imagebuilder-emulator bin', () => {
  it('prints a ready line a script can use, serves the SDK, injects configured faults and stops on SIGTERM', async () => {
    const config = configFile({
      durations: { BUILDING: 1000 },
      faults: [{ kind: 'expired-credentials', service: 'ec2', operation: 'DescribeImages' }]
    })
    const cli = startCli([
      '--config',
      config,
      '--name',
      'golden',
      '--distribution-regions',
      'us-east-1,eu-west-1'
    ])
    const ready = await cli.ready

    expect(ready).toMatchObject({
      ready: true,
      region: 'us-east-1',
      pipelineArn: `arn:aws:imagebuilder:us-east-1:${ready.accountId}:image-pipeline/golden`,
      distributionRegions: ['us-east-1', 'eu-west-1'],
      faults: 1
    })
    expect(Object.keys(ready.parentImages)).toEqual(['us-east-1', 'eu-west-1'])

    const imagebuilder = new ImagebuilderClient({
      region: ready.region,
      endpoint: ready.url,
      credentials: CREDENTIALS
    })
    const ec2 = new EC2Client({
      region: ready.region,
      endpoint: ready.url,
      credentials: CREDENTIALS
    })
    try {
      const { imagePipeline } = await imagebuilder.send(
        new GetImagePipelineCommand({ imagePipelineArn: ready.pipelineArn })
      )
      expect(imagePipeline?.name).toBe('golden')

      const parent = ready.parentImages['us-east-1']?.Linux ?? ''
      const describe = () => ec2.send(new DescribeImagesCommand({ ImageIds: [parent] }))
      await expect(describe()).rejects.toMatchObject({ name: 'ExpiredToken' })
      const { Images } = await describe()
      expect(Images?.map((image) => image.ImageId)).toEqual([parent])
    } finally {
      imagebuilder.destroy()
      ec2.destroy()
    }

    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(cli.stderr()).toContain('Stopped on SIGTERM after 3 requests')
  })

  it('refuses a config file whose fault it does not know, naming the rule', async () => {
    const cli = startCli(['--config', configFile({ faults: [{ kind: 'slow' }] })])

    await expect(cli.ready).rejects.toThrow(/faults\[0\]: kind must be one of throttle/)
    expect(await cli.exited).toBe(1)
  })
})

describe('the --config file', () => {
  it('keeps a fault on for good with "times": "always"', () => {
    const { faults } = parseConfigJson(
      JSON.stringify({ faults: [{ kind: 'throttle', service: 'imagebuilder', times: 'always' }] }),
      'config.json'
    )
    expect(faults).toEqual([{ kind: 'throttle', service: 'imagebuilder', times: Infinity }])
  })

  it('reads the scenario members next to the faults', () => {
    const config = parseConfigJson(
      JSON.stringify({
        failure: { kind: 'step', step: 'ApplyTestComponents' },
        faults: [{ kind: 'latency', latencyMs: 2000, after: 3, times: 2 }]
      }),
      'config.json'
    )
    expect(config).toEqual({
      scenario: { failure: { kind: 'step', step: 'ApplyTestComponents' } },
      faults: [{ kind: 'latency', latencyMs: 2000, after: 3, times: 2 }]
    })
  })

  it.each([
    [{ faults: { kind: 'throttle' } }, 'faults must be a list'],
    [{ faults: [{ kind: 'throttle', service: 's3' }] }, 'faults[0]: service must be one of'],
    [
      { faults: [{ kind: 'throttle', times: 0 }] },
      'times must be a positive whole number or "always"'
    ],
    [{ faults: [{ kind: 'drop', seconds: 3 }] }, "unknown member 'seconds'"],
    [{ colour: 'blue' }, "unknown member 'colour'"]
  ])('names what is wrong in %j', (config, message) => {
    expect(() => parseConfigJson(JSON.stringify(config), 'config.json')).toThrow(message)
  })
})
