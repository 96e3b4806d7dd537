import { describe, expect, it } from '@jest/globals'
import { localComponentName } from '../../src/plan/components.js'
import { fingerprint } from '../../src/plan/fingerprint.js'
import { compareVersions, highestVersion, nextPatchVersion } from '../../src/plan/versions.js'

describe('fingerprint', () => {
  it('does not change with the order of object keys', () => {
    expect(fingerprint({ a: 1, b: [{ c: 'x', d: 'y' }] })).toBe(
      fingerprint({ b: [{ d: 'y', c: 'x' }], a: 1 })
    )
  })

  it('ignores members that are undefined, as the SDK omits them', () => {
    expect(fingerprint({ a: 1, b: undefined })).toBe(fingerprint({ a: 1 }))
  })

  it('changes with any value and with list order', () => {
    expect(fingerprint({ a: [1, 2] })).not.toBe(fingerprint({ a: [2, 1] }))
    expect(fingerprint({ a: '1' })).not.toBe(fingerprint({ a: 1 }))
  })
})

describe('versions', () => {
  it('orders versions numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0)
    expect(highestVersion(['1.0.9', '1.0.10', '0.9.99'])).toBe('1.0.10')
    expect(highestVersion([])).toBeUndefined()
  })

  it('takes the next patch version, or 1.0.0 for the first', () => {
    expect(nextPatchVersion('2.3.9')).toBe('2.3.10')
    expect(nextPatchVersion(undefined)).toBe('1.0.0')
  })
})

describe('localComponentName', () => {
  it('is the recipe name and the file name without its extension', () => {
    expect(localComponentName('golden-al2023', 'components/install-nginx.yml')).toBe(
      'golden-al2023-install-nginx'
    )
  })

  it('turns characters Image Builder refuses in names into hyphens', () => {
    expect(localComponentName('golden', 'c/harden.v2 (cis).yaml')).toBe('golden-harden-v2--cis-')
  })
})
