export const id = 395;
export const ids = [395];
export const modules = {

/***/ 6755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ findInfrastructure),
/* harmony export */   Vu: () => (/* binding */ planInfrastructure),
/* harmony export */   YD: () => (/* binding */ findDistribution),
/* harmony export */   yO: () => (/* binding */ planDistribution)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inputs_share_with_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1731);
/**
 * The infrastructure and distribution configurations `<name>`: unlike recipes they can change in
 * place, so a change of content is an update of the one configuration of that name, and the
 * recipe (and so a build's lineage) stays as it is.
 */



async function planInfrastructure(client, inputs) {
    const settings = {
        instanceProfileName: inputs.instanceProfile,
        instanceTypes: nonEmpty(inputs.instanceTypes),
        subnetId: inputs.subnetId,
        securityGroupIds: nonEmpty(inputs.securityGroupIds),
        // A failed build's instance costs money while it stands: kept only when asked for.
        terminateInstanceOnFailure: !inputs.keepInstanceOnFailure,
        keyPair: inputs.keyPair,
        snsTopicArn: inputs.snsTopicArn,
        // AWS recommends a hop limit of two with IMDSv2 tokens: the build agent, and a container
        // build's Docker bridge network, are one hop further from the metadata service.
        instanceMetadataOptions: {
            httpTokens: inputs.instanceMetadataTokens,
            httpPutResponseHopLimit: 2
        }
    };
    const existing = await findInfrastructure(client, inputs.name);
    return { name: inputs.name, settings, ...decide(existing, (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .R)(settings)) };
}
/** The distribution configuration `name` as `settings` describe it: reuse, update or create. */
async function planDistribution(client, name, settings) {
    const distributions = distributionsOf(settings);
    const existing = await findDistribution(client, name);
    return { name, distributions, ...decide(existing, (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .R)(distributions)) };
}
function distributionsOf(inputs) {
    if (inputs.container) {
        const { tags } = inputs.container;
        return inputs.container.repositories.map(({ region, repositoryName }) => ({
            region,
            containerDistributionConfiguration: {
                targetRepository: { service: 'ECR', repositoryName },
                containerTags: nonEmpty(tags)
            }
        }));
    }
    return inputs.distributionRegions.map((region) => {
        const launchTemplates = inputs.launchTemplates.filter((entry) => entry.region === region);
        return {
            region,
            amiDistributionConfiguration: {
                name: inputs.amiName,
                amiTags: Object.keys(inputs.amiTags).length > 0 ? inputs.amiTags : undefined,
                kmsKeyId: inputs.kmsKeys[region],
                launchPermission: launchPermission(inputs.shareWith),
                targetAccountIds: nonEmpty(inputs.targetAccounts)
            },
            licenseConfigurationArns: nonEmpty(inputs.licenseConfigurationArns),
            ssmParameterConfigurations: inputs.ssmParameter
                ? [{ parameterName: inputs.ssmParameter, dataType: 'aws:ec2:image' }]
                : undefined,
            launchTemplateConfigurations: nonEmpty(launchTemplates.map(({ launchTemplateId }) => ({
                launchTemplateId,
                setDefaultVersion: true
            })))
        };
    });
}
function launchPermission(shareWith) {
    if (shareWith.length === 0)
        return undefined;
    return {
        userGroups: (0,_inputs_share_with_js__WEBPACK_IMPORTED_MODULE_0__/* .isPublic */ .Ul)(shareWith) ? [_inputs_share_with_js__WEBPACK_IMPORTED_MODULE_0__/* .PUBLIC */ .q] : undefined,
        userIds: nonEmpty(shareWith.filter((target) => /^\d{12}$/.test(target))),
        organizationArns: nonEmpty(shareWith.filter((target) => target.includes(':organization/'))),
        organizationalUnitArns: nonEmpty(shareWith.filter((target) => target.includes(':ou/')))
    };
}
function decide(existing, contentFingerprint) {
    if (!existing)
        return { action: 'create', fingerprint: contentFingerprint };
    const action = existing.fingerprint === contentFingerprint ? 'reuse' : 'update';
    return { action, arn: existing.arn, fingerprint: contentFingerprint };
}
function findInfrastructure(client, name) {
    return firstListed((0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.paginateListInfrastructureConfigurations)({ client }, { filters: byName(name) }), (page) => page.infrastructureConfigurationSummaryList);
}
function findDistribution(client, name) {
    return firstListed((0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.paginateListDistributionConfigurations)({ client }, { filters: byName(name) }), (page) => page.distributionConfigurationSummaryList);
}
function byName(name) {
    return [{ name: 'name', values: [name] }];
}
/** Configuration names are unique per account and region: the first one listed is the one. */
async function firstListed(pages, summaries) {
    for await (const page of pages) {
        const found = summaries(page)?.find((summary) => summary.arn);
        if (found?.arn)
            return { arn: found.arn, fingerprint: found.tags?.[_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_TAG */ .A] };
    }
    return undefined;
}
function nonEmpty(items) {
    return items.length > 0 ? [...items] : undefined;
}


