/**
 * Every example workflow is a workflow that would run: it parses, every `with:` of our action names
 * an input that action.yml declares, every `steps.<id>.outputs.<name>` of our action names an
 * output it declares, every `needs.<job>.outputs.<name>` names an output that job declares, and
 * the README shows the example exactly as the file has it. (actionlint checks the rest in CI.)
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { readActionMetadata, readExamples, readReadme } from './repository-files.js'

interface WorkflowStep {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

interface WorkflowJob {
  needs?: string | string[]
  outputs?: Record<string, string>
  steps?: WorkflowStep[]
}

interface Workflow {
  on: unknown
  jobs: Record<string, WorkflowJob>
}

const action = readActionMetadata()
const INPUTS = Object.keys(action.inputs)
const OUTPUTS = Object.keys(action.outputs)

/** `uses: ./` in this repository, `<owner>/imagebuilder-action@<ref>` for users. */
function isOurAction(step: WorkflowStep): boolean {
  return step.uses === './' || /^[^/\s]+\/imagebuilder-action@\S+$/.test(step.uses ?? '')
}

/** Every string anywhere in a value: expressions can sit in `with`, `env`, `run`, `outputs`, `if`. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn)
  return []
}

/** `[owner, name]` for each `<context>.<owner>.outputs.<name>` in the job. */
function outputReferences(job: WorkflowJob, context: 'steps' | 'needs'): [string, string][] {
  const pattern = new RegExp(`\\b${context}\\.([\\w-]+)\\.outputs\\.([\\w-]+)`, 'g')
  return stringsIn(job).flatMap((text) =>
    [...text.matchAll(pattern)].map((match): [string, string] => [match[1] ?? '', match[2] ?? ''])
  )
}

function needsOf(job: WorkflowJob): string[] {
  return job.needs === undefined ? [] : [job.needs].flat()
}

const examples = readExamples().map((file) => ({ ...file, workflow: parse(file.text) as Workflow }))

it('has the example workflows the README promises', () => {
  expect(examples.map(({ name }) => name)).toEqual([
    'container-image-to-ecr.yml',
    'golden-ami-on-push.yml',
    'matrix-os.yml',
    'pipeline-start-then-attach.yml',
    'promote-on-release.yml',
    'publish-ssm-parameter-and-launch-template.yml',
    'pull-request.yml',
    'release.yml'
  ])
})

describe.each(examples)('examples/$name', ({ text, workflow }) => {
  const jobs = Object.entries(workflow.jobs)
  const ourSteps = jobs.flatMap(([, job]) => (job.steps ?? []).filter(isOurAction))

  it('is a workflow that runs our action', () => {
    expect(workflow.on).toBeDefined()
    expect(ourSteps.length).toBeGreaterThan(0)
    expect(ourSteps.every((step) => step.id !== undefined)).toBe(true)
  })

  it('gives our action only inputs that action.yml declares', () => {
    const unknown = ourSteps.flatMap((step) =>
      Object.keys(step.with ?? {}).filter((input) => !INPUTS.includes(input))
    )
    expect(unknown).toEqual([])
  })

  it('reads only outputs that our action or the needed job declares', () => {
    const wrong: string[] = []
    for (const [jobName, job] of jobs) {
      const steps = job.steps ?? []
      for (const [id, name] of outputReferences(job, 'steps')) {
        const step = steps.find((candidate) => candidate.id === id)
        if (step === undefined) wrong.push(`${jobName}: no step '${id}'`)
        else if (isOurAction(step) && !OUTPUTS.includes(name))
          wrong.push(`${jobName}: steps.${id} has no output '${name}'`)
      }
      for (const [needed, name] of outputReferences(job, 'needs')) {
        if (!needsOf(job).includes(needed)) wrong.push(`${jobName}: does not need '${needed}'`)
        else if (workflow.jobs[needed]?.outputs?.[name] === undefined)
          wrong.push(`${jobName}: job '${needed}' has no output '${name}'`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('is shown in the README exactly as it is in examples/', () => {
    expect(readReadme()).toContain(`\`\`\`yaml\n${text}\`\`\``)
  })
})
