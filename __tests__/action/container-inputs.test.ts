/** `image-type: container`: what a container recipe accepts, and what it refuses before any call. */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Given, IN_EU, inputErrorOf, recipe, RECIPE } from './input-factories.js'

const WORKSPACE = mkdtempSync(join(tmpdir(), 'checkout-'))
writeFileSync(join(WORKSPACE, 'Dockerfile.template'), 'FROM {{{ imagebuilder:parentImage }}}\n')
mkdirSync(join(WORKSPACE, 'docker'))
const OUTSIDE = mkdtempSync(join(tmpdir(), 'elsewhere-'))
writeFileSync(join(OUTSIDE, 'Dockerfile'), 'FROM scratch\n')
symlinkSync(join(OUTSIDE, 'Dockerfile'), join(WORKSPACE, 'linked.Dockerfile'))

const ENV = { ...IN_EU, GITHUB_WORKSPACE: WORKSPACE }
const CONTAINER: Given = {
  'image-type': 'container',
  'parent-image': 'amazonlinux:2023',
  'container-repository': 'golden/app'
}

function containerRecipe(given: Given = {}) {
  return recipe({ ...CONTAINER, ...given }, ENV)
}

/** The error a container recipe with these inputs gets; it must name `input`. */
function problem(given: Given, input: string): string {
  const error = inputErrorOf({ ...RECIPE, ...CONTAINER, ...given }, ENV)
  expect(error.input).toBe(input)
  return error.message
}

describe('container recipe inputs', () => {
  it('takes a container image, the repository in every distribution region and the tags', () => {
    const inputs = containerRecipe({
      'distribution-regions': 'eu-west-1, us-east-1',
      'container-tags': 'latest\nrelease-7',
      dockerfile: 'Dockerfile.template'
    })

    expect(inputs.parentImage).toBe('amazonlinux:2023')
    expect(inputs.container).toEqual({
      repositories: [
        { region: 'eu-west-1', repositoryName: 'golden/app' },
        { region: 'us-east-1', repositoryName: 'golden/app' }
      ],
      dockerfile: {
        path: 'Dockerfile.template',
        realPath: expect.stringMatching(/Dockerfile\.template$/) as unknown as string
      },
      tags: ['latest', 'release-7']
    })
  })

  it.each([
    'public.ecr.aws/docker/library/python:3.12',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/al2023:2026.11',
    `nginx@sha256:${'a'.repeat(64)}`,
    'arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-x86-latest/x.x.x',
    'arn:aws:imagebuilder:eu-west-1:123456789012:image/base-container/1.2.0/3'
  ])('takes the parent container image %s', (parent) => {
    expect(containerRecipe({ 'parent-image': parent }).parentImage).toBe(parent)
  })

  it('gives each region its own repository with region=repository lines, a bare line for the rest', () => {
    const inputs = containerRecipe({
      'distribution-regions': 'eu-west-1\nus-east-1\nap-southeast-2',
      'container-repository': 'golden/app\nus-east-1=golden/app-us'
    })

    expect(inputs.container?.repositories.map((entry) => entry.repositoryName)).toEqual([
      'golden/app',
      'golden/app-us',
      'golden/app'
    ])
  })

  it('refuses a parent image that is neither a container reference nor a container image ARN', () => {
    expect(problem({ 'parent-image': 'Not An Image!' }, 'parent-image')).toContain(
      'is not a container image reference'
    )
    expect(problem({ 'parent-image': 'ami-0123456789abcdef0' }, 'parent-image')).toContain(
      'is an AMI'
    )
  })

  it('refuses a repository name outside ECR pattern', () => {
    expect(problem({ 'container-repository': 'Golden_App' }, 'container-repository')).toContain(
      "'Golden_App' is not an ECR repository name"
    )
  })

  it('refuses a region=repository line for a region not distributed to, and a region without one', () => {
    expect(
      problem({ 'container-repository': 'us-west-2=golden' }, 'container-repository')
    ).toContain('us-west-2 is not a distribution region')
    expect(
      problem(
        {
          'distribution-regions': 'eu-west-1,us-east-1',
          'container-repository': 'eu-west-1=golden'
        },
        'container-repository'
      )
    ).toContain('no repository for distribution region us-east-1')
  })

  it('requires the repository', () => {
    expect(problem({ 'container-repository': '' }, 'container-repository')).toContain(
      'is required with image-type: container'
    )
  })

  it('refuses a Dockerfile outside the checkout, behind a link out of it, or missing', () => {
    expect(problem({ dockerfile: '../Dockerfile' }, 'dockerfile')).toContain(
      'outside the repository checkout'
    )
    expect(problem({ dockerfile: 'linked.Dockerfile' }, 'dockerfile')).toContain('symbolic link')
    expect(problem({ dockerfile: 'missing.Dockerfile' }, 'dockerfile')).toContain(
      'no such file in the repository'
    )
  })

  it('refuses a bad image tag', () => {
    expect(problem({ 'container-tags': '-latest' }, 'container-tags')).toContain(
      "'-latest' is not an image tag"
    )
  })

  it.each([
    ['ami-name', 'golden-{{imagebuilder:buildDate}}'],
    ['ami-tags', 'team=platform'],
    ['share-with', '111122223333'],
    ['kms-key', 'alias/golden-ami'],
    ['launch-templates', 'lt-0123456789abcdef0'],
    ['root-volume-size', '30'],
    ['ssm-parameter', '/golden/latest']
  ] as const)('refuses the AMI-only input %s with image-type: container', (input, value) => {
    expect(problem({ [input]: value }, input)).toContain(
      'applies to AMIs and cannot be used with image-type: container'
    )
  })

  it('refuses container inputs on an AMI recipe, and an unknown image type', () => {
    const error = inputErrorOf({ ...RECIPE, 'container-repository': 'golden' }, ENV)
    expect(error.input).toBe('container-repository')
    expect(error.message).toContain('set image-type: container')
    expect(problem({ 'image-type': 'vm' }, 'image-type')).toContain(
      "expected ami or container, got 'vm'"
    )
  })

  it('refuses container inputs with pipeline-arn', () => {
    const error = inputErrorOf(
      {
        'pipeline-arn': 'arn:aws:imagebuilder:eu-west-1:123456789012:image-pipeline/golden',
        'image-type': 'container'
      },
      ENV
    )
    expect(error.input).toBe('image-type')
  })
})
