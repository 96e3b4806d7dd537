import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-MPQEDZ2V.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-XD2Z7BNE.js";
import {
  INPUT_DEFAULTS,
  environmentReader,
  givenBy,
  withDefaults
} from "./chunk-L5EABXVA.js";
import {
  NodeHttpHandler
} from "./chunk-VDQZ3A6U.js";
import {
  AdaptiveRetryStrategy,
  BinaryDecisionDiagram,
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  StandardRetryStrategy,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-62XFFN6W.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-TECVXIYH.js";
import {
  Hash,
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-2DQCQC44.js";

// src/aws/errors.ts
var THROTTLING_NAMES = /* @__PURE__ */ new Set([
  "CallRateLimitExceededException",
  "TooManyRequestsException",
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "LimitExceededException",
  "SlowDown"
]);
var TRANSIENT_NAMES = /* @__PURE__ */ new Set([
  "ServiceException",
  "ServiceUnavailableException",
  "InternalError",
  "InternalFailure",
  "Unavailable",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET"
]);
var EXPIRED_CREDENTIAL_NAMES = /* @__PURE__ */ new Set([
  "ExpiredTokenException",
  "ExpiredToken",
  "RequestExpired",
  "TokenRefreshRequired"
]);
function fields(error) {
  return typeof error === "object" && error !== null ? error : {};
}
function errorName(error) {
  const { name } = fields(error);
  return typeof name === "string" ? name : "Error";
}
function httpStatus(error) {
  return fields(error).$metadata?.httpStatusCode;
}
function isThrottling(error) {
  return THROTTLING_NAMES.has(errorName(error)) || httpStatus(error) === 429;
}
function isTransient(error) {
  const { code } = fields(error);
  const status = httpStatus(error);
  return isThrottling(error) || TRANSIENT_NAMES.has(errorName(error)) || typeof code === "string" && NETWORK_CODES.has(code) || status !== void 0 && status >= 500;
}
function isExpiredCredentials(error) {
  if (EXPIRED_CREDENTIAL_NAMES.has(errorName(error))) return true;
  const { message } = fields(error);
  return errorName(error) === "CredentialsProviderError" && typeof message === "string" && /expired/i.test(message);
}
function describeError(error) {
  const { message } = fields(error);
  const text = typeof message === "string" && message !== "" ? message : String(error);
  return `${errorName(error)}: ${text}`;
}

// src/aws/retry.ts
var START_PATIENCE = {
  maxAttempts: 10,
  firstDelayMs: 2e3,
  maxDelayMs: 16e3,
  adaptive: false
};
function startPatienceFrom(env) {
  const userAttempts = Number.parseInt(env.AWS_MAX_ATTEMPTS ?? "", 10);
  return {
    ...START_PATIENCE,
    maxAttempts: userAttempts >= 1 ? userAttempts : START_PATIENCE.maxAttempts,
    adaptive: env.AWS_RETRY_MODE === "adaptive"
  };
}
function startBackoffMs(patience, retriesSoFar, random = Math.random) {
  const nominal = Math.min(patience.firstDelayMs * 2 ** retriesSoFar, patience.maxDelayMs);
  return Math.round(nominal * (0.5 + 0.5 * random()));
}
function withStartPatience(command, patience) {
  const strategy = startRetryStrategy(patience);
  command.middlewareStack.use(
    getRetryPlugin({
      maxAttempts: () => Promise.resolve(patience.maxAttempts),
      retryStrategy: () => Promise.resolve(strategy)
    })
  );
  return command;
}
function startRetryStrategy(patience) {
  const options = {
    maxAttempts: patience.maxAttempts,
    backoff: {
      computeNextBackoffDelay: (retriesSoFar) => startBackoffMs(patience, retriesSoFar),
      // One schedule for throttling and server errors alike: the SDK's base does not apply.
      setDelayBase: () => void 0
    }
  };
  return patience.adaptive ? new AdaptiveRetryStrategy(patience.maxAttempts, options) : new StandardRetryStrategy(options);
}
function teachThrottling(client) {
  client.middlewareStack.addRelativeTo(throttlingByName, {
    relation: "after",
    toMiddleware: "retryMiddleware",
    name: "throttlingByNameMiddleware"
  });
}
function throttlingByName(next) {
  return async (args) => {
    try {
      return await next(args);
    } catch (error) {
      if (isThrottling(error) && typeof error === "object" && error !== null) {
        Object.assign(error, { $retryable: { throttling: true } });
      }
      throw error;
    }
  };
}

// src/client-token.ts
import { createHash, randomUUID } from "node:crypto";
var CONTEXT_VARIABLES = [
  "GITHUB_REPOSITORY",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_JOB",
  "GITHUB_ACTION"
];
function clientToken(purpose, env) {
  const outsideRun = env.GITHUB_RUN_ID ? [] : [randomUUID()];
  return tokenFrom([purpose, ...invocationParts(env, CONTEXT_VARIABLES), ...outsideRun]);
}
function invocationId(env) {
  if (!env.GITHUB_RUN_ID) return void 0;
  const everyAttempt = CONTEXT_VARIABLES.filter((name) => name !== "GITHUB_RUN_ATTEMPT");
  return tokenFrom(["invocation", ...invocationParts(env, everyAttempt)]);
}
function invocationParts(env, variables) {
  const context = variables.map((name) => `${name}=${env[name] ?? ""}`);
  const read = withDefaults(environmentReader(env));
  const inputs = Object.keys(INPUT_DEFAULTS).filter(givenBy(read)).map((name) => `${name}=${read(name)}`);
  return [...context, ...inputs];
}
function tokenFrom(parts) {
  const digest = createHash("sha256").update(JSON.stringify(parts)).digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] ?? 0) & 15 | 128;
  bytes[8] = (bytes[8] ?? 0) & 63 | 128;
  const hex = bytes.toString("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32)
  ].join("-");
}

