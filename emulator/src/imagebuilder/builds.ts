/** Every image build of the account, by image build version ARN, in the order they started. */
import type { Build } from './build/types.js'

export class BuildStore {
  private readonly byArn = new Map<string, Build>()

  add(build: Build): void {
    this.byArn.set(build.spec.arn, build)
  }

  get(arn: string): Build | undefined {
    return this.byArn.get(arn)
  }

  all(): Build[] {
    return [...this.byArn.values()]
  }

  inRegion(region: string): Build[] {
    return this.all().filter((build) => build.spec.region === region)
  }

  /** Build numbers count up per recipe version: `…/1.0.0/1`, `…/1.0.0/2`, … */
  nextBuildNumber(recipeArn: string): number {
    return this.all().filter((build) => build.spec.recipe.arn === recipeArn).length + 1
  }
}
