import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetParameterCommand,
  GetParametersCommand,
  PutParameterCommand,
  type SSMClient
} from '@aws-sdk/client-ssm'
import { startHarness, T0, type Harness } from './imagebuilder-harness.js'
import { rejectionOf } from './sdk-transport.js'

let harness: Harness
let ssm: SSMClient

beforeEach(async () => {
  harness = await startHarness()
  ssm = harness.ssm('eu-west-1')
})

afterEach(async () => {
  await harness.close()
})

describe('SSM Parameter Store', () => {
  it('answers ParameterNotFound for a parameter that does not exist', async () => {
    const failure = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/golden/ami' })))
    expect(failure).toMatchObject({ name: 'ParameterNotFound', status: 400 })
  })

  it('returns what PutParameter stored, with version, date, ARN and data type', async () => {
    const put = await ssm.send(
      new PutParameterCommand({
        Name: '/golden/ami',
        Value: 'ami-0123456789abcdef0',
        Type: 'String'
      })
    )
    expect(put.Version).toBe(1)
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/golden/ami' }))
    expect(Parameter).toEqual({
      Name: '/golden/ami',
      Type: 'String',
      Value: 'ami-0123456789abcdef0',
      Version: 1,
      LastModifiedDate: new Date(T0),
      ARN: 'arn:aws:ssm:eu-west-1:123456789012:parameter/golden/ami',
      DataType: 'text'
    })
  })

  it('counts versions up on overwrite and refuses to overwrite without Overwrite', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/app/tag', Value: 'one', Type: 'String' }))
    const refused = await rejectionOf(
      ssm.send(new PutParameterCommand({ Name: '/app/tag', Value: 'two', Type: 'String' }))
    )
    expect(refused.name).toBe('ParameterAlreadyExists')
    const second = await ssm.send(
      new PutParameterCommand({ Name: '/app/tag', Value: 'two', Overwrite: true })
    )
    expect(second.Version).toBe(2)
    expect(harness.emu.parameter('eu-west-1', '/app/tag')).toEqual({ value: 'two', version: 2 })
  })

  it('finds a parameter by its ARN and keeps regions apart', async () => {
    harness.emu.putParameter('eu-west-1', '/golden/ami', 'ami-0123456789abcdef0')
    const byArn = await ssm.send(
      new GetParameterCommand({ Name: 'arn:aws:ssm:eu-west-1:123456789012:parameter/golden/ami' })
    )
    expect(byArn.Parameter?.Value).toBe('ami-0123456789abcdef0')
    const elsewhere = await rejectionOf(
      harness.ssm('us-east-1').send(new GetParameterCommand({ Name: '/golden/ami' }))
    )
    expect(elsewhere.name).toBe('ParameterNotFound')
  })

  it('lists unknown names of GetParameters as invalid instead of failing', async () => {
    harness.emu.putParameter('eu-west-1', '/a', 'x')
    const answer = await ssm.send(new GetParametersCommand({ Names: ['/a', '/missing'] }))
    expect(answer.Parameters?.map((parameter) => parameter.Name)).toEqual(['/a'])
    expect(answer.InvalidParameters).toEqual(['/missing'])
  })

  it('refuses reserved names, missing types and non-AMI values for aws:ec2:image', async () => {
    const reserved = await rejectionOf(
      ssm.send(new PutParameterCommand({ Name: '/aws/thing', Value: 'x', Type: 'String' }))
    )
    const untyped = await rejectionOf(ssm.send(new PutParameterCommand({ Name: '/x', Value: 'x' })))
    const notAnAmi = await rejectionOf(
      ssm.send(
        new PutParameterCommand({
          Name: '/x',
          Value: 'hello',
          Type: 'String',
          DataType: 'aws:ec2:image'
        })
      )
    )
    for (const failure of [reserved, untyped, notAnAmi]) {
      expect(failure).toMatchObject({ name: 'ValidationException', status: 400 })
    }
  })

  it('is recorded and reachable by fault injection like every other service', async () => {
    harness.emu.injectFault({ kind: 'throttle', service: 'ssm', operation: 'GetParameter' })
    const failure = await rejectionOf(ssm.send(new GetParameterCommand({ Name: '/x' })))
    expect(failure.name).toBe('ThrottlingException')
    expect(harness.emu.requestsFor('GetParameter')).toEqual([
      expect.objectContaining({ service: 'ssm', region: 'eu-west-1', fault: 'throttle' })
    ])
  })
})