// node_modules/@aws-sdk/client-imagebuilder/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "imagebuilder"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/models/ImagebuilderServiceException.js
var ImagebuilderServiceException = class _ImagebuilderServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ImagebuilderServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends ImagebuilderServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var CallRateLimitExceededException = class _CallRateLimitExceededException extends ImagebuilderServiceException {
  name = "CallRateLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CallRateLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallRateLimitExceededException.prototype);
  }
};
var ClientException = class _ClientException extends ImagebuilderServiceException {
  name = "ClientException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClientException.prototype);
  }
};
var ForbiddenException = class _ForbiddenException extends ImagebuilderServiceException {
  name = "ForbiddenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ForbiddenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ForbiddenException.prototype);
  }
};
var IdempotentParameterMismatchException = class _IdempotentParameterMismatchException extends ImagebuilderServiceException {
  name = "IdempotentParameterMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IdempotentParameterMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentParameterMismatchException.prototype);
  }
};
var InvalidRequestException = class _InvalidRequestException extends ImagebuilderServiceException {
  name = "InvalidRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestException.prototype);
  }
};
var ResourceInUseException = class _ResourceInUseException extends ImagebuilderServiceException {
  name = "ResourceInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
  }
};
var ServiceException2 = class _ServiceException extends ImagebuilderServiceException {
  name = "ServiceException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceException.prototype);
  }
};
var ServiceUnavailableException = class _ServiceUnavailableException extends ImagebuilderServiceException {
  name = "ServiceUnavailableException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
  }
};
var DryRunOperationException = class _DryRunOperationException extends ImagebuilderServiceException {
  name = "DryRunOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DryRunOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DryRunOperationException.prototype);
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends ImagebuilderServiceException {
  name = "InvalidParameterCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
  }
};
var InvalidVersionNumberException = class _InvalidVersionNumberException extends ImagebuilderServiceException {
  name = "InvalidVersionNumberException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidVersionNumberException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidVersionNumberException.prototype);
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends ImagebuilderServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
  }
};
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends ImagebuilderServiceException {
  name = "ResourceAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
  }
};
var ResourceDependencyException = class _ResourceDependencyException extends ImagebuilderServiceException {
  name = "ResourceDependencyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceDependencyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDependencyException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends ImagebuilderServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var TooManyRequestsException = class _TooManyRequestsException extends ImagebuilderServiceException {
  name = "TooManyRequestsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyRequestsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
  }
};
var InvalidPaginationTokenException = class _InvalidPaginationTokenException extends ImagebuilderServiceException {
  name = "InvalidPaginationTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPaginationTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPaginationTokenException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends ImagebuilderServiceException {
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends ImagebuilderServiceException {
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/schemas/schemas_0.js
var _A = "Ami";
var _AA = "AccountAggregation";
var _ADC = "AmiDistributionConfiguration";
var _ADE = "AccessDeniedException";
var _ADP = "AutoDisablePolicy";
var _AIC = "AdditionalInstanceConfiguration";
var _AL = "AmiList";
var _C = "Component";
var _CC = "ComponentConfiguration";
var _CCL = "ComponentConfigurationList";
var _CCR = "CreateComponentRequest";
var _CCRR = "CreateContainerRecipeRequest";
var _CCRRr = "CreateContainerRecipeResponse";
var _CCRr = "CreateComponentResponse";
var _CCRre = "CreateContainerRecipe";
var _CCr = "CreateComponent";
var _CDC = "ContainerDistributionConfiguration";
var _CDCR = "CreateDistributionConfigurationRequest";
var _CDCRr = "CreateDistributionConfigurationResponse";
var _CDCr = "CreateDistributionConfiguration";
var _CE = "ClientException";
var _CI = "CreateImage";
var _CIC = "CancelImageCreation";
var _CICR = "CancelImageCreationRequest";
var _CICRa = "CancelImageCreationResponse";
var _CICRr = "CreateInfrastructureConfigurationRequest";
var _CICRre = "CreateInfrastructureConfigurationResponse";
var _CICr = "CreateInfrastructureConfiguration";
var _CIP = "CreateImagePipeline";
var _CIPR = "CreateImagePipelineRequest";
var _CIPRr = "CreateImagePipelineResponse";
var _CIR = "CreateImageRequest";
var _CIRR = "CreateImageRecipeRequest";
var _CIRRr = "CreateImageRecipeResponse";
var _CIRr = "CreateImageResponse";
var _CIRre = "CreateImageRecipe";
var _CL = "ContainerList";
var _CLE = "CancelLifecycleExecution";
var _CLER = "CancelLifecycleExecutionRequest";
var _CLERa = "CancelLifecycleExecutionResponse";
var _CLP = "CreateLifecyclePolicy";
var _CLPR = "CreateLifecyclePolicyRequest";
var _CLPRr = "CreateLifecyclePolicyResponse";
var _CP = "ComponentParameter";
var _CPD = "ComponentParameterDetail";
var _CPDL = "ComponentParameterDetailList";
var _CPL = "ComponentParameterList";
var _CR = "ContainerRecipe";
var _CRLEE = "CallRateLimitExceededException";
var _CRS = "ContainerRecipeSummary";
var _CRSL = "ContainerRecipeSummaryList";
var _CS = "ComponentState";
var _CSA = "CvssScoreAdjustment";
var _CSAL = "CvssScoreAdjustmentList";
var _CSD = "CvssScoreDetails";
var _CSL = "ComponentSummaryList";
var _CSLv = "CvssScoreList";
var _CSo = "ComponentSummary";
var _CSv = "CvssScore";
var _CV = "ComponentVersion";
var _CVL = "ComponentVersionList";
var _CW = "CreateWorkflow";
var _CWR = "CreateWorkflowRequest";
var _CWRr = "CreateWorkflowResponse";
var _Co = "Container";
var _D = "Distribution";
var _DC = "DistributionConfiguration";
var _DCR = "DeleteComponentRequest";
var _DCRR = "DeleteContainerRecipeRequest";
var _DCRRe = "DeleteContainerRecipeResponse";
var _DCRe = "DeleteComponentResponse";
var _DCRel = "DeleteContainerRecipe";
var _DCS = "DistributionConfigurationSummary";
var _DCSL = "DistributionConfigurationSummaryList";
var _DCe = "DeleteComponent";
var _DDC = "DeleteDistributionConfiguration";
var _DDCR = "DeleteDistributionConfigurationRequest";
var _DDCRe = "DeleteDistributionConfigurationResponse";
var _DI = "DeleteImage";
var _DIC = "DeleteInfrastructureConfiguration";
var _DICR = "DeleteInfrastructureConfigurationRequest";
var _DICRe = "DeleteInfrastructureConfigurationResponse";
var _DIP = "DeleteImagePipeline";
var _DIPR = "DeleteImagePipelineRequest";
var _DIPRe = "DeleteImagePipelineResponse";
var _DIR = "DeleteImageRequest";
var _DIRR = "DeleteImageRecipeRequest";
var _DIRRe = "DeleteImageRecipeResponse";
var _DIRe = "DeleteImageResponse";
var _DIRel = "DeleteImageRecipe";
var _DIRi = "DistributeImageRequest";
var _DIRis = "DistributeImageResponse";
var _DIi = "DistributeImage";
var _DL = "DistributionList";
var _DLP = "DeleteLifecyclePolicy";
var _DLPR = "DeleteLifecyclePolicyRequest";
var _DLPRe = "DeleteLifecyclePolicyResponse";
var _DROE = "DryRunOperationException";
var _DW = "DeleteWorkflow";
var _DWR = "DeleteWorkflowRequest";
var _DWRe = "DeleteWorkflowResponse";
var _EC = "EcrConfiguration";
var _EIBDS = "EbsInstanceBlockDeviceSpecification";
var _F = "Filter";
var _FE = "ForbiddenException";
var _FL = "FilterList";
var _FLC = "FastLaunchConfiguration";
var _FLCL = "FastLaunchConfigurationList";
var _FLLTS = "FastLaunchLaunchTemplateSpecification";
var _FLSC = "FastLaunchSnapshotConfiguration";
var _GC = "GetComponent";
var _GCP = "GetComponentPolicy";
var _GCPR = "GetComponentPolicyRequest";
var _GCPRe = "GetComponentPolicyResponse";
var _GCR = "GetComponentRequest";
var _GCRP = "GetContainerRecipePolicy";
var _GCRPR = "GetContainerRecipePolicyRequest";
var _GCRPRe = "GetContainerRecipePolicyResponse";
var _GCRR = "GetContainerRecipeRequest";
var _GCRRe = "GetContainerRecipeResponse";
var _GCRe = "GetComponentResponse";
var _GCRet = "GetContainerRecipe";
var _GDC = "GetDistributionConfiguration";
var _GDCR = "GetDistributionConfigurationRequest";
var _GDCRe = "GetDistributionConfigurationResponse";
var _GI = "GetImage";
var _GIC = "GetInfrastructureConfiguration";
var _GICR = "GetInfrastructureConfigurationRequest";
var _GICRe = "GetInfrastructureConfigurationResponse";
var _GIP = "GetImagePipeline";
var _GIPR = "GetImagePipelineRequest";
var _GIPRe = "GetImagePipelineResponse";
var _GIPRet = "GetImagePolicyRequest";
var _GIPRetm = "GetImagePolicyResponse";
var _GIPe = "GetImagePolicy";
var _GIR = "GetImageRequest";
var _GIRP = "GetImageRecipePolicy";
var _GIRPR = "GetImageRecipePolicyRequest";
var _GIRPRe = "GetImageRecipePolicyResponse";
var _GIRR = "GetImageRecipeRequest";
var _GIRRe = "GetImageRecipeResponse";
var _GIRe = "GetImageResponse";
var _GIRet = "GetImageRecipe";
var _GLE = "GetLifecycleExecution";
var _GLER = "GetLifecycleExecutionRequest";
var _GLERe = "GetLifecycleExecutionResponse";
var _GLP = "GetLifecyclePolicy";
var _GLPR = "GetLifecyclePolicyRequest";
var _GLPRe = "GetLifecyclePolicyResponse";
var _GMR = "GetMarketplaceResource";
var _GMRR = "GetMarketplaceResourceRequest";
var _GMRRe = "GetMarketplaceResourceResponse";
var _GW = "GetWorkflow";
var _GWE = "GetWorkflowExecution";
var _GWER = "GetWorkflowExecutionRequest";
var _GWERe = "GetWorkflowExecutionResponse";
var _GWR = "GetWorkflowRequest";
var _GWRe = "GetWorkflowResponse";
var _GWSE = "GetWorkflowStepExecution";
var _GWSER = "GetWorkflowStepExecutionRequest";
var _GWSERe = "GetWorkflowStepExecutionResponse";
var _I = "Image";
var _IA = "ImageAggregation";
var _IBDM = "InstanceBlockDeviceMapping";
var _IBDMn = "InstanceBlockDeviceMappings";
var _IC = "InfrastructureConfiguration";
var _ICR = "ImportComponentRequest";
var _ICRm = "ImportComponentResponse";
var _ICS = "InfrastructureConfigurationSummary";
var _ICSL = "InfrastructureConfigurationSummaryList";
var _ICm = "ImportComponent";
var _ICn = "InstanceConfiguration";
var _IDI = "ImportDiskImage";
var _IDIR = "ImportDiskImageRequest";
var _IDIRm = "ImportDiskImageResponse";
var _ILC = "ImageLoggingConfiguration";
var _IMO = "InstanceMetadataOptions";
var _IP = "ImagePackage";
var _IPA = "ImagePipelineAggregation";
var _IPCE = "InvalidParameterCombinationException";
var _IPE = "InvalidParameterException";
var _IPL = "ImagePackageList";
var _IPLm = "ImagePipelineList";
var _IPME = "IdempotentParameterMismatchException";
var _IPTE = "InvalidPaginationTokenException";
var _IPVE = "InvalidParameterValueException";
var _IPm = "ImagePipeline";
var _IR = "ImageRecipe";
var _IRE = "InvalidRequestException";
var _IRS = "ImageRecipeSummary";
var _IRSL = "ImageRecipeSummaryList";
var _IS = "ImageState";
var _ISC = "ImageScanningConfiguration";
var _ISD = "InspectorScoreDetails";
var _ISF = "ImageScanFinding";
var _ISFA = "ImageScanFindingAggregation";
var _ISFAL = "ImageScanFindingAggregationsList";
var _ISFF = "ImageScanFindingsFilter";
var _ISFFL = "ImageScanFindingsFilterList";
var _ISFL = "ImageScanFindingsList";
var _ISL = "ImageSummaryList";
var _ISS = "ImageScanState";
var _ISm = "ImageSummary";
var _ITC = "ImageTestsConfiguration";
var _IV = "ImageVersion";
var _IVI = "ImportVmImage";
var _IVIR = "ImportVmImageRequest";
var _IVIRm = "ImportVmImageResponse";
var _IVL = "ImageVersionList";
var _IVNE = "InvalidVersionNumberException";
var _L = "Logging";
var _LC = "ListComponents";
var _LCBV = "ListComponentBuildVersions";
var _LCBVR = "ListComponentBuildVersionsRequest";
var _LCBVRi = "ListComponentBuildVersionsResponse";
var _LCR = "ListComponentsRequest";
var _LCRR = "ListContainerRecipesRequest";
var _LCRRi = "ListContainerRecipesResponse";
var _LCRi = "ListComponentsResponse";
var _LCRis = "ListContainerRecipes";
var _LDC = "ListDistributionConfigurations";
var _LDCR = "ListDistributionConfigurationsRequest";
var _LDCRi = "ListDistributionConfigurationsResponse";
var _LE = "LifecycleExecution";
var _LEL = "LifecycleExecutionsList";
var _LER = "LifecycleExecutionResource";
var _LERA = "LifecycleExecutionResourceAction";
var _LERIS = "LifecycleExecutionResourcesImpactedSummary";
var _LERL = "LifecycleExecutionResourceList";
var _LERS = "LifecycleExecutionResourceState";
var _LES = "LifecycleExecutionState";
var _LESR = "LifecycleExecutionSnapshotResource";
var _LESRL = "LifecycleExecutionSnapshotResourceList";
var _LI = "ListImages";
var _LIBV = "ListImageBuildVersions";
var _LIBVR = "ListImageBuildVersionsRequest";
var _LIBVRi = "ListImageBuildVersionsResponse";
var _LIC = "ListInfrastructureConfigurations";
var _LICR = "ListInfrastructureConfigurationsRequest";
var _LICRi = "ListInfrastructureConfigurationsResponse";
var _LIP = "ListImagePackages";
var _LIPI = "ListImagePipelineImages";
var _LIPIR = "ListImagePipelineImagesRequest";
var _LIPIRi = "ListImagePipelineImagesResponse";
var _LIPR = "ListImagePackagesRequest";
var _LIPRi = "ListImagePackagesResponse";
var _LIPRis = "ListImagePipelinesRequest";
var _LIPRist = "ListImagePipelinesResponse";
var _LIPi = "ListImagePipelines";
var _LIR = "ListImagesRequest";
var _LIRR = "ListImageRecipesRequest";
var _LIRRi = "ListImageRecipesResponse";
var _LIRi = "ListImagesResponse";
var _LIRis = "ListImageRecipes";
var _LISF = "ListImageScanFindings";
var _LISFA = "ListImageScanFindingAggregations";
var _LISFAR = "ListImageScanFindingAggregationsRequest";
var _LISFARi = "ListImageScanFindingAggregationsResponse";
var _LISFR = "ListImageScanFindingsRequest";
var _LISFRi = "ListImageScanFindingsResponse";
var _LLE = "ListLifecycleExecutions";
var _LLER = "ListLifecycleExecutionsRequest";
var _LLERR = "ListLifecycleExecutionResourcesRequest";
var _LLERRi = "ListLifecycleExecutionResourcesResponse";
var _LLERi = "ListLifecycleExecutionsResponse";
var _LLERis = "ListLifecycleExecutionResources";
var _LLP = "ListLifecyclePolicies";
var _LLPR = "ListLifecyclePoliciesRequest";
var _LLPRi = "ListLifecyclePoliciesResponse";
var _LP = "LifecyclePolicy";
var _LPC = "LaunchPermissionConfiguration";
var _LPD = "LifecyclePolicyDetail";
var _LPDA = "LifecyclePolicyDetailAction";
var _LPDAIR = "LifecyclePolicyDetailActionIncludeResources";
var _LPDER = "LifecyclePolicyDetailExclusionRules";
var _LPDERA = "LifecyclePolicyDetailExclusionRulesAmis";
var _LPDERALL = "LifecyclePolicyDetailExclusionRulesAmisLastLaunched";
var _LPDF = "LifecyclePolicyDetailFilter";
var _LPDi = "LifecyclePolicyDetails";
var _LPRS = "LifecyclePolicyResourceSelection";
var _LPRSR = "LifecyclePolicyResourceSelectionRecipe";
var _LPRSRi = "LifecyclePolicyResourceSelectionRecipes";
var _LPS = "LifecyclePolicySummary";
var _LPSL = "LifecyclePolicySummaryList";
var _LTC = "LaunchTemplateConfiguration";
var _LTCL = "LaunchTemplateConfigurationList";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LVR = "LatestVersionReferences";
var _LW = "ListWorkflows";
var _LWBV = "ListWorkflowBuildVersions";
var _LWBVR = "ListWorkflowBuildVersionsRequest";
var _LWBVRi = "ListWorkflowBuildVersionsResponse";
var _LWE = "ListWorkflowExecutions";
var _LWER = "ListWorkflowExecutionsRequest";
var _LWERi = "ListWorkflowExecutionsResponse";
var _LWR = "ListWorkflowsRequest";
var _LWRi = "ListWorkflowsResponse";
var _LWSE = "ListWorkflowStepExecutions";
var _LWSER = "ListWorkflowStepExecutionsRequest";
var _LWSERi = "ListWorkflowStepExecutionsResponse";
var _LWWS = "ListWaitingWorkflowSteps";
var _LWWSR = "ListWaitingWorkflowStepsRequest";
var _LWWSRi = "ListWaitingWorkflowStepsResponse";
var _OR = "OutputResources";
var _P = "Placement";
var _PCL = "ProductCodeList";
var _PCLI = "ProductCodeListItem";
var _PCP = "PutComponentPolicy";
var _PCPR = "PutComponentPolicyRequest";
var _PCPRu = "PutComponentPolicyResponse";
var _PCRP = "PutContainerRecipePolicy";
var _PCRPR = "PutContainerRecipePolicyRequest";
var _PCRPRu = "PutContainerRecipePolicyResponse";
var _PIP = "PutImagePolicy";
var _PIPR = "PutImagePolicyRequest";
var _PIPRu = "PutImagePolicyResponse";
var _PIRP = "PutImageRecipePolicy";
var _PIRPR = "PutImageRecipePolicyRequest";
var _PIRPRu = "PutImageRecipePolicyResponse";
var _PLC = "PipelineLoggingConfiguration";
var _PVD = "PackageVulnerabilityDetails";
var _R = "Remediation";
var _RAEE = "ResourceAlreadyExistsException";
var _RDE = "ResourceDependencyException";
var _RI = "RetryImage";
var _RIO = "RegisterImageOptions";
var _RIR = "RetryImageRequest";
var _RIRe = "RetryImageResponse";
var _RIUE = "ResourceInUseException";
var _RNFE = "ResourceNotFoundException";
var _RR = "RemediationRecommendation";
var _RS = "ResourceState";
var _RSUER = "ResourceStateUpdateExclusionRules";
var _RSUIR = "ResourceStateUpdateIncludeResources";
var _S = "Schedule";
var _SC = "SeverityCounts";
var _SE = "ServiceException";
var _SEC = "S3ExportConfiguration";
var _SIPE = "StartImagePipelineExecution";
var _SIPER = "StartImagePipelineExecutionRequest";
var _SIPERt = "StartImagePipelineExecutionResponse";
var _SL = "S3Logs";
var _SMA = "SystemsManagerAgent";
var _SPC = "SsmParameterConfiguration";
var _SPCL = "SsmParameterConfigurationList";
var _SQEE = "ServiceQuotaExceededException";
var _SRSU = "StartResourceStateUpdate";
var _SRSUR = "StartResourceStateUpdateRequest";
var _SRSURt = "StartResourceStateUpdateResponse";
var _SUE = "ServiceUnavailableException";
var _SWSA = "SendWorkflowStepAction";
var _SWSAR = "SendWorkflowStepActionRequest";
var _SWSARe = "SendWorkflowStepActionResponse";
var _TCR = "TargetContainerRepository";
var _TMRE = "TooManyRequestsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _UDC = "UpdateDistributionConfiguration";
var _UDCR = "UpdateDistributionConfigurationRequest";
var _UDCRp = "UpdateDistributionConfigurationResponse";
var _UIC = "UpdateInfrastructureConfiguration";
var _UICR = "UpdateInfrastructureConfigurationRequest";
var _UICRp = "UpdateInfrastructureConfigurationResponse";
var _UIP = "UpdateImagePipeline";
var _UIPR = "UpdateImagePipelineRequest";
var _UIPRp = "UpdateImagePipelineResponse";
var _ULP = "UpdateLifecyclePolicy";
var _ULPR = "UpdateLifecyclePolicyRequest";
var _ULPRp = "UpdateLifecyclePolicyResponse";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _VIA = "VulnerabilityIdAggregation";
var _VP = "VulnerablePackage";
var _VPL = "VulnerablePackageList";
var _W = "Workflow";
var _WC = "WindowsConfiguration";
var _WCL = "WorkflowConfigurationList";
var _WCo = "WorkflowConfiguration";
var _WEL = "WorkflowExecutionsList";
var _WEM = "WorkflowExecutionMetadata";
var _WP = "WorkflowParameter";
var _WPD = "WorkflowParameterDetail";
var _WPDL = "WorkflowParameterDetailList";
var _WPL = "WorkflowParameterList";
var _WS = "WorkflowState";
var _WSE = "WorkflowStepExecution";
var _WSEL = "WorkflowStepExecutionList";
var _WSELo = "WorkflowStepExecutionsList";
var _WSL = "WorkflowSummaryList";
var _WSM = "WorkflowStepMetadata";
var _WSo = "WorkflowSummary";
var _WV = "WorkflowVersion";
var _WVL = "WorkflowVersionList";
var _a = "arn";
var _aA = "accountAggregation";
var _aAI = "awsAccountId";
var _aAIm = "amiAccountId";
var _aC = "adjustedCvss";
var _aDC = "amiDistributionConfiguration";
var _aDP = "autoDisablePolicy";
var _aI = "accountId";
var _aIC = "additionalInstanceConfiguration";
var _aT = "amiTags";
var _aTg = "aggregationType";
var _aZ = "availabilityZone";
var _ac = "action";
var _ad = "adjustments";
var _al = "all";
var _am = "amis";
var _ar = "arch";
var _bDM = "blockDeviceMappings";
var _bN = "byName";
var _bS = "baseScore";
var _bT = "buildType";
var _c = "client";
var _cA = "componentArn";
var _cBVA = "componentBuildVersionArn";
var _cD = "changeDescription";
var _cDC = "containerDistributionConfiguration";
var _cF = "consecutiveFailures";
var _cR = "containerRecipe";
var _cRA = "containerRecipeArn";
var _cRSL = "containerRecipeSummaryList";
var _cS = "cvssSource";
var _cSL = "componentSummaryList";
var _cT = "clientToken";
var _cTo = "containerTags";
var _cTon = "containerType";
var _cVA = "componentVersionArn";
var _cVL = "componentVersionList";
var _co = "components";
var _com = "component";
var _con = "containers";
var _cr = "critical";
var _cv = "cvss";
var _d = "description";
var _dC = "dateCreated";
var _dCA = "distributionConfigurationArn";
var _dCSL = "distributionConfigurationSummaryList";
var _dCi = "distributionConfiguration";
var _dIF = "diskImageFormat";
var _dLR = "dateLastRun";
var _dN = "deviceName";
var _dNR = "dateNextRun";
var _dOT = "deleteOnTermination";
var _dR = "dryRun";
var _dT = "deprecationTime";
var _dTD = "dockerfileTemplateData";
var _dTU = "dockerfileTemplateUri";
var _dTa = "dataType";
var _dU = "dateUpdated";
var _dV = "defaultValue";
var _da = "data";
var _di = "distributions";
var _e = "error";
var _eC = "ecrConfiguration";
var _eIME = "enhancedImageMetadataEnabled";
var _eR = "executionRole";
var _eRx = "exclusionRules";
var _eT = "endTime";
var _eb = "ebs";
var _en = "encrypted";
var _ena = "enabled";
var _ep = "epoch";
var _f = "format";
var _fA = "fixAvailable";
var _fC = "failureCount";
var _fIV = "fixedInVersion";
var _fLC = "fastLaunchConfigurations";
var _fOA = "firstObservedAt";
var _fP = "filePath";
var _fi = "filter";
var _fil = "filters";
var _fin = "findings";
var _h = "high";
var _hE = "httpError";
var _hI = "hostId";
var _hIR = "hasImpactedResources";
var _hPRHL = "httpPutResponseHopLimit";
var _hQ = "httpQuery";
var _hRGA = "hostResourceGroupArn";
var _hT = "httpTokens";
var _ht = "http";
var _i = "image";
var _iA = "imageArn";
var _iAm = "imageAggregation";
var _iBVA = "imageBuildVersionArn";
var _iC = "instanceConfiguration";
var _iCA = "infrastructureConfigurationArn";
var _iCSL = "infrastructureConfigurationSummaryList";
var _iCn = "infrastructureConfiguration";
var _iD = "includeDeprecated";
var _iI = "instanceImage";
var _iIm = "imageIndex";
var _iLGN = "imageLogGroupName";
var _iMO = "instanceMetadataOptions";
var _iOVO = "imageOsVersionOverride";
var _iP = "imagePipeline";
var _iPA = "imagePipelineArn";
var _iPAm = "imagePipelineAggregation";
var _iPL = "imagePackageList";
var _iPLm = "imagePipelineList";
var _iPN = "instanceProfileName";
var _iPs = "isPublic";
var _iR = "imageRecipe";
var _iRA = "imageRecipeArn";
var _iRSL = "imageRecipeSummaryList";
var _iRn = "includeResources";
var _iS = "imageSource";
var _iSC = "imageScanningConfiguration";
var _iSD = "inspectorScoreDetails";
var _iSE = "imageScanningEnabled";
var _iSL = "imageSummaryList";
var _iSn = "inspectorScore";
var _iT = "imageTags";
var _iTC = "imageTestsConfiguration";
var _iTE = "imageTestsEnabled";
var _iTn = "instanceTypes";
var _iU = "imageUris";
var _iVA = "imageVersionArn";
var _iVL = "imageVersionList";
var _in = "inputs";
var _io = "iops";
var _kKI = "kmsKeyId";
var _kP = "keyPair";
var _l = "logging";
var _lC = "loggingConfiguration";
var _lCA = "licenseConfigurationArns";
var _lE = "lifecycleExecution";
var _lEI = "lifecycleExecutionId";
var _lES = "lifecycleExecutionState";
var _lEi = "lifecycleExecutions";
var _lGN = "logGroupName";
var _lL = "lastLaunched";
var _lMVA = "latestMajorVersionArn";
var _lMVAa = "latestMinorVersionArn";
var _lP = "launchPermission";
var _lPA = "lifecyclePolicyArn";
var _lPSL = "lifecyclePolicySummaryList";
var _lPVA = "latestPatchVersionArn";
var _lPi = "lifecyclePolicy";
var _lRS = "lastRunStatus";
var _lT = "launchTemplate";
var _lTC = "launchTemplateConfigurations";
var _lTI = "launchTemplateId";
var _lTN = "launchTemplateName";
var _lTV = "launchTemplateVersion";
var _lVA = "latestVersionArn";
var _lVR = "latestVersionReferences";
var _m = "message";
var _mPL = "maxParallelLaunches";
var _mR = "maxResults";
var _me = "metric";
var _med = "medium";
var _n = "name";
var _nD = "noDevice";
var _nT = "nextToken";
var _o = "owner";
var _oA = "organizationArns";
var _oF = "onFailure";
var _oR = "outputResources";
var _oUA = "organizationalUnitArns";
var _oV = "osVersion";
var _ob = "obfuscate";
var _ou = "outputs";
var _p = "platform";
var _pC = "productCodes";
var _pCI = "productCodeId";
var _pCT = "productCodeType";
var _pD = "policyDetails";
var _pESC = "pipelineExecutionStartCondition";
var _pG = "parallelGroup";
var _pI = "parentImage";
var _pLGN = "pipelineLogGroupName";
var _pM = "packageManager";
var _pN = "packageName";
var _pNa = "parameterName";
var _pO = "platformOverride";
var _pRI = "parentResourceId";
var _pV = "packageVersion";
var _pVD = "packageVulnerabilityDetails";
var _pa = "parameters";
var _pl = "placement";
var _po = "policy";
var _pu = "publisher";
var _r = "region";
var _rA = "resourceArn";
var _rAL = "retainAtLeast";
var _rI = "requestId";
var _rIO = "registerImageOptions";
var _rIS = "resourcesImpactedSummary";
var _rIe = "resourceId";
var _rL = "resourceLocation";
var _rN = "repositoryName";
var _rNo = "roleName";
var _rS = "resourceSelection";
var _rSo = "rollbackStatus";
var _rT = "resourceTags";
var _rTe = "resourceType";
var _rU = "referenceUrls";
var _rV = "relatedVulnerabilities";
var _re = "reason";
var _rec = "recipes";
var _reco = "recommendation";
var _reg = "regions";
var _rel = "release";
var _rem = "remediation";
var _res = "responses";
var _reso = "resources";
var _ret = "retried";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.imagebuilder";
var _sA = "sharedAccounts";
var _sB = "s3Bucket";
var _sBE = "secureBootEnabled";
var _sBN = "s3BucketName";
var _sC = "severityCounts";
var _sCn = "snapshotConfiguration";
var _sDV = "setDefaultVersion";
var _sE = "scheduleExpression";
var _sEC = "s3ExportConfiguration";
var _sEI = "stepExecutionId";
var _sGI = "securityGroupIds";
var _sI = "subnetId";
var _sIn = "snapshotId";
var _sIo = "sourceImage";
var _sKP = "s3KeyPrefix";
var _sL = "s3Logs";
var _sLH = "sourceLayerHash";
var _sMA = "systemsManagerAgent";
var _sOV = "supportedOsVersions";
var _sP = "s3Prefix";
var _sPA = "sourcePipelineArn";
var _sPC = "ssmParameterConfigurations";
var _sPN = "sourcePipelineName";
var _sS = "scoreSource";
var _sSc = "scanState";
var _sT = "startTime";
var _sTA = "snsTopicArn";
var _sU = "sourceUrl";
var _sV = "semanticVersion";
var _sVc = "scoringVector";
var _sc = "schedule";
var _sco = "score";
var _se = "server";
var _ser = "service";
var _sev = "severity";
var _sn = "snapshots";
var _so = "source";
var _st = "state";
var _sta = "status";
var _ste = "steps";
var _t = "type";
var _tAI = "targetAccountIds";
var _tIOF = "terminateInstanceOnFailure";
var _tK = "tagKeys";
var _tM = "timeoutMinutes";
var _tMa = "tagMap";
var _tR = "targetRepository";
var _tRC = "targetResourceCount";
var _tS = "timeoutSeconds";
var _tSC = "totalStepCount";
var _tSF = "totalStepsFailed";
var _tSS = "totalStepsSucceeded";
var _tSSo = "totalStepsSkipped";
var _ta = "tags";
var _te = "tenancy";
var _tex = "text";
var _th = "throughput";
var _ti = "title";
var _tim = "timezone";
var _u = "uri";
var _uA = "updatedAt";
var _uAB = "uninstallAfterBuild";
var _uAp = "updateAt";
var _uD = "uefiData";
var _uDO = "userDataOverride";
var _uG = "userGroups";
var _uI = "userIds";
var _un = "unit";
var _ur = "url";
var _v = "version";
var _vCA = "vendorCreatedAt";
var _vI = "vulnerabilityId";
var _vIA = "vulnerabilityIdAggregation";
var _vITI = "vmImportTaskId";
var _vN = "virtualName";
var _vP = "vulnerablePackages";
var _vS = "volumeSize";
var _vSe = "vendorSeverity";
var _vT = "volumeType";
var _vUA = "vendorUpdatedAt";
var _va = "value";
var _val = "values";
var _w = "workflows";
var _wA = "workflowArn";
var _wBVA = "workflowBuildVersionArn";
var _wC = "windowsConfiguration";
var _wD = "workingDirectory";
var _wE = "workflowExecutions";
var _wEI = "workflowExecutionId";
var _wSL = "workflowSummaryList";
var _wVA = "workflowVersionArn";
var _wVL = "workflowVersionList";
var _wo = "workflow";
var n0 = "com.amazonaws.imagebuilder";
var _s_registry = TypeRegistry.for(_s);
var ImagebuilderServiceException$ = [-3, _s, "ImagebuilderServiceException", 0, [], []];
_s_registry.registerError(ImagebuilderServiceException$, ImagebuilderServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var CallRateLimitExceededException$ = [
  -3,
  n0,
  _CRLEE,
  { [_e]: _c, [_hE]: 429 },
  [_m],
  [0]
];
n0_registry.registerError(CallRateLimitExceededException$, CallRateLimitExceededException);
var ClientException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ClientException$, ClientException);
var DryRunOperationException$ = [
  -3,
  n0,
  _DROE,
  { [_e]: _c, [_hE]: 412 },
  [_m],
  [0]
];
n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
var ForbiddenException$ = [
  -3,
  n0,
  _FE,
  { [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(ForbiddenException$, ForbiddenException);
var IdempotentParameterMismatchException$ = [
  -3,
  n0,
  _IPME,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IdempotentParameterMismatchException$, IdempotentParameterMismatchException);
var InvalidPaginationTokenException$ = [
  -3,
  n0,
  _IPTE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var InvalidVersionNumberException$ = [
  -3,
  n0,
  _IVNE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidVersionNumberException$, InvalidVersionNumberException);
var ResourceAlreadyExistsException$ = [
  -3,
  n0,
  _RAEE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ResourceDependencyException$ = [
  -3,
  n0,
  _RDE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceDependencyException$, ResourceDependencyException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceException$, ServiceException2);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ServiceUnavailableException$ = [
  -3,
  n0,
  _SUE,
  { [_e]: _se, [_hE]: 503 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var TooManyRequestsException$ = [
  -3,
  n0,
  _TMRE,
  { [_e]: _c, [_hE]: 429 },
  [_m],
  [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountAggregation$ = [
  3,
  n0,
  _AA,
  0,
  [_aI, _sC],
  [0, () => SeverityCounts$]
];
var AdditionalInstanceConfiguration$ = [
  3,
  n0,
  _AIC,
  0,
  [_sMA, _uDO],
  [() => SystemsManagerAgent$, 0]
];
var Ami$ = [
  3,
  n0,
  _A,
  0,
  [_r, _i, _n, _d, _st, _aI],
  [0, 0, 0, 0, () => ImageState$, 0]
];
var AmiDistributionConfiguration$ = [
  3,
  n0,
  _ADC,
  0,
  [_n, _d, _tAI, _aT, _kKI, _lP],
  [0, 0, 64 | 0, 128 | 0, 0, () => LaunchPermissionConfiguration$]
];
var AutoDisablePolicy$ = [
  3,
  n0,
  _ADP,
  0,
  [_fC],
  [1],
  1
];
var CancelImageCreationRequest$ = [
  3,
  n0,
  _CICR,
  0,
  [_iBVA, _cT],
  [0, [0, 4]],
  1
];
var CancelImageCreationResponse$ = [
  3,
  n0,
  _CICRa,
  0,
  [_rI, _cT, _iBVA],
  [0, 0, 0]
];
var CancelLifecycleExecutionRequest$ = [
  3,
  n0,
  _CLER,
  0,
  [_lEI, _cT],
  [0, [0, 4]],
  1
];
var CancelLifecycleExecutionResponse$ = [
  3,
  n0,
  _CLERa,
  0,
  [_lEI],
  [0]
];
var Component$ = [
  3,
  n0,
  _C,
  0,
  [_a, _n, _v, _d, _cD, _t, _p, _sOV, _st, _pa, _o, _da, _kKI, _en, _dC, _ta, _pu, _ob, _pC],
  [0, 0, 0, 0, 0, 0, 0, 64 | 0, () => ComponentState$, () => ComponentParameterDetailList, 0, 0, 0, 2, 0, 128 | 0, 0, 2, () => ProductCodeList]
];
var ComponentConfiguration$ = [
  3,
  n0,
  _CC,
  0,
  [_cA, _pa],
  [0, () => ComponentParameterList],
  1
];
var ComponentParameter$ = [
  3,
  n0,
  _CP,
  0,
  [_n, _va],
  [0, 64 | 0],
  2
];
var ComponentParameterDetail$ = [
  3,
  n0,
  _CPD,
  0,
  [_n, _t, _dV, _d],
  [0, 0, 64 | 0, 0],
  2
];
var ComponentState$ = [
  3,
  n0,
  _CS,
  0,
  [_sta, _re],
  [0, 0]
];
var ComponentSummary$ = [
  3,
  n0,
  _CSo,
  0,
  [_a, _n, _v, _p, _sOV, _st, _t, _o, _d, _cD, _dC, _ta, _pu, _ob],
  [0, 0, 0, 0, 64 | 0, () => ComponentState$, 0, 0, 0, 0, 0, 128 | 0, 0, 2]
];
var ComponentVersion$ = [
  3,
  n0,
  _CV,
  0,
  [_a, _n, _v, _d, _p, _sOV, _t, _o, _dC, _sta, _pC],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, () => ProductCodeList]
];
var Container$ = [
  3,
  n0,
  _Co,
  0,
  [_r, _iU],
  [0, 64 | 0]
];
var ContainerDistributionConfiguration$ = [
  3,
  n0,
  _CDC,
  0,
  [_tR, _d, _cTo],
  [() => TargetContainerRepository$, 0, 64 | 0],
  1
];
var ContainerRecipe$ = [
  3,
  n0,
  _CR,
  0,
  [_a, _cTon, _n, _d, _p, _o, _v, _co, _iC, _dTD, _kKI, _en, _pI, _dC, _ta, _wD, _tR],
  [0, 0, 0, 0, 0, 0, 0, () => ComponentConfigurationList, () => InstanceConfiguration$, 0, 0, 2, 0, 0, 128 | 0, 0, () => TargetContainerRepository$]
];
var ContainerRecipeSummary$ = [
  3,
  n0,
  _CRS,
  0,
  [_a, _cTon, _n, _p, _o, _pI, _dC, _iI, _ta],
  [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0]
];
var CreateComponentRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_n, _sV, _p, _d, _cD, _sOV, _da, _u, _kKI, _ta, _cT, _dR],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 128 | 0, [0, 4], 2],
  3
];
var CreateComponentResponse$ = [
  3,
  n0,
  _CCRr,
  0,
  [_rI, _cT, _cBVA, _lVR],
  [0, 0, 0, () => LatestVersionReferences$]
];
var CreateContainerRecipeRequest$ = [
  3,
  n0,
  _CCRR,
  0,
  [_cTon, _n, _sV, _pI, _tR, _d, _co, _iC, _dTD, _dTU, _pO, _iOVO, _ta, _wD, _kKI, _cT],
  [0, 0, 0, 0, () => TargetContainerRepository$, 0, () => ComponentConfigurationList, () => InstanceConfiguration$, 0, 0, 0, 0, 128 | 0, 0, 0, [0, 4]],
  5
];
var CreateContainerRecipeResponse$ = [
  3,
  n0,
  _CCRRr,
  0,
  [_rI, _cT, _cRA, _lVR],
  [0, 0, 0, () => LatestVersionReferences$]
];
var CreateDistributionConfigurationRequest$ = [
  3,
  n0,
  _CDCR,
  0,
  [_n, _di, _d, _ta, _cT],
  [0, () => DistributionList, 0, 128 | 0, [0, 4]],
  2
];
var CreateDistributionConfigurationResponse$ = [
  3,
  n0,
  _CDCRr,
  0,
  [_rI, _cT, _dCA],
  [0, 0, 0]
];
var CreateImagePipelineRequest$ = [
  3,
  n0,
  _CIPR,
  0,
  [_n, _iCA, _d, _iRA, _cRA, _dCA, _iTC, _eIME, _sc, _sta, _ta, _iT, _cT, _iSC, _w, _eR, _lC],
  [0, 0, 0, 0, 0, 0, () => ImageTestsConfiguration$, 2, () => Schedule$, 0, 128 | 0, 128 | 0, [0, 4], () => ImageScanningConfiguration$, () => WorkflowConfigurationList, 0, () => PipelineLoggingConfiguration$],
  2
];
var CreateImagePipelineResponse$ = [
  3,
  n0,
  _CIPRr,
  0,
  [_rI, _cT, _iPA],
  [0, 0, 0]
];
var CreateImageRecipeRequest$ = [
  3,
  n0,
  _CIRR,
  0,
  [_n, _sV, _pI, _d, _co, _bDM, _ta, _wD, _aIC, _aT, _cT],
  [0, 0, 0, 0, () => ComponentConfigurationList, () => InstanceBlockDeviceMappings, 128 | 0, 0, () => AdditionalInstanceConfiguration$, 128 | 0, [0, 4]],
  3
];
var CreateImageRecipeResponse$ = [
  3,
  n0,
  _CIRRr,
  0,
  [_rI, _cT, _iRA, _lVR],
  [0, 0, 0, () => LatestVersionReferences$]
];
var CreateImageRequest$ = [
  3,
  n0,
  _CIR,
  0,
  [_iCA, _iRA, _cRA, _dCA, _iTC, _eIME, _ta, _cT, _iSC, _w, _eR, _lC],
  [0, 0, 0, 0, () => ImageTestsConfiguration$, 2, 128 | 0, [0, 4], () => ImageScanningConfiguration$, () => WorkflowConfigurationList, 0, () => ImageLoggingConfiguration$],
  1
];
var CreateImageResponse$ = [
  3,
  n0,
  _CIRr,
  0,
  [_rI, _cT, _iBVA, _lVR],
  [0, 0, 0, () => LatestVersionReferences$]
];
var CreateInfrastructureConfigurationRequest$ = [
  3,
  n0,
  _CICRr,
  0,
  [_n, _iPN, _d, _iTn, _sGI, _sI, _l, _kP, _tIOF, _sTA, _rT, _iMO, _ta, _pl, _cT],
  [0, 0, 0, 64 | 0, 64 | 0, 0, () => Logging$, 0, 2, 0, 128 | 0, () => InstanceMetadataOptions$, 128 | 0, () => Placement$, [0, 4]],
  2
];
var CreateInfrastructureConfigurationResponse$ = [
  3,
  n0,
  _CICRre,
  0,
  [_rI, _cT, _iCA],
  [0, 0, 0]
];
var CreateLifecyclePolicyRequest$ = [
  3,
  n0,
  _CLPR,
  0,
  [_n, _eR, _rTe, _pD, _rS, _d, _sta, _ta, _cT],
  [0, 0, 0, () => LifecyclePolicyDetails, () => LifecyclePolicyResourceSelection$, 0, 0, 128 | 0, [0, 4]],
  5
];
var CreateLifecyclePolicyResponse$ = [
  3,
  n0,
  _CLPRr,
  0,
  [_cT, _lPA],
  [0, 0]
];
var CreateWorkflowRequest$ = [
  3,
  n0,
  _CWR,
  0,
  [_n, _sV, _t, _d, _cD, _da, _u, _kKI, _ta, _cT, _dR],
  [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, [0, 4], 2],
  3
];
var CreateWorkflowResponse$ = [
  3,
  n0,
  _CWRr,
  0,
  [_cT, _wBVA, _lVR],
  [0, 0, () => LatestVersionReferences$]
];
var CvssScore$ = [
  3,
  n0,
  _CSv,
  0,
  [_bS, _sVc, _v, _so],
  [1, 0, 0, 0]
];
var CvssScoreAdjustment$ = [
  3,
  n0,
  _CSA,
  0,
  [_me, _re],
  [0, 0]
];
var CvssScoreDetails$ = [
  3,
  n0,
  _CSD,
  0,
  [_sS, _cS, _v, _sco, _sVc, _ad],
  [0, 0, 0, 1, 0, () => CvssScoreAdjustmentList]
];
var DeleteComponentRequest$ = [
  3,
  n0,
  _DCR,
  0,
  [_cBVA],
  [[0, { [_hQ]: _cBVA }]],
  1
];
var DeleteComponentResponse$ = [
  3,
  n0,
  _DCRe,
  0,
  [_rI, _cBVA],
  [0, 0]
];
var DeleteContainerRecipeRequest$ = [
  3,
  n0,
  _DCRR,
  0,
  [_cRA],
  [[0, { [_hQ]: _cRA }]],
  1
];
var DeleteContainerRecipeResponse$ = [
  3,
  n0,
  _DCRRe,
  0,
  [_rI, _cRA],
  [0, 0]
];
var DeleteDistributionConfigurationRequest$ = [
  3,
  n0,
  _DDCR,
  0,
  [_dCA],
  [[0, { [_hQ]: _dCA }]],
  1
];
var DeleteDistributionConfigurationResponse$ = [
  3,
  n0,
  _DDCRe,
  0,
  [_rI, _dCA],
  [0, 0]
];
var DeleteImagePipelineRequest$ = [
  3,
  n0,
  _DIPR,
  0,
  [_iPA],
  [[0, { [_hQ]: _iPA }]],
  1
];
var DeleteImagePipelineResponse$ = [
  3,
  n0,
  _DIPRe,
  0,
  [_rI, _iPA],
  [0, 0]
];
var DeleteImageRecipeRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_iRA],
  [[0, { [_hQ]: _iRA }]],
  1
];
var DeleteImageRecipeResponse$ = [
  3,
  n0,
  _DIRRe,
  0,
  [_rI, _iRA],
  [0, 0]
];
var DeleteImageRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_iBVA],
  [[0, { [_hQ]: _iBVA }]],
  1
];
var DeleteImageResponse$ = [
  3,
  n0,
  _DIRe,
  0,
  [_rI, _iBVA],
  [0, 0]
];
var DeleteInfrastructureConfigurationRequest$ = [
  3,
  n0,
  _DICR,
  0,
  [_iCA],
  [[0, { [_hQ]: _iCA }]],
  1
];
var DeleteInfrastructureConfigurationResponse$ = [
  3,
  n0,
  _DICRe,
  0,
  [_rI, _iCA],
  [0, 0]
];
var DeleteLifecyclePolicyRequest$ = [
  3,
  n0,
  _DLPR,
  0,
  [_lPA],
  [[0, { [_hQ]: _lPA }]],
  1
];
var DeleteLifecyclePolicyResponse$ = [
  3,
  n0,
  _DLPRe,
  0,
  [_lPA],
  [0]
];
var DeleteWorkflowRequest$ = [
  3,
  n0,
  _DWR,
  0,
  [_wBVA],
  [[0, { [_hQ]: _wBVA }]],
  1
];
var DeleteWorkflowResponse$ = [
  3,
  n0,
  _DWRe,
  0,
  [_wBVA],
  [0]
];
var DistributeImageRequest$ = [
  3,
  n0,
  _DIRi,
  0,
  [_sIo, _dCA, _eR, _ta, _cT, _lC],
  [0, 0, 0, 128 | 0, [0, 4], () => ImageLoggingConfiguration$],
  3
];
var DistributeImageResponse$ = [
  3,
  n0,
  _DIRis,
  0,
  [_cT, _iBVA],
  [0, 0]
];
var Distribution$ = [
  3,
  n0,
  _D,
  0,
  [_r, _aDC, _cDC, _lCA, _lTC, _sEC, _fLC, _sPC],
  [0, () => AmiDistributionConfiguration$, () => ContainerDistributionConfiguration$, 64 | 0, () => LaunchTemplateConfigurationList, () => S3ExportConfiguration$, () => FastLaunchConfigurationList, () => SsmParameterConfigurationList],
  1
];
var DistributionConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_tM, _a, _n, _d, _di, _dC, _dU, _ta],
  [1, 0, 0, 0, () => DistributionList, 0, 0, 128 | 0],
  1
];
var DistributionConfigurationSummary$ = [
  3,
  n0,
  _DCS,
  0,
  [_a, _n, _d, _dC, _dU, _ta, _reg],
  [0, 0, 0, 0, 0, 128 | 0, 64 | 0]
];
var EbsInstanceBlockDeviceSpecification$ = [
  3,
  n0,
  _EIBDS,
  0,
  [_en, _dOT, _io, _kKI, _sIn, _vS, _vT, _th],
  [2, 2, 1, 0, 0, 1, 0, 1]
];
var EcrConfiguration$ = [
  3,
  n0,
  _EC,
  0,
  [_rN, _cTo],
  [0, 64 | 0]
];
var FastLaunchConfiguration$ = [
  3,
  n0,
  _FLC,
  0,
  [_ena, _sCn, _mPL, _lT, _aI],
  [2, () => FastLaunchSnapshotConfiguration$, 1, () => FastLaunchLaunchTemplateSpecification$, 0],
  1
];
var FastLaunchLaunchTemplateSpecification$ = [
  3,
  n0,
  _FLLTS,
  0,
  [_lTI, _lTN, _lTV],
  [0, 0, 0]
];
var FastLaunchSnapshotConfiguration$ = [
  3,
  n0,
  _FLSC,
  0,
  [_tRC],
  [1]
];
var Filter$ = [
  3,
  n0,
  _F,
  0,
  [_n, _val],
  [0, 64 | 0]
];
var GetComponentPolicyRequest$ = [
  3,
  n0,
  _GCPR,
  0,
  [_cA],
  [[0, { [_hQ]: _cA }]],
  1
];
var GetComponentPolicyResponse$ = [
  3,
  n0,
  _GCPRe,
  0,
  [_rI, _po],
  [0, 0]
];
var GetComponentRequest$ = [
  3,
  n0,
  _GCR,
  0,
  [_cBVA],
  [[0, { [_hQ]: _cBVA }]],
  1
];
var GetComponentResponse$ = [
  3,
  n0,
  _GCRe,
  0,
  [_rI, _com, _lVR],
  [0, () => Component$, () => LatestVersionReferences$]
];
var GetContainerRecipePolicyRequest$ = [
  3,
  n0,
  _GCRPR,
  0,
  [_cRA],
  [[0, { [_hQ]: _cRA }]],
  1
];
var GetContainerRecipePolicyResponse$ = [
  3,
  n0,
  _GCRPRe,
  0,
  [_rI, _po],
  [0, 0]
];
var GetContainerRecipeRequest$ = [
  3,
  n0,
  _GCRR,
  0,
  [_cRA],
  [[0, { [_hQ]: _cRA }]],
  1
];
var GetContainerRecipeResponse$ = [
  3,
  n0,
  _GCRRe,
  0,
  [_rI, _cR, _lVR],
  [0, () => ContainerRecipe$, () => LatestVersionReferences$]
];
var GetDistributionConfigurationRequest$ = [
  3,
  n0,
  _GDCR,
  0,
  [_dCA],
  [[0, { [_hQ]: _dCA }]],
  1
];
var GetDistributionConfigurationResponse$ = [
  3,
  n0,
  _GDCRe,
  0,
  [_rI, _dCi],
  [0, () => DistributionConfiguration$]
];
var GetImagePipelineRequest$ = [
  3,
  n0,
  _GIPR,
  0,
  [_iPA],
  [[0, { [_hQ]: _iPA }]],
  1
];
var GetImagePipelineResponse$ = [
  3,
  n0,
  _GIPRe,
  0,
  [_rI, _iP],
  [0, () => ImagePipeline$]
];
var GetImagePolicyRequest$ = [
  3,
  n0,
  _GIPRet,
  0,
  [_iA],
  [[0, { [_hQ]: _iA }]],
  1
];
var GetImagePolicyResponse$ = [
  3,
  n0,
  _GIPRetm,
  0,
  [_rI, _po],
  [0, 0]
];
var GetImageRecipePolicyRequest$ = [
  3,
  n0,
  _GIRPR,
  0,
  [_iRA],
  [[0, { [_hQ]: _iRA }]],
  1
];
var GetImageRecipePolicyResponse$ = [
  3,
  n0,
  _GIRPRe,
  0,
  [_rI, _po],
  [0, 0]
];
var GetImageRecipeRequest$ = [
  3,
  n0,
  _GIRR,
  0,
  [_iRA],
  [[0, { [_hQ]: _iRA }]],
  1
];
var GetImageRecipeResponse$ = [
  3,
  n0,
  _GIRRe,
  0,
  [_rI, _iR, _lVR],
  [0, () => ImageRecipe$, () => LatestVersionReferences$]
];
var GetImageRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_iBVA],
  [[0, { [_hQ]: _iBVA }]],
  1
];
var GetImageResponse$ = [
  3,
  n0,
  _GIRe,
  0,
  [_rI, _i, _lVR],
  [0, () => Image$, () => LatestVersionReferences$]
];
var GetInfrastructureConfigurationRequest$ = [
  3,
  n0,
  _GICR,
  0,
  [_iCA],
  [[0, { [_hQ]: _iCA }]],
  1
];
var GetInfrastructureConfigurationResponse$ = [
  3,
  n0,
  _GICRe,
  0,
  [_rI, _iCn],
  [0, () => InfrastructureConfiguration$]
];
var GetLifecycleExecutionRequest$ = [
  3,
  n0,
  _GLER,
  0,
  [_lEI],
  [[0, { [_hQ]: _lEI }]],
  1
];
var GetLifecycleExecutionResponse$ = [
  3,
  n0,
  _GLERe,
  0,
  [_lE],
  [() => LifecycleExecution$]
];
var GetLifecyclePolicyRequest$ = [
  3,
  n0,
  _GLPR,
  0,
  [_lPA],
  [[0, { [_hQ]: _lPA }]],
  1
];
var GetLifecyclePolicyResponse$ = [
  3,
  n0,
  _GLPRe,
  0,
  [_lPi],
  [() => LifecyclePolicy$]
];
var GetMarketplaceResourceRequest$ = [
  3,
  n0,
  _GMRR,
  0,
  [_rTe, _rA, _rL],
  [0, 0, 0],
  2
];
var GetMarketplaceResourceResponse$ = [
  3,
  n0,
  _GMRRe,
  0,
  [_rA, _ur, _da],
  [0, 0, 0]
];
var GetWorkflowExecutionRequest$ = [
  3,
  n0,
  _GWER,
  0,
  [_wEI],
  [[0, { [_hQ]: _wEI }]],
  1
];
var GetWorkflowExecutionResponse$ = [
  3,
  n0,
  _GWERe,
  0,
  [_rI, _wBVA, _wEI, _iBVA, _t, _sta, _m, _tSC, _tSS, _tSF, _tSSo, _sT, _eT, _pG],
  [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0]
];
var GetWorkflowRequest$ = [
  3,
  n0,
  _GWR,
  0,
  [_wBVA],
  [[0, { [_hQ]: _wBVA }]],
  1
];
var GetWorkflowResponse$ = [
  3,
  n0,
  _GWRe,
  0,
  [_wo, _lVR],
  [() => Workflow$, () => LatestVersionReferences$]
];
var GetWorkflowStepExecutionRequest$ = [
  3,
  n0,
  _GWSER,
  0,
  [_sEI],
  [[0, { [_hQ]: _sEI }]],
  1
];
var GetWorkflowStepExecutionResponse$ = [
  3,
  n0,
  _GWSERe,
  0,
  [_rI, _sEI, _wBVA, _wEI, _iBVA, _n, _d, _ac, _sta, _rSo, _m, _in, _ou, _sT, _eT, _oF, _tS],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
];
var Image$ = [
  3,
  n0,
  _I,
  0,
  [_a, _t, _n, _v, _p, _eIME, _oV, _st, _iR, _cR, _sPN, _sPA, _iCn, _dCi, _iTC, _dC, _oR, _ta, _bT, _iS, _sSc, _iSC, _dT, _lEI, _eR, _w, _lC],
  [0, 0, 0, 0, 0, 2, 0, () => ImageState$, () => ImageRecipe$, () => ContainerRecipe$, 0, 0, () => InfrastructureConfiguration$, () => DistributionConfiguration$, () => ImageTestsConfiguration$, 0, () => OutputResources$, 128 | 0, 0, 0, () => ImageScanState$, () => ImageScanningConfiguration$, 4, 0, 0, () => WorkflowConfigurationList, () => ImageLoggingConfiguration$]
];
var ImageAggregation$ = [
  3,
  n0,
  _IA,
  0,
  [_iBVA, _sC],
  [0, () => SeverityCounts$]
];
var ImageLoggingConfiguration$ = [
  3,
  n0,
  _ILC,
  0,
  [_lGN],
  [0]
];
var ImagePackage$ = [
  3,
  n0,
  _IP,
  0,
  [_pN, _pV],
  [0, 0]
];
var ImagePipeline$ = [
  3,
  n0,
  _IPm,
  0,
  [_a, _n, _d, _p, _eIME, _iRA, _cRA, _iCA, _dCA, _iTC, _sc, _sta, _dC, _dU, _dLR, _lRS, _dNR, _ta, _iSC, _iT, _eR, _w, _lC, _cF],
  [0, 0, 0, 0, 2, 0, 0, 0, 0, () => ImageTestsConfiguration$, () => Schedule$, 0, 0, 0, 0, 0, 0, 128 | 0, () => ImageScanningConfiguration$, 128 | 0, 0, () => WorkflowConfigurationList, () => PipelineLoggingConfiguration$, 1]
];
var ImagePipelineAggregation$ = [
  3,
  n0,
  _IPA,
  0,
  [_iPA, _sC],
  [0, () => SeverityCounts$]
];
var ImageRecipe$ = [
  3,
  n0,
  _IR,
  0,
  [_a, _t, _n, _d, _p, _o, _v, _co, _pI, _bDM, _dC, _ta, _wD, _aIC, _aT],
  [0, 0, 0, 0, 0, 0, 0, () => ComponentConfigurationList, 0, () => InstanceBlockDeviceMappings, 0, 128 | 0, 0, () => AdditionalInstanceConfiguration$, 128 | 0]
];
var ImageRecipeSummary$ = [
  3,
  n0,
  _IRS,
  0,
  [_a, _n, _p, _o, _pI, _dC, _ta],
  [0, 0, 0, 0, 0, 0, 128 | 0]
];
var ImageScanFinding$ = [
  3,
  n0,
  _ISF,
  0,
  [_aAI, _iBVA, _iPA, _t, _d, _ti, _rem, _sev, _fOA, _uA, _iSn, _iSD, _pVD, _fA],
  [0, 0, 0, 0, 0, 0, () => Remediation$, 0, 4, 4, 1, () => InspectorScoreDetails$, () => PackageVulnerabilityDetails$, 0]
];
var ImageScanFindingAggregation$ = [
  3,
  n0,
  _ISFA,
  0,
  [_aA, _iAm, _iPAm, _vIA],
  [() => AccountAggregation$, () => ImageAggregation$, () => ImagePipelineAggregation$, () => VulnerabilityIdAggregation$]
];
var ImageScanFindingsFilter$ = [
  3,
  n0,
  _ISFF,
  0,
  [_n, _val],
  [0, 64 | 0]
];
var ImageScanningConfiguration$ = [
  3,
  n0,
  _ISC,
  0,
  [_iSE, _eC],
  [2, () => EcrConfiguration$]
];
var ImageScanState$ = [
  3,
  n0,
  _ISS,
  0,
  [_sta, _re],
  [0, 0]
];
var ImageState$ = [
  3,
  n0,
  _IS,
  0,
  [_sta, _re],
  [0, 0]
];
var ImageSummary$ = [
  3,
  n0,
  _ISm,
  0,
  [_a, _n, _t, _v, _p, _oV, _st, _o, _dC, _oR, _ta, _bT, _iS, _dT, _lEI, _lC],
  [0, 0, 0, 0, 0, 0, () => ImageState$, 0, 0, () => OutputResources$, 128 | 0, 0, 0, 4, 0, () => ImageLoggingConfiguration$]
];
var ImageTestsConfiguration$ = [
  3,
  n0,
  _ITC,
  0,
  [_iTE, _tM],
  [2, 1]
];
var ImageVersion$ = [
  3,
  n0,
  _IV,
  0,
  [_a, _n, _t, _v, _p, _oV, _o, _dC, _bT, _iS],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var ImportComponentRequest$ = [
  3,
  n0,
  _ICR,
  0,
  [_n, _sV, _t, _f, _p, _d, _cD, _da, _u, _kKI, _ta, _cT],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, [0, 4]],
  5
];
var ImportComponentResponse$ = [
  3,
  n0,
  _ICRm,
  0,
  [_rI, _cT, _cBVA],
  [0, 0, 0]
];
var ImportDiskImageRequest$ = [
  3,
  n0,
  _IDIR,
  0,
  [_n, _sV, _p, _oV, _iCA, _u, _d, _eR, _lC, _ta, _rIO, _wC, _cT],
  [0, 0, 0, 0, 0, 0, 0, 0, () => ImageLoggingConfiguration$, 128 | 0, () => RegisterImageOptions$, () => WindowsConfiguration$, [0, 4]],
  6
];
var ImportDiskImageResponse$ = [
  3,
  n0,
  _IDIRm,
  0,
  [_cT, _iBVA],
  [0, 0]
];
var ImportVmImageRequest$ = [
  3,
  n0,
  _IVIR,
  0,
  [_n, _sV, _p, _vITI, _d, _oV, _lC, _ta, _cT],
  [0, 0, 0, 0, 0, 0, () => ImageLoggingConfiguration$, 128 | 0, [0, 4]],
  4
];
var ImportVmImageResponse$ = [
  3,
  n0,
  _IVIRm,
  0,
  [_rI, _iA, _cT],
  [0, 0, 0]
];
var InfrastructureConfiguration$ = [
  3,
  n0,
  _IC,
  0,
  [_a, _n, _d, _iTn, _iPN, _sGI, _sI, _l, _kP, _tIOF, _sTA, _dC, _dU, _rT, _iMO, _ta, _pl],
  [0, 0, 0, 64 | 0, 0, 64 | 0, 0, () => Logging$, 0, 2, 0, 0, 0, 128 | 0, () => InstanceMetadataOptions$, 128 | 0, () => Placement$]
];
var InfrastructureConfigurationSummary$ = [
  3,
  n0,
  _ICS,
  0,
  [_a, _n, _d, _dC, _dU, _rT, _ta, _iTn, _iPN, _pl],
  [0, 0, 0, 0, 0, 128 | 0, 128 | 0, 64 | 0, 0, () => Placement$]
];
var InspectorScoreDetails$ = [
  3,
  n0,
  _ISD,
  0,
  [_aC],
  [() => CvssScoreDetails$]
];
var InstanceBlockDeviceMapping$ = [
  3,
  n0,
  _IBDM,
  0,
  [_dN, _eb, _vN, _nD],
  [0, () => EbsInstanceBlockDeviceSpecification$, 0, 0]
];
var InstanceConfiguration$ = [
  3,
  n0,
  _ICn,
  0,
  [_i, _bDM],
  [0, () => InstanceBlockDeviceMappings]
];
var InstanceMetadataOptions$ = [
  3,
  n0,
  _IMO,
  0,
  [_hT, _hPRHL],
  [0, 1]
];
var LatestVersionReferences$ = [
  3,
  n0,
  _LVR,
  0,
  [_lVA, _lMVA, _lMVAa, _lPVA],
  [0, 0, 0, 0]
];
var LaunchPermissionConfiguration$ = [
  3,
  n0,
  _LPC,
  0,
  [_uI, _uG, _oA, _oUA],
  [64 | 0, 64 | 0, 64 | 0, 64 | 0]
];
var LaunchTemplateConfiguration$ = [
  3,
  n0,
  _LTC,
  0,
  [_lTI, _aI, _sDV],
  [0, 0, 2],
  1
];
var LifecycleExecution$ = [
  3,
  n0,
  _LE,
  0,
  [_lEI, _lPA, _rIS, _st, _sT, _eT],
  [0, 0, () => LifecycleExecutionResourcesImpactedSummary$, () => LifecycleExecutionState$, 4, 4]
];
var LifecycleExecutionResource$ = [
  3,
  n0,
  _LER,
  0,
  [_aI, _rIe, _st, _ac, _r, _sn, _iU, _sT, _eT],
  [0, 0, () => LifecycleExecutionResourceState$, () => LifecycleExecutionResourceAction$, 0, () => LifecycleExecutionSnapshotResourceList, 64 | 0, 4, 4]
];
var LifecycleExecutionResourceAction$ = [
  3,
  n0,
  _LERA,
  0,
  [_n, _re],
  [0, 0]
];
var LifecycleExecutionResourcesImpactedSummary$ = [
  3,
  n0,
  _LERIS,
  0,
  [_hIR],
  [2]
];
var LifecycleExecutionResourceState$ = [
  3,
  n0,
  _LERS,
  0,
  [_sta, _re],
  [0, 0]
];
var LifecycleExecutionSnapshotResource$ = [
  3,
  n0,
  _LESR,
  0,
  [_sIn, _st],
  [0, () => LifecycleExecutionResourceState$]
];
var LifecycleExecutionState$ = [
  3,
  n0,
  _LES,
  0,
  [_sta, _re],
  [0, 0]
];
var LifecyclePolicy$ = [
  3,
  n0,
  _LP,
  0,
  [_a, _n, _d, _sta, _eR, _rTe, _pD, _rS, _dC, _dU, _dLR, _ta],
  [0, 0, 0, 0, 0, 0, () => LifecyclePolicyDetails, () => LifecyclePolicyResourceSelection$, 4, 4, 4, 128 | 0]
];
var LifecyclePolicyDetail$ = [
  3,
  n0,
  _LPD,
  0,
  [_ac, _fi, _eRx],
  [() => LifecyclePolicyDetailAction$, () => LifecyclePolicyDetailFilter$, () => LifecyclePolicyDetailExclusionRules$],
  2
];
var LifecyclePolicyDetailAction$ = [
  3,
  n0,
  _LPDA,
  0,
  [_t, _iRn],
  [0, () => LifecyclePolicyDetailActionIncludeResources$],
  1
];
var LifecyclePolicyDetailActionIncludeResources$ = [
  3,
  n0,
  _LPDAIR,
  0,
  [_am, _sn, _con],
  [2, 2, 2]
];
var LifecyclePolicyDetailExclusionRules$ = [
  3,
  n0,
  _LPDER,
  0,
  [_tMa, _am],
  [128 | 0, () => LifecyclePolicyDetailExclusionRulesAmis$]
];
var LifecyclePolicyDetailExclusionRulesAmis$ = [
  3,
  n0,
  _LPDERA,
  0,
  [_iPs, _reg, _sA, _lL, _tMa],
  [2, 64 | 0, 64 | 0, () => LifecyclePolicyDetailExclusionRulesAmisLastLaunched$, 128 | 0]
];
var LifecyclePolicyDetailExclusionRulesAmisLastLaunched$ = [
  3,
  n0,
  _LPDERALL,
  0,
  [_va, _un],
  [1, 0],
  2
];
var LifecyclePolicyDetailFilter$ = [
  3,
  n0,
  _LPDF,
  0,
  [_t, _va, _un, _rAL],
  [0, 1, 0, 1],
  2
];
var LifecyclePolicyResourceSelection$ = [
  3,
  n0,
  _LPRS,
  0,
  [_rec, _tMa],
  [() => LifecyclePolicyResourceSelectionRecipes, 128 | 0]
];
var LifecyclePolicyResourceSelectionRecipe$ = [
  3,
  n0,
  _LPRSR,
  0,
  [_n, _sV],
  [0, 0],
  2
];
var LifecyclePolicySummary$ = [
  3,
  n0,
  _LPS,
  0,
  [_a, _n, _d, _sta, _eR, _rTe, _dC, _dU, _dLR, _ta],
  [0, 0, 0, 0, 0, 0, 4, 4, 4, 128 | 0]
];
var ListComponentBuildVersionsRequest$ = [
  3,
  n0,
  _LCBVR,
  0,
  [_cVA, _mR, _nT],
  [0, 1, 0]
];
var ListComponentBuildVersionsResponse$ = [
  3,
  n0,
  _LCBVRi,
  0,
  [_rI, _cSL, _nT],
  [0, () => ComponentSummaryList, 0]
];
var ListComponentsRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_o, _fil, _bN, _mR, _nT],
  [0, () => FilterList, 2, 1, 0]
];
var ListComponentsResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_rI, _cVL, _nT],
  [0, () => ComponentVersionList, 0]
];
var ListContainerRecipesRequest$ = [
  3,
  n0,
  _LCRR,
  0,
  [_o, _fil, _mR, _nT],
  [0, () => FilterList, 1, 0]
];
var ListContainerRecipesResponse$ = [
  3,
  n0,
  _LCRRi,
  0,
  [_rI, _cRSL, _nT],
  [0, () => ContainerRecipeSummaryList, 0]
];
var ListDistributionConfigurationsRequest$ = [
  3,
  n0,
  _LDCR,
  0,
  [_fil, _mR, _nT],
  [() => FilterList, 1, 0]
];
var ListDistributionConfigurationsResponse$ = [
  3,
  n0,
  _LDCRi,
  0,
  [_rI, _dCSL, _nT],
  [0, () => DistributionConfigurationSummaryList, 0]
];
var ListImageBuildVersionsRequest$ = [
  3,
  n0,
  _LIBVR,
  0,
  [_iVA, _fil, _mR, _nT],
  [0, () => FilterList, 1, 0]
];
var ListImageBuildVersionsResponse$ = [
  3,
  n0,
  _LIBVRi,
  0,
  [_rI, _iSL, _nT],
  [0, () => ImageSummaryList, 0]
];
var ListImagePackagesRequest$ = [
  3,
  n0,
  _LIPR,
  0,
  [_iBVA, _mR, _nT],
  [0, 1, 0],
  1
];
var ListImagePackagesResponse$ = [
  3,
  n0,
  _LIPRi,
  0,
  [_rI, _iPL, _nT],
  [0, () => ImagePackageList, 0]
];
var ListImagePipelineImagesRequest$ = [
  3,
  n0,
  _LIPIR,
  0,
  [_iPA, _fil, _mR, _nT],
  [0, () => FilterList, 1, 0],
  1
];
var ListImagePipelineImagesResponse$ = [
  3,
  n0,
  _LIPIRi,
  0,
  [_rI, _iSL, _nT],
  [0, () => ImageSummaryList, 0]
];
var ListImagePipelinesRequest$ = [
  3,
  n0,
  _LIPRis,
  0,
  [_fil, _mR, _nT],
  [() => FilterList, 1, 0]
];
var ListImagePipelinesResponse$ = [
  3,
  n0,
  _LIPRist,
  0,
  [_rI, _iPLm, _nT],
  [0, () => ImagePipelineList, 0]
];
var ListImageRecipesRequest$ = [
  3,
  n0,
  _LIRR,
  0,
  [_o, _fil, _mR, _nT],
  [0, () => FilterList, 1, 0]
];
var ListImageRecipesResponse$ = [
  3,
  n0,
  _LIRRi,
  0,
  [_rI, _iRSL, _nT],
  [0, () => ImageRecipeSummaryList, 0]
];
var ListImageScanFindingAggregationsRequest$ = [
  3,
  n0,
  _LISFAR,
  0,
  [_fi, _nT],
  [() => Filter$, 0]
];
var ListImageScanFindingAggregationsResponse$ = [
  3,
  n0,
  _LISFARi,
  0,
  [_rI, _aTg, _res, _nT],
  [0, 0, () => ImageScanFindingAggregationsList, 0]
];
var ListImageScanFindingsRequest$ = [
  3,
  n0,
  _LISFR,
  0,
  [_fil, _mR, _nT],
  [() => ImageScanFindingsFilterList, 1, 0]
];
var ListImageScanFindingsResponse$ = [
  3,
  n0,
  _LISFRi,
  0,
  [_rI, _fin, _nT],
  [0, () => ImageScanFindingsList, 0]
];
var ListImagesRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_o, _fil, _bN, _mR, _nT, _iD],
  [0, () => FilterList, 2, 1, 0, 2]
];
var ListImagesResponse$ = [
  3,
  n0,
  _LIRi,
  0,
  [_rI, _iVL, _nT],
  [0, () => ImageVersionList, 0]
];
var ListInfrastructureConfigurationsRequest$ = [
  3,
  n0,
  _LICR,
  0,
  [_fil, _mR, _nT],
  [() => FilterList, 1, 0]
];
var ListInfrastructureConfigurationsResponse$ = [
  3,
  n0,
  _LICRi,
  0,
  [_rI, _iCSL, _nT],
  [0, () => InfrastructureConfigurationSummaryList, 0]
];
var ListLifecycleExecutionResourcesRequest$ = [
  3,
  n0,
  _LLERR,
  0,
  [_lEI, _pRI, _mR, _nT],
  [0, 0, 1, 0],
  1
];
var ListLifecycleExecutionResourcesResponse$ = [
  3,
  n0,
  _LLERRi,
  0,
  [_lEI, _lES, _reso, _nT],
  [0, () => LifecycleExecutionState$, () => LifecycleExecutionResourceList, 0]
];
var ListLifecycleExecutionsRequest$ = [
  3,
  n0,
  _LLER,
  0,
  [_rA, _mR, _nT],
  [0, 1, 0],
  1
];
var ListLifecycleExecutionsResponse$ = [
  3,
  n0,
  _LLERi,
  0,
  [_lEi, _nT],
  [() => LifecycleExecutionsList, 0]
];
var ListLifecyclePoliciesRequest$ = [
  3,
  n0,
  _LLPR,
  0,
  [_fil, _mR, _nT],
  [() => FilterList, 1, 0]
];
var ListLifecyclePoliciesResponse$ = [
  3,
  n0,
  _LLPRi,
  0,
  [_lPSL, _nT],
  [() => LifecyclePolicySummaryList, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_rA],
  [[0, 1]],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_ta],
  [128 | 0]
];
var ListWaitingWorkflowStepsRequest$ = [
  3,
  n0,
  _LWWSR,
  0,
  [_mR, _nT],
  [1, 0]
];
var ListWaitingWorkflowStepsResponse$ = [
  3,
  n0,
  _LWWSRi,
  0,
  [_ste, _nT],
  [() => WorkflowStepExecutionList, 0]
];
var ListWorkflowBuildVersionsRequest$ = [
  3,
  n0,
  _LWBVR,
  0,
  [_wVA, _mR, _nT],
  [0, 1, 0]
];
var ListWorkflowBuildVersionsResponse$ = [
  3,
  n0,
  _LWBVRi,
  0,
  [_wSL, _nT],
  [() => WorkflowSummaryList, 0]
];
var ListWorkflowExecutionsRequest$ = [
  3,
  n0,
  _LWER,
  0,
  [_iBVA, _mR, _nT],
  [0, 1, 0],
  1
];
var ListWorkflowExecutionsResponse$ = [
  3,
  n0,
  _LWERi,
  0,
  [_rI, _wE, _iBVA, _m, _nT],
  [0, () => WorkflowExecutionsList, 0, 0, 0]
];
var ListWorkflowsRequest$ = [
  3,
  n0,
  _LWR,
  0,
  [_o, _fil, _bN, _mR, _nT],
  [0, () => FilterList, 2, 1, 0]
];
var ListWorkflowsResponse$ = [
  3,
  n0,
  _LWRi,
  0,
  [_wVL, _nT],
  [() => WorkflowVersionList, 0]
];
var ListWorkflowStepExecutionsRequest$ = [
  3,
  n0,
  _LWSER,
  0,
  [_wEI, _mR, _nT],
  [0, 1, 0],
  1
];
var ListWorkflowStepExecutionsResponse$ = [
  3,
  n0,
  _LWSERi,
  0,
  [_rI, _ste, _wBVA, _wEI, _iBVA, _m, _nT],
  [0, () => WorkflowStepExecutionsList, 0, 0, 0, 0, 0]
];
var Logging$ = [
  3,
  n0,
  _L,
  0,
  [_sL],
  [() => S3Logs$]
];
var OutputResources$ = [
  3,
  n0,
  _OR,
  0,
  [_am, _con],
  [() => AmiList, () => ContainerList]
];
var PackageVulnerabilityDetails$ = [
  3,
  n0,
  _PVD,
  0,
  [_vI, _vP, _so, _cv, _rV, _sU, _vSe, _vCA, _vUA, _rU],
  [0, () => VulnerablePackageList, 0, () => CvssScoreList, 64 | 0, 0, 0, 4, 4, 64 | 0],
  1
];
var PipelineLoggingConfiguration$ = [
  3,
  n0,
  _PLC,
  0,
  [_iLGN, _pLGN],
  [0, 0]
];
var Placement$ = [
  3,
  n0,
  _P,
  0,
  [_aZ, _te, _hI, _hRGA],
  [0, 0, 0, 0]
];
var ProductCodeListItem$ = [
  3,
  n0,
  _PCLI,
  0,
  [_pCI, _pCT],
  [0, 0],
  2
];
var PutComponentPolicyRequest$ = [
  3,
  n0,
  _PCPR,
  0,
  [_cA, _po],
  [0, 0],
  2
];
var PutComponentPolicyResponse$ = [
  3,
  n0,
  _PCPRu,
  0,
  [_rI, _cA],
  [0, 0]
];
var PutContainerRecipePolicyRequest$ = [
  3,
  n0,
  _PCRPR,
  0,
  [_cRA, _po],
  [0, 0],
  2
];
var PutContainerRecipePolicyResponse$ = [
  3,
  n0,
  _PCRPRu,
  0,
  [_rI, _cRA],
  [0, 0]
];
var PutImagePolicyRequest$ = [
  3,
  n0,
  _PIPR,
  0,
  [_iA, _po],
  [0, 0],
  2
];
var PutImagePolicyResponse$ = [
  3,
  n0,
  _PIPRu,
  0,
  [_rI, _iA],
  [0, 0]
];
var PutImageRecipePolicyRequest$ = [
  3,
  n0,
  _PIRPR,
  0,
  [_iRA, _po],
  [0, 0],
  2
];
var PutImageRecipePolicyResponse$ = [
  3,
  n0,
  _PIRPRu,
  0,
  [_rI, _iRA],
  [0, 0]
];
var RegisterImageOptions$ = [
  3,
  n0,
  _RIO,
  0,
  [_sBE, _uD],
  [2, 0]
];
var Remediation$ = [
  3,
  n0,
  _R,
  0,
  [_reco],
  [() => RemediationRecommendation$]
];
var RemediationRecommendation$ = [
  3,
  n0,
  _RR,
  0,
  [_tex, _ur],
  [0, 0]
];
var ResourceState$ = [
  3,
  n0,
  _RS,
  0,
  [_sta],
  [0]
];
var ResourceStateUpdateExclusionRules$ = [
  3,
  n0,
  _RSUER,
  0,
  [_am],
  [() => LifecyclePolicyDetailExclusionRulesAmis$]
];
var ResourceStateUpdateIncludeResources$ = [
  3,
  n0,
  _RSUIR,
  0,
  [_am, _sn, _con],
  [2, 2, 2]
];
var RetryImageRequest$ = [
  3,
  n0,
  _RIR,
  0,
  [_iBVA, _cT],
  [0, [0, 4]],
  1
];
var RetryImageResponse$ = [
  3,
  n0,
  _RIRe,
  0,
  [_cT, _iBVA],
  [0, 0]
];
var S3ExportConfiguration$ = [
  3,
  n0,
  _SEC,
  0,
  [_rNo, _dIF, _sB, _sP],
  [0, 0, 0, 0],
  3
];
var S3Logs$ = [
  3,
  n0,
  _SL,
  0,
  [_sBN, _sKP],
  [0, 0]
];
var Schedule$ = [
  3,
  n0,
  _S,
  0,
  [_sE, _tim, _pESC, _aDP],
  [0, 0, 0, () => AutoDisablePolicy$]
];
var SendWorkflowStepActionRequest$ = [
  3,
  n0,
  _SWSAR,
  0,
  [_sEI, _iBVA, _ac, _re, _cT],
  [0, 0, 0, 0, [0, 4]],
  3
];
var SendWorkflowStepActionResponse$ = [
  3,
  n0,
  _SWSARe,
  0,
  [_sEI, _iBVA, _cT],
  [0, 0, 0]
];
var SeverityCounts$ = [
  3,
  n0,
  _SC,
  0,
  [_al, _cr, _h, _med],
  [1, 1, 1, 1]
];
var SsmParameterConfiguration$ = [
  3,
  n0,
  _SPC,
  0,
  [_pNa, _aAIm, _dTa],
  [0, 0, 0],
  1
];
var StartImagePipelineExecutionRequest$ = [
  3,
  n0,
  _SIPER,
  0,
  [_iPA, _cT, _ta],
  [0, [0, 4], 128 | 0],
  1
];
var StartImagePipelineExecutionResponse$ = [
  3,
  n0,
  _SIPERt,
  0,
  [_rI, _cT, _iBVA],
  [0, 0, 0]
];
var StartResourceStateUpdateRequest$ = [
  3,
  n0,
  _SRSUR,
  0,
  [_rA, _st, _eR, _iRn, _eRx, _uAp, _cT],
  [0, () => ResourceState$, 0, () => ResourceStateUpdateIncludeResources$, () => ResourceStateUpdateExclusionRules$, 4, [0, 4]],
  2
];
var StartResourceStateUpdateResponse$ = [
  3,
  n0,
  _SRSURt,
  0,
  [_lEI, _rA],
  [0, 0]
];
var SystemsManagerAgent$ = [
  3,
  n0,
  _SMA,
  0,
  [_uAB],
  [2]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rA, _ta],
  [[0, 1], 128 | 0],
  2
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var TargetContainerRepository$ = [
  3,
  n0,
  _TCR,
  0,
  [_ser, _rN],
  [0, 0],
  2
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rA, _tK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UntagResourceResponse$ = [
  3,
  n0,
  _URRn,
  0,
  [],
  []
];
var UpdateDistributionConfigurationRequest$ = [
  3,
  n0,
  _UDCR,
  0,
  [_dCA, _di, _d, _cT],
  [0, () => DistributionList, 0, [0, 4]],
  2
];
var UpdateDistributionConfigurationResponse$ = [
  3,
  n0,
  _UDCRp,
  0,
  [_rI, _cT, _dCA],
  [0, 0, 0]
];
var UpdateImagePipelineRequest$ = [
  3,
  n0,
  _UIPR,
  0,
  [_iPA, _iCA, _d, _iRA, _cRA, _dCA, _iTC, _eIME, _sc, _sta, _cT, _iSC, _w, _lC, _eR, _iT],
  [0, 0, 0, 0, 0, 0, () => ImageTestsConfiguration$, 2, () => Schedule$, 0, [0, 4], () => ImageScanningConfiguration$, () => WorkflowConfigurationList, () => PipelineLoggingConfiguration$, 0, 128 | 0],
  2
];
var UpdateImagePipelineResponse$ = [
  3,
  n0,
  _UIPRp,
  0,
  [_rI, _cT, _iPA],
  [0, 0, 0]
];
var UpdateInfrastructureConfigurationRequest$ = [
  3,
  n0,
  _UICR,
  0,
  [_iCA, _iPN, _d, _iTn, _sGI, _sI, _l, _kP, _tIOF, _sTA, _rT, _iMO, _pl, _cT],
  [0, 0, 0, 64 | 0, 64 | 0, 0, () => Logging$, 0, 2, 0, 128 | 0, () => InstanceMetadataOptions$, () => Placement$, [0, 4]],
  2
];
var UpdateInfrastructureConfigurationResponse$ = [
  3,
  n0,
  _UICRp,
  0,
  [_rI, _cT, _iCA],
  [0, 0, 0]
];
var UpdateLifecyclePolicyRequest$ = [
  3,
  n0,
  _ULPR,
  0,
  [_lPA, _eR, _rTe, _pD, _rS, _d, _sta, _cT],
  [0, 0, 0, () => LifecyclePolicyDetails, () => LifecyclePolicyResourceSelection$, 0, 0, [0, 4]],
  5
];
var UpdateLifecyclePolicyResponse$ = [
  3,
  n0,
  _ULPRp,
  0,
  [_lPA],
  [0]
];
var VulnerabilityIdAggregation$ = [
  3,
  n0,
  _VIA,
  0,
  [_vI, _sC],
  [0, () => SeverityCounts$]
];
var VulnerablePackage$ = [
  3,
  n0,
  _VP,
  0,
  [_n, _v, _sLH, _ep, _rel, _ar, _pM, _fP, _fIV, _rem],
  [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
];
var WindowsConfiguration$ = [
  3,
  n0,
  _WC,
  0,
  [_iIm],
  [1],
  1
];
var Workflow$ = [
  3,
  n0,
  _W,
  0,
  [_a, _n, _v, _d, _cD, _t, _st, _o, _da, _kKI, _dC, _ta, _pa],
  [0, 0, 0, 0, 0, 0, () => WorkflowState$, 0, 0, 0, 0, 128 | 0, () => WorkflowParameterDetailList]
];
var WorkflowConfiguration$ = [
  3,
  n0,
  _WCo,
  0,
  [_wA, _pa, _pG, _oF],
  [0, () => WorkflowParameterList, 0, 0],
  1
];
var WorkflowExecutionMetadata$ = [
  3,
  n0,
  _WEM,
  0,
  [_wBVA, _wEI, _t, _sta, _m, _tSC, _tSS, _tSF, _tSSo, _sT, _eT, _pG, _ret],
  [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 2]
];
var WorkflowParameter$ = [
  3,
  n0,
  _WP,
  0,
  [_n, _va],
  [0, 64 | 0],
  2
];
var WorkflowParameterDetail$ = [
  3,
  n0,
  _WPD,
  0,
  [_n, _t, _dV, _d],
  [0, 0, 64 | 0, 0],
  2
];
var WorkflowState$ = [
  3,
  n0,
  _WS,
  0,
  [_sta, _re],
  [0, 0]
];
var WorkflowStepExecution$ = [
  3,
  n0,
  _WSE,
  0,
  [_sEI, _iBVA, _wEI, _wBVA, _n, _ac, _sT],
  [0, 0, 0, 0, 0, 0, 0]
];
var WorkflowStepMetadata$ = [
  3,
  n0,
  _WSM,
  0,
  [_sEI, _n, _d, _ac, _sta, _rSo, _m, _in, _ou, _sT, _eT],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var WorkflowSummary$ = [
  3,
  n0,
  _WSo,
  0,
  [_a, _n, _v, _d, _cD, _t, _o, _st, _dC, _ta],
  [0, 0, 0, 0, 0, 0, 0, () => WorkflowState$, 0, 128 | 0]
];
var WorkflowVersion$ = [
  3,
  n0,
  _WV,
  0,
  [_a, _n, _v, _d, _t, _o, _dC],
  [0, 0, 0, 0, 0, 0, 0]
];
var AccountList = 64 | 0;
var AmiList = [
  1,
  n0,
  _AL,
  0,
  () => Ami$
];
var ComponentConfigurationList = [
  1,
  n0,
  _CCL,
  0,
  () => ComponentConfiguration$
];
var ComponentParameterDetailList = [
  1,
  n0,
  _CPDL,
  0,
  () => ComponentParameterDetail$
];
var ComponentParameterList = [
  1,
  n0,
  _CPL,
  0,
  () => ComponentParameter$
];
var ComponentParameterValueList = 64 | 0;
var ComponentSummaryList = [
  1,
  n0,
  _CSL,
  0,
  () => ComponentSummary$
];
var ComponentVersionList = [
  1,
  n0,
  _CVL,
  0,
  () => ComponentVersion$
];
var ContainerList = [
  1,
  n0,
  _CL,
  0,
  () => Container$
];
var ContainerRecipeSummaryList = [
  1,
  n0,
  _CRSL,
  0,
  () => ContainerRecipeSummary$
];
var CvssScoreAdjustmentList = [
  1,
  n0,
  _CSAL,
  0,
  () => CvssScoreAdjustment$
];
var CvssScoreList = [
  1,
  n0,
  _CSLv,
  0,
  () => CvssScore$
];
var DistributionConfigurationSummaryList = [
  1,
  n0,
  _DCSL,
  0,
  () => DistributionConfigurationSummary$
];
var DistributionList = [
  1,
  n0,
  _DL,
  0,
  () => Distribution$
];
var FastLaunchConfigurationList = [
  1,
  n0,
  _FLCL,
  0,
  () => FastLaunchConfiguration$
];
var FilterList = [
  1,
  n0,
  _FL,
  0,
  () => Filter$
];
var FilterValues = 64 | 0;
var ImagePackageList = [
  1,
  n0,
  _IPL,
  0,
  () => ImagePackage$
];
var ImagePipelineList = [
  1,
  n0,
  _IPLm,
  0,
  () => ImagePipeline$
];
var ImageRecipeSummaryList = [
  1,
  n0,
  _IRSL,
  0,
  () => ImageRecipeSummary$
];
var ImageScanFindingAggregationsList = [
  1,
  n0,
  _ISFAL,
  0,
  () => ImageScanFindingAggregation$
];
var ImageScanFindingsFilterList = [
  1,
  n0,
  _ISFFL,
  0,
  () => ImageScanFindingsFilter$
];
var ImageScanFindingsFilterValues = 64 | 0;
var ImageScanFindingsList = [
  1,
  n0,
  _ISFL,
  0,
  () => ImageScanFinding$
];
var ImageSummaryList = [
  1,
  n0,
  _ISL,
  0,
  () => ImageSummary$
];
var ImageVersionList = [
  1,
  n0,
  _IVL,
  0,
  () => ImageVersion$
];
var InfrastructureConfigurationSummaryList = [
  1,
  n0,
  _ICSL,
  0,
  () => InfrastructureConfigurationSummary$
];
var InstanceBlockDeviceMappings = [
  1,
  n0,
  _IBDMn,
  0,
  () => InstanceBlockDeviceMapping$
];
var InstanceTypeList = 64 | 0;
var LaunchTemplateConfigurationList = [
  1,
  n0,
  _LTCL,
  0,
  () => LaunchTemplateConfiguration$
];
var LicenseConfigurationArnList = 64 | 0;
var LifecycleExecutionResourceList = [
  1,
  n0,
  _LERL,
  0,
  () => LifecycleExecutionResource$
];
var LifecycleExecutionsList = [
  1,
  n0,
  _LEL,
  0,
  () => LifecycleExecution$
];
var LifecycleExecutionSnapshotResourceList = [
  1,
  n0,
  _LESRL,
  0,
  () => LifecycleExecutionSnapshotResource$
];
var LifecyclePolicyDetails = [
  1,
  n0,
  _LPDi,
  0,
  () => LifecyclePolicyDetail$
];
var LifecyclePolicyResourceSelectionRecipes = [
  1,
  n0,
  _LPRSRi,
  0,
  () => LifecyclePolicyResourceSelectionRecipe$
];
var LifecyclePolicySummaryList = [
  1,
  n0,
  _LPSL,
  0,
  () => LifecyclePolicySummary$
];
var NonEmptyStringList = 64 | 0;
var OrganizationalUnitArnList = 64 | 0;
var OrganizationArnList = 64 | 0;
var OsVersionList = 64 | 0;
var ProductCodeList = [
  1,
  n0,
  _PCL,
  0,
  () => ProductCodeListItem$
];
var RegionList = 64 | 0;
var SecurityGroupIds = 64 | 0;
var SsmParameterConfigurationList = [
  1,
  n0,
  _SPCL,
  0,
  () => SsmParameterConfiguration$
];
var StringList = 64 | 0;
var TagKeyList = 64 | 0;
var VulnerabilityIdList = 64 | 0;
var VulnerablePackageList = [
  1,
  n0,
  _VPL,
  0,
  () => VulnerablePackage$
];
var WorkflowConfigurationList = [
  1,
  n0,
  _WCL,
  0,
  () => WorkflowConfiguration$
];
var WorkflowExecutionsList = [
  1,
  n0,
  _WEL,
  0,
  () => WorkflowExecutionMetadata$
];
var WorkflowParameterDetailList = [
  1,
  n0,
  _WPDL,
  0,
  () => WorkflowParameterDetail$
];
var WorkflowParameterList = [
  1,
  n0,
  _WPL,
  0,
  () => WorkflowParameter$
];
var WorkflowParameterValueList = 64 | 0;
var WorkflowStepExecutionList = [
  1,
  n0,
  _WSEL,
  0,
  () => WorkflowStepExecution$
];
var WorkflowStepExecutionsList = [
  1,
  n0,
  _WSELo,
  0,
  () => WorkflowStepMetadata$
];
var WorkflowSummaryList = [
  1,
  n0,
  _WSL,
  0,
  () => WorkflowSummary$
];
var WorkflowVersionList = [
  1,
  n0,
  _WVL,
  0,
  () => WorkflowVersion$
];
var ResourceTagMap = 128 | 0;
var TagMap = 128 | 0;
var CancelImageCreation$ = [
  9,
  n0,
  _CIC,
  { [_ht]: ["PUT", "/CancelImageCreation", 200] },
  () => CancelImageCreationRequest$,
  () => CancelImageCreationResponse$
];
var CancelLifecycleExecution$ = [
  9,
  n0,
  _CLE,
  { [_ht]: ["PUT", "/CancelLifecycleExecution", 200] },
  () => CancelLifecycleExecutionRequest$,
  () => CancelLifecycleExecutionResponse$
];
var CreateComponent$ = [
  9,
  n0,
  _CCr,
  { [_ht]: ["PUT", "/CreateComponent", 200] },
  () => CreateComponentRequest$,
  () => CreateComponentResponse$
];
var CreateContainerRecipe$ = [
  9,
  n0,
  _CCRre,
  { [_ht]: ["PUT", "/CreateContainerRecipe", 200] },
  () => CreateContainerRecipeRequest$,
  () => CreateContainerRecipeResponse$
];
var CreateDistributionConfiguration$ = [
  9,
  n0,
  _CDCr,
  { [_ht]: ["PUT", "/CreateDistributionConfiguration", 200] },
  () => CreateDistributionConfigurationRequest$,
  () => CreateDistributionConfigurationResponse$
];
var CreateImage$ = [
  9,
  n0,
  _CI,
  { [_ht]: ["PUT", "/CreateImage", 200] },
  () => CreateImageRequest$,
  () => CreateImageResponse$
];
var CreateImagePipeline$ = [
  9,
  n0,
  _CIP,
  { [_ht]: ["PUT", "/CreateImagePipeline", 200] },
  () => CreateImagePipelineRequest$,
  () => CreateImagePipelineResponse$
];
var CreateImageRecipe$ = [
  9,
  n0,
  _CIRre,
  { [_ht]: ["PUT", "/CreateImageRecipe", 200] },
  () => CreateImageRecipeRequest$,
  () => CreateImageRecipeResponse$
];
var CreateInfrastructureConfiguration$ = [
  9,
  n0,
  _CICr,
  { [_ht]: ["PUT", "/CreateInfrastructureConfiguration", 200] },
  () => CreateInfrastructureConfigurationRequest$,
  () => CreateInfrastructureConfigurationResponse$
];
var CreateLifecyclePolicy$ = [
  9,
  n0,
  _CLP,
  { [_ht]: ["PUT", "/CreateLifecyclePolicy", 200] },
  () => CreateLifecyclePolicyRequest$,
  () => CreateLifecyclePolicyResponse$
];
var CreateWorkflow$ = [
  9,
  n0,
  _CW,
  { [_ht]: ["PUT", "/CreateWorkflow", 200] },
  () => CreateWorkflowRequest$,
  () => CreateWorkflowResponse$
];
var DeleteComponent$ = [
  9,
  n0,
  _DCe,
  { [_ht]: ["DELETE", "/DeleteComponent", 200] },
  () => DeleteComponentRequest$,
  () => DeleteComponentResponse$
];
var DeleteContainerRecipe$ = [
  9,
  n0,
  _DCRel,
  { [_ht]: ["DELETE", "/DeleteContainerRecipe", 200] },
  () => DeleteContainerRecipeRequest$,
  () => DeleteContainerRecipeResponse$
];
var DeleteDistributionConfiguration$ = [
  9,
  n0,
  _DDC,
  { [_ht]: ["DELETE", "/DeleteDistributionConfiguration", 200] },
  () => DeleteDistributionConfigurationRequest$,
  () => DeleteDistributionConfigurationResponse$
];
var DeleteImage$ = [
  9,
  n0,
  _DI,
  { [_ht]: ["DELETE", "/DeleteImage", 200] },
  () => DeleteImageRequest$,
  () => DeleteImageResponse$
];
var DeleteImagePipeline$ = [
  9,
  n0,
  _DIP,
  { [_ht]: ["DELETE", "/DeleteImagePipeline", 200] },
  () => DeleteImagePipelineRequest$,
  () => DeleteImagePipelineResponse$
];
var DeleteImageRecipe$ = [
  9,
  n0,
  _DIRel,
  { [_ht]: ["DELETE", "/DeleteImageRecipe", 200] },
  () => DeleteImageRecipeRequest$,
  () => DeleteImageRecipeResponse$
];
var DeleteInfrastructureConfiguration$ = [
  9,
  n0,
  _DIC,
  { [_ht]: ["DELETE", "/DeleteInfrastructureConfiguration", 200] },
  () => DeleteInfrastructureConfigurationRequest$,
  () => DeleteInfrastructureConfigurationResponse$
];
var DeleteLifecyclePolicy$ = [
  9,
  n0,
  _DLP,
  { [_ht]: ["DELETE", "/DeleteLifecyclePolicy", 200] },
  () => DeleteLifecyclePolicyRequest$,
  () => DeleteLifecyclePolicyResponse$
];
var DeleteWorkflow$ = [
  9,
  n0,
  _DW,
  { [_ht]: ["DELETE", "/DeleteWorkflow", 200] },
  () => DeleteWorkflowRequest$,
  () => DeleteWorkflowResponse$
];
var DistributeImage$ = [
  9,
  n0,
  _DIi,
  { [_ht]: ["PUT", "/DistributeImage", 200] },
  () => DistributeImageRequest$,
  () => DistributeImageResponse$
];
var GetComponent$ = [
  9,
  n0,
  _GC,
  { [_ht]: ["GET", "/GetComponent", 200] },
  () => GetComponentRequest$,
  () => GetComponentResponse$
];
var GetComponentPolicy$ = [
  9,
  n0,
  _GCP,
  { [_ht]: ["GET", "/GetComponentPolicy", 200] },
  () => GetComponentPolicyRequest$,
  () => GetComponentPolicyResponse$
];
var GetContainerRecipe$ = [
  9,
  n0,
  _GCRet,
  { [_ht]: ["GET", "/GetContainerRecipe", 200] },
  () => GetContainerRecipeRequest$,
  () => GetContainerRecipeResponse$
];
var GetContainerRecipePolicy$ = [
  9,
  n0,
  _GCRP,
  { [_ht]: ["GET", "/GetContainerRecipePolicy", 200] },
  () => GetContainerRecipePolicyRequest$,
  () => GetContainerRecipePolicyResponse$
];
var GetDistributionConfiguration$ = [
  9,
  n0,
  _GDC,
  { [_ht]: ["GET", "/GetDistributionConfiguration", 200] },
  () => GetDistributionConfigurationRequest$,
  () => GetDistributionConfigurationResponse$
];
var GetImage$ = [
  9,
  n0,
  _GI,
  { [_ht]: ["GET", "/GetImage", 200] },
  () => GetImageRequest$,
  () => GetImageResponse$
];
var GetImagePipeline$ = [
  9,
  n0,
  _GIP,
  { [_ht]: ["GET", "/GetImagePipeline", 200] },
  () => GetImagePipelineRequest$,
  () => GetImagePipelineResponse$
];
var GetImagePolicy$ = [
  9,
  n0,
  _GIPe,
  { [_ht]: ["GET", "/GetImagePolicy", 200] },
  () => GetImagePolicyRequest$,
  () => GetImagePolicyResponse$
];
var GetImageRecipe$ = [
  9,
  n0,
  _GIRet,
  { [_ht]: ["GET", "/GetImageRecipe", 200] },
  () => GetImageRecipeRequest$,
  () => GetImageRecipeResponse$
];
var GetImageRecipePolicy$ = [
  9,
  n0,
  _GIRP,
  { [_ht]: ["GET", "/GetImageRecipePolicy", 200] },
  () => GetImageRecipePolicyRequest$,
  () => GetImageRecipePolicyResponse$
];
var GetInfrastructureConfiguration$ = [
  9,
  n0,
  _GIC,
  { [_ht]: ["GET", "/GetInfrastructureConfiguration", 200] },
  () => GetInfrastructureConfigurationRequest$,
  () => GetInfrastructureConfigurationResponse$
];
var GetLifecycleExecution$ = [
  9,
  n0,
  _GLE,
  { [_ht]: ["GET", "/GetLifecycleExecution", 200] },
  () => GetLifecycleExecutionRequest$,
  () => GetLifecycleExecutionResponse$
];
var GetLifecyclePolicy$ = [
  9,
  n0,
  _GLP,
  { [_ht]: ["GET", "/GetLifecyclePolicy", 200] },
  () => GetLifecyclePolicyRequest$,
  () => GetLifecyclePolicyResponse$
];
var GetMarketplaceResource$ = [
  9,
  n0,
  _GMR,
  { [_ht]: ["POST", "/GetMarketplaceResource", 200] },
  () => GetMarketplaceResourceRequest$,
  () => GetMarketplaceResourceResponse$
];
var GetWorkflow$ = [
  9,
  n0,
  _GW,
  { [_ht]: ["GET", "/GetWorkflow", 200] },
  () => GetWorkflowRequest$,
  () => GetWorkflowResponse$
];
var GetWorkflowExecution$ = [
  9,
  n0,
  _GWE,
  { [_ht]: ["GET", "/GetWorkflowExecution", 200] },
  () => GetWorkflowExecutionRequest$,
  () => GetWorkflowExecutionResponse$
];
var GetWorkflowStepExecution$ = [
  9,
  n0,
  _GWSE,
  { [_ht]: ["GET", "/GetWorkflowStepExecution", 200] },
  () => GetWorkflowStepExecutionRequest$,
  () => GetWorkflowStepExecutionResponse$
];
var ImportComponent$ = [
  9,
  n0,
  _ICm,
  { [_ht]: ["PUT", "/ImportComponent", 200] },
  () => ImportComponentRequest$,
  () => ImportComponentResponse$
];
var ImportDiskImage$ = [
  9,
  n0,
  _IDI,
  { [_ht]: ["PUT", "/ImportDiskImage", 200] },
  () => ImportDiskImageRequest$,
  () => ImportDiskImageResponse$
];
var ImportVmImage$ = [
  9,
  n0,
  _IVI,
  { [_ht]: ["PUT", "/ImportVmImage", 200] },
  () => ImportVmImageRequest$,
  () => ImportVmImageResponse$
];
var ListComponentBuildVersions$ = [
  9,
  n0,
  _LCBV,
  { [_ht]: ["POST", "/ListComponentBuildVersions", 200] },
  () => ListComponentBuildVersionsRequest$,
  () => ListComponentBuildVersionsResponse$
];
var ListComponents$ = [
  9,
  n0,
  _LC,
  { [_ht]: ["POST", "/ListComponents", 200] },
  () => ListComponentsRequest$,
  () => ListComponentsResponse$
];
var ListContainerRecipes$ = [
  9,
  n0,
  _LCRis,
  { [_ht]: ["POST", "/ListContainerRecipes", 200] },
  () => ListContainerRecipesRequest$,
  () => ListContainerRecipesResponse$
];
var ListDistributionConfigurations$ = [
  9,
  n0,
  _LDC,
  { [_ht]: ["POST", "/ListDistributionConfigurations", 200] },
  () => ListDistributionConfigurationsRequest$,
  () => ListDistributionConfigurationsResponse$
];
var ListImageBuildVersions$ = [
  9,
  n0,
  _LIBV,
  { [_ht]: ["POST", "/ListImageBuildVersions", 200] },
  () => ListImageBuildVersionsRequest$,
  () => ListImageBuildVersionsResponse$
];
var ListImagePackages$ = [
  9,
  n0,
  _LIP,
  { [_ht]: ["POST", "/ListImagePackages", 200] },
  () => ListImagePackagesRequest$,
  () => ListImagePackagesResponse$
];
var ListImagePipelineImages$ = [
  9,
  n0,
  _LIPI,
  { [_ht]: ["POST", "/ListImagePipelineImages", 200] },
  () => ListImagePipelineImagesRequest$,
  () => ListImagePipelineImagesResponse$
];
var ListImagePipelines$ = [
  9,
  n0,
  _LIPi,
  { [_ht]: ["POST", "/ListImagePipelines", 200] },
  () => ListImagePipelinesRequest$,
  () => ListImagePipelinesResponse$
];
var ListImageRecipes$ = [
  9,
  n0,
  _LIRis,
  { [_ht]: ["POST", "/ListImageRecipes", 200] },
  () => ListImageRecipesRequest$,
  () => ListImageRecipesResponse$
];
var ListImages$ = [
  9,
  n0,
  _LI,
  { [_ht]: ["POST", "/ListImages", 200] },
  () => ListImagesRequest$,
  () => ListImagesResponse$
];
var ListImageScanFindingAggregations$ = [
  9,
  n0,
  _LISFA,
  { [_ht]: ["POST", "/ListImageScanFindingAggregations", 200] },
  () => ListImageScanFindingAggregationsRequest$,
  () => ListImageScanFindingAggregationsResponse$
];
var ListImageScanFindings$ = [
  9,
  n0,
  _LISF,
  { [_ht]: ["POST", "/ListImageScanFindings", 200] },
  () => ListImageScanFindingsRequest$,
  () => ListImageScanFindingsResponse$
];
var ListInfrastructureConfigurations$ = [
  9,
  n0,
  _LIC,
  { [_ht]: ["POST", "/ListInfrastructureConfigurations", 200] },
  () => ListInfrastructureConfigurationsRequest$,
  () => ListInfrastructureConfigurationsResponse$
];
var ListLifecycleExecutionResources$ = [
  9,
  n0,
  _LLERis,
  { [_ht]: ["POST", "/ListLifecycleExecutionResources", 200] },
  () => ListLifecycleExecutionResourcesRequest$,
  () => ListLifecycleExecutionResourcesResponse$
];
var ListLifecycleExecutions$ = [
  9,
  n0,
  _LLE,
  { [_ht]: ["POST", "/ListLifecycleExecutions", 200] },
  () => ListLifecycleExecutionsRequest$,
  () => ListLifecycleExecutionsResponse$
];
var ListLifecyclePolicies$ = [
  9,
  n0,
  _LLP,
  { [_ht]: ["POST", "/ListLifecyclePolicies", 200] },
  () => ListLifecyclePoliciesRequest$,
  () => ListLifecyclePoliciesResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListWaitingWorkflowSteps$ = [
  9,
  n0,
  _LWWS,
  { [_ht]: ["POST", "/ListWaitingWorkflowSteps", 200] },
  () => ListWaitingWorkflowStepsRequest$,
  () => ListWaitingWorkflowStepsResponse$
];
var ListWorkflowBuildVersions$ = [
  9,
  n0,
  _LWBV,
  { [_ht]: ["POST", "/ListWorkflowBuildVersions", 200] },
  () => ListWorkflowBuildVersionsRequest$,
  () => ListWorkflowBuildVersionsResponse$
];
var ListWorkflowExecutions$ = [
  9,
  n0,
  _LWE,
  { [_ht]: ["POST", "/ListWorkflowExecutions", 200] },
  () => ListWorkflowExecutionsRequest$,
  () => ListWorkflowExecutionsResponse$
];
var ListWorkflows$ = [
  9,
  n0,
  _LW,
  { [_ht]: ["POST", "/ListWorkflows", 200] },
  () => ListWorkflowsRequest$,
  () => ListWorkflowsResponse$
];
var ListWorkflowStepExecutions$ = [
  9,
  n0,
  _LWSE,
  { [_ht]: ["POST", "/ListWorkflowStepExecutions", 200] },
  () => ListWorkflowStepExecutionsRequest$,
  () => ListWorkflowStepExecutionsResponse$
];
var PutComponentPolicy$ = [
  9,
  n0,
  _PCP,
  { [_ht]: ["PUT", "/PutComponentPolicy", 200] },
  () => PutComponentPolicyRequest$,
  () => PutComponentPolicyResponse$
];
var PutContainerRecipePolicy$ = [
  9,
  n0,
  _PCRP,
  { [_ht]: ["PUT", "/PutContainerRecipePolicy", 200] },
  () => PutContainerRecipePolicyRequest$,
  () => PutContainerRecipePolicyResponse$
];
var PutImagePolicy$ = [
  9,
  n0,
  _PIP,
  { [_ht]: ["PUT", "/PutImagePolicy", 200] },
  () => PutImagePolicyRequest$,
  () => PutImagePolicyResponse$
];
var PutImageRecipePolicy$ = [
  9,
  n0,
  _PIRP,
  { [_ht]: ["PUT", "/PutImageRecipePolicy", 200] },
  () => PutImageRecipePolicyRequest$,
  () => PutImageRecipePolicyResponse$
];
var RetryImage$ = [
  9,
  n0,
  _RI,
  { [_ht]: ["PUT", "/RetryImage", 200] },
  () => RetryImageRequest$,
  () => RetryImageResponse$
];
var SendWorkflowStepAction$ = [
  9,
  n0,
  _SWSA,
  { [_ht]: ["PUT", "/SendWorkflowStepAction", 200] },
  () => SendWorkflowStepActionRequest$,
  () => SendWorkflowStepActionResponse$
];
var StartImagePipelineExecution$ = [
  9,
  n0,
  _SIPE,
  { [_ht]: ["PUT", "/StartImagePipelineExecution", 200] },
  () => StartImagePipelineExecutionRequest$,
  () => StartImagePipelineExecutionResponse$
];
var StartResourceStateUpdate$ = [
  9,
  n0,
  _SRSU,
  { [_ht]: ["PUT", "/StartResourceStateUpdate", 200] },
  () => StartResourceStateUpdateRequest$,
  () => StartResourceStateUpdateResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_ht]: ["POST", "/tags/{resourceArn}", 200] },
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_ht]: ["DELETE", "/tags/{resourceArn}", 200] },
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateDistributionConfiguration$ = [
  9,
  n0,
  _UDC,
  { [_ht]: ["PUT", "/UpdateDistributionConfiguration", 200] },
  () => UpdateDistributionConfigurationRequest$,
  () => UpdateDistributionConfigurationResponse$
];
var UpdateImagePipeline$ = [
  9,
  n0,
  _UIP,
  { [_ht]: ["PUT", "/UpdateImagePipeline", 200] },
  () => UpdateImagePipelineRequest$,
  () => UpdateImagePipelineResponse$
];
var UpdateInfrastructureConfiguration$ = [
  9,
  n0,
  _UIC,
  { [_ht]: ["PUT", "/UpdateInfrastructureConfiguration", 200] },
  () => UpdateInfrastructureConfigurationRequest$,
  () => UpdateInfrastructureConfigurationResponse$
];
var UpdateLifecyclePolicy$ = [
  9,
  n0,
  _ULP,
  { [_ht]: ["PUT", "/UpdateLifecyclePolicy", 200] },
  () => UpdateLifecyclePolicyRequest$,
  () => UpdateLifecyclePolicyResponse$
];

// node_modules/@aws-sdk/client-imagebuilder/dist-es/auth/httpAuthSchemeProvider.js
var defaultImagebuilderHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "imagebuilder",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultImagebuilderHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-imagebuilder/package.json
var package_default = {
  name: "@aws-sdk/client-imagebuilder",
  description: "AWS SDK for JavaScript Imagebuilder Client for Node.js, Browser and React Native",
  version: "3.1046.0",
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline client-imagebuilder",
    "build:es": "tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service --solo imagebuilder",
    "test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
  },
  main: "./dist-cjs/index.js",
  types: "./dist-types/index.d.ts",
  module: "./dist-es/index.js",
  sideEffects: false,
  dependencies: {
    "@aws-crypto/sha256-browser": "5.2.0",
    "@aws-crypto/sha256-js": "5.2.0",
    "@aws-sdk/core": "^3.974.9",
    "@aws-sdk/credential-provider-node": "^3.972.40",
    "@aws-sdk/middleware-host-header": "^3.972.11",
    "@aws-sdk/middleware-logger": "^3.972.10",
    "@aws-sdk/middleware-recursion-detection": "^3.972.12",
    "@aws-sdk/middleware-user-agent": "^3.972.39",
    "@aws-sdk/region-config-resolver": "^3.972.14",
    "@aws-sdk/types": "^3.973.8",
    "@aws-sdk/util-endpoints": "^3.996.9",
    "@aws-sdk/util-user-agent-browser": "^3.972.11",
    "@aws-sdk/util-user-agent-node": "^3.973.25",
    "@smithy/core": "^3.24.1",
    "@smithy/fetch-http-handler": "^5.4.1",
    "@smithy/node-http-handler": "^4.7.1",
    "@smithy/types": "^4.14.1",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~5.8.3"
  },
  engines: {
    node: ">=20.0.0"
  },
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  files: [
    "dist-*/**"
  ],
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/javascript/"
  },
  license: "Apache-2.0",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-imagebuilder",
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-imagebuilder"
  }
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://imagebuilder-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://imagebuilder.{Region}.amazonaws.com", i],
    ["https://imagebuilder-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://imagebuilder.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://imagebuilder.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-imagebuilder/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-imagebuilder/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2019-12-02",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultImagebuilderHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.imagebuilder",
      errorTypeRegistries,
      version: "2019-12-02",
      serviceTarget: "imagebuilder"
    },
    serviceId: config?.serviceId ?? "imagebuilder",
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sha256: config?.sha256 ?? Hash.bind(null, "sha256"),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/ImagebuilderClient.js
var ImagebuilderClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultImagebuilderHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-imagebuilder/dist-es/commands/GetImageCommand.js
var GetImageCommand = class extends Command.classBuilder().ep(commonParams).m(function(Command2, cs, config, o) {
  return [getEndpointPlugin(config, Command2.getEndpointParameterInstructions())];
}).s("imagebuilder", "GetImage", {}).n("ImagebuilderClient", "GetImageCommand").sc(GetImage$).build() {
};

export {
  commonParams,
  CancelImageCreation$,
  CreateComponent$,
  CreateContainerRecipe$,
  CreateDistributionConfiguration$,
  CreateImage$,
  CreateImageRecipe$,
  CreateInfrastructureConfiguration$,
  DistributeImage$,
  GetComponent$,
  ListComponentBuildVersions$,
  ListComponents$,
  ListContainerRecipes$,
  ListDistributionConfigurations$,
  ListImageBuildVersions$,
  ListImagePipelineImages$,
  ListImageRecipes$,
  ListImageScanFindings$,
  ListInfrastructureConfigurations$,
  ListWorkflowExecutions$,
  ListWorkflowStepExecutions$,
  RetryImage$,
  StartImagePipelineExecution$,
  TagResource$,
  UpdateDistributionConfiguration$,
  UpdateInfrastructureConfiguration$,
  ImagebuilderClient,
  GetImageCommand,
  errorName,
  isTransient,
  isExpiredCredentials,
  describeError,
  startPatienceFrom,
  withStartPatience,
  teachThrottling,
  clientToken,
  invocationId,
  tokenFrom
};
