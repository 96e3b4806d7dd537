import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPERATIONS as EC2 } from '../../emulator/src/ec2/service.js'
import { OPERATIONS as ECR } from '../../emulator/src/ecr/service.js'
import { OPERATIONS as IMAGEBUILDER } from '../../emulator/src/imagebuilder/service.js'
import { OPERATIONS as LOGS } from '../../emulator/src/logs/service.js'
import { responseProblem } from '../../emulator/src/models/response-check.js'
import { operationModel, serviceModels } from '../../emulator/src/models/service-models.js'
import { OPERATIONS as SSM } from '../../emulator/src/ssm/service.js'
import { OPERATIONS as STS } from '../../emulator/src/sts/index.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** The client package of each service the action imports, by signing name. */
const CLIENTS: Record<string, string> = {
  '@aws-sdk/client-imagebuilder': 'imagebuilder',
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-cloudwatch-logs': 'logs',
  '@aws-sdk/client-ssm': 'ssm',
  '@aws-sdk/client-ecr': 'ecr',
  '@aws-sdk/client-sts': 'sts'
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : []
  )
}

/** Every `XCommand` and `paginateX` the action's source imports from an AWS SDK client. */
function operationsTheActionCalls(): string[] {
  const calls = new Set<string>()
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(
      /(?:import|export)\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g
    )) {
      const service = CLIENTS[match[2] ?? '']
      if (service === undefined) {
        calls.add(`unknown client ${match[2] ?? ''}`)
        continue
      }
      for (const name of (match[1] ?? '')
        .split(',')
        .map((part) => part.trim().split(/\s+as\s+/)[0] ?? '')) {
        const operation = /^(?:paginate([A-Z]\w+)|([A-Z]\w+)Command)$/.exec(name)
        const found = operation?.[1] ?? operation?.[2]
        if (found !== undefined) calls.add(`${service} ${found}`)
      }
    }
  }
  return [...calls].sort()
}

describe('the service models cover what is used', () => {
  it('records the botocore version and commit they came from', () => {
    expect(serviceModels().source).toMatchObject({
      repository: 'https://github.com/boto/botocore',
      version: '1.43.67',
      commit: '0e6e2404b85dc336dd2889814e089bde7d1a4c55'
    })
  })

  it('has a model for every operation the emulator serves', () => {
    const served = {
      imagebuilder: Object.keys(IMAGEBUILDER),
      ec2: Object.keys(EC2),
      logs: Object.keys(LOGS),
      ssm: Object.keys(SSM),
      ecr: Object.keys(ECR),
      sts: Object.keys(STS)
    }
    const missing = Object.entries(served).flatMap(([service, operations]) =>
      operations
        .filter((operation) => operationModel(service, operation) === undefined)
        .map((o) => `${service} ${o}`)
    )
    expect(missing).toEqual([])
    expect(served.imagebuilder.length).toBeGreaterThan(20)
  })

  it('has a model for every operation the action calls', () => {
    const calls = operationsTheActionCalls()
    expect(calls).toEqual(
      expect.arrayContaining(['imagebuilder GetImage', 'ec2 DescribeImages', 'logs GetLogEvents'])
    )
    const missing = calls.filter((call) => {
      const [service = '', operation = ''] = call.split(' ')
      return operationModel(service, operation) === undefined
    })
    expect(missing).toEqual([])
  })

  it('covers the operations other parts of the emulator will serve next', () => {
    for (const [service, operation] of [
      ['ec2', 'GetImageBlockPublicAccessState'],
      ['ec2', 'EnableImageDeprecation'],
      ['ec2', 'CreateLaunchTemplateVersion'],
      ['ec2', 'ModifyLaunchTemplate'],
      ['ssm', 'PutParameter']
    ] as const) {
      expect(operationModel(service, operation)).toBeDefined()
    }
  })
})

describe('response checking', () => {
  it('finds a missing required member, a value outside an enum and an invented member', () => {
    const ok = {
      status: 200,
      headers: {},
      body: JSON.stringify({ Parameter: { Name: 'n', Type: 'String', Value: 'v' } })
    }
    expect(responseProblem('ssm', 'GetParameter', ok)).toBeUndefined()
    const badEnum = { ...ok, body: JSON.stringify({ Parameter: { Name: 'n', Type: 'Text' } }) }
    expect(responseProblem('ssm', 'GetParameter', badEnum)).toContain(
      'Parameter.Type: Member must satisfy enum value set'
    )
    const invented = { ...ok, body: JSON.stringify({ Parameter: { Name: 'n' }, Extra: 1 }) }
    expect(responseProblem('ssm', 'GetParameter', invented)).toContain(
      'Extra: The shape has no such member'
    )
    const wrongType = { ...ok, body: JSON.stringify({ nextToken: 5 }) }
    expect(responseProblem('imagebuilder', 'ListImageRecipes', wrongType)).toContain(
      'nextToken: Member must be a string'
    )
    const xml = {
      status: 200,
      headers: {},
      body: '<DescribeImagesResponse><requestId>r</requestId><imagesSet><item><imageId>ami-1</imageId><imageState>gone</imageState></item></imagesSet></DescribeImagesResponse>'
    }
    expect(responseProblem('ec2', 'DescribeImages', xml)).toContain(
      'Images.1.member.State: Member must satisfy enum value set'
    )
  })
})
