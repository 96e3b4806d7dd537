/**
 * Runs the emulator on a port with a demo pipeline seeded:
 *   imagebuilder-emulator --port 4566 [--config scenario.json]
 * Prints one JSON ready line on stdout (see ready-line.ts) and everything meant for people on
 * stderr, so that a script can read stdout alone. Stops cleanly on SIGINT or SIGTERM.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseConfigJson, type EmulatorConfig } from './config-file.js'
import { startEmulator } from './emulator.js'
import { readyLine } from './ready-line.js'

const USAGE = `Usage: imagebuilder-emulator [--port 4566] [--host 127.0.0.1] [--config scenario.json]
       [--region us-east-1] [--distribution-regions us-east-1,eu-west-1,ap-southeast-2]
       [--name demo-pipeline]
--port 0 picks a free port. stdout carries one JSON line once the emulator serves requests:
{"ready":true,"url":…,"region":…,"accountId":…,"pipelineArn":…,"distributionRegions":[…],"parentImages":{…},"faults":0}`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      config: { type: 'string' },
      region: { type: 'string', default: 'us-east-1' },
      'distribution-regions': { type: 'string', default: 'us-east-1,eu-west-1,ap-southeast-2' },
      name: { type: 'string', default: 'demo-pipeline' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number\n${USAGE}`)
  const config: EmulatorConfig =
    values.config === undefined
      ? { scenario: {}, faults: [] }
      : parseConfigJson(await readFile(values.config, 'utf8'), values.config)
  const emu = await startEmulator({ port, host: values.host, scenario: config.scenario })
  config.faults.forEach((rule) => emu.injectFault(rule))
  const distributionRegions = values['distribution-regions']
    .split(',')
    .map((region) => region.trim())
  const pipeline = emu.seedPipeline({
    name: values.name,
    region: values.region,
    distributionRegions
  })
  console.error(`EC2 Image Builder emulator listening on ${emu.url}`)
  console.error(`Pipeline: ${pipeline.pipelineArn}`)
  console.error(
    `Use it with: AWS_ENDPOINT_URL=${emu.url} AWS_REGION=${pipeline.region} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`
  )
  console.log(JSON.stringify(readyLine(emu, pipeline, distributionRegions, config.faults.length)))
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await emu.close()
  console.error(`Stopped on ${signal} after ${emu.requests.length} requests`)
}

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
