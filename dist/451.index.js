export const id = 451;
export const ids = [451];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ isExpiredCredentials),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   UL: () => (/* binding */ rethrowIfExpired),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   tl: () => (/* binding */ isMissingCredentials)
/* harmony export */ });
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
/** The one place that decides that an error means the credentials expired. */
function isExpiredCredentials(error) {
    if (EXPIRED_CREDENTIAL_NAMES.has(errorName(error)))
        return true;
    // The SDK's credential providers raise this name when a session can no longer be refreshed.
    const { message } = fields(error);
    return (errorName(error) === 'CredentialsProviderError' &&
        typeof message === 'string' &&
        /expired/i.test(message));
}
/**
 * What every catch that degrades (a notice, a fallback, a friendlier error) calls first: expired
 * credentials are let through unchanged, because every later call would fail the same way and
 * the step's ending says what to do about them (error-ending.ts).
 */
function rethrowIfExpired(error) {
    if (isExpiredCredentials(error))
        throw error;
}
/** No credentials at all in the environment: the SDK's provider chain found none to load. */
function isMissingCredentials(error) {
    return errorName(error) === 'CredentialsProviderError' && !isExpiredCredentials(error);
}
/** `Name: message` for logs and annotations; for missing credentials, also what to add. */
function describeError(error) {
    const { message } = fields(error);
    const text = typeof message === 'string' && message !== '' ? message : String(error);
    const described = `${errorName(error)}: ${text}`;
    if (!isMissingCredentials(error))
        return described;
    return `no AWS credentials in this job (${described}). Add a step with aws-actions/configure-aws-credentials before this one (with OIDC, the job needs permissions: id-token: write)`;
}


/***/ }),

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aK: () => (/* binding */ fetchImage),
  b8: () => (/* binding */ fetchSnapshot),
  ZD: () => (/* binding */ fetchWorkflows)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
;// CONCATENATED MODULE: ./src/aws/failure-context.ts
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

// EXTERNAL MODULE: ./src/domain/build.ts
var build = __webpack_require__(4776);
;// CONCATENATED MODULE: ./src/aws/image-build.ts
/**
 * Reads of one build from Image Builder, mapped into the action's model: its image, its workflows,
 * or a snapshot of both. The plan, start and watch stages all read builds this way.
 */



/** `signal` closes the requests when the action stops waiting or a deadline passes. */
async function fetchImage(client, imageArn, signal) {
    const command = new dist_cjs.GetImageCommand({ imageBuildVersionArn: imageArn });
    const failureContext = readFailureContext(command);
    const { image } = await client.send(command, { abortSignal: signal });
    return { ...toImageView(imageArn, image ?? {}), failureContext: failureContext() };
}
/**
 * Lists the build's workflow executions and their steps. A workflow keeps its known steps while
 * its status and step counters stand still, unless it runs with no step known to be RUNNING (one
 * is about to start): a step that ends always moves a counter, so a long build neither re-reads
 * finished workflows nor the running one on every poll.
 */
async function fetchWorkflows(client, imageArn, previous, signal, 
/** Steps this poll has already read, by workflow execution ID: not read again. */
freshSteps = new Map()) {
    const workflows = [];
    for await (const page of (0,dist_cjs.paginateListWorkflowExecutions)({ client }, { imageBuildVersionArn: imageArn }, { abortSignal: signal })) {
        for (const metadata of page.workflowExecutions ?? []) {
            const workflow = toWorkflowExecution(metadata);
            const known = previous.find((candidate) => candidate.id === workflow.id);
            const fresh = freshSteps.get(workflow.id);
            workflow.steps =
                fresh ??
                    (known && !stepsMayHaveMoved(known, workflow)
                        ? known.steps
                        : await fetchSteps(client, workflow.id, signal));
            workflows.push(workflow);
        }
    }
    return workflows;
}
/**
 * The image, and its workflows' detail when `listWorkflows` says so for the image just read (asked
 * on every call; without a previous snapshot they are listed regardless); otherwise the previous
 * snapshot's workflows stand. While the image stays in its stage and its running workflows still
 * have steps to run, their steps alone are read: one request per running workflow instead of the
 * listing and then the steps.
 */
async function fetchSnapshot(client, imageArn, previous, signal, listWorkflows = () => true) {
    const image = await fetchImage(client, imageArn, signal);
    // Asked first, always: the caller counts its answers.
    const detailDue = listWorkflows(image);
    if (previous === undefined)
        return { image, workflows: await fetchWorkflows(client, imageArn, [], signal) };
    if (!detailDue)
        return { image, workflows: previous.workflows };
    const fresh = new Map();
    if (image.status === previous.image.status) {
        const refreshed = await refreshRunningSteps(client, previous.workflows, fresh, signal);
        if (refreshed)
            return { image, workflows: refreshed };
    }
    return {
        image,
        workflows: await fetchWorkflows(client, imageArn, previous.workflows, signal, fresh)
    };
}
/**
 * The workflows with the running ones' steps read afresh (each kept in `fresh` too); undefined
 * when the listing is due instead: no workflow runs (one may be about to start), or a running one
 * has no step left to run or has one that failed or was cancelled (it is ending, and only the
 * listing shows its end). A workflow's step counters are left as last listed until then.
 */
async function refreshRunningSteps(client, workflows, fresh, signal) {
    if (!workflows.some((workflow) => (0,build/* isActiveWorkflow */.Gt)(workflow.status)))
        return undefined;
    const refreshed = [];
    let ending = false;
    for (const workflow of workflows) {
        if (!(0,build/* isActiveWorkflow */.Gt)(workflow.status)) {
            refreshed.push(workflow);
            continue;
        }
        const steps = await fetchSteps(client, workflow.id, signal);
        fresh.set(workflow.id, steps);
        ending ||=
            !steps.some((step) => STEPS_STILL_TO_RUN.includes(step.status)) ||
                steps.some((step) => STEPS_ENDING_A_WORKFLOW.includes(step.status));
        refreshed.push({ ...workflow, steps });
    }
    return ending ? undefined : refreshed;
}
/** Steps that have not run yet or run now. */
const STEPS_STILL_TO_RUN = ['PENDING', 'RUNNING'];
/** A step in these ends its workflow early (later steps stay PENDING, or run as clean-up). */
const STEPS_ENDING_A_WORKFLOW = ['FAILED', 'CANCELLED'];
async function fetchSteps(client, workflowExecutionId, signal) {
    const steps = [];
    for await (const page of (0,dist_cjs.paginateListWorkflowStepExecutions)({ client }, { workflowExecutionId }, { abortSignal: signal })) {
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
    const stepAboutToStart = (0,build/* isActiveWorkflow */.Gt)(current.status) && !known.steps.some((step) => step.status === 'RUNNING');
    return countersMoved || stepAboutToStart;
}
function toImageView(arn, image) {
    return {
        arn: image.arn ?? arn,
        type: image.type,
        name: image.name,
        version: image.version,
        platform: image.platform,
        imageType: image.type,
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
        componentArns: (image.imageRecipe?.components ??
            image.containerRecipe?.components ??
            []).flatMap((component) => (component.componentArn ? [component.componentArn] : [])),
        logGroupName: image.loggingConfiguration?.logGroupName,
        dateCreated: image.dateCreated,
        ...(image.imageRecipe?.name
            ? { recipe: { name: image.imageRecipe.name, version: image.imageRecipe.version } }
            : {}),
        ...(image.tags ? { tags: image.tags } : {}),
        ...(image.infrastructureConfiguration
            ? { instanceTypes: image.infrastructureConfiguration.instanceTypes ?? [] }
            : {})
    };
}
function toWorkflowExecution(metadata) {
    return {
        id: metadata.workflowExecutionId ?? '',
        ...(metadata.retried === true ? { retried: true } : {}),
        type: metadata.type ?? 'BUILD',
        name: workflowNameOfArn(metadata.workflowBuildVersionArn),
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
function workflowNameOfArn(workflowArn) {
    const match = /:workflow\/[a-z]+\/([^/]+)\//.exec(workflowArn ?? '');
    return match?.[1] ?? 'workflow';
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ withStartPatience),
/* harmony export */   kL: () => (/* binding */ startPatienceFrom),
/* harmony export */   tW: () => (/* binding */ teachThrottling)
/* harmony export */ });
/* unused harmony exports START_PATIENCE, startBackoffMs, throttlingByName */
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3609);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/**
 * The one retry layer: the SDK's own retry strategy, for every call. Nothing in the action loops
 * around a call that the SDK already retries.
 *
 * How the SDK decides (read in @smithy/core 3.41, submodule `retry`): an error is THROTTLING when
 * its HTTP status is 429, its name is in THROTTLING_ERROR_CODES, or it carries
 * `$retryable.throttling`; TRANSIENT for 500/502/503/504, timeouts and dropped connections.
 * `TooManyRequestsException` is in that list, `CallRateLimitExceededException` is not: it is
 * retried only through its 429. `throttlingByName` marks both (and the other throttling names of
 * aws/errors.ts) so the decision never hangs on a status code that a proxy could rewrite.
 *
 * Every client keeps the SDK's defaults: standard mode, 3 attempts, full-jitter backoff (base
 * 50 ms, 1 s for throttling, at most 20 s), and AWS_MAX_ATTEMPTS / AWS_RETRY_MODE as the user set
 * them. Each client has its own retry quota (500 tokens; a throttled retry costs 5, another 14, a
 * success refunds), so the long poll cannot drain the quota of the start.
 *
 * The calls that start a build are more patient (`withStartPatience`): a start that gives up
 * loses the whole job, and its client token makes every attempt the same request, so retrying
 * can never start a second build. See START_PATIENCE for the numbers.
 */


/**
 * 10 attempts; nominal waits 2, 4, 8, 16, 16, 16, 16, 16, 16 s, each drawn between half and all
 * of that ("equal jitter", so matrix legs that were throttled together spread out, yet the total
 * has a floor). A start under sustained throttling thus keeps trying for at least 55 s and at most
 * 110 s of waiting (plus the attempts themselves, each bounded by the request timeout) before it
 * fails. At 5 tokens per throttled retry it uses 45 of its strategy's 500: the quota never runs dry.
 */
const START_PATIENCE = {
    maxAttempts: 10,
    firstDelayMs: 2_000,
    maxDelayMs: 16_000,
    adaptive: false
};
/** START_PATIENCE, with the attempts and mode the user set in the standard AWS variables. */
function startPatienceFrom(env, onRetry) {
    const userAttempts = Number.parseInt(env.AWS_MAX_ATTEMPTS ?? '', 10);
    return {
        ...START_PATIENCE,
        maxAttempts: userAttempts >= 1 ? userAttempts : START_PATIENCE.maxAttempts,
        adaptive: env.AWS_RETRY_MODE === 'adaptive',
        ...(onRetry ? { onRetry } : {})
    };
}
/** The wait before retry number `retriesSoFar + 1`. */
function startBackoffMs(patience, retriesSoFar, random = Math.random) {
    const nominal = Math.min(patience.firstDelayMs * 2 ** retriesSoFar, patience.maxDelayMs);
    return Math.round(nominal * (0.5 + 0.5 * random()));
}
/**
 * Gives one command (StartImagePipelineExecution, CreateImage, the AMIs' CreateTags) the start's patience: a retry
 * plugin on the command's own middleware stack replaces the client's for this command only.
 */
function withStartPatience(command, patience) {
    const strategy = startRetryStrategy(patience);
    command.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.getRetryPlugin)({
        maxAttempts: () => Promise.resolve(patience.maxAttempts),
        retryStrategy: () => Promise.resolve(strategy)
    }));
    return command;
}
function startRetryStrategy(patience) {
    const options = {
        maxAttempts: patience.maxAttempts,
        backoff: {
            computeNextBackoffDelay: (retriesSoFar) => startBackoffMs(patience, retriesSoFar),
            // One schedule for throttling and server errors alike: the SDK's base does not apply.
            setDelayBase: () => undefined
        }
    };
    const strategy = patience.adaptive
        ? new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.AdaptiveRetryStrategy(patience.maxAttempts, options)
        : new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy(options);
    const { onRetry } = patience;
    if (!onRetry)
        return strategy;
    const refresh = strategy.refreshRetryTokenForRetry.bind(strategy);
    strategy.refreshRetryTokenForRetry = async (token, errorInfo) => {
        // The strategy sleeps inside the refresh (getRetryDelay stays 0), so the wait is timed here,
        // by the real clock the SDK sleeps on, not the action's injected one.
        const startedAt = Date.now();
        const next = await refresh(token, errorInfo);
        onRetry({
            error: errorInfo.error,
            retry: next.getRetryCount(),
            maxRetries: patience.maxAttempts - 1,
            delayMs: Date.now() - startedAt
        });
        return next;
    };
    return strategy;
}
/**
 * Marks throttling errors by name for the SDK's classifier. It sits right inside the retry
 * middleware, so it sees every attempt's error before the strategy decides.
 */
function teachThrottling(client) {
    client.middlewareStack.addRelativeTo(throttlingByName, {
        relation: 'after',
        toMiddleware: 'retryMiddleware',
        name: 'throttlingByNameMiddleware'
    });
}
function throttlingByName(next) {
    return async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(error) && typeof error === 'object' && error !== null) {
                Object.assign(error, { $retryable: { throttling: true } });
            }
            throw error;
        }
    };
}


/***/ }),

/***/ 9451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildStep: () => (/* binding */ runBuildStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
;// CONCATENATED MODULE: ./src/debug-channel.ts
/**
 * The debug channel: lines a user sees after turning on step debug logging (RUNNER_DEBUG=1, or
 * "Enable debug logging" on a re-run). Off, nothing is written at all, so the job log and what a
 * log reader receives stay exactly as they are. Lines must never carry a credential, a token or a
 * request body.
 */

const noDebug = () => undefined;
/** core.debug while step debug logging is on; a no-op otherwise. */
function debugChannel() {
    return core.isDebug() ? core.debug : noDebug;
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/call-trace.ts


/** Adds the trace to a client, only when step debug logging is on: otherwise nothing changes. */
function traceCalls(client, region, debug = debugChannel(), now = Date.now) {
    if (debug === noDebug)
        return;
    const middleware = (next, context) => async (args) => {
        const started = now();
        const operation = operationName(context.commandName);
        try {
            const result = await next(args);
            debug(callLine(operation, region, metadataOf(result.output), now() - started));
            return result;
        }
        catch (error) {
            const metadata = { httpStatusCode: (0,errors/* httpStatus */.nG)(error), ...metadataOf(error) };
            debug(callLine(operation, region, metadata, now() - started, (0,errors/* errorName */.Is)(error)));
            throw error;
        }
    };
    // Outermost of all, so the latency and `$metadata` include every retry.
    client.middlewareStack.add(middleware, {
        step: 'initialize',
        name: 'debugCallTraceMiddleware',
        priority: 'high'
    });
}
/** `GetImageCommand` → `GetImage`, the operation's name in AWS's API reference and CloudTrail. */
function operationName(commandName) {
    return (commandName ?? 'unknown operation').replace(/Command$/, '');
}
function metadataOf(value) {
    if (typeof value !== 'object' || value === null || !('$metadata' in value))
        return {};
    const metadata = value.$metadata;
    return typeof metadata === 'object' && metadata !== null ? metadata : {};
}
function callLine(operation, region, metadata, latencyMs, failedWith) {
    const attempts = metadata.attempts ?? 1;
    const parts = [
        `HTTP ${metadata.httpStatusCode ?? 'none'}`,
        `request ID ${metadata.requestId ?? 'none'}`,
        `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`,
        `retry delay ${metadata.totalRetryDelay ?? 0} ms`,
        `latency ${latencyMs} ms`
    ];
    const outcome = failedWith === undefined ? 'ok' : `failed with ${failedWith}`;
    return `AWS ${operation} (${region}) ${outcome}: ${parts.join(', ')}`;
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/client-config.ts
/**
 * What every AWS client of the action is configured with. Kept apart from clients.ts, whose lazy
 * imports of EC2 and CloudWatch Logs would otherwise be bundled into the post step, which needs
 * only Image Builder.
 */



const USER_AGENT = ['imagebuilder-action', '0.1.0'];
/**
 * The SDK sets no timeouts by default: a stalled connection would hang a poll forever. Every call
 * the action makes is answered within a few seconds when AWS is well, so a request silent for 20 s
 * fails with a TimeoutError, which the SDK retries and the watcher waits out. Calls with a tighter
 * deadline (after a cancel signal) also pass an abort signal.
 */
const REQUEST_HANDLER = {
    connectionTimeout: 5_000,
    requestTimeout: 20_000,
    throwOnRequestTimeout: true
};
function clientConfig(region) {
    return { region, customUserAgent: [USER_AGENT], requestHandler: REQUEST_HANDLER };
}
/** Image Builder alone, as the post step needs it. */
function createImagebuilderClient(region) {
    return prepared(new dist_cjs.ImagebuilderClient(clientConfig(region)), region);
}
/** Every client: throttling recognised by name, and each call on the debug channel. */
function prepared(client, region) {
    (0,retry/* teachThrottling */.tW)(client);
    traceCalls(client, region);
    return client;
}

;// CONCATENATED MODULE: ./src/aws/clients.ts

function createAwsClients(region) {
    const ec2Clients = new Map();
    const logsClients = new Map();
    const ssmClients = new Map();
    const ecrClients = new Map();
    const stsClients = new Map();
    const imagebuilder = createImagebuilderClient(region);
    return {
        imagebuilder,
        ec2: (clientRegion) => memo(ec2Clients, clientRegion, createEc2Client),
        logs: (clientRegion) => memo(logsClients, clientRegion, createLogsClient),
        ssm: (clientRegion) => memo(ssmClients, clientRegion, createSsmClient),
        ecr: (clientRegion) => memo(ecrClients, clientRegion, createEcrClient),
        sts: () => memo(stsClients, region, createStsClient),
        destroy: async () => {
            const lazy = await Promise.all([
                ...ec2Clients.values(),
                ...logsClients.values(),
                ...ssmClients.values(),
                ...ecrClients.values(),
                ...stsClients.values()
            ]);
            for (const client of [imagebuilder, ...lazy])
                client.destroy();
        }
    };
}
async function createEc2Client(region) {
    const { EC2Client } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
    return prepared(new EC2Client(clientConfig(region)), region);
}
async function createLogsClient(region) {
    const { CloudWatchLogsClient } = await Promise.all(/* import() */[__webpack_require__.e(303), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 446));
    return prepared(new CloudWatchLogsClient(clientConfig(region)), region);
}
async function createSsmClient(region) {
    const { SSMClient } = await Promise.all(/* import() */[__webpack_require__.e(736), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 8332));
    return prepared(new SSMClient(clientConfig(region)), region);
}
function memo(cache, key, create) {
    const existing = cache.get(key);
    if (existing)
        return existing;
    const created = create(key);
    cache.set(key, created);
    return created;
}
async function createEcrClient(region) {
    const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 8663));
    return prepared(new ECRClient(clientConfig(region)), region);
}
async function createStsClient(region) {
    const { STSClient } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 8665));
    return prepared(new STSClient(clientConfig(region)), region);
}

// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/report/stop-wording.ts
/** Opens a sentence of an error message: `The timeout passed` / `The workflow run was cancelled`. */
function stoppedSentence(reason) {
    return reason === 'timeout' ? 'The timeout passed' : 'The workflow run was cancelled';
}
/** Opens the error annotation; a timeout also says what it came before. */
function stoppedAnnotation(reason) {
    return reason === 'timeout'
        ? `${stoppedSentence(reason)} before the build ended`
        : stoppedSentence(reason);
}
/** Opens the summary's heading: `The timeout passed` / `The run was cancelled`. */
function stoppedHeading(reason) {
    return reason === 'timeout' ? 'The timeout passed' : 'The run was cancelled';
}
/** Mid-sentence, in the job log's last line: `the timeout passed` / `the run was cancelled`. */
function stoppedClause(reason) {
    return reason === 'timeout' ? 'the timeout passed' : 'the run was cancelled';
}
/** Mid-sentence, for the post step, which cannot tell why the main step did not finish. */
const STOPPED_UNSEEN = 'the run was cancelled or the step was killed';
/** Why no cancel was sent when the action stopped waiting. */
const CANCEL_NOT_REQUESTED = 'cancel-on-abort is false';

