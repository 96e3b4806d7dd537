/**
 * Runs the emulator on a port with a demo pipeline seeded:
 *   npx tsx emulator/src/cli.ts --port 4566 [--config scenario.json]
 * Stops cleanly on SIGINT or SIGTERM.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator } from './emulator.js'
import { parseScenarioJson } from './scenario-file.js'

const USAGE = `Usage: tsx emulator/src/cli.ts [--port 4566] [--host 127.0.0.1] [--config scenario.json]
       [--region us-east-1] [--distribution-regions us-east-1,eu-west-1,ap-southeast-2] [--name demo-pipeline]`

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
  const scenario =
    values.config === undefined
      ? undefined
      : parseScenarioJson(await readFile(values.config, 'utf8'), values.config)
  const emu = await startEmulator({
    port,
    host: values.host,
    ...(scenario === undefined ? {} : { scenario })
  })
  const pipeline = emu.seedPipeline({
    name: values.name,
    region: values.region,
    distributionRegions: values['distribution-regions'].split(',').map((region) => region.trim())
  })
  console.log(`EC2 Image Builder emulator listening on ${emu.url}`)
  console.log(`Pipeline: ${pipeline.pipelineArn}`)
  console.log(
    `Use it with: AWS_ENDPOINT_URL=${emu.url} AWS_REGION=${pipeline.region} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`
  )
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await emu.close()
  console.log(`Stopped on ${signal} after ${emu.requests.length} requests`)
}

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
