/** `target-accounts`: the accounts that receive their own copy of the AMI, in recipe and promote mode. */
import { describe, expect, it } from '@jest/globals'
import {
  IN_EU,
  inputErrorOf,
  parse,
  RECIPE,
  recipe,
  recipeProblem,
  refusedWithContainer
} from './input-factories.js'

const BUILD_ACCOUNT = '111122223333'
const PROMOTE = {
  'promote-image': `arn:aws:imagebuilder:eu-west-1:${BUILD_ACCOUNT}:image/golden-al2023/1.4.x`,
  'execution-role': 'ImageBuilderExecution'
}
const PIPELINE = {
  'pipeline-arn': `arn:aws:imagebuilder:eu-west-1:${BUILD_ACCOUNT}:image-pipeline/golden`
}

describe('target-accounts', () => {
  it('is empty unless given, and takes lines or commas', () => {
    expect(recipe().targetAccounts).toEqual([])
    expect(
      recipe({ 'target-accounts': '222233334444, 333344445555\n444455556666' }).targetAccounts
    ).toEqual(['222233334444', '333344445555', '444455556666'])
  })

  it('uses an account given twice once, with a warning', () => {
    const { inputs, warnings } = parse(
      { ...RECIPE, 'target-accounts': '222233334444\n333344445555, 222233334444' },
      IN_EU
    )
    expect(inputs).toMatchObject({ targetAccounts: ['222233334444', '333344445555'] })
    expect(warnings).toContain(
      "Input 'target-accounts': 222233334444 is given more than once; each is used once."
    )
  })

  it.each([
    ['eleven digits', '22223333444'],
    ['thirteen digits', '2222333344445'],
    ['an organization ARN', 'arn:aws:organizations::111122223333:organization/o-abcdefghij'],
    ['letters', '2222-3333-4444']
  ])('names target-accounts for %s, before any call', (_case, value) => {
    const error = inputErrorOf({ ...RECIPE, 'target-accounts': value }, IN_EU)
    expect(error.input).toBe('target-accounts')
    expect(error.message).toContain(`Input 'target-accounts': '${value}' is not an account ID`)
  })

  it("takes at most 1535 accounts: the build account takes one of AWS's 1536", () => {
    const accounts = (count: number) =>
      Array.from({ length: count }, (_, index) => String(200000000000 + index)).join('\n')
    expect(recipe({ 'target-accounts': accounts(1535) }).targetAccounts).toHaveLength(1535)
    expect(recipeProblem({ 'target-accounts': accounts(1536) })).toContain('at most 1535')
  })

  it("drops the build account in promote mode, known from the image's ARN, with a warning", () => {
    const { inputs, warnings } = parse({
      ...PROMOTE,
      'target-accounts': `${BUILD_ACCOUNT}\n222233334444`
    })
    expect(inputs).toMatchObject({ mode: 'promote', targetAccounts: ['222233334444'] })
    expect(warnings).toEqual([
      `Input 'target-accounts': ${BUILD_ACCOUNT} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
    ])
  })

  it('is refused with pipeline-arn and with image-type: container', () => {
    expect(inputErrorOf({ ...PIPELINE, 'target-accounts': '222233334444' }).input).toBe(
      'target-accounts'
    )
    expect(refusedWithContainer({ 'target-accounts': '222233334444' })).toBe('target-accounts')
  })
})