/***/ }),

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* reexport safe */ _domain_action_tags_js__WEBPACK_IMPORTED_MODULE_1__.AZ),
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_action_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(428);
/**
 * Content fingerprints: what makes two versions of a resource the same. Kept on each resource as a
 * tag, so a later run can tell "unchanged, reuse it" from "changed, make a new version" without
 * diffing every field Image Builder returns.
 */


/** sha256 of the value as JSON with object keys sorted, so key order never changes it. */
function fingerprint(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value)).digest('hex');
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    // undefined only reaches here as a top-level value; members that are undefined are dropped above.
    return value === undefined ? 'null' : JSON.stringify(value);
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ checkLaunchTemplates)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(241);


const NOT_FOUND = new Set([
    'InvalidLaunchTemplateId.NotFound',
    'InvalidLaunchTemplateId.Malformed',
    'InvalidLaunchTemplateName.NotFoundException'
]);
/** Errors that mean this caller may not read templates, not that a template is missing. */
const NOT_ALLOWED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
function checkLaunchTemplates(clients, targets, signal) {
    // One call per template (EC2 answers a list with one missing ID by naming only that one), on
    // the region's client, which `clients` keeps one of per region.
    return Promise.all(targets.map((target) => checkTemplate(clients, target, signal)));
}
async function checkTemplate(clients, target, signal) {
    const client = await clients.ec2(target.region);
    // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
    const { DescribeLaunchTemplatesCommand } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
    try {
        const { LaunchTemplates = [] } = await client.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [target.launchTemplateId] }), { abortSignal: signal });
        const found = LaunchTemplates.find((template) => template.LaunchTemplateId === target.launchTemplateId);
        if (!found)
            throw missing(target);
        return { ...target, ...(found.LaunchTemplateName ? { name: found.LaunchTemplateName } : {}) };
    }
    catch (error) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rethrowIfExpired */ .UL)(error);
        if (error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
            throw error;
        const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(error);
        if (NOT_FOUND.has(name))
            throw missing(target);
        if (NOT_ALLOWED.has(name))
            return { ...target, unchecked: name };
        throw error;
    }
}
function missing({ region, launchTemplateId }) {
    return new _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('launch-templates', `${launchTemplateId} does not exist in ${region} (DescribeLaunchTemplates): create it first, or name a template of this account in that region`);
}


/***/ }),

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ withoutOwnAccount)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

const ACCOUNT_ID = /^\d{12}$/;
async function withoutOwnAccount(context, lists) {
    const given = { shareWith: [...lists.shareWith], targetAccounts: [...lists.targetAccounts] };
    const naming = ['share-with', 'target-accounts'].filter((input) => (input === 'share-with' ? given.shareWith : given.targetAccounts).some((entry) => ACCOUNT_ID.test(entry)));
    if (naming.length === 0)
        return given;
    const own = await callerAccount(context, naming.join(' and '));
    if (own === undefined)
        return given;
    const notices = [
        given.shareWith.includes(own) &&
            `Input 'share-with': ${own} is the account that runs the build, which owns the AMI and can launch it already; it is left out of the launch permission.`,
        given.targetAccounts.includes(own) &&
            `Input 'target-accounts': ${own} is the build account, which keeps its own AMI in every distribution region anyway; it is left out of the list.`
    ].filter((notice) => typeof notice === 'string');
    for (const notice of notices) {
        context.out.write([notice]);
        context.learn({ type: 'notice', text: notice });
    }
    return {
        shareWith: given.shareWith.filter((target) => target !== own),
        targetAccounts: given.targetAccounts.filter((account) => account !== own)
    };
}
async function callerAccount(context, inputs) {
    const { GetCallerIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 8665));
    try {
        const client = await context.clients.sts();
        const { Account } = await client.send(new GetCallerIdentityCommand({}), {
            abortSignal: context.stop.signal
        });
        return Account !== undefined && ACCOUNT_ID.test(Account) ? Account : undefined;
    }
    catch (error) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .rethrowIfExpired */ .UL)(error);
        if (context.stop.signal.aborted)
            throw error;
        context.out.write([
            `Could not learn this account's ID from STS (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); ${inputs} ${inputs.includes(' and ') ? 'are' : 'is'} used as given.`
        ]);
        return undefined;
    }
}


