/**
 * Every test runs with the emulator holding its own responses to AWS's output shapes: a test whose
 * requests drew a non-conforming answer fails, naming the operation and the member.
 */
import { afterEach, expect } from '@jest/globals'
import { takeResponseViolations } from '../../emulator/src/models/response-check.js'

process.env.EMULATOR_CHECK_RESPONSES = '1'

afterEach(() => {
  expect(takeResponseViolations()).toEqual([])
})
