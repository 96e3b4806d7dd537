/**
 * When a status poll also lists the build's workflows. GetImage runs on every poll; the workflow
 * listing only when its answer can differ from the last one: on the first poll, whenever the image
 * status changes (so stage, workflow and step events keep their order), and while workflows run
 * (BUILDING, TESTING, or a known workflow still active), at a slower cadence than the status.
 * Listing every second poll shows each step change at most one poll later than listing on every
 * poll would, for about half the requests.
 */
import { type ImageView, isActiveWorkflow, type BuildSnapshot } from './model.js'

/** Status polls per workflow listing while workflows run. */
export const DETAIL_EVERY_POLLS = 2

const STAGES_WITH_WORKFLOWS: readonly string[] = ['BUILDING', 'TESTING']

export class DetailCadence {
  private pollsWithoutListing = 0
  /** The decision for the poll in flight, counted once that poll succeeds. */
  private listing = false

  constructor(private readonly everyPolls: number = DETAIL_EVERY_POLLS) {}

  /** Whether this poll lists the workflows, given the last snapshot and the image just read. */
  listsWorkflows(previous: BuildSnapshot | undefined, image: ImageView): boolean {
    this.listing =
      previous === undefined ||
      previous.image.status !== image.status ||
      (workflowsMayRun(previous, image) && this.pollsWithoutListing + 1 >= this.everyPolls)
    return this.listing
  }

  /** Counts a successful poll; a failed one changes nothing, so its retry decides afresh. */
  polled(): void {
    this.pollsWithoutListing = this.listing ? 0 : this.pollsWithoutListing + 1
  }
}

function workflowsMayRun(previous: BuildSnapshot, image: ImageView): boolean {
  return (
    STAGES_WITH_WORKFLOWS.includes(image.status) ||
    previous.workflows.some((workflow) => isActiveWorkflow(workflow.status))
  )
}
