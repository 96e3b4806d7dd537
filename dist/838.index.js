export const id = 838;
export const ids = [838];
export const modules = {

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retryAttached: () => (/* binding */ retryAttached),
/* harmony export */   retryEarlierAttempt: () => (/* binding */ retryEarlierAttempt)
/* harmony export */ });
/* unused harmony exports stoppedIn, keptPhases */
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
/* harmony import */ var _client_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2216);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(241);
/* harmony import */ var _aws_image_build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2771);
/* harmony import */ var _domain_build_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4776);
/* harmony import */ var _domain_action_tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(428);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3101);
/**
 * Retrying a build in place (RetryImage): `retry` on the build image-arn names, and
 * `retry-on-rerun` on the build an earlier attempt of this step started, found by the invocation
 * tag. A FAILED or CANCELLED AMI build goes back to the stage where it stopped under the same ARN;
 * the phases that completed are kept. What happened is recorded for the summary.
 */









/** Where a retry resumes: the stages after the build phase. */
const RESUMABLE = ['TESTING', 'DISTRIBUTING', 'INTEGRATING'];
const PHASE_OF_WORKFLOW = { BUILD: 'build', TEST: 'test' };
/** `retry: true`: retries the build when it is FAILED or CANCELLED; follows it either way. */
async function retryAttached(context) {
    const { imageArn } = context.inputs;
    const snapshot = await look(context, imageArn);
    if (snapshot.image.type === 'DOCKER') {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('retry', `${imageArn} is a container build; RetryImage retries AMI builds only`);
    }
    const { status } = snapshot.image;
    if (status !== 'FAILED' && status !== 'CANCELLED') {
        report(context, {
            outcome: 'not-retried',
            imageArn,
            kept: [],
            why: `the build is ${status}, not FAILED or CANCELLED: followed as it is, without a retry`
        });
        return { kind: 'attached', imageArn };
    }
    await retryImage(context, snapshot);
    return { kind: 'retried', imageArn };
}
/**
 * `retry-on-rerun`: on a re-run attempt, the build an earlier attempt of this step left failed in
 * test, distribution or integration is retried; undefined when there is none (build anew).
 */