/***/ }),

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ checkPublicSharing)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(241);
/* harmony import */ var _inputs_share_with_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8199);
/**
 * `share-with: all`: the AMI becomes public. Where the account's EC2 block public access for AMIs
 * is on, Image Builder would build for an hour and then fail the distribution, so each
 * distribution region is asked first (GetImageBlockPublicAccessState, read-only) and a blocked
 * one is an input error before anything is created. A region that cannot be asked (the role may
 * not read the setting) is said to be unchecked: AWS still refuses at distribution if it is on.
 * When nothing stands in the way, the run warns in the log that the AMI will be public (the
 * summary says so from the plan), since making an image public by mistake exposes everything baked into it.
 */




async function checkPublicSharing(context, shareWith, regions) {
    if (!(0,_inputs_share_with_js__WEBPACK_IMPORTED_MODULE_3__/* .isPublic */ .Ul)(shareWith))
        return;
    const states = await Promise.all(regions.map((region) => readState(context, region)));
    const blocked = states.filter((state) => 'blocked' in state && state.blocked);
    if (blocked.length > 0)
        throw refusal(blocked);
    const unread = states.flatMap((state) => ('unread' in state ? [state] : []));
    for (const { region, unread: why } of unread) {
        const notice = `Input 'share-with': whether EC2 blocks public AMIs in ${region} could not be read (${why}); if block public access is on there, the distribution will fail once the build is done.`;
        context.out.write([notice]);
        context.learn({ type: 'notice', text: notice });
    }
    const warning = `Input 'share-with' is all: the AMI will be public in ${regions.join(', ')}. Any AWS account can launch it and copy its snapshots, with everything the build put on them.`;
    // The summary opens with its own warning, made from the plan (report/summary/alert.ts).
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(warning);
}
async function readState(context, region) {
    const client = await context.clients.ec2(region);
    // Loaded with the client, on demand: a static import would put all of EC2 on the start path.
    const { GetImageBlockPublicAccessStateCommand } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 2791));
    try {
        const answer = await client.send(new GetImageBlockPublicAccessStateCommand({}), {
            abortSignal: context.stop.signal
        });
        return {
            region,
            blocked: answer.ImageBlockPublicAccessState === 'block-new-sharing',
            ...(answer.ManagedBy ? { managedBy: answer.ManagedBy } : {})
        };
    }
    catch (error) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .rethrowIfExpired */ .UL)(error);
        if (context.stop.signal.aborted)
            throw error;
        return { region, unread: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error) };
    }
}
function refusal(blocked) {
    const regions = blocked.map((state) => state.region);
    const byPolicy = blocked.some((state) => 'managedBy' in state && state.managedBy === 'declarative-policy');
    const remedy = byPolicy
        ? "it is set by the organization's declarative policy, so only the organization's administrators can lift it"
        : `the account can lift it with aws ec2 disable-image-block-public-access --region ${regions[0] ?? ''}`;
    return new _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('share-with', `is all, but EC2 block public access for AMIs is on (block-new-sharing) in ${regions.join(', ')}, so the AMI cannot be made public there: ${remedy}, or leave all out of share-with`);
}


/***/ }),

/***/ 2145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ chooseVersion),
/* harmony export */   kX: () => (/* binding */ planRecipe),
/* harmony export */   tK: () => (/* binding */ existingVersions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(241);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1731);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3390);
/**
 * The image recipe `<name>`: recipes are immutable, so a change of content (parent, components,
 * their parameters, root volume) is a new version. Without an explicit version the action reuses
 * the version whose content is identical, else takes the next patch version; an explicit version
 * that exists with other content is an input error.
 */




