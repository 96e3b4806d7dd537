/**
 * Turns the workflow's inputs into one validated ActionInputs value. Runs before any AWS client
 * exists, so bad input fails fast and nothing is created.
 */
import { parseArn, parseImageBuildVersionArn, pipelineArnRegion } from '../domain/arns.js'
import type { ActionInputs } from './action-inputs.js'
import { InputError } from '../domain/errors.js'
import { parseCommon, pullRequestCommentWarnings } from './common.js'
import { FALSE_WORDS, parseBoolean } from './fields.js'
import { type InputName, RECIPE_ONLY_INPUTS } from './defaults.js'
import { requireConsistentArn } from './partitions.js'
import { givenBy, type RawInputReader, withDefaults } from './reader.js'
import { isYamlList, type YamlParser } from './components.js'
import { deprecationWarnings } from './deprecate-after.js'
import { parsePromote } from './promote.js'
import { duplicateWarnings, parseRecipe, recipeWarnings } from './recipe.js'
import { buildAccountWarnings } from './target-accounts.js'

export { environmentReader, type RawInputReader } from './reader.js'

/** Whether parseInputs will need the YAML parser: `components` is written as a YAML list. */
export function needsYamlParser(raw: RawInputReader): boolean {
  return isYamlList(raw('components') ?? '')
}

export interface ParsedInputs {
  inputs: ActionInputs
  /** Inputs that were given but do not apply to the chosen mode. */
  warnings: string[]
}

/** `parseYaml`: needed only for a YAML list of components (see `needsYamlParser`). */
export function parseInputs(
  raw: RawInputReader,
  env: NodeJS.ProcessEnv,
  parseYaml?: YamlParser
): ParsedInputs {
  const read = withDefaults(raw)
  const given = givenBy(read)
  const mode = selectMode(given)
  requireRetryFitsMode(mode, given)
  if (mode === 'promote') {
    const inputs = parsePromote(read, given)
    return {
      inputs,
      warnings: [
        ...duplicateWarnings(read),
        ...deprecationWarnings(inputs),
        ...buildAccountWarnings(read('target-accounts'), parseArn(inputs.promoteImage)?.accountId),
        ...pullRequestCommentWarnings(read)
      ]
    }
  }
  if (mode === 'recipe') {
    const inputs = parseRecipe(read, given, env, parseYaml)
    return {
      inputs,
      warnings: [
        ...duplicateWarnings(read),
        ...recipeWarnings(inputs),
        ...deprecationWarnings(inputs),
        ...pullRequestCommentWarnings(read)
      ]
    }
  }
  const arnInput = mode === 'pipeline' ? 'pipeline-arn' : 'image-arn'
  const decidedBy = mode === 'pipeline' ? "the pipeline's own configuration" : 'the existing build'
  for (const name of RECIPE_ONLY_INPUTS) {
    if (given(name)) {
      throw new InputError(
        name,
        `is a recipe-mode input and cannot be used with ${arnInput}: ${decidedBy} decides it`
      )
    }
  }
  const arn = read(arnInput)
  const region = regionOfArn(mode, arn, read('region'))
  const common = parseCommon(read, region)
  const inputs: ActionInputs =
    mode === 'pipeline'
      ? {
          mode,
          pipelineArn: arn,
          ...common,
          retryOnRerun: parseBoolean('retry-on-rerun', read('retry-on-rerun'))
        }
      : { mode, imageArn: arn, ...common, retry: parseBoolean('retry', read('retry')) }
  return {
    inputs,
    warnings: [...ignoredSettings(given, mode, common.wait), ...pullRequestCommentWarnings(read)]
  }
}

/**
 * Whether to write the job summary when the inputs as a whole were refused: yes unless `summary`
 * itself reads as false, since a user who turned the summary off wants none, even for an error.
 */
export function summaryRequested(raw: RawInputReader): boolean {
  return !FALSE_WORDS.includes(withDefaults(raw)('summary'))
}

const MODE_INPUTS = ['pipeline-arn', 'image-arn', 'name', 'promote-image'] as const

function selectMode(given: (name: InputName) => boolean): ActionInputs['mode'] {
  const chosen = MODE_INPUTS.filter(given)
  if (chosen.length === 0 && (given('parent-image') || given('components'))) return 'recipe'
  if (chosen.length !== 1) {
    const what = chosen.length === 0 ? 'none was given' : `got ${chosen.join(' and ')}`
    throw new InputError(
      chosen.join(', ') || MODE_INPUTS.join(', '),
      'give exactly one of pipeline-arn (run a pipeline), image-arn (follow a build), ' +
        'name with parent-image and components (build a recipe) or promote-image ' +
        `(distribute a built image); ${what}`
    )
  }
  const modes = {
    'pipeline-arn': 'pipeline',
    'image-arn': 'attach',
    name: 'recipe',
    'promote-image': 'promote'
  } as const
  return modes[chosen[0] ?? 'name']
}

/** `retry` retries the build image-arn names; `retry-on-rerun` one this step started earlier. */
function requireRetryFitsMode(
  mode: ActionInputs['mode'],
  given: (name: InputName) => boolean
): void {
  if (given('retry') && mode !== 'attach') {
    throw new InputError(
      'retry',
      'applies with image-arn only: it retries that build in place; on a re-run attempt of pipeline or recipe mode use retry-on-rerun'
    )
  }
  if (given('retry-on-rerun') && mode !== 'pipeline' && mode !== 'recipe') {
    throw new InputError(
      'retry-on-rerun',
      `applies with pipeline-arn or a recipe only (they start builds); with ${mode === 'attach' ? 'image-arn use retry' : 'promote-image there is no build to retry'}`
    )
  }
}

function regionOfArn(mode: 'pipeline' | 'attach', arn: string, regionInput: string): string {
  const region =
    mode === 'pipeline' ? pipelineArnRegion(arn) : parseImageBuildVersionArn(arn)?.region
  if (region === undefined) {
    throw mode === 'pipeline'
      ? new InputError(
          'pipeline-arn',
          `'${arn}' is not an image pipeline ARN (arn:aws:imagebuilder:<region>:<account>:image-pipeline/<name>)`
        )
      : new InputError(
          'image-arn',
          `'${arn}' is not an image build version ARN (arn:aws:imagebuilder:<region>:<account>:image/<name>/<x.y.z>/<build>)`
        )
  }
  const arnInput = mode === 'pipeline' ? 'pipeline-arn' : 'image-arn'
  requireConsistentArn(arnInput, arn)
  if (regionInput !== '' && regionInput !== region) {
    throw new InputError(
      'region',
      `'${regionInput}' differs from the region of ${arnInput} (${region})`
    )
  }
  return region
}

function ignoredSettings(
  given: (name: InputName) => boolean,
  mode: 'pipeline' | 'attach',
  wait: boolean
): string[] {
  const ignored: string[] = []
  if (!wait && given('ami-tags')) {
    ignored.push(
      "Input 'ami-tags' is ignored with wait: false: the AMIs are tagged once the build has made them."
    )
  }
  if (mode === 'attach' && given('tags')) {
    ignored.push("Input 'tags' is ignored with image-arn: the action starts nothing to tag.")
  }
  return ignored
}
