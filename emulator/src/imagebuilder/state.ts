/** Everything Image Builder keeps for the emulated account. */
import type { ScenarioOverrides } from '../scenario.js'
import { BuildStore } from './builds.js'
import { ClientTokenStore } from './client-tokens.js'
import { ResourceStore } from './resources.js'
import { ScenarioBook } from './scenario-book.js'

export class ImageBuilderState {
  readonly resources = new ResourceStore()
  readonly builds = new BuildStore()
  readonly clientTokens = new ClientTokenStore()
  readonly scenarios: ScenarioBook

  constructor(defaultScenario?: ScenarioOverrides) {
    this.scenarios = new ScenarioBook(defaultScenario)
  }
}
