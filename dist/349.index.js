export const id = 349;
export const ids = [349];
export const modules = {

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildStep: () => (/* binding */ runBuildStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * AWS clients, created only after the inputs are valid. EC2 and CloudWatch Logs are loaded on
 * first use: most runs need neither, and evaluating the EC2 client costs ~200 ms of cold start.
 * Region, credentials, endpoint overrides (AWS_ENDPOINT_URL_*) and retry settings
 * (AWS_MAX_ATTEMPTS, AWS_RETRY_MODE) come from the standard AWS environment.
 */

const USER_AGENT = ['imagebuilder-action', '0.1.0'];
/**
 * The SDK sets no timeouts by default: a stalled connection would hang a poll forever. Timed-out
 * requests fail with a TimeoutError, which the SDK retries and the watcher waits out.
 */
const REQUEST_HANDLER = {
    connectionTimeout: 5_000,
    requestTimeout: 60_000,
    throwOnRequestTimeout: true
};
function clientConfig(region) {
    return { region, customUserAgent: [USER_AGENT], requestHandler: REQUEST_HANDLER };
}
function createAwsClients(region) {
    const ec2Clients = new Map();
    const logsClients = new Map();
    const imagebuilder = new dist_cjs.ImagebuilderClient(clientConfig(region));
    return {
        imagebuilder,
        ec2: (clientRegion) => memo(ec2Clients, clientRegion, createEc2Client),
        logs: (clientRegion) => memo(logsClients, clientRegion, createLogsClient),
        destroy: async () => {
            const lazy = await Promise.all([...ec2Clients.values(), ...logsClients.values()]);
            for (const client of [imagebuilder, ...lazy])
                client.destroy();
        }
    };
}
async function createEc2Client(region) {
    const { EC2Client } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    return new EC2Client(clientConfig(region));
}
async function createLogsClient(region) {
    const { CloudWatchLogsClient } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19));
    return new CloudWatchLogsClient(clientConfig(region));
}
function memo(cache, key, create) {
    const existing = cache.get(key);
    if (existing)
        return existing;
    const created = create(key);
    cache.set(key, created);
    return created;
}

;// CONCATENATED MODULE: ./src/aws/errors.ts
/**
 * Sorting AWS errors by what the action should do about them. Decided by error name, HTTP status
 * and Node error code, never by message text.
 */
