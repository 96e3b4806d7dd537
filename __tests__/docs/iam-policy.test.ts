/**
 * docs/iam-policy.json against what the action really calls: the bundled action runs in each mode
 * against the emulator, every recorded request becomes an IAM action, and the statements meant
 * for that mode must allow it, together with the actions AWS authorizes alongside it.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/src/index.js'
import { BUILD_REGION, emulatorPerTest, runStep } from '../e2e/helpers.js'

interface PolicyStatement {
  Sid: string
  Effect: 'Allow' | 'Deny'
  Action: string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, string>>
}

const POLICY = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'iam-policy.json'), 'utf8')
) as { Version: string; Statement: PolicyStatement[] }

type Mode = 'pipeline' | 'attach' | 'recipe' | 'promote'

/** The statements a role needs for one mode: the shared ones and that mode's own (attach has none). */
const SID_PREFIXES: Record<Mode, string[]> = {
  pipeline: ['AllModes', 'PipelineMode'],
  attach: ['AllModes'],
  recipe: ['AllModes', 'RecipeMode'],
  promote: ['AllModes', 'PromoteMode']
}

/**
 * Actions the Service Authorization Reference lists as "dependent actions" of an operation: the
 * caller needs them too, though no request of their own is ever sent.
 */
const DEPENDENT_ACTIONS: Record<string, string[]> = {
  'imagebuilder:StartImagePipelineExecution': ['imagebuilder:TagResource'],
  'imagebuilder:CreateComponent': ['imagebuilder:TagResource'],
  'imagebuilder:CreateImageRecipe': [
    'imagebuilder:GetComponent',
    'imagebuilder:GetImage',
    'imagebuilder:TagResource'
  ],
  'imagebuilder:CreateInfrastructureConfiguration': [
    'imagebuilder:TagResource',
    'iam:GetInstanceProfile',
    'iam:PassRole'
  ],
  'imagebuilder:UpdateInfrastructureConfiguration': ['iam:GetInstanceProfile', 'iam:PassRole'],
  'imagebuilder:CreateContainerRecipe': [
    'imagebuilder:GetComponent',
    'imagebuilder:GetImage',
    'imagebuilder:TagResource'
  ],
  'imagebuilder:CreateDistributionConfiguration': ['imagebuilder:TagResource'],
  'imagebuilder:DistributeImage': ['iam:PassRole', 'imagebuilder:TagResource'],
  'imagebuilder:CreateImage': [
    'imagebuilder:GetContainerRecipe',
    'imagebuilder:GetDistributionConfiguration',
    'imagebuilder:GetImageRecipe',
    'imagebuilder:GetInfrastructureConfiguration',
    'imagebuilder:TagResource'
  ]
}

/** Actions that support no resource-level permissions, so `"Resource": "*"` is the only choice. */
const UNSCOPABLE_ACTIONS = [
  'imagebuilder:ListComponents',
  'imagebuilder:ListImageRecipes',
  'imagebuilder:ListContainerRecipes',
  'imagebuilder:ListInfrastructureConfigurations',
  'imagebuilder:ListDistributionConfigurations',
  'ec2:DescribeImages',
  'ec2:DescribeLaunchTemplates',
  'ec2:GetImageBlockPublicAccessState'
]

/** The emulator's service names are the IAM service prefixes. */
const IAM_PREFIXES: Record<string, string> = {
  imagebuilder: 'imagebuilder',
  ec2: 'ec2',
  logs: 'logs',
  ssm: 'ssm',
  ecr: 'ecr',
  sts: 'sts'
}

/**
 * Actions AWS allows every caller, whatever its policies say: "No permissions are required to
 * perform this operation" (STS API reference, GetCallerIdentity). The policy need not grant them.
 */
const ALWAYS_ALLOWED = ['sts:GetCallerIdentity']

function statementsFor(mode: Mode): PolicyStatement[] {
  return POLICY.Statement.filter((statement) =>
    SID_PREFIXES[mode].some((prefix) => statement.Sid.startsWith(prefix))
  )
}

function allowedActions(mode: Mode): Set<string> {
  return new Set(
    statementsFor(mode)
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) => statement.Action)
  )
}

/** Every IAM action behind the requests the emulator received. */
function actionsCalled(emu: Emulator): string[] {
  const actions = emu.requests.map(({ service, operation }) => {
    const prefix = IAM_PREFIXES[service]
    if (prefix === undefined) throw new Error(`no IAM prefix known for service ${service}`)
    return `${prefix}:${operation}`
  })
  return [...new Set(actions)].sort()
}

