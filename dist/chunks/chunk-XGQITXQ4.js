import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/watch/model.ts
var FINAL_STATUSES = [
  "AVAILABLE",
  "FAILED",
  "CANCELLED",
  "DEPRECATED",
  "DELETED",
  "DISABLED"
];
function isFinal(status) {
  return FINAL_STATUSES.includes(status);
}
var ACTIVE_WORKFLOW_STATUSES = [
  "PENDING",
  "RUNNING",
  "ROLLBACK_IN_PROGRESS"
];
function isActiveWorkflow(status) {
  return ACTIVE_WORKFLOW_STATUSES.includes(status);
}
function currentWorkflows(workflows) {
  return workflows.filter(
    (workflow, index) => !workflows.some(
      (later, laterIndex) => laterIndex > index && later.type === workflow.type && later.retried
    )
  );
}

export {
  isFinal,
  isActiveWorkflow,
  currentWorkflows
};
