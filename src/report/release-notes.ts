/**
 * The `release-notes` output: Markdown for a GitHub release body. The image and its version, the
 * commit it was built from, the recipe and its components, the tests in one line and the AMIs
 * (account, region, AMI ID, name). Text from AWS is escaped as in the job summary, and the whole
 * stays under GitHub's limit for a release body.
 */
import type { BuildRecord } from '../domain/record.js'
import { code, table, text } from './markdown.js'
import { NAME_CHARS } from './summary/limits.js'
import { testOutcomes } from './test-outcomes.js'

/** GitHub refuses a release body over 125,000 characters; this leaves room for the note. */
const RELEASE_BODY_CHARS = 120_000
const SHA_TAG = 'github:sha'

export function releaseNotes(record: BuildRecord, env: NodeJS.ProcessEnv): string {
  const image = record.snapshot?.image
  if (!image || !record.imageArn) return ''
  const heading = `## ${text(image.name ?? 'Image', NAME_CHARS)} ${text(image.version ?? '', NAME_CHARS)}`
  const rows = [
    ['Image', code(record.imageArn, NAME_CHARS)],
    ['Status', text(image.status, NAME_CHARS)],
    ...sourceRows(record, env),
    ...recipeRows(record),
    ['Tests', text(testsLine(record))]
  ]
  const facts = table(['', ''], rows)
  return bounded([heading, facts, amiTable(record)].filter((part) => part !== '').join('\n\n'))
}

function sourceRows(record: BuildRecord, env: NodeJS.ProcessEnv): string[][] {
  const source = record.promotion?.source
  const commit = source?.tags?.[SHA_TAG] ?? record.snapshot?.image.tags?.[SHA_TAG] ?? env.GITHUB_SHA
  return [
    ...(source ? [['Promoted from', code(source.arn, NAME_CHARS)]] : []),
    ...(commit ? [['Source commit', code(commit, NAME_CHARS)]] : [])
  ]
}

function recipeRows(record: BuildRecord): string[][] {
  const image = record.promotion?.source ?? record.snapshot?.image
  if (!image) return []
  const recipe = image.recipe
  const components = image.componentArns.map((arn) => {
    const match = /:component\/([^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(arn)
    if (!match) return code(arn, NAME_CHARS)
    const [, name = '', version = '', build] = match
    return `${text(name, NAME_CHARS)} ${text(build ? `${version}/${build}` : version, NAME_CHARS)}`
  })
  return [
    ...(recipe?.name
      ? [['Recipe', `${text(recipe.name, NAME_CHARS)} ${text(recipe.version ?? '', NAME_CHARS)}`]]
      : []),
    ...(components.length > 0 ? [['Components', components.join('<br>')]] : [])
  ]
}

/** The tests in one line: the recipe's test components, passed, failed and not run. */
function testsLine(record: BuildRecord): string {
  if (record.promotion) {
    return `not run by the promotion: they ran, if enabled, in the build of ${record.promotion.source.arn}`
  }
  const image = record.snapshot?.image
  if (image && !image.testsEnabled) return 'image tests were turned off'
  const outcomes = testOutcomes(record)
  if (!outcomes) return 'not known'
  if (outcomes.length === 0) return 'the recipe has no test components'
  const count = (result: string): number =>
    outcomes.filter((outcome) => outcome.result === result).length
  const failed = outcomes
    .filter((outcome) => outcome.result === 'failed')
    .map((outcome) => outcome.component.name)
  const tally = `${count('passed')} passed, ${count('failed')} failed, ${count('not-run')} not run`
  return failed.length > 0 ? `${tally} (failed: ${failed.join(', ')})` : tally
}

function amiTable(record: BuildRecord): string {
  const amis = record.snapshot?.image.amis ?? []
  if (amis.length === 0) return ''
  const rows = amis.map((ami) => [
    text(ami.accountId ?? '', NAME_CHARS),
    text(ami.region, NAME_CHARS),
    code(ami.imageId, NAME_CHARS),
    text(ami.name ?? '', NAME_CHARS)
  ])
  return `### AMIs\n${table(['Account', 'Region', 'AMI ID', 'Name'], rows)}`
}

function bounded(notes: string): string {
  if (notes.length <= RELEASE_BODY_CHARS) return notes
  const cut = notes.lastIndexOf('\n', RELEASE_BODY_CHARS)
  return `${notes.slice(0, cut)}\n\n(The rest was left out to stay under GitHub's limit for a release body.)`
}
