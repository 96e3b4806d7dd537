export const id = 332;
export const ids = [332];
export const modules = {

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: handleOrphanedBuild

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
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
    return lib_core.isDebug() ? lib_core.debug : noDebug;
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
            const metadata = { httpStatusCode: httpStatus(error), ...metadataOf(error) };
            debug(callLine(operation, region, metadata, now() - started, errorName(error)));
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

;// CONCATENATED MODULE: ./src/aws/retry.ts
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
    command.middlewareStack.use(getRetryPlugin({
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
        ? new AdaptiveRetryStrategy(patience.maxAttempts, options)
        : new StandardRetryStrategy(options);
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
            if (isThrottling(error) && typeof error === 'object' && error !== null) {
                Object.assign(error, { $retryable: { throttling: true } });
            }
            throw error;
        }
    };
}

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
    teachThrottling(client);
    traceCalls(client, region);
    return client;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/inputs/defaults.ts
/**
 * Every input of action.yml with its default. The runner passes defaults as if they were given and
 * a hand run passes nothing for them, so "given" means "differs from this default" (see
 * reader.ts); a test keeps this table equal to action.yml.
 */
const INPUT_DEFAULTS = {
    'pipeline-arn': '',
    'image-arn': '',
    name: '',
    version: '',
    'parent-image': '',
    components: '',
    platform: '',
    'instance-types': '',
    'instance-profile': 'EC2InstanceProfileForImageBuilder',
    'subnet-id': '',
    'security-group-ids': '',
    'instance-metadata-tokens': 'required',
    'sns-topic': '',
    'keep-instance-on-failure': 'false',
    'key-pair': '',
    'root-volume-size': '',
    'distribution-regions': '',
    'ami-name': '',
    'ami-tags': '',
    'share-with': '',
    'kms-key': '',
    'license-configurations': '',
    'deprecate-after': '',
    'target-accounts': '',
    tags: '',
    'image-tests': 'true',
    'image-scanning': 'false',
    'skip-if-unchanged': 'false',
    'dry-run': 'false',
    'ssm-parameter': '',
    'launch-templates': '',
    'execution-role': '',
    'promote-image': '',
    retry: 'false',
    'retry-on-rerun': 'false',
    'image-type': 'ami',
    'container-repository': '',
    dockerfile: '',
    'container-tags': '',
    wait: 'true',
    'timeout-minutes': '0',
    'cancel-on-abort': 'true',
    'poll-interval-seconds': '30',
    'stream-logs': 'true',
    summary: 'true',
    'pr-comment': 'false',
    'github-token': '${{ github.token }}',
    region: ''
};
/**
 * Inputs that only recipe mode uses: giving one with pipeline-arn or image-arn is an error, since
 * the pipeline's configuration or the existing build decides them and the action could not.
 */
const RECIPE_ONLY_INPUTS = (/* unused pure expression or super */ null && ([
    'parent-image',
    'components',
    'version',
    'platform',
    'instance-types',
    'instance-profile',
    'image-tests',
    'image-scanning',
    'subnet-id',
    'security-group-ids',
    'instance-metadata-tokens',
    'sns-topic',
    'keep-instance-on-failure',
    'key-pair',
    'root-volume-size',
    'distribution-regions',
    'ami-name',
    'share-with',
    'kms-key',
    'license-configurations',
    'deprecate-after',
    'target-accounts',
    'skip-if-unchanged',
    'dry-run',
    'ssm-parameter',
    'launch-templates',
    'execution-role',
    'image-type',
    'container-repository',
    'dockerfile',
    'container-tags'
]));
/** Inputs that only an AMI recipe uses: giving one with `image-type: container` is an error. */
const AMI_ONLY_INPUTS = (/* unused pure expression or super */ null && ([
    'ami-name',
    'ami-tags',
    'share-with',
    'kms-key',
    'license-configurations',
    'deprecate-after',
    'target-accounts',
    'launch-templates',
    'root-volume-size',
    'ssm-parameter'
]));
/** Inputs that only a container recipe uses: giving one with `image-type: ami` is an error. */
const CONTAINER_ONLY_INPUTS = (/* unused pure expression or super */ null && ([
    'container-repository',
    'dockerfile',
    'container-tags'
]));
/** The recipe inputs that promote mode uses too: where and how the image is distributed. */
const PROMOTE_INPUTS = (/* unused pure expression or super */ null && ([
    'distribution-regions',
    'share-with',
    'kms-key',
    'license-configurations',
    'deprecate-after',
    'target-accounts',
    'ami-tags',
    'ssm-parameter',
    'launch-templates',
    'execution-role',
    'dry-run'
]));

;// CONCATENATED MODULE: ./src/inputs/reader.ts
/**
 * Reading raw inputs. GitHub's runner passes every input of action.yml, filling in defaults; a hand
 * run or a local runner passes only what the user wrote. Both must mean the same thing, so an
 * absent input (or an empty one, as `${{ inputs.x }}` gives for an unset workflow input) takes its
 * action.yml default, and "given" means "differs from that default".
 */

/** Reads `INPUT_<NAME>` as the runner sets it (the name upper-cased, hyphens kept). */
function environmentReader(env) {
    return (name) => env[`INPUT_${name.toUpperCase()}`]?.trim();
}
function withDefaults(raw) {
    return (name) => {
        const value = raw(name);
        return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
    };
}
/** Whether the user chose a value: an input left at (or absent for) its default is not given. */
function givenBy(read) {
    return (name) => read(name) !== INPUT_DEFAULTS[name];
}

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
/**
 * A token for one call of this invocation (`purpose`: 'start', 'cancel', …). Only the inputs the
 * user gave count, so the runner (which passes every default) and a hand run that passes only what
 * the user wrote agree on it.
 */
function client_token_clientToken(purpose, env) {
    // Outside a workflow run nothing identifies the invocation: never reuse an earlier build.
    const outsideRun = env.GITHUB_RUN_ID ? [] : [(0,external_node_crypto_.randomUUID)()];
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
    const read = withDefaults(environmentReader(env));
    const inputs = Object.keys(INPUT_DEFAULTS)
        // The token changes with every job and says nothing about what is built.
        .filter((name) => name !== 'github-token')
        .filter(givenBy(read))
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
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest();
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

;// CONCATENATED MODULE: ./src/domain/clock.ts
/** The real clock; tests pass their own. */
const systemClock = {
    now: () => new Date(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    })
};
/** `2027-03-04 10:00 UTC`: a date and time to the minute, as EC2 keeps a deprecation time. */
function formatMinute(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
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
    constructor(writeLine = lib_core.info, groups = lib_core) {
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

;// CONCATENATED MODULE: ./src/report/job-summary.ts
/** Appends Markdown to the job summary through @actions/core. */

/**
 * A summary that cannot be written (no GITHUB_STEP_SUMMARY, as in a hand run; a full disk) costs a
 * warning, not the step.
 */
async function writeJobSummary(markdown) {
    try {
        await lib_core.summary.addRaw(markdown, true).write();
    }
    catch (error) {
        // A failed write leaves the text in core's buffer; a later summary must not repeat it.
        lib_core.summary.emptyBuffer();
        lib_core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/state.ts
/**
 * What the main step hands its post step through GITHUB_STATE, every key named here once. The
 * runner gives the post step each saved value as `STATE_<key>`. A main step that was killed never
 * saves `finished`, which is how the post step knows it has a build to cancel. The post step's
 * entry (post.ts) reads `STATE_finished` itself, before this module and @actions/core load.
 */

/** Every key the main step saves for its post step through GITHUB_STATE, named once. */
const KEYS = {
    region: 'region',
    cancelOnAbort: 'cancel-on-abort',
    summary: 'summary',
    imageArn: 'image-arn',
    finished: 'finished'
};
/** As soon as the inputs are valid: what the post step needs to act on them. */
function saveRunSettings(settings) {
    core.saveState(KEYS.region, settings.region);
    core.saveState(KEYS.cancelOnAbort, String(settings.cancelOnAbort));
    core.saveState(KEYS.summary, String(settings.summary));
}
/** As soon as the build is known, so a post step can cancel it if the main step is killed. */
function saveImageArn(imageArn) {
    core.saveState(KEYS.imageArn, imageArn);
}
/** The very last thing the main step does (or a step refused at its inputs: nothing to look after). */
function saveFinished() {
    core.saveState(KEYS.finished, 'true');
}
/** Reads the main step's state; `read` is the runner's, or a map in tests. */
function readMainStepState(read = lib_core.getState) {
    return {
        region: read(KEYS.region),
        cancelOnAbort: read(KEYS.cancelOnAbort) !== 'false',
        summary: read(KEYS.summary) !== 'false',
        imageArn: read(KEYS.imageArn),
        finished: read(KEYS.finished) === 'true'
    };
}

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
    for await (const page of paginateListWorkflowExecutions({ client }, { imageBuildVersionArn: imageArn }, { abortSignal: signal })) {
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
    if (!workflows.some((workflow) => isActiveWorkflow(workflow.status)))
        return undefined;
    const refreshed = [];
    let ending = false;
    for (const workflow of workflows) {
        if (!isActiveWorkflow(workflow.status)) {
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
const STEPS_STILL_TO_RUN = (/* unused pure expression or super */ null && (['PENDING', 'RUNNING']));
/** A step in these ends its workflow early (later steps stay PENDING, or run as clean-up). */
const STEPS_ENDING_A_WORKFLOW = (/* unused pure expression or super */ null && (['FAILED', 'CANCELLED']));
async function fetchSteps(client, workflowExecutionId, signal) {
    const steps = [];
    for await (const page of paginateListWorkflowStepExecutions({ client }, { workflowExecutionId }, { abortSignal: signal })) {
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

;// CONCATENATED MODULE: ./src/domain/build.ts
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
const ACTIVE_WORKFLOW_STATUSES = (/* unused pure expression or super */ null && ([
    'PENDING',
    'RUNNING',
    'ROLLBACK_IN_PROGRESS'
]));
/** A workflow that has not ended yet (its steps can still change). */
function build_isActiveWorkflow(status) {
    return ACTIVE_WORKFLOW_STATUSES.includes(status);
}
/**
 * The workflow runs that stand: when RetryImage ran a stage again, the earlier runs of that stage
 * are history, and only the retried one says how the stage went.
 */
function currentWorkflows(workflows) {
    return workflows.filter((workflow, index) => !workflows.some((later, laterIndex) => laterIndex > index && later.type === workflow.type && later.retried));
}
/**
 * The instance a LaunchInstance step started, from its outputs (`{"instanceId": "i-…"}`); none
 * when the outputs name none. Text from AWS: a caller that puts it into a command checks its shape.
 */
function build_launchedInstanceId(step) {
    try {
        const outputs = JSON.parse(step.outputs ?? '');
        if (typeof outputs !== 'object' || outputs === null || !('instanceId' in outputs))
            return undefined;
        const id = outputs.instanceId;
        return typeof id === 'string' && id !== '' ? id : undefined;
    }
    catch {
        return undefined;
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
function cancel_cancelBudget(clock, from = clock.now()) {
    return {
        request: Deadline.after(CANCEL_REQUEST_MS, clock, from),
        confirm: Deadline.after(CANCEL_CONFIRM_MS, clock, from)
    };
}
const CONFIRM_POLL_MS = 1_000;
/** A read started with less time than this left would be closed before GetImage answers. */
const LAST_READ_MS = 250;
async function cancel_cancelBuild(client, imageArn, clientToken, clock, budget) {
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
        const why = isExpiredCredentials(error) ? 'credentials-expired' : 'error';
        return { why, error: describeError(error) };
    }
}
/**
 * The build's last status; with `untilFinal`, read about every second until it is final or the
 * deadline leaves no time for another read.
 */
async function readBuild(client, imageArn, clock, deadline, untilFinal) {
    let image = await fetchImageWithin(client, imageArn, deadline);
    while (untilFinal && !(image && isFinal(image.status))) {
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
        return await fetchImage(client, imageArn, deadline.signal());
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
    const result = await cancelBuild(clients.imagebuilder, imageArn, clientToken('cancel', context.env), clock, cancelBudget(clock, stop.stoppedAt));
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
function next_steps_nextStep(texts, componentFailed) {
    const joined = texts.filter(Boolean).join('\n');
    const remedy = REMEDIES.find(({ pattern, withoutComponent }) => !(withoutComponent && componentFailed) && pattern.test(joined));
    return remedy?.advice ?? (componentFailed ? COMPONENT_ADVICE : undefined);
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
function cause_causeOf(record) {
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
function cause_printedLabel(printed, lead) {
    return `${lead} (last ${printed.length} ${printed.length === 1 ? 'line' : 'lines'}):`;
}
/** The last of `lines` that fit PRINTED_LINES_SHOWN, PRINTED_LINE_CHARS and PRINTED_CHARS_SHOWN. */
function shownLines(lines) {
    const shown = [];
    let chars = 0;
    for (const line of lines.toReversed()) {
        const clipped = clip(line, PRINTED_LINE_CHARS);
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
    const instanceId = launch && launchedInstanceId(launch);
    // Text from AWS: only an instance ID is put into a command for the reader to run.
    return terminated || instanceId === undefined || !INSTANCE_ID.test(instanceId)
        ? undefined
        : { instanceId, region: record.plan.region };
}
/** What the reader needs about a kept instance: where it is, how to reach it, that it costs. */
function cause_keptInstanceSentence({ instanceId, region }) {
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

;// CONCATENATED MODULE: ./src/report/stop-wording.ts
/** Opens a sentence of an error message: `The timeout passed` / `The workflow run was cancelled`. */
function stoppedSentence(reason) {
    return reason === 'timeout' ? 'The timeout passed' : 'The workflow run was cancelled';
}
/** Opens the error annotation; a timeout also says what it came before. */
function stop_wording_stoppedAnnotation(reason) {
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

;// CONCATENATED MODULE: ./src/report/failure.ts




/** GitHub shows an annotation in a narrow box; the summary holds the rest. */
const ANNOTATION_MAX_CHARS = 2_000;
/** The error in the annotation's first sentence; the summary gives it at length. */
const ERROR_CHARS = 400;
const CUT_NOTE = ' … (cut; the job summary has the rest)';
/** The error annotation for the step, or undefined when the step succeeds. */
function failureOf(record) {
    const message = unboundedFailure(record);
    return message === undefined ? undefined : clip(message, ANNOTATION_MAX_CHARS, CUT_NOTE);
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
            if (image && isFinal(image.status))
                return `${build} was left alone (${CANCEL_NOT_REQUESTED}); it had ended (${status}).`;
            return `${build} keeps running (${CANCEL_NOT_REQUESTED}).`;
        }
        case 'failed': {
            const cancel = `the cancel of ${build} ${cancelFailed(ending.failure)}`;
            const image = record.snapshot?.image;
            if (image && isFinal(image.status))
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
        sentence(`${whereItFailed(cause)}${cause.error ? `: ${clip(oneLine(cause.error), ERROR_CHARS)}` : ''}`)
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
        const regions = regionFailures.map((failure) => failure_regionFailure(failure, cause.error));
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
function failure_regionFailure(failure, saidError) {
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

;// CONCATENATED MODULE: ./src/report/clip.ts
/** Bounds text that came from AWS or the build, saying where it was cut. */
/**
 * `value` if it has at most `max` characters, else its start and `note`, `max` characters in all.
 * Never splits a surrogate pair, so the result is valid UTF-16 (and UTF-8 when written).
 */
function clip_clip(value, max, note = ' … (cut)') {
    if (value.length <= max)
        return value;
    let end = Math.max(0, max - note.length);
    const last = value.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${value.slice(0, end)}${note}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown building blocks for the job summary. Every string from AWS or the build goes through
 * `text()`, `code()` or `preformatted()`, which turn markup characters into entities, so nothing
 * it carries can become a link, an image, HTML or a broken table; and which put an invisible word
 * joiner into what GitHub would turn into a link or a mention after rendering (`www.`, `://`,
 * `@`), since those filters see the decoded text, where entities no longer help.
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
/** U+2060 WORD JOINER: zero width, not a word character, so no autolink or mention spans it. */
const JOINER = '\u2060';
const AUTOLINK_STARTS = /(@)|(www)(\.)|(:)(\/\/)/gi;
/** Untrusted text for a paragraph or a table cell; line breaks become `<br>`. */
function markdown_text(value, maxChars = Infinity) {
    return inert(clip_clip(value, maxChars)).replace(/\r\n|\r|\n/g, '<br>');
}
/** Untrusted text shown as code (ARNs, IDs). */
function code(value, maxChars = Infinity) {
    return `<code>${markdown_text(value, maxChars)}</code>`;
}
/**
 * Untrusted lines as a preformatted block: an HTML block that only a `</pre>` ends (CommonMark's
 * first kind), and the text cannot hold one. Line breaks inside a line become lines of their own,
 * so a caller that prefixes every line (a blockquote) reaches them all.
 */
function preformatted(lines, maxLineChars) {
    const body = lines
        .flatMap((line) => clip(line, maxLineChars).split(/\r\n|\r|\n/))
        .map(inert)
        .join('\n');
    return `<pre>${body}</pre>`;
}
/** A link of the action's own: label and URL are built from values checked against their patterns. */
function markdown_link(label, url) {
    return `[${label}](${url})`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** Entities for markup characters, joiners in autolink and mention starts; line breaks kept. */
function inert(value) {
    return value
        .replace(AUTOLINK_STARTS, (match, at, www, dot, colon) => at ? `@${JOINER}` : www ? `${www}${JOINER}${dot ?? ''}` : `${colon ?? ''}${JOINER}//`)
        .replace(MARKUP, (character) => ENTITIES[character] ?? character);
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

;// CONCATENATED MODULE: ./src/post/orphan-report.ts






function orphanMessage(report) {
    const snapshot = report.image && { image: report.image, workflows: [] };
    const sentence = cancelSentence({ imageArn: report.imageArn, snapshot }, report.outcome);
    return `The main step did not finish (${STOPPED_UNSEEN}): ${sentence}`;
}
/** Whether the build may still be running: the reader has to look, or act. */
function mayStillRun(report) {
    return !(report.image && isFinal(report.image.status));
}
function orphanSummary(report) {
    const rows = [
        ['Cancel', markdown_text(cancelRow(report))],
        ['Image ARN', code(report.imageArn)],
        ['Region', markdown_text(report.region)]
    ];
    const facts = table(['Status', statusCell(report)], rows);
    const parts = [`## ${headline(report)}`, facts, markdown_text(orphanMessage(report))];
    if (report.outcome.cancel !== 'confirmed' && mayStillRun(report))
        parts.push(`Check it with ${code(`aws imagebuilder get-image --image-build-version-arn ${report.imageArn} --region ${report.region} --query image.state`)}`);
    return `${parts.join('\n\n')}\n`;
}
function headline(report) {
    const status = report.image?.status;
    const shown = markdown_text(status ?? 'unknown');
    const ended = status !== undefined && isFinal(status);
    switch (report.outcome.cancel) {
        case 'confirmed':
            return '🚫 The post step cancelled the image build, and Image Builder confirmed it: CANCELLED';
        case 'unconfirmed':
            return `⏳ Image Builder accepted the post step's cancel but had not confirmed it yet (${shown})`;
        case 'failed':
            return ended
                ? `${icon(status)} The image build had already ended (${shown}) when the post step tried to cancel it`
                : `⚠️ The post step could not cancel the image build, and it may still be running (${shown})`;
        case 'not-requested':
            return ended
                ? `${icon(status)} The image build had ended (${shown}); ${CANCEL_NOT_REQUESTED}, so the post step left it alone`
                : `🔄 The image build keeps running (${shown}), because ${CANCEL_NOT_REQUESTED}`;
    }
}
function statusCell(report) {
    if (!report.image)
        return 'unknown: Image Builder did not answer the post step';
    const seen = report.seenAt ? ` (read ${formatClock(report.seenAt)} UTC)` : '';
    return `${icon(report.image.status)} ${markdown_text(report.image.status)}${seen}`;
}
function cancelRow(report) {
    const { outcome } = report;
    switch (outcome.cancel) {
        case 'confirmed':
            return 'sent by the post step; Image Builder shows the build CANCELLED';
        case 'unconfirmed': {
            const within = report.confirmMs === undefined ? '' : ` within ${Math.round(report.confirmMs / 1000)} s`;
            return `accepted by Image Builder; not seen CANCELLED${within}`;
        }
        case 'failed':
            return `not accepted: the cancel ${cancelFailed(outcome.failure)}`;
        case 'not-requested':
            return `not sent (${CANCEL_NOT_REQUESTED})`;
    }
}

;// CONCATENATED MODULE: ./src/post/run-post.ts
/**
 * The post step, which the runner runs after the main step however that ended. When the main step
 * finished it does nothing. When it was killed before its end (the runner kills it 10 s after a
 * cancel; a crash), the build it started or followed may still run: cancel it, unless
 * cancel-on-abort is false, within the same budget the main step has after a stop, and say so in
 * the log, an annotation and the job summary (a post step cannot set outputs).
 */










async function handleOrphanedBuild(runtime) {
    const { state, out } = runtime;
    if (state.finished)
        return { kind: 'main-step-finished' };
    if (!state.imageArn)
        return { kind: 'no-build' };
    const { imageArn, region } = state;
    const client = runtime.imagebuilder(region);
    try {
        const budget = cancel_cancelBudget(runtime.clock);
        if (!state.cancelOnAbort) {
            // Not cancelling is no reason to say less: the summary gives the status Image Builder reports.
            const image = await fetchImageWithin(client, imageArn, budget.confirm);
            const outcome = { cancel: 'not-requested' };
            return { kind: 'orphaned-build', imageArn, region, outcome, ...seen(image, runtime.clock) };
        }
        out.write([`The main step did not finish: cancelling image build ${imageArn}`]);
        const result = await cancel_cancelBuild(client, imageArn, client_token_clientToken('cancel', runtime.env), runtime.clock, budget);
        return {
            kind: 'orphaned-build',
            imageArn,
            region,
            outcome: cancelOutcome(result),
            confirmMs: CANCEL_CONFIRM_MS,
            ...seen(result.image, runtime.clock)
        };
    }
    finally {
        client.destroy();
    }
}
function seen(image, clock) {
    return image ? { image, seenAt: clock.now() } : {};
}
async function runPost(runtime = {
    state: readMainStepState(),
    env: process.env,
    clock: systemClock,
    imagebuilder: createImagebuilderClient,
    out: new UntrustedWriter()
}) {
    const outcome = await handleOrphanedBuild(runtime);
    switch (outcome.kind) {
        case 'main-step-finished':
            return;
        case 'no-build':
            lib_core.info('The main step did not finish, and no build was known to it: nothing to cancel.');
            return;
        case 'orphaned-build':
            await report(outcome, runtime);
    }
}
async function report(orphan, runtime) {
    const message = orphanMessage(orphan);
    if (runtime.state.summary)
        await writeJobSummary(orphanSummary(orphan));
    // The annotation is also the log's line. A build that may still run after a failed cancel needs
    // the reader to act; one that stopped, or was meant to keep running, is worth a note.
    if (orphan.outcome.cancel === 'failed' && mayStillRun(orphan))
        lib_core.setFailed(message);
    else
        lib_core.warning(message);
}


/***/ })

};