/** What `mode` is missing for the calls made: each call and each of its dependent actions. */
function missingFor(mode: Mode, called: string[]): string[] {
  const allowed = allowedActions(mode)
  const needed = called.flatMap((action) => [action, ...(DEPENDENT_ACTIONS[action] ?? [])])
  return [...new Set(needed)].filter(
    (action) => !allowed.has(action) && !ALWAYS_ALLOWED.includes(action)
  )
}

/** The run really did its work (`expected` among the calls), and the mode's statements allow it all. */
function expectCovered(mode: Mode, called: string[], expected: string[]): void {
  expect(called).toEqual(expect.arrayContaining(expected))
  expect(missingFor(mode, called)).toEqual([])
}

const startWorld = emulatorPerTest()

describe('docs/iam-policy.json', () => {
  it('grants every action by its full name, never by wildcard', () => {
    const actions = POLICY.Statement.flatMap((statement) => statement.Action)
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.filter((action) => !/^[a-z0-9-]+:[A-Za-z]+$/.test(action))).toEqual([])
  })

  it('uses "Resource": "*" only for actions that cannot be scoped to a resource', () => {
    const unscoped = POLICY.Statement.filter((statement) =>
      [statement.Resource].flat().includes('*')
    ).flatMap((statement) => statement.Action)
    expect(unscoped.filter((action) => !UNSCOPABLE_ACTIONS.includes(action))).toEqual([])
  })

  it('names every statement after the mode that needs it, and allows only', () => {
    for (const statement of POLICY.Statement) {
      expect(statement.Sid).toMatch(/^(AllModes|PipelineMode|RecipeMode|PromoteMode)[A-Za-z]+$/)
      expect(statement.Effect).toBe('Allow')
    }
  })

  it('lets each role be passed only to the service that uses it: the instance profile role to EC2, the execution role to Image Builder', () => {
    const passRole = POLICY.Statement.filter((statement) =>
      statement.Action.includes('iam:PassRole')
    )
    expect(
      passRole.map((statement) => [statement.Resource, statement.Condition?.StringEquals])
    ).toEqual([
      [
        'arn:aws:iam::111122223333:role/EC2InstanceProfileForImageBuilder',
        { 'iam:PassedToService': 'ec2.amazonaws.com' }
      ],
      [
        'arn:aws:iam::111122223333:role/ImageBuilderExecution',
        { 'iam:PassedToService': 'imagebuilder.amazonaws.com' }
      ],
      [
        'arn:aws:iam::111122223333:role/ImageBuilderExecution',
        { 'iam:PassedToService': 'imagebuilder.amazonaws.com' }
      ]
    ])
  })

  it('covers every call of pipeline mode, with AMI tags, build tags and image scanning', async () => {
    const { emu } = await startWorld({
      scenario: { scanFindings: [{ vulnerabilityId: 'CVE-2026-0001', severity: 'HIGH' }] }
    })
    const scanned = emu.seedPipeline({
      name: 'scanned',
      region: BUILD_REGION,
      scanningEnabled: true
    })

    const run = await runStep(emu, {
      'pipeline-arn': scanned.pipelineArn,
      'ami-tags': 'commit=abc',
      tags: 'team=platform'
    })

    expect(run.exitCode).toBe(0)
    expectCovered('pipeline', actionsCalled(emu), [
      'imagebuilder:StartImagePipelineExecution',
      'imagebuilder:ListImageScanFindings',
      'ec2:CreateTags',
      'logs:GetLogEvents'
    ])
  })

  it('covers every call of attach mode without any right to start a build', async () => {
    const { emu, pipeline } = await startWorld()
    const imageArn = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const run = await runStep(emu, { 'image-arn': imageArn, 'ami-tags': 'commit=abc' })

    expect(run.exitCode).toBe(0)
    const called = actionsCalled(emu)
    expect(called).not.toContain('imagebuilder:StartImagePipelineExecution')
    expectCovered('attach', called, ['imagebuilder:GetImage', 'logs:GetLogEvents'])
  })

  it('covers every call of recipe mode, from an AWS-managed component and a local document', async () => {
    const { emu } = await startWorld({ distributionRegions: [BUILD_REGION] })
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
    mkdirSync(join(workspace, 'components'))
    writeFileSync(join(workspace, 'components', 'hello.yml'), HELLO_COMPONENT)

    const run = await runStep(
      emu,
      {
        name: 'golden-al2023',
        'parent-image': emu.parentImageId(BUILD_REGION),
        components: 'update-linux\ncomponents/hello.yml',
        'distribution-regions': `${BUILD_REGION}\neu-west-1`,
        'ami-tags': 'commit=abc',
        'share-with': '444455556666\nall',
        'launch-templates': `eu-west-1=${emu.seedLaunchTemplate('eu-west-1', 'web')}`,
        'deprecate-after': '90d'
      },
      { env: { GITHUB_WORKSPACE: workspace } }
    )

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expectCovered('recipe', actionsCalled(emu), [
      'imagebuilder:CreateComponent',
      'imagebuilder:CreateImageRecipe',
      'imagebuilder:CreateImage',
      'ec2:DescribeLaunchTemplates',
      'sts:GetCallerIdentity',
      'ec2:EnableImageDeprecation',
      'ec2:GetImageBlockPublicAccessState'
    ])
  })

  it('covers every call of recipe mode for a container image pushed to ECR in two regions', async () => {
    const { emu } = await startWorld({ distributionRegions: [BUILD_REGION] })
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
    writeFileSync(join(workspace, 'hello.yml'), HELLO_COMPONENT)
    for (const region of [BUILD_REGION, 'eu-west-1']) emu.createRepository(region, 'golden')

    const run = await runStep(
      emu,
      {
        name: 'golden-app',
        'image-type': 'container',
        'parent-image': 'amazonlinux:2023',
        components: 'hello.yml',
        'container-repository': 'golden',
        'distribution-regions': `${BUILD_REGION}\neu-west-1`
      },
      { env: { GITHUB_WORKSPACE: workspace } }
    )

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expectCovered('recipe', actionsCalled(emu), [
      'ecr:DescribeRepositories',
      'ecr:DescribeImages',
      'imagebuilder:CreateContainerRecipe',
      'imagebuilder:CreateImage'
    ])
  })
})

