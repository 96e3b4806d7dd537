/**
 * The cause first: a GitHub alert that opens the summary of a run that failed, saying what failed
 * (stage, workflow step, component, phase, step), why (the error and the last lines the failing
 * step printed), and what to do next where that is known.
 */
import type { BuildRecord } from '../../domain/record.js'
import { componentNameOfArn } from '../../domain/arns.js'
import {
  type Cause,
  causeOf,
  type KeptInstance,
  PRINTED_LINE_CHARS,
  printedLabel
} from '../cause.js'
import { failureOf, regionFailure } from '../failure.js'
import { PUBLIC } from '../../inputs/share-with.js'
import { destinations } from '../destinations.js'
import { code, preformatted, text } from '../markdown.js'
import { CAUSE_CHARS, NAME_CHARS } from './limits.js'

export function alertSection(record: BuildRecord): string {
  const cause = causeOf(record)
  if (cause) return quote(['[!CAUTION]', ...causeLines(cause)])
  const failure = failureOf(record)
  if (!failure) return publicWarning(record)
  const kind = record.ending?.kind === 'aborted' ? '[!WARNING]' : '[!CAUTION]'
  return quote([kind, text(failure, CAUSE_CHARS)])
}

/**
 * A public AMI stands at the top of a summary that has nothing worse to say: any AWS account can
 * launch it and copy its snapshots, which a reader must not learn of only from a table.
 */
function publicWarning(record: BuildRecord): string {
  const distribution = (record.plan ?? record.promotion)?.distribution
  const regions = (distribution ? destinations(distribution) : [])
    .filter((destination) => destination.sharedWith.includes(PUBLIC))
    .map((destination) => text(destination.region, NAME_CHARS))
  if (regions.length === 0) return ''
  const is = record.ending?.kind === 'planned' ? 'would be' : 'is'
  return quote([
    '[!WARNING]',
    `The AMI ${is} public (\`share-with: all\`) in ${regions.join(', ')}: any AWS account can launch it and copy its snapshots, with everything the build put on them.`
  ])
}

function causeLines(cause: Cause): string[] {
  const facts: string[] = []
  if (cause.stage) facts.push(`- **Stage:** ${text(cause.stage, NAME_CHARS)}`)
  if (cause.failedStep) {
    const { workflow, step } = cause.failedStep
    const action = step.action ? ` (${text(step.action, NAME_CHARS)})` : ''
    facts.push(
      `- **Workflow step:** ${text(workflow.name, NAME_CHARS)} › ${text(step.name, NAME_CHARS)}${action}`
    )
  }
  const component = cause.component
  if (component?.componentArn) {
    facts.push(
      `- **Component:** ${text(componentNameOfArn(component.componentArn), NAME_CHARS)} ${code(component.componentArn, NAME_CHARS)}`
    )
  }
  if (component?.phaseName || component?.stepName) {
    const action = component.action ? ` (${text(component.action, NAME_CHARS)})` : ''
    const place = [component.phaseName, component.stepName].filter(Boolean).join(' › ')
    facts.push(`- **Phase › step:** ${text(place, NAME_CHARS)}${action}`)
  }
  if (cause.error) facts.push(`- **Error:** ${text(cause.error, CAUSE_CHARS)}`)
  if (cause.reason) facts.push(`- **Image Builder says:** ${text(cause.reason, CAUSE_CHARS)}`)
  if (cause.distribution) facts.push(...distributionLines(cause, cause.distribution))
  return [
    `**The image build ${text(cause.status)}${cause.stage ? ` during ${text(cause.stage, NAME_CHARS)}` : ''}.**`,
    '',
    ...facts,
    ...printedLines(cause),
    ...(cause.next ? ['', `**Next:** ${text(cause.next)}`] : []),
    ...(cause.keptInstance ? keptInstanceLines(cause.keptInstance) : [])
  ]
}

/** The instance ID and region passed a pattern when read, so they go into the command as they are. */
function keptInstanceLines({ instanceId, region }: KeptInstance): string[] {
  return [
    '',
    `**Kept instance:** ${code(instanceId, NAME_CHARS)} in ${text(region, NAME_CHARS)} (keep-instance-on-failure). It costs money until terminated. Connect with:`,
    '',
    '```sh',
    `aws ssm start-session --target ${instanceId} --region ${region}`,
    '```',
    '',
    `Terminate it when done: ${code(`aws ec2 terminate-instances --instance-ids ${instanceId} --region ${region}`, CAUSE_CHARS)}`
  ]
}

function distributionLines(
  cause: Cause,
  distribution: NonNullable<Cause['distribution']>
): string[] {
  const { errorMessage } = distribution
  const error =
    errorMessage && errorMessage !== cause.error ? ` ${text(errorMessage, CAUSE_CHARS)}` : ''
  return [
    `- **Distribution failed:**${error}`,
    ...distribution.regionFailures.map(
      (failure) => `  - ${text(regionFailure(failure, cause.error), CAUSE_CHARS)}`
    )
  ]
}

function printedLines(cause: Cause): string[] {
  if (cause.printed.length === 0) return []
  return [
    '',
    printedLabel(cause.printed, 'The failing step printed'),
    '',
    ...preformatted(cause.printed, PRINTED_LINE_CHARS).split('\n')
  ]
}

/** Each line of a blockquote, also the empty ones, so the alert stays one block. */
function quote(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')
}
