export const id = 520;
export const ids = [520];
export const modules = {

/***/ 5520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  beginRecipe: () => (/* binding */ beginRecipe)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/arns.ts
var arns = __webpack_require__(1155);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/inputs/action-inputs.ts
var action_inputs = __webpack_require__(6441);
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
    return { data, type: phaseNames.length === 1 && phaseNames[0] === 'test' ? 'TEST' : 'BUILD' };
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plan/fingerprint.ts
/**
 * Content fingerprints: what makes two versions of a resource the same. Kept on each resource as a
 * tag, so a later run can tell "unchanged, reuse it" from "changed, make a new version" without
 * diffing every field Image Builder returns.
 */

const FINGERPRINT_TAG = 'imagebuilder-action:fingerprint';
/** sha256 of the value as JSON with object keys sorted, so key order never changes it. */
function fingerprint(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value)).digest('hex');
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

;// CONCATENATED MODULE: ./src/plan/versions.ts
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

;// CONCATENATED MODULE: ./src/plan/components.ts
/**
 * The recipe's components: a file in the repository becomes a component the action owns
 * (`<name>-<file>`), reused while its document is unchanged and given the next patch version when it
 * changes; an AWS-managed name or an ARN is used as it is, after checking it exists and reading its
 * type (build or test).
 */