async function planRecipe(client, inputs, parent, components) {
    const blockDeviceMappings = rootVolume(inputs, parent);
    const recipeFingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .R)({
        parentImage: parent.input,
        // A component the action owns is named by its content, so a recipe is the same recipe
        // whatever build number its component got.
        components: components.map((component) => ({
            component: component.fingerprint,
            parameters: component.parameters
        })),
        blockDeviceMappings
    });
    const existing = await existingVersions(client, inputs.name);
    return chooseVersion(inputs, existing, {
        name: inputs.name,
        fingerprint: recipeFingerprint,
        parentImage: parent.input,
        blockDeviceMappings
    });
}
/**
 * Reuse the version whose content is identical, else create the next patch version; an explicit
 * `version` is reused when identical and refused when it exists with other content.
 */
function chooseVersion(inputs, existing, base) {
    const recipeFingerprint = base.fingerprint;
    if (inputs.version !== '') {
        const same = existing.find((recipe) => recipe.version === inputs.version);
        if (!same)
            return { ...base, action: 'create', version: inputs.version };
        if (same.fingerprint !== recipeFingerprint) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('version', `recipe ${inputs.name} ${inputs.version} already exists with other content (recipes cannot change); give a new version or leave version empty`);
        }
        return { ...base, action: 'reuse', version: same.version, arn: same.arn };
    }
    const identical = existing
        .filter((recipe) => recipe.fingerprint === recipeFingerprint)
        .sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(a.version, b.version))
        .at(-1);
    if (identical)
        return { ...base, action: 'reuse', version: identical.version, arn: identical.arn };
    const latest = (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .highestVersion */ .t)(existing.map((recipe) => recipe.version));
    return { ...base, action: 'create', version: (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .nextPatchVersion */ .yb)(latest) };
}
function rootVolume(inputs, parent) {
    if (inputs.rootVolumeSize === undefined)
        return undefined;
    if (!parent.rootDeviceName) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('root-volume-size', `the parent image ${parent.amiId} names no root device to resize`);
    }
    if (parent.rootVolumeSize !== undefined && inputs.rootVolumeSize < parent.rootVolumeSize) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('root-volume-size', `${inputs.rootVolumeSize} GiB is smaller than the parent image's root volume (${parent.rootVolumeSize} GiB)`);
    }
    return [
        {
            deviceName: parent.rootDeviceName,
            ebs: { volumeSize: inputs.rootVolumeSize, volumeType: 'gp3', deleteOnTermination: true }
        }
    ];
}
/** The versions of the image recipe (or, with `kind: 'container'`, the container recipe) `name`. */
async function existingVersions(client, name, kind = 'image') {
    const recipes = [];
    const filters = [{ name: 'name', values: [name] }];
    const request = { owner: 'Self', filters };
    const pages = kind === 'image'
        ? mapPages((0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_3__.paginateListImageRecipes)({ client }, request), (page) => page.imageRecipeSummaryList)
        : mapPages((0,_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_3__.paginateListContainerRecipes)({ client }, request), (page) => page.containerRecipeSummaryList);
    for await (const summaries of pages) {
        for (const summary of summaries ?? []) {
            const version = summary.arn?.split('/').at(-1);
            if (!summary.arn || !version)
                continue;
            recipes.push({ arn: summary.arn, version, fingerprint: summary.tags?.[_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_TAG */ .A] });
        }
    }
    return recipes;
}
async function* mapPages(pages, items) {
    for await (const page of pages)
        yield items(page);
}


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   t: () => (/* binding */ highestVersion),
/* harmony export */   yb: () => (/* binding */ nextPatchVersion)
/* harmony export */ });
/** Semantic versions `x.y.z` as Image Builder numbers components and recipes. */
function compareVersions(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let index = 0; index < 3; index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
/** The highest of the versions, or undefined for none. */
function highestVersion(versions) {
    return [...versions].sort(compareVersions).at(-1);
}
/** `1.2.3` → `1.2.4`; no version yet → `1.0.0`. */
function nextPatchVersion(current) {
    if (current === undefined)
        return '1.0.0';
    const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
    return `${major}.${minor}.${patch + 1}`;
}


/***/ }),

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ markApplied),
/* harmony export */   fV: () => (/* binding */ applyDistribution),
/* harmony export */   gj: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _domain_arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3198);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _client_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2216);
/* harmony import */ var _plan_configurations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6755);
/* harmony import */ var _plan_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1731);
/* harmony import */ var _plan_recipe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2145);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(241);
/* harmony import */ var _inputs_aws_constraints_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9501);
/**
 * Carries out the plan: creates the components, recipe and configurations marked create, updates
 * the configurations marked update, and fills in every ARN. Never deletes anything.
 *
 * Two matrix legs with the same inputs apply the same plan at the same moment. Every create carries
 * a client token derived from the resource's content, so the second identical request gets the first
 * one's answer instead of a second resource; a create that still meets "already exists" (another
 * run with other content won the race) looks again and reuses what is there when it is equal.
 */









