import { describe, expect, it } from '@jest/globals'
import { InputError, StartError } from '../../src/domain/errors.js'
import { endingOfError, expiredCredentialsEnding } from '../../src/error-ending.js'
import { anAwsError, IMAGE_ARN } from './factories.js'

const running = { reason: undefined }

describe('the ending an error reaching the top of the step makes', () => {
  it('says that a started build keeps running when the credentials expired, and how to avoid it', () => {
    const ending = endingOfError(
      anAwsError('ExpiredTokenException', { message: 'gone' }),
      { imageArn: IMAGE_ARN },
      running
    )
    expect(ending).toEqual({
      kind: 'credentials-expired',
      message: `The AWS credentials expired (ExpiredTokenException: gone). The build ${IMAGE_ARN} keeps running in Image Builder; follow it from a later step with image-arn: ${IMAGE_ARN}. Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that.`
    })
  })

  it('ends a watch that saw the credentials expire the same way as a stage that threw it', () => {
    const expired = anAwsError('ExpiredToken')
    expect(expiredCredentialsEnding(expired, IMAGE_ARN)).toEqual(
      endingOfError(expired, { imageArn: IMAGE_ARN }, running)
    )
  })

  it('says no build was started when the credentials expired before one was', () => {
    const ending = endingOfError(anAwsError('RequestExpired'), { imageArn: undefined }, running)
    expect(ending.kind).toBe('credentials-expired')
    expect(ending.kind === 'credentials-expired' && ending.message).toContain(
      'No build was started.'
    )
  })

  it('judges expired credentials before a stop: the advice matters more than the cancel', () => {
    const ending = endingOfError(
      anAwsError('ExpiredTokenException'),
      { imageArn: undefined },
      { reason: 'timeout' }
    )
    expect(ending.kind).toBe('credentials-expired')
  })

  it.each([
    ['timeout', 'The timeout passed'],
    ['run-cancelled', 'The workflow run was cancelled']
  ] as const)(
    'says a %s before Image Builder named the build left nothing to cancel',
    (reason, why) => {
      const ending = endingOfError(
        anAwsError('AbortError', { message: 'aborted' }),
        { imageArn: undefined },
        { reason }
      )
      expect(ending).toEqual({
        kind: 'error',
        message: `${why} before Image Builder named the build, so there is none to cancel (AbortError: aborted). If a build did start, the image list of the pipeline or recipe shows it.`
      })
    }
  )

  it("keeps the action's own errors as they are and describes any other by name and message", () => {
    const refused = new InputError('pipeline-arn', 'does not exist')
    expect(endingOfError(refused, { imageArn: undefined }, running)).toEqual({
      kind: 'error',
      message: refused.message
    })
    const notStarted = new StartError('Could not start pipeline p: ResourceInUseException: busy')
    expect(endingOfError(notStarted, { imageArn: IMAGE_ARN }, running)).toEqual({
      kind: 'error',
      message: notStarted.message
    })
    expect(
      endingOfError(
        anAwsError('AccessDeniedException', { message: 'no' }),
        { imageArn: IMAGE_ARN },
        running
      )
    ).toEqual({
      kind: 'error',
      message: 'AccessDeniedException: no'
    })
  })
})
