/**
 * GetImageBlockPublicAccessState: whether the account may make AMIs public in the region
 * (`block-new-sharing` or `unblocked`), managed by the account itself in the emulator.
 */
import type { Ec2Call } from './operation.js'
import { element, type XmlElement } from './xml.js'

export function getImageBlockPublicAccessState({ store, region }: Ec2Call): XmlElement[] {
  return [
    element('imageBlockPublicAccessState', store.imageBlockPublicAccessState(region)),
    element('managedBy', 'account')
  ]
}
