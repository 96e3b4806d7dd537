import { describe, expect, it } from '@jest/globals'
import { amiConsoleUrl, imageConsoleUrl } from '../../src/report/console-links.js'

describe('console links', () => {
  it.each([
    ['us-east-1', 'https://us-east-1.console.aws.amazon.com/'],
    ['cn-north-1', 'https://cn-north-1.console.amazonaws.cn/'],
    ['us-gov-west-1', 'https://us-gov-west-1.console.amazonaws-us-gov.com/']
  ])('open the console of the partition %s belongs to', (region, host) => {
    expect(amiConsoleUrl(region, 'ami-0a1b2c3d4e5f60718')).toBe(
      `${host}ec2/home?region=${region}#ImageDetails:imageId=ami-0a1b2c3d4e5f60718`
    )
  })

  it("links the image's page with its ARN as one encoded path segment", () => {
    expect(
      imageConsoleUrl('arn:aws-cn:imagebuilder:cn-north-1:111122223333:image/golden/1.0.0/2')
    ).toBe(
      'https://cn-north-1.console.amazonaws.cn/imagebuilder/home?region=cn-north-1#/images/arn%3Aaws-cn%3Aimagebuilder%3Acn-north-1%3A111122223333%3Aimage%2Fgolden%2F1.0.0%2F2/details'
    )
  })

  it('makes no link from values that are not what they claim to be', () => {
    expect(amiConsoleUrl('evil.example/x?', 'ami-0a1b2c3d4e5f60718')).toBeUndefined()
    expect(amiConsoleUrl('us-east-1', 'ami-0a1b)[x](http://evil')).toBeUndefined()
    expect(imageConsoleUrl('arn:aws:imagebuilder:us-east-1:1:image/x')).toBeUndefined()
  })
})