const DESCRIPTION = 'Managed by the EC2 Image Builder GitHub Action';
/**
 * Fills in `arn` on every resource of the plan, and `applied` on each one created or updated, as
 * it happens: the plan is the record of what was done, also when a later call fails.
 */
async function applyPlan(applying) {
    const { plan } = applying;
    for (const component of plan.components) {
        if (component.action === 'create')
            markApplied(component, await createComponent(applying, component));
    }
    const recipeArn = await applyRecipe(applying, plan.recipe);
    markApplied(plan.recipe, recipeArn);
    // Both run to their end, so a configuration created beside one that failed is recorded.
    const settled = await Promise.allSettled([
        applyInfrastructure(applying, plan.infrastructure).then((arn) => {
            markApplied(plan.infrastructure, arn);
        }),
        applyDistribution(applying, plan.distribution, (0,_domain_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(recipeArn)?.accountId).then((arn) => {
            markApplied(plan.distribution, arn);
        })
    ]);
    for (const result of settled)
        if (result.status === 'rejected')
            throw result.reason;
}
/** Records the resource's ARN, and that apply did what the plan said (nothing, for a reuse). */
function markApplied(resource, arn) {
    resource.arn = arn;
    resource.applied = true;
}
async function createComponent(applying, component) {
    const tags = tagsWith(applying, component.fingerprint);
    const { componentBuildVersionArn } = await applying.client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.CreateComponentCommand({
        name: component.name,
        semanticVersion: component.version,
        platform: component.platform,
        data: component.data,
        description: `${DESCRIPTION}, from ${component.source}`.slice(0, _inputs_aws_constraints_js__WEBPACK_IMPORTED_MODULE_8__/* .DESCRIPTION_MAX_LENGTH */ ._w),
        tags,
        clientToken: contentToken(applying, 'component', component.name, component.version, tags)
    }));
    applying.report(`Created component ${component.name} ${component.version}`);
    return required(componentBuildVersionArn, 'CreateComponent');
}
async function applyRecipe(applying, recipe) {
    if (recipe.action === 'reuse' && recipe.arn)
        return recipe.arn;
    const tags = tagsWith(applying, recipe.fingerprint);
    const kind = recipe.container ? 'container' : 'image';
    try {
        const arn = await createRecipe(applying, recipe, tags);
        applying.report(`Created ${kind} recipe ${recipe.name} ${recipe.version}`);
        return arn;
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) !== 'ResourceAlreadyExistsException')
            throw error;
        const same = (await (0,_plan_recipe_js__WEBPACK_IMPORTED_MODULE_5__/* .existingVersions */ .tK)(applying.client, recipe.name, kind)).find((existing) => existing.version === recipe.version);
        if (same?.fingerprint !== recipe.fingerprint || !same.arn) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .StartError */ .D(`Another run created ${kind} recipe ${recipe.name} ${recipe.version} with other content at the same moment; run this step again to take the next version.`, { cause: error });
        }
        recipe.action = 'reuse';
        return same.arn;
    }
}
async function createRecipe(applying, recipe, tags) {
    const common = {
        name: recipe.name,
        semanticVersion: recipe.version,
        parentImage: recipe.parentImage,
        components: applying.plan.components.map((component) => ({
            componentArn: required(component.arn, `component ${component.source}`),
            parameters: component.parameters
        })),
        description: DESCRIPTION,
        tags,
        clientToken: contentToken(applying, 'recipe', recipe.name, recipe.version, tags)
    };
    if (recipe.container) {
        const { dockerfileTemplateData, repositoryName, platform } = recipe.container;
        const { containerRecipeArn } = await applying.client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.CreateContainerRecipeCommand({
            ...common,
            containerType: 'DOCKER',
            dockerfileTemplateData,
            platformOverride: platform,
            targetRepository: { service: 'ECR', repositoryName }
        }));
        return required(containerRecipeArn, 'CreateContainerRecipe');
    }
    const { imageRecipeArn } = await applying.client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.CreateImageRecipeCommand({ ...common, blockDeviceMappings: recipe.blockDeviceMappings }));
    return required(imageRecipeArn, 'CreateImageRecipe');
}
async function applyInfrastructure(applying, infrastructure) {
    const { client } = applying;
    const settings = { ...infrastructure.settings, description: DESCRIPTION };
    return applyConfiguration(applying, infrastructure, {
        kind: 'infrastructure configuration',
        find: () => (0,_plan_configurations_js__WEBPACK_IMPORTED_MODULE_3__/* .findInfrastructure */ .F)(client, infrastructure.name),
        create: async (tags, clientToken) => (await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.CreateInfrastructureConfigurationCommand({
            name: infrastructure.name,
            ...settings,
            tags,
            clientToken
        }))).infrastructureConfigurationArn,
        update: async (arn, clientToken) => {
            await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.UpdateInfrastructureConfigurationCommand({
                infrastructureConfigurationArn: arn,
                ...settings,
                clientToken
            }));
        }
    });
}
/**
 * Creates, updates or reuses the planned distribution configuration; its ARN. `buildAccount`: the
 * account the image is built in (read from an ARN the run already has), added to every region's
 * target accounts, since a region with target accounts gives no copy to any other account.
 */