async function retryEarlierAttempt(context) {
    const attempt = Number.parseInt(context.env.GITHUB_RUN_ATTEMPT ?? '', 10);
    const invocation = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .invocationTag */ .d)(context.env)[_domain_action_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .INVOCATION_TAG */ .QV];
    if (!(attempt > 1) || invocation === undefined)
        return undefined;
    const earlier = await earlierBuild(context, invocation);
    if (earlier === undefined) {
        report(context, {
            outcome: 'built-anew',
            kept: [],
            why: `no build of an earlier attempt of this step was found: building anew`
        });
        return undefined;
    }
    const snapshot = await look(context, earlier);
    const { status } = snapshot.image;
    const stage = stoppedIn(snapshot);
    if ((status !== 'FAILED' && status !== 'CANCELLED') || !RESUMABLE.includes(stage)) {
        report(context, {
            outcome: 'built-anew',
            imageArn: earlier,
            kept: [],
            why: status === 'FAILED' || status === 'CANCELLED'
                ? `the earlier attempt's build ${status === 'FAILED' ? 'failed' : 'was cancelled'} in ${stage}, before its build phase completed: building anew`
                : `the earlier attempt's build is ${status}, not failed in test or distribution: building anew`
        });
        return undefined;
    }
    await retryImage(context, snapshot);
    return { kind: 'retried', imageArn: earlier };
}
async function retryImage(context, snapshot) {
    const { arn } = snapshot.image;
    const command = (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withStartPatience */ .Uv)(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__.RetryImageCommand({
        imageBuildVersionArn: arn,
        clientToken: (0,_client_token_js__WEBPACK_IMPORTED_MODULE_2__/* .clientToken */ .$Y)(`retry-image ${arn}`, context.env)
    }), (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .startPatienceFrom */ .kL)(context.env));
    try {
        await context.clients.imagebuilder.send(command, { abortSignal: context.stop.signal });
    }
    catch (error) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rethrowIfExpired */ .UL)(error);
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StartError */ .D(`Could not retry ${arn}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
    }
    report(context, {
        outcome: 'retried',
        imageArn: arn,
        kept: keptPhases(snapshot),
        resumesAt: stoppedIn(snapshot),
        why: `the build was ${snapshot.image.status} in ${stoppedIn(snapshot)}`
    });
    await untilResumed(context, arn);
}
/** Reads of the image before the watch begins, while it still shows the status it had. */
const RESUME_READS = 10;
/**
 * RetryImage answers before every read shows the build running again; a watch that began on the
 * old FAILED would end at once. So the image is read (a few times, a poll interval apart) until
 * its status has left the final ones.
 */
async function untilResumed(context, imageArn) {
    const { signal } = context.stop;
    for (let read = 0; read < RESUME_READS && !signal.aborted; read++) {
        const image = await (0,_aws_image_build_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchImage */ .aK)(context.clients.imagebuilder, imageArn, signal);
        if (!(0,_domain_build_js__WEBPACK_IMPORTED_MODULE_8__/* .isFinal */ .dR)(image.status))
            return;
        await context.clock.sleep(context.inputs.pollIntervalSeconds * 1000, signal);
    }
    context.learn({
        type: 'notice',
        text: `Image Builder accepted the retry of ${imageArn}, but the build still showed a final status after ${RESUME_READS} reads.`
    });
}
function report(context, retry) {
    context.learn({ type: 'retry', retry });
    const lines = {
        retried: `Retrying ${retry.imageArn ?? ''} in place from ${retry.resumesAt ?? ''} (${retry.why}); kept: ${retry.kept.join(', ') || 'nothing'}`,
        'not-retried': `Not retrying ${retry.imageArn ?? ''}: ${retry.why}`,
        'built-anew': `Not retrying${retry.imageArn ? ` ${retry.imageArn}` : ''}: ${retry.why}`
    };
    context.out.write([lines[retry.outcome]]);
}
function look(context, imageArn) {
    return (0,_aws_image_build_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchSnapshot */ .b8)(context.clients.imagebuilder, imageArn, undefined, context.stop.signal);
}
/** The stage a build stopped in: Image Builder's failure context, else what its workflows show. */
function stoppedIn(snapshot) {
    const fromContext = snapshot.image.failureContext?.imageStatus;
    if (fromContext)
        return fromContext;
    const completed = new Set((0,_domain_build_js__WEBPACK_IMPORTED_MODULE_8__/* .currentWorkflows */ .gB)(snapshot.workflows)
        .filter((workflow) => workflow.status === 'COMPLETED')
        .map((workflow) => workflow.type));
    if (!completed.has('BUILD'))
        return 'BUILDING';
    if (snapshot.image.testsEnabled && !completed.has('TEST'))
        return 'TESTING';
    return 'DISTRIBUTING';
}
/** The phases whose workflows completed: what a retry does not run again. */
function keptPhases(snapshot) {
    return (0,_domain_build_js__WEBPACK_IMPORTED_MODULE_8__/* .currentWorkflows */ .gB)(snapshot.workflows)
        .filter((workflow) => workflow.status === 'COMPLETED')
        .flatMap((workflow) => PHASE_OF_WORKFLOW[workflow.type] ?? []);
}
/** The newest image this invocation tagged: the pipeline's images, or the recipe's builds. */
async function earlierBuild(context, invocation) {
    const client = context.clients.imagebuilder;
    const pages = imageSummaries(client, context.inputs);
    let newest;
    for await (const summaries of pages) {
        for (const image of summaries) {
            const created = image.dateCreated ?? '';
            if (image.tags?.[_domain_action_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .INVOCATION_TAG */ .QV] !== invocation || !image.arn)
                continue;
            if (!newest || created > newest.created)
                newest = { arn: image.arn, created };
        }
    }
    return newest?.arn;
}
async function* imageSummaries(client, inputs) {
    if (inputs.mode === 'pipeline') {
        const pages = (0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__.paginateListImagePipelineImages)({ client }, { imagePipelineArn: inputs.pipelineArn });
        for await (const page of pages)
            yield page.imageSummaryList ?? [];
        return;
    }
    const pages = (0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__.paginateListImageBuildVersions)({ client }, { filters: [{ name: 'name', values: [inputs.name] }] });
    for await (const page of pages)
        yield page.imageSummaryList ?? [];
}


/***/ })

};