;// CONCATENATED MODULE: ./src/error-ending.ts
/**
 * What an error that reached the top of the step ends it as: expired credentials with what to do
 * about them, an error the action wrote for the user (InputError, StartError) as it is, anything
 * else described by name and message. The watch, which ends on expired credentials with a value
 * rather than a throw, ends the step through the same words.
 */



function endingOfError(error, record, stop) {
    if ((0,errors/* isExpiredCredentials */.CW)(error))
        return expiredCredentialsEnding(error, record.imageArn);
    if (stop.reason && !record.imageArn) {
        return {
            kind: 'error',
            message: `${stoppedSentence(stop.reason)} before Image Builder named the build, so there is none to cancel (${(0,errors/* describeError */.Uc)(error)}). If a build did start, the image list of the pipeline or recipe shows it.`
        };
    }
    return {
        kind: 'error',
        message: error instanceof domain_errors/* StartError */.D || error instanceof domain_errors/* InputError */.d
            ? error.message
            : (0,errors/* describeError */.Uc)(error)
    };
}
/** The credentials expired: whether a build keeps running, and how to give the role time enough. */
function expiredCredentialsEnding(error, imageArn) {
    const build = imageArn
        ? `The build ${imageArn} keeps running in Image Builder; follow it from a later step with image-arn: ${imageArn}.`
        : 'No build was started.';
    return {
        kind: 'credentials-expired',
        message: [
            `The AWS credentials expired (${(0,errors/* describeError */.Uc)(error)}). ${build}`,
            "Give the role a session longer than the build: set role-duration-seconds (e.g. 7200) in aws-actions/configure-aws-credentials, and raise the IAM role's maximum session duration to at least that."
        ].join(' ')
    };
}

// EXTERNAL MODULE: ./src/aws/image-build.ts + 1 modules
var image_build = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/domain/amis.ts
var domain_amis = __webpack_require__(9920);
;// CONCATENATED MODULE: ./src/domain/published.ts
/** `amis`: region → the build account's AMI. Regions that publish nothing are left out. */
function publishedTargets(distribution, amis) {
    return (distribution?.distributions ?? [])
        .map((distribution) => ({
        region: distribution.region ?? '',
        amiId: amis[distribution.region ?? ''],
        ssmParameters: (distribution.ssmParameterConfigurations ?? []).map((parameter) => parameter.parameterName ?? ''),
        launchTemplates: (distribution.launchTemplateConfigurations ?? []).map((template) => template.launchTemplateId ?? '')
    }))
        .filter((target) => target.ssmParameters.length + target.launchTemplates.length > 0);
}

// EXTERNAL MODULE: ./src/start/provenance.ts
var provenance = __webpack_require__(3101);
// EXTERNAL MODULE: ./src/domain/container-images.ts
var container_images = __webpack_require__(4118);
;// CONCATENATED MODULE: ./src/finish/container-digests.ts


const NOT_FOUND = new Set(['ImageNotFoundException', 'RepositoryNotFoundException']);
async function readContainerDigests(ecr, images, signal) {
    const regions = [...new Set(images.map((image) => image.region))];
    const readings = await Promise.all(regions.map((region) => readRegion(ecr, images.filter((image) => image.region === region), signal)));
    return {
        images: readings.flatMap((reading) => reading.images),
        missing: readings.flatMap((reading) => reading.missing),
        unread: readings.flatMap((reading) => reading.unread)
    };
}
async function readRegion(ecr, images, signal) {
    const tagged = images.filter((image) => image.digest === undefined && image.tag !== undefined);
    const first = tagged[0];
    if (first === undefined)
        return { images, missing: [], unread: [] };
    const { region, repositoryName, registry } = first;
    try {
        const client = await ecr(region);
        const { DescribeImagesCommand } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 8663));
        const registryId = (0,container_images/* registryAccount */.Ji)(registry);
        const { imageDetails = [] } = await client.send(new DescribeImagesCommand({
            repositoryName,
            ...(registryId ? { registryId } : {}),
            imageIds: tagged.map((image) => ({ imageTag: image.tag }))
        }), { abortSignal: signal });
        const digestOf = (tag) => imageDetails.find((detail) => tag !== undefined && detail.imageTags?.includes(tag))
            ?.imageDigest;
        const read = images.map((image) => {
            const digest = image.digest ?? digestOf(image.tag);
            return digest ? { ...image, digest } : image;
        });
        const missing = read.filter((image) => !image.digest).map((image) => image.uri);
        return { images: read, missing, unread: [] };
    }
    catch (error) {
        (0,errors/* rethrowIfExpired */.UL)(error);
        if (NOT_FOUND.has((0,errors/* errorName */.Is)(error))) {
            return { images, missing: tagged.map((image) => image.uri), unread: [] };
        }
        return { images, missing: [], unread: [`${region}: ${(0,errors/* describeError */.Uc)(error)}`] };
    }
}

// EXTERNAL MODULE: ./src/domain/record.ts
var domain_record = __webpack_require__(6403);
;// CONCATENATED MODULE: ./src/finish/scan-findings.ts
/**
 * Counts the image's vulnerability findings by severity (Image Builder allows one filter per call)
 * and keeps a few of the most severe kind, for the summary to name.
 */


/** Findings of the worst severity that the summary lists. */
const WORST_KEPT = 10;
async function readScanFindings(client, imageArn) {
    const counts = {};
    let worst = [];
    const filters = [{ name: 'imageBuildVersionArn', values: [imageArn] }];
    for await (const page of (0,dist_cjs.paginateListImageScanFindings)({ client }, { filters })) {
        for (const finding of page.findings ?? []) {
            const brief = briefOf(finding);
            counts[brief.severity] = (counts[brief.severity] ?? 0) + 1;
            const rank = (0,domain_record/* severityRank */.qs)(brief.severity);
            const worstRank = worst[0] ? (0,domain_record/* severityRank */.qs)(worst[0].severity) : Infinity;
            if (rank < worstRank)
                worst = [brief];
            else if (rank === worstRank && worst.length < WORST_KEPT)
                worst.push(brief);
        }
    }
    return { counts, worst };
}
function briefOf(finding) {
    const details = finding.packageVulnerabilityDetails;
    const vulnerable = details?.vulnerablePackages?.[0];
    return {
        severity: finding.severity ?? 'UNTRIAGED',
        vulnerabilityId: details?.vulnerabilityId,
        title: finding.title,
        packageName: vulnerable?.name,
        fixedInVersion: vulnerable?.fixedInVersion
    };
}

// EXTERNAL MODULE: ./src/domain/clock.ts
var clock = __webpack_require__(6774);
;// CONCATENATED MODULE: ./src/finish/ami-calls.ts