const MANAGED_NAME = /^[a-z0-9][a-z0-9-_]*$/;
async function planComponents(planning) {
    const planned = [];
    // One at a time: a recipe has at most 20, and parallel reads only invite throttling.
    for (const reference of planning.inputs.components) {
        planned.push(await planComponent(planning, reference));
    }
    if (!planned.some((component) => component.type === 'BUILD')) {
        throw new action_inputs/* InputError */.d('components', 'a recipe needs at least one build component; every one given is a test component');
    }
    return planned;
}
function planComponent(planning, reference) {
    if (reference.source.startsWith('arn:'))
        return planExisting(planning, reference, 'arn');
    if (MANAGED_NAME.test(reference.source) && (0,external_node_path_.extname)(reference.source) === '') {
        return planExisting(planning, reference, 'managed');
    }
    return planFromFile(planning, reference);
}
async function planExisting(planning, reference, kind) {
    const { region } = planning.inputs;
    const arn = kind === 'arn'
        ? reference.source
        : `arn:${(0,arns/* partitionOf */.iQ)(region)}:imagebuilder:${region}:aws:component/${reference.source}/x.x.x`;
    const component = await getComponent(planning.client, arn);
    if (!component) {
        throw new action_inputs/* InputError */.d('components', kind === 'managed'
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
        parameters: parametersOf(reference)
    };
}
async function planFromFile(planning, reference) {
    const data = await readDocument(planning.workspace, reference.source);
    let document;
    try {
        document = checkComponentDocument(data);
    }
    catch (error) {
        if (!(error instanceof DocumentProblem))
            throw error;
        const where = error.line > 0 ? ` line ${error.line}` : '';
        throw new action_inputs/* InputError */.d('components', `${reference.source}${where}: ${error.message}`);
    }
    const name = componentName(planning.inputs.name, reference.source);
    const content = { data: document.data, platform: planning.platform };
    const contentFingerprint = fingerprint(content);
    const latest = await latestOwnComponent(planning.client, name);
    const base = {
        source: reference.source,
        kind: 'file',
        name,
        fingerprint: contentFingerprint,
        type: document.type,
        platform: planning.platform,
        parameters: parametersOf(reference)
    };
    if (latest?.fingerprint === contentFingerprint) {
        return { ...base, action: 'reuse', arn: latest.arn, version: latest.version };
    }
    return { ...base, action: 'create', version: nextPatchVersion(latest?.version), data };
}
async function readDocument(workspace, path) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, path), 'utf8');
    }
    catch (error) {
        throw new action_inputs/* InputError */.d('components', `cannot read ${path}: ${describeFsError(error)}`);
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
function componentName(recipeName, path) {
    const file = (0,external_node_path_.basename)(path, (0,external_node_path_.extname)(path)).replace(/[^-_A-Za-z0-9]/g, '-');
    return `${recipeName}-${file}`.slice(0, 128).replace(/[ ]+$/, '');
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
    const version = highestVersion([...versions.keys()]);
    const componentVersionArn = version === undefined ? undefined : versions.get(version);
    if (version === undefined || componentVersionArn === undefined)
        return undefined;
    let newest;
    for await (const page of (0,dist_cjs.paginateListComponentBuildVersions)({ client }, { componentVersionArn })) {
        for (const build of page.componentSummaryList ?? []) {
            if (build.arn && (!newest || buildNumber(build.arn) > buildNumber(newest.arn))) {
                newest = { version, arn: build.arn, fingerprint: build.tags?.[FINGERPRINT_TAG] };
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
        const name = (0,errors/* errorName */.Is)(error);
        if (name === 'ResourceNotFoundException' || name === 'InvalidParameterValueException') {
            return undefined;
        }
        throw error;
    }
}
function parametersOf(reference) {
    return reference.parameters.length > 0 ? reference.parameters : undefined;
}

;// CONCATENATED MODULE: ./src/plan/configurations.ts
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
        // A failed build's instance is no use to a workflow, and it costs money while it stands.
        terminateInstanceOnFailure: true
    };
    const existing = await findInfrastructure(client, inputs.name);
    return { name: inputs.name, settings, ...decide(existing, fingerprint(settings)) };
}
async function planDistribution(client, inputs) {
    const distributions = distributionsOf(inputs);
    const existing = await findDistribution(client, inputs.name);
    return { name: inputs.name, distributions, ...decide(existing, fingerprint(distributions)) };
}
function distributionsOf(inputs) {
    return inputs.distributionRegions.map((region) => {
        const launchTemplates = inputs.launchTemplates.filter((entry) => entry.region === region);
        return {
            region,
            amiDistributionConfiguration: {
                name: inputs.amiName,
                amiTags: Object.keys(inputs.amiTags).length > 0 ? inputs.amiTags : undefined,
                launchPermission: launchPermission(inputs.shareWith)
            },
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
    return firstListed((0,dist_cjs.paginateListInfrastructureConfigurations)({ client }, { filters: byName(name) }), (page) => page.infrastructureConfigurationSummaryList);
}
function findDistribution(client, name) {
    return firstListed((0,dist_cjs.paginateListDistributionConfigurations)({ client }, { filters: byName(name) }), (page) => page.distributionConfigurationSummaryList);
}
function byName(name) {
    return [{ name: 'name', values: [name] }];
}
/** Configuration names are unique per account and region: the first one listed is the one. */
async function firstListed(pages, summaries) {
    for await (const page of pages) {
        const found = summaries(page)?.find((summary) => summary.arn);
        if (found?.arn)
            return { arn: found.arn, fingerprint: found.tags?.[FINGERPRINT_TAG] };
    }
    return undefined;
}
function nonEmpty(items) {
    return items.length > 0 ? [...items] : undefined;
}

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
        if (NOT_FOUND.has((0,errors/* errorName */.Is)(error)))
            return { Images: [] };
        throw error;
    });
    const image = Images?.[0];
    if (!image) {
        throw new action_inputs/* InputError */.d('parent-image', `${describe(input, amiId)} is not an AMI in ${region} that this account can use`);
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
            throw new action_inputs/* InputError */.d('parent-image', `SSM parameter ${name} in ${region} holds '${value}', not an AMI ID`);
        }
        return value;
    }
    catch (error) {
        if (!NOT_FOUND.has((0,errors/* errorName */.Is)(error)))
            throw error;
        throw new action_inputs/* InputError */.d('parent-image', `SSM parameter ${name} does not exist in ${region}`);
    }
}
/** An image ARN (with `x.x.x` wildcards: the newest AVAILABLE build) → its AMI in the build region. */
async function amiOfImage(clients, region, arn) {
    try {
        const { image } = await clients.imagebuilder.send(new dist_cjs.GetImageCommand({ imageBuildVersionArn: arn }));
        const ami = image?.outputResources?.amis?.find((candidate) => candidate.region === region);
        if (!ami?.image) {
            throw new action_inputs/* InputError */.d('parent-image', `image ${arn} has no AMI in ${region}`);
        }
        return ami.image;
    }
    catch (error) {
        if (!NOT_FOUND.has((0,errors/* errorName */.Is)(error)))
            throw error;
        throw new action_inputs/* InputError */.d('parent-image', `image ${arn} does not exist or has no AVAILABLE build`);
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

;// CONCATENATED MODULE: ./src/plan/recipe.ts
/**
 * The image recipe `<name>`: recipes are immutable, so a change of content (parent, components,
 * their parameters, root volume) is a new version. Without an explicit version the action reuses
 * the version whose content is identical, else takes the next patch version; an explicit version
 * that exists with other content is an input error.
 */




async function planRecipe(client, inputs, parent, components) {
    const blockDeviceMappings = rootVolume(inputs, parent);
    const recipeFingerprint = fingerprint({
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
    const base = {
        name: inputs.name,
        fingerprint: recipeFingerprint,
        parentImage: parent.input,
        blockDeviceMappings
    };
    if (inputs.version !== '') {
        const same = existing.find((recipe) => recipe.version === inputs.version);
        if (!same)
            return { ...base, action: 'create', version: inputs.version };
        if (same.fingerprint !== recipeFingerprint) {
            throw new action_inputs/* InputError */.d('version', `recipe ${inputs.name} ${inputs.version} already exists with other content (recipes cannot change); give a new version or leave version empty`);
        }
        return { ...base, action: 'reuse', version: same.version, arn: same.arn };
    }
    const identical = existing
        .filter((recipe) => recipe.fingerprint === recipeFingerprint)
        .sort((a, b) => compareVersions(a.version, b.version))
        .at(-1);
    if (identical)
        return { ...base, action: 'reuse', version: identical.version, arn: identical.arn };
    const latest = highestVersion(existing.map((recipe) => recipe.version));
    return { ...base, action: 'create', version: nextPatchVersion(latest) };
}
function rootVolume(inputs, parent) {
    if (inputs.rootVolumeSize === undefined)
        return undefined;
    if (!parent.rootDeviceName) {
        throw new action_inputs/* InputError */.d('root-volume-size', `the parent image ${parent.amiId} names no root device to resize`);
    }
    if (parent.rootVolumeSize !== undefined && inputs.rootVolumeSize < parent.rootVolumeSize) {
        throw new action_inputs/* InputError */.d('root-volume-size', `${inputs.rootVolumeSize} GiB is smaller than the parent image's root volume (${parent.rootVolumeSize} GiB)`);
    }
    return [
        {
            deviceName: parent.rootDeviceName,
            ebs: { volumeSize: inputs.rootVolumeSize, volumeType: 'gp3', deleteOnTermination: true }
        }
    ];
}
async function existingVersions(client, name) {
    const recipes = [];
    const filters = [{ name: 'name', values: [name] }];
    for await (const page of (0,dist_cjs.paginateListImageRecipes)({ client }, { owner: 'Self', filters })) {
        for (const summary of page.imageRecipeSummaryList ?? []) {
            const version = summary.arn?.split('/').at(-1);
            if (!summary.arn || !version)
                continue;
            recipes.push({ arn: summary.arn, version, fingerprint: summary.tags?.[FINGERPRINT_TAG] });
        }
    }
    return recipes;
}

;// CONCATENATED MODULE: ./src/plan/make-plan.ts




async function makePlan(context) {
    const { inputs, clients, env } = context;
    const client = clients.imagebuilder;
    const parent = await resolveParentImage(clients, inputs.region, inputs.parentImage);
    const components = await planComponents({
        client,
        inputs,
        platform: inputs.platform ?? parent.platform,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd()
    });
    const [recipe, infrastructure, distribution] = await Promise.all([
        planRecipe(client, inputs, parent, components),
        planInfrastructure(client, inputs),
        planDistribution(client, inputs)
    ]);
    return { region: inputs.region, parent, components, recipe, infrastructure, distribution };
}
/** Nothing to create or update: with skip-if-unchanged, an earlier build may stand in. */
function changesNothing(plan) {
    return [...plan.components, plan.recipe, plan.infrastructure, plan.distribution].every((resource) => resource.action === 'reuse');
}

// EXTERNAL MODULE: ./src/report/plan-report.ts
var plan_report = __webpack_require__(7930);
// EXTERNAL MODULE: ./src/client-token.ts
var client_token = __webpack_require__(2216);
// EXTERNAL MODULE: ./src/start/start-pipeline.ts
var start_pipeline = __webpack_require__(3183);
;// CONCATENATED MODULE: ./src/start/apply-plan.ts
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
/** Fills in `arn` on every resource of the plan (the plan is the record of what was done). */
async function applyPlan(applying) {
    const { plan } = applying;
    for (const component of plan.components) {
        if (component.action === 'create')
            component.arn = await createComponent(applying, component);
    }
    plan.recipe.arn = await applyRecipe(applying, plan.recipe);
    const [infrastructureArn, distributionArn] = await Promise.all([
        applyInfrastructure(applying, plan.infrastructure),
        applyDistribution(applying, plan.distribution)
    ]);
    plan.infrastructure.arn = infrastructureArn;
    plan.distribution.arn = distributionArn;
}
async function createComponent(applying, component) {
    const tags = tagsWith(applying, component.fingerprint);
    const { componentBuildVersionArn } = await applying.client.send(new dist_cjs.CreateComponentCommand({
        name: component.name,
        semanticVersion: component.version,
        platform: component.platform,
        data: component.data,
        description: `${DESCRIPTION}, from ${component.source}`.slice(0, 1024),
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
    try {
        const { imageRecipeArn } = await applying.client.send(new dist_cjs.CreateImageRecipeCommand({
            name: recipe.name,
            semanticVersion: recipe.version,
            parentImage: recipe.parentImage,
            components: applying.plan.components.map((component) => ({
                componentArn: required(component.arn, `component ${component.source}`),
                parameters: component.parameters
            })),
            blockDeviceMappings: recipe.blockDeviceMappings,
            description: DESCRIPTION,
            tags,
            clientToken: contentToken(applying, 'recipe', recipe.name, recipe.version, tags)
        }));
        applying.report(`Created image recipe ${recipe.name} ${recipe.version}`);
        return required(imageRecipeArn, 'CreateImageRecipe');
    }
    catch (error) {
        if ((0,errors/* errorName */.Is)(error) !== 'ResourceAlreadyExistsException')
            throw error;
        const same = (await existingVersions(applying.client, recipe.name)).find((existing) => existing.version === recipe.version);
        if (same?.fingerprint !== recipe.fingerprint || !same.arn) {
            throw new start_pipeline/* StartError */.D(`Another run created image recipe ${recipe.name} ${recipe.version} with other content at the same moment; run this step again to take the next version.`, { cause: error });
        }
        recipe.action = 'reuse';
        return same.arn;
    }
}
async function applyInfrastructure(applying, infrastructure) {
    const { client } = applying;
    const settings = { ...infrastructure.settings, description: DESCRIPTION };
    return applyConfiguration(applying, infrastructure, {
        kind: 'infrastructure configuration',
        find: () => findInfrastructure(client, infrastructure.name),
        create: async (tags, clientToken) => (await client.send(new dist_cjs.CreateInfrastructureConfigurationCommand({
            name: infrastructure.name,
            ...settings,
            tags,
            clientToken
        }))).infrastructureConfigurationArn,
        update: async (arn, clientToken) => {
            await client.send(new dist_cjs.UpdateInfrastructureConfigurationCommand({
                infrastructureConfigurationArn: arn,
                ...settings,
                clientToken
            }));
        }
    });
}
async function applyDistribution(applying, distribution) {
    const { client } = applying;
    const content = { distributions: distribution.distributions, description: DESCRIPTION };
    return applyConfiguration(applying, distribution, {
        kind: 'distribution configuration',
        find: () => findDistribution(client, distribution.name),
        create: async (tags, clientToken) => (await client.send(new dist_cjs.CreateDistributionConfigurationCommand({
            name: distribution.name,
            ...content,
            tags,
            clientToken
        }))).distributionConfigurationArn,
        update: async (arn, clientToken) => {
            await client.send(new dist_cjs.UpdateDistributionConfigurationCommand({
                distributionConfigurationArn: arn,
                ...content,
                clientToken
            }));
        }
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
            if ((0,errors/* errorName */.Is)(error) !== 'ResourceAlreadyExistsException')
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
    await applying.client.send(new dist_cjs.TagResourceCommand({
        resourceArn: arn,
        tags: { [FINGERPRINT_TAG]: planned.fingerprint }
    }));
    applying.report(`Updated ${calls.kind} ${planned.name}`);
    return arn;
}
function tagsWith(applying, contentFingerprint) {
    return { ...applying.tags, [FINGERPRINT_TAG]: contentFingerprint };
}
/** The same request from another leg or a retry carries the same token; other content, another. */
function contentToken(applying, ...parts) {
    return (0,client_token/* tokenFrom */.o)([
        applying.plan.region,
        ...parts.map((part) => (typeof part === 'object' ? JSON.stringify(part) : (part ?? '')))
    ]);
}
function required(value, what) {
    if (!value)
        throw new start_pipeline/* StartError */.D(`Image Builder's answer to ${what} had no ARN.`);
    return value;
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/start/provenance.ts
var provenance = __webpack_require__(3101);
;// CONCATENATED MODULE: ./src/start/create-image.ts
/**
 * Recipe mode's start: CreateImage from the applied plan, with a client token derived from the
 * invocation (a retried call never starts a second build) and the tags that say where the build
 * came from, including the AMI the parent resolved to, which skip-if-unchanged compares against.
 */






/** The AMI the parent image resolved to when the build started. */
const PARENT_AMI_TAG = 'imagebuilder-action:parent-ami';
async function createImage(context, plan) {
    const { inputs } = context;
    const command = (0,retry/* withStartPatience */.Uv)(new dist_cjs.CreateImageCommand({
        imageRecipeArn: plan.recipe.arn,
        infrastructureConfigurationArn: plan.infrastructure.arn,
        distributionConfigurationArn: plan.distribution.arn,
        imageTestsConfiguration: { imageTestsEnabled: inputs.imageTests },
        imageScanningConfiguration: { imageScanningEnabled: inputs.imageScanning },
        enhancedImageMetadataEnabled: true,
        executionRole: inputs.executionRole,
        tags: {
            ...(0,provenance/* provenanceTags */.X)(context.env),
            ...inputs.tags,
            [PARENT_AMI_TAG]: plan.parent.amiId
        },
        clientToken: (0,client_token/* clientToken */.$)('create-image', context.env)
    }), (0,retry/* startPatienceFrom */.kL)(context.env));
    try {
        const { imageBuildVersionArn } = await context.clients.imagebuilder.send(command, {
            abortSignal: context.stop.signal
        });
        if (!imageBuildVersionArn) {
            throw new start_pipeline/* StartError */.D('Image Builder started no build: its answer had no image ARN.');
        }
        return imageBuildVersionArn;
    }
    catch (error) {
        if ((0,errors/* isExpiredCredentials */.CW)(error) || error instanceof start_pipeline/* StartError */.D)
            throw error;
        throw new start_pipeline/* StartError */.D(`Could not start the build of recipe ${plan.recipe.name} ${plan.recipe.version}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/start/last-image.ts
/**
 * skip-if-unchanged: the newest AVAILABLE build of this recipe version whose parent resolved to the
 * same AMI as now. ListImageBuildVersions can lag a new build by minutes, which at worst means one
 * build more, never one too few.
 */


async function lastEquivalentImage(client, plan) {
    if (!plan.recipe.arn)
        return undefined;
    const imageVersionArn = plan.recipe.arn.replace(':image-recipe/', ':image/');
    let newest;
    for await (const page of (0,dist_cjs.paginateListImageBuildVersions)({ client }, { imageVersionArn })) {
        for (const image of page.imageSummaryList ?? []) {
            const equivalent = image.state?.status === 'AVAILABLE' && image.tags?.[PARENT_AMI_TAG] === plan.parent.amiId;
            const created = image.dateCreated ?? '';
            if (equivalent && image.arn && (!newest || created > newest.created)) {
                newest = { arn: image.arn, created };
            }
        }
    }
    return newest?.arn;
}

;// CONCATENATED MODULE: ./src/start/recipe.ts





async function beginRecipe(context) {
    const { inputs, record, out, clients } = context;
    const plan = await makePlan(context);
    record.plan = plan;
    out.write((0,plan_report/* planLines */.HN)(plan));
    if (inputs.dryRun) {
        out.write(['Dry run: nothing was created, updated or started.']);
        return { kind: 'planned' };
    }
    if (inputs.skipIfUnchanged && changesNothing(plan)) {
        const last = await lastEquivalentImage(clients.imagebuilder, plan);
        if (last) {
            out.write([
                `Unchanged since ${last} (same recipe, parent ${plan.parent.amiId}): no build started.`
            ]);
            return { kind: 'reused', imageArn: last };
        }
        out.write(['No earlier AVAILABLE build of this recipe from the same parent AMI: building.']);
    }
    await applyPlan({
        client: clients.imagebuilder,
        plan,
        tags: inputs.tags,
        report: (line) => out.write([line])
    });
    return { kind: 'started', imageArn: await createImage(context, plan) };
}


/***/ })

};
