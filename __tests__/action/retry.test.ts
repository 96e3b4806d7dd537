import { describe, expect, it } from '@jest/globals'
import { isThrottlingError } from '@smithy/core/retry'
import { createAwsClients } from '../../src/aws/clients.js'
import {
  START_PATIENCE,
  startBackoffMs,
  startPatienceFrom,
  throttlingByName
} from '../../src/aws/retry.js'
import { anAwsError } from './factories.js'

/** Every wait of a start that uses all its attempts, with the random draw fixed. */
function waits(random: number): number[] {
  return Array.from({ length: START_PATIENCE.maxAttempts - 1 }, (_, retriesSoFar) =>
    startBackoffMs(START_PATIENCE, retriesSoFar, () => random)
  )
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)

describe('the start’s patience', () => {
  it('doubles its waits from 2 s up to 16 s, each between half and all of that', () => {
    expect(waits(0)).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000])
    expect(waits(1)).toEqual([2_000, 4_000, 8_000, 16_000, 16_000, 16_000, 16_000, 16_000, 16_000])
  })

  it('keeps trying for at least a minute and at most about two, as documented', () => {
    expect(sum(waits(0))).toBe(55_000)
    expect(sum(waits(1))).toBe(110_000)
  })

  it('outlasts 30 s of throttling within its first seven attempts', () => {
    expect(sum(waits(0).slice(0, 6))).toBeGreaterThanOrEqual(30_000)
  })

  it.each([
    [{}, { maxAttempts: 10, adaptive: false }],
    [{ AWS_MAX_ATTEMPTS: '4' }, { maxAttempts: 4, adaptive: false }],
    [{ AWS_RETRY_MODE: 'adaptive' }, { maxAttempts: 10, adaptive: true }],
    [{ AWS_MAX_ATTEMPTS: 'many' }, { maxAttempts: 10, adaptive: false }],
    [{ AWS_MAX_ATTEMPTS: '0' }, { maxAttempts: 10, adaptive: false }]
  ])('honours the AWS retry settings the user set: %o', (env, expected) => {
    expect(startPatienceFrom(env)).toMatchObject(expected)
  })
})

describe('throttlingByName', () => {
  type SdkError = Parameters<typeof isThrottlingError>[0]

  async function classified(error: Error): Promise<boolean> {
    const marked = await throttlingByName(() => Promise.reject(error))({}).catch(
      (thrown: unknown) => thrown as SdkError
    )
    return isThrottlingError(marked)
  }

  it.each(['CallRateLimitExceededException', 'TooManyRequestsException'])(
    'makes the SDK see %s as throttling whatever its status',
    async (name) => {
      expect(await classified(anAwsError(name, { status: 400 }))).toBe(true)
    }
  )

  it('leaves other errors to the SDK', async () => {
    expect(await classified(anAwsError('ResourceInUseException', { status: 400 }))).toBe(false)
  })

  it('passes answers through untouched', async () => {
    await expect(throttlingByName(() => Promise.resolve('answer'))({})).resolves.toBe('answer')
  })
})

describe('createAwsClients', () => {
  it('teaches every client, also the ones loaded later, to recognise throttling by name', async () => {
    const clients = createAwsClients('eu-west-1')
    const stacks = [
      clients.imagebuilder,
      await clients.ec2('us-east-1'),
      await clients.logs('eu-west-1')
    ]
    for (const client of stacks) {
      expect(client.middlewareStack.identify()).toContainEqual(
        'throttlingByNameMiddleware - after retryMiddleware'
      )
    }
    await clients.destroy()
  })
})