async function callForEachAmi({ clients, env }, amis, call) {
    const patience = (0,retry/* startPatienceFrom */.kL)(env);
    const failures = [];
    for (const [region, imageId] of Object.entries(amis)) {
        try {
            await call(await clients.ec2(region), { region, imageId }, patience);
        }
        catch (error) {
            failures.push(`${imageId} in ${region}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/finish/deprecate-amis.ts
/**
 * `deprecate-after`: once the AMIs exist, EC2 EnableImageDeprecation on the build account's AMI in
 * each region. "After it was made" counts from the AMI's own CreationDate, as DescribeImages gave
 * it when the AMIs were confirmed (a copy in another region is made later than the first AMI, and
 * a promoted image's copies long after it), not from the image's dateCreated, which is when the
 * build started. EC2 rounds DeprecateAt to the minute and refuses a time in the past, so the time
 * is rounded here (the reports then say what EC2 keeps) and one that has passed already, as for an
 * old AMI that promote mode distributes again, becomes the next minute: the AMI is due now.
 */


const MINUTE_MS = 60_000;
/**
 * `madeAt`: region → when the AMI there was made; an AMI without one counts from now (EC2 could
 * not be asked for it, so neither could it be deprecated any earlier).
 */
async function deprecateAmis(context, amis, madeAt, period) {
    const now = context.clock.now();
    const { EnableImageDeprecationCommand } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
    const deprecated = [];
    const failures = await callForEachAmi(context, amis, async (ec2, ami, patience) => {
        const deprecateAt = deprecationTime(madeAt[ami.region] ?? now, period, now);
        await ec2.send((0,retry/* withStartPatience */.Uv)(new EnableImageDeprecationCommand({ ImageId: ami.imageId, DeprecateAt: deprecateAt }), patience));
        deprecated.push({ ...ami, deprecateAt });
    });
    return { deprecated, failures };
}
/** `madeAt` plus the period, to the nearest minute, and never before the minute after `now`. */
function deprecationTime(madeAt, period, now) {
    const due = Math.round((madeAt.getTime() + period.milliseconds) / MINUTE_MS) * MINUTE_MS;
    const earliest = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
    return new Date(Math.max(due, earliest));
}

;// CONCATENATED MODULE: ./src/finish/tag-amis.ts
/**
 * `ami-tags` (pipeline and attach mode; recipe mode puts them in the distribution) and the
 * provenance tags go onto the AMIs with EC2 CreateTags once they exist, region by region (AMIs live
 * per region). Tagging the same tags again changes nothing, so CreateTags gets the start's
 * patience under throttling: a finished build must not fail over a throttled tag.
 */


async function tagAmis(context, amis, tags) {
    // Loaded on demand, like the client: most runs never tag.
    const { CreateTagsCommand } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    return callForEachAmi(context, amis, async (ec2, { imageId }, patience) => {
        await ec2.send((0,retry/* withStartPatience */.Uv)(new CreateTagsCommand({ Resources: [imageId], Tags }), patience));
    });
}

// EXTERNAL MODULE: ./src/domain/arns.ts
var arns = __webpack_require__(3198);
;// CONCATENATED MODULE: ./src/finish/test-components.ts
/**
 * Which of the recipe's components are tests. The image's recipe lists component ARNs only; the
 * type (BUILD or TEST) comes from GetComponent, read once per ARN. The reads start as soon as the
 * recipe is known, beside the watch, so the answer is there when the build ends, also after a
 * cancel, when the runner leaves only seconds.
 */



class RecipeComponents {
    client;
    signal;
    lookups = new Map();
    constructor(client, 
    /** Aborts reads still running when the run is cancelled. */
    signal) {
        this.client = client;
        this.signal = signal;
    }
    /**
     * Types already known, from recipe mode's plan: components it made or reused by their build
     * version ARN need no GetComponent. (A wildcard ARN is still read, for the build version it ran.)
     */
    know(components) {
        for (const { arn, type, runsTests, name } of components) {
            if (arn && /\/\d+\.\d+\.\d+\/\d+$/.test(arn)) {
                const tests = type === 'TEST' || runsTests === true;
                this.lookups.set(arn, Promise.resolve({ kind: 'found', runsTests: tests, name, buildVersionArn: arn }));
            }
        }
    }
    /** Starts reading the types; the reads never reject, so nothing is left unhandled. */
    prepare(componentArns) {
        // Kept in the map and awaited by testComponents(); a read never rejects.
        for (const arn of componentArns)
            void this.lookup(arn);
    }
    /** The recipe's test components, in the order AWSTOE runs them. */
    async testComponents(componentArns) {
        const lookups = await Promise.all(componentArns.map((arn) => this.lookup(arn)));
        const found = { components: [], unknown: [] };
        lookups.forEach((lookup, index) => {
            const arn = componentArns[index] ?? '';
            if (lookup.kind === 'failed')
                found.unknown.push(`${arn} (${lookup.error})`);
            else if (lookup.runsTests)
                found.components.push({
                    arn,
                    name: lookup.name ?? (0,arns/* componentNameOfArn */.lK)(arn),
                    buildVersionArn: lookup.buildVersionArn
                });
        });
        return found;
    }
    lookup(arn) {
        const known = this.lookups.get(arn);
        if (known)
            return known;
        const started = this.read(arn);
        this.lookups.set(arn, started);
        return started;
    }
    async read(arn) {
        try {
            const { component } = await this.client.send(new dist_cjs.GetComponentCommand({ componentBuildVersionArn: arn }), { abortSignal: this.signal });
            return {
                kind: 'found',
                runsTests: component?.type === 'TEST' || (await hasTestPhase(component?.data)),
                name: component?.name,
                buildVersionArn: component?.arn
            };
        }
        catch (error) {
            return { kind: 'failed', error: (0,errors/* describeError */.Uc)(error) };
        }
    }
}
/**
 * Whether a BUILD component's document has a `test` phase, which AWSTOE runs in the test stage. The
 * YAML parser is loaded only for such a document; one that cannot be read runs no test we can see.
 */
async function hasTestPhase(data) {
    if (data === undefined || !/\btest\b/.test(data))
        return false;
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 6696));
    try {
        const document = parseYaml(data);
        const phases = document?.phases;
        return (Array.isArray(phases) &&
            phases.some((phase) => phase?.name === 'test'));
    }
    catch {
        return false;
    }
}
/** Tells what was found: the test components, and a notice for components of unknown type. */
async function learnTestComponents(recipe, componentArns, learn) {
    const found = await recipe.testComponents(componentArns);
    learn({ type: 'test-components', components: found.components });
    if (found.unknown.length > 0) {
        learn({
            type: 'notice',
            text: `The type of ${found.unknown.length === 1 ? 'this component' : 'these components'} could not be read, so the test report leaves ${found.unknown.length === 1 ? 'it' : 'them'} out: ${found.unknown.join('; ')}`
        });
    }
}

;// CONCATENATED MODULE: ./src/finish/verify-amis.ts

/** Error codes with which EC2 says that an AMI ID names no image. */
const verify_amis_NOT_FOUND = new Set(['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable']);
/**
 * One result per AMI, in the order of `amis` (region → AMI ID of the build account). Expired
 * credentials are thrown, as everywhere: the caller ends the step with its own explanation.
 */
async function verifyAmis(ec2, amis, signal) {
    return Promise.all(Object.entries(amis).map(([region, imageId]) => verifyAmi(ec2, region, imageId, signal)));
}
async function verifyAmi(ec2, region, imageId, signal) {
    try {
        const client = await ec2(region);
        // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
        const { DescribeImagesCommand } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
        const { Images = [] } = await client.send(new DescribeImagesCommand({ ImageIds: [imageId] }), {
            abortSignal: signal
        });
        const image = Images.find((candidate) => candidate.ImageId === imageId);
        if (image === undefined)
            return { region, imageId, state: 'missing' };
        if (image.State === 'available') {
            const snapshotGiB = snapshotGiBOf(image);
            return {
                region,
                imageId,
                state: 'available',
                ...(image.CreationDate ? { creationDate: image.CreationDate } : {}),
                ...(snapshotGiB === undefined ? {} : { snapshotGiB })
            };
        }
        return {
            region,
            imageId,
            state: 'other',
            imageState: image.State ?? 'unknown',
            ...(image.StateReason?.Message ? { reason: image.StateReason.Message } : {})
        };
    }
    catch (error) {
        (0,errors/* rethrowIfExpired */.UL)(error);
        if (verify_amis_NOT_FOUND.has((0,errors/* errorName */.Is)(error)))
            return { region, imageId, state: 'missing' };
        return { region, imageId, state: 'unverified', error: (0,errors/* describeError */.Uc)(error) };
    }
}
/**
 * What the AMI's snapshots can hold: the EBS mappings' volume sizes added up (instance-store
 * mappings have no snapshot). The answer DescribeImages already gave, so no call is added for it.
 */
function snapshotGiBOf(image) {
    const sizes = (image.BlockDeviceMappings ?? []).flatMap((mapping) => typeof mapping.Ebs?.VolumeSize === 'number' ? [mapping.Ebs.VolumeSize] : []);
    return sizes.length === 0 ? undefined : sizes.reduce((sum, size) => sum + size, 0);
}

;// CONCATENATED MODULE: ./src/finish/finish-build.ts
/**
 * The finish stage, after the build ended: find the recipe's test components, read the scan
 * findings, confirm the AMIs with EC2, tag them and set their deprecation (a container image: read
 * its digests from ECR). A failure here never hides the build's own outcome; it turns a successful
 * build's ending into an error only when an AMI is not there to launch, or the tags or the
 * deprecation asked for could not be set.
 */












async function finishBuild(context, build, recipe) {
    const { clients, learn } = context;
    const { image } = build.snapshot;
    await learnTestComponents(recipe, image.componentArns, learn);
    if (image.scanningEnabled) {
        try {
            const findings = await readScanFindings(clients.imagebuilder, build.imageArn);
            learn({ type: 'scan-findings', counts: findings.counts, worst: findings.worst });
        }
        catch (error) {
            (0,errors/* rethrowIfExpired */.UL)(error);
            learn({ type: 'notice', text: `Scan findings could not be read: ${(0,errors/* describeError */.Uc)(error)}` });
        }
    }
    if (image.status !== 'AVAILABLE')
        return { kind: 'ended' };
    if (image.imageType === 'DOCKER')
        return finishContainerImage(context, build.snapshot);
    const amis = (0,domain_amis/* buildAccountAmis */.U)(build);
    const { unusable, madeAt } = await confirmAmis(context, amis);
    if (unusable.length > 0) {
        return {
            kind: 'error',
            message: `The build ended AVAILABLE, but EC2 does not have every AMI ready to launch: ${unusable.join('; ')}`
        };
    }
    context.out.write(publishedLines(build.distribution, amis));
    const problems = [
        ...(await applyAmiTags(context, amis)),
        ...(await applyDeprecation(context, amis, madeAt))
    ];
    if (problems.length === 0)
        return { kind: 'ended' };
    return { kind: 'error', message: `The build succeeded, but ${problems.join(', and ')}` };
}
/**
 * A reused build (skip-if-unchanged) made its AMIs long ago, perhaps before `deprecate-after` was
 * set: each gets the deprecation the inputs ask for now, counted from when EC2 made it, so every
 * AMI the step hands on is deprecated as asked. Without the input there is nothing to do.
 */
async function finishReusedAmis(context, build) {
    const { inputs } = context;
    const period = inputs.mode === 'recipe' ? inputs.deprecateAfter : undefined;
    if (period === undefined || build.snapshot.image.status !== 'AVAILABLE')
        return { kind: 'reused' };
    const amis = (0,domain_amis/* buildAccountAmis */.U)(build);
    const { unusable, madeAt } = await confirmAmis(context, amis);
    if (unusable.length > 0) {
        return {
            kind: 'error',
            message: `The reused build's AMIs are not all there to deprecate: ${unusable.join('; ')}`
        };
    }
    const problems = await applyDeprecation(context, amis, madeAt);
    if (problems.length === 0)
        return { kind: 'reused' };
    return { kind: 'error', message: `The build is reused, but ${problems.join(', and ')}` };
}
/** What could not be tagged, as a clause of the step's error; none when all was. */
async function applyAmiTags(context, amis) {
    const tags = amiTagsToApply(context);
    if (Object.keys(tags).length === 0)
        return [];
    const failures = await tagAmis(context, amis, tags);
    const tagged = Object.keys(amis).length - failures.length;
    context.out.write([`Tagged ${tagged} AMI(s) with ${Object.keys(tags).join(', ')}`]);
    if (failures.length === 0)
        return [];
    return [`the AMI tags could not be applied to ${failures.join('; ')}`];
}
/**
 * `deprecate-after`: like the tags, a deprecation EC2 does not take fails the step, since the
 * workflow asked for it, and never hides that the image is AVAILABLE.
 */
async function applyDeprecation(context, amis, madeAt) {
    const { inputs } = context;
    const period = inputs.mode === 'recipe' || inputs.mode === 'promote' ? inputs.deprecateAfter : undefined;
    if (period === undefined || Object.keys(amis).length === 0)
        return [];
    const { deprecated, failures } = await deprecateAmis(context, amis, madeAt, period);
    context.learn({ type: 'ami-deprecations', deprecations: deprecated });
    context.out.write(deprecated.map((ami) => `Deprecation of ${ami.imageId} in ${ami.region} set for ${(0,clock/* formatMinute */.Y)(ami.deprecateAt)}`));
    if (failures.length === 0)
        return [];
    return [`the AMI deprecation could not be set on ${failures.join('; ')}`];
}
/**
 * A container image: no AMI to confirm or tag; its digests are read from ECR, and an image ECR
 * does not have turns success into an error, as a missing AMI does.
 */
async function finishContainerImage(context, snapshot) {
    const { learn, clients } = context;
    const images = (0,container_images/* containerImagesOf */.$E)(snapshot.image.outputResources);
    if (images.length === 0)
        return { kind: 'ended' };
    const reading = await readContainerDigests((region) => clients.ecr(region), images, context.stop.signal);
    learn({ type: 'container-images', images: reading.images });
    for (const problem of reading.unread) {
        learn({ type: 'notice', text: `The image digest could not be read from ECR in ${problem}` });
    }
    if (reading.missing.length > 0) {
        return {
            kind: 'error',
            message: `The build ended AVAILABLE, but ECR does not have ${reading.missing.join(', ')}`
        };
    }
    const pinned = reading.images.filter((image) => image.digest).length;
    if (pinned > 0)
        context.out.write([`Read the digest of ${pinned} container image URI(s) from ECR`]);
    return { kind: 'ended' };
}
/**
 * Asks EC2 for every AMI of the build account; returns what is wrong with the unusable ones, and
 * when each confirmed one was made.
 */
async function confirmAmis(context, amis) {
    const { clients } = context;
    const results = await verifyAmis((region) => clients.ec2(region), amis, context.stop.signal);
    const unusable = [];
    const madeAt = {};
    for (const result of results) {
        const ami = `${result.imageId} in ${result.region}`;
        if (result.state === 'missing')
            unusable.push(`${ami} does not exist`);
        if (result.state === 'other') {
            unusable.push(`${ami} is ${result.imageState}${result.reason ? ` (${result.reason})` : ''}`);
        }
        if (result.state === 'unverified') {
            context.learn({
                type: 'notice',
                text: `${ami} could not be checked with EC2: ${result.error}`
            });
        }
        const created = result.state === 'available' ? Date.parse(result.creationDate ?? '') : NaN;
        if (!Number.isNaN(created))
            madeAt[result.region] = new Date(created);
    }
    context.learn({
        type: 'ami-volumes',
        volumes: results.flatMap((result) => result.state === 'available' && result.snapshotGiB !== undefined
            ? [{ region: result.region, imageId: result.imageId, snapshotGiB: result.snapshotGiB }]
            : [])
    });
    const confirmed = results.filter((result) => result.state === 'available').length;
    if (confirmed > 0)
        context.out.write([`Confirmed ${confirmed} AMI(s) available in EC2`]);
    return { unusable, madeAt };
}
/**
 * Tags that go onto the AMIs with CreateTags: `ami-tags` (recipe mode puts those in the
 * distribution configuration instead) and, on builds this step started, where they came from.
 */
function amiTagsToApply(context) {
    const { inputs } = context;
    switch (inputs.mode) {
        case 'attach':
            return inputs.amiTags;
        case 'pipeline':
            return { ...inputs.amiTags, ...(0,provenance/* provenanceTags */.X)(context.env) };
        case 'recipe':
        case 'promote':
            return (0,provenance/* provenanceTags */.X)(context.env);
    }
}
/** One job-log line per region: `Published ami-… in eu-west-1: SSM parameter …; launch template lt-… (new default version)`. */
function publishedLines(distribution, amis) {
    return publishedTargets(distribution, amis).map((target) => {
        const places = [
            ...target.ssmParameters.map((name) => `SSM parameter ${name}`),
            ...target.launchTemplates.map((id) => `launch template ${id} (new default version)`)
        ];
        return `Published ${target.amiId ?? 'the AMI'} in ${target.region}: ${places.join('; ')}`;
    });
}

// EXTERNAL MODULE: ./src/domain/build.ts
var domain_build = __webpack_require__(4776);
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

// EXTERNAL MODULE: ./src/report/clip.ts
var clip = __webpack_require__(2050);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
;// CONCATENATED MODULE: ./src/report/service-progress.ts
/**
 * The build log carries Image Builder's own progress lines beside the components' output: the
 * image status, and each workflow and step starting and ending. The action already reports every
 * such change from the API, with times and durations, so in the job log these would say each
 * change twice. They stay in the record (the cause is read from the log) but are not written.
 * Lines of any other form pass through: unknown text is shown, never dropped.
 */
const SERVICE_PROGRESS = [
    /^Image status: [A-Z_]+(?: - |$)/,
    /^Workflow [\w-]+ \(wf-[0-9a-fA-F-]+\) (?:started|[A-Z_]+)$/,
    /^Step \w+ (?:\(\w+\) started|[A-Z_]+)(?:: |$)/
];
function isServiceProgress(message) {
    return SERVICE_PROGRESS.some((pattern) => pattern.test(message));
}

;// CONCATENATED MODULE: ./src/report/job-log.ts









/** A step's or workflow's message in one progress line; the summary and the API have all of it. */
const MESSAGE_CHARS = 2_000;
/** Prefix of lines streamed from the build's CloudWatch log. */
const BUILD_LOG_MARK = '  │ ';
class JobLog {
    out;
    stageSeenAt;
    groupOpen = false;
    buildEnded = false;
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
                return this.logLines(event);
            case 'snapshot':
                return;
        }
    }
    /** Ends the open group, if any; safe to call more than once. */
    close() {
        if (!this.groupOpen)
            return;
        this.groupOpen = false;
        this.out.endGroup();
    }
    stage(event) {
        const took = event.previous && this.stageSeenAt
            ? ` (${statusWord(event.previous)} took ${formatDuration(event.at.getTime() - this.stageSeenAt.getTime())})`
            : '';
        this.stageSeenAt = event.at;
        this.close();
        const line = `[${formatClock(event.at)}] Image ${statusWord(event.status)}${took}`;
        if ((0,domain_build/* isFinal */.dR)(event.status)) {
            this.buildEnded = true;
            this.out.write([line]);
        }
        else {
            this.open(line);
        }
    }
    logLines(event) {
        const shown = event.lines.filter((line) => !isServiceProgress(line.message));
        if (shown.length === 0)
            return;
        if (!this.groupOpen)
            this.open(this.buildEnded ? 'Build log lines that arrived after the build ended' : 'Build log');
        // Marked so the build's own output stands apart from the action's progress lines.
        this.out.write(shown.map((line) => `${BUILD_LOG_MARK}${formatClock(new Date(line.timestamp))} ${line.message.trimEnd()}`));
    }
    open(title) {
        this.out.startGroup(title);
        this.groupOpen = true;
    }
    line(at, text) {
        this.out.write([`[${formatClock(at)}] ${text}`]);
    }
}
function madeLine(record) {
    if (record.snapshot?.image.imageType === 'DOCKER') {
        const uris = Object.values((0,container_images/* imageUrisByRegion */.Gq)((0,outputs/* containerImages */._Z)(record)));
        return uris.length > 0 ? `images: ${uris.join(', ')}` : 'no container images';
    }
    const amis = Object.entries((0,domain_amis/* buildAccountAmis */.U)(record)).map(([region, ami]) => `${region} ${ami}`);
    const made = amis.length > 0 ? `AMIs: ${amis.join(', ')}` : 'no AMIs';
    const others = Object.keys((0,domain_amis/* accountAmis */.S)(record)).length - (amis.length > 0 ? 1 : 0);
    if (others <= 0)
        return made;
    return `${made}; copies in ${others} other account${others === 1 ? '' : 's'} (see account-amis)`;
}
/** Statuses come from AWS: only letters and underscores reach a group command's title. */
function statusWord(status) {
    return status.replace(/[^A-Z_]/gi, '?');
}
/** The job log's last line: how the build ended, after how long, and its AMIs (or container images). */
function outcomeLine(record) {
    if (!record.imageArn)
        return undefined;
    const status = (0,domain_record/* reportedStatus */.mW)(record);
    const took = record.endedAt
        ? ` after ${formatDuration(record.endedAt.getTime() - record.stepStartedAt.getTime())}`
        : '';
    const made = madeLine(record);
    switch (record.ending?.kind) {
        case 'not-waited':
            return `Image build ${status}; not waiting for it (wait: false).`;
        case 'aborted':
            return `Image build ${status}${took}: ${stoppedClause(record.ending.by)}; ${made}.`;
        case 'credentials-expired':
        case 'error':
            return `Stopped following the build${took}; its last status was ${status}.`;
        default:
            return `Image build ${status}${took}; ${made}.`;
    }
}
function workflowLine({ workflow }) {
    const head = `Workflow ${workflow.name} (${workflow.type}) ${workflow.status}`;
    const span = spanOf(workflow.startTime, workflow.endTime);
    const counts = (0,domain_build/* isActiveWorkflow */.Gt)(workflow.status)
        ? ''
        : `: ${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
    const message = workflow.message ? ` — ${(0,clip/* clip */.$)(workflow.message, MESSAGE_CHARS)}` : '';
    return `${head}${span === undefined ? '' : ` in ${formatDuration(span)}`}${counts}${message}`;
}
function stepLine({ workflow, step }) {
    const action = step.action ? ` (${step.action})` : '';
    const span = step.status === 'RUNNING' ? undefined : spanOf(step.startTime, step.endTime);
    const duration = span === undefined || step.status === 'SKIPPED' ? '' : ` in ${formatDuration(span)}`;
    const message = step.message ? `: ${(0,clip/* clip */.$)(step.message, MESSAGE_CHARS)}` : '';
    return `  ${workflow.name} › ${step.name}${action} ${step.status}${duration}${message}`;
}

;// CONCATENATED MODULE: ./src/report/next-steps.ts
/**
 * What to do about a failure, where its text says enough to know: the reason patterns that the
 * Image Builder team's debugging guide lists (amazon-ec2-image-builder-samples, debugging/README.md).
 */
const REMEDIES = [
    {
        // SendCommand finds no instance when the SSM agent never registered with Systems Manager.
        pattern: /InvalidInstanceId[\s\S]*SendCommand|SSM agent|ssmAgent|not registered with (?:AWS )?Systems Manager/i,
        advice: "The instance never registered with Systems Manager. Attach the AmazonSSMManagedInstanceCore policy to the instance profile's role, and let the subnet reach Systems Manager (a NAT gateway, or VPC endpoints for ssm, ssmmessages and ec2messages)."
    },
    {
        pattern: /iamInstanceProfileName[\s\S]*null|instance ?profile[\s\S]*(?:not found|does not exist|invalid)/i,
        advice: 'The instance profile is missing or unusable: set instance-profile to an instance profile whose role has the AmazonSSMManagedInstanceCore and EC2InstanceProfileForImageBuilder policies.'
    },
    {
        pattern: /RunInstances|InsufficientInstanceCapacity|InstanceLimitExceeded|Unsupported/,
        advice: "The instance could not be launched: try other instance-types or another subnet, and check the account's EC2 quotas in this region."
    },
    {
        pattern: /ListCommandInvocations returned terminal state Failed/,
        withoutComponent: true,
        advice: "The command on the instance failed before AWSTOE reported a result: read its Run Command output (the step's runCommandId) or the AWSTOE log bundle in S3."
    },
    {
        pattern: /AccessDenied|not authori[sz]ed|KMS|kms:/,
        advice: "A permission was missing: check the execution role and the instance profile's role, and for encrypted AMIs shared to other accounts or regions, the KMS key's policy."
    }
];
const COMPONENT_ADVICE = 'Reproduce it with AWSTOE on an instance from the same parent image (awstoe run --documents <document> --phases <phase>); then read what the failing step printed.';
/** Advice for the first pattern the texts match; for a component failure, how to reproduce it. */
function nextStep(texts, componentFailed) {
    const joined = texts.filter(Boolean).join('\n');
    const remedy = REMEDIES.find(({ pattern, withoutComponent }) => !(withoutComponent && componentFailed) && pattern.test(joined));
    return remedy?.advice ?? (componentFailed ? COMPONENT_ADVICE : undefined);
}

;// CONCATENATED MODULE: ./src/report/printed-lines.ts
const OUTPUT_LINE = /^CmdExecution: (Std(?:out|err): .*)$/s;
const COMPONENT_ARN_LINE = /^ComponentArn: (\S+)/;
/** A line that the component's run cannot reach back past. */
const RUN_BOUNDARY = /^(?:Executing document |ComponentArn: |Step \S+ \(\w+\) started)/;
/** A line that ends a step's part of the log: its end, or the next step's start. */
const STEP_BOUNDARY = /^Step \S+ (?:COMPLETED|FAILED|\(\w+\) started)/;
/**
 * The last `max` output lines of the failed run of `componentArn` (any component when undefined);
 * without a failure block in the log, the last `max` output lines of the failed step `stepName`.
 */
function printedLines(log, componentArn, max, stepName) {
    if (!log.some((line) => COMPONENT_ARN_LINE.test(line.message))) {
        return stepName === undefined ? [] : printedByStep(log, stepName, max);
    }
    const blockAt = findLastIndex(log, (line) => {
        const named = COMPONENT_ARN_LINE.exec(line.message)?.[1];
        return named !== undefined && (componentArn === undefined || sameComponent(named, componentArn));
    });
    if (blockAt === -1)
        return [];
    const printed = [];
    for (let index = blockAt - 1; index >= 0 && printed.length < max; index -= 1) {
        const message = log[index]?.message ?? '';
        if (RUN_BOUNDARY.test(message))
            break;
        const output = OUTPUT_LINE.exec(message)?.[1];
        if (output !== undefined)
            printed.unshift(output.trimEnd());
    }
    return printed;
}
/**
 * The last `max` output lines of the last run of step `stepName`: from its start line (the log's
 * start when the service wrote none) up to its end or the next step's start.
 */
function printedByStep(log, stepName, max) {
    const startedAt = findLastIndex(log, (line) => line.message.startsWith(`Step ${stepName} (`));
    const printed = [];
    for (let index = startedAt + 1; index < log.length; index += 1) {
        const message = log[index]?.message ?? '';
        if (STEP_BOUNDARY.test(message))
            break;
        const output = OUTPUT_LINE.exec(message)?.[1];
        if (output !== undefined)
            printed.push(output.trimEnd());
    }
    return printed.slice(-max);
}
/** The component a failure block names, when Image Builder's own failure context did not. */
function failedComponentInLog(log) {
    for (let index = log.length - 1; index >= 0; index -= 1) {
        const named = COMPONENT_ARN_LINE.exec(log[index]?.message ?? '')?.[1];
        if (named !== undefined)
            return named;
    }
    return undefined;
}
/**
 * Whether two ARNs name the same component: a recipe may name a version (`…/1.0.0`, `…/x.x.x`)
 * where the failure names the build version that ran (`…/1.0.0/2`).
 */
function sameComponent(a, b) {
    return a === b || componentKey(a) === componentKey(b);
}
function componentKey(arn) {
    return /^(arn:[^:]+:imagebuilder:[^:]*:[^:]*:component\/[^/]+)/.exec(arn)?.[1] ?? arn;
}
function findLastIndex(items, predicate) {
    for (let index = items.length - 1; index >= 0; index -= 1) {
        const item = items[index];
        if (item !== undefined && predicate(item))
            return index;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/report/cause.ts




const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
/** Lines of the failing step read back from the log: the end of its output is where the error is. */
const PRINTED_LINES_READ = 20;
/**
 * What the summary's alert and the error annotation both show of them, so both name the same
 * lines: the last ones, at most this many, each clipped, and within a total that leaves the
 * annotation room for the rest of the cause.
 */
const PRINTED_LINES_SHOWN = 10;
const PRINTED_LINE_CHARS = 200;
const PRINTED_CHARS_SHOWN = 1_000;
const COMPONENT_IN_REASON = /Document (arn:aws[^\s:]*:imagebuilder:[^\s]+:component\/[^\s!]+) failed/;
/** A few words in front of an error that add nothing to it. */
const ERROR_WRAPPER = /^[\w ]*failed(?: with reason)?: ?$/i;
/** The service's wrapper around the error; it repeats what the other parts say. */
const REASON_WRAPPER = /^Workflow Execution ID: '[^']*' failed with reason: /;
/** The cause of a build that ended FAILED or CANCELLED on its own; undefined otherwise. */
function causeOf(record) {
    const snapshot = record.snapshot;
    if (record.ending?.kind !== 'ended' || !snapshot)
        return undefined;
    const { image } = snapshot;
    if (image.status === 'AVAILABLE')
        return undefined;
    const context = image.failureContext;
    const failedStep = findFailedStep(snapshot, context);
    const component = failedComponent(record, snapshot);
    const read = component || failedStep
        ? printedLines(record.buildLog, component?.componentArn, PRINTED_LINES_READ, failedStep?.step.name)
        : [];
    const distribution = context?.distributionFailure;
    const error = component?.errorMessage ?? failedStep?.step.message ?? distribution?.errorMessage;
    const reason = sayingMore(image.reason, component, error);
    return {
        status: image.status,
        stage: context?.imageStatus ??
            record.stages.filter((stage) => stage.status !== image.status).at(-1)?.status,
        failedStep,
        component,
        error: error ?? reason,
        reason: error === undefined ? undefined : reason,
        distribution,
        printed: shownLines(read),
        keptInstance: keptInstance(record, failedStep),
        next: nextStep([image.reason, failedStep?.step.message, component?.errorMessage, ...read], component !== undefined)
    };
}
/** `The step printed (last 3 lines):`, the label the summary and the annotation share. */
function printedLabel(printed, lead) {
    return `${lead} (last ${printed.length} ${printed.length === 1 ? 'line' : 'lines'}):`;
}
/** The last of `lines` that fit PRINTED_LINES_SHOWN, PRINTED_LINE_CHARS and PRINTED_CHARS_SHOWN. */
function shownLines(lines) {
    const shown = [];
    let chars = 0;
    for (const line of lines.toReversed()) {
        const clipped = (0,clip/* clip */.$)(line, PRINTED_LINE_CHARS);
        if (shown.length === PRINTED_LINES_SHOWN || chars + clipped.length > PRINTED_CHARS_SHOWN)
            break;
        shown.unshift(clipped);
        chars += clipped.length;
    }
    return shown;
}
/**
 * With terminateInstanceOnFailure false, the failed workflow's instance is the one its
 * LaunchInstance step started (`{"instanceId": "i-…"}`), unless a TerminateInstance step ran.
 */
function keptInstance(record, failedStep) {
    if (record.plan?.infrastructure.settings.terminateInstanceOnFailure !== false)
        return undefined;
    const workflow = failedStep?.workflow ??
        record.snapshot?.workflows.find((candidate) => candidate.status === 'FAILED');
    if (!workflow)
        return undefined;
    const terminated = workflow.steps.some((step) => step.action === 'TerminateInstance' && step.status === 'COMPLETED');
    const launch = workflow.steps.find((step) => step.action === 'LaunchInstance');
    const instanceId = launch && (0,domain_build/* launchedInstanceId */.By)(launch);
    // Text from AWS: only an instance ID is put into a command for the reader to run.
    return terminated || instanceId === undefined || !INSTANCE_ID.test(instanceId)
        ? undefined
        : { instanceId, region: record.plan.region };
}
/** What the reader needs about a kept instance: where it is, how to reach it, that it costs. */
function keptInstanceSentence({ instanceId, region }) {
    return `The instance ${instanceId} in ${region} was kept (keep-instance-on-failure) and costs money until terminated: connect with aws ssm start-session --target ${instanceId} --region ${region}, then terminate it with aws ec2 terminate-instances --instance-ids ${instanceId} --region ${region}.`;
}
function failedComponent(record, snapshot) {
    const { image } = snapshot;
    if (image.failureContext?.componentFailure)
        return image.failureContext.componentFailure;
    const named = image.reason ? COMPONENT_IN_REASON.exec(image.reason)?.[1] : undefined;
    const componentArn = named ?? (image.status === 'FAILED' ? failedComponentInLog(record.buildLog) : undefined);
    return componentArn ? { componentArn } : undefined;
}
/** The reason without the service's wrapper, unless the error and component say it all. */
function sayingMore(reason, component, error) {
    const unwrapped = reason?.replace(REASON_WRAPPER, '').trim();
    if (!unwrapped || unwrapped === error)
        return undefined;
    // `Distribution failed with reason: <error>` repeats the error with a wrapper of its own.
    if (error && unwrapped.endsWith(error) && ERROR_WRAPPER.test(unwrapped.slice(0, -error.length)))
        return undefined;
    const componentArn = component?.componentArn;
    if (componentArn && unwrapped === `Document ${componentArn} failed!`)
        return undefined;
    return unwrapped;
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

;// CONCATENATED MODULE: ./src/report/failure.ts




/** GitHub shows an annotation in a narrow box; the summary holds the rest. */
const ANNOTATION_MAX_CHARS = 2_000;
/** The error in the annotation's first sentence; the summary gives it at length. */
const ERROR_CHARS = 400;
const CUT_NOTE = ' … (cut; the job summary has the rest)';
/** The error annotation for the step, or undefined when the step succeeds. */
function failureOf(record) {
    const message = unboundedFailure(record);
    return message === undefined ? undefined : (0,clip/* clip */.$)(message, ANNOTATION_MAX_CHARS, CUT_NOTE);
}
function unboundedFailure(record) {
    const ending = record.ending;
    switch (ending?.kind) {
        case undefined:
        case 'not-waited':
        case 'planned':
        case 'reused':
            return undefined;
        case 'ended': {
            const cause = causeOf(record);
            return cause ? causeParagraph(cause) : undefined;
        }
        case 'aborted':
            return `${stoppedAnnotation(ending.by)}: ${cancelSentence(record, ending)}`;
        case 'credentials-expired':
        case 'error':
            return ending.message;
    }
}
/** What became of the cancel, claiming no more than Image Builder said and showed. */
function cancelSentence(record, ending) {
    const build = record.imageArn ?? 'the build';
    const status = `status ${record.snapshot?.image.status ?? 'unknown'}`;
    switch (ending.cancel) {
        case 'confirmed':
            return `${build} was cancelled.`;
        case 'unconfirmed':
            return `Image Builder accepted the cancel of ${build} but had not confirmed it yet (${status}).`;
        case 'not-requested': {
            const image = record.snapshot?.image;
            if (image && (0,domain_build/* isFinal */.dR)(image.status))
                return `${build} was left alone (${CANCEL_NOT_REQUESTED}); it had ended (${status}).`;
            return `${build} keeps running (${CANCEL_NOT_REQUESTED}).`;
        }
        case 'failed': {
            const cancel = `the cancel of ${build} ${cancelFailed(ending.failure)}`;
            const image = record.snapshot?.image;
            if (image && (0,domain_build/* isFinal */.dR)(image.status))
                return `${cancel}; the build had already ended (${status}).`;
            return `${cancel}, and the build was not seen stopping (${status}). It may still be running: cancel it in the Image Builder console or with aws imagebuilder cancel-image-creation --image-build-version-arn ${build}`;
        }
    }
}
/** `was sent but got no answer within 3 s`, `failed (…)`: what became of a cancel call. */
function cancelFailed(failure) {
    switch (failure.why) {
        case 'timed-out':
            return `was sent but got no answer within ${Math.round(failure.waitedMs / 1000)} s`;
        case 'credentials-expired':
            return `failed because the AWS credentials expired (${failure.error})`;
        case 'error':
            return `failed (${failure.error})`;
    }
}
/** `Image build FAILED during TESTING at test-image › ApplyTestComponents (…): component …`. */
function causeParagraph(cause) {
    const sentences = [
        sentence(`${whereItFailed(cause)}${cause.error ? `: ${(0,clip/* clip */.$)(oneLine(cause.error), ERROR_CHARS)}` : ''}`)
    ];
    // What costs money, then the step's own lines (the same ones the summary shows), come before
    // anything the limit could cut.
    if (cause.keptInstance)
        sentences.push(keptInstanceSentence(cause.keptInstance));
    if (cause.printed.length > 0)
        sentences.push(sentence(`${printedLabel(cause.printed, 'The step printed')} ${cause.printed.map(oneLine).join(' ⏎ ')}`));
    if (cause.reason)
        sentences.push(sentence(`Image Builder says: ${oneLine(cause.reason)}`));
    if (cause.distribution) {
        const { errorMessage, regionFailures } = cause.distribution;
        if (errorMessage && errorMessage !== cause.error)
            sentences.push(sentence(`Distribution failed: ${oneLine(errorMessage)}`));
        const regions = regionFailures.map((failure) => regionFailure(failure, cause.error));
        if (regions.length > 0)
            sentences.push(sentence(`Failed regions: ${regions.join('; ')}`));
    }
    if (cause.next)
        sentences.push(`Next: ${cause.next}`);
    return sentences.join(' ');
}
/** Stage, workflow step and component: the path to where the build broke. */
function whereItFailed(cause) {
    const stage = cause.stage ? ` during ${cause.stage}` : '';
    const step = cause.failedStep
        ? ` at ${cause.failedStep.workflow.name} › ${cause.failedStep.step.name}${inParentheses(cause.failedStep.step.action)}`
        : '';
    const component = cause.component ? `, component ${componentPlace(cause.component)}` : '';
    return `Image build ${cause.status}${stage}${step}${component}`;
}
/** `arn…, phase build, step InstallNginx (ExecuteBash)`. */
function componentPlace(component) {
    const where = [
        component.phaseName && `phase ${component.phaseName}`,
        component.stepName && `step ${component.stepName}${inParentheses(component.action)}`
    ].filter(Boolean);
    return [component.componentArn ?? 'unnamed', ...where].join(', ');
}
/** `eu-west-2 (account …): TIMED_OUT at EXPORT_AMI: …`, without an error already said. */
function regionFailure(failure, saidError) {
    const account = failure.targetAccountId ? ` (account ${failure.targetAccountId})` : '';
    const step = failure.imageConfigurationStep ? ` at ${failure.imageConfigurationStep}` : '';
    const error = failure.errorMessage && failure.errorMessage !== saidError
        ? `: ${oneLine(failure.errorMessage)}`
        : '';
    return `${failure.region ?? 'a region'}${account}: ${failure.status ?? 'FAILED'}${step}${error}`;
}
function inParentheses(value) {
    return value ? ` (${value})` : '';
}
/** Ends with a full stop unless it already ends a sentence. */
function sentence(value) {
    return /[.!?]$/.test(value) ? value : `${value}.`;
}
function oneLine(value) {
    return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/summary/limits.ts
/**
 * How much of each untrusted text the summary shows. With these, no single field can push the
 * summary near GitHub's 1 MiB limit; the summary's own guard catches the sum.
 */
/** A message in a table cell. */
const CELL_CHARS = 300;
/** A name, version or ID. */
const NAME_CHARS = 200;
/** The reason or error in the alert. */
const CAUSE_CHARS = 2_000;
/** One notice. */
const NOTICE_CHARS = 1_000;
/** GitHub drops a step summary over 1 MiB; this leaves room for the note that says what was cut. */
const SUMMARY_BYTES = 1_000_000;

;// CONCATENATED MODULE: ./src/report/test-outcomes.ts



/** One outcome per test component; undefined while the test components are not known. */
function testOutcomes(record) {
    const components = record.testComponents;
    const snapshot = record.snapshot;
    if (!components || !snapshot)
        return undefined;
    const step = testStep(record);
    if (step?.status === 'COMPLETED')
        return components.map((component) => ({ component, result: 'passed', step }));
    if (step?.status === 'FAILED')
        return afterFailure(components, step, causeOf(record));
    const why = notRunBecause(record, step);
    return components.map((component) => ({ component, result: 'not-run', why }));
}
/** The test stage's ExecuteComponents step (`ApplyTestComponents` in the managed workflow). */
function testStep(record) {
    const steps = (0,domain_build/* currentWorkflows */.gB)(record.snapshot?.workflows ?? [])
        .filter((workflow) => workflow.type === 'TEST')
        .flatMap((workflow) => workflow.steps)
        .filter((step) => step.action === 'ExecuteComponents');
    return steps.find((step) => step.status === 'FAILED') ?? steps[0];
}
function afterFailure(components, step, cause) {
    const failedArn = cause?.component?.componentArn;
    const failedAt = failedArn
        ? components.findIndex((component) => matches(component, failedArn))
        : -1;
    if (failedAt === -1) {
        // Image Builder did not say which test failed: none of them can be called passed.
        const failure = { errorMessage: cause?.error ?? step.message ?? 'The test stage failed.' };
        return components.map((component) => ({
            component,
            result: 'failed',
            failure,
            printed: cause?.printed ?? []
        }));
    }
    return components.map((component, index) => {
        if (index < failedAt)
            return { component, result: 'passed', step };
        if (index > failedAt)
            return { component, result: 'not-run', why: 'an earlier test component failed' };
        return {
            component,
            result: 'failed',
            failure: cause?.component ?? { componentArn: failedArn },
            printed: cause?.printed ?? []
        };
    });
}
function matches(component, arn) {
    return (sameComponent(component.arn, arn) ||
        (component.buildVersionArn !== undefined && sameComponent(component.buildVersionArn, arn)));
}
function notRunBecause(record, step) {
    const image = record.snapshot?.image;
    if (record.mode === 'promote')
        return 'a promotion runs no tests: they ran, if enabled, in the build that made the image';
    if (image && !image.testsEnabled)
        return 'image tests are turned off';
    if (step?.status === 'CANCELLED' || image?.status === 'CANCELLED')
        return 'the build was cancelled';
    if (step?.status === 'RUNNING')
        return 'the test stage had not finished';
    if (image?.status === 'FAILED')
        return 'the build failed before the tests ran';
    return 'the test stage did not run';
}

;// CONCATENATED MODULE: ./src/report/release-notes.ts



/** GitHub refuses a release body over 125,000 characters; this leaves room for the note. */
const RELEASE_BODY_CHARS = 120_000;
const SHA_TAG = 'github:sha';
function releaseNotes(record, env) {
    const image = record.snapshot?.image;
    if (!image || !record.imageArn)
        return '';
    const heading = `## ${(0,markdown/* text */.Qq)(image.name ?? 'Image', NAME_CHARS)} ${(0,markdown/* text */.Qq)(image.version ?? '', NAME_CHARS)}`;
    const rows = [
        ['Image', (0,markdown/* code */.aY)(record.imageArn, NAME_CHARS)],
        ['Status', (0,markdown/* text */.Qq)(image.status, NAME_CHARS)],
        ...sourceRows(record, env),
        ...recipeRows(record),
        ['Tests', (0,markdown/* text */.Qq)(testsLine(record))]
    ];
    const facts = (0,markdown/* table */.tp)(['', ''], rows);
    return bounded([heading, facts, amiTable(record)].filter((part) => part !== '').join('\n\n'));
}
function sourceRows(record, env) {
    const source = record.promotion?.source;
    const commit = source?.tags?.[SHA_TAG] ?? record.snapshot?.image.tags?.[SHA_TAG] ?? env.GITHUB_SHA;
    return [
        ...(source ? [['Promoted from', (0,markdown/* code */.aY)(source.arn, NAME_CHARS)]] : []),
        ...(commit ? [['Source commit', (0,markdown/* code */.aY)(commit, NAME_CHARS)]] : [])
    ];
}
function recipeRows(record) {
    const image = record.promotion?.source ?? record.snapshot?.image;
    if (!image)
        return [];
    const recipe = image.recipe;
    const components = image.componentArns.map((arn) => {
        const match = /:component\/([^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(arn);
        if (!match)
            return (0,markdown/* code */.aY)(arn, NAME_CHARS);
        const [, name = '', version = '', build] = match;
        return `${(0,markdown/* text */.Qq)(name, NAME_CHARS)} ${(0,markdown/* text */.Qq)(build ? `${version}/${build}` : version, NAME_CHARS)}`;
    });
    return [
        ...(recipe?.name
            ? [['Recipe', `${(0,markdown/* text */.Qq)(recipe.name, NAME_CHARS)} ${(0,markdown/* text */.Qq)(recipe.version ?? '', NAME_CHARS)}`]]
            : []),
        ...(components.length > 0 ? [['Components', components.join('<br>')]] : [])
    ];
}
/** The tests in one line: the recipe's test components, passed, failed and not run. */
function testsLine(record) {
    if (record.promotion) {
        return `not run by the promotion: they ran, if enabled, in the build of ${record.promotion.source.arn}`;
    }
    const image = record.snapshot?.image;
    if (image && !image.testsEnabled)
        return 'image tests were turned off';
    const outcomes = testOutcomes(record);
    if (!outcomes)
        return 'not known';
    if (outcomes.length === 0)
        return 'the recipe has no test components';
    const count = (result) => outcomes.filter((outcome) => outcome.result === result).length;
    const failed = outcomes
        .filter((outcome) => outcome.result === 'failed')
        .map((outcome) => outcome.component.name);
    const tally = `${count('passed')} passed, ${count('failed')} failed, ${count('not-run')} not run`;
    return failed.length > 0 ? `${tally} (failed: ${failed.join(', ')})` : tally;
}
function amiTable(record) {
    const amis = record.snapshot?.image.amis ?? [];
    if (amis.length === 0)
        return '';
    const rows = amis.map((ami) => [
        (0,markdown/* text */.Qq)(ami.accountId ?? '', NAME_CHARS),
        (0,markdown/* text */.Qq)(ami.region, NAME_CHARS),
        (0,markdown/* code */.aY)(ami.imageId, NAME_CHARS),
        (0,markdown/* text */.Qq)(ami.name ?? '', NAME_CHARS)
    ]);
    return `### AMIs\n${(0,markdown/* table */.tp)(['Account', 'Region', 'AMI ID', 'Name'], rows)}`;
}
function bounded(notes) {
    if (notes.length <= RELEASE_BODY_CHARS)
        return notes;
    const cut = notes.lastIndexOf('\n', RELEASE_BODY_CHARS);
    return `${notes.slice(0, cut)}\n\n(The rest was left out to stay under GitHub's limit for a release body.)`;
}

;// CONCATENATED MODULE: ./src/report/bounded.ts
/** Keeping a Markdown report under one of GitHub's size limits, whole sections at a time. */
/**
 * Sections in order while they fit in `maxBytes`; the first that does not is replaced by `note`,
 * and so is everything after it, so what is shown is whole and the reader knows something is
 * missing. Bytes, not characters: a limit in characters is then kept too.
 */
function boundedSections(sections, maxBytes, note) {
    const kept = [];
    let bytes = Buffer.byteLength(note) + 4;
    for (const section of sections) {
        const size = Buffer.byteLength(section) + 2;
        if (bytes + size > maxBytes)
            return `${[...kept, note].join('\n\n')}\n`;
        kept.push(section);
        bytes += size;
    }
    return `${kept.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/console-links.ts
/**
 * Links into the AWS console for the image and its AMIs, in the partition the region belongs to.
 * Every part of a URL is checked against its pattern first, so text from AWS can never choose
 * where a link goes: a value that does not match gets no link.
 */

const AMI_ID = /^ami-[0-9a-f]{8,17}$/;
/** The console's host per partition, chosen by the region's prefix. */
function consoleHost(region) {
    if (region.startsWith('cn-'))
        return `${region}.console.amazonaws.cn`;
    if (region.startsWith('us-gov-'))
        return `${region}.console.amazonaws-us-gov.com`;
    return `${region}.console.aws.amazon.com`;
}
/** The image build version's page in the Image Builder console. */
function imageConsoleUrl(imageArn) {
    const parsed = (0,arns/* parseImageBuildVersionArn */.s9)(imageArn);
    if (!parsed)
        return undefined;
    const { region } = parsed;
    return `https://${consoleHost(region)}/imagebuilder/home?region=${region}#/images/${encodeURIComponent(imageArn)}/details`;
}
/** The AMI's page in the EC2 console of its region. */
function amiConsoleUrl(region, amiId) {
    if (!arns/* REGION_NAME */.hS.test(region) || !AMI_ID.test(amiId))
        return undefined;
    return `https://${consoleHost(region)}/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`;
}

// EXTERNAL MODULE: ./src/inputs/share-with.ts
var share_with = __webpack_require__(8199);
// EXTERNAL MODULE: ./src/report/destinations.ts
var destinations = __webpack_require__(4005);
;// CONCATENATED MODULE: ./src/report/summary/alert.ts







function alertSection(record) {
    const cause = causeOf(record);
    if (cause)
        return quote(['[!CAUTION]', ...causeLines(cause)]);
    const failure = failureOf(record);
    if (!failure)
        return publicWarning(record);
    const kind = record.ending?.kind === 'aborted' ? '[!WARNING]' : '[!CAUTION]';
    return quote([kind, (0,markdown/* text */.Qq)(failure, CAUSE_CHARS)]);
}
/**
 * A public AMI stands at the top of a summary that has nothing worse to say: any AWS account can
 * launch it and copy its snapshots, which a reader must not learn of only from a table.
 */
function publicWarning(record) {
    const distribution = (record.plan ?? record.promotion)?.distribution;
    const regions = (distribution ? (0,destinations/* destinations */.uC)(distribution) : [])
        .filter((destination) => destination.sharedWith.includes(share_with/* PUBLIC */.q))
        .map((destination) => (0,markdown/* text */.Qq)(destination.region, NAME_CHARS));
    if (regions.length === 0)
        return '';
    const is = record.ending?.kind === 'planned' ? 'would be' : 'is';
    return quote([
        '[!WARNING]',
        `The AMI ${is} public (\`share-with: all\`) in ${regions.join(', ')}: any AWS account can launch it and copy its snapshots, with everything the build put on them.`
    ]);
}
function causeLines(cause) {
    const facts = [];
    if (cause.stage)
        facts.push(`- **Stage:** ${(0,markdown/* text */.Qq)(cause.stage, NAME_CHARS)}`);
    if (cause.failedStep) {
        const { workflow, step } = cause.failedStep;
        const action = step.action ? ` (${(0,markdown/* text */.Qq)(step.action, NAME_CHARS)})` : '';
        facts.push(`- **Workflow step:** ${(0,markdown/* text */.Qq)(workflow.name, NAME_CHARS)} › ${(0,markdown/* text */.Qq)(step.name, NAME_CHARS)}${action}`);
    }
    const component = cause.component;
    if (component?.componentArn) {
        facts.push(`- **Component:** ${(0,markdown/* text */.Qq)((0,arns/* componentNameOfArn */.lK)(component.componentArn), NAME_CHARS)} ${(0,markdown/* code */.aY)(component.componentArn, NAME_CHARS)}`);
    }
    if (component?.phaseName || component?.stepName) {
        const action = component.action ? ` (${(0,markdown/* text */.Qq)(component.action, NAME_CHARS)})` : '';
        const place = [component.phaseName, component.stepName].filter(Boolean).join(' › ');
        facts.push(`- **Phase › step:** ${(0,markdown/* text */.Qq)(place, NAME_CHARS)}${action}`);
    }
    if (cause.error)
        facts.push(`- **Error:** ${(0,markdown/* text */.Qq)(cause.error, CAUSE_CHARS)}`);
    if (cause.reason)
        facts.push(`- **Image Builder says:** ${(0,markdown/* text */.Qq)(cause.reason, CAUSE_CHARS)}`);
    if (cause.distribution)
        facts.push(...distributionLines(cause, cause.distribution));
    return [
        `**The image build ${(0,markdown/* text */.Qq)(cause.status)}${cause.stage ? ` during ${(0,markdown/* text */.Qq)(cause.stage, NAME_CHARS)}` : ''}.**`,
        '',
        ...facts,
        ...alert_printedLines(cause),
        ...(cause.next ? ['', `**Next:** ${(0,markdown/* text */.Qq)(cause.next)}`] : []),
        ...(cause.keptInstance ? keptInstanceLines(cause.keptInstance) : [])
    ];
}
/** The instance ID and region passed a pattern when read, so they go into the command as they are. */
function keptInstanceLines({ instanceId, region }) {
    return [
        '',
        `**Kept instance:** ${(0,markdown/* code */.aY)(instanceId, NAME_CHARS)} in ${(0,markdown/* text */.Qq)(region, NAME_CHARS)} (keep-instance-on-failure). It costs money until terminated. Connect with:`,
        '',
        '```sh',
        `aws ssm start-session --target ${instanceId} --region ${region}`,
        '```',
        '',
        `Terminate it when done: ${(0,markdown/* code */.aY)(`aws ec2 terminate-instances --instance-ids ${instanceId} --region ${region}`, CAUSE_CHARS)}`
    ];
}
function distributionLines(cause, distribution) {
    const { errorMessage } = distribution;
    const error = errorMessage && errorMessage !== cause.error ? ` ${(0,markdown/* text */.Qq)(errorMessage, CAUSE_CHARS)}` : '';
    return [
        `- **Distribution failed:**${error}`,
        ...distribution.regionFailures.map((failure) => `  - ${(0,markdown/* text */.Qq)(regionFailure(failure, cause.error), CAUSE_CHARS)}`)
    ];
}
function alert_printedLines(cause) {
    if (cause.printed.length === 0)
        return [];
    return [
        '',
        printedLabel(cause.printed, 'The failing step printed'),
        '',
        ...(0,markdown/* preformatted */.EC)(cause.printed, PRINTED_LINE_CHARS).split('\n')
    ];
}
/** Each line of a blockquote, also the empty ones, so the alert stays one block. */
function quote(lines) {
    return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary/icons.ts
/** Icons that say what happened to a build, stage, workflow or step. */
const STATUS_ICONS = {
    AVAILABLE: '✅',
    COMPLETED: '✅',
    FAILED: '❌',
    CANCELLED: '🚫',
    SKIPPED: '⏭️',
    RUNNING: '🔄',
    PENDING: '⏳'
};
const DONE = '✅';
function icon(status) {
    return STATUS_ICONS[status] ?? '🔄';
}

;// CONCATENATED MODULE: ./src/report/summary/amis.ts




function amiSection(record) {
    const image = record.snapshot?.image;
    if (!image)
        return '';
    if (image.amis.length === 0)
        return `### AMIs\n${noAmis(image.status)}`;
    const deprecations = record.amiDeprecations ?? [];
    const rows = image.amis.map((ami) => [
        (0,markdown/* text */.Qq)(ami.region, NAME_CHARS),
        (0,markdown/* code */.aY)(ami.imageId, NAME_CHARS),
        (0,markdown/* text */.Qq)(ami.accountId ?? '', NAME_CHARS),
        ami.status ? `${icon(ami.status)} ${(0,markdown/* text */.Qq)(ami.status, NAME_CHARS)}` : '',
        (0,markdown/* text */.Qq)(ami.name ?? '', NAME_CHARS),
        ...(deprecations.length > 0 ? [deprecationOf(ami, deprecations)] : [])
    ]);
    const headings = ['Region', 'AMI', 'Account', 'State', 'Name'];
    if (deprecations.length > 0)
        headings.push('Deprecated from');
    return `### AMIs\n${(0,markdown/* table */.tp)(headings, rows)}`;
}
/** When EC2 deprecates this AMI, for those `deprecate-after` set (the build account's). */
function deprecationOf(ami, deprecations) {
    const set = deprecations.find((deprecation) => deprecation.region === ami.region && deprecation.imageId === ami.imageId);
    return set ? (0,markdown/* text */.Qq)((0,clock/* formatMinute */.Y)(set.deprecateAt)) : '';
}
function noAmis(status) {
    switch (status) {
        case 'FAILED':
            return 'None: the build failed before it distributed an AMI.';
        case 'CANCELLED':
            return 'None: the build was cancelled before it distributed an AMI.';
        case 'AVAILABLE':
            return 'None: the build made no AMI (a container build, or no distribution).';
        default:
            return 'No AMIs yet.';
    }
}

;// CONCATENATED MODULE: ./src/report/summary/containers.ts



function containerSection(record) {
    const image = record.snapshot?.image;
    if (image?.imageType !== 'DOCKER')
        return '';
    const images = (0,outputs/* containerImages */._Z)(record);
    if (images.length === 0)
        return `### Container images\n${noImages(image.status)}`;
    const rows = images.map((pushed) => [
        (0,markdown/* text */.Qq)(pushed.region, NAME_CHARS),
        (0,markdown/* code */.aY)(`${pushed.registry}/${pushed.repositoryName}`, NAME_CHARS),
        pushed.tag ? (0,markdown/* code */.aY)(pushed.tag, NAME_CHARS) : '',
        pushed.digest ? (0,markdown/* code */.aY)(pushed.digest, NAME_CHARS) : ''
    ]);
    return `### Container images\n${(0,markdown/* table */.tp)(['Region', 'Repository', 'Tag', 'Digest'], rows)}`;
}
function noImages(status) {
    switch (status) {
        case 'FAILED':
            return 'None: the build failed before it pushed an image.';
        case 'CANCELLED':
            return 'None: the build was cancelled before it pushed an image.';
        default:
            return 'No images yet.';
    }
}

;// CONCATENATED MODULE: ./src/report/passed-over.ts


const PLAIN = { name: (value) => value, code: (value) => value };
const MARKDOWN = {
    name: (value) => (0,markdown/* text */.Qq)(value, NAME_CHARS),
    code: (value) => (0,markdown/* code */.aY)(value, NAME_CHARS)
};
/** The job log's line. */
function passedOverLine(passedOver) {
    return passedOverSentence(passedOver, PLAIN);
}
/** The summary's section; empty unless the last image was passed over. */
function passedOverSection(record) {
    if (!record.passedOver)
        return '';
    return `### Why the last image was not reused\n${passedOverSentence(record.passedOver, MARKDOWN)}`;
}
function passedOverSentence(passedOver, format) {
    const image = `the last image (${format.code(passedOver.imageArn)})`;
    const now = passedOver.moved
        .map((move) => `${format.name(move.name)} ${format.code(move.to)}`)
        .join(', ');
    switch (passedOver.recorded) {
        case 'versions':
            return `${passedOver.moved.map((move) => movePhrase(move, format)).join('; ')} since ${image}, so the image is built again.`;
        case 'digest':
            return `The components named by version or wildcard resolve to other builds than when ${image} was made (it kept only a digest of them; now ${now}), so the image is built again.`;
        case 'nothing':
            return `${capitalised(image)} does not record what its components named by version or wildcard resolved to (it was made before the action kept that; now ${now}), so the image is built again.`;
    }
}
function movePhrase(move, format) {
    const name = format.name(move.name);
    return move.from === undefined
        ? `${name} now resolves to ${format.code(move.to)}`
        : `${name} moved from ${format.code(move.from)} to ${format.code(move.to)}`;
}
function capitalised(phrase) {
    return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

// EXTERNAL MODULE: ./src/report/plan-report.ts
var plan_report = __webpack_require__(7930);
// EXTERNAL MODULE: ./src/report/promotion-report.ts
var promotion_report = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/report/published.ts
/**
 * The summary's Published section: per region, the SSM parameters and launch templates that
 * recipe or promote mode pointed at the new AMI, once the build is AVAILABLE.
 */



function publishedTargetsOf(record) {
    if (record.snapshot?.image.status !== 'AVAILABLE')
        return [];
    const distribution = record.plan?.distribution ?? record.promotion?.distribution;
    return publishedTargets(distribution, (0,domain_amis/* buildAccountAmis */.U)(record));
}
function publishedSection(record) {
    const targets = publishedTargetsOf(record);
    if (targets.length === 0)
        return '';
    const rows = targets.map((target) => [
        (0,markdown/* text */.Qq)(target.region),
        target.amiId ? (0,markdown/* code */.aY)(target.amiId) : '',
        target.ssmParameters.map((name) => (0,markdown/* code */.aY)(name)).join('<br>'),
        target.launchTemplates.map((id) => `${(0,markdown/* code */.aY)(id)} (new default version)`).join('<br>')
    ]);
    return `### Published\n${(0,markdown/* table */.tp)(['Region', 'AMI', 'SSM parameter', 'Launch templates'], rows)}`;
}

;// CONCATENATED MODULE: ./src/report/summary/findings.ts
/** Image scan findings by severity, most severe first, with the findings of the worst kind listed. */



function findingsSection(record) {
    if (!record.scanFindings)
        return '';
    const entries = Object.entries(record.scanFindings).sort(([a], [b]) => (0,domain_record/* severityRank */.qs)(a) - (0,domain_record/* severityRank */.qs)(b));
    if (entries.length === 0)
        return '### Scan findings\nNo findings.';
    const counts = (0,markdown/* table */.tp)(['Severity', 'Findings'], entries.map(([severity, count]) => [(0,markdown/* text */.Qq)(severity, NAME_CHARS), String(count)]));
    const worst = record.worstFindings ?? [];
    if (worst.length === 0)
        return `### Scan findings\n${counts}`;
    const rows = worst.map((finding) => [
        (0,markdown/* code */.aY)(finding.vulnerabilityId ?? '', NAME_CHARS),
        (0,markdown/* text */.Qq)(finding.severity, NAME_CHARS),
        (0,markdown/* text */.Qq)(finding.packageName ?? '', NAME_CHARS),
        (0,markdown/* text */.Qq)(finding.fixedInVersion ?? '', NAME_CHARS),
        (0,markdown/* text */.Qq)(finding.title ?? '', CELL_CHARS)
    ]);
    const heading = `The most severe (${(0,markdown/* text */.Qq)(worst[0]?.severity ?? '', NAME_CHARS)}):`;
    return `### Scan findings\n${counts}\n\n${heading}\n\n${(0,markdown/* table */.tp)(['Vulnerability', 'Severity', 'Package', 'Fixed in', 'Title'], rows)}`;
}

;// CONCATENATED MODULE: ./src/report/summary/retry.ts

function retrySection(record) {
    const retry = record.retry;
    if (!retry)
        return '';
    const build = retry.imageArn ? ` ${(0,markdown/* code */.aY)(retry.imageArn)}` : '';
    switch (retry.outcome) {
        case 'retried':
            return `### Retry\n🔁 Retried${build} in place from ${(0,markdown/* text */.Qq)(retry.resumesAt ?? '')} (${(0,markdown/* text */.Qq)(retry.why)}). Kept: ${(0,markdown/* text */.Qq)(retry.kept.join(', ') || 'no completed phase')}.`;
        case 'not-retried':
            return `### Retry\n➡️ Not retried:${build} ${(0,markdown/* text */.Qq)(retry.why)}.`;
        case 'built-anew':
            return `### Retry\n🆕 Built anew instead of a retry:${build} ${(0,markdown/* text */.Qq)(retry.why)}.`;
    }
}

;// CONCATENATED MODULE: ./src/report/summary/stages.ts




function stageSection(record, now) {
    if (record.stages.length === 0)
        return '';
    const spans = record.stages.map((stage, index) => stages_spanOf(record, stage, index, now));
    const rows = spans.map(({ stage, end, mark }) => [
        `${mark} ${(0,markdown/* text */.Qq)(stage.status)}`,
        formatClock(stage.seenAt),
        end ? formatDuration(end.getTime() - stage.seenAt.getTime()) : ''
    ]);
    return ['### Stages', gantt(spans), (0,markdown/* table */.tp)(['Stage', 'Seen at (UTC)', 'Duration'], rows)].join('\n\n');
}
function stages_spanOf(record, stage, index, now) {
    const next = record.stages[index + 1];
    if ((0,domain_build/* isFinal */.dR)(stage.status))
        return { stage, mark: icon(stage.status), tag: 'milestone' };
    if (next && (next.status === 'FAILED' || next.status === 'CANCELLED'))
        return { stage, end: stage.endedAt, mark: icon(next.status), tag: 'crit' };
    if (stage.endedAt)
        return { stage, end: stage.endedAt, mark: DONE, tag: 'done' };
    // The last stage seen: still running, or where the action stopped following.
    const end = record.ending === undefined ? now : record.endedAt;
    return { stage, end, mark: icon('RUNNING'), tag: 'active' };
}
/** Stage names are AWS's; only letters and underscores go into the chart's own syntax. */
function gantt(spans) {
    const tasks = spans.map(({ stage, end, tag }) => {
        const name = stage.status.replace(/[^A-Z_]/gi, '') || 'UNKNOWN';
        const ms = end ? Math.max(1, end.getTime() - stage.seenAt.getTime()) : 1;
        return `  ${name} :${tag}, ${mermaidTime(stage.seenAt)}, ${tag === 'milestone' ? 0 : ms}ms`;
    });
    return [
        '```mermaid',
        'gantt',
        '  title Stages (UTC)',
        '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
        '  axisFormat %H:%M:%S',
        ...tasks,
        '```'
    ].join('\n');
}
/** UTC wall-clock time: Mermaid reads it as local time and shows it as written. */
function mermaidTime(date) {
    return date.toISOString().slice(0, 23).replace('T', ' ');
}

;// CONCATENATED MODULE: ./src/report/summary/tests.ts



function testSection(record) {
    const outcomes = testOutcomes(record);
    if (!outcomes)
        return '';
    if (outcomes.length === 0)
        return '### Tests\nThe recipe has no test components.';
    const count = (result) => outcomes.filter((outcome) => outcome.result === result).length;
    const tally = [
        `${count('passed')} passed`,
        `${count('failed')} failed`,
        `${count('not-run')} not run`
    ].join(', ');
    const rows = outcomes.map((outcome) => [
        (0,markdown/* text */.Qq)(outcome.component.name, NAME_CHARS),
        result(outcome),
        details(outcome)
    ]);
    return `### Tests\n${outcomes.length} test ${outcomes.length === 1 ? 'component' : 'components'}: ${tally}.\n\n${(0,markdown/* table */.tp)(['Test component', 'Result', 'Details'], rows)}`;
}
function result(outcome) {
    return { passed: '✅ passed', failed: '❌ failed', 'not-run': '⏭️ not run' }[outcome.result];
}
function details(outcome) {
    switch (outcome.result) {
        case 'passed':
            return '';
        case 'not-run':
            return (0,markdown/* text */.Qq)(outcome.why);
        case 'failed': {
            const { failure } = outcome;
            const place = [
                failure.phaseName && `phase ${failure.phaseName}`,
                failure.stepName &&
                    `step ${failure.stepName}${failure.action ? ` (${failure.action})` : ''}`
            ].filter(Boolean);
            const where = place.length > 0 ? `${place.join(', ')}: ` : '';
            return (0,markdown/* text */.Qq)(`${where}${failure.errorMessage ?? 'failed'}`, CELL_CHARS);
        }
    }
}

;// CONCATENATED MODULE: ./src/report/usage.ts
/**
 * What a build used, in units a reader can price: instance minutes per instance type, and GiB of
 * EBS snapshots per region and account. A pure function of the record; no prices, since they
 * depend on the region, the purchase option and the day.
 *
 * The instance type comes from the infrastructure configuration that GetImage returns with the
 * image, not from EC2's DescribeInstances on the launched instance: it is already read on every
 * poll, needs no further permission, and stays known after EC2 stops listing a terminated
 * instance (about an hour), so a build followed in attach mode days later says the same. Its one
 * blind spot: with several types, Image Builder picks one by availability, so the figure says
 * "one of" them.
 */


/** Undefined where nothing ran to be measured: a dry run, a step refused or returning at once. */
function usageOf(record) {
    const ending = record.ending?.kind;
    if (ending === 'planned' || ending === 'not-waited')
        return undefined;
    if (ending === 'reused')
        return { kind: 'reused' };
    const snapshot = record.snapshot;
    if (!snapshot)
        return undefined;
    const types = snapshot.image.instanceTypes;
    const standing = (0,domain_build/* currentWorkflows */.gB)(snapshot.workflows);
    const instances = snapshot.workflows.flatMap((workflow) => {
        const usage = instanceOf(workflow, types, !standing.includes(workflow));
        return usage ? [usage] : [];
    });
    const storage = storageOf(record);
    return { kind: 'used', instances, ...(storage ? { storage } : {}) };
}
const STAGES = { BUILD: 'build', TEST: 'test' };
function instanceOf(workflow, instanceTypes, superseded) {
    const stage = STAGES[workflow.type];
    const launch = workflow.steps.find((step) => step.action === 'LaunchInstance');
    if (stage === undefined || launch?.startTime === undefined)
        return undefined;
    const instanceId = (0,domain_build/* launchedInstanceId */.By)(launch);
    // A launch that failed without naming an instance started none that could run on.
    if (launch.status === 'FAILED' && instanceId === undefined)
        return undefined;
    const terminate = workflow.steps.find((step) => step.action === 'TerminateInstance');
    const { to, state } = endOf(workflow, terminate, launch.startTime);
    const ms = Date.parse(to) - Date.parse(launch.startTime);
    if (Number.isNaN(ms))
        return undefined;
    return {
        stage,
        superseded,
        ...(instanceId === undefined ? {} : { instanceId }),
        ...(instanceTypes === undefined ? {} : { instanceTypes }),
        from: launch.startTime,
        to,
        ms: Math.max(0, ms),
        state
    };
}
function endOf(workflow, terminate, launchedAt) {
    const last = lastStepTime(workflow, launchedAt);
    if (terminate?.status === 'COMPLETED' && terminate.endTime)
        return { to: terminate.endTime, state: 'terminated' };
    if ((0,domain_build/* isActiveWorkflow */.Gt)(workflow.status))
        return { to: last, state: 'running' };
    // build-container has no terminate step: Image Builder ends the instance with the workflow.
    if (terminate === undefined)
        return { to: workflow.endTime ?? last, state: 'terminated' };
    return { to: last, state: 'kept' };
}
/** The latest start or end time among the workflow's steps, from `since` on. */
function lastStepTime(workflow, since) {
    const times = workflow.steps.flatMap((step) => [step.startTime, step.endTime].filter((time) => time !== undefined));
    return times.reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest), since);
}
/**
 * Every copy of the AMI, in every account and region, with its snapshot size. EC2 was asked about
 * the build account's AMIs only; another account's copy in a region is a copy of the same image,
 * so it has the same volumes as the build account's AMI there (or, without one, as the largest).
 */
function storageOf(record) {
    const measured = record.amiVolumes ?? [];
    if (measured.length === 0 || record.snapshot?.image.imageType === 'DOCKER')
        return undefined;
    const largest = Math.max(...measured.map((ami) => ami.snapshotGiB));
    const copies = Object.entries((0,domain_amis/* accountAmis */.S)(record)).flatMap(([account, regions]) => Object.entries(regions).map(([region, imageId]) => ({
        account,
        region,
        imageId,
        snapshotGiB: measured.find((ami) => ami.imageId === imageId)?.snapshotGiB ??
            measured.find((ami) => ami.region === region)?.snapshotGiB ??
            largest
    })));
    if (copies.length === 0)
        return undefined;
    return {
        copies,
        totalGiB: copies.reduce((sum, copy) => sum + copy.snapshotGiB, 0),
        regions: new Set(copies.map((copy) => copy.region)).size,
        accounts: new Set(copies.map((copy) => copy.account)).size
    };
}
/** `m5.large`, `one of m5.large, m5.xlarge`, or the default's wording; `id` formats each type. */
function instanceTypeLabel(types, id) {
    if (types === undefined)
        return 'not reported';
    if (types.length === 0)
        return "Image Builder's default";
    if (types.length === 1)
        return id(types[0] ?? '');
    return `one of ${types.map(id).join(', ')}`;
}
/** Instance minutes to two decimals: EC2 bills most instances by the second. */
function minutesOf(ms) {
    return (ms / 60_000).toFixed(2);
}
/** `8 GiB per AMI × 6 copies (3 regions × 2 accounts) = 48 GiB`, or where copies differ, the total. */
function storageLabel(storage) {
    const sizes = new Set(storage.copies.map((copy) => copy.snapshotGiB));
    const count = storage.copies.length;
    const grid = storage.regions * storage.accounts === count;
    const spread = grid
        ? `${plural(storage.regions, 'region')} × ${plural(storage.accounts, 'account')}`
        : `in ${plural(storage.regions, 'region')} and ${plural(storage.accounts, 'account')}`;
    const copies = `${plural(count, 'copy', 'copies')} (${spread})`;
    if (sizes.size === 1)
        return `${storage.copies[0]?.snapshotGiB ?? 0} GiB per AMI × ${copies} = ${storage.totalGiB} GiB`;
    return `${storage.totalGiB} GiB in ${copies}`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report/summary/usage.ts




function usageSection(record) {
    const usage = usageOf(record);
    if (usage === undefined)
        return '';
    if (usage.kind === 'reused')
        return '### Usage\nNo instance ran: the last image is reused, and its AMIs were already stored.';
    const parts = [
        usage.instances.length === 0
            ? 'No build or test instance ran.'
            : (0,markdown/* table */.tp)(['Instance', 'Type', 'Minutes', 'From → to (UTC)', 'State'], usage.instances.map(instanceRow)),
        usage.storage ? storageSentence(usage.storage) : ''
    ];
    return `### Usage\n${parts.filter((part) => part !== '').join('\n\n')}`;
}
function instanceRow(instance) {
    const role = instance.stage === 'build' ? 'Build' : 'Test';
    return [
        `${role}${instance.superseded ? ' (a run the retry replaced)' : ''}`,
        instanceTypeLabel(instance.instanceTypes, (type) => (0,markdown/* code */.aY)(type, NAME_CHARS)),
        `${minutesOf(instance.ms)} (${formatDuration(instance.ms)})`,
        `${formatClock(new Date(instance.from))} → ${formatClock(new Date(instance.to))}`,
        stateWords(instance)
    ];
}
function stateWords(instance) {
    const id = instance.instanceId ? ` ${(0,markdown/* code */.aY)(instance.instanceId, NAME_CHARS)}` : '';
    switch (instance.state) {
        case 'terminated':
            return 'terminated';
        case 'kept':
            return `⚠️ still running${id}: kept after the failure, and billed until terminated; minutes to its last step`;
        case 'running':
            return `⏳ running${id} when the action stopped following; minutes so far`;
    }
}
/** The label is the action's own words around numbers, so it needs no escaping. */
function storageSentence(storage) {
    return `**EBS snapshots:** ${storageLabel(storage)}, at most: the AMIs' volume sizes. EBS bills snapshot storage by the GB-month for the blocks that hold data, which can be fewer.`;
}

;// CONCATENATED MODULE: ./src/report/summary/workflows.ts
/**
 * Every workflow with its steps, each folded in a `<details>` block (a failed one open), so the
 * summary stays short and the detail is one click away. Once the build has ended, a step or
 * workflow still listed as running or pending never ran to its end: it says so, not "RUNNING".
 */





function workflowSection(snapshot) {
    if (snapshot.workflows.length === 0)
        return '';
    const ended = (0,domain_build/* isFinal */.dR)(snapshot.image.status);
    return [
        '### Workflows',
        ...snapshot.workflows.map((workflow) => workflowBlock(workflow, ended))
    ].join('\n\n');
}
function workflowBlock(workflow, buildEnded) {
    const status = shownStatus(workflow.status, buildEnded);
    const span = spanOf(workflow.startTime, workflow.endTime);
    const took = span === undefined ? '' : ` in ${formatDuration(span)}`;
    const counts = `${workflow.succeeded} succeeded, ${workflow.failed} failed, ${workflow.skipped} skipped of ${workflow.totalStepCount}`;
    const title = `${status.mark} ${(0,markdown/* text */.Qq)(workflow.name, NAME_CHARS)} (${(0,markdown/* text */.Qq)(workflow.type, NAME_CHARS)}): ${status.label}${took}, ${counts}`;
    const message = workflow.message ? `${(0,markdown/* text */.Qq)(workflow.message, CELL_CHARS)}\n\n` : '';
    const steps = (0,markdown/* table */.tp)(['Step', 'Action', 'Status', 'Duration', 'Message'], workflow.steps.map((step) => stepRow(step, buildEnded)));
    const open = workflow.status === 'FAILED' ? ' open' : '';
    return `<details${open}><summary>${title}</summary>\n\n${message}${steps}\n\n</details>`;
}
function stepRow(step, buildEnded) {
    const status = shownStatus(step.status, buildEnded);
    const span = step.status === 'SKIPPED' ? undefined : spanOf(step.startTime, step.endTime);
    return [
        (0,markdown/* text */.Qq)(step.name, NAME_CHARS),
        (0,markdown/* text */.Qq)(step.action ?? '', NAME_CHARS),
        `${status.mark} ${status.label}`,
        span === undefined ? '' : formatDuration(span),
        (0,markdown/* text */.Qq)(step.message ?? '', CELL_CHARS)
    ];
}
/** What a status means once the build is over: pending never ran, running was cut short. */
function shownStatus(status, buildEnded) {
    if (buildEnded && status === 'PENDING')
        return { mark: '⏹️', label: 'not run' };
    if (buildEnded && (status === 'RUNNING' || status === 'ROLLBACK_IN_PROGRESS'))
        return { mark: '⏹️', label: 'stopped when the build ended' };
    return { mark: icon(status), label: (0,markdown/* text */.Qq)(status, NAME_CHARS) };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary: a pure function from the build record to Markdown, so a golden-file test can
 * pin it and it can be written on every way out. The cause of a failure comes first; the whole
 * stays under GitHub's 1 MiB limit, and says so where it had to leave something out.
 */





















function renderSummary(record, now) {
    const snapshot = record.snapshot;
    const sections = [
        alertSection(record),
        `## ${headline(record)}`,
        facts(record, now),
        record.plan ? (0,plan_report/* planSection */.lA)(record.plan, tenseOf(record)) : '',
        passedOverSection(record),
        record.promotion ? (0,promotion_report/* promotionSection */.bv)(record.promotion, tenseOf(record)) : '',
        retrySection(record),
        record.ending?.kind === 'not-waited' || record.ending?.kind === 'planned'
            ? ''
            : testSection(record),
        record.snapshot?.image.imageType === 'DOCKER' ? containerSection(record) : amiSection(record),
        publishedSection(record),
        usageSection(record),
        stageSection(record, now),
        snapshot ? workflowSection(snapshot) : '',
        findingsSection(record),
        noticeSection(record)
    ];
    return boundedSections(sections.filter((section) => section !== ''), SUMMARY_BYTES, summary_CUT_NOTE);
}
/** A dry run's plan is what would be done; any other ending's, what was (and was not) done. */
function tenseOf(record) {
    return record.ending?.kind === 'planned' ? 'planned' : 'outcome';
}
/** The summary's heading: one sentence that says how the step ended, on every ending. */
function headline(record) {
    const status = (0,domain_record/* reportedStatus */.mW)(record);
    const ending = record.ending;
    switch (ending?.kind) {
        case 'not-waited':
            return `⏳ The image build started (${(0,markdown/* text */.Qq)(status)}); this step does not wait for it`;
        case 'planned':
            return '📝 Dry run: nothing was created or started, and the plan is below';
        case 'reused':
            return `♻️ Nothing changed, so the last image build (${(0,markdown/* text */.Qq)(status)}) is reused`;
        case 'aborted':
            return `${icon(status)} ${stoppedHeading(ending.by)}, and the image build is ${(0,markdown/* text */.Qq)(status)}`;
        case 'credentials-expired':
            return `⚠️ The AWS credentials expired while the image build was ${(0,markdown/* text */.Qq)(status)}, so the action stopped following it`;
        case 'error':
            if (status)
                return `❌ The action stopped with an error while the image build was ${(0,markdown/* text */.Qq)(status)}`;
            return record.imageArn
                ? "❌ The action stopped with an error, and the image build's status is unknown"
                : '❌ The action stopped with an error before any image build started';
        default:
            return `${icon(status)} ${endedSentence(status)}`;
    }
}
/** How a build that ran to its end ended, as Image Builder reports it. */
function endedSentence(status) {
    switch (status) {
        case 'AVAILABLE':
            return 'The image build succeeded, and the image is AVAILABLE';
        case 'FAILED':
            return 'The image build FAILED';
        case 'CANCELLED':
            return 'The image build was CANCELLED';
        case '':
            return "The image build's status is unknown";
        default:
            return `The image build is ${(0,markdown/* text */.Qq)(status)}`;
    }
}
function facts(record, now) {
    const image = record.snapshot?.image;
    const status = (0,domain_record/* reportedStatus */.mW)(record);
    const header = ['Status', `${icon(status)} ${(0,markdown/* text */.Qq)(status || 'not started')}`];
    const rows = [];
    if (image?.name)
        rows.push(['Image', `${(0,markdown/* text */.Qq)(image.name, NAME_CHARS)} ${(0,markdown/* text */.Qq)(image.version ?? '', NAME_CHARS)}`]);
    if (record.imageArn)
        rows.push(['Image ARN', (0,markdown/* code */.aY)(record.imageArn, NAME_CHARS)]);
    if (record.mode === 'pipeline')
        rows.push(['Pipeline', (0,markdown/* code */.aY)(record.source, NAME_CHARS)]);
    if (record.mode === 'promote')
        rows.push(['Promoted from', (0,markdown/* code */.aY)(record.source, NAME_CHARS)]);
    rows.push(['Region', (0,markdown/* text */.Qq)(record.region, NAME_CHARS)]);
    const end = record.endedAt ?? now;
    rows.push([
        'Duration',
        `${formatDuration(end.getTime() - record.stepStartedAt.getTime())} (step started ${formatClock(record.stepStartedAt)} UTC)`
    ]);
    const console = consoleLinks(record);
    if (console)
        rows.push(['Console', console]);
    return (0,markdown/* table */.tp)(header, rows);
}
/** The image's page and each AMI's, in the console of the partition they live in. */
function consoleLinks(record) {
    const imageUrl = record.imageArn ? imageConsoleUrl(record.imageArn) : undefined;
    const links = imageUrl ? [(0,markdown/* link */.nf)('image', imageUrl)] : [];
    for (const ami of record.snapshot?.image.amis ?? []) {
        const url = amiConsoleUrl(ami.region, ami.imageId);
        if (url)
            links.push((0,markdown/* link */.nf)(`${ami.imageId} (${ami.region})`, url));
    }
    return links.join(' · ');
}
function noticeSection(record) {
    if (record.notices.length === 0)
        return '';
    return ['### Notices', ...record.notices.map((notice) => `- ${(0,markdown/* text */.Qq)(notice, NOTICE_CHARS)}`)].join('\n');
}
const summary_CUT_NOTE = '> [!NOTE]\n> The rest of this summary was left out to stay under GitHub’s 1 MiB limit for a job summary; the job log has the details.';

;// CONCATENATED MODULE: ./src/report/usage-line.ts

function usageLine(record) {
    const usage = usageOf(record);
    if (usage === undefined)
        return undefined;
    if (usage.kind === 'reused')
        return 'Usage: no instance ran (the last image is reused).';
    const instances = usage.instances.length === 0
        ? 'no build or test instance'
        : usage.instances.map(instanceWords).join(', ');
    const storage = usage.storage
        ? `; EBS snapshots ${storageLabel(usage.storage)} at most (the volume sizes)`
        : '';
    return `Usage: ${instances}${storage}.`;
}
function instanceWords(instance) {
    const type = instanceTypeLabel(instance.instanceTypes, (value) => value);
    const replaced = instance.superseded ? ' (a run the retry replaced)' : '';
    const id = instance.instanceId ?? 'the instance';
    const state = instance.state === 'kept'
        ? ` (${id} still running: kept after the failure)`
        : instance.state === 'running'
            ? ` (${id} running when the action stopped following)`
            : '';
    return `${instance.stage} instance${replaced} ${type} ${minutesOf(instance.ms)} min${state}`;
}

// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/junit.ts


const SUITE = 'EC2 Image Builder test components';
/** Image Builder cuts component errors at 1,024 characters; a reason can be far longer. */
const MESSAGE_MAX_CHARS = 4_000;
function junitReport(record, outcomes) {
    const failures = outcomes.filter((outcome) => outcome.result === 'failed').length;
    const skipped = outcomes.filter((outcome) => outcome.result === 'not-run').length;
    const counts = `tests="${outcomes.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
    const image = record.snapshot?.image;
    const suiteName = image?.name ? `${image.name} ${image.version ?? ''}`.trim() : SUITE;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${attribute(SUITE)}" ${counts}>`,
        `  <testsuite name="${attribute(suiteName)}" ${counts}>`,
        ...(record.imageArn
            ? [
                '    <properties>',
                `      <property name="image-arn" value="${attribute(record.imageArn)}"/>`,
                '    </properties>'
            ]
            : []),
        ...outcomes.map(testCase),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function testCase(outcome) {
    const { component } = outcome;
    const open = `    <testcase name="${attribute(component.name)}" classname="${attribute(component.arn)}"`;
    switch (outcome.result) {
        case 'passed':
            return `${open}/>`;
        case 'not-run':
            return `${open}>\n      <skipped message="${attribute(`Not run: ${outcome.why}`)}"/>\n    </testcase>`;
        case 'failed': {
            const { failure } = outcome;
            const message = (0,clip/* clip */.$)(failure.errorMessage ?? 'The test component failed.', MESSAGE_MAX_CHARS);
            const body = [
                `Failed at ${componentPlace({ ...failure, componentArn: failure.componentArn ?? component.arn })}`,
                `Error: ${message}`,
                ...(outcome.printed.length > 0 ? ['The step printed:', ...outcome.printed] : [])
            ].join('\n');
            return [
                `${open}>`,
                `      <failure message="${attribute(message)}" type="${attribute(failure.action ?? 'ExecuteComponents')}">${content(body)}</failure>`,
                '    </testcase>'
            ].join('\n');
        }
    }
}
/** Characters XML 1.0 allows (tab, line feed, carriage return and the printable planes). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function content(value) {
    return value
        .replace(NOT_XML, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** Attribute values also escape quotes and line breaks, which parsers would otherwise normalise. */
function attribute(value) {
    return content(value)
        .replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/report/test-report.ts
/**
 * Writes the JUnit report of the test components under RUNNER_TEMP, named after the step so that
 * two steps of one job do not overwrite each other's, and returns its path for `test-report`.
 */






/** The path written, or '' when the test components are not known (or the file could not be). */
async function writeTestReport(record, env, warn) {
    const outcomes = testOutcomes(record);
    if (!outcomes)
        return '';
    const step = (env.GITHUB_ACTION ?? '').replace(/[^\w.-]/g, '_') || (0,external_node_crypto_.randomUUID)();
    const path = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `imagebuilder-test-report-${step}.xml`);
    try {
        await (0,promises_.writeFile)(path, junitReport(record, outcomes));
        return path;
    }
    catch (error) {
        warn(`The test report could not be written to ${path}: ${error instanceof Error ? error.message : String(error)}`);
        return '';
    }
}

;// CONCATENATED MODULE: ./src/untrusted.ts
/**
 * Text from AWS or from the build must never act as a workflow command in the job log. The runner
 * reads `::command::` at the start of a line and the older `##[command]` anywhere in it, so any
 * such text is wrapped in `::stop-commands::<token>` … `::<token>::`, with a token nobody can
 * guess, which turns command processing off for exactly those lines. @actions/core escapes a
 * command's data but has no such wrapper for plain log lines: this is the part the action adds.
 */


class UntrustedWriter {
    writeLine;
    groups;
    constructor(writeLine = core.info, groups = core) {
        this.writeLine = writeLine;
        this.groups = groups;
    }
    /** Opens a folded group; the title is the action's own text, escaped by core as a command's data. */
    startGroup(title) {
        this.groups.startGroup(title);
    }
    endGroup() {
        this.groups.endGroup();
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

;// CONCATENATED MODULE: ./src/report/publish.ts
/** Writes the record out: the test report, step outputs, the job summary, the last log line and the failure annotation. */










/** Set as soon as the build is known, so a later step finds it even if this one is cancelled. */
function publishImageArn(imageArn) {
    core.setOutput('image-arn', imageArn);
}
async function publish(record, writeSummary, now, env) {
    const testReport = await writeTestReport(record, env, (message) => core.warning(message));
    for (const [name, value] of Object.entries((0,outputs/* buildOutputs */.JZ)(record, testReport, releaseNotes(record, env))))
        core.setOutput(name, value);
    if (writeSummary)
        await (0,job_summary/* writeJobSummary */.j)(renderSummary(record, now));
    const lastLines = [outcomeLine(record), usageLine(record)].filter((line) => line !== undefined);
    if (lastLines.length > 0)
        new UntrustedWriter().write(lastLines);
    const failure = failureOf(record);
    if (failure)
        core.setFailed(failure);
}

// EXTERNAL MODULE: ./src/start/retry-notice.ts
var retry_notice = __webpack_require__(4127);
// EXTERNAL MODULE: ./src/client-token.ts
var client_token = __webpack_require__(2216);
;// CONCATENATED MODULE: ./src/start/start-pipeline.ts
/**
 * Pipeline mode: one StartImagePipelineExecution call. The SDK retries it with the start's
 * patience (aws/retry.ts); the client token makes every attempt the same request.
 */




/** The image build version ARN of the build it started. `signal` ends the retries at once. */
async function startPipelineExecution(client, inputs, clientToken, signal, patience) {
    const command = (0,retry/* withStartPatience */.Uv)(new dist_cjs.StartImagePipelineExecutionCommand({
        imagePipelineArn: inputs.pipelineArn,
        clientToken,
        tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined
    }), patience);
    const { imageBuildVersionArn } = await client
        .send(command, { abortSignal: signal })
        .catch((error) => {
        throw signal.aborted
            ? new domain_errors/* StartError */.D(`Stopped before Image Builder confirmed the start of pipeline ${inputs.pipelineArn}; a build may have started: look for it among the pipeline's images.`)
            : explainStartFailure(error, inputs.pipelineArn);
    });
    if (!imageBuildVersionArn) {
        throw new domain_errors/* StartError */.D('Image Builder started no build: its answer had no image ARN.');
    }
    return imageBuildVersionArn;
}
function explainStartFailure(error, pipelineArn) {
    (0,errors/* rethrowIfExpired */.UL)(error);
    switch ((0,errors/* errorName */.Is)(error)) {
        case 'ResourceNotFoundException':
            return new domain_errors/* InputError */.d('pipeline-arn', `${pipelineArn} does not exist in its region, or this role cannot see it`);
        case 'ResourceInUseException':
            return new domain_errors/* StartError */.D(`Pipeline ${pipelineArn} cannot start a build now (${(0,errors/* describeError */.Uc)(error)}). Try again once its current build ends.`);
        case 'IdempotentParameterMismatchException':
            return new domain_errors/* StartError */.D(`This step already started a build with other parameters (${(0,errors/* describeError */.Uc)(error)}). Re-run the workflow to start a new one.`);
        default:
            return new domain_errors/* StartError */.D(`Could not start pipeline ${pipelineArn}: ${(0,errors/* describeError */.Uc)(error)}`);
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
            if (inputs.retryOnRerun) {
                const { retryEarlierAttempt } = await __webpack_require__.e(/* import() */ 838).then(__webpack_require__.bind(__webpack_require__, 4838));
                const retried = await retryEarlierAttempt({ ...context, inputs });
                if (retried)
                    return retried;
            }
            // The start call carries the workflow's tags only (and, for retry-on-rerun, the invocation
            // that a re-run looks for): the provenance tags go onto the AMIs when the build is done.
            const imageArn = await startPipelineExecution(context.clients.imagebuilder, inputs.retryOnRerun
                ? { ...inputs, tags: { ...inputs.tags, ...(0,provenance/* invocationTag */.d)(context.env) } }
                : inputs, (0,client_token/* clientToken */.$Y)('start', context.env), context.stop.signal, (0,retry/* startPatienceFrom */.kL)(context.env, (0,retry_notice/* startRetryNotice */.$)(context.out, 'StartImagePipelineExecution', inputs.region, context.env)));
            return { kind: 'started', imageArn };
        }
        case 'attach': {
            await checkImageExists(context, inputs.imageArn);
            if (!inputs.retry)
                return { kind: 'attached', imageArn: inputs.imageArn };
            const { retryAttached } = await __webpack_require__.e(/* import() */ 838).then(__webpack_require__.bind(__webpack_require__, 4838));
            return retryAttached({ ...context, inputs });
        }
        case 'recipe': {
            const { beginRecipe } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(736), __webpack_require__.e(815), __webpack_require__.e(395), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 380));
            return beginRecipe({ ...context, inputs });
        }
        case 'promote': {
            const { beginPromotion } = await Promise.all(/* import() */[__webpack_require__.e(395), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 968));
            return beginPromotion({ ...context, inputs });
        }
    }
}
/**
 * An image that does not exist is an answer, not a fault to wait out: image-arn names nothing, and
 * following it would only retry until the watch gives up. Other errors are left to the watch,
 * which retries what can be retried and reports the rest; missing credentials end the step here.
 */
async function checkImageExists(context, imageArn) {
    try {
        await context.clients.imagebuilder.send(new dist_cjs.GetImageCommand({ imageBuildVersionArn: imageArn }), { abortSignal: context.stop.signal });
    }
    catch (error) {
        // No credentials at all never mends by waiting: said now, not after minutes of retries.
        if ((0,errors/* isMissingCredentials */.tl)(error))
            throw error;
        if ((0,errors/* errorName */.Is)(error) !== 'ResourceNotFoundException')
            return;
        throw new domain_errors/* InputError */.d('image-arn', `${imageArn} does not exist in ${context.inputs.region}, or this role cannot see it; give the ARN of an image build`);
    }
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/domain/deadline.ts
class Deadline {
    at;
    clock;
    constructor(at, clock) {
        this.at = at;
        this.clock = clock;
    }
    /** `ms` after `from` (by default now). */
    static after(ms, clock, from = clock.now()) {
        return new Deadline(new Date(from.getTime() + ms), clock);
    }
    remainingMs() {
        return Math.max(0, this.at.getTime() - this.clock.now().getTime());
    }
    get passed() {
        return this.remainingMs() === 0;
    }
    /**
     * Aborts when the deadline passes: pass it to `client.send(command, { abortSignal })`. Its timer
     * keeps no process alive.
     */
    signal() {
        return AbortSignal.timeout(this.remainingMs());
    }
}

;// CONCATENATED MODULE: ./src/watch/cancel.ts
/**
 * Cancels a build within a budget: the CancelImageCreation call has until one deadline, reading
 * the build to see the cancel take effect until a later one. Cancellation is asynchronous in
 * Image Builder, and the runner kills the step soon after a cancel signal, so the result says
 * exactly what was seen: accepted or not (and why not), and the build's last status.
 */





/**
 * Measured from the moment the action stops waiting. The runner kills the step 10 s after SIGINT
 * (SIGTERM at 7.5 s): the cancel call gets 3 s, confirming it lasts until 6 s, and the outputs and
 * the summary have the rest.
 */
const CANCEL_REQUEST_MS = 3_000;
const CANCEL_CONFIRM_MS = 6_000;
function cancelBudget(clock, from = clock.now()) {
    return {
        request: Deadline.after(CANCEL_REQUEST_MS, clock, from),
        confirm: Deadline.after(CANCEL_CONFIRM_MS, clock, from)
    };
}
const CONFIRM_POLL_MS = 1_000;
/** A read started with less time than this left would be closed before GetImage answers. */
const LAST_READ_MS = 250;
async function cancelBuild(client, imageArn, clientToken, clock, budget) {
    const failure = await requestCancel(client, imageArn, clientToken, budget.request);
    // A cancel sent but not answered in time may still take effect; one refused will not.
    const mayTakeEffect = failure === undefined || failure.why === 'timed-out';
    const image = await readBuild(client, imageArn, clock, budget.confirm, mayTakeEffect);
    return failure === undefined ? { image } : { failure, image };
}
async function requestCancel(client, imageArn, clientToken, deadline) {
    const waitedMs = deadline.remainingMs();
    const abortSignal = deadline.signal();
    try {
        await client.send(new dist_cjs.CancelImageCreationCommand({ imageBuildVersionArn: imageArn, clientToken }), { abortSignal });
        return undefined;
    }
    catch (error) {
        if (abortSignal.aborted)
            return { why: 'timed-out', waitedMs };
        const why = (0,errors/* isExpiredCredentials */.CW)(error) ? 'credentials-expired' : 'error';
        return { why, error: (0,errors/* describeError */.Uc)(error) };
    }
}
/**
 * The build's last status; with `untilFinal`, read about every second until it is final or the
 * deadline leaves no time for another read.
 */
async function readBuild(client, imageArn, clock, deadline, untilFinal) {
    let image = await fetchImageWithin(client, imageArn, deadline);
    while (untilFinal && !(image && (0,domain_build/* isFinal */.dR)(image.status))) {
        const pause = Math.min(CONFIRM_POLL_MS, deadline.remainingMs() - LAST_READ_MS);
        if (pause <= 0)
            break;
        await clock.sleep(pause, deadline.signal());
        image = (await fetchImageWithin(client, imageArn, deadline)) ?? image;
    }
    return image;
}
/** One read of the build, or undefined when it fails or the deadline has passed. */
async function fetchImageWithin(client, imageArn, deadline) {
    if (deadline.passed)
        return undefined;
    try {
        return await (0,image_build/* fetchImage */.aK)(client, imageArn, deadline.signal());
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/watch/cancel-on-stop.ts
/**
 * The run was cancelled or the timeout passed while the build ran: cancel it (unless
 * cancel-on-abort is false) within the budget that starts when the action stopped waiting, and
 * say exactly what Image Builder confirmed.
 */


/** The ending, and the image as the cancel last read it (undefined when it read none). */
async function cancelOnStop(context, imageArn) {
    const { inputs, stop, clients, clock, out } = context;
    const by = stop.reason ?? 'run-cancelled';
    if (!inputs.cancelOnAbort)
        return { ending: { kind: 'aborted', by, cancel: 'not-requested' } };
    out.write([
        `${by === 'timeout' ? 'Timeout reached' : 'Run cancelled'}: cancelling image build ${imageArn}`
    ]);
    const result = await cancelBuild(clients.imagebuilder, imageArn, (0,client_token/* clientToken */.$Y)('cancel', context.env), clock, cancelBudget(clock, stop.stoppedAt));
    if (result.image)
        context.learn({ type: 'image-read', image: result.image });
    return { ending: { kind: 'aborted', by, ...cancelOutcome(result) }, image: result.image };
}
/** Seen CANCELLED is confirmed, whatever the call answered: a cancel sent may land late. */
function cancelOutcome(result) {
    if (result.image?.status === 'CANCELLED')
        return { cancel: 'confirmed' };
    if (result.failure)
        return { cancel: 'failed', failure: result.failure };
    return { cancel: 'unconfirmed' };
}

;// CONCATENATED MODULE: ./src/watch/diff.ts

function diffSnapshots(previous, next, at) {
    const stage = previous?.image.status === next.image.status
        ? []
        : [{ type: 'stage-changed', at, status: next.image.status, previous: previous?.image.status }];
    const workflows = next.workflows.flatMap((workflow) => workflowEvents(previous?.workflows.find((known) => known.id === workflow.id), workflow, at));
    return (0,domain_build/* isFinal */.dR)(next.image.status) ? [...workflows, ...stage] : [...stage, ...workflows];
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
    return (0,domain_build/* isActiveWorkflow */.Gt)(workflow.status) ? [changed, ...steps] : [...steps, changed];
}

;// CONCATENATED MODULE: ./src/watch/log-tail.ts



/** Pages read per poll (50,000 lines), so that a burst of output cannot stall status polling. */
const MAX_PAGES_PER_READ = 25;
/** Pages read per drain round: nothing else waits then, but a round still ends. */
const MAX_PAGES_PER_DRAIN_READ = 50;
/**
 * Events per GetLogEvents page; a page with fewer means the stream is read to its end. A fifth of
 * the 10,000 the API allows: a page is parsed and written whole, so a chatty build's peak memory
 * follows the page size (100,000 lines streamed: peak RSS 177 MB at 10,000, 137 MB at 2,000).
 * A build's usual few hundred lines still take one request.
 */
const PAGE_LIMIT = 2_000;
/** The workflow step action that runs AWSTOE components: the one that prints to the build log. */
const RUNS_COMPONENTS = 'ExecuteComponents';
/** Step statuses after which a components step may have printed its last lines. */
const RAN_AND_ENDED = ['COMPLETED', 'FAILED', 'CANCELLED'];
class LogTail {
    client;
    onFailure;
    debug;
    nextToken;
    reportedFailure = false;
    /** Component steps seen ended, and so read once after their end. */
    endedSteps = new Set();
    /** The `Date`s of the client's answers, once it was first asked. */
    serviceClock;
    constructor(client, onFailure, 
    /** The debug channel: every read, with what it brought and where the stream stands. */
    debug = noDebug) {
        this.client = client;
        this.onFailure = onFailure;
        this.debug = debug;
    }
    /**
     * What was logged since the last read, while a step runs components and once more when one is
     * seen ended (a short step may start and end between two reads); nothing otherwise (the
     * service's own progress lines in between repeat the step changes, and the drain after the end
     * picks up anything a step wrote late). With `onLines`, each page goes there as it arrives and
     * nothing is returned: no more than a page is held at once.
     */
    async read(snapshot, signal, onLines) {
        const newlyEnded = this.newlyEndedComponentSteps(snapshot);
        if (!componentsRun(snapshot) && !newlyEnded)
            return [];
        const lines = [];
        await this.readPages(snapshot, MAX_PAGES_PER_READ, signal, onLines ?? ((page) => lines.push(...page)));
        return lines;
    }
    /**
     * After the final status: keeps reading until the log has brought nothing for `quietMs` of the
     * service's time (a stream that does not exist yet brings nothing too, and is waited for),
     * within `maxMs`. Lines go to `onLines` as they arrive, so the job log shows them at once.
     */
    async drain(snapshot, options) {
        const { clock, signal } = options;
        const deadline = clock.now().getTime() + options.maxMs;
        let quietSince;
        for (;;) {
            if (signal.aborted)
                return 'stopped';
            const read = await this.readPages(snapshot, MAX_PAGES_PER_DRAIN_READ, signal, options.onLines);
            if (read === undefined)
                return 'unreadable';
            const now = this.serviceClock?.date ?? clock.now().getTime();
            if (read > 0 || quietSince === undefined)
                quietSince = now;
            const quietFor = read > 0 ? 0 : Math.max(0, now - quietSince);
            this.debug(`Log drain: ${read} lines this round, quiet for ${quietFor / 1000}s of the service's time (${options.quietMs / 1000}s end the drain)`);
            if (read === 0 && quietFor >= options.quietMs)
                return 'drained';
            if (clock.now().getTime() + options.gapMs > deadline)
                return read === 0 ? 'drained' : 'cut';
            await clock.sleep(options.gapMs, signal);
        }
    }
    /** Whether a step that runs components has ended since the last read; notes it as read. */
    newlyEndedComponentSteps(snapshot) {
        let newlyEnded = false;
        for (const workflow of snapshot.workflows) {
            for (const step of workflow.steps) {
                if (step.action !== RUNS_COMPONENTS || !RAN_AND_ENDED.includes(step.status))
                    continue;
                if (this.endedSteps.has(step.id))
                    continue;
                this.endedSteps.add(step.id);
                newlyEnded = true;
            }
        }
        return newlyEnded;
    }
    /**
     * Hands each page's lines to `onPage` as it arrives, so that no more than a page is held at
     * once; resolves to how many lines were read, or undefined when the log could not be read
     * (already reported).
     */
    async readPages(snapshot, maxPages, signal, onPage) {
        const location = logLocation(snapshot);
        if (!location)
            return 0;
        let read = 0;
        try {
            const client = await this.client();
            this.serviceClock = serviceClockOf(client);
            const { GetLogEventsCommand } = await Promise.all(/* import() */[__webpack_require__.e(303), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 446));
            for (let page = 0; page < maxPages; page += 1) {
                const response = await client.send(new GetLogEventsCommand({
                    ...location,
                    startFromHead: true,
                    limit: PAGE_LIMIT,
                    nextToken: this.nextToken
                }), { abortSignal: signal });
                const events = response.events ?? [];
                if (events.length > 0) {
                    onPage(events.map((event) => ({
                        timestamp: event.timestamp ?? 0,
                        message: event.message ?? ''
                    })));
                    read += events.length;
                }
                const advanced = response.nextForwardToken !== this.nextToken;
                this.nextToken = response.nextForwardToken ?? this.nextToken;
                this.debug(`Log read: ${location.logGroupName} ${location.logStreamName}, page ${page + 1}: ${events.length} events, ${advanced ? 'the forward token moved' : 'at the end of the stream'}`);
                // A short page is the end of what CloudWatch holds now: asking again would bring nothing.
                if (!advanced || events.length < PAGE_LIMIT)
                    break;
            }
        }
        catch (error) {
            // Closed because the action stopped waiting: nothing went wrong with the logs.
            if (signal?.aborted)
                return read;
            if ((0,errors/* errorName */.Is)(error) === 'ResourceNotFoundException') {
                this.debug(`Log read: ${location.logGroupName} ${location.logStreamName} does not exist yet`);
                return read;
            }
            if (!this.reportedFailure) {
                this.reportedFailure = true;
                this.onFailure(`Build logs could not be read (the build is unaffected): ${(0,errors/* describeError */.Uc)(error)}`);
            }
            return read > 0 ? read : undefined;
        }
        return read;
    }
}
const serviceClocks = new WeakMap();
/**
 * The client's answers' `Date`s (errors included: a stream not found yet answers too), the
 * service's clock by which the drain's quiet window is measured. Noted once per client.
 */
function serviceClockOf(client) {
    const known = serviceClocks.get(client);
    if (known)
        return known;
    const clock = { date: undefined };
    serviceClocks.set(client, clock);
    // Clients faked in tests may have no middleware stack.
    if (typeof client.middlewareStack?.add !==
        'function')
        return clock;
    client.middlewareStack.add((next) => async (args) => {
        const result = await next(args);
        const date = serviceDateOf(result.response);
        if (date !== undefined)
            clock.date = date;
        return result;
    }, 
    // Innermost in its step: the raw answer, before an error status becomes an exception.
    { step: 'deserialize', priority: 'low', name: 'buildLogServiceClock' });
    return clock;
}
/** The `Date` header of a raw HTTP answer, in ms; undefined when absent or unreadable. */
function serviceDateOf(response) {
    if (typeof response !== 'object' || response === null)
        return undefined;
    const { headers } = response;
    const value = headers?.date ?? headers?.Date;
    if (value === undefined)
        return undefined;
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
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
function componentsRun(snapshot) {
    return snapshot.workflows.some((workflow) => workflow.steps.some((step) => step.action === RUNS_COMPONENTS && step.status === 'RUNNING'));
}

;// CONCATENATED MODULE: ./src/watch/drain-build-log.ts

/** The whole drain's bound: long enough for a late shipper, short next to a build. */
const DRAIN_MAX_MS = 60_000;
/**
 * The log counts as drained once it has brought nothing for this long (the service's time): a
 * shipper that sends a build's output when the build is over takes seconds, whatever the poll
 * interval.
 */
const QUIET_MS = 10_000;
/** Reads a second apart: a line that arrives late shows within a second. */
const GAP_MS = 1_000;
async function drainBuildLog(context, tail, snapshot, emit, warn) {
    const { clock } = context;
    const result = await tail.drain(snapshot, {
        clock,
        signal: context.stop.signal,
        gapMs: GAP_MS,
        quietMs: QUIET_MS,
        maxMs: DRAIN_MAX_MS,
        onLines: (lines) => emit({ type: 'log-lines', at: clock.now(), lines })
    });
    if (result !== 'cut')
        return;
    const location = logLocation(snapshot);
    const where = location
        ? ` (log group ${location.logGroupName}, stream ${location.logStreamName})`
        : '';
    const message = `Stopped reading the build log ${DRAIN_MAX_MS / 1000}s after the build ended while lines were still arriving; the rest is in CloudWatch Logs${where}.`;
    warn(message);
    context.learn({ type: 'notice', text: message });
}

;// CONCATENATED MODULE: ./src/watch/detail-cadence.ts
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
    /** Whether the last successful poll listed the workflows: the polls that also read the log. */
    get listedLastPoll() {
        return this.pollsWithoutListing === 0;
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
/**
 * After a status change: PENDING → CREATING, or DISTRIBUTING → INTEGRATING, moves no workflow, and
 * neither does the end of a build whose known workflows had all ended before it (INTEGRATING →
 * AVAILABLE).
 */
function workflowsMayDiffer(previous, image) {
    return (STAGES_STARTING_WORKFLOWS.includes(image.status) ||
        ((0,domain_build/* isFinal */.dR)(image.status) && previous.workflows.length === 0) ||
        STAGES_WITH_WORKFLOWS.includes(previous.image.status) ||
        anyActive(previous));
}
function anyActive(snapshot) {
    return snapshot.workflows.some((workflow) => (0,domain_build/* isActiveWorkflow */.Gt)(workflow.status));
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
    lastChanged = true;
    constructor(baseMs, random = Math.random) {
        this.baseMs = baseMs;
        this.random = random;
        this.idleMs = baseMs;
    }
    /** The wait after a poll that saw changes (true) or none (false). */
    afterPoll(changed) {
        this.lastChanged = changed;
        this.idleMs = changed
            ? this.baseMs
            : Math.min(this.idleMs * IDLE_GROWTH, this.baseMs * IDLE_CAP_FACTOR);
        return this.idleMs;
    }
    /** Why afterPoll chose its last wait, for the debug channel. */
    reason() {
        if (this.lastChanged)
            return 'the build changed: the base interval';
        const capMs = this.baseMs * IDLE_CAP_FACTOR;
        return this.idleMs >= capMs
            ? `nothing changed: held at the cap, ${IDLE_CAP_FACTOR}× the base interval`
            : `nothing changed: ×${IDLE_GROWTH} towards ${IDLE_CAP_FACTOR}× the base interval`;
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
    const debug = options.debug ?? noDebug;
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
            next = await (0,image_build/* fetchSnapshot */.b8)(client, imageArn, snapshot, signal, listWorkflows);
        }
        catch (error) {
            // The signal closed the request: stop rather than count a failure.
            if (isAborted(signal))
                break;
            if ((0,errors/* isExpiredCredentials */.CW)(error))
                return { type: 'credentials-expired', error, snapshot };
            hardErrors = (0,errors/* isTransient */.dg)(error) ? 0 : hardErrors + 1;
            if (hardErrors >= MAX_CONSECUTIVE_HARD_ERRORS)
                return { type: 'unreachable', error, snapshot };
            failures += 1;
            const retryInMs = interval.afterFailure(failures);
            debug(`Poll failed (${failures} in a row, ${errorKind(error)}): next poll in ${seconds(retryInMs)} (backoff after failures)`);
            emit({
                type: 'poll-failed',
                at: clock.now(),
                error: (0,errors/* describeError */.Uc)(error),
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
        // The log is detail like the workflows: read on the same polls, and drained after the end.
        if (detail.listedLastPoll)
            await emitLogs(options, snapshot);
        changes.forEach(emit);
        emit({ type: 'snapshot', at: clock.now(), snapshot });
        if ((0,domain_build/* isFinal */.dR)(snapshot.image.status)) {
            debug(`Poll: image ${snapshot.image.status}, a final status: polling ends`);
            return { type: 'ended', snapshot };
        }
        const waitMs = interval.afterPoll(changes.length > 0);
        debug(`Poll: image ${snapshot.image.status}, ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}${detail.listedLastPoll ? ', workflows listed' : ''}: next poll in ${seconds(waitMs)} (${interval.reason()})`);
        await clock.sleep(waitMs, signal);
    }
    return { type: 'aborted', snapshot };
}
async function emitLogs(options, snapshot) {
    if (!options.logs)
        return;
    const emitLines = (lines) => {
        if (lines.length > 0)
            options.emit({ type: 'log-lines', at: options.clock.now(), lines });
    };
    emitLines(await options.logs.read(snapshot, options.signal, emitLines));
}
/** A wait as a reader takes it in: milliseconds under a second (the e2e tests' intervals), else seconds. */
function seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** Whether the next failure resets the count of hard errors (AWS faults do) or adds to it. */
function errorKind(error) {
    return (0,errors/* isTransient */.dg)(error) ? 'an AWS fault, waited out' : 'not an AWS fault';
}
/** Read through a call: the loop's condition makes TypeScript think the signal cannot have aborted since. */
function isAborted(signal) {
    return signal.aborted;
}

;// CONCATENATED MODULE: ./src/watch/settle-after-cancel.ts
/**
 * Once Image Builder confirmed a cancel, the workflows are read once more, so the job log and the
 * summary show what the cancel did to each step (none left RUNNING) and the stages end in
 * CANCELLED. Bounded in time: the runner kills the step seconds after a cancelled run.
 */




const RE_READ_MS = 2_000;
/**
 * `before`: the build as the watch last saw it; `image`: as the cancel read it back, or as the
 * watch saw it when the cancel read nothing.
 */
async function settleAfterCancel(context, imageArn, before, image, emit) {
    const { clients, clock } = context;
    if (!image || !(0,domain_build/* isFinal */.dR)(image.status))
        return;
    let workflows = before?.workflows ?? [];
    try {
        workflows = await (0,image_build/* fetchWorkflows */.ZD)(clients.imagebuilder, imageArn, [], AbortSignal.timeout(RE_READ_MS));
    }
    catch (error) {
        context.learn({
            type: 'notice',
            text: `The workflows could not be read again after the cancel, so their steps show as last seen: ${(0,errors/* describeError */.Uc)(error)}`
        });
    }
    const after = { image, workflows };
    const at = clock.now();
    diffSnapshots(before, after, at).forEach(emit);
    emit({ type: 'snapshot', at, snapshot: after });
}

;// CONCATENATED MODULE: ./src/run-build.ts
/**
 * The road from valid inputs to the run's ending: begin (plan and start, attach, retry, or reuse),
 * then watch the build until it ends or the action stops waiting, then finish it or cancel it.
 * Each stage takes the value the one before returned; what they see and learn goes to
 * `context.learn`, which `build-step.ts` folds into the record the reports are made from.
 */

















async function runBuild(context) {
    const beginning = await begin(context);
    if (beginning.kind === 'planned')
        return { kind: 'planned' };
    announce(context, beginning);
    const jobLog = new JobLog(context.out);
    try {
        if (beginning.kind === 'reused')
            return await reuse(context, beginning, jobLog);
        if (!context.inputs.wait) {
            await lookOnce(context, beginning.imageArn, emitter(context, jobLog));
            return { kind: 'not-waited' };
        }
        return await watchToTheEnd(context, beginning, jobLog);
    }
    finally {
        // Every way out, also a throw: the job log's groups pair up.
        jobLog.close();
    }
}
/**
 * Publishes the build's ARN at once, so a later step can find it, and the post step cancel it,
 * even if this one is killed.
 */
function announce(context, beginning) {
    context.learn({ type: 'image-arn', imageArn: beginning.imageArn });
    publishImageArn(beginning.imageArn);
    // A reused build has ended long ago: there is nothing for a post step to cancel.
    if (beginning.kind !== 'reused')
        (0,state/* saveImageArn */.eO)(beginning.imageArn);
    const verb = {
        started: 'Started',
        attached: 'Following',
        retried: 'Following the retried',
        reused: 'Reusing'
    }[beginning.kind];
    context.out.write([`${verb} image build ${beginning.imageArn}`]);
}
/**
 * skip-if-unchanged: the earlier build is looked at once. Its digests are the outputs a later
 * step pins to; its AMIs get the deprecation asked for now.
 */
async function reuse(context, beginning, jobLog) {
    const { imageArn } = beginning;
    const snapshot = await lookOnce(context, imageArn, emitter(context, jobLog));
    if (!snapshot)
        return { kind: 'reused' };
    const finished = snapshot.image.imageType === 'DOCKER'
        ? await finishContainerImage(context, snapshot)
        : await finishReusedAmis(context, { imageArn, snapshot });
    return finished.kind === 'error' ? finished : { kind: 'reused' };
}
/** Watches the build to a final status, then finishes it; or cancels it if the action stops. */
async function watchToTheEnd(context, beginning, jobLog) {
    const { imageArn } = beginning;
    const plan = beginning.kind === 'started' ? beginning.plan : undefined;
    const promotion = beginning.kind === 'started' ? beginning.promotion : undefined;
    const recipe = new RecipeComponents(context.clients.imagebuilder, context.stop.signal);
    if (plan)
        recipe.know(plan.components);
    const emit = emitter(context, jobLog, recipe);
    const warn = (message) => core.warning(message);
    const logs = context.inputs.streamLogs
        ? new LogTail(() => context.clients.logs(context.inputs.region), warn, debugChannel())
        : undefined;
    const outcome = await watch(context, imageArn, emit, logs);
    switch (outcome.type) {
        case 'ended': {
            if (logs)
                await drainBuildLog(context, logs, outcome.snapshot, emit, warn);
            const distribution = plan?.distribution ?? promotion?.distribution;
            return finishBuild(context, { imageArn, snapshot: outcome.snapshot, distribution }, recipe);
        }
        case 'aborted':
            // The cancel's own lines stand outside the stage's group, where a reader sees them.
            jobLog.close();
            return cancelAndSettle(context, imageArn, outcome.snapshot, emit, recipe);
        case 'credentials-expired':
            return expiredCredentialsEnding(outcome.error, imageArn);
        case 'unreachable':
            return {
                kind: 'error',
                message: `Lost contact with Image Builder while following ${imageArn}: ${(0,errors/* describeError */.Uc)(outcome.error)}`
            };
    }
}
function watch(context, imageArn, emit, logs) {
    return watchBuild({
        client: context.clients.imagebuilder,
        imageArn,
        baseIntervalMs: context.inputs.pollIntervalSeconds * 1000,
        clock: context.clock,
        signal: context.stop.signal,
        emit,
        logs,
        debug: debugChannel()
    });
}
/**
 * Cancels the build (as cancel-on-abort says), reads its workflows once more so the steps show
 * what the cancel did, and tells which of its components were tests.
 */
async function cancelAndSettle(context, imageArn, lastSeen, emit, recipe) {
    const cancelled = await cancelOnStop(context, imageArn);
    const image = cancelled.image ?? lastSeen?.image;
    await settleAfterCancel(context, imageArn, lastSeen, image, emit);
    await learnTestComponents(recipe, image?.componentArns ?? [], context.learn);
    return cancelled.ending;
}
/** Hands each event on and logs it; the recipe's components are looked up once the recipe is seen. */
function emitter(context, jobLog, recipe) {
    return (event) => {
        context.learn(event);
        jobLog.handle(event);
        if (event.type === 'snapshot')
            recipe?.prepare(event.snapshot.image.componentArns);
    };
}
/**
 * `wait: false` and reused builds: reports what the build looks like now. Undefined when it
 * could not be read, which the reader is told.
 */
async function lookOnce(context, imageArn, emit) {
    try {
        const snapshot = await (0,image_build/* fetchSnapshot */.b8)(context.clients.imagebuilder, imageArn, undefined, context.stop.signal);
        const at = context.clock.now();
        diffSnapshots(undefined, snapshot, at).forEach(emit);
        emit({ type: 'snapshot', at, snapshot });
        return snapshot;
    }
    catch (error) {
        (0,errors/* rethrowIfExpired */.UL)(error);
        context.learn({
            type: 'notice',
            text: `The build's status could not be read: ${(0,errors/* describeError */.Uc)(error)}`
        });
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts
/**
 * The pull-request comment: like the job summary, a pure function of the build record, in the
 * summary's own sections and escaping, so text from AWS forms no markup, links or mentions. It
 * holds what a reviewer needs where reviewers look: a dry run's plan, or a build's status, image
 * version, AMI per region and test results, and a link to the run for everything else.
 */










/** GitHub refuses a comment over 65,536 characters; bytes are at least as many, with room to spare. */
const COMMENT_BYTES = 60_000;
const MARKER_PREFIX = '<!-- imagebuilder-action:pr-comment build=';
const pr_comment_CUT_NOTE = '> [!NOTE]\n> The rest was left out to stay under GitHub’s size limit for a comment; the job summary of the run has it all.';
/**
 * What names the build a comment is about: the pipeline ARN, the recipe (with its region: a
 * matrix may build one recipe name in several), or the followed image. Matrix legs and steps that
 * build other things keep comments of their own.
 */
function commentKey(record) {
    return record.mode === 'recipe'
        ? `recipe:${record.region}:${record.source}`
        : `${record.mode}:${record.source}`;
}
/**
 * The hidden first line that finds the comment again. The key is percent-encoded (and `--`
 * broken up), so it can neither end the HTML comment nor hold anything but its own text.
 */
function commentMarker(key) {
    return `${MARKER_PREFIX}${encodeURIComponent(key).replaceAll('--', '-%2D')} -->`;
}
/** Whether `body` is this action's comment for `key`: the marker is its first line, exactly. */
function isCommentFor(body, key) {
    const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
    return firstLine === commentMarker(key);
}
/** `runUrl`: the workflow run's page, built from checked values; omitted when unknown. */
function renderPullRequestComment(record, runUrl) {
    const sections = record.ending?.kind === 'planned'
        ? [`### ${headline(record)}`, record.plan ? (0,plan_report/* planSection */.lA)(record.plan, 'planned') : '']
        : [
            `### ${headline(record)}`,
            pr_comment_facts(record),
            alertSection(record),
            amiSection(record),
            record.ending?.kind === 'not-waited' ? '' : testSection(record)
        ];
    const footer = runUrl
        ? `${(0,markdown/* link */.nf)('Workflow run', runUrl)} · ${sourceLine(record)}`
        : sourceLine(record);
    const body = boundedSections([...sections.filter((section) => section !== ''), footer], COMMENT_BYTES - commentMarker(commentKey(record)).length - 1, pr_comment_CUT_NOTE);
    return `${commentMarker(commentKey(record))}\n${body}`;
}
function pr_comment_facts(record) {
    const image = record.snapshot?.image;
    const status = (0,domain_record/* reportedStatus */.mW)(record);
    const rows = [];
    if (image?.version)
        rows.push(['Image version', (0,markdown/* code */.aY)(image.version, NAME_CHARS)]);
    if (record.imageArn)
        rows.push(['Image ARN', (0,markdown/* code */.aY)(record.imageArn, NAME_CHARS)]);
    rows.push(['Region', (0,markdown/* text */.Qq)(record.region, NAME_CHARS)]);
    return (0,markdown/* table */.tp)(['Status', `${icon(status)} ${(0,markdown/* text */.Qq)(status || 'not started')}`], rows);
}
function sourceLine(record) {
    const what = { pipeline: 'pipeline', recipe: 'recipe', attach: 'image', promote: 'image' }[record.mode];
    return `EC2 Image Builder ${what} ${(0,markdown/* code */.aY)(record.source, NAME_CHARS)}`;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * One comment per build on a pull request, kept current: found again by its marker, updated in
 * place, created only when absent. Comments of anyone else (and ones that merely quote the marker)
 * are never touched: only a body whose first line is exactly the marker counts.
 */

async function upsertStickyComment(comments, key, body) {
    const existing = (await comments.list()).find((comment) => isCommentFor(comment.body ?? '', key));
    if (existing) {
        await comments.update(existing.id, body);
        return { kind: 'updated', id: existing.id };
    }
    const created = await comments.create(body);
    return { kind: 'created', id: created.id };
}
/**
 * What to tell the user when GitHub refuses: the token's missing permission for 401, 403 and 404
 * (GitHub answers 404 to a token that may not see a private repository's pull request), and the
 * error otherwise. Never a reason to fail the step.
 */
function commentFailureMessage(error, pullRequest) {
    const status = statusOf(error);
    const what = `The pull-request comment on #${pullRequest} was not written`;
    if (status === 401 || status === 403 || status === 404) {
        return `${what}: GitHub answered HTTP ${status}. The token needs permission to write pull requests: add \`permissions: pull-requests: write\` to the job (a pull request from a fork gets a read-only token; there, leave pr-comment off). The build itself is unaffected.`;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return `${what} (the build itself is unaffected): ${status ? `HTTP ${status}: ` : ''}${reason}`;
}
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/github/pull-request-comment.ts
/**
 * Writes the build's comment on the pull request that triggered the run, when `pr-comment` is on
 * and the event is a pull request. Nothing here runs, and @actions/github is never loaded, on any
 * other event. A comment that cannot be written is one warning: it never fails the step and never
 * hides the build's own result, which is reported before this runs.
 */



const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
async function commentOnPullRequest(record, settings, env) {
    // The event's name alone decides, so other events never load the GitHub client.
    if (!settings || !PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? ''))
        return;
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const { context } = github;
    const pullRequest = context.payload.pull_request?.number;
    if (typeof pullRequest !== 'number') {
        core.warning(`No pull-request comment: the ${context.eventName} event's payload names no pull request.`);
        return;
    }
    const octokit = github.getOctokit(settings.token);
    const target = { ...context.repo, issue_number: pullRequest };
    const comments = {
        list: () => octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 }),
        create: async (body) => (await octokit.rest.issues.createComment({ ...target, body })).data,
        update: async (id, body) => (await octokit.rest.issues.updateComment({ ...context.repo, comment_id: id, body })).data
    };
    try {
        const body = renderPullRequestComment(record, runUrl(context));
        const result = await upsertStickyComment(comments, commentKey(record), body);
        core.info(`${result.kind === 'created' ? 'Commented on' : 'Updated the comment on'} pull request #${pullRequest}.`);
    }
    catch (error) {
        core.warning(commentFailureMessage(error, pullRequest));
    }
}
/** The run's page, only from values of the expected shape: the comment's one link of its own. */
function runUrl(context) {
    const { serverUrl, repo, runId } = context;
    const wellFormed = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(serverUrl) &&
        /^[A-Za-z0-9_.-]+$/.test(repo.owner) &&
        /^[A-Za-z0-9_.-]+$/.test(repo.repo) &&
        Number.isSafeInteger(runId) &&
        runId > 0;
    return wellFormed ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined;
}

;// CONCATENATED MODULE: ./src/report/keep-record.ts
/**
 * Where what the stages hand over goes: into the record (`recordEvent`, its only writer), and, for
 * what the start stage decided (the plan, the promotion, an earlier image passed over), into the
 * job log as the lines that say it. The watch's events reach the job log through `JobLog`.
 */




function keepRecord(record, out) {
    return (event) => {
        (0,domain_record/* recordEvent */.yM)(record, event);
        const lines = linesOf(event);
        if (lines.length > 0)
            out.write(lines);
    };
}
function linesOf(event) {
    switch (event.type) {
        case 'plan':
            return (0,plan_report/* planLines */.HN)(event.plan);
        case 'promotion':
            return (0,promotion_report/* promotionLines */.Bm)(event.plan);
        case 'passed-over':
            return [passedOverLine(event.image)];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/domain/stop-waiting.ts
/**
 * Node fires a timer of more than 2^31-1 ms (about 24.8 days) after 1 ms instead; longer timeouts
 * wait in spans no longer than this.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
class StopWaiting {
    signals;
    clock;
    controller = new AbortController();
    timer;
    reason;
    /** When the action stopped waiting, by the clock it was given. */
    stoppedAt;
    constructor(signals, timeoutMinutes, stepStartedAt, clock) {
        this.signals = signals;
        this.clock = clock;
        this.signals.on('SIGINT', this.onSignal);
        this.signals.on('SIGTERM', this.onSignal);
        if (timeoutMinutes > 0)
            this.stopAt(stepStartedAt.getTime() + timeoutMinutes * 60_000);
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
    /** Arms the timer for the timeout, again and again while it lies beyond the longest timer. */
    stopAt(time) {
        const remaining = time - this.clock.now().getTime();
        if (remaining <= 0) {
            this.stop('timeout');
            return;
        }
        this.timer = setTimeout(() => this.stopAt(time), Math.min(remaining, LONGEST_TIMER_MS));
    }
    stop(reason) {
        if (this.controller.signal.aborted)
            return;
        this.reason = reason;
        this.stoppedAt = this.clock.now();
        this.controller.abort(reason);
    }
}

;// CONCATENATED MODULE: ./src/build-step.ts
/**
 * The step once its inputs are valid: run the build, then report on every way out, so the
 * outputs and the job summary are there after success, failure, cancellation, timeout, expired
 * credentials and `wait: false` alike. `main` loads this module only after validation.
 */











async function runBuildStep(parsed, runtime, stepStartedAt) {
    try {
        await runAndReport(parsed, runtime, stepStartedAt);
    }
    finally {
        // Last of all: the post step finds it and knows this step was not killed halfway.
        (0,state/* saveFinished */.Q8)();
    }
}
async function runAndReport({ inputs, warnings }, runtime, stepStartedAt) {
    warnings.forEach((message) => core.warning(message));
    (0,state/* saveRunSettings */.g$)(inputs);
    const record = (0,domain_record/* newBuildRecord */.Mk)(inputs, stepStartedAt);
    const out = new UntrustedWriter();
    const learn = keepRecord(record, out);
    const stop = new StopWaiting(runtime.signals, inputs.timeoutMinutes, stepStartedAt, runtime.clock);
    const clients = createAwsClients(inputs.region);
    const context = { inputs, clients, learn, clock: runtime.clock, stop, env: runtime.env, out };
    // Every way out of the run is an ending: a throw is turned into one here, once.
    const ending = await runBuild(context).catch((error) => endingOfError(error, record, stop));
    stop.dispose();
    learn({ type: 'ended', ending, at: runtime.clock.now() });
    await publish(record, inputs.summary, runtime.clock.now(), runtime.env);
    await clients.destroy();
    // After the outputs, the summary and the result: a comment that fails hides none of them.
    await commentOnPullRequest(record, inputs.pullRequestComment, runtime.env);
}


/***/ }),

/***/ 2216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ clientToken),
/* harmony export */   ow: () => (/* binding */ tokenFrom),
/* harmony export */   yl: () => (/* binding */ invocationId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9011);
/* harmony import */ var _inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9066);
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
/**
 * A token for one call of this invocation (`purpose`: 'start', 'cancel', …). Only the inputs the
 * user gave count, so the runner (which passes every default) and a hand run that passes only what
 * the user wrote agree on it.
 */
function clientToken(purpose, env) {
    // Outside a workflow run nothing identifies the invocation: never reuse an earlier build.
    const outsideRun = env.GITHUB_RUN_ID ? [] : [(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()];
    return tokenFrom([purpose, ...invocationParts(env, CONTEXT_VARIABLES), ...outsideRun]);
}
/**
 * What every attempt of this step of this run shares, when it has the same inputs: the one value
 * that finds the build an earlier attempt started (retry-on-rerun). Undefined outside a run.
 */
function invocationId(env) {
    if (!env.GITHUB_RUN_ID)
        return undefined;
    const everyAttempt = CONTEXT_VARIABLES.filter((name) => name !== 'GITHUB_RUN_ATTEMPT');
    return tokenFrom(['invocation', ...invocationParts(env, everyAttempt)]);
}
function invocationParts(env, variables) {
    const context = variables.map((name) => `${name}=${env[name] ?? ''}`);
    const read = (0,_inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .withDefaults */ .rO)((0,_inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentReader */ .DJ)(env));
    const inputs = Object.keys(_inputs_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ)
        // The token changes with every job and says nothing about what is built.
        .filter((name) => name !== 'github-token')
        .filter((0,_inputs_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .givenBy */ .ny)(read))
        .map((name) => `${name}=${read(name)}`);
    return [...context, ...inputs];
}
/**
 * A 36-character token that only these parts produce: a SHA-256 digest shaped as an RFC 9562
 * version 8 UUID. 36 characters, because some Image Builder documentation (the China partition,
 * the CLI reference) still caps client tokens there; 122 bits of the digest keep collisions out
 * of reach.
 */
function tokenFrom(parts) {
    // JSON keeps the parts apart: ['a,b'] and ['a', 'b'] digest differently.
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest();
    const bytes = digest.subarray(0, 16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return [
        hex.slice(0, 8),
        hex.slice(8, 12),
        hex.slice(12, 16),
        hex.slice(16, 20),
        hex.slice(20, 32)
    ].join('-');
}


/***/ }),

/***/ 3101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ provenanceTags),
/* harmony export */   d: () => (/* binding */ invocationTag)
/* harmony export */ });
/* harmony import */ var _client_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2216);
/* harmony import */ var _domain_action_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(428);
/**
 * Where a build came from, as tags on the image and its AMIs: the repository, the commit and the
 * workflow run, so an AMI found in an account months later leads back to what made it. Read from
 * the runner's default variables (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_RUN_ID, ...), the same
 * ones @actions/github's context reads.
 */


/** Empty outside a workflow run (a hand run or the demo), where there is nothing to point at. */
function provenanceTags(env) {
    const repository = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (!repository || !runId)
        return {};
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
    const attempt = Number.isNaN(runAttempt) ? '' : `/attempts/${String(runAttempt)}`;
    const tags = {
        'github:repository': repository,
        'github:run-url': `${serverUrl}/${repository}/actions/runs/${runId}${attempt}`
    };
    if (env.GITHUB_SHA)
        tags['github:sha'] = env.GITHUB_SHA;
    return tags;
}
/** Names the invocation on the image, so that a re-run attempt can find it (retry-on-rerun). */
function invocationTag(env) {
    const id = (0,_client_token_js__WEBPACK_IMPORTED_MODULE_0__/* .invocationId */ .yl)(env);
    return id === undefined ? {} : { [_domain_action_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .INVOCATION_TAG */ .QV]: id };
}


/***/ }),

/***/ 4127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ startRetryNotice)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/**
 * A line in the job log for each retry of a start call, as it begins: an unreachable
 * endpoint or a throttled start would otherwise leave the log silent for a minute or more.
 */

function startRetryNotice(out, call, region, env) {
    const endpoint = env.AWS_ENDPOINT_URL_IMAGEBUILDER || env.AWS_ENDPOINT_URL;
    const where = endpoint ? `Image Builder at ${endpoint} (${region})` : `Image Builder in ${region}`;
    return ({ error, retry, maxRetries, delayMs }) => {
        out.write([
            `${call} to ${where} failed (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); retry ${String(retry)} of ${String(maxRetries)} after ${(delayMs / 1000).toFixed(1)} s.`
        ]);
    };
}


/***/ })

};
