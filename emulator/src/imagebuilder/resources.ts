/**
 * The account's Image Builder resources (and the AWS-managed components), one collection per kind,
 * keyed by ARN and stored exactly as the Get* operations return them.
 */
import { compareVersions, parseVersionedArn, versionMatches } from './arns.js'
import type {
  Component,
  ContainerRecipe,
  DistributionConfiguration,
  ImagePipeline,
  ImageRecipe,
  InfrastructureConfiguration,
  TagMap
} from './shapes.js'

export class ResourceCollection<T extends { arn: string; tags: TagMap }> {
  private readonly byArn = new Map<string, T>()

  /** Removes the resource with this exact ARN; whether there was one. */
  delete(arn: string): boolean {
    return this.byArn.delete(arn)
  }

  put(resource: T): T {
    this.byArn.set(resource.arn, resource)
    return resource
  }

  get(arn: string): T | undefined {
    return this.byArn.get(arn)
  }

  /** Every resource of the kind, in the order they were first put. */
  all(): T[] {
    return [...this.byArn.values()]
  }

  /**
   * An exact ARN, or for a version ARN (`…/1.0.0`, or with `x` wildcards) the highest matching
   * version and, among a component's builds, the newest build. Build-version ARNs (`…/1.0.0/2`)
   * match exactly only.
   */
  resolve(arn: string): T | undefined {
    const exact = this.byArn.get(arn)
    if (exact !== undefined) return exact
    const wanted = parseVersionedArn(arn)
    if (wanted === undefined || wanted.build !== undefined) return undefined
    const candidates = [...this.byArn.values()]
      .map((resource) => ({ resource, parsed: parseVersionedArn(resource.arn) }))
      .filter(
        ({ parsed }) =>
          parsed?.base === wanted.base && versionMatches(wanted.version, parsed.version)
      )
    candidates.sort(
      (a, b) =>
        compareVersions(b.parsed?.version ?? '', a.parsed?.version ?? '') ||
        (b.parsed?.build ?? 0) - (a.parsed?.build ?? 0)
    )
    return candidates[0]?.resource
  }
}

export class ResourceStore {
  readonly components = new ResourceCollection<Component>()
  readonly recipes = new ResourceCollection<ImageRecipe>()
  readonly containerRecipes = new ResourceCollection<ContainerRecipe>()
  readonly infrastructureConfigurations = new ResourceCollection<InfrastructureConfiguration>()
  readonly distributionConfigurations = new ResourceCollection<DistributionConfiguration>()
  readonly pipelines = new ResourceCollection<ImagePipeline>()

  /** The resource with this exact ARN, of any kind, for the tagging operations. */
  find(arn: string): { tags: TagMap } | undefined {
    return (
      this.components.get(arn) ??
      this.recipes.get(arn) ??
      this.containerRecipes.get(arn) ??
      this.infrastructureConfigurations.get(arn) ??
      this.distributionConfigurations.get(arn) ??
      this.pipelines.get(arn)
    )
  }
}
