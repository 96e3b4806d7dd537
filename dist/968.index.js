export const id = 968;
export const ids = [968];
export const modules = {

/***/ 968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  beginPromotion: () => (/* binding */ beginPromotion)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/domain/arns.ts
var arns = __webpack_require__(3198);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/start/retry-notice.ts
var retry_notice = __webpack_require__(4127);
// EXTERNAL MODULE: ./src/client-token.ts
var client_token = __webpack_require__(2216);
// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/aws/image-build.ts + 1 modules
var image_build = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/plan/configurations.ts
var configurations = __webpack_require__(6755);
// EXTERNAL MODULE: ./src/plan/launch-templates.ts
var launch_templates = __webpack_require__(4458);
// EXTERNAL MODULE: ./src/plan/own-account.ts
var own_account = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/plan/public-sharing.ts
var public_sharing = __webpack_require__(1392);
;// CONCATENATED MODULE: ./src/plan/promote.ts
/**
 * Promote mode's plan, made with read-only calls: the image `promote-image` names (a wildcard
 * resolves as GetImage resolves it, to the newest AVAILABLE build), which must be an AVAILABLE AMI
 * image, and the distribution configuration `<image name>-promote` built from the distribution
 * inputs by the same builder recipe mode uses.
 */







const BUILD_DATE = '-{{imagebuilder:buildDate}}';
/** Image Builder's limits: AMI names 127 characters, resource names 128. */
const AMI_NAME_CHARS = 127;
const RESOURCE_NAME_CHARS = 128;
const SUFFIX = '-promote';
async function planPromotion(context) {
    const { inputs, clients } = context;
    const source = await promotedImage(context);
    const name = source.name ?? source.arn.split('/')[1] ?? 'image';
    const { shareWith, targetAccounts } = await (0,own_account/* withoutOwnAccount */.e)(context, inputs);
    await (0,public_sharing/* checkPublicSharing */.U)(context, shareWith, inputs.distributionRegions);
    const [distribution, launchTemplates] = await Promise.all([
        (0,configurations/* planDistribution */.yO)(clients.imagebuilder, `${name.slice(0, RESOURCE_NAME_CHARS - SUFFIX.length)}${SUFFIX}`, {
            ...inputs,
            shareWith,
            targetAccounts,
            amiName: `${name.slice(0, AMI_NAME_CHARS - BUILD_DATE.length)}${BUILD_DATE}`
        }),
        (0,launch_templates/* checkLaunchTemplates */.h)(clients, inputs.launchTemplates, context.stop.signal)
    ]);
    return {
        region: inputs.region,
        source,
        distribution: { ...distribution, launchTemplates, deprecateAfter: inputs.deprecateAfter }
    };
}
async function promotedImage(context) {
    const { promoteImage } = context.inputs;
    let image;
    try {
        image = await (0,image_build/* fetchImage */.aK)(context.clients.imagebuilder, promoteImage, context.stop.signal);
    }
    catch (error) {
        if ((0,errors/* errorName */.Is)(error) !== 'ResourceNotFoundException')
            throw error;
        throw new domain_errors/* InputError */.d('promote-image', `no AVAILABLE image matches ${promoteImage} in ${context.inputs.region}: build one first, or name a build version that exists`);
    }
    if (image.type === 'DOCKER') {
        throw new domain_errors/* InputError */.d('promote-image', `${image.arn} is a container image; promotion distributes AMIs (DistributeImage)`);
    }
    if (image.status !== 'AVAILABLE') {
        throw new domain_errors/* InputError */.d('promote-image', `${image.arn} is ${image.status}, not AVAILABLE: only an image that was built and tested can be promoted`);
    }
    return image;
}

// EXTERNAL MODULE: ./src/start/apply-plan.ts
var apply_plan = __webpack_require__(2734);
// EXTERNAL MODULE: ./src/start/provenance.ts
var provenance = __webpack_require__(3101);
;// CONCATENATED MODULE: ./src/start/promote.ts
/**
 * Promote mode's way to a build: plan (read-only), then stop for a dry run, or create or update
 * the distribution configuration and call DistributeImage, whose new build version the action
 * then follows through DISTRIBUTING like any build.
 */










async function beginPromotion(context) {
    const { inputs, learn, out, clients } = context;
    const plan = await planPromotion(context);
    learn({ type: 'promotion', plan });
    if (inputs.dryRun) {
        out.write(['Dry run: nothing was created, updated or distributed.']);
        return { kind: 'planned' };
    }
    const arn = await (0,apply_plan/* applyDistribution */.fV)({
        client: clients.imagebuilder,
        region: inputs.region,
        tags: inputs.tags,
        report: (line) => out.write([line])
    }, plan.distribution, (0,arns/* parseArn */.Lw)(plan.source.arn)?.accountId);
    (0,apply_plan/* markApplied */.$p)(plan.distribution, arn);
    return { kind: 'started', imageArn: await distributeImage(context, plan), promotion: plan };
}
async function distributeImage(context, plan) {
    const { inputs } = context;
    const command = (0,retry/* withStartPatience */.Uv)(new dist_cjs.DistributeImageCommand({
        sourceImage: plan.source.arn,
        distributionConfigurationArn: plan.distribution.arn,
        executionRole: inputs.executionRole,
        tags: { ...(0,provenance/* provenanceTags */.X)(context.env), ...inputs.tags },
        clientToken: (0,client_token/* clientToken */.$Y)('distribute-image', context.env)
    }), (0,retry/* startPatienceFrom */.kL)(context.env, (0,retry_notice/* startRetryNotice */.$)(context.out, 'DistributeImage', context.inputs.region, context.env)));
    try {
        const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
            abortSignal: context.stop.signal
        });
        if (!imageBuildVersionArn) {
            throw new domain_errors/* StartError */.D('Image Builder distributed nothing: its answer had no image ARN.');
        }
        return imageBuildVersionArn;
    }
    catch (error) {
        (0,errors/* rethrowIfExpired */.UL)(error);
        if (error instanceof domain_errors/* StartError */.D)
            throw error;
        throw new domain_errors/* StartError */.D(`Could not distribute ${plan.source.arn}: ${(0,errors/* describeError */.Uc)(error)}${advice(error, inputs.executionRole)}`);
    }
}
function advice(error, executionRole) {
    switch ((0,errors/* errorName */.Is)(error)) {
        case 'AccessDeniedException':
        case 'ForbiddenException':
            return ` The workflow's role needs imagebuilder:DistributeImage and iam:PassRole on ${executionRole}, and that role the permissions to copy and share AMIs (see the README's IAM policy).`;
        case 'IdempotentParameterMismatchException':
            return ' This step already distributed with other parameters; re-run the workflow to distribute again.';
        default:
            return '';
    }
}


/***/ })

};