async function applyDistribution(applying, distribution, buildAccount) {
    const { client } = applying;
    const content = {
        distributions: withBuildAccount(distribution.distributions, buildAccount),
        description: DESCRIPTION
    };
    return applyConfiguration(applying, distribution, {
        kind: 'distribution configuration',
        find: () => (0,_plan_configurations_js__WEBPACK_IMPORTED_MODULE_3__/* .findDistribution */ .YD)(client, distribution.name),
        create: async (tags, clientToken) => (await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.CreateDistributionConfigurationCommand({
            name: distribution.name,
            ...content,
            tags,
            clientToken
        }))).distributionConfigurationArn,
        update: async (arn, clientToken) => {
            await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.UpdateDistributionConfigurationCommand({
                distributionConfigurationArn: arn,
                ...content,
                clientToken
            }));
        }
    });
}
/**
 * The content as planned keeps only the target accounts the inputs name, so that its fingerprint
 * does not depend on an account the plan may not know yet; the build account is constant for a
 * configuration of that name.
 */
function withBuildAccount(distributions, buildAccount) {
    return distributions.map((entry) => {
        const settings = entry.amiDistributionConfiguration;
        const targets = settings?.targetAccountIds;
        if (!settings || !targets || buildAccount === undefined || targets.includes(buildAccount))
            return entry;
        return {
            ...entry,
            amiDistributionConfiguration: { ...settings, targetAccountIds: [buildAccount, ...targets] }
        };
    });
}
/** Create, or update in place and move the fingerprint tag along with the content. */
async function applyConfiguration(applying, planned, calls) {
    if (planned.action === 'reuse' && planned.arn)
        return planned.arn;
    const tags = tagsWith(applying, planned.fingerprint);
    if (planned.action === 'create') {
        try {
            const arn = await calls.create(tags, contentToken(applying, calls.kind, planned.name, tags));
            applying.report(`Created ${calls.kind} ${planned.name}`);
            return required(arn, `Create ${calls.kind}`);
        }
        catch (error) {
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) !== 'ResourceAlreadyExistsException')
                throw error;
            const existing = await calls.find();
            if (!existing)
                throw error;
            planned.arn = existing.arn;
            planned.action = existing.fingerprint === planned.fingerprint ? 'reuse' : 'update';
            if (planned.action === 'reuse')
                return existing.arn;
        }
    }
    const arn = required(planned.arn, calls.kind);
    await calls.update(arn, contentToken(applying, `update ${calls.kind}`, arn, tags));
    await applying.client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_7__.TagResourceCommand({
        resourceArn: arn,
        tags: { [_plan_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .FINGERPRINT_TAG */ .A]: planned.fingerprint }
    }));
    applying.report(`Updated ${calls.kind} ${planned.name}`);
    return arn;
}
function tagsWith(applying, contentFingerprint) {
    return { ...applying.tags, [_plan_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .FINGERPRINT_TAG */ .A]: contentFingerprint };
}
/** The same request from another leg or a retry carries the same token; other content, another. */
function contentToken(applying, ...parts) {
    return (0,_client_token_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenFrom */ .ow)([
        applying.region,
        ...parts.map((part) => (typeof part === 'object' ? JSON.stringify(part) : (part ?? '')))
    ]);
}
function required(value, what) {
    if (!value)
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .StartError */ .D(`Image Builder's answer to ${what} had no ARN.`);
    return value;
}


/***/ })

};
