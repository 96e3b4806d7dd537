import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-F3N6Y3P4.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-IQCS3NWG.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-KLC2FZF3.js";
import {
  Sha256Node
} from "./chunk-EFG4SW5I.js";
import "./chunk-DWNRZ6KT.js";
import {
  NodeHttpHandler
} from "./chunk-VDQZ3A6U.js";
import {
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
  awsEndpointFunctions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  createPaginator,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-AZDMJ5NO.js";
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
import "./chunk-5HJ3J6EK.js";

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "logs",
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
var defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "logs"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/package.json
var package_default = {
  name: "@aws-sdk/client-cloudwatch-logs",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Cloudwatch Logs Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch-logs",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudwatch-logs"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { [m]: "Region" };
var k = {};
var l = [j];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "us-gov-east-1"]],
    [g, [j, "us-gov-west-1"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://logs.us-gov-east-1.amazonaws.com", k],
    ["https://logs.us-gov-west-1.amazonaws.com", k],
    ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k],
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
  14,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  8,
  6,
  4,
  7,
  r + 12,
  5,
  r + 10,
  r + 11,
  4,
  12,
  9,
  6,
  10,
  r + 9,
  7,
  r + 6,
  11,
  8,
  r + 7,
  r + 8,
  5,
  13,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/CloudWatchLogsServiceException.js
var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs#CloudWatchLogsServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#AccessDeniedException";
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
var InvalidParameterException = class _InvalidParameterException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidParameterException";
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
var OperationAbortedException = class _OperationAbortedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#OperationAbortedException";
  name = "OperationAbortedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationAbortedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationAbortedException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ResourceNotFoundException";
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
var ServiceUnavailableException = class _ServiceUnavailableException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ServiceUnavailableException";
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
var InternalServerException = class _InternalServerException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InternalServerException";
  name = "InternalServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
  }
};
var ThrottlingException = class _ThrottlingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var ValidationException = class _ValidationException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ValidationException";
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};
var InvalidOperationException = class _InvalidOperationException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidOperationException";
  name = "InvalidOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
  }
};
var ConflictException = class _ConflictException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ConflictException";
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ServiceQuotaExceededException";
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
var LimitExceededException = class _LimitExceededException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#ResourceAlreadyExistsException";
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
var DataAlreadyAcceptedException = class _DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#DataAlreadyAcceptedException";
  name = "DataAlreadyAcceptedException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "DataAlreadyAcceptedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DataAlreadyAcceptedException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var InternalStreamingException = class _InternalStreamingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InternalStreamingException";
  name = "InternalStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InternalStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalStreamingException.prototype);
  }
};
var InvalidSequenceTokenException = class _InvalidSequenceTokenException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#InvalidSequenceTokenException";
  name = "InvalidSequenceTokenException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "InvalidSequenceTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSequenceTokenException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var UnrecognizedClientException = class _UnrecognizedClientException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#UnrecognizedClientException";
  name = "UnrecognizedClientException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedClientException.prototype);
  }
};
var SessionStreamingException = class _SessionStreamingException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#SessionStreamingException";
  name = "SessionStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionStreamingException.prototype);
  }
};
var SessionTimeoutException = class _SessionTimeoutException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#SessionTimeoutException";
  name = "SessionTimeoutException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionTimeoutException.prototype);
  }
};
var MalformedQueryException = class _MalformedQueryException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#MalformedQueryException";
  name = "MalformedQueryException";
  $fault = "client";
  queryCompileError;
  constructor(opts) {
    super({
      name: "MalformedQueryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedQueryException.prototype);
    this.queryCompileError = opts.queryCompileError;
  }
};
var TooManyTagsException = class _TooManyTagsException extends CloudWatchLogsServiceException {
  static shapeId = "com.amazonaws.cloudwatchlogs#TooManyTagsException";
  name = "TooManyTagsException";
  $fault = "client";
  resourceName;
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
    this.resourceName = opts.resourceName;
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js
var _A = "Anomaly";
var _AD = "AnomalyDetector";
var _ADE = "AccessDeniedException";
var _ADn = "AnomalyDetectors";
var _AF = "AllowedFields";
var _AK = "AddKeys";
var _AKE = "AddKeyEntry";
var _AKEd = "AddKeyEntries";
var _AKK = "AssociateKmsKey";
var _AKKR = "AssociateKmsKeyRequest";
var _ALGS = "AggregateLogGroupSummary";
var _ALGSg = "AggregateLogGroupSummaries";
var _AP = "AccountPolicy";
var _APc = "AccountPolicies";
var _ASTSTI = "AssociateSourceToS3TableIntegration";
var _ASTSTIR = "AssociateSourceToS3TableIntegrationRequest";
var _ASTSTIRs = "AssociateSourceToS3TableIntegrationResponse";
var _An = "Anomalies";
var _CD = "CreateDelivery";
var _CDR = "CreateDeliveryRequest";
var _CDRr = "CreateDeliveryResponse";
var _CE = "ConflictException";
var _CET = "CancelExportTask";
var _CETR = "CancelExportTaskRequest";
var _CETRr = "CreateExportTaskRequest";
var _CETRre = "CreateExportTaskResponse";
var _CETr = "CreateExportTask";
var _CIT = "CancelImportTask";
var _CITR = "CancelImportTaskRequest";
var _CITRa = "CancelImportTaskResponse";
var _CITRr = "CreateImportTaskRequest";
var _CITRre = "CreateImportTaskResponse";
var _CITr = "CreateImportTask";
var _CLAD = "CreateLogAnomalyDetector";
var _CLADR = "CreateLogAnomalyDetectorRequest";
var _CLADRr = "CreateLogAnomalyDetectorResponse";
var _CLG = "CreateLogGroup";
var _CLGR = "CreateLogGroupRequest";
var _CLS = "CreateLogStream";
var _CLSR = "CreateLogStreamRequest";
var _CLT = "CreateLookupTable";
var _CLTR = "CreateLookupTableRequest";
var _CLTRr = "CreateLookupTableResponse";
var _CSQ = "CreateScheduledQuery";
var _CSQR = "CreateScheduledQueryRequest";
var _CSQRr = "CreateScheduledQueryResponse";
var _CSV = "CSV";
var _CT = "ConfigurationTemplate";
var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
var _CTo = "ConfigurationTemplates";
var _CV = "CopyValue";
var _CVE = "CopyValueEntry";
var _CVEo = "CopyValueEntries";
var _D = "Delivery";
var _DAAE = "DataAlreadyAcceptedException";
var _DAP = "DeleteAccountPolicy";
var _DAPR = "DeleteAccountPolicyRequest";
var _DAPRe = "DeleteAccountPolicyResponse";
var _DAPRes = "DescribeAccountPoliciesRequest";
var _DAPResc = "DescribeAccountPoliciesResponse";
var _DAPe = "DescribeAccountPolicies";
var _DC = "DestinationConfiguration";
var _DCT = "DescribeConfigurationTemplates";
var _DCTR = "DescribeConfigurationTemplatesRequest";
var _DCTRe = "DescribeConfigurationTemplatesResponse";
var _DD = "DeliveryDestination";
var _DDC = "DeliveryDestinationConfiguration";
var _DDD = "DeleteDeliveryDestination";
var _DDDP = "DeleteDeliveryDestinationPolicy";
var _DDDPR = "DeleteDeliveryDestinationPolicyRequest";
var _DDDR = "DeleteDeliveryDestinationRequest";
var _DDDRe = "DescribeDeliveryDestinationsRequest";
var _DDDRes = "DescribeDeliveryDestinationsResponse";
var _DDDe = "DescribeDeliveryDestinations";
var _DDPP = "DeleteDataProtectionPolicy";
var _DDPPR = "DeleteDataProtectionPolicyRequest";
var _DDR = "DeleteDeliveryRequest";
var _DDRe = "DeleteDestinationRequest";
var _DDRes = "DescribeDeliveriesRequest";
var _DDResc = "DescribeDeliveriesResponse";
var _DDRescr = "DescribeDestinationsRequest";
var _DDRescri = "DescribeDestinationsResponse";
var _DDS = "DeleteDeliverySource";
var _DDSR = "DeleteDeliverySourceRequest";
var _DDSRe = "DescribeDeliverySourcesRequest";
var _DDSRes = "DescribeDeliverySourcesResponse";
var _DDSe = "DescribeDeliverySources";
var _DDe = "DeliveryDestinations";
var _DDel = "DeleteDelivery";
var _DDele = "DeleteDestination";
var _DDes = "DescribeDeliveries";
var _DDesc = "DescribeDestinations";
var _DET = "DescribeExportTasks";
var _DETR = "DescribeExportTasksRequest";
var _DETRe = "DescribeExportTasksResponse";
var _DFI = "DescribeFieldIndexes";
var _DFIR = "DescribeFieldIndexesRequest";
var _DFIRe = "DescribeFieldIndexesResponse";
var _DI = "DeleteIntegration";
var _DIP = "DeleteIndexPolicy";
var _DIPR = "DeleteIndexPolicyRequest";
var _DIPRe = "DeleteIndexPolicyResponse";
var _DIPRes = "DescribeIndexPoliciesRequest";
var _DIPResc = "DescribeIndexPoliciesResponse";
var _DIPe = "DescribeIndexPolicies";
var _DIR = "DeleteIntegrationRequest";
var _DIRe = "DeleteIntegrationResponse";
var _DIT = "DescribeImportTasks";
var _DITB = "DescribeImportTaskBatches";
var _DITBR = "DescribeImportTaskBatchesRequest";
var _DITBRe = "DescribeImportTaskBatchesResponse";
var _DITR = "DescribeImportTasksRequest";
var _DITRe = "DescribeImportTasksResponse";
var _DK = "DeleteKeys";
var _DKK = "DisassociateKmsKey";
var _DKKR = "DisassociateKmsKeyRequest";
var _DLAD = "DeleteLogAnomalyDetector";
var _DLADR = "DeleteLogAnomalyDetectorRequest";
var _DLG = "DeleteLogGroup";
var _DLGR = "DeleteLogGroupRequest";
var _DLGRe = "DescribeLogGroupsRequest";
var _DLGRes = "DescribeLogGroupsResponse";
var _DLGe = "DescribeLogGroups";
var _DLS = "DeleteLogStream";
var _DLSR = "DeleteLogStreamRequest";
var _DLSRe = "DescribeLogStreamsRequest";
var _DLSRes = "DescribeLogStreamsResponse";
var _DLSe = "DescribeLogStreams";
var _DLT = "DeleteLookupTable";
var _DLTR = "DeleteLookupTableRequest";
var _DLTRe = "DescribeLookupTablesRequest";
var _DLTRes = "DescribeLookupTablesResponse";
var _DLTe = "DescribeLookupTables";
var _DMF = "DeleteMetricFilter";
var _DMFR = "DeleteMetricFilterRequest";
var _DMFRe = "DescribeMetricFiltersRequest";
var _DMFRes = "DescribeMetricFiltersResponse";
var _DMFe = "DescribeMetricFilters";
var _DNP = "DestinationNamePrefix";
var _DQ = "DescribeQueries";
var _DQD = "DeleteQueryDefinition";
var _DQDR = "DeleteQueryDefinitionRequest";
var _DQDRe = "DeleteQueryDefinitionResponse";
var _DQDRes = "DescribeQueryDefinitionsRequest";
var _DQDResc = "DescribeQueryDefinitionsResponse";
var _DQDe = "DescribeQueryDefinitions";
var _DQR = "DescribeQueriesRequest";
var _DQRe = "DescribeQueriesResponse";
var _DRP = "DeleteResourcePolicy";
var _DRPR = "DeleteResourcePolicyRequest";
var _DRPRe = "DeleteRetentionPolicyRequest";
var _DRPRes = "DescribeResourcePoliciesRequest";
var _DRPResc = "DescribeResourcePoliciesResponse";
var _DRPe = "DeleteRetentionPolicy";
var _DRPes = "DescribeResourcePolicies";
var _DRR = "DryRunResult";
var _DS = "DataSource";
var _DSC = "DeleteSyslogConfiguration";
var _DSCR = "DeleteSyslogConfigurationRequest";
var _DSCS = "DeliverySourceConfigurationSchema";
var _DSCSe = "DeliverySourceConfigurationSchemas";
var _DSF = "DataSourceFilter";
var _DSFR = "DeleteSubscriptionFilterRequest";
var _DSFRe = "DescribeSubscriptionFiltersRequest";
var _DSFRes = "DescribeSubscriptionFiltersResponse";
var _DSFSTI = "DisassociateSourceFromS3TableIntegration";
var _DSFSTIR = "DisassociateSourceFromS3TableIntegrationRequest";
var _DSFSTIRi = "DisassociateSourceFromS3TableIntegrationResponse";
var _DSFa = "DataSourceFilters";
var _DSFe = "DeleteSubscriptionFilter";
var _DSFes = "DescribeSubscriptionFilters";
var _DSQ = "DeleteScheduledQuery";
var _DSQR = "DeleteScheduledQueryRequest";
var _DSQRe = "DeleteScheduledQueryResponse";
var _DSe = "DeliverySource";
var _DSel = "DeliverySources";
var _DT = "DeleteTransformer";
var _DTC = "DateTimeConverter";
var _DTR = "DeleteTransformerRequest";
var _De = "Destination";
var _Del = "Deliveries";
var _Des = "Destinations";
var _E = "Entity";
var _ET = "ExportTask";
var _ETEI = "ExportTaskExecutionInfo";
var _ETS = "ExportTaskStatus";
var _ETx = "ExportTasks";
var _FD = "FieldsData";
var _FI = "FieldIndex";
var _FIi = "FieldIndexes";
var _FLE = "FilteredLogEvent";
var _FLER = "FilterLogEventsRequest";
var _FLERi = "FilterLogEventsResponse";
var _FLEi = "FilteredLogEvents";
var _FLEil = "FilterLogEvents";
var _G = "Grok";
var _GD = "GetDelivery";
var _GDD = "GetDeliveryDestination";
var _GDDP = "GetDeliveryDestinationPolicy";
var _GDDPR = "GetDeliveryDestinationPolicyRequest";
var _GDDPRe = "GetDeliveryDestinationPolicyResponse";
var _GDDR = "GetDeliveryDestinationRequest";
var _GDDRe = "GetDeliveryDestinationResponse";
var _GDPP = "GetDataProtectionPolicy";
var _GDPPR = "GetDataProtectionPolicyRequest";
var _GDPPRe = "GetDataProtectionPolicyResponse";
var _GDR = "GetDeliveryRequest";
var _GDRe = "GetDeliveryResponse";
var _GDS = "GetDeliverySource";
var _GDSR = "GetDeliverySourceRequest";
var _GDSRe = "GetDeliverySourceResponse";
var _GI = "GroupingIdentifier";
var _GIR = "GetIntegrationRequest";
var _GIRe = "GetIntegrationResponse";
var _GIe = "GetIntegration";
var _GIr = "GroupingIdentifiers";
var _GLAD = "GetLogAnomalyDetector";
var _GLADR = "GetLogAnomalyDetectorRequest";
var _GLADRe = "GetLogAnomalyDetectorResponse";
var _GLE = "GetLogEvents";
var _GLER = "GetLogEventsRequest";
var _GLERe = "GetLogEventsResponse";
var _GLF = "GetLogFields";
var _GLFR = "GetLogFieldsRequest";
var _GLFRe = "GetLogFieldsResponse";
var _GLGF = "GetLogGroupFields";
var _GLGFR = "GetLogGroupFieldsRequest";
var _GLGFRe = "GetLogGroupFieldsResponse";
var _GLO = "GetLogObject";
var _GLOR = "GetLogObjectRequest";
var _GLORS = "GetLogObjectResponseStream";
var _GLORe = "GetLogObjectResponse";
var _GLR = "GetLogRecord";
var _GLRR = "GetLogRecordRequest";
var _GLRRe = "GetLogRecordResponse";
var _GLT = "GetLookupTable";
var _GLTR = "GetLookupTableRequest";
var _GLTRe = "GetLookupTableResponse";
var _GQR = "GetQueryResults";
var _GQRR = "GetQueryResultsRequest";
var _GQRRe = "GetQueryResultsResponse";
var _GSQ = "GetScheduledQuery";
var _GSQH = "GetScheduledQueryHistory";
var _GSQHR = "GetScheduledQueryHistoryRequest";
var _GSQHRe = "GetScheduledQueryHistoryResponse";
var _GSQR = "GetScheduledQueryRequest";
var _GSQRe = "GetScheduledQueryResponse";
var _GSTP = "GetStorageTierPolicy";
var _GSTPR = "GetStorageTierPolicyRequest";
var _GSTPRe = "GetStorageTierPolicyResponse";
var _GT = "GetTransformer";
var _GTR = "GetTransformerRequest";
var _GTRe = "GetTransformerResponse";
var _I = "Import";
var _IB = "ImportBatch";
var _IBL = "ImportBatchList";
var _ID = "IntegrationDetails";
var _IF = "ImportFilter";
var _IL = "ImportList";
var _ILE = "InputLogEvent";
var _ILEn = "InputLogEvents";
var _IOE = "InvalidOperationException";
var _IP = "IndexPolicy";
var _IPE = "InvalidParameterException";
var _IPn = "IndexPolicies";
var _IS = "ImportStatistics";
var _ISE = "InternalServerException";
var _ISEn = "InternalStreamingException";
var _ISTE = "InvalidSequenceTokenException";
var _ISn = "IntegrationSummary";
var _ISnt = "IntegrationSummaries";
var _LA = "ListAnomalies";
var _LALGS = "ListAggregateLogGroupSummaries";
var _LALGSR = "ListAggregateLogGroupSummariesRequest";
var _LALGSRi = "ListAggregateLogGroupSummariesResponse";
var _LAR = "ListAnomaliesRequest";
var _LARi = "ListAnomaliesResponse";
var _LCS = "LowerCaseString";
var _LE = "LogEvent";
var _LEE = "LimitExceededException";
var _LFL = "LogFieldsList";
var _LFLI = "LogFieldsListItem";
var _LFT = "LogFieldType";
var _LG = "LogGroup";
var _LGF = "LogGroupField";
var _LGFL = "LogGroupFieldList";
var _LGI = "LogGroupImpact";
var _LGIo = "LogGroupImpacts";
var _LGS = "LogGroupSummary";
var _LGSo = "LogGroupSummaries";
var _LGo = "LogGroups";
var _LI = "ListIntegrations";
var _LIR = "ListIntegrationsRequest";
var _LIRi = "ListIntegrationsResponse";
var _LLAD = "ListLogAnomalyDetectors";
var _LLADR = "ListLogAnomalyDetectorsRequest";
var _LLADRi = "ListLogAnomalyDetectorsResponse";
var _LLG = "ListLogGroups";
var _LLGFQ = "ListLogGroupsForQuery";
var _LLGFQR = "ListLogGroupsForQueryRequest";
var _LLGFQRi = "ListLogGroupsForQueryResponse";
var _LLGR = "ListLogGroupsRequest";
var _LLGRi = "ListLogGroupsResponse";
var _LS = "LogStream";
var _LSC = "ListSyslogConfigurations";
var _LSCR = "ListSyslogConfigurationsRequest";
var _LSCRi = "ListSyslogConfigurationsResponse";
var _LSFSTI = "ListSourcesForS3TableIntegration";
var _LSFSTIR = "ListSourcesForS3TableIntegrationRequest";
var _LSFSTIRi = "ListSourcesForS3TableIntegrationResponse";
var _LSQ = "ListScheduledQueries";
var _LSQR = "ListScheduledQueriesRequest";
var _LSQRi = "ListScheduledQueriesResponse";
var _LSo = "LogSamples";
var _LSog = "LogStreams";
var _LT = "LookupTable";
var _LTC = "LookupTableConfiguration";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTLG = "ListTagsLogGroup";
var _LTLGR = "ListTagsLogGroupRequest";
var _LTLGRi = "ListTagsLogGroupResponse";
var _LTM = "ListToMap";
var _LTSLE = "LiveTailSessionLogEvent";
var _LTSM = "LiveTailSessionMetadata";
var _LTSR = "LiveTailSessionResults";
var _LTSS = "LiveTailSessionStart";
var _LTSU = "LiveTailSessionUpdate";
var _LTo = "LookupTables";
var _MF = "MetricFilter";
var _MFM = "MetricFilterMatches";
var _MFMR = "MetricFilterMatchRecord";
var _MFe = "MetricFilters";
var _MK = "MoveKeys";
var _MKE = "MoveKeyEntry";
var _MKEo = "MoveKeyEntries";
var _MQE = "MalformedQueryException";
var _MT = "MetricTransformation";
var _MTe = "MetricTransformations";
var _OAE = "OperationAbortedException";
var _OLE = "OutputLogEvent";
var _OLEu = "OutputLogEvents";
var _OSA = "OpenSearchApplication";
var _OSC = "OpenSearchCollection";
var _OSDAP = "OpenSearchDataAccessPolicy";
var _OSDS = "OpenSearchDataSource";
var _OSEP = "OpenSearchEncryptionPolicy";
var _OSID = "OpenSearchIntegrationDetails";
var _OSLP = "OpenSearchLifecyclePolicy";
var _OSNP = "OpenSearchNetworkPolicy";
var _OSRC = "OpenSearchResourceConfig";
var _OSRS = "OpenSearchResourceStatus";
var _OSW = "OpenSearchWorkspace";
var _P = "Policy";
var _PAP = "PutAccountPolicy";
var _PAPR = "PutAccountPolicyRequest";
var _PAPRu = "PutAccountPolicyResponse";
var _PBTA = "PutBearerTokenAuthentication";
var _PBTAR = "PutBearerTokenAuthenticationRequest";
var _PC = "ParseCloudfront";
var _PD = "PutDestination";
var _PDD = "PutDeliveryDestination";
var _PDDP = "PutDeliveryDestinationPolicy";
var _PDDPR = "PutDeliveryDestinationPolicyRequest";
var _PDDPRu = "PutDeliveryDestinationPolicyResponse";
var _PDDR = "PutDeliveryDestinationRequest";
var _PDDRu = "PutDeliveryDestinationResponse";
var _PDP = "PutDestinationPolicy";
var _PDPP = "PutDataProtectionPolicy";
var _PDPPR = "PutDataProtectionPolicyRequest";
var _PDPPRu = "PutDataProtectionPolicyResponse";
var _PDPR = "PutDestinationPolicyRequest";
var _PDR = "PutDestinationRequest";
var _PDRu = "PutDestinationResponse";
var _PDS = "PutDeliverySource";
var _PDSR = "PutDeliverySourceRequest";
var _PDSRu = "PutDeliverySourceResponse";
var _PI = "PutIntegration";
var _PIP = "PutIndexPolicy";
var _PIPR = "PutIndexPolicyRequest";
var _PIPRu = "PutIndexPolicyResponse";
var _PIR = "PutIntegrationRequest";
var _PIRu = "PutIntegrationResponse";
var _PJSON = "ParseJSON";
var _PKV = "ParseKeyValue";
var _PLE = "PutLogEvents";
var _PLER = "PutLogEventsRequest";
var _PLERu = "PutLogEventsResponse";
var _PLGDP = "PutLogGroupDeletionProtection";
var _PLGDPR = "PutLogGroupDeletionProtectionRequest";
var _PMF = "PutMetricFilter";
var _PMFR = "PutMetricFilterRequest";
var _PP = "ParsePostgres";
var _PQD = "PutQueryDefinition";
var _PQDR = "PutQueryDefinitionRequest";
var _PQDRu = "PutQueryDefinitionResponse";
var _PR = "ParseRoute53";
var _PRP = "PutResourcePolicy";
var _PRPR = "PutResourcePolicyRequest";
var _PRPRu = "PutResourcePolicyResponse";
var _PRPRut = "PutRetentionPolicyRequest";
var _PRPu = "PutRetentionPolicy";
var _PSC = "PutSyslogConfiguration";
var _PSCR = "PutSyslogConfigurationRequest";
var _PSF = "PutSubscriptionFilter";
var _PSFR = "PutSubscriptionFilterRequest";
var _PSTP = "PutStorageTierPolicy";
var _PSTPR = "PutStorageTierPolicyRequest";
var _PSTPRu = "PutStorageTierPolicyResponse";
var _PT = "PatternToken";
var _PTOCSF = "ParseToOCSF";
var _PTR = "PutTransformerRequest";
var _PTa = "PatternTokens";
var _PTu = "PutTransformer";
var _PVPC = "ParseVPC";
var _PWAF = "ParseWAF";
var _Pr = "Processor";
var _Pro = "Processors";
var _QCE = "QueryCompileError";
var _QCEL = "QueryCompileErrorLocation";
var _QD = "QueryDefinition";
var _QDL = "QueryDefinitionList";
var _QI = "QueryInfo";
var _QIL = "QueryInfoList";
var _QP = "QueryParameter";
var _QPL = "QueryParameterList";
var _QR = "QueryResults";
var _QS = "QueryStatistics";
var _RAEE = "ResourceAlreadyExistsException";
var _RC = "ResourceConfig";
var _REI = "RejectedEntityInfo";
var _RF = "RecordField";
var _RFe = "ResultField";
var _RK = "RenameKeys";
var _RKE = "RenameKeyEntry";
var _RKEe = "RenameKeyEntries";
var _RLEI = "RejectedLogEventsInfo";
var _RNFE = "ResourceNotFoundException";
var _RP = "ResourcePolicy";
var _RPe = "ResourcePolicies";
var _RR = "ResultRows";
var _SC = "S3Configuration";
var _SCy = "SyslogConfiguration";
var _SCys = "SyslogConfigurations";
var _SDC = "S3DeliveryConfiguration";
var _SF = "SubscriptionFilter";
var _SFu = "SubscriptionFilters";
var _SLS = "SearchedLogStream";
var _SLSe = "SearchedLogStreams";
var _SLT = "StartLiveTail";
var _SLTR = "StartLiveTailRequest";
var _SLTRS = "StartLiveTailResponseStream";
var _SLTRt = "StartLiveTailResponse";
var _SP = "SuppressionPeriod";
var _SQ = "StartQuery";
var _SQD = "ScheduledQueryDestination";
var _SQDL = "ScheduledQueryDestinationList";
var _SQEE = "ServiceQuotaExceededException";
var _SQR = "StartQueryRequest";
var _SQRt = "StartQueryResponse";
var _SQRto = "StopQueryRequest";
var _SQRtop = "StopQueryResponse";
var _SQS = "ScheduledQuerySummary";
var _SQSL = "ScheduledQuerySummaryList";
var _SQt = "StopQuery";
var _SS = "SplitString";
var _SSE = "SessionStreamingException";
var _SSEp = "SplitStringEntry";
var _SSEpl = "SplitStringEntries";
var _SSEu = "SubstituteStringEntry";
var _SSEub = "SubstituteStringEntries";
var _SSu = "SubstituteString";
var _STE = "SessionTimeoutException";
var _STI = "S3TablesIntegration";
var _STIS = "S3TableIntegrationSource";
var _STISa = "S3TableIntegrationSources";
var _SUE = "ServiceUnavailableException";
var _TC = "TypeConverter";
var _TCE = "TypeConverterEntry";
var _TCEy = "TypeConverterEntries";
var _TE = "ThrottlingException";
var _TF = "TagFilter";
var _TFa = "TagFilters";
var _THR = "TriggerHistoryRecord";
var _THRL = "TriggerHistoryRecordList";
var _TL = "TransformedLogs";
var _TLG = "TagLogGroup";
var _TLGR = "TagLogGroupRequest";
var _TLR = "TransformedLogRecord";
var _TMF = "TestMetricFilter";
var _TMFR = "TestMetricFilterRequest";
var _TMFRe = "TestMetricFilterResponse";
var _TMTE = "TooManyTagsException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TS = "TrimString";
var _TT = "TestTransformer";
var _TTR = "TestTransformerRequest";
var _TTRe = "TestTransformerResponse";
var _UA = "UpdateAnomaly";
var _UAR = "UpdateAnomalyRequest";
var _UCE = "UnrecognizedClientException";
var _UCS = "UpperCaseString";
var _UDC = "UpdateDeliveryConfiguration";
var _UDCR = "UpdateDeliveryConfigurationRequest";
var _UDCRp = "UpdateDeliveryConfigurationResponse";
var _ULAD = "UpdateLogAnomalyDetector";
var _ULADR = "UpdateLogAnomalyDetectorRequest";
var _ULG = "UntagLogGroup";
var _ULGR = "UntagLogGroupRequest";
var _ULT = "UpdateLookupTable";
var _ULTR = "UpdateLookupTableRequest";
var _ULTRp = "UpdateLookupTableResponse";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _USQ = "UpdateScheduledQuery";
var _USQR = "UpdateScheduledQueryRequest";
var _USQRp = "UpdateScheduledQueryResponse";
var _VE = "ValidationException";
var _a = "active";
var _aA = "applicationArn";
var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
var _aD = "anomalyDetectors";
var _aDA = "anomalyDetectorArn";
var _aDS = "anomalyDetectorStatus";
var _aE = "applicationEndpoint";
var _aF = "allowedFields";
var _aFD = "allowedFieldDelimiters";
var _aI = "accountId";
var _aIc = "accountIdentifiers";
var _aIn = "anomalyId";
var _aIp = "applicationId";
var _aK = "addKeys";
var _aLGS = "aggregateLogGroupSummaries";
var _aOF = "allowedOutputFormats";
var _aOTL = "applyOnTransformedLogs";
var _aP = "accountPolicies";
var _aPc = "accessPolicy";
var _aPcc = "accountPolicy";
var _aSPF = "allowedSuffixPathFields";
var _aVT = "anomalyVisibilityTime";
var _an = "anomalies";
var _ap = "application";
var _ar = "arn";
var _at = "attributes";
var _b = "baseline";
var _bI = "batchId";
var _bIS = "batchImportStatus";
var _bIy = "bytesImported";
var _bS = "bytesScanned";
var _bTAE = "bearerTokenAuthenticationEnabled";
var _c = "client";
var _cA = "createdAt";
var _cAo = "collectionArn";
var _cE = "collectionEndpoint";
var _cR = "currentRetention";
var _cT = "creationTime";
var _cTS = "creationTimeStamp";
var _cTSr = "createdTimeStamp";
var _cTl = "clientToken";
var _cTo = "configurationTemplates";
var _cTom = "completionTime";
var _cTr = "createTime";
var _cV = "copyValue";
var _co = "columns";
var _cod = "code";
var _col = "collection";
var _cs = "csv";
var _d = "description";
var _dA = "destinationArn";
var _dC = "destinationConfiguration";
var _dD = "deliveryDestinations";
var _dDA = "deliveryDestinationArn";
var _dDC = "deliveryDestinationConfiguration";
var _dDCV = "defaultDeliveryConfigValues";
var _dDN = "deliveryDestinationName";
var _dDP = "deliveryDestinationPolicy";
var _dDT = "deliveryDestinationType";
var _dDTe = "deliveryDestinationTypes";
var _dDe = "deliveryDestination";
var _dI = "destinationIdentifier";
var _dK = "deleteKeys";
var _dN = "detectorName";
var _dNa = "datasourceName";
var _dNe = "destinationName";
var _dP = "destinationPrefix";
var _dPE = "deletionProtectionEnabled";
var _dPS = "dataProtectionStatus";
var _dR = "dryRun";
var _dRA = "destinationResourceArn";
var _dRLGC = "decreasedRetentionLogGroupCount";
var _dRR = "dryRunResult";
var _dS = "dataSource";
var _dSC = "deliverySourceConfiguration";
var _dSN = "deliverySourceName";
var _dSNa = "dataSourceName";
var _dSNe = "deliverySourceNames";
var _dSRA = "dataSourceRoleArn";
var _dST = "dataSourceType";
var _dSa = "dataSources";
var _dSe = "deliverySources";
var _dSel = "deliverySource";
var _dT = "datasourceType";
var _dTC = "dateTimeConverter";
var _dTP = "dynamicTokenPosition";
var _dTe = "destinationType";
var _dV = "defaultValue";
var _dVP = "dashboardViewerPrincipals";
var _da = "data";
var _de = "delivery";
var _del = "delimiter";
var _deli = "deliveries";
var _des = "destination";
var _desc = "descending";
var _dest = "destinations";
var _di = "dimensions";
var _dis = "distribution";
var _e = "error";
var _eBS = "estimatedBytesSkipped";
var _eCO = "endCharOffset";
var _eET = "endEventTime";
var _eF = "evaluationFrequency";
var _eHCP = "enableHiveCompatiblePath";
var _eI = "executionInfo";
var _eIv = "eventId";
var _eK = "encryptionKey";
var _eLEEI = "expiredLogEventEndIndex";
var _eM = "errorMessage";
var _eMv = "eventMessage";
var _eN = "eventNumber";
var _eP = "encryptionPolicy";
var _eRA = "executionRoleArn";
var _eRI = "expectedRevisionId";
var _eRS = "estimatedRecordsSkipped";
var _eS = "executionStatuses";
var _eSF = "emitSystemFields";
var _eSFD = "emitSystemFieldDimensions";
var _eST = "expectedSequenceToken";
var _eSv = "eventSource";
var _eSx = "executionStatus";
var _eT = "exportTasks";
var _eTO = "endTimeOffset";
var _eTn = "endTime";
var _eTr = "errorType";
var _eV = "extractedValues";
var _el = "element";
var _en = "entries";
var _ena = "enabled";
var _end = "endpoint";
var _ent = "entity";
var _enu = "enumerations";
var _ev = "events";
var _f = "from";
var _fAC = "failedAnalysisCount";
var _fD = "fieldDelimiter";
var _fE = "flattenedElement";
var _fET = "firstEventTime";
var _fETi = "firstEventTimestamp";
var _fI = "fieldIndexes";
var _fIN = "fieldIndexName";
var _fINi = "fieldIndexNames";
var _fLGA = "filterLogGroupArn";
var _fN = "filterName";
var _fNP = "filterNamePrefix";
var _fP = "filterPattern";
var _fS = "firstSeen";
var _fSC = "fieldSelectionCriteria";
var _fSi = "fieldStream";
var _fU = "forceUpdate";
var _fi = "fields";
var _fie = "field";
var _fl = "flatten";
var _fo = "force";
var _g = "grok";
var _gB = "groupBy";
var _gI = "groupingIdentifiers";
var _h = "histogram";
var _hE = "httpError";
var _i = "identifier";
var _iA = "integrationArn";
var _iB = "importBatches";
var _iC = "indexCategories";
var _iCn = "indexCategory";
var _iD = "integrationDetails";
var _iDA = "importDestinationArn";
var _iDs = "isDynamic";
var _iF = "importFilter";
var _iI = "importId";
var _iLA = "includeLinkedAccounts";
var _iN = "integrationName";
var _iNP = "integrationNamePrefix";
var _iP = "indexPolicies";
var _iPLS = "isPatternLevelSuppression";
var _iPn = "inheritedProperties";
var _iPnd = "indexPolicy";
var _iRA = "importRoleArn";
var _iRLGC = "increasedRetentionLogGroupCount";
var _iS = "importStatistics";
var _iSA = "importSourceArn";
var _iSm = "importStatus";
var _iSn = "integrationStatus";
var _iSnt = "integrationSummaries";
var _iT = "ingestionTime";
var _iTN = "inferredTokenName";
var _iTn = "integrationType";
var _id = "id";
var _im = "imports";
var _in = "interleaved";
var _k = "key";
var _kA = "keyAttributes";
var _kKA = "kmsKeyArn";
var _kKI = "kmsKeyId";
var _kN = "keyName";
var _kP = "keyPrefix";
var _kVD = "keyValueDelimiter";
var _l = "locale";
var _lCS = "lowerCaseString";
var _lE = "logEvents";
var _lEFP = "logEventFilterPattern";
var _lEM = "logEventMessages";
var _lES = "lastExecutionStatus";
var _lET = "lastEventTime";
var _lETa = "lastEventTimestamp";
var _lF = "logFields";
var _lFN = "logFieldName";
var _lFT = "logFieldType";
var _lG = "logGroups";
var _lGA = "logGroupArn";
var _lGAL = "logGroupArnList";
var _lGC = "logGroupCount";
var _lGCo = "logGroupClass";
var _lGF = "logGroupFields";
var _lGI = "logGroupIdentifiers";
var _lGIo = "logGroupIdentifier";
var _lGN = "logGroupName";
var _lGNP = "logGroupNamePrefix";
var _lGNPo = "logGroupNamePattern";
var _lGNo = "logGroupNames";
var _lGS = "logGroupsScanned";
var _lGT = "logGroupTags";
var _lIT = "lastIngestionTime";
var _lM = "lastModified";
var _lMT = "lastModifiedTime";
var _lMTS = "lastModifiedTimeStamp";
var _lOP = "logObjectPointer";
var _lP = "lifecyclePolicy";
var _lR = "logRecord";
var _lRP = "logRecordPointer";
var _lS = "lastSeen";
var _lSN = "logStreamName";
var _lSNP = "logStreamNamePrefix";
var _lSNPo = "logStreamNamePrefixes";
var _lSNo = "logStreamNames";
var _lST = "lastScanTime";
var _lSo = "logSamples";
var _lSog = "logStreams";
var _lT = "logType";
var _lTA = "lookupTableArn";
var _lTC = "lookupTableConfiguration";
var _lTM = "listToMap";
var _lTN = "lookupTableName";
var _lTNP = "lookupTableNamePrefix";
var _lTT = "lastTriggeredTime";
var _lTo = "logTypes";
var _lToo = "lookupTables";
var _lUT = "lastUpdatedTime";
var _lUTa = "lastUpdateTime";
var _li = "limit";
var _lo = "location";
var _m = "message";
var _mF = "metricFilters";
var _mFC = "metricFilterCount";
var _mI = "maxItems";
var _mK = "moveKeys";
var _mN = "metricName";
var _mNe = "metricNamespace";
var _mP = "matchPatterns";
var _mR = "maxResults";
var _mT = "metricTransformations";
var _mV = "minValue";
var _mVa = "maxValue";
var _mVap = "mappingVersion";
var _mVe = "metricValue";
var _ma = "match";
var _man = "mandatory";
var _mat = "matches";
var _n = "name";
var _nBT = "nextBackwardToken";
var _nFT = "nextForwardToken";
var _nMV = "nonMatchValue";
var _nP = "networkPolicy";
var _nST = "nextSequenceToken";
var _nT = "nextToken";
var _na = "names";
var _oAI = "ownerAccountId";
var _oB = "orderBy";
var _oF = "outputFormat";
var _oIE = "overwriteIfExists";
var _oSID = "openSearchIntegrationDetails";
var _oSRC = "openSearchResourceConfig";
var _oV = "ocsfVersion";
var _p = "priority";
var _pC = "parseCloudfront";
var _pD = "policyDocument";
var _pI = "patternId";
var _pIr = "processedIdentifier";
var _pJSON = "parseJSON";
var _pKV = "parseKeyValue";
var _pN = "policyName";
var _pP = "parsePostgres";
var _pR = "patternRegex";
var _pRa = "parseRoute53";
var _pRr = "proposedRetention";
var _pS = "patternString";
var _pSI = "parentSourceIdentifier";
var _pSo = "policyScope";
var _pT = "policyType";
var _pTOCSF = "parseToOCSF";
var _pTa = "patternTokens";
var _pVPC = "parseVPC";
var _pWAF = "parseWAF";
var _pa = "parameters";
var _pe = "percent";
var _po = "policy";
var _q = "queries";
var _qC = "quoteCharacter";
var _qCE = "queryCompileError";
var _qD = "queryDefinitions";
var _qDI = "queryDefinitionId";
var _qDNP = "queryDefinitionNamePrefix";
var _qDu = "queryDuration";
var _qI = "queryId";
var _qL = "queryLanguage";
var _qS = "queryString";
var _r = "results";
var _rA = "resourceArn";
var _rAe = "resourceArns";
var _rAo = "roleArn";
var _rC = "recordsCount";
var _rCe = "resourceConfig";
var _rCes = "resultCount";
var _rD = "retentionDays";
var _rEI = "rejectedEntityInfo";
var _rF = "recordFields";
var _rI = "resourceIdentifier";
var _rID = "retentionInDays";
var _rIe = "requestId";
var _rIev = "revisionId";
var _rK = "renameKeys";
var _rLEI = "rejectedLogEventsInfo";
var _rM = "recordsMatched";
var _rN = "resourceName";
var _rP = "resourcePolicies";
var _rPN = "retentionPolicyName";
var _rPe = "resourcePolicy";
var _rS = "recordsScanned";
var _rSe = "responseStream";
var _rT = "resourceType";
var _rTe = "resourceTypes";
var _rTen = "renameTo";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
var _sB = "sizeBytes";
var _sBt = "storedBytes";
var _sC = "selectionCriteria";
var _sCO = "startCharOffset";
var _sCe = "searchedCompletely";
var _sCo = "s3Configuration";
var _sCt = "statusCode";
var _sCy = "syslogConfigurations";
var _sD = "suppressedDate";
var _sDC = "s3DeliveryConfiguration";
var _sE = "scheduleExpression";
var _sET = "scheduleEndTime";
var _sETt = "startEventTime";
var _sF = "subscriptionFilters";
var _sFH = "startFromHead";
var _sI = "sessionId";
var _sLS = "searchedLogStreams";
var _sM = "sessionMetadata";
var _sMt = "statusMessage";
var _sP = "suffixPath";
var _sPu = "suppressionPeriod";
var _sQ = "scheduledQueries";
var _sQA = "scheduledQueryArn";
var _sR = "statusReason";
var _sRe = "sessionResults";
var _sS = "suppressionState";
var _sST = "scheduleStartTime";
var _sSe = "sessionStart";
var _sSp = "splitString";
var _sSu = "substituteString";
var _sT = "sourceTimezone";
var _sTI = "s3TablesIntegration";
var _sTO = "startTimeOffset";
var _sTc = "scheduleType";
var _sTe = "sequenceToken";
var _sTo = "sourceType";
var _sTt = "startTime";
var _sTto = "storageTier";
var _sTu = "suppressionType";
var _sU = "suppressedUntil";
var _sUe = "sessionUpdate";
var _sUu = "suppressionUnit";
var _sV = "supportedValues";
var _sa = "sampled";
var _sc = "scope";
var _se = "server";
var _ser = "service";
var _so = "source";
var _sou = "sources";
var _st = "state";
var _sta = "status";
var _stat = "statistics";
var _str = "streaming";
var _su = "suppressed";
var _suc = "success";
var _t = "target";
var _tA = "targetArn";
var _tB = "tableBody";
var _tC = "transformerConfig";
var _tCy = "typeConverter";
var _tEM = "transformedEventMessage";
var _tF = "targetFormat";
var _tFa = "tableFields";
var _tH = "triggerHistory";
var _tI = "taskId";
var _tK = "tagKeys";
var _tL = "transformedLogs";
var _tLGI = "topLogGroupsImpacted";
var _tMLG = "totalMatchedLogGroups";
var _tN = "taskName";
var _tNLESI = "tooNewLogEventStartIndex";
var _tNa = "tableName";
var _tOLEEI = "tooOldLogEventEndIndex";
var _tS = "tokenString";
var _tSr = "trimString";
var _tT = "targetTimezone";
var _tTr = "triggeredTimestamp";
var _ta = "tags";
var _ti = "timezone";
var _tim = "timestamp";
var _time = "time";
var _to = "to";
var _ty = "type";
var _u = "unmask";
var _uCS = "upperCaseString";
var _uI = "userIdentity";
var _uRLGC = "unchangedRetentionLogGroupCount";
var _uST = "uploadSequenceToken";
var _un = "unit";
var _v = "value";
var _vEI = "vpcEndpointId";
var _vK = "valueKey";
var _vT = "valueType";
var _va = "values";
var _w = "workspace";
var _wI = "workspaceId";
var _wK = "withKeys";
var n0 = "com.amazonaws.cloudwatchlogs";
var _s_registry = new TypeRegistry(_s);
var CloudWatchLogsServiceException$ = [-3, _s, "CloudWatchLogsServiceException", 0, [], []];
_s_registry.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DataAlreadyAcceptedException$ = [
  -3,
  n0,
  _DAAE,
  { [_e]: _c },
  [_eST, _m],
  [0, 0]
];
n0_registry.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InternalStreamingException$ = [
  -3,
  n0,
  _ISEn,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InternalStreamingException$, InternalStreamingException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidSequenceTokenException$ = [
  -3,
  n0,
  _ISTE,
  { [_e]: _c },
  [_eST, _m],
  [0, 0]
];
n0_registry.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedQueryException$ = [
  -3,
  n0,
  _MQE,
  { [_e]: _c },
  [_qCE, _m],
  [() => QueryCompileError$, 0]
];
n0_registry.registerError(MalformedQueryException$, MalformedQueryException);
var OperationAbortedException$ = [
  -3,
  n0,
  _OAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OperationAbortedException$, OperationAbortedException);
var ResourceAlreadyExistsException$ = [
  -3,
  n0,
  _RAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ServiceUnavailableException$ = [
  -3,
  n0,
  _SUE,
  { [_e]: _se },
  [_m],
  [0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var SessionStreamingException$ = [
  -3,
  n0,
  _SSE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SessionStreamingException$, SessionStreamingException);
var SessionTimeoutException$ = [
  -3,
  n0,
  _STE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SessionTimeoutException$, SessionTimeoutException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { [_e]: _c, [_hE]: 400 },
  [_m, _rN],
  [0, 0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var UnrecognizedClientException$ = [
  -3,
  n0,
  _UCE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnrecognizedClientException$, UnrecognizedClientException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountPolicy$ = [
  3,
  n0,
  _AP,
  0,
  [_pN, _pD, _lUT, _pT, _sc, _sC, _aI],
  [0, 0, 1, 0, 0, 0, 0]
];
var AddKeyEntry$ = [
  3,
  n0,
  _AKE,
  0,
  [_k, _v, _oIE],
  [0, 0, 2],
  2
];
var AddKeys$ = [
  3,
  n0,
  _AK,
  0,
  [_en],
  [() => AddKeyEntries],
  1
];
var AggregateLogGroupSummary$ = [
  3,
  n0,
  _ALGS,
  0,
  [_lGC, _gI],
  [1, () => GroupingIdentifiers]
];
var Anomaly$ = [
  3,
  n0,
  _A,
  0,
  [_aIn, _pI, _aDA, _pS, _fS, _lS, _d, _a, _st, _h, _lSo, _pTa, _lGAL, _pR, _p, _su, _sD, _sU, _iPLS],
  [0, 0, 0, 0, 1, 1, 0, 2, 0, 128 | 1, () => LogSamples, () => PatternTokens, 64 | 0, 0, 0, 2, 1, 1, 2],
  13
];
var AnomalyDetector$ = [
  3,
  n0,
  _AD,
  0,
  [_aDA, _dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var AssociateKmsKeyRequest$ = [
  3,
  n0,
  _AKKR,
  0,
  [_kKI, _lGN, _rI],
  [0, 0, 0],
  1
];
var AssociateSourceToS3TableIntegrationRequest$ = [
  3,
  n0,
  _ASTSTIR,
  0,
  [_iA, _dS],
  [0, () => DataSource$],
  2
];
var AssociateSourceToS3TableIntegrationResponse$ = [
  3,
  n0,
  _ASTSTIRs,
  0,
  [_i],
  [0]
];
var CancelExportTaskRequest$ = [
  3,
  n0,
  _CETR,
  0,
  [_tI],
  [0],
  1
];
var CancelImportTaskRequest$ = [
  3,
  n0,
  _CITR,
  0,
  [_iI],
  [0],
  1
];
var CancelImportTaskResponse$ = [
  3,
  n0,
  _CITRa,
  0,
  [_iI, _iS, _iSm, _cT, _lUT],
  [0, () => ImportStatistics$, 0, 1, 1]
];
var ConfigurationTemplate$ = [
  3,
  n0,
  _CT,
  0,
  [_ser, _lT, _rT, _dDT, _dDCV, _aF, _aOF, _aAFAVLDFR, _aFD, _aSPF, _dSC, _sTI],
  [0, 0, 0, 0, () => ConfigurationTemplateDeliveryConfigValues$, () => AllowedFields, 64 | 0, 0, 64 | 0, 64 | 0, () => DeliverySourceConfigurationSchemas, () => S3TablesIntegration$]
];
var ConfigurationTemplateDeliveryConfigValues$ = [
  3,
  n0,
  _CTDCV,
  0,
  [_rF, _fD, _sDC],
  [64 | 0, 0, () => S3DeliveryConfiguration$]
];
var CopyValue$ = [
  3,
  n0,
  _CV,
  0,
  [_en],
  [() => CopyValueEntries],
  1
];
var CopyValueEntry$ = [
  3,
  n0,
  _CVE,
  0,
  [_so, _t, _oIE],
  [0, 0, 2],
  2
];
var CreateDeliveryRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_dSN, _dDA, _rF, _fD, _sDC, _ta],
  [0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0],
  2
];
var CreateDeliveryResponse$ = [
  3,
  n0,
  _CDRr,
  0,
  [_de],
  [() => Delivery$]
];
var CreateExportTaskRequest$ = [
  3,
  n0,
  _CETRr,
  0,
  [_lGN, _f, _to, _des, _tN, _lSNP, _dP],
  [0, 1, 1, 0, 0, 0, 0],
  4
];
var CreateExportTaskResponse$ = [
  3,
  n0,
  _CETRre,
  0,
  [_tI],
  [0]
];
var CreateImportTaskRequest$ = [
  3,
  n0,
  _CITRr,
  0,
  [_iSA, _iRA, _iF],
  [0, 0, () => ImportFilter$],
  2
];
var CreateImportTaskResponse$ = [
  3,
  n0,
  _CITRre,
  0,
  [_iI, _iDA, _cT],
  [0, 0, 1]
];
var CreateLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _CLADR,
  0,
  [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
  [64 | 0, 0, 0, 0, 0, 1, 128 | 0],
  1
];
var CreateLogAnomalyDetectorResponse$ = [
  3,
  n0,
  _CLADRr,
  0,
  [_aDA],
  [0]
];
var CreateLogGroupRequest$ = [
  3,
  n0,
  _CLGR,
  0,
  [_lGN, _kKI, _ta, _lGCo, _dPE],
  [0, 0, 128 | 0, 0, 2],
  1
];
var CreateLogStreamRequest$ = [
  3,
  n0,
  _CLSR,
  0,
  [_lGN, _lSN],
  [0, 0],
  2
];
var CreateLookupTableRequest$ = [
  3,
  n0,
  _CLTR,
  0,
  [_lTN, _d, _tB, _qI, _kKI, _ta],
  [0, 0, 0, 0, 0, 128 | 0],
  1
];
var CreateLookupTableResponse$ = [
  3,
  n0,
  _CLTRr,
  0,
  [_lTA, _cA],
  [0, 1]
];
var CreateScheduledQueryRequest$ = [
  3,
  n0,
  _CSQR,
  0,
  [_n, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st, _ta],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0, 128 | 0],
  5
];
var CreateScheduledQueryResponse$ = [
  3,
  n0,
  _CSQRr,
  0,
  [_sQA, _st],
  [0, 0]
];
var CSV$ = [
  3,
  n0,
  _CSV,
  0,
  [_qC, _del, _co, _so, _des],
  [0, 0, 64 | 0, 0, 0]
];
var DataSource$ = [
  3,
  n0,
  _DS,
  0,
  [_n, _ty],
  [0, 0],
  1
];
var DataSourceFilter$ = [
  3,
  n0,
  _DSF,
  0,
  [_n, _ty],
  [0, 0],
  1
];
var DateTimeConverter$ = [
  3,
  n0,
  _DTC,
  0,
  [_so, _t, _mP, _tF, _sT, _tT, _l],
  [0, 0, 64 | 0, 0, 0, 0, 0],
  3
];
var DeleteAccountPolicyRequest$ = [
  3,
  n0,
  _DAPR,
  0,
  [_pN, _pT, _dR],
  [0, 0, 2],
  2
];
var DeleteAccountPolicyResponse$ = [
  3,
  n0,
  _DAPRe,
  0,
  [_dRR],
  [() => DryRunResult$]
];
var DeleteDataProtectionPolicyRequest$ = [
  3,
  n0,
  _DDPPR,
  0,
  [_lGIo],
  [0],
  1
];
var DeleteDeliveryDestinationPolicyRequest$ = [
  3,
  n0,
  _DDDPR,
  0,
  [_dDN],
  [0],
  1
];
var DeleteDeliveryDestinationRequest$ = [
  3,
  n0,
  _DDDR,
  0,
  [_n],
  [0],
  1
];
var DeleteDeliveryRequest$ = [
  3,
  n0,
  _DDR,
  0,
  [_id],
  [0],
  1
];
var DeleteDeliverySourceRequest$ = [
  3,
  n0,
  _DDSR,
  0,
  [_n],
  [0],
  1
];
var DeleteDestinationRequest$ = [
  3,
  n0,
  _DDRe,
  0,
  [_dNe],
  [0],
  1
];
var DeleteIndexPolicyRequest$ = [
  3,
  n0,
  _DIPR,
  0,
  [_lGIo],
  [0],
  1
];
var DeleteIndexPolicyResponse$ = [
  3,
  n0,
  _DIPRe,
  0,
  [],
  []
];
var DeleteIntegrationRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_iN, _fo],
  [0, 2],
  1
];
var DeleteIntegrationResponse$ = [
  3,
  n0,
  _DIRe,
  0,
  [],
  []
];
var DeleteKeys$ = [
  3,
  n0,
  _DK,
  0,
  [_wK],
  [64 | 0],
  1
];
var DeleteLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _DLADR,
  0,
  [_aDA],
  [0],
  1
];
var DeleteLogGroupRequest$ = [
  3,
  n0,
  _DLGR,
  0,
  [_lGN],
  [0],
  1
];
var DeleteLogStreamRequest$ = [
  3,
  n0,
  _DLSR,
  0,
  [_lGN, _lSN],
  [0, 0],
  2
];
var DeleteLookupTableRequest$ = [
  3,
  n0,
  _DLTR,
  0,
  [_lTA],
  [0],
  1
];
var DeleteMetricFilterRequest$ = [
  3,
  n0,
  _DMFR,
  0,
  [_lGN, _fN],
  [0, 0],
  2
];
var DeleteQueryDefinitionRequest$ = [
  3,
  n0,
  _DQDR,
  0,
  [_qDI],
  [0],
  1
];
var DeleteQueryDefinitionResponse$ = [
  3,
  n0,
  _DQDRe,
  0,
  [_suc],
  [2]
];
var DeleteResourcePolicyRequest$ = [
  3,
  n0,
  _DRPR,
  0,
  [_pN, _rA, _eRI],
  [0, 0, 0]
];
var DeleteRetentionPolicyRequest$ = [
  3,
  n0,
  _DRPRe,
  0,
  [_lGN],
  [0],
  1
];
var DeleteScheduledQueryRequest$ = [
  3,
  n0,
  _DSQR,
  0,
  [_i],
  [0],
  1
];
var DeleteScheduledQueryResponse$ = [
  3,
  n0,
  _DSQRe,
  0,
  [],
  []
];
var DeleteSubscriptionFilterRequest$ = [
  3,
  n0,
  _DSFR,
  0,
  [_lGN, _fN],
  [0, 0],
  2
];
var DeleteSyslogConfigurationRequest$ = [
  3,
  n0,
  _DSCR,
  0,
  [_lGIo, _vEI],
  [0, 0],
  1
];
var DeleteTransformerRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_lGIo],
  [0],
  1
];
var Delivery$ = [
  3,
  n0,
  _D,
  0,
  [_id, _ar, _dSN, _dDA, _dDT, _rF, _fD, _sDC, _ta],
  [0, 0, 0, 0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0]
];
var DeliveryDestination$ = [
  3,
  n0,
  _DD,
  0,
  [_n, _ar, _dDT, _oF, _dDC, _rAo, _ta],
  [0, 0, 0, 0, () => DeliveryDestinationConfiguration$, 0, 128 | 0]
];
var DeliveryDestinationConfiguration$ = [
  3,
  n0,
  _DDC,
  0,
  [_dRA],
  [0],
  1
];
var DeliverySource$ = [
  3,
  n0,
  _DSe,
  0,
  [_n, _ar, _rAe, _ser, _lT, _ta, _dSC, _sta, _sR],
  [0, 0, 64 | 0, 0, 0, 128 | 0, 128 | 0, 0, 0]
];
var DeliverySourceConfigurationSchema$ = [
  3,
  n0,
  _DSCS,
  0,
  [_kN, _vT, _dV, _sV, _mV, _mVa],
  [0, 0, 0, 64 | 0, 1, 1],
  3
];
var DescribeAccountPoliciesRequest$ = [
  3,
  n0,
  _DAPRes,
  0,
  [_pT, _pN, _aIc, _nT],
  [0, 0, 64 | 0, 0],
  1
];
var DescribeAccountPoliciesResponse$ = [
  3,
  n0,
  _DAPResc,
  0,
  [_aP, _nT],
  [() => AccountPolicies, 0]
];
var DescribeConfigurationTemplatesRequest$ = [
  3,
  n0,
  _DCTR,
  0,
  [_ser, _lTo, _rTe, _dDTe, _nT, _li],
  [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeConfigurationTemplatesResponse$ = [
  3,
  n0,
  _DCTRe,
  0,
  [_cTo, _nT],
  [() => ConfigurationTemplates, 0]
];
var DescribeDeliveriesRequest$ = [
  3,
  n0,
  _DDRes,
  0,
  [_nT, _li, _dSNe],
  [0, 1, 64 | 0]
];
var DescribeDeliveriesResponse$ = [
  3,
  n0,
  _DDResc,
  0,
  [_deli, _nT],
  [() => Deliveries, 0]
];
var DescribeDeliveryDestinationsRequest$ = [
  3,
  n0,
  _DDDRe,
  0,
  [_nT, _li, _na],
  [0, 1, 64 | 0]
];
var DescribeDeliveryDestinationsResponse$ = [
  3,
  n0,
  _DDDRes,
  0,
  [_dD, _nT],
  [() => DeliveryDestinations, 0]
];
var DescribeDeliverySourcesRequest$ = [
  3,
  n0,
  _DDSRe,
  0,
  [_nT, _li, _rAe],
  [0, 1, 64 | 0]
];
var DescribeDeliverySourcesResponse$ = [
  3,
  n0,
  _DDSRes,
  0,
  [_dSe, _nT],
  [() => DeliverySources, 0]
];
var DescribeDestinationsRequest$ = [
  3,
  n0,
  _DDRescr,
  0,
  [_DNP, _nT, _li],
  [0, 0, 1]
];
var DescribeDestinationsResponse$ = [
  3,
  n0,
  _DDRescri,
  0,
  [_dest, _nT],
  [() => Destinations, 0]
];
var DescribeExportTasksRequest$ = [
  3,
  n0,
  _DETR,
  0,
  [_tI, _sCt, _nT, _li],
  [0, 0, 0, 1]
];
var DescribeExportTasksResponse$ = [
  3,
  n0,
  _DETRe,
  0,
  [_eT, _nT],
  [() => ExportTasks, 0]
];
var DescribeFieldIndexesRequest$ = [
  3,
  n0,
  _DFIR,
  0,
  [_lGI, _iC, _nT],
  [64 | 0, 64 | 0, 0],
  1
];
var DescribeFieldIndexesResponse$ = [
  3,
  n0,
  _DFIRe,
  0,
  [_fI, _nT],
  [() => FieldIndexes, 0]
];
var DescribeImportTaskBatchesRequest$ = [
  3,
  n0,
  _DITBR,
  0,
  [_iI, _bIS, _li, _nT],
  [0, 64 | 0, 1, 0],
  1
];
var DescribeImportTaskBatchesResponse$ = [
  3,
  n0,
  _DITBRe,
  0,
  [_iSA, _iI, _iB, _nT],
  [0, 0, () => ImportBatchList, 0]
];
var DescribeImportTasksRequest$ = [
  3,
  n0,
  _DITR,
  0,
  [_iI, _iSm, _iSA, _li, _nT],
  [0, 0, 0, 1, 0]
];
var DescribeImportTasksResponse$ = [
  3,
  n0,
  _DITRe,
  0,
  [_im, _nT],
  [() => ImportList, 0]
];
var DescribeIndexPoliciesRequest$ = [
  3,
  n0,
  _DIPRes,
  0,
  [_lGI, _nT],
  [64 | 0, 0],
  1
];
var DescribeIndexPoliciesResponse$ = [
  3,
  n0,
  _DIPResc,
  0,
  [_iP, _nT],
  [() => IndexPolicies, 0]
];
var DescribeLogGroupsRequest$ = [
  3,
  n0,
  _DLGRe,
  0,
  [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
  [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
];
var DescribeLogGroupsResponse$ = [
  3,
  n0,
  _DLGRes,
  0,
  [_lG, _nT],
  [() => LogGroups, 0]
];
var DescribeLogStreamsRequest$ = [
  3,
  n0,
  _DLSRe,
  0,
  [_lGN, _lGIo, _lSNP, _oB, _desc, _nT, _li],
  [0, 0, 0, 0, 2, 0, 1]
];
var DescribeLogStreamsResponse$ = [
  3,
  n0,
  _DLSRes,
  0,
  [_lSog, _nT],
  [() => LogStreams, 0]
];
var DescribeLookupTablesRequest$ = [
  3,
  n0,
  _DLTRe,
  0,
  [_lTNP, _mR, _nT],
  [0, 1, 0]
];
var DescribeLookupTablesResponse$ = [
  3,
  n0,
  _DLTRes,
  0,
  [_lToo, _nT],
  [() => LookupTables, 0]
];
var DescribeMetricFiltersRequest$ = [
  3,
  n0,
  _DMFRe,
  0,
  [_lGN, _fNP, _nT, _li, _mN, _mNe],
  [0, 0, 0, 1, 0, 0]
];
var DescribeMetricFiltersResponse$ = [
  3,
  n0,
  _DMFRes,
  0,
  [_mF, _nT],
  [() => MetricFilters, 0]
];
var DescribeQueriesRequest$ = [
  3,
  n0,
  _DQR,
  0,
  [_lGN, _sta, _mR, _nT, _qL],
  [0, 0, 1, 0, 0]
];
var DescribeQueriesResponse$ = [
  3,
  n0,
  _DQRe,
  0,
  [_q, _nT],
  [() => QueryInfoList, 0]
];
var DescribeQueryDefinitionsRequest$ = [
  3,
  n0,
  _DQDRes,
  0,
  [_qL, _qDNP, _mR, _nT],
  [0, 0, 1, 0]
];
var DescribeQueryDefinitionsResponse$ = [
  3,
  n0,
  _DQDResc,
  0,
  [_qD, _nT],
  [() => QueryDefinitionList, 0]
];
var DescribeResourcePoliciesRequest$ = [
  3,
  n0,
  _DRPRes,
  0,
  [_nT, _li, _rA, _pSo],
  [0, 1, 0, 0]
];
var DescribeResourcePoliciesResponse$ = [
  3,
  n0,
  _DRPResc,
  0,
  [_rP, _nT],
  [() => ResourcePolicies, 0]
];
var DescribeSubscriptionFiltersRequest$ = [
  3,
  n0,
  _DSFRe,
  0,
  [_lGN, _fNP, _nT, _li],
  [0, 0, 0, 1],
  1
];
var DescribeSubscriptionFiltersResponse$ = [
  3,
  n0,
  _DSFRes,
  0,
  [_sF, _nT],
  [() => SubscriptionFilters, 0]
];
var Destination$ = [
  3,
  n0,
  _De,
  0,
  [_dNe, _tA, _rAo, _aPc, _ar, _cT],
  [0, 0, 0, 0, 0, 1]
];
var DestinationConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_sCo, _lTC],
  [() => S3Configuration$, () => LookupTableConfiguration$]
];
var DisassociateKmsKeyRequest$ = [
  3,
  n0,
  _DKKR,
  0,
  [_lGN, _rI],
  [0, 0]
];
var DisassociateSourceFromS3TableIntegrationRequest$ = [
  3,
  n0,
  _DSFSTIR,
  0,
  [_i],
  [0],
  1
];
var DisassociateSourceFromS3TableIntegrationResponse$ = [
  3,
  n0,
  _DSFSTIRi,
  0,
  [_i],
  [0]
];
var DryRunResult$ = [
  3,
  n0,
  _DRR,
  0,
  [_tMLG, _iRLGC, _dRLGC, _uRLGC, _fAC, _tLGI],
  [1, 1, 1, 1, 1, () => LogGroupImpacts]
];
var Entity$ = [
  3,
  n0,
  _E,
  0,
  [_kA, _at],
  [128 | 0, 128 | 0]
];
var ExportTask$ = [
  3,
  n0,
  _ET,
  0,
  [_tI, _tN, _lGN, _f, _to, _des, _dP, _sta, _eI],
  [0, 0, 0, 1, 1, 0, 0, () => ExportTaskStatus$, () => ExportTaskExecutionInfo$]
];
var ExportTaskExecutionInfo$ = [
  3,
  n0,
  _ETEI,
  0,
  [_cT, _cTom],
  [1, 1]
];
var ExportTaskStatus$ = [
  3,
  n0,
  _ETS,
  0,
  [_cod, _m],
  [0, 0]
];
var FieldIndex$ = [
  3,
  n0,
  _FI,
  0,
  [_lGIo, _fIN, _lST, _fET, _lET, _ty, _iCn],
  [0, 0, 1, 1, 1, 0, 0]
];
var FieldsData$ = [
  3,
  n0,
  _FD,
  0,
  [_da],
  [21]
];
var FilteredLogEvent$ = [
  3,
  n0,
  _FLE,
  0,
  [_lSN, _tim, _m, _iT, _eIv],
  [0, 1, 0, 1, 0]
];
var FilterLogEventsRequest$ = [
  3,
  n0,
  _FLER,
  0,
  [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT, _li, _sFH, _in, _u],
  [0, 0, 64 | 0, 0, 1, 1, 0, 0, 1, 2, 2, 2]
];
var FilterLogEventsResponse$ = [
  3,
  n0,
  _FLERi,
  0,
  [_ev, _sLS, _nT],
  [() => FilteredLogEvents, () => SearchedLogStreams, 0]
];
var GetDataProtectionPolicyRequest$ = [
  3,
  n0,
  _GDPPR,
  0,
  [_lGIo],
  [0],
  1
];
var GetDataProtectionPolicyResponse$ = [
  3,
  n0,
  _GDPPRe,
  0,
  [_lGIo, _pD, _lUT],
  [0, 0, 1]
];
var GetDeliveryDestinationPolicyRequest$ = [
  3,
  n0,
  _GDDPR,
  0,
  [_dDN],
  [0],
  1
];
var GetDeliveryDestinationPolicyResponse$ = [
  3,
  n0,
  _GDDPRe,
  0,
  [_po],
  [() => Policy$]
];
var GetDeliveryDestinationRequest$ = [
  3,
  n0,
  _GDDR,
  0,
  [_n],
  [0],
  1
];
var GetDeliveryDestinationResponse$ = [
  3,
  n0,
  _GDDRe,
  0,
  [_dDe],
  [() => DeliveryDestination$]
];
var GetDeliveryRequest$ = [
  3,
  n0,
  _GDR,
  0,
  [_id],
  [0],
  1
];
var GetDeliveryResponse$ = [
  3,
  n0,
  _GDRe,
  0,
  [_de],
  [() => Delivery$]
];
var GetDeliverySourceRequest$ = [
  3,
  n0,
  _GDSR,
  0,
  [_n],
  [0],
  1
];
var GetDeliverySourceResponse$ = [
  3,
  n0,
  _GDSRe,
  0,
  [_dSel],
  [() => DeliverySource$]
];
var GetIntegrationRequest$ = [
  3,
  n0,
  _GIR,
  0,
  [_iN],
  [0],
  1
];
var GetIntegrationResponse$ = [
  3,
  n0,
  _GIRe,
  0,
  [_iN, _iTn, _iSn, _iD],
  [0, 0, 0, () => IntegrationDetails$]
];
var GetLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _GLADR,
  0,
  [_aDA],
  [0],
  1
];
var GetLogAnomalyDetectorResponse$ = [
  3,
  n0,
  _GLADRe,
  0,
  [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var GetLogEventsRequest$ = [
  3,
  n0,
  _GLER,
  0,
  [_lSN, _lGN, _lGIo, _sTt, _eTn, _nT, _li, _sFH, _u],
  [0, 0, 0, 1, 1, 0, 1, 2, 2],
  1
];
var GetLogEventsResponse$ = [
  3,
  n0,
  _GLERe,
  0,
  [_ev, _nFT, _nBT],
  [() => OutputLogEvents, 0, 0]
];
var GetLogFieldsRequest$ = [
  3,
  n0,
  _GLFR,
  0,
  [_dSNa, _dST],
  [0, 0],
  2
];
var GetLogFieldsResponse$ = [
  3,
  n0,
  _GLFRe,
  0,
  [_lF],
  [() => LogFieldsList]
];
var GetLogGroupFieldsRequest$ = [
  3,
  n0,
  _GLGFR,
  0,
  [_lGN, _time, _lGIo],
  [0, 1, 0]
];
var GetLogGroupFieldsResponse$ = [
  3,
  n0,
  _GLGFRe,
  0,
  [_lGF],
  [() => LogGroupFieldList]
];
var GetLogObjectRequest$ = [
  3,
  n0,
  _GLOR,
  0,
  [_lOP, _u],
  [0, 2],
  1
];
var GetLogObjectResponse$ = [
  3,
  n0,
  _GLORe,
  0,
  [_fSi],
  [[() => GetLogObjectResponseStream$, 0]]
];
var GetLogRecordRequest$ = [
  3,
  n0,
  _GLRR,
  0,
  [_lRP, _u],
  [0, 2],
  1
];
var GetLogRecordResponse$ = [
  3,
  n0,
  _GLRRe,
  0,
  [_lR],
  [128 | 0]
];
var GetLookupTableRequest$ = [
  3,
  n0,
  _GLTR,
  0,
  [_lTA],
  [0],
  1
];
var GetLookupTableResponse$ = [
  3,
  n0,
  _GLTRe,
  0,
  [_lTA, _lTN, _d, _tB, _sB, _lUT, _kKI],
  [0, 0, 0, 0, 1, 1, 0]
];
var GetQueryResultsRequest$ = [
  3,
  n0,
  _GQRR,
  0,
  [_qI, _nT, _mI],
  [0, 0, 1],
  1
];
var GetQueryResultsResponse$ = [
  3,
  n0,
  _GQRRe,
  0,
  [_qL, _r, _stat, _sta, _eK, _nT],
  [0, () => QueryResults, () => QueryStatistics$, 0, 0, 0]
];
var GetScheduledQueryHistoryRequest$ = [
  3,
  n0,
  _GSQHR,
  0,
  [_i, _sTt, _eTn, _eS, _mR, _nT],
  [0, 1, 1, 64 | 0, 1, 0],
  3
];
var GetScheduledQueryHistoryResponse$ = [
  3,
  n0,
  _GSQHRe,
  0,
  [_n, _sQA, _tH, _nT],
  [0, 0, () => TriggerHistoryRecordList, 0]
];
var GetScheduledQueryRequest$ = [
  3,
  n0,
  _GSQR,
  0,
  [_i],
  [0],
  1
];
var GetScheduledQueryResponse$ = [
  3,
  n0,
  _GSQRe,
  0,
  [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var GetStorageTierPolicyRequest$ = [
  3,
  n0,
  _GSTPR,
  0,
  [],
  []
];
var GetStorageTierPolicyResponse$ = [
  3,
  n0,
  _GSTPRe,
  0,
  [_sTto, _lUT],
  [0, 1]
];
var GetTransformerRequest$ = [
  3,
  n0,
  _GTR,
  0,
  [_lGIo],
  [0],
  1
];
var GetTransformerResponse$ = [
  3,
  n0,
  _GTRe,
  0,
  [_lGIo, _cT, _lMT, _tC],
  [0, 1, 1, () => Processors]
];
var Grok$ = [
  3,
  n0,
  _G,
  0,
  [_ma, _so],
  [0, 0],
  1
];
var GroupingIdentifier$ = [
  3,
  n0,
  _GI,
  0,
  [_k, _v],
  [0, 0]
];
var Import$ = [
  3,
  n0,
  _I,
  0,
  [_iI, _iSA, _iSm, _iDA, _iS, _iF, _cT, _lUT, _eM],
  [0, 0, 0, 0, () => ImportStatistics$, () => ImportFilter$, 1, 1, 0]
];
var ImportBatch$ = [
  3,
  n0,
  _IB,
  0,
  [_bI, _sta, _eM],
  [0, 0, 0],
  2
];
var ImportFilter$ = [
  3,
  n0,
  _IF,
  0,
  [_sETt, _eET],
  [1, 1]
];
var ImportStatistics$ = [
  3,
  n0,
  _IS,
  0,
  [_bIy],
  [1]
];
var IndexPolicy$ = [
  3,
  n0,
  _IP,
  0,
  [_lGIo, _lUTa, _pD, _pN, _so],
  [0, 1, 0, 0, 0]
];
var InputLogEvent$ = [
  3,
  n0,
  _ILE,
  0,
  [_tim, _m],
  [1, 0],
  2
];
var IntegrationSummary$ = [
  3,
  n0,
  _ISn,
  0,
  [_iN, _iTn, _iSn],
  [0, 0, 0]
];
var ListAggregateLogGroupSummariesRequest$ = [
  3,
  n0,
  _LALGSR,
  0,
  [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT, _li],
  [0, 64 | 0, 2, 0, 0, () => DataSourceFilters, 0, 1],
  1
];
var ListAggregateLogGroupSummariesResponse$ = [
  3,
  n0,
  _LALGSRi,
  0,
  [_aLGS, _nT],
  [() => AggregateLogGroupSummaries, 0]
];
var ListAnomaliesRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_aDA, _sS, _li, _nT],
  [0, 0, 1, 0]
];
var ListAnomaliesResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_an, _nT],
  [() => Anomalies, 0]
];
var ListIntegrationsRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_iNP, _iTn, _iSn],
  [0, 0, 0]
];
var ListIntegrationsResponse$ = [
  3,
  n0,
  _LIRi,
  0,
  [_iSnt],
  [() => IntegrationSummaries]
];
var ListLogAnomalyDetectorsRequest$ = [
  3,
  n0,
  _LLADR,
  0,
  [_fLGA, _li, _nT],
  [0, 1, 0]
];
var ListLogAnomalyDetectorsResponse$ = [
  3,
  n0,
  _LLADRi,
  0,
  [_aD, _nT],
  [() => AnomalyDetectors, 0]
];
var ListLogGroupsForQueryRequest$ = [
  3,
  n0,
  _LLGFQR,
  0,
  [_qI, _nT, _mR],
  [0, 0, 1],
  1
];
var ListLogGroupsForQueryResponse$ = [
  3,
  n0,
  _LLGFQRi,
  0,
  [_lGI, _nT],
  [64 | 0, 0]
];
var ListLogGroupsRequest$ = [
  3,
  n0,
  _LLGR,
  0,
  [_lGNPo, _lGCo, _iLA, _aIc, _nT, _li, _dSa, _fINi, _lGT],
  [0, 0, 2, 64 | 0, 0, 1, () => DataSourceFilters, 64 | 0, () => TagFilters]
];
var ListLogGroupsResponse$ = [
  3,
  n0,
  _LLGRi,
  0,
  [_lG, _nT],
  [() => LogGroupSummaries, 0]
];
var ListScheduledQueriesRequest$ = [
  3,
  n0,
  _LSQR,
  0,
  [_mR, _nT, _st, _sTc],
  [1, 0, 0, 0]
];
var ListScheduledQueriesResponse$ = [
  3,
  n0,
  _LSQRi,
  0,
  [_nT, _sQ],
  [0, () => ScheduledQuerySummaryList]
];
var ListSourcesForS3TableIntegrationRequest$ = [
  3,
  n0,
  _LSFSTIR,
  0,
  [_iA, _mR, _nT],
  [0, 1, 0],
  1
];
var ListSourcesForS3TableIntegrationResponse$ = [
  3,
  n0,
  _LSFSTIRi,
  0,
  [_sou, _nT],
  [() => S3TableIntegrationSources, 0]
];
var ListSyslogConfigurationsRequest$ = [
  3,
  n0,
  _LSCR,
  0,
  [_lGIo, _vEI, _nT, _mR],
  [0, 0, 0, 1]
];
var ListSyslogConfigurationsResponse$ = [
  3,
  n0,
  _LSCRi,
  0,
  [_sCy, _nT],
  [() => SyslogConfigurations, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_rA],
  [0],
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
var ListTagsLogGroupRequest$ = [
  3,
  n0,
  _LTLGR,
  0,
  [_lGN],
  [0],
  1
];
var ListTagsLogGroupResponse$ = [
  3,
  n0,
  _LTLGRi,
  0,
  [_ta],
  [128 | 0]
];
var ListToMap$ = [
  3,
  n0,
  _LTM,
  0,
  [_so, _k, _vK, _t, _fl, _fE],
  [0, 0, 0, 0, 2, 0],
  2
];
var LiveTailSessionLogEvent$ = [
  3,
  n0,
  _LTSLE,
  0,
  [_lSN, _lGIo, _m, _tim, _iT],
  [0, 0, 0, 1, 1]
];
var LiveTailSessionMetadata$ = [
  3,
  n0,
  _LTSM,
  0,
  [_sa],
  [2]
];
var LiveTailSessionStart$ = [
  3,
  n0,
  _LTSS,
  0,
  [_rIe, _sI, _lGI, _lSNo, _lSNPo, _lEFP],
  [0, 0, 64 | 0, 64 | 0, 64 | 0, 0]
];
var LiveTailSessionUpdate$ = [
  3,
  n0,
  _LTSU,
  0,
  [_sM, _sRe],
  [() => LiveTailSessionMetadata$, () => LiveTailSessionResults]
];
var LogEvent$ = [
  3,
  n0,
  _LE,
  0,
  [_tim, _m],
  [1, 0]
];
var LogFieldsListItem$ = [
  3,
  n0,
  _LFLI,
  0,
  [_lFN, _lFT],
  [0, () => LogFieldType$]
];
var LogFieldType$ = [
  3,
  n0,
  _LFT,
  0,
  [_ty, _el, _fi],
  [0, () => LogFieldType$, () => LogFieldsList]
];
var LogGroup$ = [
  3,
  n0,
  _LG,
  0,
  [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
  [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2, 0]
];
var LogGroupField$ = [
  3,
  n0,
  _LGF,
  0,
  [_n, _pe],
  [0, 1]
];
var LogGroupImpact$ = [
  3,
  n0,
  _LGI,
  0,
  [_lGN, _cR, _pRr, _sBt],
  [0, 0, 0, 1]
];
var LogGroupSummary$ = [
  3,
  n0,
  _LGS,
  0,
  [_lGN, _lGA, _lGCo],
  [0, 0, 0]
];
var LogStream$ = [
  3,
  n0,
  _LS,
  0,
  [_lSN, _cT, _fETi, _lETa, _lIT, _uST, _ar, _sBt],
  [0, 1, 1, 1, 1, 0, 0, 1]
];
var LookupTable$ = [
  3,
  n0,
  _LT,
  0,
  [_lTA, _lTN, _d, _tFa, _rC, _sB, _lUT, _kKI],
  [0, 0, 0, 64 | 0, 1, 1, 1, 0]
];
var LookupTableConfiguration$ = [
  3,
  n0,
  _LTC,
  0,
  [_tNa, _rAo, _d, _kKI, _ta],
  [0, 0, 0, 0, 128 | 0],
  2
];
var LowerCaseString$ = [
  3,
  n0,
  _LCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var MetricFilter$ = [
  3,
  n0,
  _MF,
  0,
  [_fN, _fP, _mT, _cT, _lGN, _aOTL, _fSC, _eSFD],
  [0, 0, () => MetricTransformations, 1, 0, 2, 0, 64 | 0]
];
var MetricFilterMatchRecord$ = [
  3,
  n0,
  _MFMR,
  0,
  [_eN, _eMv, _eV],
  [1, 0, 128 | 0]
];
var MetricTransformation$ = [
  3,
  n0,
  _MT,
  0,
  [_mN, _mNe, _mVe, _dV, _di, _un],
  [0, 0, 0, 1, 128 | 0, 0],
  3
];
var MoveKeyEntry$ = [
  3,
  n0,
  _MKE,
  0,
  [_so, _t, _oIE],
  [0, 0, 2],
  2
];
var MoveKeys$ = [
  3,
  n0,
  _MK,
  0,
  [_en],
  [() => MoveKeyEntries],
  1
];
var OpenSearchApplication$ = [
  3,
  n0,
  _OSA,
  0,
  [_aE, _aA, _aIp, _sta],
  [0, 0, 0, () => OpenSearchResourceStatus$]
];
var OpenSearchCollection$ = [
  3,
  n0,
  _OSC,
  0,
  [_cE, _cAo, _sta],
  [0, 0, () => OpenSearchResourceStatus$]
];
var OpenSearchDataAccessPolicy$ = [
  3,
  n0,
  _OSDAP,
  0,
  [_pN, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OpenSearchDataSource$ = [
  3,
  n0,
  _OSDS,
  0,
  [_dSNa, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OpenSearchEncryptionPolicy$ = [
  3,
  n0,
  _OSEP,
  0,
  [_pN, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OpenSearchIntegrationDetails$ = [
  3,
  n0,
  _OSID,
  0,
  [_dS, _ap, _col, _w, _eP, _nP, _aPc, _lP],
  [() => OpenSearchDataSource$, () => OpenSearchApplication$, () => OpenSearchCollection$, () => OpenSearchWorkspace$, () => OpenSearchEncryptionPolicy$, () => OpenSearchNetworkPolicy$, () => OpenSearchDataAccessPolicy$, () => OpenSearchLifecyclePolicy$]
];
var OpenSearchLifecyclePolicy$ = [
  3,
  n0,
  _OSLP,
  0,
  [_pN, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OpenSearchNetworkPolicy$ = [
  3,
  n0,
  _OSNP,
  0,
  [_pN, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OpenSearchResourceConfig$ = [
  3,
  n0,
  _OSRC,
  0,
  [_dSRA, _dVP, _rD, _kKA, _aA],
  [0, 64 | 0, 1, 0, 0],
  3
];
var OpenSearchResourceStatus$ = [
  3,
  n0,
  _OSRS,
  0,
  [_sta, _sMt],
  [0, 0]
];
var OpenSearchWorkspace$ = [
  3,
  n0,
  _OSW,
  0,
  [_wI, _sta],
  [0, () => OpenSearchResourceStatus$]
];
var OutputLogEvent$ = [
  3,
  n0,
  _OLE,
  0,
  [_tim, _m, _iT],
  [1, 0, 1]
];
var ParseCloudfront$ = [
  3,
  n0,
  _PC,
  0,
  [_so],
  [0]
];
var ParseJSON$ = [
  3,
  n0,
  _PJSON,
  0,
  [_so, _des],
  [0, 0]
];
var ParseKeyValue$ = [
  3,
  n0,
  _PKV,
  0,
  [_so, _des, _fD, _kVD, _kP, _nMV, _oIE],
  [0, 0, 0, 0, 0, 0, 2]
];
var ParsePostgres$ = [
  3,
  n0,
  _PP,
  0,
  [_so],
  [0]
];
var ParseRoute53$ = [
  3,
  n0,
  _PR,
  0,
  [_so],
  [0]
];
var ParseToOCSF$ = [
  3,
  n0,
  _PTOCSF,
  0,
  [_eSv, _oV, _so, _mVap],
  [0, 0, 0, 0],
  2
];
var ParseVPC$ = [
  3,
  n0,
  _PVPC,
  0,
  [_so],
  [0]
];
var ParseWAF$ = [
  3,
  n0,
  _PWAF,
  0,
  [_so],
  [0]
];
var PatternToken$ = [
  3,
  n0,
  _PT,
  0,
  [_dTP, _iDs, _tS, _enu, _iTN],
  [1, 2, 0, 128 | 1, 0]
];
var Policy$ = [
  3,
  n0,
  _P,
  0,
  [_dDP],
  [0]
];
var Processor$ = [
  3,
  n0,
  _Pr,
  0,
  [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
  [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
];
var PutAccountPolicyRequest$ = [
  3,
  n0,
  _PAPR,
  0,
  [_pN, _pD, _pT, _sc, _sC, _dR],
  [0, 0, 0, 0, 0, 2],
  3
];
var PutAccountPolicyResponse$ = [
  3,
  n0,
  _PAPRu,
  0,
  [_aPcc, _dRR],
  [() => AccountPolicy$, () => DryRunResult$]
];
var PutBearerTokenAuthenticationRequest$ = [
  3,
  n0,
  _PBTAR,
  0,
  [_lGIo, _bTAE],
  [0, 2],
  2
];
var PutDataProtectionPolicyRequest$ = [
  3,
  n0,
  _PDPPR,
  0,
  [_lGIo, _pD],
  [0, 0],
  2
];
var PutDataProtectionPolicyResponse$ = [
  3,
  n0,
  _PDPPRu,
  0,
  [_lGIo, _pD, _lUT],
  [0, 0, 1]
];
var PutDeliveryDestinationPolicyRequest$ = [
  3,
  n0,
  _PDDPR,
  0,
  [_dDN, _dDP],
  [0, 0],
  2
];
var PutDeliveryDestinationPolicyResponse$ = [
  3,
  n0,
  _PDDPRu,
  0,
  [_po],
  [() => Policy$]
];
var PutDeliveryDestinationRequest$ = [
  3,
  n0,
  _PDDR,
  0,
  [_n, _oF, _dDC, _dDT, _rAo, _ta],
  [0, 0, () => DeliveryDestinationConfiguration$, 0, 0, 128 | 0],
  1
];
var PutDeliveryDestinationResponse$ = [
  3,
  n0,
  _PDDRu,
  0,
  [_dDe],
  [() => DeliveryDestination$]
];
var PutDeliverySourceRequest$ = [
  3,
  n0,
  _PDSR,
  0,
  [_n, _rA, _lT, _ta, _dSC],
  [0, 0, 0, 128 | 0, 128 | 0],
  3
];
var PutDeliverySourceResponse$ = [
  3,
  n0,
  _PDSRu,
  0,
  [_dSel],
  [() => DeliverySource$]
];
var PutDestinationPolicyRequest$ = [
  3,
  n0,
  _PDPR,
  0,
  [_dNe, _aPc, _fU],
  [0, 0, 2],
  2
];
var PutDestinationRequest$ = [
  3,
  n0,
  _PDR,
  0,
  [_dNe, _tA, _rAo, _ta],
  [0, 0, 0, 128 | 0],
  3
];
var PutDestinationResponse$ = [
  3,
  n0,
  _PDRu,
  0,
  [_des],
  [() => Destination$]
];
var PutIndexPolicyRequest$ = [
  3,
  n0,
  _PIPR,
  0,
  [_lGIo, _pD],
  [0, 0],
  2
];
var PutIndexPolicyResponse$ = [
  3,
  n0,
  _PIPRu,
  0,
  [_iPnd],
  [() => IndexPolicy$]
];
var PutIntegrationRequest$ = [
  3,
  n0,
  _PIR,
  0,
  [_iN, _rCe, _iTn],
  [0, () => ResourceConfig$, 0],
  3
];
var PutIntegrationResponse$ = [
  3,
  n0,
  _PIRu,
  0,
  [_iN, _iSn],
  [0, 0]
];
var PutLogEventsRequest$ = [
  3,
  n0,
  _PLER,
  0,
  [_lGN, _lSN, _lE, _sTe, _ent],
  [0, 0, () => InputLogEvents, 0, () => Entity$],
  3
];
var PutLogEventsResponse$ = [
  3,
  n0,
  _PLERu,
  0,
  [_nST, _rLEI, _rEI],
  [0, () => RejectedLogEventsInfo$, () => RejectedEntityInfo$]
];
var PutLogGroupDeletionProtectionRequest$ = [
  3,
  n0,
  _PLGDPR,
  0,
  [_lGIo, _dPE],
  [0, 2],
  2
];
var PutMetricFilterRequest$ = [
  3,
  n0,
  _PMFR,
  0,
  [_lGN, _fN, _fP, _mT, _aOTL, _fSC, _eSFD],
  [0, 0, 0, () => MetricTransformations, 2, 0, 64 | 0],
  4
];
var PutQueryDefinitionRequest$ = [
  3,
  n0,
  _PQDR,
  0,
  [_n, _qS, _qL, _qDI, _lGNo, _cTl, _pa],
  [0, 0, 0, 0, 64 | 0, [0, 4], () => QueryParameterList],
  2
];
var PutQueryDefinitionResponse$ = [
  3,
  n0,
  _PQDRu,
  0,
  [_qDI],
  [0]
];
var PutResourcePolicyRequest$ = [
  3,
  n0,
  _PRPR,
  0,
  [_pN, _pD, _rA, _eRI],
  [0, 0, 0, 0]
];
var PutResourcePolicyResponse$ = [
  3,
  n0,
  _PRPRu,
  0,
  [_rPe, _rIev],
  [() => ResourcePolicy$, 0]
];
var PutRetentionPolicyRequest$ = [
  3,
  n0,
  _PRPRut,
  0,
  [_lGN, _rID],
  [0, 1],
  2
];
var PutStorageTierPolicyRequest$ = [
  3,
  n0,
  _PSTPR,
  0,
  [_sTto],
  [0],
  1
];
var PutStorageTierPolicyResponse$ = [
  3,
  n0,
  _PSTPRu,
  0,
  [_sTto, _lUT],
  [0, 1]
];
var PutSubscriptionFilterRequest$ = [
  3,
  n0,
  _PSFR,
  0,
  [_lGN, _fN, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 0, 64 | 0],
  4
];
var PutSyslogConfigurationRequest$ = [
  3,
  n0,
  _PSCR,
  0,
  [_lGIo, _vEI],
  [0, 0],
  1
];
var PutTransformerRequest$ = [
  3,
  n0,
  _PTR,
  0,
  [_lGIo, _tC],
  [0, () => Processors],
  2
];
var QueryCompileError$ = [
  3,
  n0,
  _QCE,
  0,
  [_lo, _m],
  [() => QueryCompileErrorLocation$, 0]
];
var QueryCompileErrorLocation$ = [
  3,
  n0,
  _QCEL,
  0,
  [_sCO, _eCO],
  [1, 1]
];
var QueryDefinition$ = [
  3,
  n0,
  _QD,
  0,
  [_qL, _qDI, _n, _qS, _lM, _lGNo, _pa],
  [0, 0, 0, 0, 1, 64 | 0, () => QueryParameterList]
];
var QueryInfo$ = [
  3,
  n0,
  _QI,
  0,
  [_qL, _qI, _qS, _sta, _cTr, _lGN, _qDu, _bS, _uI],
  [0, 0, 0, 0, 1, 0, 1, 1, 0]
];
var QueryParameter$ = [
  3,
  n0,
  _QP,
  0,
  [_n, _dV, _d],
  [0, 0, 0],
  1
];
var QueryStatistics$ = [
  3,
  n0,
  _QS,
  0,
  [_rM, _rS, _eRS, _bS, _eBS, _lGS, _rCes],
  [1, 1, 1, 1, 1, 1, 1]
];
var RecordField$ = [
  3,
  n0,
  _RF,
  0,
  [_n, _man],
  [0, 2]
];
var RejectedEntityInfo$ = [
  3,
  n0,
  _REI,
  0,
  [_eTr],
  [0],
  1
];
var RejectedLogEventsInfo$ = [
  3,
  n0,
  _RLEI,
  0,
  [_tNLESI, _tOLEEI, _eLEEI],
  [1, 1, 1]
];
var RenameKeyEntry$ = [
  3,
  n0,
  _RKE,
  0,
  [_k, _rTen, _oIE],
  [0, 0, 2],
  2
];
var RenameKeys$ = [
  3,
  n0,
  _RK,
  0,
  [_en],
  [() => RenameKeyEntries],
  1
];
var ResourcePolicy$ = [
  3,
  n0,
  _RP,
  0,
  [_pN, _pD, _lUT, _pSo, _rA, _rIev],
  [0, 0, 1, 0, 0, 0]
];
var ResultField$ = [
  3,
  n0,
  _RFe,
  0,
  [_fie, _v],
  [0, 0]
];
var S3Configuration$ = [
  3,
  n0,
  _SC,
  0,
  [_dI, _rAo, _oAI, _kKI],
  [0, 0, 0, 0],
  2
];
var S3DeliveryConfiguration$ = [
  3,
  n0,
  _SDC,
  0,
  [_sP, _eHCP],
  [0, 2]
];
var S3TableIntegrationSource$ = [
  3,
  n0,
  _STIS,
  0,
  [_i, _dS, _sta, _sR, _cTSr, _pSI],
  [0, () => DataSource$, 0, 0, 1, 0]
];
var S3TablesIntegration$ = [
  3,
  n0,
  _STI,
  0,
  [_dNa, _dT],
  [0, 0]
];
var ScheduledQueryDestination$ = [
  3,
  n0,
  _SQD,
  0,
  [_dTe, _dI, _sta, _pIr, _eM],
  [0, 0, 0, 0, 0]
];
var ScheduledQuerySummary$ = [
  3,
  n0,
  _SQS,
  0,
  [_sQA, _n, _st, _sTc, _lTT, _lES, _sE, _ti, _dC, _cT, _lUT],
  [0, 0, 0, 0, 1, 0, 0, 0, () => DestinationConfiguration$, 1, 1]
];
var SearchedLogStream$ = [
  3,
  n0,
  _SLS,
  0,
  [_lSN, _sCe],
  [0, 2]
];
var SplitString$ = [
  3,
  n0,
  _SS,
  0,
  [_en],
  [() => SplitStringEntries],
  1
];
var SplitStringEntry$ = [
  3,
  n0,
  _SSEp,
  0,
  [_so, _del],
  [0, 0],
  2
];
var StartLiveTailRequest$ = [
  3,
  n0,
  _SLTR,
  0,
  [_lGI, _lSNo, _lSNPo, _lEFP],
  [64 | 0, 64 | 0, 64 | 0, 0],
  1
];
var StartLiveTailResponse$ = [
  3,
  n0,
  _SLTRt,
  0,
  [_rSe],
  [[() => StartLiveTailResponseStream$, 0]]
];
var StartQueryRequest$ = [
  3,
  n0,
  _SQR,
  0,
  [_sTt, _eTn, _qS, _qL, _lGN, _lGNo, _lGI, _li],
  [1, 1, 0, 0, 0, 64 | 0, 64 | 0, 1],
  3
];
var StartQueryResponse$ = [
  3,
  n0,
  _SQRt,
  0,
  [_qI],
  [0]
];
var StopQueryRequest$ = [
  3,
  n0,
  _SQRto,
  0,
  [_qI],
  [0],
  1
];
var StopQueryResponse$ = [
  3,
  n0,
  _SQRtop,
  0,
  [_suc],
  [2]
];
var SubscriptionFilter$ = [
  3,
  n0,
  _SF,
  0,
  [_fN, _lGN, _fP, _dA, _rAo, _dis, _aOTL, _cT, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 1, 0, 64 | 0]
];
var SubstituteString$ = [
  3,
  n0,
  _SSu,
  0,
  [_en],
  [() => SubstituteStringEntries],
  1
];
var SubstituteStringEntry$ = [
  3,
  n0,
  _SSEu,
  0,
  [_so, _f, _to],
  [0, 0, 0],
  3
];
var SuppressionPeriod$ = [
  3,
  n0,
  _SP,
  0,
  [_v, _sUu],
  [1, 0]
];
var SyslogConfiguration$ = [
  3,
  n0,
  _SCy,
  0,
  [_lGA, _sTo, _vEI, _cA],
  [0, 0, 0, 1]
];
var TagFilter$ = [
  3,
  n0,
  _TF,
  0,
  [_k, _va],
  [0, 64 | 0],
  1
];
var TagLogGroupRequest$ = [
  3,
  n0,
  _TLGR,
  0,
  [_lGN, _ta],
  [0, 128 | 0],
  2
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rA, _ta],
  [0, 128 | 0],
  2
];
var TestMetricFilterRequest$ = [
  3,
  n0,
  _TMFR,
  0,
  [_fP, _lEM],
  [0, 64 | 0],
  2
];
var TestMetricFilterResponse$ = [
  3,
  n0,
  _TMFRe,
  0,
  [_mat],
  [() => MetricFilterMatches]
];
var TestTransformerRequest$ = [
  3,
  n0,
  _TTR,
  0,
  [_tC, _lEM],
  [() => Processors, 64 | 0],
  2
];
var TestTransformerResponse$ = [
  3,
  n0,
  _TTRe,
  0,
  [_tL],
  [() => TransformedLogs]
];
var TransformedLogRecord$ = [
  3,
  n0,
  _TLR,
  0,
  [_eN, _eMv, _tEM],
  [1, 0, 0]
];
var TriggerHistoryRecord$ = [
  3,
  n0,
  _THR,
  0,
  [_qI, _eSx, _tTr, _eM, _dest],
  [0, 0, 1, 0, () => ScheduledQueryDestinationList]
];
var TrimString$ = [
  3,
  n0,
  _TS,
  0,
  [_wK],
  [64 | 0],
  1
];
var TypeConverter$ = [
  3,
  n0,
  _TC,
  0,
  [_en],
  [() => TypeConverterEntries],
  1
];
var TypeConverterEntry$ = [
  3,
  n0,
  _TCE,
  0,
  [_k, _ty],
  [0, 0],
  2
];
var UntagLogGroupRequest$ = [
  3,
  n0,
  _ULGR,
  0,
  [_lGN, _ta],
  [0, 64 | 0],
  2
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rA, _tK],
  [0, 64 | 0],
  2
];
var UpdateAnomalyRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_aDA, _aIn, _pI, _sTu, _sPu, _b],
  [0, 0, 0, 0, () => SuppressionPeriod$, 2],
  1
];
var UpdateDeliveryConfigurationRequest$ = [
  3,
  n0,
  _UDCR,
  0,
  [_id, _rF, _fD, _sDC],
  [0, 64 | 0, 0, () => S3DeliveryConfiguration$],
  1
];
var UpdateDeliveryConfigurationResponse$ = [
  3,
  n0,
  _UDCRp,
  0,
  [],
  []
];
var UpdateLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _ULADR,
  0,
  [_aDA, _ena, _eF, _fP, _aVT],
  [0, 2, 0, 0, 1],
  2
];
var UpdateLookupTableRequest$ = [
  3,
  n0,
  _ULTR,
  0,
  [_lTA, _d, _tB, _qI, _kKI],
  [0, 0, 0, 0, 0],
  1
];
var UpdateLookupTableResponse$ = [
  3,
  n0,
  _ULTRp,
  0,
  [_lTA, _lUT],
  [0, 1]
];
var UpdateScheduledQueryRequest$ = [
  3,
  n0,
  _USQR,
  0,
  [_i, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0],
  5
];
var UpdateScheduledQueryResponse$ = [
  3,
  n0,
  _USQRp,
  0,
  [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var UpperCaseString$ = [
  3,
  n0,
  _UCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var __Unit = "unit";
var AccountIds = 64 | 0;
var AccountPolicies = [
  1,
  n0,
  _APc,
  0,
  () => AccountPolicy$
];
var AddKeyEntries = [
  1,
  n0,
  _AKEd,
  0,
  () => AddKeyEntry$
];
var AggregateLogGroupSummaries = [
  1,
  n0,
  _ALGSg,
  0,
  () => AggregateLogGroupSummary$
];
var AllowedFieldDelimiters = 64 | 0;
var AllowedFields = [
  1,
  n0,
  _AF,
  0,
  () => RecordField$
];
var Anomalies = [
  1,
  n0,
  _An,
  0,
  () => Anomaly$
];
var AnomalyDetectors = [
  1,
  n0,
  _ADn,
  0,
  () => AnomalyDetector$
];
var Columns = 64 | 0;
var ConfigurationTemplates = [
  1,
  n0,
  _CTo,
  0,
  () => ConfigurationTemplate$
];
var CopyValueEntries = [
  1,
  n0,
  _CVEo,
  0,
  () => CopyValueEntry$
];
var DashboardViewerPrincipals = 64 | 0;
var DataSourceFilters = [
  1,
  n0,
  _DSFa,
  0,
  () => DataSourceFilter$
];
var DeleteWithKeys = 64 | 0;
var Deliveries = [
  1,
  n0,
  _Del,
  0,
  () => Delivery$
];
var DeliveryDestinationNames = 64 | 0;
var DeliveryDestinations = [
  1,
  n0,
  _DDe,
  0,
  () => DeliveryDestination$
];
var DeliveryDestinationTypes = 64 | 0;
var DeliverySourceConfigurationSchemas = [
  1,
  n0,
  _DSCSe,
  0,
  () => DeliverySourceConfigurationSchema$
];
var DeliverySourceConfigurationSupportedValues = 64 | 0;
var DeliverySourceNames = 64 | 0;
var DeliverySources = [
  1,
  n0,
  _DSel,
  0,
  () => DeliverySource$
];
var DescribeFieldIndexesLogGroupIdentifiers = 64 | 0;
var DescribeIndexPoliciesLogGroupIdentifiers = 64 | 0;
var DescribeLogGroupsLogGroupIdentifiers = 64 | 0;
var Destinations = [
  1,
  n0,
  _Des,
  0,
  () => Destination$
];
var EmitSystemFields = 64 | 0;
var ExecutionStatusList = 64 | 0;
var ExportTasks = [
  1,
  n0,
  _ETx,
  0,
  () => ExportTask$
];
var FieldIndexes = [
  1,
  n0,
  _FIi,
  0,
  () => FieldIndex$
];
var FieldIndexNames = 64 | 0;
var FilteredLogEvents = [
  1,
  n0,
  _FLEi,
  0,
  () => FilteredLogEvent$
];
var FilterResourceArns = 64 | 0;
var GroupingIdentifiers = [
  1,
  n0,
  _GIr,
  0,
  () => GroupingIdentifier$
];
var ImportBatchList = [
  1,
  n0,
  _IBL,
  0,
  () => ImportBatch$
];
var ImportList = [
  1,
  n0,
  _IL,
  0,
  () => Import$
];
var ImportStatusList = 64 | 0;
var IndexCategories = 64 | 0;
var IndexPolicies = [
  1,
  n0,
  _IPn,
  0,
  () => IndexPolicy$
];
var InheritedProperties = 64 | 0;
var InputLogEvents = [
  1,
  n0,
  _ILEn,
  0,
  () => InputLogEvent$
];
var InputLogStreamNames = 64 | 0;
var IntegrationSummaries = [
  1,
  n0,
  _ISnt,
  0,
  () => IntegrationSummary$
];
var LiveTailSessionResults = [
  1,
  n0,
  _LTSR,
  0,
  () => LiveTailSessionLogEvent$
];
var LogFieldsList = [
  1,
  n0,
  _LFL,
  0,
  () => LogFieldsListItem$
];
var LogGroupArnList = 64 | 0;
var LogGroupFieldList = [
  1,
  n0,
  _LGFL,
  0,
  () => LogGroupField$
];
var LogGroupIdentifiers = 64 | 0;
var LogGroupImpacts = [
  1,
  n0,
  _LGIo,
  0,
  () => LogGroupImpact$
];
var LogGroupNames = 64 | 0;
var LogGroups = [
  1,
  n0,
  _LGo,
  0,
  () => LogGroup$
];
var LogGroupSummaries = [
  1,
  n0,
  _LGSo,
  0,
  () => LogGroupSummary$
];
var LogSamples = [
  1,
  n0,
  _LSo,
  0,
  () => LogEvent$
];
var LogStreams = [
  1,
  n0,
  _LSog,
  0,
  () => LogStream$
];
var LogTypes = 64 | 0;
var LookupTables = [
  1,
  n0,
  _LTo,
  0,
  () => LookupTable$
];
var LowerCaseStringWithKeys = 64 | 0;
var MatchPatterns = 64 | 0;
var MetricFilterMatches = [
  1,
  n0,
  _MFM,
  0,
  () => MetricFilterMatchRecord$
];
var MetricFilters = [
  1,
  n0,
  _MFe,
  0,
  () => MetricFilter$
];
var MetricTransformations = [
  1,
  n0,
  _MTe,
  0,
  () => MetricTransformation$
];
var MoveKeyEntries = [
  1,
  n0,
  _MKEo,
  0,
  () => MoveKeyEntry$
];
var OutputFormats = 64 | 0;
var OutputLogEvents = [
  1,
  n0,
  _OLEu,
  0,
  () => OutputLogEvent$
];
var PatternTokens = [
  1,
  n0,
  _PTa,
  0,
  () => PatternToken$
];
var Processors = [
  1,
  n0,
  _Pro,
  0,
  () => Processor$
];
var QueryDefinitionList = [
  1,
  n0,
  _QDL,
  0,
  () => QueryDefinition$
];
var QueryInfoList = [
  1,
  n0,
  _QIL,
  0,
  () => QueryInfo$
];
var QueryParameterList = [
  1,
  n0,
  _QPL,
  0,
  () => QueryParameter$
];
var QueryResults = [
  1,
  n0,
  _QR,
  0,
  () => ResultRows
];
var RecordFields = 64 | 0;
var RenameKeyEntries = [
  1,
  n0,
  _RKEe,
  0,
  () => RenameKeyEntry$
];
var ResourceArns = 64 | 0;
var ResourcePolicies = [
  1,
  n0,
  _RPe,
  0,
  () => ResourcePolicy$
];
var ResourceTypes = 64 | 0;
var ResultRows = [
  1,
  n0,
  _RR,
  0,
  () => ResultField$
];
var S3TableIntegrationSources = [
  1,
  n0,
  _STISa,
  0,
  () => S3TableIntegrationSource$
];
var ScheduledQueryDestinationList = [
  1,
  n0,
  _SQDL,
  0,
  () => ScheduledQueryDestination$
];
var ScheduledQueryLogGroupIdentifiers = 64 | 0;
var ScheduledQuerySummaryList = [
  1,
  n0,
  _SQSL,
  0,
  () => ScheduledQuerySummary$
];
var SearchedLogStreams = [
  1,
  n0,
  _SLSe,
  0,
  () => SearchedLogStream$
];
var SplitStringEntries = [
  1,
  n0,
  _SSEpl,
  0,
  () => SplitStringEntry$
];
var StartLiveTailLogGroupIdentifiers = 64 | 0;
var SubscriptionFilters = [
  1,
  n0,
  _SFu,
  0,
  () => SubscriptionFilter$
];
var SubstituteStringEntries = [
  1,
  n0,
  _SSEub,
  0,
  () => SubstituteStringEntry$
];
var SyslogConfigurations = [
  1,
  n0,
  _SCys,
  0,
  () => SyslogConfiguration$
];
var TableFields = 64 | 0;
var TagFilters = [
  1,
  n0,
  _TFa,
  0,
  () => TagFilter$
];
var TagFilterValues = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = 64 | 0;
var TestEventMessages = 64 | 0;
var TransformedLogs = [
  1,
  n0,
  _TL,
  0,
  () => TransformedLogRecord$
];
var TriggerHistoryRecordList = [
  1,
  n0,
  _THRL,
  0,
  () => TriggerHistoryRecord$
];
var TrimStringWithKeys = 64 | 0;
var TypeConverterEntries = [
  1,
  n0,
  _TCEy,
  0,
  () => TypeConverterEntry$
];
var UpperCaseStringWithKeys = 64 | 0;
var DeliverySourceConfiguration = 128 | 0;
var Dimensions = 128 | 0;
var EntityAttributes = 128 | 0;
var EntityKeyAttributes = 128 | 0;
var Enumerations = 128 | 1;
var ExtractedValues = 128 | 0;
var Histogram = 128 | 1;
var LogRecord = 128 | 0;
var Tags = 128 | 0;
var GetLogObjectResponseStream$ = [
  4,
  n0,
  _GLORS,
  { [_str]: 1 },
  [_fi, _ISEn],
  [() => FieldsData$, [() => InternalStreamingException$, 0]]
];
var IntegrationDetails$ = [
  4,
  n0,
  _ID,
  0,
  [_oSID],
  [() => OpenSearchIntegrationDetails$]
];
var ResourceConfig$ = [
  4,
  n0,
  _RC,
  0,
  [_oSRC],
  [() => OpenSearchResourceConfig$]
];
var StartLiveTailResponseStream$ = [
  4,
  n0,
  _SLTRS,
  { [_str]: 1 },
  [_sSe, _sUe, _STE, _SSE],
  [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
];
var AssociateKmsKey$ = [
  9,
  n0,
  _AKK,
  0,
  () => AssociateKmsKeyRequest$,
  () => __Unit
];
var AssociateSourceToS3TableIntegration$ = [
  9,
  n0,
  _ASTSTI,
  0,
  () => AssociateSourceToS3TableIntegrationRequest$,
  () => AssociateSourceToS3TableIntegrationResponse$
];
var CancelExportTask$ = [
  9,
  n0,
  _CET,
  0,
  () => CancelExportTaskRequest$,
  () => __Unit
];
var CancelImportTask$ = [
  9,
  n0,
  _CIT,
  0,
  () => CancelImportTaskRequest$,
  () => CancelImportTaskResponse$
];
var CreateDelivery$ = [
  9,
  n0,
  _CD,
  0,
  () => CreateDeliveryRequest$,
  () => CreateDeliveryResponse$
];
var CreateExportTask$ = [
  9,
  n0,
  _CETr,
  0,
  () => CreateExportTaskRequest$,
  () => CreateExportTaskResponse$
];
var CreateImportTask$ = [
  9,
  n0,
  _CITr,
  0,
  () => CreateImportTaskRequest$,
  () => CreateImportTaskResponse$
];
var CreateLogAnomalyDetector$ = [
  9,
  n0,
  _CLAD,
  0,
  () => CreateLogAnomalyDetectorRequest$,
  () => CreateLogAnomalyDetectorResponse$
];
var CreateLogGroup$ = [
  9,
  n0,
  _CLG,
  0,
  () => CreateLogGroupRequest$,
  () => __Unit
];
var CreateLogStream$ = [
  9,
  n0,
  _CLS,
  0,
  () => CreateLogStreamRequest$,
  () => __Unit
];
var CreateLookupTable$ = [
  9,
  n0,
  _CLT,
  0,
  () => CreateLookupTableRequest$,
  () => CreateLookupTableResponse$
];
var CreateScheduledQuery$ = [
  9,
  n0,
  _CSQ,
  0,
  () => CreateScheduledQueryRequest$,
  () => CreateScheduledQueryResponse$
];
var DeleteAccountPolicy$ = [
  9,
  n0,
  _DAP,
  0,
  () => DeleteAccountPolicyRequest$,
  () => DeleteAccountPolicyResponse$
];
var DeleteDataProtectionPolicy$ = [
  9,
  n0,
  _DDPP,
  0,
  () => DeleteDataProtectionPolicyRequest$,
  () => __Unit
];
var DeleteDelivery$ = [
  9,
  n0,
  _DDel,
  0,
  () => DeleteDeliveryRequest$,
  () => __Unit
];
var DeleteDeliveryDestination$ = [
  9,
  n0,
  _DDD,
  0,
  () => DeleteDeliveryDestinationRequest$,
  () => __Unit
];
var DeleteDeliveryDestinationPolicy$ = [
  9,
  n0,
  _DDDP,
  0,
  () => DeleteDeliveryDestinationPolicyRequest$,
  () => __Unit
];
var DeleteDeliverySource$ = [
  9,
  n0,
  _DDS,
  0,
  () => DeleteDeliverySourceRequest$,
  () => __Unit
];
var DeleteDestination$ = [
  9,
  n0,
  _DDele,
  0,
  () => DeleteDestinationRequest$,
  () => __Unit
];
var DeleteIndexPolicy$ = [
  9,
  n0,
  _DIP,
  0,
  () => DeleteIndexPolicyRequest$,
  () => DeleteIndexPolicyResponse$
];
var DeleteIntegration$ = [
  9,
  n0,
  _DI,
  0,
  () => DeleteIntegrationRequest$,
  () => DeleteIntegrationResponse$
];
var DeleteLogAnomalyDetector$ = [
  9,
  n0,
  _DLAD,
  0,
  () => DeleteLogAnomalyDetectorRequest$,
  () => __Unit
];
var DeleteLogGroup$ = [
  9,
  n0,
  _DLG,
  0,
  () => DeleteLogGroupRequest$,
  () => __Unit
];
var DeleteLogStream$ = [
  9,
  n0,
  _DLS,
  0,
  () => DeleteLogStreamRequest$,
  () => __Unit
];
var DeleteLookupTable$ = [
  9,
  n0,
  _DLT,
  0,
  () => DeleteLookupTableRequest$,
  () => __Unit
];
var DeleteMetricFilter$ = [
  9,
  n0,
  _DMF,
  0,
  () => DeleteMetricFilterRequest$,
  () => __Unit
];
var DeleteQueryDefinition$ = [
  9,
  n0,
  _DQD,
  0,
  () => DeleteQueryDefinitionRequest$,
  () => DeleteQueryDefinitionResponse$
];
var DeleteResourcePolicy$ = [
  9,
  n0,
  _DRP,
  0,
  () => DeleteResourcePolicyRequest$,
  () => __Unit
];
var DeleteRetentionPolicy$ = [
  9,
  n0,
  _DRPe,
  0,
  () => DeleteRetentionPolicyRequest$,
  () => __Unit
];
var DeleteScheduledQuery$ = [
  9,
  n0,
  _DSQ,
  0,
  () => DeleteScheduledQueryRequest$,
  () => DeleteScheduledQueryResponse$
];
var DeleteSubscriptionFilter$ = [
  9,
  n0,
  _DSFe,
  0,
  () => DeleteSubscriptionFilterRequest$,
  () => __Unit
];
var DeleteSyslogConfiguration$ = [
  9,
  n0,
  _DSC,
  0,
  () => DeleteSyslogConfigurationRequest$,
  () => __Unit
];
var DeleteTransformer$ = [
  9,
  n0,
  _DT,
  0,
  () => DeleteTransformerRequest$,
  () => __Unit
];
var DescribeAccountPolicies$ = [
  9,
  n0,
  _DAPe,
  0,
  () => DescribeAccountPoliciesRequest$,
  () => DescribeAccountPoliciesResponse$
];
var DescribeConfigurationTemplates$ = [
  9,
  n0,
  _DCT,
  0,
  () => DescribeConfigurationTemplatesRequest$,
  () => DescribeConfigurationTemplatesResponse$
];
var DescribeDeliveries$ = [
  9,
  n0,
  _DDes,
  0,
  () => DescribeDeliveriesRequest$,
  () => DescribeDeliveriesResponse$
];
var DescribeDeliveryDestinations$ = [
  9,
  n0,
  _DDDe,
  0,
  () => DescribeDeliveryDestinationsRequest$,
  () => DescribeDeliveryDestinationsResponse$
];
var DescribeDeliverySources$ = [
  9,
  n0,
  _DDSe,
  0,
  () => DescribeDeliverySourcesRequest$,
  () => DescribeDeliverySourcesResponse$
];
var DescribeDestinations$ = [
  9,
  n0,
  _DDesc,
  0,
  () => DescribeDestinationsRequest$,
  () => DescribeDestinationsResponse$
];
var DescribeExportTasks$ = [
  9,
  n0,
  _DET,
  0,
  () => DescribeExportTasksRequest$,
  () => DescribeExportTasksResponse$
];
var DescribeFieldIndexes$ = [
  9,
  n0,
  _DFI,
  0,
  () => DescribeFieldIndexesRequest$,
  () => DescribeFieldIndexesResponse$
];
var DescribeImportTaskBatches$ = [
  9,
  n0,
  _DITB,
  0,
  () => DescribeImportTaskBatchesRequest$,
  () => DescribeImportTaskBatchesResponse$
];
var DescribeImportTasks$ = [
  9,
  n0,
  _DIT,
  0,
  () => DescribeImportTasksRequest$,
  () => DescribeImportTasksResponse$
];
var DescribeIndexPolicies$ = [
  9,
  n0,
  _DIPe,
  0,
  () => DescribeIndexPoliciesRequest$,
  () => DescribeIndexPoliciesResponse$
];
var DescribeLogGroups$ = [
  9,
  n0,
  _DLGe,
  0,
  () => DescribeLogGroupsRequest$,
  () => DescribeLogGroupsResponse$
];
var DescribeLogStreams$ = [
  9,
  n0,
  _DLSe,
  0,
  () => DescribeLogStreamsRequest$,
  () => DescribeLogStreamsResponse$
];
var DescribeLookupTables$ = [
  9,
  n0,
  _DLTe,
  0,
  () => DescribeLookupTablesRequest$,
  () => DescribeLookupTablesResponse$
];
var DescribeMetricFilters$ = [
  9,
  n0,
  _DMFe,
  0,
  () => DescribeMetricFiltersRequest$,
  () => DescribeMetricFiltersResponse$
];
var DescribeQueries$ = [
  9,
  n0,
  _DQ,
  0,
  () => DescribeQueriesRequest$,
  () => DescribeQueriesResponse$
];
var DescribeQueryDefinitions$ = [
  9,
  n0,
  _DQDe,
  0,
  () => DescribeQueryDefinitionsRequest$,
  () => DescribeQueryDefinitionsResponse$
];
var DescribeResourcePolicies$ = [
  9,
  n0,
  _DRPes,
  0,
  () => DescribeResourcePoliciesRequest$,
  () => DescribeResourcePoliciesResponse$
];
var DescribeSubscriptionFilters$ = [
  9,
  n0,
  _DSFes,
  0,
  () => DescribeSubscriptionFiltersRequest$,
  () => DescribeSubscriptionFiltersResponse$
];
var DisassociateKmsKey$ = [
  9,
  n0,
  _DKK,
  0,
  () => DisassociateKmsKeyRequest$,
  () => __Unit
];
var DisassociateSourceFromS3TableIntegration$ = [
  9,
  n0,
  _DSFSTI,
  0,
  () => DisassociateSourceFromS3TableIntegrationRequest$,
  () => DisassociateSourceFromS3TableIntegrationResponse$
];
var FilterLogEvents$ = [
  9,
  n0,
  _FLEil,
  0,
  () => FilterLogEventsRequest$,
  () => FilterLogEventsResponse$
];
var GetDataProtectionPolicy$ = [
  9,
  n0,
  _GDPP,
  0,
  () => GetDataProtectionPolicyRequest$,
  () => GetDataProtectionPolicyResponse$
];
var GetDelivery$ = [
  9,
  n0,
  _GD,
  0,
  () => GetDeliveryRequest$,
  () => GetDeliveryResponse$
];
var GetDeliveryDestination$ = [
  9,
  n0,
  _GDD,
  0,
  () => GetDeliveryDestinationRequest$,
  () => GetDeliveryDestinationResponse$
];
var GetDeliveryDestinationPolicy$ = [
  9,
  n0,
  _GDDP,
  0,
  () => GetDeliveryDestinationPolicyRequest$,
  () => GetDeliveryDestinationPolicyResponse$
];
var GetDeliverySource$ = [
  9,
  n0,
  _GDS,
  0,
  () => GetDeliverySourceRequest$,
  () => GetDeliverySourceResponse$
];
var GetIntegration$ = [
  9,
  n0,
  _GIe,
  0,
  () => GetIntegrationRequest$,
  () => GetIntegrationResponse$
];
var GetLogAnomalyDetector$ = [
  9,
  n0,
  _GLAD,
  0,
  () => GetLogAnomalyDetectorRequest$,
  () => GetLogAnomalyDetectorResponse$
];
var GetLogEvents$ = [
  9,
  n0,
  _GLE,
  0,
  () => GetLogEventsRequest$,
  () => GetLogEventsResponse$
];
var GetLogFields$ = [
  9,
  n0,
  _GLF,
  0,
  () => GetLogFieldsRequest$,
  () => GetLogFieldsResponse$
];
var GetLogGroupFields$ = [
  9,
  n0,
  _GLGF,
  0,
  () => GetLogGroupFieldsRequest$,
  () => GetLogGroupFieldsResponse$
];
var GetLogObject$ = [
  9,
  n0,
  _GLO,
  { [_end]: ["stream-"] },
  () => GetLogObjectRequest$,
  () => GetLogObjectResponse$
];
var GetLogRecord$ = [
  9,
  n0,
  _GLR,
  0,
  () => GetLogRecordRequest$,
  () => GetLogRecordResponse$
];
var GetLookupTable$ = [
  9,
  n0,
  _GLT,
  0,
  () => GetLookupTableRequest$,
  () => GetLookupTableResponse$
];
var GetQueryResults$ = [
  9,
  n0,
  _GQR,
  0,
  () => GetQueryResultsRequest$,
  () => GetQueryResultsResponse$
];
var GetScheduledQuery$ = [
  9,
  n0,
  _GSQ,
  0,
  () => GetScheduledQueryRequest$,
  () => GetScheduledQueryResponse$
];
var GetScheduledQueryHistory$ = [
  9,
  n0,
  _GSQH,
  0,
  () => GetScheduledQueryHistoryRequest$,
  () => GetScheduledQueryHistoryResponse$
];
var GetStorageTierPolicy$ = [
  9,
  n0,
  _GSTP,
  0,
  () => GetStorageTierPolicyRequest$,
  () => GetStorageTierPolicyResponse$
];
var GetTransformer$ = [
  9,
  n0,
  _GT,
  0,
  () => GetTransformerRequest$,
  () => GetTransformerResponse$
];
var ListAggregateLogGroupSummaries$ = [
  9,
  n0,
  _LALGS,
  0,
  () => ListAggregateLogGroupSummariesRequest$,
  () => ListAggregateLogGroupSummariesResponse$
];
var ListAnomalies$ = [
  9,
  n0,
  _LA,
  0,
  () => ListAnomaliesRequest$,
  () => ListAnomaliesResponse$
];
var ListIntegrations$ = [
  9,
  n0,
  _LI,
  0,
  () => ListIntegrationsRequest$,
  () => ListIntegrationsResponse$
];
var ListLogAnomalyDetectors$ = [
  9,
  n0,
  _LLAD,
  0,
  () => ListLogAnomalyDetectorsRequest$,
  () => ListLogAnomalyDetectorsResponse$
];
var ListLogGroups$ = [
  9,
  n0,
  _LLG,
  0,
  () => ListLogGroupsRequest$,
  () => ListLogGroupsResponse$
];
var ListLogGroupsForQuery$ = [
  9,
  n0,
  _LLGFQ,
  0,
  () => ListLogGroupsForQueryRequest$,
  () => ListLogGroupsForQueryResponse$
];
var ListScheduledQueries$ = [
  9,
  n0,
  _LSQ,
  0,
  () => ListScheduledQueriesRequest$,
  () => ListScheduledQueriesResponse$
];
var ListSourcesForS3TableIntegration$ = [
  9,
  n0,
  _LSFSTI,
  0,
  () => ListSourcesForS3TableIntegrationRequest$,
  () => ListSourcesForS3TableIntegrationResponse$
];
var ListSyslogConfigurations$ = [
  9,
  n0,
  _LSC,
  0,
  () => ListSyslogConfigurationsRequest$,
  () => ListSyslogConfigurationsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  0,
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListTagsLogGroup$ = [
  9,
  n0,
  _LTLG,
  0,
  () => ListTagsLogGroupRequest$,
  () => ListTagsLogGroupResponse$
];
var PutAccountPolicy$ = [
  9,
  n0,
  _PAP,
  0,
  () => PutAccountPolicyRequest$,
  () => PutAccountPolicyResponse$
];
var PutBearerTokenAuthentication$ = [
  9,
  n0,
  _PBTA,
  0,
  () => PutBearerTokenAuthenticationRequest$,
  () => __Unit
];
var PutDataProtectionPolicy$ = [
  9,
  n0,
  _PDPP,
  0,
  () => PutDataProtectionPolicyRequest$,
  () => PutDataProtectionPolicyResponse$
];
var PutDeliveryDestination$ = [
  9,
  n0,
  _PDD,
  0,
  () => PutDeliveryDestinationRequest$,
  () => PutDeliveryDestinationResponse$
];
var PutDeliveryDestinationPolicy$ = [
  9,
  n0,
  _PDDP,
  0,
  () => PutDeliveryDestinationPolicyRequest$,
  () => PutDeliveryDestinationPolicyResponse$
];
var PutDeliverySource$ = [
  9,
  n0,
  _PDS,
  0,
  () => PutDeliverySourceRequest$,
  () => PutDeliverySourceResponse$
];
var PutDestination$ = [
  9,
  n0,
  _PD,
  0,
  () => PutDestinationRequest$,
  () => PutDestinationResponse$
];
var PutDestinationPolicy$ = [
  9,
  n0,
  _PDP,
  0,
  () => PutDestinationPolicyRequest$,
  () => __Unit
];
var PutIndexPolicy$ = [
  9,
  n0,
  _PIP,
  0,
  () => PutIndexPolicyRequest$,
  () => PutIndexPolicyResponse$
];
var PutIntegration$ = [
  9,
  n0,
  _PI,
  0,
  () => PutIntegrationRequest$,
  () => PutIntegrationResponse$
];
var PutLogEvents$ = [
  9,
  n0,
  _PLE,
  0,
  () => PutLogEventsRequest$,
  () => PutLogEventsResponse$
];
var PutLogGroupDeletionProtection$ = [
  9,
  n0,
  _PLGDP,
  0,
  () => PutLogGroupDeletionProtectionRequest$,
  () => __Unit
];
var PutMetricFilter$ = [
  9,
  n0,
  _PMF,
  0,
  () => PutMetricFilterRequest$,
  () => __Unit
];
var PutQueryDefinition$ = [
  9,
  n0,
  _PQD,
  0,
  () => PutQueryDefinitionRequest$,
  () => PutQueryDefinitionResponse$
];
var PutResourcePolicy$ = [
  9,
  n0,
  _PRP,
  0,
  () => PutResourcePolicyRequest$,
  () => PutResourcePolicyResponse$
];
var PutRetentionPolicy$ = [
  9,
  n0,
  _PRPu,
  0,
  () => PutRetentionPolicyRequest$,
  () => __Unit
];
var PutStorageTierPolicy$ = [
  9,
  n0,
  _PSTP,
  0,
  () => PutStorageTierPolicyRequest$,
  () => PutStorageTierPolicyResponse$
];
var PutSubscriptionFilter$ = [
  9,
  n0,
  _PSF,
  0,
  () => PutSubscriptionFilterRequest$,
  () => __Unit
];
var PutSyslogConfiguration$ = [
  9,
  n0,
  _PSC,
  0,
  () => PutSyslogConfigurationRequest$,
  () => __Unit
];
var PutTransformer$ = [
  9,
  n0,
  _PTu,
  0,
  () => PutTransformerRequest$,
  () => __Unit
];
var StartLiveTail$ = [
  9,
  n0,
  _SLT,
  { [_end]: ["stream-"] },
  () => StartLiveTailRequest$,
  () => StartLiveTailResponse$
];
var StartQuery$ = [
  9,
  n0,
  _SQ,
  0,
  () => StartQueryRequest$,
  () => StartQueryResponse$
];
var StopQuery$ = [
  9,
  n0,
  _SQt,
  0,
  () => StopQueryRequest$,
  () => StopQueryResponse$
];
var TagLogGroup$ = [
  9,
  n0,
  _TLG,
  0,
  () => TagLogGroupRequest$,
  () => __Unit
];
var TagResource$ = [
  9,
  n0,
  _TR,
  0,
  () => TagResourceRequest$,
  () => __Unit
];
var TestMetricFilter$ = [
  9,
  n0,
  _TMF,
  0,
  () => TestMetricFilterRequest$,
  () => TestMetricFilterResponse$
];
var TestTransformer$ = [
  9,
  n0,
  _TT,
  0,
  () => TestTransformerRequest$,
  () => TestTransformerResponse$
];
var UntagLogGroup$ = [
  9,
  n0,
  _ULG,
  0,
  () => UntagLogGroupRequest$,
  () => __Unit
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  0,
  () => UntagResourceRequest$,
  () => __Unit
];
var UpdateAnomaly$ = [
  9,
  n0,
  _UA,
  0,
  () => UpdateAnomalyRequest$,
  () => __Unit
];
var UpdateDeliveryConfiguration$ = [
  9,
  n0,
  _UDC,
  0,
  () => UpdateDeliveryConfigurationRequest$,
  () => UpdateDeliveryConfigurationResponse$
];
var UpdateLogAnomalyDetector$ = [
  9,
  n0,
  _ULAD,
  0,
  () => UpdateLogAnomalyDetectorRequest$,
  () => __Unit
];
var UpdateLookupTable$ = [
  9,
  n0,
  _ULT,
  0,
  () => UpdateLookupTableRequest$,
  () => UpdateLookupTableResponse$
];
var UpdateScheduledQuery$ = [
  9,
  n0,
  _USQ,
  0,
  () => UpdateScheduledQueryRequest$,
  () => UpdateScheduledQueryResponse$
];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-03-28",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudwatchlogs",
      errorTypeRegistries,
      xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
      version: "2014-03-28",
      serviceTarget: "Logs_20140328"
    },
    serviceId: config?.serviceId ?? "CloudWatch Logs",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/CloudWatchLogsClient.js
var CloudWatchLogsClient = class extends Client {
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
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/AssociateKmsKeyCommand.js
var AssociateKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateKmsKey", AssociateKmsKey$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/AssociateSourceToS3TableIntegrationCommand.js
var AssociateSourceToS3TableIntegrationCommand = class extends command(_ep0, _mw0, "AssociateSourceToS3TableIntegration", AssociateSourceToS3TableIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CancelExportTaskCommand.js
var CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CancelImportTaskCommand.js
var CancelImportTaskCommand = class extends command(_ep0, _mw0, "CancelImportTask", CancelImportTask$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateDeliveryCommand.js
var CreateDeliveryCommand = class extends command(_ep0, _mw0, "CreateDelivery", CreateDelivery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateExportTaskCommand.js
var CreateExportTaskCommand = class extends command(_ep0, _mw0, "CreateExportTask", CreateExportTask$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateImportTaskCommand.js
var CreateImportTaskCommand = class extends command(_ep0, _mw0, "CreateImportTask", CreateImportTask$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLogAnomalyDetectorCommand.js
var CreateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "CreateLogAnomalyDetector", CreateLogAnomalyDetector$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLogGroupCommand.js
var CreateLogGroupCommand = class extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLogStreamCommand.js
var CreateLogStreamCommand = class extends command(_ep0, _mw0, "CreateLogStream", CreateLogStream$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateLookupTableCommand.js
var CreateLookupTableCommand = class extends command(_ep0, _mw0, "CreateLookupTable", CreateLookupTable$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/CreateScheduledQueryCommand.js
var CreateScheduledQueryCommand = class extends command(_ep0, _mw0, "CreateScheduledQuery", CreateScheduledQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteAccountPolicyCommand.js
var DeleteAccountPolicyCommand = class extends command(_ep0, _mw0, "DeleteAccountPolicy", DeleteAccountPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDataProtectionPolicyCommand.js
var DeleteDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "DeleteDataProtectionPolicy", DeleteDataProtectionPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDeliveryCommand.js
var DeleteDeliveryCommand = class extends command(_ep0, _mw0, "DeleteDelivery", DeleteDelivery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDeliveryDestinationCommand.js
var DeleteDeliveryDestinationCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestination", DeleteDeliveryDestination$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDeliveryDestinationPolicyCommand.js
var DeleteDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestinationPolicy", DeleteDeliveryDestinationPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDeliverySourceCommand.js
var DeleteDeliverySourceCommand = class extends command(_ep0, _mw0, "DeleteDeliverySource", DeleteDeliverySource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteDestinationCommand.js
var DeleteDestinationCommand = class extends command(_ep0, _mw0, "DeleteDestination", DeleteDestination$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteIndexPolicyCommand.js
var DeleteIndexPolicyCommand = class extends command(_ep0, _mw0, "DeleteIndexPolicy", DeleteIndexPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteIntegrationCommand.js
var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLogAnomalyDetectorCommand.js
var DeleteLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteLogAnomalyDetector", DeleteLogAnomalyDetector$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLogGroupCommand.js
var DeleteLogGroupCommand = class extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLogStreamCommand.js
var DeleteLogStreamCommand = class extends command(_ep0, _mw0, "DeleteLogStream", DeleteLogStream$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteLookupTableCommand.js
var DeleteLookupTableCommand = class extends command(_ep0, _mw0, "DeleteLookupTable", DeleteLookupTable$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteMetricFilterCommand.js
var DeleteMetricFilterCommand = class extends command(_ep0, _mw0, "DeleteMetricFilter", DeleteMetricFilter$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteQueryDefinitionCommand.js
var DeleteQueryDefinitionCommand = class extends command(_ep0, _mw0, "DeleteQueryDefinition", DeleteQueryDefinition$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteResourcePolicyCommand.js
var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteRetentionPolicyCommand.js
var DeleteRetentionPolicyCommand = class extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteScheduledQueryCommand.js
var DeleteScheduledQueryCommand = class extends command(_ep0, _mw0, "DeleteScheduledQuery", DeleteScheduledQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteSubscriptionFilterCommand.js
var DeleteSubscriptionFilterCommand = class extends command(_ep0, _mw0, "DeleteSubscriptionFilter", DeleteSubscriptionFilter$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteSyslogConfigurationCommand.js
var DeleteSyslogConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSyslogConfiguration", DeleteSyslogConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DeleteTransformerCommand.js
var DeleteTransformerCommand = class extends command(_ep0, _mw0, "DeleteTransformer", DeleteTransformer$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeAccountPoliciesCommand.js
var DescribeAccountPoliciesCommand = class extends command(_ep0, _mw0, "DescribeAccountPolicies", DescribeAccountPolicies$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeConfigurationTemplatesCommand.js
var DescribeConfigurationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeConfigurationTemplates", DescribeConfigurationTemplates$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeDeliveriesCommand.js
var DescribeDeliveriesCommand = class extends command(_ep0, _mw0, "DescribeDeliveries", DescribeDeliveries$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeDeliveryDestinationsCommand.js
var DescribeDeliveryDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDeliveryDestinations", DescribeDeliveryDestinations$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeDeliverySourcesCommand.js
var DescribeDeliverySourcesCommand = class extends command(_ep0, _mw0, "DescribeDeliverySources", DescribeDeliverySources$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeDestinationsCommand.js
var DescribeDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDestinations", DescribeDestinations$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeExportTasksCommand.js
var DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeFieldIndexesCommand.js
var DescribeFieldIndexesCommand = class extends command(_ep0, _mw0, "DescribeFieldIndexes", DescribeFieldIndexes$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeImportTaskBatchesCommand.js
var DescribeImportTaskBatchesCommand = class extends command(_ep0, _mw0, "DescribeImportTaskBatches", DescribeImportTaskBatches$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeImportTasksCommand.js
var DescribeImportTasksCommand = class extends command(_ep0, _mw0, "DescribeImportTasks", DescribeImportTasks$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeIndexPoliciesCommand.js
var DescribeIndexPoliciesCommand = class extends command(_ep0, _mw0, "DescribeIndexPolicies", DescribeIndexPolicies$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLogGroupsCommand.js
var DescribeLogGroupsCommand = class extends command(_ep0, _mw0, "DescribeLogGroups", DescribeLogGroups$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLogStreamsCommand.js
var DescribeLogStreamsCommand = class extends command(_ep0, _mw0, "DescribeLogStreams", DescribeLogStreams$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLookupTablesCommand.js
var DescribeLookupTablesCommand = class extends command(_ep0, _mw0, "DescribeLookupTables", DescribeLookupTables$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeMetricFiltersCommand.js
var DescribeMetricFiltersCommand = class extends command(_ep0, _mw0, "DescribeMetricFilters", DescribeMetricFilters$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeQueriesCommand.js
var DescribeQueriesCommand = class extends command(_ep0, _mw0, "DescribeQueries", DescribeQueries$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeQueryDefinitionsCommand.js
var DescribeQueryDefinitionsCommand = class extends command(_ep0, _mw0, "DescribeQueryDefinitions", DescribeQueryDefinitions$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeResourcePoliciesCommand.js
var DescribeResourcePoliciesCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicies", DescribeResourcePolicies$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeSubscriptionFiltersCommand.js
var DescribeSubscriptionFiltersCommand = class extends command(_ep0, _mw0, "DescribeSubscriptionFilters", DescribeSubscriptionFilters$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DisassociateKmsKeyCommand.js
var DisassociateKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateKmsKey", DisassociateKmsKey$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DisassociateSourceFromS3TableIntegrationCommand.js
var DisassociateSourceFromS3TableIntegrationCommand = class extends command(_ep0, _mw0, "DisassociateSourceFromS3TableIntegration", DisassociateSourceFromS3TableIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/FilterLogEventsCommand.js
var FilterLogEventsCommand = class extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetDataProtectionPolicyCommand.js
var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetDeliveryCommand.js
var GetDeliveryCommand = class extends command(_ep0, _mw0, "GetDelivery", GetDelivery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetDeliveryDestinationCommand.js
var GetDeliveryDestinationCommand = class extends command(_ep0, _mw0, "GetDeliveryDestination", GetDeliveryDestination$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetDeliveryDestinationPolicyCommand.js
var GetDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "GetDeliveryDestinationPolicy", GetDeliveryDestinationPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetDeliverySourceCommand.js
var GetDeliverySourceCommand = class extends command(_ep0, _mw0, "GetDeliverySource", GetDeliverySource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetIntegrationCommand.js
var GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogAnomalyDetectorCommand.js
var GetLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "GetLogAnomalyDetector", GetLogAnomalyDetector$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogEventsCommand.js
var GetLogEventsCommand = class extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogFieldsCommand.js
var GetLogFieldsCommand = class extends command(_ep0, _mw0, "GetLogFields", GetLogFields$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogGroupFieldsCommand.js
var GetLogGroupFieldsCommand = class extends command(_ep0, _mw0, "GetLogGroupFields", GetLogGroupFields$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogObjectCommand.js
var GetLogObjectCommand = class extends command(_ep0, _mw0, "GetLogObject", GetLogObject$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogRecordCommand.js
var GetLogRecordCommand = class extends command(_ep0, _mw0, "GetLogRecord", GetLogRecord$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLookupTableCommand.js
var GetLookupTableCommand = class extends command(_ep0, _mw0, "GetLookupTable", GetLookupTable$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetQueryResultsCommand.js
var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetScheduledQueryCommand.js
var GetScheduledQueryCommand = class extends command(_ep0, _mw0, "GetScheduledQuery", GetScheduledQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetScheduledQueryHistoryCommand.js
var GetScheduledQueryHistoryCommand = class extends command(_ep0, _mw0, "GetScheduledQueryHistory", GetScheduledQueryHistory$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetStorageTierPolicyCommand.js
var GetStorageTierPolicyCommand = class extends command(_ep0, _mw0, "GetStorageTierPolicy", GetStorageTierPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetTransformerCommand.js
var GetTransformerCommand = class extends command(_ep0, _mw0, "GetTransformer", GetTransformer$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListAggregateLogGroupSummariesCommand.js
var ListAggregateLogGroupSummariesCommand = class extends command(_ep0, _mw0, "ListAggregateLogGroupSummaries", ListAggregateLogGroupSummaries$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListAnomaliesCommand.js
var ListAnomaliesCommand = class extends command(_ep0, _mw0, "ListAnomalies", ListAnomalies$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListIntegrationsCommand.js
var ListIntegrationsCommand = class extends command(_ep0, _mw0, "ListIntegrations", ListIntegrations$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListLogAnomalyDetectorsCommand.js
var ListLogAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "ListLogAnomalyDetectors", ListLogAnomalyDetectors$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListLogGroupsCommand.js
var ListLogGroupsCommand = class extends command(_ep0, _mw0, "ListLogGroups", ListLogGroups$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListLogGroupsForQueryCommand.js
var ListLogGroupsForQueryCommand = class extends command(_ep0, _mw0, "ListLogGroupsForQuery", ListLogGroupsForQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListScheduledQueriesCommand.js
var ListScheduledQueriesCommand = class extends command(_ep0, _mw0, "ListScheduledQueries", ListScheduledQueries$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListSourcesForS3TableIntegrationCommand.js
var ListSourcesForS3TableIntegrationCommand = class extends command(_ep0, _mw0, "ListSourcesForS3TableIntegration", ListSourcesForS3TableIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListSyslogConfigurationsCommand.js
var ListSyslogConfigurationsCommand = class extends command(_ep0, _mw0, "ListSyslogConfigurations", ListSyslogConfigurations$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/ListTagsLogGroupCommand.js
var ListTagsLogGroupCommand = class extends command(_ep0, _mw0, "ListTagsLogGroup", ListTagsLogGroup$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutAccountPolicyCommand.js
var PutAccountPolicyCommand = class extends command(_ep0, _mw0, "PutAccountPolicy", PutAccountPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutBearerTokenAuthenticationCommand.js
var PutBearerTokenAuthenticationCommand = class extends command(_ep0, _mw0, "PutBearerTokenAuthentication", PutBearerTokenAuthentication$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDataProtectionPolicyCommand.js
var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDeliveryDestinationCommand.js
var PutDeliveryDestinationCommand = class extends command(_ep0, _mw0, "PutDeliveryDestination", PutDeliveryDestination$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDeliveryDestinationPolicyCommand.js
var PutDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDeliveryDestinationPolicy", PutDeliveryDestinationPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDeliverySourceCommand.js
var PutDeliverySourceCommand = class extends command(_ep0, _mw0, "PutDeliverySource", PutDeliverySource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDestinationCommand.js
var PutDestinationCommand = class extends command(_ep0, _mw0, "PutDestination", PutDestination$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutDestinationPolicyCommand.js
var PutDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDestinationPolicy", PutDestinationPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutIndexPolicyCommand.js
var PutIndexPolicyCommand = class extends command(_ep0, _mw0, "PutIndexPolicy", PutIndexPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutIntegrationCommand.js
var PutIntegrationCommand = class extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutLogEventsCommand.js
var PutLogEventsCommand = class extends command(_ep0, _mw0, "PutLogEvents", PutLogEvents$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutLogGroupDeletionProtectionCommand.js
var PutLogGroupDeletionProtectionCommand = class extends command(_ep0, _mw0, "PutLogGroupDeletionProtection", PutLogGroupDeletionProtection$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutMetricFilterCommand.js
var PutMetricFilterCommand = class extends command(_ep0, _mw0, "PutMetricFilter", PutMetricFilter$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutQueryDefinitionCommand.js
var PutQueryDefinitionCommand = class extends command(_ep0, _mw0, "PutQueryDefinition", PutQueryDefinition$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutResourcePolicyCommand.js
var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutRetentionPolicyCommand.js
var PutRetentionPolicyCommand = class extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutStorageTierPolicyCommand.js
var PutStorageTierPolicyCommand = class extends command(_ep0, _mw0, "PutStorageTierPolicy", PutStorageTierPolicy$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutSubscriptionFilterCommand.js
var PutSubscriptionFilterCommand = class extends command(_ep0, _mw0, "PutSubscriptionFilter", PutSubscriptionFilter$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutSyslogConfigurationCommand.js
var PutSyslogConfigurationCommand = class extends command(_ep0, _mw0, "PutSyslogConfiguration", PutSyslogConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/PutTransformerCommand.js
var PutTransformerCommand = class extends command(_ep0, _mw0, "PutTransformer", PutTransformer$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/StartLiveTailCommand.js
var StartLiveTailCommand = class extends command(_ep0, _mw0, "StartLiveTail", StartLiveTail$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/StartQueryCommand.js
var StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/StopQueryCommand.js
var StopQueryCommand = class extends command(_ep0, _mw0, "StopQuery", StopQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/TagLogGroupCommand.js
var TagLogGroupCommand = class extends command(_ep0, _mw0, "TagLogGroup", TagLogGroup$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/TestMetricFilterCommand.js
var TestMetricFilterCommand = class extends command(_ep0, _mw0, "TestMetricFilter", TestMetricFilter$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/TestTransformerCommand.js
var TestTransformerCommand = class extends command(_ep0, _mw0, "TestTransformer", TestTransformer$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UntagLogGroupCommand.js
var UntagLogGroupCommand = class extends command(_ep0, _mw0, "UntagLogGroup", UntagLogGroup$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UpdateAnomalyCommand.js
var UpdateAnomalyCommand = class extends command(_ep0, _mw0, "UpdateAnomaly", UpdateAnomaly$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UpdateDeliveryConfigurationCommand.js
var UpdateDeliveryConfigurationCommand = class extends command(_ep0, _mw0, "UpdateDeliveryConfiguration", UpdateDeliveryConfiguration$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UpdateLogAnomalyDetectorCommand.js
var UpdateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "UpdateLogAnomalyDetector", UpdateLogAnomalyDetector$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UpdateLookupTableCommand.js
var UpdateLookupTableCommand = class extends command(_ep0, _mw0, "UpdateLookupTable", UpdateLookupTable$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/UpdateScheduledQueryCommand.js
var UpdateScheduledQueryCommand = class extends command(_ep0, _mw0, "UpdateScheduledQuery", UpdateScheduledQuery$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeConfigurationTemplatesPaginator.js
var paginateDescribeConfigurationTemplates = createPaginator(CloudWatchLogsClient, DescribeConfigurationTemplatesCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeDeliveriesPaginator.js
var paginateDescribeDeliveries = createPaginator(CloudWatchLogsClient, DescribeDeliveriesCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeDeliveryDestinationsPaginator.js
var paginateDescribeDeliveryDestinations = createPaginator(CloudWatchLogsClient, DescribeDeliveryDestinationsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeDeliverySourcesPaginator.js
var paginateDescribeDeliverySources = createPaginator(CloudWatchLogsClient, DescribeDeliverySourcesCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeDestinationsPaginator.js
var paginateDescribeDestinations = createPaginator(CloudWatchLogsClient, DescribeDestinationsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeLogGroupsPaginator.js
var paginateDescribeLogGroups = createPaginator(CloudWatchLogsClient, DescribeLogGroupsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeLogStreamsPaginator.js
var paginateDescribeLogStreams = createPaginator(CloudWatchLogsClient, DescribeLogStreamsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeMetricFiltersPaginator.js
var paginateDescribeMetricFilters = createPaginator(CloudWatchLogsClient, DescribeMetricFiltersCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/DescribeSubscriptionFiltersPaginator.js
var paginateDescribeSubscriptionFilters = createPaginator(CloudWatchLogsClient, DescribeSubscriptionFiltersCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/FilterLogEventsPaginator.js
var paginateFilterLogEvents = createPaginator(CloudWatchLogsClient, FilterLogEventsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/GetLogEventsPaginator.js
var paginateGetLogEvents = createPaginator(CloudWatchLogsClient, GetLogEventsCommand, "nextToken", "nextForwardToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/GetScheduledQueryHistoryPaginator.js
var paginateGetScheduledQueryHistory = createPaginator(CloudWatchLogsClient, GetScheduledQueryHistoryCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListAggregateLogGroupSummariesPaginator.js
var paginateListAggregateLogGroupSummaries = createPaginator(CloudWatchLogsClient, ListAggregateLogGroupSummariesCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListAnomaliesPaginator.js
var paginateListAnomalies = createPaginator(CloudWatchLogsClient, ListAnomaliesCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListLogAnomalyDetectorsPaginator.js
var paginateListLogAnomalyDetectors = createPaginator(CloudWatchLogsClient, ListLogAnomalyDetectorsCommand, "nextToken", "nextToken", "limit");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListLogGroupsForQueryPaginator.js
var paginateListLogGroupsForQuery = createPaginator(CloudWatchLogsClient, ListLogGroupsForQueryCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListScheduledQueriesPaginator.js
var paginateListScheduledQueries = createPaginator(CloudWatchLogsClient, ListScheduledQueriesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/pagination/ListSourcesForS3TableIntegrationPaginator.js
var paginateListSourcesForS3TableIntegration = createPaginator(CloudWatchLogsClient, ListSourcesForS3TableIntegrationCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/CloudWatchLogs.js
var commands = {
  AssociateKmsKeyCommand,
  AssociateSourceToS3TableIntegrationCommand,
  CancelExportTaskCommand,
  CancelImportTaskCommand,
  CreateDeliveryCommand,
  CreateExportTaskCommand,
  CreateImportTaskCommand,
  CreateLogAnomalyDetectorCommand,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  CreateLookupTableCommand,
  CreateScheduledQueryCommand,
  DeleteAccountPolicyCommand,
  DeleteDataProtectionPolicyCommand,
  DeleteDeliveryCommand,
  DeleteDeliveryDestinationCommand,
  DeleteDeliveryDestinationPolicyCommand,
  DeleteDeliverySourceCommand,
  DeleteDestinationCommand,
  DeleteIndexPolicyCommand,
  DeleteIntegrationCommand,
  DeleteLogAnomalyDetectorCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DeleteLookupTableCommand,
  DeleteMetricFilterCommand,
  DeleteQueryDefinitionCommand,
  DeleteResourcePolicyCommand,
  DeleteRetentionPolicyCommand,
  DeleteScheduledQueryCommand,
  DeleteSubscriptionFilterCommand,
  DeleteSyslogConfigurationCommand,
  DeleteTransformerCommand,
  DescribeAccountPoliciesCommand,
  DescribeConfigurationTemplatesCommand,
  DescribeDeliveriesCommand,
  DescribeDeliveryDestinationsCommand,
  DescribeDeliverySourcesCommand,
  DescribeDestinationsCommand,
  DescribeExportTasksCommand,
  DescribeFieldIndexesCommand,
  DescribeImportTaskBatchesCommand,
  DescribeImportTasksCommand,
  DescribeIndexPoliciesCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  DescribeLookupTablesCommand,
  DescribeMetricFiltersCommand,
  DescribeQueriesCommand,
  DescribeQueryDefinitionsCommand,
  DescribeResourcePoliciesCommand,
  DescribeSubscriptionFiltersCommand,
  DisassociateKmsKeyCommand,
  DisassociateSourceFromS3TableIntegrationCommand,
  FilterLogEventsCommand,
  GetDataProtectionPolicyCommand,
  GetDeliveryCommand,
  GetDeliveryDestinationCommand,
  GetDeliveryDestinationPolicyCommand,
  GetDeliverySourceCommand,
  GetIntegrationCommand,
  GetLogAnomalyDetectorCommand,
  GetLogEventsCommand,
  GetLogFieldsCommand,
  GetLogGroupFieldsCommand,
  GetLogObjectCommand,
  GetLogRecordCommand,
  GetLookupTableCommand,
  GetQueryResultsCommand,
  GetScheduledQueryCommand,
  GetScheduledQueryHistoryCommand,
  GetStorageTierPolicyCommand,
  GetTransformerCommand,
  ListAggregateLogGroupSummariesCommand,
  ListAnomaliesCommand,
  ListIntegrationsCommand,
  ListLogAnomalyDetectorsCommand,
  ListLogGroupsCommand,
  ListLogGroupsForQueryCommand,
  ListScheduledQueriesCommand,
  ListSourcesForS3TableIntegrationCommand,
  ListSyslogConfigurationsCommand,
  ListTagsForResourceCommand,
  ListTagsLogGroupCommand,
  PutAccountPolicyCommand,
  PutBearerTokenAuthenticationCommand,
  PutDataProtectionPolicyCommand,
  PutDeliveryDestinationCommand,
  PutDeliveryDestinationPolicyCommand,
  PutDeliverySourceCommand,
  PutDestinationCommand,
  PutDestinationPolicyCommand,
  PutIndexPolicyCommand,
  PutIntegrationCommand,
  PutLogEventsCommand,
  PutLogGroupDeletionProtectionCommand,
  PutMetricFilterCommand,
  PutQueryDefinitionCommand,
  PutResourcePolicyCommand,
  PutRetentionPolicyCommand,
  PutStorageTierPolicyCommand,
  PutSubscriptionFilterCommand,
  PutSyslogConfigurationCommand,
  PutTransformerCommand,
  StartLiveTailCommand,
  StartQueryCommand,
  StopQueryCommand,
  TagLogGroupCommand,
  TagResourceCommand,
  TestMetricFilterCommand,
  TestTransformerCommand,
  UntagLogGroupCommand,
  UntagResourceCommand,
  UpdateAnomalyCommand,
  UpdateDeliveryConfigurationCommand,
  UpdateLogAnomalyDetectorCommand,
  UpdateLookupTableCommand,
  UpdateScheduledQueryCommand
};
var paginators = {
  paginateDescribeConfigurationTemplates,
  paginateDescribeDeliveries,
  paginateDescribeDeliveryDestinations,
  paginateDescribeDeliverySources,
  paginateDescribeDestinations,
  paginateDescribeLogGroups,
  paginateDescribeLogStreams,
  paginateDescribeMetricFilters,
  paginateDescribeSubscriptionFilters,
  paginateFilterLogEvents,
  paginateGetLogEvents,
  paginateGetScheduledQueryHistory,
  paginateListAggregateLogGroupSummaries,
  paginateListAnomalies,
  paginateListLogAnomalyDetectors,
  paginateListLogGroupsForQuery,
  paginateListScheduledQueries,
  paginateListSourcesForS3TableIntegration
};
var CloudWatchLogs = class extends CloudWatchLogsClient {
};
createAggregatedClient(commands, CloudWatchLogs, { paginators });

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/enums.js
var PolicyType = {
  DATA_PROTECTION_POLICY: "DATA_PROTECTION_POLICY",
  FIELD_INDEX_POLICY: "FIELD_INDEX_POLICY",
  METRIC_EXTRACTION_POLICY: "METRIC_EXTRACTION_POLICY",
  RETENTION_POLICY: "RETENTION_POLICY",
  SUBSCRIPTION_FILTER_POLICY: "SUBSCRIPTION_FILTER_POLICY",
  TRANSFORMER_POLICY: "TRANSFORMER_POLICY"
};
var Scope = {
  ALL: "ALL"
};
var ActionStatus = {
  CLIENT_ERROR: "CLIENT_ERROR",
  COMPLETE: "COMPLETE",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS"
};
var State = {
  Active: "Active",
  Baseline: "Baseline",
  Suppressed: "Suppressed"
};
var AnomalyDetectorStatus = {
  ANALYZING: "ANALYZING",
  DELETED: "DELETED",
  FAILED: "FAILED",
  INITIALIZING: "INITIALIZING",
  PAUSED: "PAUSED",
  TRAINING: "TRAINING"
};
var EvaluationFrequency = {
  FIFTEEN_MIN: "FIFTEEN_MIN",
  FIVE_MIN: "FIVE_MIN",
  ONE_HOUR: "ONE_HOUR",
  ONE_MIN: "ONE_MIN",
  TEN_MIN: "TEN_MIN",
  THIRTY_MIN: "THIRTY_MIN"
};
var ImportStatus = {
  CANCELLED: "CANCELLED",
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS"
};
var OutputFormat = {
  JSON: "json",
  PARQUET: "parquet",
  PLAIN: "plain",
  RAW: "raw",
  W3C: "w3c"
};
var DeliveryDestinationType = {
  CWL: "CWL",
  FH: "FH",
  S3: "S3",
  XRAY: "XRAY"
};
var DeliverySourceConfigurationSchemaValueType = {
  BOOLEAN: "boolean",
  DOUBLE: "double",
  INT: "int",
  LONG: "long",
  STRING: "string"
};
var LogGroupClass = {
  DELIVERY: "DELIVERY",
  ESSENTIALS: "ESSENTIALS",
  INFREQUENT_ACCESS: "INFREQUENT_ACCESS",
  STANDARD: "STANDARD"
};
var QueryLanguage = {
  CWLI: "CWLI",
  PPL: "PPL",
  SQL: "SQL"
};
var ScheduledQueryState = {
  DISABLED: "DISABLED",
  ENABLED: "ENABLED"
};
var DataProtectionStatus = {
  ACTIVATED: "ACTIVATED",
  ARCHIVED: "ARCHIVED",
  DELETED: "DELETED",
  DISABLED: "DISABLED"
};
var DeliverySourceStatus = {
  ACTIVE: "ACTIVE",
  INACTIVE: "INACTIVE"
};
var DeliverySourceStatusReason = {
  RESOURCE_DELETED: "RESOURCE_DELETED"
};
var ExportTaskStatusCode = {
  CANCELLED: "CANCELLED",
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  PENDING: "PENDING",
  PENDING_CANCEL: "PENDING_CANCEL",
  RUNNING: "RUNNING"
};
var IndexCategory = {
  AUTO: "AUTO",
  CUSTOM: "CUSTOM",
  DEFAULT: "DEFAULT",
  INACTIVE: "INACTIVE"
};
var IndexType = {
  FACET: "FACET",
  FIELD_INDEX: "FIELD_INDEX"
};
var IndexSource = {
  ACCOUNT: "ACCOUNT",
  LOG_GROUP: "LOG_GROUP"
};
var InheritedProperty = {
  ACCOUNT_DATA_PROTECTION: "ACCOUNT_DATA_PROTECTION"
};
var OrderBy = {
  LastEventTime: "LastEventTime",
  LogStreamName: "LogStreamName"
};
var StandardUnit = {
  Bits: "Bits",
  BitsSecond: "Bits/Second",
  Bytes: "Bytes",
  BytesSecond: "Bytes/Second",
  Count: "Count",
  CountSecond: "Count/Second",
  Gigabits: "Gigabits",
  GigabitsSecond: "Gigabits/Second",
  Gigabytes: "Gigabytes",
  GigabytesSecond: "Gigabytes/Second",
  Kilobits: "Kilobits",
  KilobitsSecond: "Kilobits/Second",
  Kilobytes: "Kilobytes",
  KilobytesSecond: "Kilobytes/Second",
  Megabits: "Megabits",
  MegabitsSecond: "Megabits/Second",
  Megabytes: "Megabytes",
  MegabytesSecond: "Megabytes/Second",
  Microseconds: "Microseconds",
  Milliseconds: "Milliseconds",
  None: "None",
  Percent: "Percent",
  Seconds: "Seconds",
  Terabits: "Terabits",
  TerabitsSecond: "Terabits/Second",
  Terabytes: "Terabytes",
  TerabytesSecond: "Terabytes/Second"
};
var QueryStatus = {
  Cancelled: "Cancelled",
  Complete: "Complete",
  Failed: "Failed",
  Running: "Running",
  Scheduled: "Scheduled",
  Timeout: "Timeout",
  Unknown: "Unknown"
};
var PolicyScope = {
  ACCOUNT: "ACCOUNT",
  RESOURCE: "RESOURCE"
};
var Distribution = {
  ByLogStream: "ByLogStream",
  Random: "Random"
};
var EntityRejectionErrorType = {
  ENTITY_SIZE_TOO_LARGE: "EntitySizeTooLarge",
  INVALID_ATTRIBUTES: "InvalidAttributes",
  INVALID_ENTITY: "InvalidEntity",
  INVALID_KEY_ATTRIBUTE: "InvalidKeyAttributes",
  INVALID_TYPE_VALUE: "InvalidTypeValue",
  MISSING_REQUIRED_FIELDS: "MissingRequiredFields",
  UNSUPPORTED_LOG_GROUP_TYPE: "UnsupportedLogGroupType"
};
var EventSource = {
  AWSWAF: "AWSWAF",
  CLOUD_TRAIL: "CloudTrail",
  EKS_AUDIT: "EKSAudit",
  ROUTE53_RESOLVER: "Route53Resolver",
  VPC_FLOW: "VPCFlow"
};
var ExecutionStatus = {
  Complete: "Complete",
  Failed: "Failed",
  InvalidQuery: "InvalidQuery",
  Running: "Running",
  Timeout: "Timeout"
};
var FlattenedElement = {
  FIRST: "first",
  LAST: "last"
};
var OpenSearchResourceStatusType = {
  ACTIVE: "ACTIVE",
  ERROR: "ERROR",
  NOT_FOUND: "NOT_FOUND"
};
var IntegrationStatus = {
  ACTIVE: "ACTIVE",
  FAILED: "FAILED",
  PROVISIONING: "PROVISIONING"
};
var IntegrationType = {
  OPENSEARCH: "OPENSEARCH"
};
var ScheduleType = {
  AWS_MANAGED: "AWS_MANAGED",
  CUSTOMER_MANAGED: "CUSTOMER_MANAGED"
};
var ScheduledQueryDestinationType = {
  LOOKUP_TABLE: "LOOKUP_TABLE",
  S3: "S3"
};
var StorageTier = {
  INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
  STANDARD: "STANDARD"
};
var OCSFVersion = {
  V1_1: "V1.1",
  V1_5: "V1.5"
};
var Type = {
  BOOLEAN: "boolean",
  DOUBLE: "double",
  INTEGER: "integer",
  STRING: "string"
};
var ListAggregateLogGroupSummariesGroupBy = {
  DATA_SOURCE_NAME_AND_TYPE: "DATA_SOURCE_NAME_AND_TYPE",
  DATA_SOURCE_NAME_TYPE_AND_FORMAT: "DATA_SOURCE_NAME_TYPE_AND_FORMAT"
};
var SuppressionState = {
  SUPPRESSED: "SUPPRESSED",
  UNSUPPRESSED: "UNSUPPRESSED"
};
var S3TableIntegrationSourceStatus = {
  ACTIVE: "ACTIVE",
  DATA_SOURCE_DELETE_IN_PROGRESS: "DATA_SOURCE_DELETE_IN_PROGRESS",
  FAILED: "FAILED",
  UNHEALTHY: "UNHEALTHY"
};
var SyslogSourceType = {
  VPCE: "VPCE"
};
var SuppressionUnit = {
  HOURS: "HOURS",
  MINUTES: "MINUTES",
  SECONDS: "SECONDS"
};
var SuppressionType = {
  INFINITE: "INFINITE",
  LIMITED: "LIMITED"
};
export {
  Command as $Command,
  AccessDeniedException,
  AccessDeniedException$,
  AccountPolicy$,
  ActionStatus,
  AddKeyEntry$,
  AddKeys$,
  AggregateLogGroupSummary$,
  Anomaly$,
  AnomalyDetector$,
  AnomalyDetectorStatus,
  AssociateKmsKey$,
  AssociateKmsKeyCommand,
  AssociateKmsKeyRequest$,
  AssociateSourceToS3TableIntegration$,
  AssociateSourceToS3TableIntegrationCommand,
  AssociateSourceToS3TableIntegrationRequest$,
  AssociateSourceToS3TableIntegrationResponse$,
  CSV$,
  CancelExportTask$,
  CancelExportTaskCommand,
  CancelExportTaskRequest$,
  CancelImportTask$,
  CancelImportTaskCommand,
  CancelImportTaskRequest$,
  CancelImportTaskResponse$,
  CloudWatchLogs,
  CloudWatchLogsClient,
  CloudWatchLogsServiceException,
  CloudWatchLogsServiceException$,
  ConfigurationTemplate$,
  ConfigurationTemplateDeliveryConfigValues$,
  ConflictException,
  ConflictException$,
  CopyValue$,
  CopyValueEntry$,
  CreateDelivery$,
  CreateDeliveryCommand,
  CreateDeliveryRequest$,
  CreateDeliveryResponse$,
  CreateExportTask$,
  CreateExportTaskCommand,
  CreateExportTaskRequest$,
  CreateExportTaskResponse$,
  CreateImportTask$,
  CreateImportTaskCommand,
  CreateImportTaskRequest$,
  CreateImportTaskResponse$,
  CreateLogAnomalyDetector$,
  CreateLogAnomalyDetectorCommand,
  CreateLogAnomalyDetectorRequest$,
  CreateLogAnomalyDetectorResponse$,
  CreateLogGroup$,
  CreateLogGroupCommand,
  CreateLogGroupRequest$,
  CreateLogStream$,
  CreateLogStreamCommand,
  CreateLogStreamRequest$,
  CreateLookupTable$,
  CreateLookupTableCommand,
  CreateLookupTableRequest$,
  CreateLookupTableResponse$,
  CreateScheduledQuery$,
  CreateScheduledQueryCommand,
  CreateScheduledQueryRequest$,
  CreateScheduledQueryResponse$,
  DataAlreadyAcceptedException,
  DataAlreadyAcceptedException$,
  DataProtectionStatus,
  DataSource$,
  DataSourceFilter$,
  DateTimeConverter$,
  DeleteAccountPolicy$,
  DeleteAccountPolicyCommand,
  DeleteAccountPolicyRequest$,
  DeleteAccountPolicyResponse$,
  DeleteDataProtectionPolicy$,
  DeleteDataProtectionPolicyCommand,
  DeleteDataProtectionPolicyRequest$,
  DeleteDelivery$,
  DeleteDeliveryCommand,
  DeleteDeliveryDestination$,
  DeleteDeliveryDestinationCommand,
  DeleteDeliveryDestinationPolicy$,
  DeleteDeliveryDestinationPolicyCommand,
  DeleteDeliveryDestinationPolicyRequest$,
  DeleteDeliveryDestinationRequest$,
  DeleteDeliveryRequest$,
  DeleteDeliverySource$,
  DeleteDeliverySourceCommand,
  DeleteDeliverySourceRequest$,
  DeleteDestination$,
  DeleteDestinationCommand,
  DeleteDestinationRequest$,
  DeleteIndexPolicy$,
  DeleteIndexPolicyCommand,
  DeleteIndexPolicyRequest$,
  DeleteIndexPolicyResponse$,
  DeleteIntegration$,
  DeleteIntegrationCommand,
  DeleteIntegrationRequest$,
  DeleteIntegrationResponse$,
  DeleteKeys$,
  DeleteLogAnomalyDetector$,
  DeleteLogAnomalyDetectorCommand,
  DeleteLogAnomalyDetectorRequest$,
  DeleteLogGroup$,
  DeleteLogGroupCommand,
  DeleteLogGroupRequest$,
  DeleteLogStream$,
  DeleteLogStreamCommand,
  DeleteLogStreamRequest$,
  DeleteLookupTable$,
  DeleteLookupTableCommand,
  DeleteLookupTableRequest$,
  DeleteMetricFilter$,
  DeleteMetricFilterCommand,
  DeleteMetricFilterRequest$,
  DeleteQueryDefinition$,
  DeleteQueryDefinitionCommand,
  DeleteQueryDefinitionRequest$,
  DeleteQueryDefinitionResponse$,
  DeleteResourcePolicy$,
  DeleteResourcePolicyCommand,
  DeleteResourcePolicyRequest$,
  DeleteRetentionPolicy$,
  DeleteRetentionPolicyCommand,
  DeleteRetentionPolicyRequest$,
  DeleteScheduledQuery$,
  DeleteScheduledQueryCommand,
  DeleteScheduledQueryRequest$,
  DeleteScheduledQueryResponse$,
  DeleteSubscriptionFilter$,
  DeleteSubscriptionFilterCommand,
  DeleteSubscriptionFilterRequest$,
  DeleteSyslogConfiguration$,
  DeleteSyslogConfigurationCommand,
  DeleteSyslogConfigurationRequest$,
  DeleteTransformer$,
  DeleteTransformerCommand,
  DeleteTransformerRequest$,
  Delivery$,
  DeliveryDestination$,
  DeliveryDestinationConfiguration$,
  DeliveryDestinationType,
  DeliverySource$,
  DeliverySourceConfigurationSchema$,
  DeliverySourceConfigurationSchemaValueType,
  DeliverySourceStatus,
  DeliverySourceStatusReason,
  DescribeAccountPolicies$,
  DescribeAccountPoliciesCommand,
  DescribeAccountPoliciesRequest$,
  DescribeAccountPoliciesResponse$,
  DescribeConfigurationTemplates$,
  DescribeConfigurationTemplatesCommand,
  DescribeConfigurationTemplatesRequest$,
  DescribeConfigurationTemplatesResponse$,
  DescribeDeliveries$,
  DescribeDeliveriesCommand,
  DescribeDeliveriesRequest$,
  DescribeDeliveriesResponse$,
  DescribeDeliveryDestinations$,
  DescribeDeliveryDestinationsCommand,
  DescribeDeliveryDestinationsRequest$,
  DescribeDeliveryDestinationsResponse$,
  DescribeDeliverySources$,
  DescribeDeliverySourcesCommand,
  DescribeDeliverySourcesRequest$,
  DescribeDeliverySourcesResponse$,
  DescribeDestinations$,
  DescribeDestinationsCommand,
  DescribeDestinationsRequest$,
  DescribeDestinationsResponse$,
  DescribeExportTasks$,
  DescribeExportTasksCommand,
  DescribeExportTasksRequest$,
  DescribeExportTasksResponse$,
  DescribeFieldIndexes$,
  DescribeFieldIndexesCommand,
  DescribeFieldIndexesRequest$,
  DescribeFieldIndexesResponse$,
  DescribeImportTaskBatches$,
  DescribeImportTaskBatchesCommand,
  DescribeImportTaskBatchesRequest$,
  DescribeImportTaskBatchesResponse$,
  DescribeImportTasks$,
  DescribeImportTasksCommand,
  DescribeImportTasksRequest$,
  DescribeImportTasksResponse$,
  DescribeIndexPolicies$,
  DescribeIndexPoliciesCommand,
  DescribeIndexPoliciesRequest$,
  DescribeIndexPoliciesResponse$,
  DescribeLogGroups$,
  DescribeLogGroupsCommand,
  DescribeLogGroupsRequest$,
  DescribeLogGroupsResponse$,
  DescribeLogStreams$,
  DescribeLogStreamsCommand,
  DescribeLogStreamsRequest$,
  DescribeLogStreamsResponse$,
  DescribeLookupTables$,
  DescribeLookupTablesCommand,
  DescribeLookupTablesRequest$,
  DescribeLookupTablesResponse$,
  DescribeMetricFilters$,
  DescribeMetricFiltersCommand,
  DescribeMetricFiltersRequest$,
  DescribeMetricFiltersResponse$,
  DescribeQueries$,
  DescribeQueriesCommand,
  DescribeQueriesRequest$,
  DescribeQueriesResponse$,
  DescribeQueryDefinitions$,
  DescribeQueryDefinitionsCommand,
  DescribeQueryDefinitionsRequest$,
  DescribeQueryDefinitionsResponse$,
  DescribeResourcePolicies$,
  DescribeResourcePoliciesCommand,
  DescribeResourcePoliciesRequest$,
  DescribeResourcePoliciesResponse$,
  DescribeSubscriptionFilters$,
  DescribeSubscriptionFiltersCommand,
  DescribeSubscriptionFiltersRequest$,
  DescribeSubscriptionFiltersResponse$,
  Destination$,
  DestinationConfiguration$,
  DisassociateKmsKey$,
  DisassociateKmsKeyCommand,
  DisassociateKmsKeyRequest$,
  DisassociateSourceFromS3TableIntegration$,
  DisassociateSourceFromS3TableIntegrationCommand,
  DisassociateSourceFromS3TableIntegrationRequest$,
  DisassociateSourceFromS3TableIntegrationResponse$,
  Distribution,
  DryRunResult$,
  Entity$,
  EntityRejectionErrorType,
  EvaluationFrequency,
  EventSource,
  ExecutionStatus,
  ExportTask$,
  ExportTaskExecutionInfo$,
  ExportTaskStatus$,
  ExportTaskStatusCode,
  FieldIndex$,
  FieldsData$,
  FilterLogEvents$,
  FilterLogEventsCommand,
  FilterLogEventsRequest$,
  FilterLogEventsResponse$,
  FilteredLogEvent$,
  FlattenedElement,
  GetDataProtectionPolicy$,
  GetDataProtectionPolicyCommand,
  GetDataProtectionPolicyRequest$,
  GetDataProtectionPolicyResponse$,
  GetDelivery$,
  GetDeliveryCommand,
  GetDeliveryDestination$,
  GetDeliveryDestinationCommand,
  GetDeliveryDestinationPolicy$,
  GetDeliveryDestinationPolicyCommand,
  GetDeliveryDestinationPolicyRequest$,
  GetDeliveryDestinationPolicyResponse$,
  GetDeliveryDestinationRequest$,
  GetDeliveryDestinationResponse$,
  GetDeliveryRequest$,
  GetDeliveryResponse$,
  GetDeliverySource$,
  GetDeliverySourceCommand,
  GetDeliverySourceRequest$,
  GetDeliverySourceResponse$,
  GetIntegration$,
  GetIntegrationCommand,
  GetIntegrationRequest$,
  GetIntegrationResponse$,
  GetLogAnomalyDetector$,
  GetLogAnomalyDetectorCommand,
  GetLogAnomalyDetectorRequest$,
  GetLogAnomalyDetectorResponse$,
  GetLogEvents$,
  GetLogEventsCommand,
  GetLogEventsRequest$,
  GetLogEventsResponse$,
  GetLogFields$,
  GetLogFieldsCommand,
  GetLogFieldsRequest$,
  GetLogFieldsResponse$,
  GetLogGroupFields$,
  GetLogGroupFieldsCommand,
  GetLogGroupFieldsRequest$,
  GetLogGroupFieldsResponse$,
  GetLogObject$,
  GetLogObjectCommand,
  GetLogObjectRequest$,
  GetLogObjectResponse$,
  GetLogObjectResponseStream$,
  GetLogRecord$,
  GetLogRecordCommand,
  GetLogRecordRequest$,
  GetLogRecordResponse$,
  GetLookupTable$,
  GetLookupTableCommand,
  GetLookupTableRequest$,
  GetLookupTableResponse$,
  GetQueryResults$,
  GetQueryResultsCommand,
  GetQueryResultsRequest$,
  GetQueryResultsResponse$,
  GetScheduledQuery$,
  GetScheduledQueryCommand,
  GetScheduledQueryHistory$,
  GetScheduledQueryHistoryCommand,
  GetScheduledQueryHistoryRequest$,
  GetScheduledQueryHistoryResponse$,
  GetScheduledQueryRequest$,
  GetScheduledQueryResponse$,
  GetStorageTierPolicy$,
  GetStorageTierPolicyCommand,
  GetStorageTierPolicyRequest$,
  GetStorageTierPolicyResponse$,
  GetTransformer$,
  GetTransformerCommand,
  GetTransformerRequest$,
  GetTransformerResponse$,
  Grok$,
  GroupingIdentifier$,
  Import$,
  ImportBatch$,
  ImportFilter$,
  ImportStatistics$,
  ImportStatus,
  IndexCategory,
  IndexPolicy$,
  IndexSource,
  IndexType,
  InheritedProperty,
  InputLogEvent$,
  IntegrationDetails$,
  IntegrationStatus,
  IntegrationSummary$,
  IntegrationType,
  InternalServerException,
  InternalServerException$,
  InternalStreamingException,
  InternalStreamingException$,
  InvalidOperationException,
  InvalidOperationException$,
  InvalidParameterException,
  InvalidParameterException$,
  InvalidSequenceTokenException,
  InvalidSequenceTokenException$,
  LimitExceededException,
  LimitExceededException$,
  ListAggregateLogGroupSummaries$,
  ListAggregateLogGroupSummariesCommand,
  ListAggregateLogGroupSummariesGroupBy,
  ListAggregateLogGroupSummariesRequest$,
  ListAggregateLogGroupSummariesResponse$,
  ListAnomalies$,
  ListAnomaliesCommand,
  ListAnomaliesRequest$,
  ListAnomaliesResponse$,
  ListIntegrations$,
  ListIntegrationsCommand,
  ListIntegrationsRequest$,
  ListIntegrationsResponse$,
  ListLogAnomalyDetectors$,
  ListLogAnomalyDetectorsCommand,
  ListLogAnomalyDetectorsRequest$,
  ListLogAnomalyDetectorsResponse$,
  ListLogGroups$,
  ListLogGroupsCommand,
  ListLogGroupsForQuery$,
  ListLogGroupsForQueryCommand,
  ListLogGroupsForQueryRequest$,
  ListLogGroupsForQueryResponse$,
  ListLogGroupsRequest$,
  ListLogGroupsResponse$,
  ListScheduledQueries$,
  ListScheduledQueriesCommand,
  ListScheduledQueriesRequest$,
  ListScheduledQueriesResponse$,
  ListSourcesForS3TableIntegration$,
  ListSourcesForS3TableIntegrationCommand,
  ListSourcesForS3TableIntegrationRequest$,
  ListSourcesForS3TableIntegrationResponse$,
  ListSyslogConfigurations$,
  ListSyslogConfigurationsCommand,
  ListSyslogConfigurationsRequest$,
  ListSyslogConfigurationsResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  ListTagsLogGroup$,
  ListTagsLogGroupCommand,
  ListTagsLogGroupRequest$,
  ListTagsLogGroupResponse$,
  ListToMap$,
  LiveTailSessionLogEvent$,
  LiveTailSessionMetadata$,
  LiveTailSessionStart$,
  LiveTailSessionUpdate$,
  LogEvent$,
  LogFieldType$,
  LogFieldsListItem$,
  LogGroup$,
  LogGroupClass,
  LogGroupField$,
  LogGroupImpact$,
  LogGroupSummary$,
  LogStream$,
  LookupTable$,
  LookupTableConfiguration$,
  LowerCaseString$,
  MalformedQueryException,
  MalformedQueryException$,
  MetricFilter$,
  MetricFilterMatchRecord$,
  MetricTransformation$,
  MoveKeyEntry$,
  MoveKeys$,
  OCSFVersion,
  OpenSearchApplication$,
  OpenSearchCollection$,
  OpenSearchDataAccessPolicy$,
  OpenSearchDataSource$,
  OpenSearchEncryptionPolicy$,
  OpenSearchIntegrationDetails$,
  OpenSearchLifecyclePolicy$,
  OpenSearchNetworkPolicy$,
  OpenSearchResourceConfig$,
  OpenSearchResourceStatus$,
  OpenSearchResourceStatusType,
  OpenSearchWorkspace$,
  OperationAbortedException,
  OperationAbortedException$,
  OrderBy,
  OutputFormat,
  OutputLogEvent$,
  ParseCloudfront$,
  ParseJSON$,
  ParseKeyValue$,
  ParsePostgres$,
  ParseRoute53$,
  ParseToOCSF$,
  ParseVPC$,
  ParseWAF$,
  PatternToken$,
  Policy$,
  PolicyScope,
  PolicyType,
  Processor$,
  PutAccountPolicy$,
  PutAccountPolicyCommand,
  PutAccountPolicyRequest$,
  PutAccountPolicyResponse$,
  PutBearerTokenAuthentication$,
  PutBearerTokenAuthenticationCommand,
  PutBearerTokenAuthenticationRequest$,
  PutDataProtectionPolicy$,
  PutDataProtectionPolicyCommand,
  PutDataProtectionPolicyRequest$,
  PutDataProtectionPolicyResponse$,
  PutDeliveryDestination$,
  PutDeliveryDestinationCommand,
  PutDeliveryDestinationPolicy$,
  PutDeliveryDestinationPolicyCommand,
  PutDeliveryDestinationPolicyRequest$,
  PutDeliveryDestinationPolicyResponse$,
  PutDeliveryDestinationRequest$,
  PutDeliveryDestinationResponse$,
  PutDeliverySource$,
  PutDeliverySourceCommand,
  PutDeliverySourceRequest$,
  PutDeliverySourceResponse$,
  PutDestination$,
  PutDestinationCommand,
  PutDestinationPolicy$,
  PutDestinationPolicyCommand,
  PutDestinationPolicyRequest$,
  PutDestinationRequest$,
  PutDestinationResponse$,
  PutIndexPolicy$,
  PutIndexPolicyCommand,
  PutIndexPolicyRequest$,
  PutIndexPolicyResponse$,
  PutIntegration$,
  PutIntegrationCommand,
  PutIntegrationRequest$,
  PutIntegrationResponse$,
  PutLogEvents$,
  PutLogEventsCommand,
  PutLogEventsRequest$,
  PutLogEventsResponse$,
  PutLogGroupDeletionProtection$,
  PutLogGroupDeletionProtectionCommand,
  PutLogGroupDeletionProtectionRequest$,
  PutMetricFilter$,
  PutMetricFilterCommand,
  PutMetricFilterRequest$,
  PutQueryDefinition$,
  PutQueryDefinitionCommand,
  PutQueryDefinitionRequest$,
  PutQueryDefinitionResponse$,
  PutResourcePolicy$,
  PutResourcePolicyCommand,
  PutResourcePolicyRequest$,
  PutResourcePolicyResponse$,
  PutRetentionPolicy$,
  PutRetentionPolicyCommand,
  PutRetentionPolicyRequest$,
  PutStorageTierPolicy$,
  PutStorageTierPolicyCommand,
  PutStorageTierPolicyRequest$,
  PutStorageTierPolicyResponse$,
  PutSubscriptionFilter$,
  PutSubscriptionFilterCommand,
  PutSubscriptionFilterRequest$,
  PutSyslogConfiguration$,
  PutSyslogConfigurationCommand,
  PutSyslogConfigurationRequest$,
  PutTransformer$,
  PutTransformerCommand,
  PutTransformerRequest$,
  QueryCompileError$,
  QueryCompileErrorLocation$,
  QueryDefinition$,
  QueryInfo$,
  QueryLanguage,
  QueryParameter$,
  QueryStatistics$,
  QueryStatus,
  RecordField$,
  RejectedEntityInfo$,
  RejectedLogEventsInfo$,
  RenameKeyEntry$,
  RenameKeys$,
  ResourceAlreadyExistsException,
  ResourceAlreadyExistsException$,
  ResourceConfig$,
  ResourceNotFoundException,
  ResourceNotFoundException$,
  ResourcePolicy$,
  ResultField$,
  S3Configuration$,
  S3DeliveryConfiguration$,
  S3TableIntegrationSource$,
  S3TableIntegrationSourceStatus,
  S3TablesIntegration$,
  ScheduleType,
  ScheduledQueryDestination$,
  ScheduledQueryDestinationType,
  ScheduledQueryState,
  ScheduledQuerySummary$,
  Scope,
  SearchedLogStream$,
  ServiceQuotaExceededException,
  ServiceQuotaExceededException$,
  ServiceUnavailableException,
  ServiceUnavailableException$,
  SessionStreamingException,
  SessionStreamingException$,
  SessionTimeoutException,
  SessionTimeoutException$,
  SplitString$,
  SplitStringEntry$,
  StandardUnit,
  StartLiveTail$,
  StartLiveTailCommand,
  StartLiveTailRequest$,
  StartLiveTailResponse$,
  StartLiveTailResponseStream$,
  StartQuery$,
  StartQueryCommand,
  StartQueryRequest$,
  StartQueryResponse$,
  State,
  StopQuery$,
  StopQueryCommand,
  StopQueryRequest$,
  StopQueryResponse$,
  StorageTier,
  SubscriptionFilter$,
  SubstituteString$,
  SubstituteStringEntry$,
  SuppressionPeriod$,
  SuppressionState,
  SuppressionType,
  SuppressionUnit,
  SyslogConfiguration$,
  SyslogSourceType,
  TagFilter$,
  TagLogGroup$,
  TagLogGroupCommand,
  TagLogGroupRequest$,
  TagResource$,
  TagResourceCommand,
  TagResourceRequest$,
  TestMetricFilter$,
  TestMetricFilterCommand,
  TestMetricFilterRequest$,
  TestMetricFilterResponse$,
  TestTransformer$,
  TestTransformerCommand,
  TestTransformerRequest$,
  TestTransformerResponse$,
  ThrottlingException,
  ThrottlingException$,
  TooManyTagsException,
  TooManyTagsException$,
  TransformedLogRecord$,
  TriggerHistoryRecord$,
  TrimString$,
  Type,
  TypeConverter$,
  TypeConverterEntry$,
  UnrecognizedClientException,
  UnrecognizedClientException$,
  UntagLogGroup$,
  UntagLogGroupCommand,
  UntagLogGroupRequest$,
  UntagResource$,
  UntagResourceCommand,
  UntagResourceRequest$,
  UpdateAnomaly$,
  UpdateAnomalyCommand,
  UpdateAnomalyRequest$,
  UpdateDeliveryConfiguration$,
  UpdateDeliveryConfigurationCommand,
  UpdateDeliveryConfigurationRequest$,
  UpdateDeliveryConfigurationResponse$,
  UpdateLogAnomalyDetector$,
  UpdateLogAnomalyDetectorCommand,
  UpdateLogAnomalyDetectorRequest$,
  UpdateLookupTable$,
  UpdateLookupTableCommand,
  UpdateLookupTableRequest$,
  UpdateLookupTableResponse$,
  UpdateScheduledQuery$,
  UpdateScheduledQueryCommand,
  UpdateScheduledQueryRequest$,
  UpdateScheduledQueryResponse$,
  UpperCaseString$,
  ValidationException,
  ValidationException$,
  Client as __Client,
  errorTypeRegistries,
  paginateDescribeConfigurationTemplates,
  paginateDescribeDeliveries,
  paginateDescribeDeliveryDestinations,
  paginateDescribeDeliverySources,
  paginateDescribeDestinations,
  paginateDescribeLogGroups,
  paginateDescribeLogStreams,
  paginateDescribeMetricFilters,
  paginateDescribeSubscriptionFilters,
  paginateFilterLogEvents,
  paginateGetLogEvents,
  paginateGetScheduledQueryHistory,
  paginateListAggregateLogGroupSummaries,
  paginateListAnomalies,
  paginateListLogAnomalyDetectors,
  paginateListLogGroupsForQuery,
  paginateListScheduledQueries,
  paginateListSourcesForS3TableIntegration
};
