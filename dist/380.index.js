export const id = 380;
export const ids = [380];
export const modules = {

/***/ 380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  beginRecipe: () => (/* binding */ beginRecipe)
});

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/domain/arns.ts
var arns = __webpack_require__(3198);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/inputs/workspace-paths.ts
var workspace_paths = __webpack_require__(7965);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/plan/awstoe-document.ts
/**
 * A component document from the repository, checked before anything is created: Image Builder
 * would refuse a malformed one only after the recipe's other resources exist, and with no line
 * number. Checks what AWSTOE requires (schemaVersion, phases, steps with a name and an action) and
 * the service's 16,000-character limit on inline data.
 */

/** CreateComponent `data`: 1–16,000 characters. */
const MAX_COMPONENT_DATA = 16_000;
const PHASE_NAMES = ['build', 'validate', 'test', 'container-host-test'];
/** What is wrong, and the 1-based line where it is (0 when it concerns the whole file). */
class DocumentProblem extends Error {
    line;
    constructor(line, problem) {
        super(problem);
        this.line = line;
        this.name = 'DocumentProblem';
    }
}
function checkComponentDocument(data) {
    if (data.trim() === '')
        throw new DocumentProblem(0, 'the file is empty');
    if (data.length > MAX_COMPONENT_DATA) {
        throw new DocumentProblem(0, `the document has ${data.length} characters; Image Builder takes at most ${MAX_COMPONENT_DATA} inline`);
    }
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(data, { lineCounter: lines, prettyErrors: false });
    const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 0;
    const [syntaxError] = document.errors;
    if (syntaxError) {
        throw new DocumentProblem(lines.linePos(syntaxError.pos[0]).line, `not valid YAML: ${syntaxError.message.split('\n')[0]}`);
    }
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new DocumentProblem(lineOf(root), 'expected a mapping at the top level');
    if (!root.has('schemaVersion'))
        throw new DocumentProblem(lineOf(root), 'schemaVersion is missing');
    const phases = root.get('phases', true);
    if (!(0,dist/* isSeq */.oP)(phases) || phases.items.length === 0) {
        throw new DocumentProblem(lineOf(phases ?? root), 'phases must be a non-empty list');
    }
    const phaseNames = phases.items.map((phase, index) => checkPhase(phase, index + 1, lineOf));
    return {
        data,
        type: phaseNames.length === 1 && phaseNames[0] === 'test' ? 'TEST' : 'BUILD',
        runsTests: phaseNames.includes('test')
    };
}
function checkPhase(phase, position, lineOf) {
    if (!(0,dist/* isMap */.jh)(phase))
        throw new DocumentProblem(lineOfUnknown(phase, lineOf), `phase ${position} must be a mapping`);
    const name = phase.get('name');
    if (typeof name !== 'string' || !PHASE_NAMES.includes(name)) {
        throw new DocumentProblem(lineOf(phase), `phase ${position} must be named ${PHASE_NAMES.join(', ')}; got ${JSON.stringify(name ?? null)}`);
    }
    const steps = phase.get('steps', true);
    if (!(0,dist/* isSeq */.oP)(steps) || steps.items.length === 0) {
        throw new DocumentProblem(lineOf(steps ?? phase), `phase ${name} must have a non-empty list of steps`);
    }
    const seen = new Set();
    steps.items.forEach((step, index) => {
        const where = `step ${index + 1} of phase ${name}`;
        if (!(0,dist/* isMap */.jh)(step))
            throw new DocumentProblem(lineOfUnknown(step, lineOf), `${where} must be a mapping`);
        const stepName = step.get('name');
        const action = step.get('action');
        if (typeof stepName !== 'string' || stepName === '') {
            throw new DocumentProblem(lineOf(step), `${where} has no name`);
        }
        if (typeof action !== 'string' || action === '') {
            throw new DocumentProblem(lineOf(step), `step ${stepName} of phase ${name} has no action`);
        }
        if (seen.has(stepName)) {
            throw new DocumentProblem(lineOf(step), `phase ${name} has two steps named ${stepName}`);
        }
        seen.add(stepName);
    });
    return name;
}
function lineOfUnknown(value, lineOf) {
    return (0,dist/* isScalar */.jn)(value) || (0,dist/* isMap */.jh)(value) || (0,dist/* isSeq */.oP)(value) ? lineOf(value) : 0;
}

// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var fingerprint = __webpack_require__(1731);
// EXTERNAL MODULE: ./src/plan/versions.ts
var plan_versions = __webpack_require__(3390);
// EXTERNAL MODULE: ./src/inputs/aws-constraints.ts
var aws_constraints = __webpack_require__(9501);
;// CONCATENATED MODULE: ./src/plan/components.ts
/**
 * The recipe's components: a file in the repository becomes a component the action owns
 * (`<name>-<file>`), reused while its document is unchanged and given the next patch version when it
 * changes; an AWS-managed name or an ARN is used as it is, after checking it exists and reading its
 * type (build or test).
 */











const MANAGED_NAME = /^[a-z0-9][a-z0-9-_]*$/;
async function planComponents(planning) {
    // Every local path is checked before anything is read or asked of AWS: a path outside the
    // checkout is never opened, and two files that would become one component are refused.
    const files = localFiles(planning);
    const planned = [];
    // One at a time: a recipe has at most 20, and parallel reads only invite throttling.
    for (const reference of planning.inputs.components) {
        planned.push(await planComponent(planning, reference, files));
    }
    if (!planned.some((component) => component.type === 'BUILD')) {
        throw new errors/* InputError */.d('components', 'a recipe needs at least one build component; every one given is a test component');
    }
    return planned;
}
function isFile(reference) {
    if (reference.source.startsWith('arn:'))
        return false;
    return !(MANAGED_NAME.test(reference.source) && (0,external_node_path_.extname)(reference.source) === '');
}
/** The real path of every local component file, by its source, checked against the workspace. */
function localFiles(planning) {
    const files = new Map();
    const byName = new Map();
    for (const reference of planning.inputs.components) {
        if (!isFile(reference))
            continue;
        const real = (0,workspace_paths/* pathInWorkspace */.e)('components', reference.source, planning.workspace);
        const name = localComponentName(planning.inputs.name, reference.source);
        const other = byName.get(name);
        if (other !== undefined && other !== reference.source) {
            throw new errors/* InputError */.d('components', `${other} and ${reference.source} would both become component ${name}; ` +
                'give the files different names');
        }
        byName.set(name, reference.source);
        files.set(reference.source, real);
    }
    return files;
}
function planComponent(planning, reference, files) {
    if (reference.source.startsWith('arn:'))
        return planExisting(planning, reference, 'arn');
    const real = files.get(reference.source);
    if (real === undefined)
        return planExisting(planning, reference, 'managed');
    return planFromFile(planning, reference, real);
}
async function planExisting(planning, reference, kind) {
    const { region } = planning.inputs;
    const arn = kind === 'arn'
        ? reference.source
        : `arn:${(0,arns/* partitionOf */.iQ)(region)}:imagebuilder:${region}:aws:component/${reference.source}/x.x.x`;
    const component = await getComponent(planning.client, arn);
    if (!component) {
        throw new errors/* InputError */.d('components', kind === 'managed'
            ? `'${reference.source}' is not an AWS-managed component in ${region}`
            : `component ${arn} does not exist, or this role cannot read it`);
    }
    return {
        source: reference.source,
        kind,
        name: component.name ?? reference.source,
        action: 'reuse',
        arn,
        fingerprint: arn,
        type: component.type === 'TEST' ? 'TEST' : 'BUILD',
        ...((0,arns/* namesNoBuild */.Wc)(arn) && component.arn ? { resolvedArn: component.arn } : {}),
        parameters: parametersOf(reference)
    };
}
async function planFromFile(planning, reference, realPath) {
    const data = await readDocument(realPath, reference.source);
    let document;
    try {
        document = checkComponentDocument(data);
    }
    catch (error) {
        if (!(error instanceof DocumentProblem))
            throw error;
        const where = error.line > 0 ? ` line ${error.line}` : '';
        throw new errors/* InputError */.d('components', `${reference.source}${where}: ${error.message}`);
    }
    const name = localComponentName(planning.inputs.name, reference.source);
    const content = { data: document.data, platform: planning.platform };
    const contentFingerprint = (0,fingerprint/* fingerprint */.R)(content);
    const latest = await latestOwnComponent(planning.client, name);
    const base = {
        source: reference.source,
        kind: 'file',
        name,
        fingerprint: contentFingerprint,
        type: document.type,
        ...(document.runsTests && document.type === 'BUILD' ? { runsTests: true } : {}),
        platform: planning.platform,
        parameters: parametersOf(reference)
    };
    if (latest?.fingerprint === contentFingerprint) {
        return { ...base, action: 'reuse', arn: latest.arn, version: latest.version };
    }
    return { ...base, action: 'create', version: (0,plan_versions/* nextPatchVersion */.yb)(latest?.version), data };
}
async function readDocument(realPath, path) {
    try {
        return await (0,promises_.readFile)(realPath, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.d('components', `cannot read ${path}: ${describeFsError(error)}`);
    }
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file in the repository (paths start at the checkout)';
    if (code === 'EISDIR')
        return 'it is a directory';
    return String(error);
}
/** `<name>-<file name without extension>`, in the characters Image Builder allows in a name. */
function localComponentName(recipeName, path) {
    const file = (0,external_node_path_.basename)(path, (0,external_node_path_.extname)(path)).replace(/[^-_A-Za-z0-9]/g, '-');
    return `${recipeName}-${file}`.slice(0, aws_constraints/* RESOURCE_NAME_MAX_LENGTH */.Dt).replace(/[ ]+$/, '');
}
/**
 * The newest build of the newest version of a component this account owns. ListComponents can lag
 * a create by up to two minutes; a version created in that window is created again with the same
 * content-derived client token, so Image Builder answers with the first one.
 */
async function latestOwnComponent(client, name) {
    const versions = new Map();
    const filters = [{ name: 'name', values: [name] }];
    for await (const page of (0,dist_cjs.paginateListComponents)({ client }, { owner: 'Self', filters })) {
        for (const summary of page.componentVersionList ?? []) {
            if (summary.version && summary.arn)
                versions.set(summary.version, summary.arn);
        }
    }
    const version = (0,plan_versions/* highestVersion */.t)([...versions.keys()]);
    const componentVersionArn = version === undefined ? undefined : versions.get(version);
    if (version === undefined || componentVersionArn === undefined)
        return undefined;
    let newest;
    for await (const page of (0,dist_cjs.paginateListComponentBuildVersions)({ client }, { componentVersionArn })) {
        for (const build of page.componentSummaryList ?? []) {
            if (build.arn && (!newest || buildNumber(build.arn) > buildNumber(newest.arn))) {
                newest = { version, arn: build.arn, fingerprint: build.tags?.[fingerprint/* FINGERPRINT_TAG */.A] };
            }
        }
    }
    return newest;
}
function buildNumber(arn) {
    return Number(arn.split('/').at(-1));
}
async function getComponent(client, arn) {
    try {
        return (await client.send(new dist_cjs.GetComponentCommand({ componentBuildVersionArn: arn }))).component;
    }
    catch (error) {
        const name = (0,aws_errors/* errorName */.Is)(error);
        if (name === 'ResourceNotFoundException' || name === 'InvalidParameterValueException') {
            return undefined;
        }
        throw error;
    }
}
function parametersOf(reference) {
    return reference.parameters.length > 0 ? reference.parameters : undefined;
}

// EXTERNAL MODULE: ./src/plan/recipe.ts
var plan_recipe = __webpack_require__(2145);
;// CONCATENATED MODULE: ./src/plan/container-recipe.ts
/**
 * The container recipe `<name>` (`image-type: container`): like an image recipe it is immutable,
 * so its content (parent image, components, Dockerfile template, target repository, platform)
 * decides whether a version is reused or the next one created. Before anything is planned, each
 * distribution region's ECR repository must exist: Image Builder would only find out after the
 * whole build, when it pushes.
 */





/**
 * The template Image Builder documents for a container recipe: the parent image, the environment
 * Image Builder sets up for AWSTOE, and the recipe's components run as RUN instructions.
 */
const DEFAULT_DOCKERFILE_TEMPLATE = [
    'FROM {{{ imagebuilder:parentImage }}}',
    '{{{ imagebuilder:environments }}}',
    '{{{ imagebuilder:components }}}',
    ''
].join('\n');
/** CreateContainerRecipe's limit on `dockerfileTemplateData`. */
const MAX_TEMPLATE_CHARS = 16_000;
/** A container image has no AMI to resolve: Image Builder pulls the parent when the build starts. */
function containerParent(inputs) {
    return {
        input: inputs.parentImage,
        amiId: inputs.parentImage,
        platform: inputs.platform ?? 'Linux'
    };
}
async function planContainerRecipe(client, inputs, container, components) {
    const content = {
        dockerfileTemplateData: await dockerfileTemplate(container),
        repositoryName: buildRegionRepository(inputs, container),
        platform: inputs.platform
    };
    const recipeFingerprint = (0,fingerprint/* fingerprint */.R)({
        parentImage: inputs.parentImage,
        components: components.map((component) => ({
            component: component.fingerprint,
            parameters: component.parameters
        })),
        ...content
    });
    const existing = await (0,plan_recipe/* existingVersions */.tK)(client, inputs.name, 'container');
    return (0,plan_recipe/* chooseVersion */.EH)(inputs, existing, {
        name: inputs.name,
        fingerprint: recipeFingerprint,
        parentImage: inputs.parentImage,
        container: content
    });
}
async function dockerfileTemplate(container) {
    if (container.dockerfile === undefined)
        return DEFAULT_DOCKERFILE_TEMPLATE;
    const { path, realPath } = container.dockerfile;
    let data;
    try {
        data = await (0,promises_.readFile)(realPath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.d('dockerfile', `cannot read ${path}: ${code === 'EISDIR' ? 'it is a directory' : String(error)}`);
    }
    if (data.trim() === '')
        throw new errors/* InputError */.d('dockerfile', `${path} is empty`);
    if (data.includes('\0'))
        throw new errors/* InputError */.d('dockerfile', `${path} is not a text file`);
    if (data.length > MAX_TEMPLATE_CHARS) {
        throw new errors/* InputError */.d('dockerfile', `${path} has ${data.length} characters; Image Builder takes at most ${MAX_TEMPLATE_CHARS}`);
    }
    return data;
}
/** The recipe's target repository is the build region's; distribution names every region's. */
function buildRegionRepository(inputs, container) {
    const own = container.repositories.find((entry) => entry.region === inputs.region);
    const first = container.repositories[0];
    const chosen = own ?? first;
    if (chosen === undefined)
        throw new errors/* InputError */.d('container-repository', 'no repository given');
    return chosen.repositoryName;
}
/** Refuses a repository that does not exist in its region, naming both; reads only. */
async function requireRepositories(clients, container) {
    const { DescribeRepositoriesCommand } = await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 8663));
    await Promise.all(container.repositories.map(async ({ region, repositoryName }) => {
        const ecr = await clients.ecr(region);
        try {
            await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] }));
        }
        catch (error) {
            if ((0,aws_errors/* errorName */.Is)(error) !== 'RepositoryNotFoundException')
                throw error;
            throw new errors/* InputError */.d('container-repository', `ECR repository ${repositoryName} does not exist in ${region}; create it (aws ecr create-repository --region ${region} --repository-name ${repositoryName}) or name another`);
        }
    }));
}

