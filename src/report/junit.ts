/**
 * The `test-report` output's file: JUnit XML with one test case per test component of the recipe,
 * the form test-report actions and CI dashboards read. Text from AWS and the build is escaped, and
 * characters XML 1.0 cannot hold are replaced, so the file always parses.
 */
import type { BuildRecord } from '../domain/record.js'
import { clip } from './clip.js'
import { componentPlace } from './failure.js'
import type { TestOutcome } from './test-outcomes.js'

const SUITE = 'EC2 Image Builder test components'
/** Image Builder cuts component errors at 1,024 characters; a reason can be far longer. */
const MESSAGE_MAX_CHARS = 4_000

export function junitReport(record: BuildRecord, outcomes: readonly TestOutcome[]): string {
  const failures = outcomes.filter((outcome) => outcome.result === 'failed').length
  const skipped = outcomes.filter((outcome) => outcome.result === 'not-run').length
  const counts = `tests="${outcomes.length}" failures="${failures}" errors="0" skipped="${skipped}"`
  const image = record.snapshot?.image
  const suiteName = image?.name ? `${image.name} ${image.version ?? ''}`.trim() : SUITE
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attribute(SUITE)}" ${counts}>`,
    `  <testsuite name="${attribute(suiteName)}" ${counts}>`,
    ...(record.imageArn
      ? [
          '    <properties>',
          `      <property name="image-arn" value="${attribute(record.imageArn)}"/>`,
          '    </properties>'
        ]
      : []),
    ...outcomes.map(testCase),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

function testCase(outcome: TestOutcome): string {
  const { component } = outcome
  const open = `    <testcase name="${attribute(component.name)}" classname="${attribute(component.arn)}"`
  switch (outcome.result) {
    case 'passed':
      return `${open}/>`
    case 'not-run':
      return `${open}>\n      <skipped message="${attribute(`Not run: ${outcome.why}`)}"/>\n    </testcase>`
    case 'failed': {
      const { failure } = outcome
      const message = clip(failure.errorMessage ?? 'The test component failed.', MESSAGE_MAX_CHARS)
      const body = [
        `Failed at ${componentPlace({ ...failure, componentArn: failure.componentArn ?? component.arn })}`,
        `Error: ${message}`,
        ...(outcome.printed.length > 0 ? ['The step printed:', ...outcome.printed] : [])
      ].join('\n')
      return [
        `${open}>`,
        `      <failure message="${attribute(message)}" type="${attribute(failure.action ?? 'ExecuteComponents')}">${content(body)}</failure>`,
        '    </testcase>'
      ].join('\n')
    }
  }
}

/** Characters XML 1.0 allows (tab, line feed, carriage return and the printable planes). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

function content(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Attribute values also escape quotes and line breaks, which parsers would otherwise normalise. */
function attribute(value: string): string {
  return content(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}
