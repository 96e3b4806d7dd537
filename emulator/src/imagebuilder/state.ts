/** Everything Image Builder keeps for the emulated account. */
import type { ScenarioOverrides } from '../scenario.js'
import { BuildStore } from './builds.js'
import { ClientTokenStore } from './client-tokens.js'
import { managedComponents } from './managed-components.js'
import { ResourceStore } from './resources.js'
import { ScenarioBook } from './scenario-book.js'

export class ImageBuilderState {
  readonly resources = new ResourceStore()
  readonly builds = new BuildStore()
  readonly clientTokens = new ClientTokenStore()
  readonly scenarios: ScenarioBook
  /**
   * How long a new resource or image stays out of the List* answers (§9b: up to two minutes on
   * AWS); 0 = listed at once. Get* operations see it at once either way.
   */
  listLagMs = 0

  constructor(defaultScenario?: ScenarioOverrides) {
    this.scenarios = new ScenarioBook(defaultScenario)
    for (const component of managedComponents()) this.resources.components.put(component)
  }
}