// EXTERNAL MODULE: ./src/plan/configurations.ts
var configurations = __webpack_require__(6755);
// EXTERNAL MODULE: ./src/plan/launch-templates.ts
var launch_templates = __webpack_require__(4458);
// EXTERNAL MODULE: ./src/plan/own-account.ts
var own_account = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/plan/public-sharing.ts
var public_sharing = __webpack_require__(1392);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/plan/parent-image.ts
/**
 * The parent image as the workflow names it (AMI ID, Image Builder image ARN, `ssm:<parameter>`),
 * resolved with read-only calls to the AMI it stands for now, and that AMI's platform and root
 * device, which the recipe needs for the platform of new components and the root volume size.
 */





const NOT_FOUND = new Set([
    'ResourceNotFoundException',
    'ParameterNotFound',
    'InvalidAMIID.NotFound'
]);
async function resolveParentImage(clients, region, input) {
    const amiId = await amiOf(clients, region, input);
    const ec2 = await clients.ec2(region);
    const { Images } = await ec2
        .send(new client_ec2_dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [amiId] }))
        .catch((error) => {
        if (NOT_FOUND.has((0,aws_errors/* errorName */.Is)(error)))
            return { Images: [] };
        throw error;
    });
    const image = Images?.[0];
    if (!image) {
        throw new errors/* InputError */.d('parent-image', `${describe(input, amiId)} is not an AMI in ${region} that this account can use`);
    }
    const rootDeviceName = image.RootDeviceName;
    const root = image.BlockDeviceMappings?.find((mapping) => mapping.DeviceName === rootDeviceName);
    return {
        input,
        amiId,
        platform: platformOf(image),
        rootDeviceName,
        rootVolumeSize: root?.Ebs?.VolumeSize
    };
}
async function amiOf(clients, region, input) {
    if (input.startsWith('ami-'))
        return input;
    if (input.startsWith('ssm:'))
        return amiInParameter(clients, region, input.slice('ssm:'.length));
    return amiOfImage(clients, region, input);
}
async function amiInParameter(clients, region, name) {
    const ssm = await clients.ssm(region);
    try {
        const { Parameter } = await ssm.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: name }));
        const value = Parameter?.Value?.trim() ?? '';
        if (!/^ami-[0-9a-f]{8,17}$/.test(value)) {
            throw new errors/* InputError */.d('parent-image', `SSM parameter ${name} in ${region} holds '${value}', not an AMI ID`);
        }
        return value;
    }
    catch (error) {
        if (!NOT_FOUND.has((0,aws_errors/* errorName */.Is)(error)))
            throw error;
        throw new errors/* InputError */.d('parent-image', `SSM parameter ${name} does not exist in ${region}`);
    }
}
/** An image ARN (with `x.x.x` wildcards: the newest AVAILABLE build) → its AMI in the build region. */
async function amiOfImage(clients, region, arn) {
    try {
        const { image } = await clients.imagebuilder.send(new dist_cjs.GetImageCommand({ imageBuildVersionArn: arn }));
        const ami = image?.outputResources?.amis?.find((candidate) => candidate.region === region);
        if (!ami?.image) {
            throw new errors/* InputError */.d('parent-image', `image ${arn} has no AMI in ${region}`);
        }
        return ami.image;
    }
    catch (error) {
        if (!NOT_FOUND.has((0,aws_errors/* errorName */.Is)(error)))
            throw error;
        throw new errors/* InputError */.d('parent-image', `image ${arn} does not exist or has no AVAILABLE build`);
    }
}
function platformOf(image) {
    if (/windows/i.test(`${image.Platform ?? ''} ${image.PlatformDetails ?? ''}`))
        return 'Windows';
    if (image.Architecture?.endsWith('_mac'))
        return 'macOS';
    return 'Linux';
}
function describe(input, amiId) {
    return input === amiId ? amiId : `${amiId} (from ${input})`;
}

