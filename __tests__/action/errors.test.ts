import { describe, expect, it } from '@jest/globals'
import {
  describeError,
  isExpiredCredentials,
  isThrottling,
  isTransient,
  rethrowIfExpired
} from '../../src/aws/errors.js'
import { aNetworkError, anAwsError } from './factories.js'

describe('sorting AWS errors', () => {
  it.each([
    anAwsError('CallRateLimitExceededException'),
    anAwsError('ThrottlingException'),
    anAwsError('TooManyRequestsException'),
    anAwsError('AnythingElse', { status: 429 })
  ])('recognises throttling by name or HTTP 429 ($name)', (error) => {
    expect(isThrottling(error)).toBe(true)
    expect(isTransient(error)).toBe(true)
  })

  it('does not judge throttling by message text', () => {
    const error = anAwsError('ValidationException', { message: 'Rate exceeded' })
    expect(isThrottling(error)).toBe(false)
    expect(isTransient(error)).toBe(false)
  })

  it.each([
    ['a 500', anAwsError('InternalServerException', { status: 500 })],
    ['a 503', anAwsError('ServiceUnavailableException', { status: 503 })],
    ['Image Builder’s ServiceException', anAwsError('ServiceException')],
    ['a reset connection', aNetworkError('ECONNRESET')],
    ['a refused connection', aNetworkError('ECONNREFUSED')],
    ['a failed DNS lookup', aNetworkError('EAI_AGAIN')],
    ['an SDK timeout', anAwsError('TimeoutError', { status: 0 })]
  ])('counts %s as transient', (_case, error) => {
    expect(isTransient(error)).toBe(true)
  })

  it.each([
    anAwsError('AccessDeniedException', { status: 403 }),
    anAwsError('ResourceNotFoundException', { status: 404 }),
    anAwsError('InvalidRequestException'),
    new Error('plain'),
    'a string',
    undefined
  ])('does not count %p as transient', (error) => {
    expect(isTransient(error)).toBe(false)
  })

  it.each(['ExpiredTokenException', 'ExpiredToken', 'RequestExpired'])(
    'recognises %s as expired credentials',
    (name) => {
      expect(isExpiredCredentials(anAwsError(name))).toBe(true)
    }
  )

  it('recognises a credential provider that can no longer refresh an expired session', () => {
    const error = anAwsError('CredentialsProviderError', { message: 'The session has expired' })
    expect(isExpiredCredentials(error)).toBe(true)
    expect(
      isExpiredCredentials(
        anAwsError('CredentialsProviderError', { message: 'Could not load credentials' })
      )
    ).toBe(false)
  })

  it('does not take access denied for expired credentials', () => {
    expect(isExpiredCredentials(anAwsError('AccessDeniedException'))).toBe(false)
  })

  it('lets expired credentials through a catch unchanged, and nothing else', () => {
    const expired = anAwsError('ExpiredTokenException')
    expect(() => rethrowIfExpired(expired)).toThrow(expired)
    const refreshFailed = anAwsError('CredentialsProviderError', { message: 'Token is expired' })
    expect(() => rethrowIfExpired(refreshFailed)).toThrow(refreshFailed)
    expect(() => rethrowIfExpired(anAwsError('AccessDeniedException'))).not.toThrow()
    expect(() => rethrowIfExpired(anAwsError('ThrottlingException'))).not.toThrow()
    expect(() => rethrowIfExpired(new Error('plain'))).not.toThrow()
  })

  it('describes an error as name and message', () => {
    expect(describeError(anAwsError('AccessDeniedException', { message: 'not allowed' }))).toBe(
      'AccessDeniedException: not allowed'
    )
    expect(describeError('odd')).toBe('Error: odd')
  })

  it('says what to add when the job has no credentials at all, and not for expired ones', () => {
    const none = anAwsError('CredentialsProviderError', {
      message: 'Could not load credentials from any providers'
    })
    expect(describeError(none)).toBe(
      'no AWS credentials in this job (CredentialsProviderError: Could not load credentials from any providers). Add a step with aws-actions/configure-aws-credentials before this one (with OIDC, the job needs permissions: id-token: write)'
    )
    const expired = anAwsError('CredentialsProviderError', { message: 'Token is expired' })
    expect(describeError(expired)).toBe('CredentialsProviderError: Token is expired')
  })
})