const THROTTLING_NAMES = new Set([
    'CallRateLimitExceededException',
    'TooManyRequestsException',
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'LimitExceededException',
    'SlowDown'
]);
const TRANSIENT_NAMES = new Set([
    'ServiceException',
    'ServiceUnavailableException',
    'InternalError',
    'InternalFailure',
    'Unavailable',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException'
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET'
]);
const EXPIRED_CREDENTIAL_NAMES = new Set([
    'ExpiredTokenException',
    'ExpiredToken',
    'RequestExpired',
    'TokenRefreshRequired'
]);
function fields(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function errorName(error) {
    const { name } = fields(error);
    return typeof name === 'string' ? name : 'Error';
}
function httpStatus(error) {
    return fields(error).$metadata?.httpStatusCode;
}
function isThrottling(error) {
    return THROTTLING_NAMES.has(errorName(error)) || httpStatus(error) === 429;
}
/** Worth another try later: throttling, 5xx, dropped or refused connections, timeouts. */
function isTransient(error) {
    const { code } = fields(error);
    const status = httpStatus(error);
    return (isThrottling(error) ||
        TRANSIENT_NAMES.has(errorName(error)) ||
        (typeof code === 'string' && NETWORK_CODES.has(code)) ||
        (status !== undefined && status >= 500));
}
function isExpiredCredentials(error) {
    if (EXPIRED_CREDENTIAL_NAMES.has(errorName(error)))
        return true;
    // The SDK's credential providers raise this name when a session can no longer be refreshed.
    const { message } = fields(error);
    return (errorName(error) === 'CredentialsProviderError' &&
        typeof message === 'string' &&
        /expired/i.test(message));
}
/** `Name: message` for logs and annotations. */
function describeError(error) {
    const { message } = fields(error);
    const text = typeof message === 'string' && message !== '' ? message : String(error);
    return `${errorName(error)}: ${text}`;
}

// EXTERNAL MODULE: ./src/arns.ts
var arns = __webpack_require__(1155);
;// CONCATENATED MODULE: ./src/report/build-record.ts
function newBuildRecord(inputs, stepStartedAt) {
    const source = inputs.mode === 'pipeline'
        ? inputs.pipelineArn
        : inputs.mode === 'attach'
            ? inputs.imageArn
            : inputs.name;
    return {
        mode: inputs.mode,
        region: inputs.region,
        source,
        stepStartedAt,
        stages: [],
        notices: []
    };
}
/** Folds one watcher event into the record. */
function recordEvent(record, event) {
    if (event.type === 'snapshot') {
        record.snapshot = event.snapshot;
    }
    else if (event.type === 'stage-changed') {
        const current = record.stages.at(-1);
        if (current && !current.endedAt)
            current.endedAt = event.at;
        record.stages.push({ status: event.status, seenAt: event.at });
    }
}
/** The last status seen (a cancel shows as CANCELLED only once AWS confirmed it). */
function reportedStatus(record) {
    return record.snapshot?.image.status ?? (record.imageArn ? 'PENDING' : '');
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The step's outputs, computed from the record; every output is always set, so expressions never see a missing value. */


function buildOutputs(record) {
    const snapshot = record.snapshot;
    const amis = buildAccountAmis(record);
    return {
        'image-arn': record.imageArn ?? '',
        'image-version': snapshot?.image.version ?? '',
        status: reportedStatus(record),
        'ami-id': amis[record.region] ?? Object.values(amis)[0] ?? '',
        amis: JSON.stringify(amis),
        'output-resources': JSON.stringify(snapshot?.image.outputResources ?? { amis: [] }),
        'test-results': JSON.stringify(snapshot ? testResults(snapshot) : []),
        'scan-findings': JSON.stringify(record.scanFindings ?? {})
    };
}
/** region → AMI ID, for the account that built the image (AMIs shared into other accounts are left out). */
function buildAccountAmis(record) {
    const buildAccount = record.imageArn
        ? (0,arns/* parseImageBuildVersionArn */.s9)(record.imageArn)?.accountId
        : undefined;
    const amis = {};
    for (const ami of record.snapshot?.image.amis ?? []) {
        if (isBuildAccount(ami, buildAccount) && !(ami.region in amis))
            amis[ami.region] = ami.imageId;
    }
    return amis;
}
function isBuildAccount(ami, buildAccount) {
    return ami.accountId === undefined || buildAccount === undefined || ami.accountId === buildAccount;
}
/** One entry per step of every TEST workflow execution. */
function testResults(snapshot) {
    return snapshot.workflows
        .filter((workflow) => workflow.type === 'TEST')
        .flatMap((workflow) => workflow.steps.map((step) => ({
        workflow: workflow.name,
        step: step.name,
        action: step.action,
        status: step.status,
        message: step.message,
        startTime: step.startTime,
        endTime: step.endTime
    })));
}

;// CONCATENATED MODULE: ./src/start/provenance.ts
/**
 * Where a build came from, as tags on the image and its AMIs: the repository, the commit and the
 * workflow run, so an AMI found in an account months later leads back to what made it. Read through
 * @actions/github, loaded only here: most of it (octokit) is never needed by the action.
 */
const PROVENANCE_TAG_KEYS = (/* unused pure expression or super */ null && (['github:repository', 'github:sha', 'github:run-url']));
/** Empty outside a workflow run (a hand run or the demo), where there is nothing to point at. */
async function provenanceTags() {
    if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID)
        return {};
    const { context } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const { owner, repo } = context.repo;
    const attempt = Number.isNaN(context.runAttempt) ? '' : `/attempts/${context.runAttempt}`;
    const tags = {
        'github:repository': `${owner}/${repo}`,
        'github:run-url': `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt}`
    };
    if (context.sha)
        tags['github:sha'] = context.sha;
    return tags;
}

;// CONCATENATED MODULE: ./src/finish/scan-findings.ts
/** Counts the image's vulnerability findings by severity (Image Builder allows one filter per call). */

async function countScanFindings(client, imageArn) {
    const counts = {};
    const filters = [{ name: 'imageBuildVersionArn', values: [imageArn] }];
    for await (const page of (0,dist_cjs.paginateListImageScanFindings)({ client }, { filters })) {
        for (const finding of page.findings ?? []) {
            const severity = finding.severity ?? 'UNTRIAGED';
            counts[severity] = (counts[severity] ?? 0) + 1;
        }
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/finish/tag-amis.ts

async function tagAmis(clients, amis, tags) {
    // Loaded on demand, like the client: most runs never tag.
    const { CreateTagsCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    const failures = [];
    for (const [region, amiId] of Object.entries(amis)) {
        try {
            const ec2 = await clients.ec2(region);
            await ec2.send(new CreateTagsCommand({ Resources: [amiId], Tags }));
        }
        catch (error) {
            failures.push(`${amiId} in ${region}: ${describeError(error)}`);
        }
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/finish/finish-build.ts
/**
 * The finish stage, after the build ended: count scan findings and tag the AMIs. A failure here
 * never hides the build's own outcome; it turns a successful build's ending into an error only
 * when what the user asked for (tags) could not be done.
 */





async function finishBuild(context) {
    const { record, clients } = context;
    const image = record.snapshot?.image;
    if (!image || !record.imageArn)
        return { kind: 'ended' };
    if (image.scanningEnabled) {
        try {
            record.scanFindings = await countScanFindings(clients.imagebuilder, record.imageArn);
        }
        catch (error) {
            if (isExpiredCredentials(error))
                throw error;
            record.notices.push(`Scan findings could not be read: ${describeError(error)}`);
        }
    }
    const tags = await amiTagsToApply(context);
    if (image.status !== 'AVAILABLE' || Object.keys(tags).length === 0)
        return { kind: 'ended' };
    const amis = buildAccountAmis(record);
    const failures = await tagAmis(clients, amis, tags);
    const tagged = Object.keys(amis).length - failures.length;
    context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(tags).join(', ')}`]);
    if (failures.length === 0)
        return { kind: 'ended' };
    return {
        kind: 'error',
        message: `The build succeeded, but the AMI tags could not be applied to ${failures.join('; ')}`
    };
}
/**
 * Tags that go onto the AMIs with CreateTags: `ami-tags` (recipe mode puts those in the
 * distribution configuration instead) and, on builds this step started, where they came from.
 */
async function amiTagsToApply(context) {
    const { inputs } = context;
    switch (inputs.mode) {
        case 'attach':
            return inputs.amiTags;
        case 'pipeline':
            return { ...inputs.amiTags, ...(await provenanceTags()) };
        case 'recipe':
            return provenanceTags();
    }
}

;// CONCATENATED MODULE: ./src/watch/model.ts
/** Statuses in which a build no longer runs. */
const FINAL_STATUSES = [
    'AVAILABLE',
    'FAILED',
    'CANCELLED',
    'DEPRECATED',
    'DELETED',
    'DISABLED'
];
function isFinal(status) {
    return FINAL_STATUSES.includes(status);
}
const ACTIVE_WORKFLOW_STATUSES = [
    'PENDING',
    'RUNNING',
    'ROLLBACK_IN_PROGRESS'
];
/** A workflow that has not ended yet (its steps can still change). */
function isActiveWorkflow(status) {
    return ACTIVE_WORKFLOW_STATUSES.includes(status);
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Times and durations as the job log and the summary show them. */
/** `1h 2m`, `6m 43s`, `12s`, `0s`. */
function formatDuration(ms) {
    const totalSeconds = Math.max(0, Math.round(ms / 1000));
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    if (hours > 0)
        return `${hours}h ${minutes}m`;
    if (minutes > 0)
        return `${minutes}m ${seconds}s`;
    return `${seconds}s`;
}
/** `19:12:23` in UTC, the zone of the runner's log timestamps. */
function formatClock(date) {
    return date.toISOString().slice(11, 19);
}
/** The duration between two ISO times from AWS, when both are known and valid. */
function spanOf(startTime, endTime) {
    if (!startTime || !endTime)
        return undefined;
    const span = Date.parse(endTime) - Date.parse(startTime);
    return Number.isNaN(span) ? undefined : span;
}

;// CONCATENATED MODULE: ./src/report/job-log.ts


/** Prefix of lines streamed from the build's CloudWatch log. */
const BUILD_LOG_MARK = '  │ ';
class JobLog {
    out;
    stageSeenAt;
    constructor(out) {
        this.out = out;
    }
    handle(event) {
        switch (event.type) {
            case 'stage-changed':
                return this.stage(event);
            case 'workflow-changed':
                return this.line(event.at, workflowLine(event));
            case 'step-changed':
                // A workflow lists all its steps at once: only their progress from there is news.
                if (event.previous === undefined && event.step.status === 'PENDING')
                    return;
                return this.line(event.at, stepLine(event));
            case 'poll-failed':
                return this.line(event.at, `Polling failed (${event.error}); retrying in ${formatDuration(event.retryInMs)}. The build is unaffected.`);
            case 'log-lines':
                // Marked so the build's own output stands apart from the action's progress lines.
                return this.out.write(event.lines.map((line) => `${BUILD_LOG_MARK}${line.message.trimEnd()}`));
            case 'snapshot':
                return;
        }
    }
    stage(event) {
        const took = event.previous && this.stageSeenAt
            ? ` (${event.previous} took ${formatDuration(event.at.getTime() - this.stageSeenAt.getTime())})`
            : '';
        this.stageSeenAt = event.at;
        this.line(event.at, `Image ${event.status}${took}`);
    }
    line(at, text) {
        this.out.write([`[${formatClock(at)}] ${text}`]);
    }
}
function workflowLine({ workflow }) {
    const head = `Workflow ${workflow.name} (${workflow.type}) ${workflow.status}`;
    const span = spanOf(workflow.startTime, workflow.endTime);
    const counts = isActiveWorkflow(workflow.status)
        ? ''
        : `: ${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
    const message = workflow.message ? ` — ${workflow.message}` : '';
    return `${head}${span === undefined ? '' : ` in ${formatDuration(span)}`}${counts}${message}`;
}
function stepLine({ workflow, step }) {
    const action = step.action ? ` (${step.action})` : '';
    const span = step.status === 'RUNNING' ? undefined : spanOf(step.startTime, step.endTime);
    const duration = span === undefined || step.status === 'SKIPPED' ? '' : ` in ${formatDuration(span)}`;
    const message = step.message ? `: ${step.message}` : '';
    return `  ${workflow.name} › ${step.name}${action} ${step.status}${duration}${message}`;
}

;// CONCATENATED MODULE: ./src/report/failure.ts
const COMPONENT_IN_REASON = /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/;
function failureDetails(record, snapshot) {
    const { image } = snapshot;
    const context = image.failureContext;
    const componentInReason = image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : undefined;
    return {
        status: image.status,
        stage: context?.imageStatus ??
            record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
        reason: image.reason,
        failedStep: findFailedStep(snapshot, context),
        component: context?.componentFailure ??
            (componentInReason ? { componentArn: componentInReason } : undefined),
        distribution: context?.distributionFailure
    };
}
/** The step the failure context names, else the first failed step of a failed workflow, else of any. */
function findFailedStep(snapshot, context) {
    const steps = snapshot.workflows.flatMap((workflow) => workflow.steps.map((step) => ({ workflow, step })));
    const named = steps.find(({ step }) => context?.stepExecutionId !== undefined && step.id === context.stepExecutionId) ??
        steps.find(({ workflow, step }) => step.name === context?.failedStep &&
            (context.workflowExecutionId === undefined || workflow.id === context.workflowExecutionId));
    if (named)
        return named;
    const failed = steps.filter(({ step }) => step.status === 'FAILED');
    return failed.find(({ workflow }) => workflow.status === 'FAILED') ?? failed[0];
}
function failureMessage(details) {
    const stage = details.stage ? ` during ${details.stage}` : '';
    const lines = [
        `The image build ended ${details.status}${stage}: ${details.reason ?? 'Image Builder gave no reason.'}`
    ];
    if (details.failedStep) {
        const { workflow, step } = details.failedStep;
        lines.push(`Failed step: ${workflow.name} › ${step.name}${inParentheses(step.action)}${after(step.message)}`);
    }
    if (details.component)
        lines.push(componentLine(details.component));
    if (details.distribution) {
        lines.push(`Distribution failed${after(details.distribution.errorMessage)}`);
        lines.push(...details.distribution.regionFailures.map(regionLine));
    }
    return lines.join('\n');
}
function componentLine(component) {
    const where = [
        component.phaseName && `phase ${component.phaseName}`,
        component.stepName && `step ${component.stepName}${inParentheses(component.action)}`
    ].filter(Boolean);
    const place = where.length > 0 ? `, ${where.join(', ')}` : '';
    return `Failed component: ${component.componentArn ?? 'unnamed'}${place}${after(component.errorMessage)}`;
}
function regionLine(failure) {
    const account = failure.targetAccountId ? ` (account ${failure.targetAccountId})` : '';
    const step = failure.imageConfigurationStep ? ` at ${failure.imageConfigurationStep}` : '';
    return `- ${failure.region ?? 'a region'}${account}: ${failure.status ?? 'FAILED'}${step}${after(failure.errorMessage)}`;
}
function inParentheses(value) {
    return value ? ` (${value})` : '';
}
function after(value) {
    return value ? `: ${value}` : '';
}
/** The error annotation for the step, or undefined when the step succeeds. */
function failureOf(record) {
    const ending = record.ending;
    switch (ending?.kind) {
        case undefined:
        case 'started':
        case 'planned':
        case 'reused':
            return undefined;
        case 'ended': {
            const snapshot = record.snapshot;
            if (!snapshot || snapshot.image.status === 'AVAILABLE')
                return undefined;
            return failureMessage(failureDetails(record, snapshot));
        }
        case 'aborted': {
            const why = ending.by === 'timeout'
                ? 'The timeout passed before the build ended'
                : 'The workflow run was cancelled';
            const build = record.imageArn ?? 'the build';
            const cancel = {
                confirmed: `${build} was cancelled.`,
                unconfirmed: `${build} was asked to cancel; Image Builder had not confirmed it yet (status ${record.snapshot?.image.status ?? 'unknown'}).`,
                'not-requested': `${build} keeps running (cancel-on-abort is false).`
            }[ending.cancel];
            return `${why}: ${cancel}`;
        }
        case 'credentials-expired':
            return ending.error;
        case 'error':
            return ending.message;
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown building blocks for the job summary. Every string from AWS or the build goes through
 * `text()` or `code()`, which turn markup characters into entities, so nothing it carries can
 * become a link, an image, HTML or a broken table.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '!': '&#33;',
    '#': '&#35;',
    '~': '&#126;',
    $: '&#36;',
    ':': '&#58;',
    '@': '&#64;'
};
const MARKUP = /[&<>"'|\\`*_[\]()!#~$:@]/g;
/** Untrusted text for a paragraph or a table cell; line breaks become `<br>`. */
function markdown_text(value) {
    return value
        .replace(MARKUP, (character) => ENTITIES[character] ?? character)
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** Untrusted text shown as code (ARNs, IDs). */
function code(value) {
    return `<code>${markdown_text(value)}</code>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts





const STATUS_ICONS = {
    AVAILABLE: '✅',
    COMPLETED: '✅',
    FAILED: '❌',
    CANCELLED: '🚫',
    SKIPPED: '⏭️',
    RUNNING: '🔄',
    PENDING: '⏳'
};
function icon(status) {
    return STATUS_ICONS[status] ?? '🔄';
}
function renderSummary(record, now) {
    const snapshot = record.snapshot;
    const sections = [
        `## ${headline(record)}`,
        facts(record, now),
        problem(record),
        snapshot ? amiSection(snapshot) : '',
        snapshot && record.ending?.kind !== 'started' ? testSection(snapshot) : '',
        stageSection(record, now),
        snapshot ? workflowSection(snapshot) : '',
        scanSection(record),
        record.notices.length > 0
            ? ['### Notices', ...record.notices.map((notice) => `- ${markdown_text(notice)}`)].join('\n')
            : ''
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function headline(record) {
    const status = reportedStatus(record);
    const ending = record.ending;
    switch (ending?.kind) {
        case 'started':
            return `⏳ Image build started (${markdown_text(status)}); not waiting for it`;
        case 'planned':
            return '📝 Dry run: the plan is below; nothing was created or started';
        case 'reused':
            return `♻️ Nothing changed: reusing the last image build (${markdown_text(status)})`;
        case 'aborted':
            return `${icon(status)} Image build ${ending.by === 'timeout' ? 'timed out' : 'stopped: the run was cancelled'} (${markdown_text(status)})`;
        case 'credentials-expired':
            return `⚠️ Stopped following the build: AWS credentials expired (${markdown_text(status)})`;
        case 'error':
            return `❌ Image build ${status ? `${markdown_text(status)}: ` : ''}the action stopped with an error`;
        default:
            return `${icon(status)} Image build ${markdown_text(status)}`;
    }
}
function facts(record, now) {
    const image = record.snapshot?.image;
    const status = reportedStatus(record);
    const header = ['Status', `${icon(status)} ${markdown_text(status || 'not started')}`];
    const rows = [];
    if (image?.name)
        rows.push(['Image', `${markdown_text(image.name)} ${markdown_text(image.version ?? '')}`]);
    if (record.imageArn)
        rows.push(['Image ARN', code(record.imageArn)]);
    if (record.mode === 'pipeline')
        rows.push(['Pipeline', code(record.source)]);
    rows.push(['Region', markdown_text(record.region)]);
    const end = record.endedAt ?? now;
    rows.push([
        'Duration',
        `${formatDuration(end.getTime() - record.stepStartedAt.getTime())} (step started ${formatClock(record.stepStartedAt)} UTC)`
    ]);
    return table(header, rows);
}
function problem(record) {
    const failure = failureOf(record);
    if (!failure)
        return '';
    return failure
        .split('\n')
        .map((line) => `> ${markdown_text(line)}`)
        .join('\n>\n');
}
function amiSection(snapshot) {
    const amis = snapshot.image.amis;
    if (amis.length === 0)
        return '### AMIs\nNo AMIs yet.';
    const rows = amis.map((ami) => [
        markdown_text(ami.region),
        code(ami.imageId),
        markdown_text(ami.accountId ?? ''),
        markdown_text(ami.name ?? '')
    ]);
    return `### AMIs\n${table(['Region', 'AMI', 'Account', 'Name'], rows)}`;
}
function testSection(snapshot) {
    const results = testResults(snapshot);
    if (results.length === 0)
        return '### Test results\nNo test stage ran.';
    const rows = results.map((result) => [
        markdown_text(result.workflow),
        markdown_text(result.step),
        `${icon(result.status)} ${markdown_text(result.status)}`,
        durationCell(result.status, result.startTime, result.endTime),
        markdown_text(result.message ?? '')
    ]);
    return `### Test results\n${table(['Workflow', 'Step', 'Status', 'Duration', 'Message'], rows)}`;
}
function stageSection(record, now) {
    if (record.stages.length === 0)
        return '';
    const rows = record.stages.map((stage, index) => {
        const last = index === record.stages.length - 1;
        const end = stage.endedAt ?? (last && !isOver(record) ? now : undefined);
        return [
            `${icon(stage.status)} ${markdown_text(stage.status)}`,
            formatClock(stage.seenAt),
            end ? formatDuration(end.getTime() - stage.seenAt.getTime()) : ''
        ];
    });
    return `### Stages\n${table(['Stage', 'Seen at (UTC)', 'Duration'], rows)}`;
}
function isOver(record) {
    return record.ending !== undefined;
}
function workflowSection(snapshot) {
    if (snapshot.workflows.length === 0)
        return '';
    return ['### Workflow steps', ...snapshot.workflows.map(workflowTable)].join('\n\n');
}
function workflowTable(workflow) {
    const counts = `${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
    const heading = `#### ${icon(workflow.status)} ${markdown_text(workflow.name)} (${markdown_text(workflow.type)}): ${markdown_text(workflow.status)}, ${counts}`;
    const message = workflow.message ? `\n\n${markdown_text(workflow.message)}` : '';
    return `${heading}${message}\n\n${table(['Step', 'Action', 'Status', 'Duration', 'Message'], workflow.steps.map(stepRow))}`;
}
function stepRow(step) {
    return [
        markdown_text(step.name),
        markdown_text(step.action ?? ''),
        `${icon(step.status)} ${markdown_text(step.status)}`,
        durationCell(step.status, step.startTime, step.endTime),
        markdown_text(step.message ?? '')
    ];
}
/** A skipped step never ran, so it has no duration to show. */
function durationCell(status, startTime, endTime) {
    const span = status === 'SKIPPED' ? undefined : spanOf(startTime, endTime);
    return span === undefined ? '' : formatDuration(span);
}
function scanSection(record) {
    if (!record.scanFindings)
        return '';
    const entries = Object.entries(record.scanFindings);
    if (entries.length === 0)
        return '### Scan findings\nNo findings.';
    return `### Scan findings\n${table(['Severity', 'Findings'], entries.map(([severity, count]) => [markdown_text(severity), String(count)]))}`;
}

;// CONCATENATED MODULE: ./src/report/publish.ts
/** Writes the record out: step outputs, the job summary, and the failure annotation. */




/** Set as soon as the build is known, so a later step finds it even if this one is cancelled. */
function publishImageArn(imageArn) {
    core/* setOutput */.uH('image-arn', imageArn);
}
async function publish(record, writeSummary, now) {
    for (const [name, value] of Object.entries(buildOutputs(record)))
        core/* setOutput */.uH(name, value);
    if (writeSummary) {
        try {
            await core/* summary */.z.addRaw(renderSummary(record, now)).write();
        }
        catch (error) {
            core/* warning */.$e(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const failure = failureOf(record);
    if (failure)
        core/* setFailed */.C1(failure);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/client-token.ts
/**
 * Client tokens make Image Builder's start and cancel calls idempotent. One token per invocation:
 * derived from where the step runs (repository, run, attempt, job, step) and what it was given,
 * so a retried call never starts a second build, matrix legs with other inputs differ, and a
 * re-run attempt starts a new build.
 */

const CONTEXT_VARIABLES = [
    'GITHUB_REPOSITORY',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_JOB',
    'GITHUB_ACTION'
];
/** 64 hex characters (Image Builder accepts 1–64). */
function clientToken(purpose, env) {
    const context = CONTEXT_VARIABLES.map((name) => `${name}=${env[name] ?? ''}`);
    const inputs = Object.keys(env)
        .filter((name) => name.startsWith('INPUT_'))
        .sort()
        .map((name) => `${name}=${env[name] ?? ''}`);
    // Outside a workflow run nothing identifies the invocation: never reuse an earlier build.
    const outsideRun = env.GITHUB_RUN_ID ? [] : [(0,external_node_crypto_.randomUUID)()];
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([purpose, ...context, ...inputs, ...outsideRun]))
        .digest('hex');
}

;// CONCATENATED MODULE: ./src/start/start-pipeline.ts
/** Pipeline mode: one StartImagePipelineExecution call, retried safely thanks to its client token. */


/** Tries beyond the SDK's own retries: the token makes every one of them the same request. */
const START_ATTEMPTS = 4;
const START_BACKOFF_MS = 2_000;
class StartError extends Error {
    name = 'StartError';
}
async function startPipelineExecution(client, inputs, clientToken, clock, signal) {
    const command = new dist_cjs.StartImagePipelineExecutionCommand({
        imagePipelineArn: inputs.pipelineArn,
        clientToken,
        tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined
    });
    for (let attempt = 1;; attempt += 1) {
        try {
            const { imageBuildVersionArn } = await client.send(command);
            if (!imageBuildVersionArn)
                throw new StartError('Image Builder started no build: its answer had no image ARN.');
            return imageBuildVersionArn;
        }
        catch (error) {
            const retry = attempt < START_ATTEMPTS && isTransient(error) && !signal.aborted;
            if (!retry)
                throw explainStartFailure(error, inputs.pipelineArn);
            await clock.sleep(START_BACKOFF_MS * 2 ** (attempt - 1), signal);
        }
    }
}
function explainStartFailure(error, pipelineArn) {
    if (isExpiredCredentials(error) || error instanceof StartError)
        return error;
    switch (errorName(error)) {
        case 'ResourceNotFoundException':
            return new StartError(`Pipeline ${pipelineArn} does not exist in its region, or this role cannot see it.`);
        case 'ResourceInUseException':
            return new StartError(`Pipeline ${pipelineArn} cannot start a build now (${describeError(error)}). Try again once its current build ends.`);
        case 'IdempotentParameterMismatchException':
            return new StartError(`This step already started a build with other parameters (${describeError(error)}). Re-run the workflow to start a new one.`);
        default:
            return new StartError(`Could not start pipeline ${pipelineArn}: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/start/begin.ts
/**
 * The start stage: which build this step follows. Pipeline mode starts one, attach mode takes the
 * one it was given, recipe mode plans and applies its resources first and may start nothing.
 */



async function begin(context) {
    const { inputs } = context;
    switch (inputs.mode) {
        case 'pipeline': {
            const tags = { ...(await provenanceTags()), ...inputs.tags };
            const imageArn = await startPipelineExecution(context.clients.imagebuilder, { ...inputs, tags }, clientToken('start', context.env), context.clock, context.stop.signal);
            return { kind: 'started', imageArn };
        }
        case 'attach':
            return { kind: 'attached', imageArn: inputs.imageArn };
        case 'recipe':
            throw new StartError('Recipe mode (name, parent-image, components) is not available in this version of the action yet; use pipeline-arn to run an existing pipeline or image-arn to follow a build.');
    }
}

;// CONCATENATED MODULE: ./src/watch/failure-context.ts
/** Adds the reading middleware to this command; the returned function gives what it found. */
function readFailureContext(command) {
    let found;
    command.middlewareStack.add((next) => async (args) => {
        const result = await next(args);
        const response = result.response;
        if (response.statusCode === 200 && isAsyncIterable(response.body)) {
            const bytes = await collect(response.body);
            // The deserialiser reads a Uint8Array body as it is.
            response.body = bytes;
            const json = new TextDecoder().decode(bytes);
            // Only failed builds carry one: spare every other poll a second JSON parse.
            if (json.includes('"failureContext"'))
                found = parseFailureContext(json);
        }
        return result;
    }, 
    // Below the deserialiser, so this sees the body before it is consumed.
    { step: 'deserialize', priority: 'low', name: 'readFailureContext' });
    return () => found;
}
function parseFailureContext(json) {
    let document;
    try {
        document = JSON.parse(json);
    }
    catch {
        return undefined;
    }
    const context = field(field(field(document, 'image'), 'state'), 'failureContext');
    if (!isRecord(context))
        return undefined;
    const distribution = field(context, 'distributionFailure');
    return {
        imageStatus: failure_context_text(context, 'imageStatus'),
        workflowExecutionId: failure_context_text(context, 'workflowExecutionId'),
        stepExecutionId: failure_context_text(context, 'stepExecutionId'),
        failedStep: failure_context_text(context, 'failedStep'),
        componentFailure: componentFailure(field(context, 'componentFailure')),
        distributionFailure: isRecord(distribution)
            ? {
                errorMessage: failure_context_text(distribution, 'errorMessage'),
                regionFailures: listOf(field(distribution, 'regionFailures')).map(regionFailure)
            }
            : undefined
    };
}
function componentFailure(value) {
    if (!isRecord(value))
        return undefined;
    return {
        componentArn: failure_context_text(value, 'componentArn'),
        phaseName: failure_context_text(value, 'phaseName'),
        stepName: failure_context_text(value, 'stepName'),
        action: failure_context_text(value, 'action'),
        errorMessage: failure_context_text(value, 'errorMessage')
    };
}
function regionFailure(value) {
    return {
        region: failure_context_text(value, 'region'),
        status: failure_context_text(value, 'status'),
        imageConfigurationStep: failure_context_text(value, 'imageConfigurationStep'),
        errorMessage: failure_context_text(value, 'errorMessage'),
        targetAccountId: failure_context_text(value, 'targetAccountId')
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function field(value, name) {
    return isRecord(value) ? value[name] : undefined;
}
function failure_context_text(value, name) {
    const member = field(value, name);
    return typeof member === 'string' && member !== '' ? member : undefined;
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function isAsyncIterable(value) {
    return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
async function collect(body) {
    const chunks = [];
    for await (const chunk of body)
        chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
}

;// CONCATENATED MODULE: ./src/watch/fetch.ts
/** Reads one snapshot of a build from Image Builder and maps it into the action's model. */



async function fetchImage(client, imageArn) {
    const command = new dist_cjs.GetImageCommand({ imageBuildVersionArn: imageArn });
    const failureContext = readFailureContext(command);
    const { image } = await client.send(command);
    return { ...toImageView(imageArn, image ?? {}), failureContext: failureContext() };
}
/**
 * Lists the build's workflow executions and their steps. A workflow keeps its known steps while
 * its status and step counters stand still, unless it runs with no step known to be RUNNING (one
 * is about to start): a step that ends always moves a counter, so a long build neither re-reads
 * finished workflows nor the running one on every poll.
 */
async function fetchWorkflows(client, imageArn, previous) {
    const workflows = [];
    for await (const page of (0,dist_cjs.paginateListWorkflowExecutions)({ client }, { imageBuildVersionArn: imageArn })) {
        for (const metadata of page.workflowExecutions ?? []) {
            const workflow = toWorkflowExecution(metadata);
            const known = previous.find((candidate) => candidate.id === workflow.id);
            workflow.steps =
                known && !stepsMayHaveMoved(known, workflow)
                    ? known.steps
                    : await fetchSteps(client, workflow.id);
            workflows.push(workflow);
        }
    }
    return workflows;
}
/**
 * The image, and its workflows when `listWorkflows` says so for the image just read (asked on
 * every call; without a previous snapshot they are listed regardless); otherwise the previous
 * snapshot's workflows stand.
 */
async function fetchSnapshot(client, imageArn, previous, listWorkflows = () => true) {
    const image = await fetchImage(client, imageArn);
    const workflows = listWorkflows(image) || previous === undefined
        ? await fetchWorkflows(client, imageArn, previous?.workflows ?? [])
        : previous.workflows;
    return { image, workflows };
}
async function fetchSteps(client, workflowExecutionId) {
    const steps = [];
    for await (const page of (0,dist_cjs.paginateListWorkflowStepExecutions)({ client }, { workflowExecutionId })) {
        steps.push(...(page.steps ?? []).map(toWorkflowStep));
    }
    return steps;
}
function stepsMayHaveMoved(known, current) {
    const countersMoved = known.status !== current.status ||
        known.endTime !== current.endTime ||
        known.succeeded !== current.succeeded ||
        known.failed !== current.failed ||
        known.skipped !== current.skipped;
    const stepAboutToStart = isActiveWorkflow(current.status) && !known.steps.some((step) => step.status === 'RUNNING');
    return countersMoved || stepAboutToStart;
}
function toImageView(arn, image) {
    return {
        arn: image.arn ?? arn,
        name: image.name,
        version: image.version,
        platform: image.platform,
        status: image.state?.status ?? 'PENDING',
        reason: image.state?.reason,
        amis: (image.outputResources?.amis ?? []).map((ami) => ({
            region: ami.region ?? '',
            imageId: ami.image ?? '',
            name: ami.name,
            description: ami.description,
            accountId: ami.accountId,
            status: ami.state?.status
        })),
        outputResources: image.outputResources ?? { amis: [] },
        scanningEnabled: image.imageScanningConfiguration?.imageScanningEnabled ?? false,
        testsEnabled: image.imageTestsConfiguration?.imageTestsEnabled ?? true,
        logGroupName: image.loggingConfiguration?.logGroupName,
        dateCreated: image.dateCreated
    };
}
function toWorkflowExecution(metadata) {
    return {
        id: metadata.workflowExecutionId ?? '',
        type: metadata.type ?? 'BUILD',
        name: workflowName(metadata.workflowBuildVersionArn),
        workflowArn: metadata.workflowBuildVersionArn,
        status: metadata.status ?? 'PENDING',
        message: metadata.message || undefined,
        startTime: metadata.startTime || undefined,
        endTime: metadata.endTime || undefined,
        totalStepCount: metadata.totalStepCount ?? 0,
        succeeded: metadata.totalStepsSucceeded ?? 0,
        failed: metadata.totalStepsFailed ?? 0,
        skipped: metadata.totalStepsSkipped ?? 0,
        steps: []
    };
}
function toWorkflowStep(step) {
    return {
        id: step.stepExecutionId ?? '',
        name: step.name ?? '',
        action: step.action,
        status: step.status ?? 'PENDING',
        message: step.message || undefined,
        startTime: step.startTime || undefined,
        endTime: step.endTime || undefined,
        outputs: step.outputs || undefined
    };
}
/** `…:workflow/test/test-image/1.0.3/1` → `test-image`. */
function workflowName(workflowArn) {
    const match = /:workflow\/[a-z]+\/([^/]+)\//.exec(workflowArn ?? '');
    return match?.[1] ?? 'workflow';
}

;// CONCATENATED MODULE: ./src/watch/cancel.ts
/**
 * Cancels a build when the run is cancelled or the timeout passes. Cancellation is asynchronous in
 * Image Builder, so the result says whether AWS confirmed it within a few seconds: the runner
 * kills the step soon after a cancel signal, and the outputs must not claim more than was seen.
 */




const CONFIRM_POLL_MS = 1_000;
async function cancelBuild(client, imageArn, clientToken, clock, confirmWithinMs) {
    try {
        await client.send(new dist_cjs.CancelImageCreationCommand({ imageBuildVersionArn: imageArn, clientToken }));
    }
    catch (error) {
        return {
            requested: false,
            error: describeError(error),
            image: await tryFetch(client, imageArn)
        };
    }
    const deadline = clock.now().getTime() + confirmWithinMs;
    const never = new AbortController().signal;
    let image = await tryFetch(client, imageArn);
    while ((!image || !isFinal(image.status)) && clock.now().getTime() < deadline) {
        await clock.sleep(CONFIRM_POLL_MS, never);
        image = (await tryFetch(client, imageArn)) ?? image;
    }
    return { requested: true, image };
}
async function tryFetch(client, imageArn) {
    try {
        return await fetchImage(client, imageArn);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/watch/cancel-on-stop.ts
/**
 * The run was cancelled or the timeout passed while the build ran: cancel it (unless
 * cancel-on-abort is false) and say exactly what Image Builder confirmed.
 */


/** How long Image Builder gets to confirm a cancel before the step reports what it saw. */
const CANCEL_CONFIRM_MS = 5_000;
async function cancelOnStop(context, imageArn) {
    const { record, inputs, stop, clients, clock, out } = context;
    const by = stop.reason ?? 'run-cancelled';
    if (!inputs.cancelOnAbort)
        return { kind: 'aborted', by, cancel: 'not-requested' };
    out.write([
        `${by === 'timeout' ? 'Timeout reached' : 'Run cancelled'}: cancelling image build ${imageArn}`
    ]);
    const result = await cancelBuild(clients.imagebuilder, imageArn, clientToken('cancel', context.env), clock, CANCEL_CONFIRM_MS);
    if (result.error)
        record.notices.push(`CancelImageCreation failed: ${result.error}`);
    if (result.image)
        record.snapshot = { workflows: record.snapshot?.workflows ?? [], image: result.image };
    const confirmed = result.requested && result.image?.status === 'CANCELLED';
    return { kind: 'aborted', by, cancel: confirmed ? 'confirmed' : 'unconfirmed' };
}

;// CONCATENATED MODULE: ./src/watch/diff.ts

function diffSnapshots(previous, next, at) {
    const stage = previous?.image.status === next.image.status
        ? []
        : [{ type: 'stage-changed', at, status: next.image.status, previous: previous?.image.status }];
    const workflows = next.workflows.flatMap((workflow) => workflowEvents(previous?.workflows.find((known) => known.id === workflow.id), workflow, at));
    return isFinal(next.image.status) ? [...workflows, ...stage] : [...stage, ...workflows];
}
function workflowEvents(before, workflow, at) {
    const steps = workflow.steps
        .map((step) => ({
        step,
        previous: before?.steps.find((known) => known.id === step.id)?.status
    }))
        .filter(({ step, previous }) => previous !== step.status)
        .map(({ step, previous }) => ({ type: 'step-changed', at, workflow, step, previous }));
    if (before?.status === workflow.status)
        return steps;
    const changed = { type: 'workflow-changed', at, workflow, previous: before?.status };
    return isActiveWorkflow(workflow.status) ? [changed, ...steps] : [...steps, changed];
}

;// CONCATENATED MODULE: ./src/watch/log-tail.ts


/** Pages read per poll, so that a burst of output cannot stall status polling. */
const MAX_PAGES_PER_READ = 5;
class LogTail {
    client;
    onFailure;
    nextToken;
    reportedFailure = false;
    constructor(client, onFailure) {
        this.client = client;
        this.onFailure = onFailure;
    }
    async read(snapshot) {
        const location = logLocation(snapshot);
        if (!location)
            return [];
        const lines = [];
        try {
            const client = await this.client();
            const { GetLogEventsCommand } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19));
            for (let page = 0; page < MAX_PAGES_PER_READ; page += 1) {
                const response = await client.send(new GetLogEventsCommand({ ...location, startFromHead: true, nextToken: this.nextToken }));
                for (const event of response.events ?? []) {
                    lines.push({ timestamp: event.timestamp ?? 0, message: event.message ?? '' });
                }
                const advanced = response.nextForwardToken !== this.nextToken;
                this.nextToken = response.nextForwardToken ?? this.nextToken;
                if (!advanced || (response.events ?? []).length === 0)
                    break;
            }
        }
        catch (error) {
            if (errorName(error) !== 'ResourceNotFoundException' && !this.reportedFailure) {
                this.reportedFailure = true;
                this.onFailure(`Build logs could not be read (the build is unaffected): ${describeError(error)}`);
            }
        }
        return lines;
    }
}
function logLocation(snapshot) {
    const { image } = snapshot;
    const version = (0,arns/* parseImageBuildVersionArn */.s9)(image.arn);
    const groupName = image.logGroupName ?? (image.name ? `/aws/imagebuilder/${image.name}` : undefined);
    if (!version || !groupName)
        return undefined;
    return {
        logGroupName: groupName,
        logStreamName: `${version.semanticVersion}/${version.buildNumber}`
    };
}

;// CONCATENATED MODULE: ./src/watch/detail-cadence.ts
/**
 * When a status poll also lists the build's workflows. GetImage runs on every poll; the workflow
 * listing only when its answer can differ from the last one: on the first poll, when the image
 * status changes into or out of a stage that runs workflows or ends the build (so stage, workflow
 * and step events keep their order), and while workflows run (BUILDING, TESTING, or a known
 * workflow still active) at a slower cadence than the status. Listing every second poll shows each
 * step change at most one poll later than listing on every poll would, for half the requests.
 */

/** Status polls per workflow listing while workflows run. */
const DETAIL_EVERY_POLLS = 2;
/** Stages whose workflows run throughout: their steps change between status changes. */
const STAGES_WITH_WORKFLOWS = ['BUILDING', 'TESTING'];
/** Stages that may start a workflow on entry (DISTRIBUTION workflows run in DISTRIBUTING). */
const STAGES_STARTING_WORKFLOWS = [...STAGES_WITH_WORKFLOWS, 'DISTRIBUTING'];
class DetailCadence {
    everyPolls;
    pollsWithoutListing = 0;
    /** The decision for the poll in flight, counted once that poll succeeds. */
    listing = false;
    constructor(everyPolls = DETAIL_EVERY_POLLS) {
        this.everyPolls = everyPolls;
    }
    /** Whether this poll lists the workflows, given the last snapshot and the image just read. */
    listsWorkflows(previous, image) {
        this.listing = this.isDue(previous, image);
        return this.listing;
    }
    /** Counts a successful poll; a failed one changes nothing, so its retry decides afresh. */
    polled() {
        this.pollsWithoutListing = this.listing ? 0 : this.pollsWithoutListing + 1;
    }
    isDue(previous, image) {
        if (previous === undefined)
            return true;
        if (previous.image.status !== image.status)
            return workflowsMayDiffer(previous, image);
        return workflowsRun(previous, image) && this.pollsWithoutListing + 1 >= this.everyPolls;
    }
}
function workflowsRun(previous, image) {
    return STAGES_WITH_WORKFLOWS.includes(image.status) || anyActive(previous);
}
/** After a status change: PENDING → CREATING, or DISTRIBUTING → INTEGRATING, moves no workflow. */
function workflowsMayDiffer(previous, image) {
    return (STAGES_STARTING_WORKFLOWS.includes(image.status) ||
        isFinal(image.status) ||
        STAGES_WITH_WORKFLOWS.includes(previous.image.status) ||
        anyActive(previous));
}
function anyActive(snapshot) {
    return snapshot.workflows.some((workflow) => isActiveWorkflow(workflow.status));
}

;// CONCATENATED MODULE: ./src/watch/interval.ts
/**
 * How long to wait before the next poll: the base interval while the build changes, growing
 * ×1.5 up to twice the base while nothing changes, and a jittered exponential backoff (up to five
 * minutes) while polls fail.
 */
const IDLE_GROWTH = 1.5;
const IDLE_CAP_FACTOR = 2;
const FAILURE_CAP_MS = 5 * 60_000;
class PollInterval {
    baseMs;
    random;
    idleMs;
    constructor(baseMs, random = Math.random) {
        this.baseMs = baseMs;
        this.random = random;
        this.idleMs = baseMs;
    }
    /** The wait after a poll that saw changes (true) or none (false). */
    afterPoll(changed) {
        this.idleMs = changed
            ? this.baseMs
            : Math.min(this.idleMs * IDLE_GROWTH, this.baseMs * IDLE_CAP_FACTOR);
        return this.idleMs;
    }
    /** The wait after the n-th failed poll in a row (n ≥ 1): half fixed, half random. */
    afterFailure(consecutiveFailures) {
        const ceiling = Math.min(this.baseMs * 2 ** consecutiveFailures, Math.max(FAILURE_CAP_MS, this.baseMs));
        return ceiling / 2 + (this.random() * ceiling) / 2;
    }
}

;// CONCATENATED MODULE: ./src/watch/poller.ts






/** Errors that are not AWS faults (access denied, not found) end the watch after this many in a row. */
const MAX_CONSECUTIVE_HARD_ERRORS = 3;
async function watchBuild(options) {
    const { client, imageArn, clock, signal, emit } = options;
    const interval = new PollInterval(options.baseIntervalMs, options.random);
    const detail = new DetailCadence();
    let snapshot;
    let failures = 0;
    let hardErrors = 0;
    while (!signal.aborted) {
        let next;
        const previous = snapshot;
        const listWorkflows = (image) => detail.listsWorkflows(previous, image);
        try {
            next = await unlessAborted(fetchSnapshot(client, imageArn, snapshot, listWorkflows), signal);
        }
        catch (error) {
            // The signal may have aborted during the request: stop rather than count a failure.
            if (isAborted(signal))
                break;
            if (isExpiredCredentials(error))
                return { type: 'credentials-expired', error, snapshot };
            hardErrors = isTransient(error) ? 0 : hardErrors + 1;
            if (hardErrors >= MAX_CONSECUTIVE_HARD_ERRORS)
                return { type: 'unreachable', error, snapshot };
            failures += 1;
            const retryInMs = interval.afterFailure(failures);
            emit({
                type: 'poll-failed',
                at: clock.now(),
                error: describeError(error),
                consecutiveFailures: failures,
                retryInMs
            });
            await clock.sleep(retryInMs, signal);
            continue;
        }
        failures = 0;
        hardErrors = 0;
        detail.polled();
        const changes = diffSnapshots(snapshot, next, clock.now());
        snapshot = next;
        await emitLogs(options, snapshot);
        changes.forEach(emit);
        emit({ type: 'snapshot', at: clock.now(), snapshot });
        if (isFinal(snapshot.image.status))
            return { type: 'ended', snapshot };
        await clock.sleep(interval.afterPoll(changes.length > 0), signal);
    }
    return { type: 'aborted', snapshot };
}
async function emitLogs(options, snapshot) {
    if (!options.logs)
        return;
    const lines = await options.logs.read(snapshot);
    if (lines.length > 0)
        options.emit({ type: 'log-lines', at: options.clock.now(), lines });
}
/**
 * The request's result, or a rejection as soon as the signal aborts: the SDK sets no request
 * timeout, and a stalled poll must not hold back the cancel of the build.
 */
function unlessAborted(request, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new Error('The action stopped waiting for this poll'));
        signal.addEventListener('abort', onAbort, { once: true });
        void request.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
function isAborted(signal) {
    return signal.aborted;
}

;// CONCATENATED MODULE: ./src/follow.ts
/**
 * One straight road from valid inputs to the run's ending: begin (start, attach, or recipe mode's
 * plan and apply), then follow the build until it ends or the action stops waiting, then finish
 * or cancel. Each stage hands the next a typed value; `main` records the ending this returns.
 */












async function follow(context) {
    const beginning = await begin(context);
    if (beginning.kind === 'planned')
        return { kind: 'planned' };
    const { imageArn } = beginning;
    announce(context, beginning);
    const emit = emitter(context);
    if (beginning.kind === 'reused')
        return lookOnce(context, imageArn, emit, { kind: 'reused' });
    if (!context.inputs.wait)
        return lookOnce(context, imageArn, emit, { kind: 'started' });
    const outcome = await watchBuild({
        client: context.clients.imagebuilder,
        imageArn,
        baseIntervalMs: context.inputs.pollIntervalSeconds * 1000,
        clock: context.clock,
        signal: context.stop.signal,
        emit,
        logs: context.inputs.streamLogs
            ? new LogTail(() => context.clients.logs(context.inputs.region), (message) => core/* warning */.$e(message))
            : undefined
    });
    switch (outcome.type) {
        case 'ended':
            return finishBuild(context);
        case 'aborted':
            return cancelOnStop(context, imageArn);
        case 'credentials-expired':
            throw outcome.error;
        case 'unreachable':
            return {
                kind: 'error',
                message: `Lost contact with Image Builder while following ${imageArn}: ${describeError(outcome.error)}`
            };
    }
}
/** Publishes the build's ARN at once, so a later step can find it even if this one is cancelled. */
function announce(context, beginning) {
    context.record.imageArn = beginning.imageArn;
    publishImageArn(beginning.imageArn);
    const verb = { started: 'Started', attached: 'Following', reused: 'Reusing' }[beginning.kind];
    context.out.write([`${verb} image build ${beginning.imageArn}`]);
}
function emitter(context) {
    const jobLog = new JobLog(context.out);
    return (event) => {
        recordEvent(context.record, event);
        jobLog.handle(event);
    };
}
/** `wait: false` and reused builds: report what the build looks like now, then return. */
async function lookOnce(context, imageArn, emit, ending) {
    try {
        const snapshot = await fetchSnapshot(context.clients.imagebuilder, imageArn, undefined);
        const at = context.clock.now();
        diffSnapshots(undefined, snapshot, at).forEach(emit);
        emit({ type: 'snapshot', at, snapshot });
    }
    catch (error) {
        if (isExpiredCredentials(error))
            throw error;
        context.record.notices.push(`The build's status could not be read: ${describeError(error)}`);
    }
    return ending;
}

;// CONCATENATED MODULE: ./src/report/untrusted.ts
/**
 * Text from AWS or from the build must never act as a workflow command in the job log. The runner
 * reads `::command::` at the start of a line and the older `##[command]` anywhere in it, so any
 * such text is wrapped in `::stop-commands::<token>` … `::<token>::`, with a token nobody can
 * guess, which turns command processing off for exactly those lines.
 */

class UntrustedWriter {
    writeLine;
    constructor(writeLine) {
        this.writeLine = writeLine;
    }
    /** Writes lines that contain text from outside the action. */
    write(lines) {
        const split = lines.flatMap((line) => line.split(/\r\n|\r|\n/));
        if (!split.some((line) => line.includes('::') || line.includes('##['))) {
            split.forEach(this.writeLine);
            return;
        }
        // A fresh token per write: an earlier one is visible in the job log, and the text must not
        // be able to end its own wrapper.
        const token = tokenNotIn(split);
        this.writeLine(`::stop-commands::${token}`);
        split.forEach(this.writeLine);
        this.writeLine(`::${token}::`);
    }
}
function tokenNotIn(lines) {
    for (;;) {
        const token = (0,external_node_crypto_.randomUUID)().replaceAll('-', '');
        if (!lines.some((line) => line.includes(token)))
            return token;
    }
}

;// CONCATENATED MODULE: ./src/stop-waiting.ts
class StopWaiting {
    signals;
    controller = new AbortController();
    timer;
    reason;
    constructor(signals, timeoutMinutes, stepStartedAt, now) {
        this.signals = signals;
        this.signals.on('SIGINT', this.onSignal);
        this.signals.on('SIGTERM', this.onSignal);
        if (timeoutMinutes > 0) {
            const remaining = stepStartedAt.getTime() + timeoutMinutes * 60_000 - now.getTime();
            this.timer = setTimeout(() => this.stop('timeout'), Math.max(0, remaining));
        }
    }
    get signal() {
        return this.controller.signal;
    }
    dispose() {
        clearTimeout(this.timer);
        this.signals.off('SIGINT', this.onSignal);
        this.signals.off('SIGTERM', this.onSignal);
    }
    onSignal = () => {
        this.stop('run-cancelled');
    };
    stop(reason) {
        if (this.controller.signal.aborted)
            return;
        this.reason = reason;
        this.controller.abort(reason);
    }
}

;// CONCATENATED MODULE: ./src/build-step.ts
/**
 * The step once its inputs are valid: follow the build, then report on every way out, so the
 * outputs and the job summary are there after success, failure, cancellation, timeout, expired
 * credentials and `wait: false` alike. `main` loads this module only after validation.
 */









async function runBuildStep({ inputs, warnings }, runtime, stepStartedAt) {
    warnings.forEach((warning) => core/* warning */.$e(warning));
    const record = newBuildRecord(inputs, stepStartedAt);
    const stop = new StopWaiting(runtime.signals, inputs.timeoutMinutes, stepStartedAt, runtime.clock.now());
    const clients = createAwsClients(inputs.region);
    try {
        record.ending = await follow({
            inputs,
            clients,
            record,
            clock: runtime.clock,
            stop,
            env: runtime.env,
            out: new UntrustedWriter(core/* info */.pq)
        });
    }
    catch (error) {
        record.ending = isExpiredCredentials(error)
            ? { kind: 'credentials-expired', error: expiredCredentialsMessage(record, error) }
            : {
                kind: 'error',
                message: error instanceof StartError ? error.message : describeError(error)
            };
    }
    finally {
        stop.dispose();
        record.endedAt = runtime.clock.now();
        await publish(record, inputs.summary, runtime.clock.now());
        await clients.destroy();
    }
}
function expiredCredentialsMessage(record, error) {
    const build = record.imageArn
        ? `The build ${record.imageArn} keeps running in Image Builder; follow it from a later step with image-arn: ${record.imageArn}.`
        : 'No build was started.';
    return [
        `The AWS credentials expired (${describeError(error)}). ${build}`,
        "Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that."
    ].join(' ');
}


/***/ })

};