;// CONCATENATED MODULE: ./src/plan/make-plan.ts









async function makePlan(context) {
    const { inputs, clients, env } = context;
    const client = clients.imagebuilder;
    const { container } = inputs;
    if (container)
        await requireRepositories(clients, container);
    const parent = container
        ? containerParent(inputs)
        : await resolveParentImage(clients, inputs.region, inputs.parentImage);
    if (!container)
        requireParentPlatform(inputs.platform, parent);
    const components = await planComponents({
        client,
        inputs,
        platform: inputs.platform ?? parent.platform,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const { shareWith, targetAccounts } = await (0,own_account/* withoutOwnAccount */.e)(context, inputs);
    await (0,public_sharing/* checkPublicSharing */.U)(context, shareWith, inputs.distributionRegions);
    const [recipe, infrastructure, distribution, launchTemplates] = await Promise.all([
        container
            ? planContainerRecipe(client, inputs, container, components)
            : (0,plan_recipe/* planRecipe */.kX)(client, inputs, parent, components),
        (0,configurations/* planInfrastructure */.Vu)(client, inputs),
        (0,configurations/* planDistribution */.yO)(client, inputs.name, { ...inputs, shareWith, targetAccounts }),
        (0,launch_templates/* checkLaunchTemplates */.h)(clients, inputs.launchTemplates, context.stop.signal)
    ]);
    return {
        region: inputs.region,
        parent,
        components,
        recipe,
        infrastructure,
        distribution: { ...distribution, launchTemplates, deprecateAfter: inputs.deprecateAfter }
    };
}
/**
 * A `platform` the parent AMI does not have: Image Builder would accept the new components of that
 * platform and then refuse the recipe that puts them on this parent, with the components made.
 */
function requireParentPlatform(platform, parent) {
    if (platform === undefined || platform === parent.platform)
        return;
    throw new errors/* InputError */.d('platform', `is ${platform}, but the parent image ${parent.amiId} is ${parent.platform}: leave platform out to use the parent's, or pick a ${platform} parent image`);
}
/** Nothing to create or update: with skip-if-unchanged, an earlier build may stand in. */
function changesNothing(plan) {
    return [...plan.components, plan.recipe, plan.infrastructure, plan.distribution].every((resource) => resource.action === 'reuse');
}

// EXTERNAL MODULE: ./src/start/apply-plan.ts
var apply_plan = __webpack_require__(2734);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/start/retry-notice.ts
var retry_notice = __webpack_require__(4127);
// EXTERNAL MODULE: ./src/client-token.ts
var client_token = __webpack_require__(2216);
// EXTERNAL MODULE: ./src/domain/action-tags.ts
var action_tags = __webpack_require__(428);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/start/component-versions.ts
/**
 * What each recipe component named by version or wildcard resolved to when a build started, kept
 * on the image as one tag: the recipe keeps `update-linux/x.x.x` and its ARN stays the same when
 * AWS publishes a new update-linux, so only this tells skip-if-unchanged that an image was built
 * with 1.0.2/1 while a build now would get 1.0.3/1.
 *
 * The value lists `<name>=<version>/<build>` in the recipe's order, space-separated: readable in the
 * console, and for the few such components a recipe holds, far inside a tag value's 256
 * characters. Where it would not fit, a sha256 digest of it stands in: as exact to compare, though
 * it cannot say which component moved.
 */




const DIGEST_PREFIX = 'sha256:';
/** The image tag for the plan's version and wildcard components; none when it has none. */
function componentVersionsTag(plan) {
    const resolved = resolvedComponents(plan);
    return resolved.length === 0 ? {} : { [action_tags/* COMPONENT_VERSIONS_TAG */.$i]: encode(resolved) };
}
/**
 * Whether an image's recorded versions (its tag's value) are what the plan's components resolve
 * to now. No record while some resolve is a difference: at worst one build more, never a reuse of
 * an image built with an older component.
 */
function checkComponentVersions(plan, recorded) {
    const now = resolvedComponents(plan);
    if (now.length === 0 || recorded === encode(now))
        return { kind: 'same' };
    const unknown = now.map(({ name, version }) => ({ name, to: version }));
    if (recorded === undefined)
        return { kind: 'differs', recorded: 'nothing', moved: unknown };
    if (recorded.startsWith(DIGEST_PREFIX)) {
        return { kind: 'differs', recorded: 'digest', moved: unknown };
    }
    const then = decode(recorded);
    const moved = now.flatMap((component, index) => {
        const before = then[index];
        if (before?.name === component.name && before.version === component.version)
            return [];
        return [
            {
                name: component.name,
                ...(before?.name === component.name ? { from: before.version } : {}),
                to: component.version
            }
        ];
    });
    return { kind: 'differs', recorded: 'versions', moved: moved.length > 0 ? moved : unknown };
}
/** The components whose ARN has no build number, with the build GetComponent resolved it to. */
function resolvedComponents(plan) {
    return plan.components.flatMap((component) => {
        const version = component.resolvedArn && (0,arns/* componentBuildVersionOf */.H5)(component.resolvedArn);
        return version && component.arn ? [{ name: (0,arns/* componentNameOfArn */.lK)(component.arn), version }] : [];
    });
}
function encode(components) {
    const list = components.map(({ name, version }) => `${name}=${version}`).join(' ');
    if (list.length <= aws_constraints/* TAG_VALUE_MAX_LENGTH */.PH)
        return list;
    return `${DIGEST_PREFIX}${(0,external_node_crypto_.createHash)('sha256').update(list).digest('hex')}`;
}
function decode(value) {
    return value
        .split(' ')
        .filter((entry) => entry !== '')
        .map((entry) => {
        const at = entry.lastIndexOf('=');
        return { name: entry.slice(0, at), version: entry.slice(at + 1) };
    });
}

// EXTERNAL MODULE: ./src/start/provenance.ts
var provenance = __webpack_require__(3101);
;// CONCATENATED MODULE: ./src/start/create-image.ts
/**
 * Recipe mode's start: CreateImage from the applied plan, with a client token derived from the
 * invocation (a retried call never starts a second build) and the tags that say where the build
 * came from, including the AMI the parent resolved to and the builds that version and wildcard
 * components resolved to, which skip-if-unchanged compares against.
 */









async function createImage(context, plan) {
    const { inputs } = context;
    const command = (0,retry/* withStartPatience */.Uv)(new dist_cjs.CreateImageCommand({
        ...(plan.recipe.container
            ? { containerRecipeArn: plan.recipe.arn }
            : { imageRecipeArn: plan.recipe.arn }),
        infrastructureConfigurationArn: plan.infrastructure.arn,
        distributionConfigurationArn: plan.distribution.arn,
        imageTestsConfiguration: { imageTestsEnabled: inputs.imageTests },
        imageScanningConfiguration: { imageScanningEnabled: inputs.imageScanning },
        enhancedImageMetadataEnabled: true,
        executionRole: inputs.executionRole,
        tags: {
            ...(0,provenance/* provenanceTags */.X)(context.env),
            ...(inputs.retryOnRerun ? (0,provenance/* invocationTag */.d)(context.env) : {}),
            ...inputs.tags,
            [action_tags/* PARENT_AMI_TAG */.oX]: plan.parent.amiId,
            ...componentVersionsTag(plan)
        },
        clientToken: (0,client_token/* clientToken */.$Y)('create-image', context.env)
    }), (0,retry/* startPatienceFrom */.kL)(context.env, (0,retry_notice/* startRetryNotice */.$)(context.out, 'CreateImage', context.inputs.region, context.env)));
    try {
        const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
            abortSignal: context.stop.signal
        });
        if (!imageBuildVersionArn) {
            throw new errors/* StartError */.D('Image Builder started no build: its answer had no image ARN.');
        }
        return imageBuildVersionArn;
    }
    catch (error) {
        (0,aws_errors/* rethrowIfExpired */.UL)(error);
        if (error instanceof errors/* StartError */.D)
            throw error;
        throw new errors/* StartError */.D(`Could not start the build of recipe ${plan.recipe.name} ${plan.recipe.version}: ${(0,aws_errors/* describeError */.Uc)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/start/last-image.ts
/**
 * skip-if-unchanged: the newest AVAILABLE build of this recipe version whose parent resolved to the
 * same AMI as now, and whose version and wildcard components resolved to the same builds as they
 * do now. ListImageBuildVersions can lag a new build by minutes, which at worst means one build
 * more, never one too few.
 */



async function lastEquivalentImage(client, plan) {
    if (!plan.recipe.arn)
        return { kind: 'none' };
    const imageVersionArn = plan.recipe.arn.replace(/:(?:image|container)-recipe\//, ':image/');
    let newest;
    let newestEquivalent;
    for await (const page of (0,dist_cjs.paginateListImageBuildVersions)({ client }, { imageVersionArn })) {
        for (const image of page.imageSummaryList ?? []) {
            const sameParent = image.state?.status === 'AVAILABLE' && image.tags?.[action_tags/* PARENT_AMI_TAG */.oX] === plan.parent.amiId;
            if (!sameParent || !image.arn)
                continue;
            const candidate = {
                arn: image.arn,
                created: image.dateCreated ?? '',
                check: checkComponentVersions(plan, image.tags?.[action_tags/* COMPONENT_VERSIONS_TAG */.$i])
            };
            if (newer(candidate, newest))
                newest = candidate;
            if (candidate.check.kind === 'same' && newer(candidate, newestEquivalent)) {
                newestEquivalent = candidate;
            }
        }
    }
    if (newestEquivalent)
        return { kind: 'equivalent', imageArn: newestEquivalent.arn };
    if (newest?.check.kind !== 'differs')
        return { kind: 'none' };
    const { recorded, moved } = newest.check;
    return { kind: 'passed-over', passedOver: { imageArn: newest.arn, recorded, moved } };
}
function newer(candidate, than) {
    return than === undefined || candidate.created > than.created;
}

;// CONCATENATED MODULE: ./src/start/recipe.ts




async function beginRecipe(context) {
    const { inputs, learn, out, clients } = context;
    if (inputs.retryOnRerun && !inputs.dryRun) {
        const { retryEarlierAttempt } = await __webpack_require__.e(/* import() */ 838).then(__webpack_require__.bind(__webpack_require__, 4838));
        const retried = await retryEarlierAttempt(context);
        if (retried)
            return retried;
    }
    const plan = await makePlan(context);
    learn({ type: 'plan', plan });
    if (inputs.dryRun) {
        out.write(['Dry run: nothing was created, updated or started.']);
        return { kind: 'planned' };
    }
    if (inputs.skipIfUnchanged && changesNothing(plan)) {
        const last = await lastEquivalentImage(clients.imagebuilder, plan);
        if (last.kind === 'equivalent') {
            out.write([
                `Unchanged since ${last.imageArn} (same recipe, parent ${plan.parent.amiId} and component builds): no build started.`
            ]);
            return { kind: 'reused', imageArn: last.imageArn };
        }
        if (last.kind === 'passed-over') {
            learn({ type: 'passed-over', image: last.passedOver });
        }
        else {
            out.write(['No earlier AVAILABLE build of this recipe from the same parent AMI: building.']);
        }
    }
    await (0,apply_plan/* applyPlan */.gj)({
        client: clients.imagebuilder,
        region: plan.region,
        plan,
        tags: inputs.tags,
        report: (line) => out.write([line])
    });
    return { kind: 'started', imageArn: await createImage(context, plan), plan };
}


/***/ })

};
