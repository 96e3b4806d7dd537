/**
 * When a status poll also reads the build's workflows (a detail poll). GetImage runs on every poll;
 * the workflows only when their answer can differ from the last one: on the first poll, when the image
 * status changes into or out of a stage that runs workflows or ends the build (so stage, workflow
 * and step events keep their order), and while workflows run (BUILDING, TESTING, or a known
 * workflow still active) at a slower cadence than the status. Listing every second poll shows each
 * step change at most one poll later than listing on every poll would, for half the requests.
 * The build log is read on the same polls (see `listedLastPoll`): it is detail too. What a detail
 * poll reads, the listing or only the running workflows' steps, is aws/image-build.ts's to decide.
 */
import { type BuildSnapshot, type ImageView, isActiveWorkflow, isFinal } from '../domain/build.js'

/** Status polls per workflow listing while workflows run. */
export const DETAIL_EVERY_POLLS = 2

/** Stages whose workflows run throughout: their steps change between status changes. */
const STAGES_WITH_WORKFLOWS: readonly string[] = ['BUILDING', 'TESTING']

/** Stages that may start a workflow on entry (DISTRIBUTION workflows run in DISTRIBUTING). */
const STAGES_STARTING_WORKFLOWS: readonly string[] = [...STAGES_WITH_WORKFLOWS, 'DISTRIBUTING']

export class DetailCadence {
  private pollsWithoutListing = 0
  /** The decision for the poll in flight, counted once that poll succeeds. */
  private listing = false

  constructor(private readonly everyPolls: number = DETAIL_EVERY_POLLS) {}

  /** Whether this poll lists the workflows, given the last snapshot and the image just read. */
  listsWorkflows(previous: BuildSnapshot | undefined, image: ImageView): boolean {
    this.listing = this.isDue(previous, image)
    return this.listing
  }

  /** Counts a successful poll; a failed one changes nothing, so its retry decides afresh. */
  polled(): void {
    this.pollsWithoutListing = this.listing ? 0 : this.pollsWithoutListing + 1
  }

  /** Whether the last successful poll listed the workflows: the polls that also read the log. */
  get listedLastPoll(): boolean {
    return this.pollsWithoutListing === 0
  }

  private isDue(previous: BuildSnapshot | undefined, image: ImageView): boolean {
    if (previous === undefined) return true
    if (previous.image.status !== image.status) return workflowsMayDiffer(previous, image)
    return workflowsRun(previous, image) && this.pollsWithoutListing + 1 >= this.everyPolls
  }
}

function workflowsRun(previous: BuildSnapshot, image: ImageView): boolean {
  return STAGES_WITH_WORKFLOWS.includes(image.status) || anyActive(previous)
}

/**
 * After a status change: PENDING → CREATING, or DISTRIBUTING → INTEGRATING, moves no workflow, and
 * neither does the end of a build whose known workflows had all ended before it (INTEGRATING →
 * AVAILABLE).
 */
function workflowsMayDiffer(previous: BuildSnapshot, image: ImageView): boolean {
  return (
    STAGES_STARTING_WORKFLOWS.includes(image.status) ||
    (isFinal(image.status) && previous.workflows.length === 0) ||
    STAGES_WITH_WORKFLOWS.includes(previous.image.status) ||
    anyActive(previous)
  )
}

function anyActive(snapshot: BuildSnapshot): boolean {
  return snapshot.workflows.some((workflow) => isActiveWorkflow(workflow.status))
}
