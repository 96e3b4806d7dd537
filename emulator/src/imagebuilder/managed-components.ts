/**
 * AWS-managed components, owned by `aws` in every region, so that recipes can name them as
 * `arn:aws:imagebuilder:<region>:aws:component/update-linux/x.x.x` (§8.1). Their documents are
 * short stand-ins with the phases the real ones have, so the type is inferred as for any other.
 * AWS publishes new versions of them over time; a test does so with `publishManagedComponent`.
 */
import { REGIONS } from '../regions.js'
import type { ImagePlatform } from '../scenario.js'
import { parseVersionedArn, resourceArn } from './arns.js'
import { readComponentDocument } from './component-document.js'
import type { ResourceStore } from './resources.js'
import type { Component } from './shapes.js'

interface ManagedComponent {
  name: string
  version: string
  platform: ImagePlatform
  description: string
  phase: 'build' | 'test'
  command: string
}

const MANAGED: readonly ManagedComponent[] = [
  {
    name: 'update-linux',
    version: '1.0.2',
    platform: 'Linux',
    description: 'Updates Linux with the latest security updates.',
    phase: 'build',
    command: 'sudo yum update -y'
  },
  {
    name: 'update-windows',
    version: '1.0.1',
    platform: 'Windows',
    description: 'Updates Windows with the latest security updates.',
    phase: 'build',
    command: 'Install-WindowsUpdate -AcceptAll'
  },
  {
    name: 'aws-cli-version-2-linux',
    version: '1.0.4',
    platform: 'Linux',
    description: 'Installs the latest version of the AWS CLI version 2.',
    phase: 'build',
    command: 'curl -sSo awscliv2.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip'
  },
  {
    name: 'amazon-cloudwatch-agent-linux',
    version: '1.0.1',
    platform: 'Linux',
    description: 'Installs the latest version of the Amazon CloudWatch agent.',
    phase: 'build',
    command: 'sudo yum install -y amazon-cloudwatch-agent'
  },
  {
    name: 'reboot-test-linux',
    version: '1.0.0',
    platform: 'Linux',
    description: 'Tests whether the system can reboot successfully.',
    phase: 'test',
    command: 'sudo reboot'
  },
  {
    name: 'simple-boot-test-linux',
    version: '1.0.0',
    platform: 'Linux',
    description: 'Executes a simple boot test.',
    phase: 'test',
    command: 'echo "Boot test passed"'
  },
  {
    name: 'reboot-test-windows',
    version: '1.0.0',
    platform: 'Windows',
    description: 'Tests whether the system can reboot successfully.',
    phase: 'test',
    command: 'Restart-Computer -Force'
  }
]

/** A fixed date, long past, so that list lag never hides them. */
const PUBLISHED = '2025-01-01T00:00:00.000Z'

export function managedComponents(): Component[] {
  return REGIONS.flatMap((region) => MANAGED.map((component) => managed(region, component)))
}

/**
 * Publishes `version` of the managed component `name` in `region`, as AWS does when it updates
 * one: a new version, or the next build of one that exists. Version and wildcard ARNs resolve to it
 * from then on wherever it is the newest match. Returns its build version ARN.
 */
export function publishManagedComponent(
  resources: ResourceStore,
  publication: { region: string; name: string; version: string; now: number }
): string {
  const { region, name, version } = publication
  const template = MANAGED.find((component) => component.name === name)
  if (template === undefined) {
    throw new Error(`${name} is not an AWS-managed component the emulator knows`)
  }
  if (!/^[0-9]+\.[0-9]+\.[0-9]+$/.test(version)) {
    throw new Error(`A managed component's version is major.minor.patch, not '${version}'`)
  }
  if (!REGIONS.includes(region)) throw new Error(`The emulator serves no region ${region}`)
  const builds = resources.components
    .all()
    .map((component) => parseVersionedArn(component.arn))
    .filter(
      (parsed) =>
        parsed?.base === resourceArn(region, 'aws', 'component', name) && parsed.version === version
    )
  const build = String(Math.max(0, ...builds.map((parsed) => parsed?.build ?? 0)) + 1)
  const published = managed(region, { ...template, version }, build, new Date(publication.now))
  return resources.components.put(published).arn
}

function managed(
  region: string,
  component: ManagedComponent,
  build = '1',
  published = new Date(PUBLISHED)
): Component {
  const data = documentOf(component)
  return {
    arn: resourceArn(region, 'aws', 'component', component.name, component.version, build),
    name: component.name,
    version: component.version,
    description: component.description,
    type: readComponentDocument(data).type,
    platform: component.platform,
    state: { status: 'ACTIVE' },
    owner: 'Amazon',
    data,
    encrypted: true,
    dateCreated: published.toISOString(),
    tags: {},
    obfuscate: false
  }
}

function documentOf(component: ManagedComponent): string {
  const action = component.platform === 'Windows' ? 'ExecutePowerShell' : 'ExecuteBash'
  const phases = component.phase === 'build' ? ['build', 'validate'] : ['test']
  return [
    `name: ${component.name}`,
    `description: ${component.description}`,
    'schemaVersion: 1.0',
    'phases:',
    ...phases.flatMap((phase) => [
      `  - name: ${phase}`,
      '    steps:',
      `      - name: ${phase === 'validate' ? 'Validate' : 'Run'}`,
      `        action: ${action}`,
      '        inputs:',
      '          commands:',
      `            - ${component.command}`
    ]),
    ''
  ].join('\n')
}