describe('docs/iam-policy.json for release workflows', () => {
  it('covers every call of promote mode, which builds nothing', async () => {
    const { emu, pipeline } = await startWorld()
    const imageArn = emu.seedImage({ pipelineArn: pipeline.pipelineArn })

    const run = await runStep(emu, {
      'promote-image': imageArn,
      'distribution-regions': 'eu-west-1',
      'execution-role': 'ImageBuilderExecution',
      'share-with': 'all',
      'launch-templates': `eu-west-1=${emu.seedLaunchTemplate('eu-west-1', 'web')}`,
      'deprecate-after': 'P90D'
    })

    expect(run.exitCode).toBe(0)
    const called = actionsCalled(emu)
    expect(called).not.toContain('imagebuilder:CreateImage')
    expectCovered('promote', called, [
      'imagebuilder:CreateDistributionConfiguration',
      'imagebuilder:DistributeImage',
      'ec2:DescribeLaunchTemplates',
      'ec2:EnableImageDeprecation',
      'ec2:GetImageBlockPublicAccessState'
    ])
  })

  it('covers retry in attach mode, and retry-on-rerun in pipeline mode', async () => {
    const { emu, pipeline } = await startWorld()
    const failed = emu.seedImage({
      pipelineArn: pipeline.pipelineArn,
      scenario: { failure: { kind: 'step', step: 'ApplyTestComponents' } }
    })
    expect((await runStep(emu, { 'image-arn': failed, retry: 'true' })).exitCode).toBe(0)
    expectCovered('attach', actionsCalled(emu), ['imagebuilder:RetryImage'])

    const rerun = await runStep(
      emu,
      { 'pipeline-arn': pipeline.pipelineArn, 'retry-on-rerun': 'true' },
      { env: { GITHUB_RUN_ATTEMPT: '2' } }
    )
    expect(rerun.exitCode).toBe(0)
    expectCovered('pipeline', actionsCalled(emu), ['imagebuilder:ListImagePipelineImages'])
  })
})

const HELLO_COMPONENT = `name: hello
description: Writes a greeting, then checks it is there.
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: WriteGreeting
        action: ExecuteBash
        inputs:
          commands:
            - echo hello > /etc/greeting
  - name: test
    steps:
      - name: ReadGreeting
        action: ExecuteBash
        inputs:
          commands:
            - grep -q hello /etc/greeting
`
