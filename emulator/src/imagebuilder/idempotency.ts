/** Runs a create or update once per client token (§1.4), answering a repeat as the first time. */
import { parametersWithoutToken } from './lookup.js'
import type { OperationContext } from './operation.js'

export function oncePerClientToken(
  context: OperationContext,
  clientToken: string,
  perform: () => Record<string, unknown>
): Record<string, unknown> {
  const { region, operation, world } = context
  return world.imagebuilder.clientTokens.once(
    { region, operation, clientToken },
    parametersWithoutToken(context),
    () => ({ clientToken, ...perform() })
  )
}
