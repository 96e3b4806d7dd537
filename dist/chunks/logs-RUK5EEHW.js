import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-MPQEDZ2V.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-XD2Z7BNE.js";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-KLC2FZF3.js";
import {
  Sha256Node
} from "./chunk-EFG4SW5I.js";
import "./chunk-UP3GJJZX.js";
import {
  NodeHttpHandler
} from "./chunk-VDQZ3A6U.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
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
var _AF = "AllowedFields";
var _AK = "AddKeys";
var _AKE = "AddKeyEntry";
var _AKEd = "AddKeyEntries";
var _CDR = "CreateDeliveryRequest";
var _CE = "ConflictException";
var _CLADR = "CreateLogAnomalyDetectorRequest";
var _CLGR = "CreateLogGroupRequest";
var _CLTR = "CreateLookupTableRequest";
var _CSQR = "CreateScheduledQueryRequest";
var _CSV = "CSV";
var _CT = "ConfigurationTemplate";
var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
var _CV = "CopyValue";
var _CVE = "CopyValueEntry";
var _CVEo = "CopyValueEntries";
var _D = "Delivery";
var _DAAE = "DataAlreadyAcceptedException";
var _DAPRes = "DescribeAccountPoliciesRequest";
var _DC = "DestinationConfiguration";
var _DCTR = "DescribeConfigurationTemplatesRequest";
var _DD = "DeliveryDestination";
var _DDC = "DeliveryDestinationConfiguration";
var _DDDRe = "DescribeDeliveryDestinationsRequest";
var _DDRes = "DescribeDeliveriesRequest";
var _DDSRe = "DescribeDeliverySourcesRequest";
var _DFIR = "DescribeFieldIndexesRequest";
var _DIPRes = "DescribeIndexPoliciesRequest";
var _DITBR = "DescribeImportTaskBatchesRequest";
var _DK = "DeleteKeys";
var _DLGRe = "DescribeLogGroupsRequest";
var _DSCS = "DeliverySourceConfigurationSchema";
var _DSCSe = "DeliverySourceConfigurationSchemas";
var _DSF = "DataSourceFilter";
var _DSFa = "DataSourceFilters";
var _DSe = "DeliverySource";
var _DTC = "DateTimeConverter";
var _E = "Entity";
var _FD = "FieldsData";
var _FLER = "FilterLogEventsRequest";
var _G = "Grok";
var _GLADRe = "GetLogAnomalyDetectorResponse";
var _GLE = "GetLogEvents";
var _GLER = "GetLogEventsRequest";
var _GLERe = "GetLogEventsResponse";
var _GLO = "GetLogObject";
var _GLOR = "GetLogObjectRequest";
var _GLORS = "GetLogObjectResponseStream";
var _GLORe = "GetLogObjectResponse";
var _GLRRe = "GetLogRecordResponse";
var _GSQHR = "GetScheduledQueryHistoryRequest";
var _GSQRe = "GetScheduledQueryResponse";
var _IOE = "InvalidOperationException";
var _IPE = "InvalidParameterException";
var _ISE = "InternalServerException";
var _ISEn = "InternalStreamingException";
var _ISTE = "InvalidSequenceTokenException";
var _LALGSR = "ListAggregateLogGroupSummariesRequest";
var _LCS = "LowerCaseString";
var _LE = "LogEvent";
var _LEE = "LimitExceededException";
var _LG = "LogGroup";
var _LLGFQRi = "ListLogGroupsForQueryResponse";
var _LLGR = "ListLogGroupsRequest";
var _LSo = "LogSamples";
var _LT = "LookupTable";
var _LTC = "LookupTableConfiguration";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTLGRi = "ListTagsLogGroupResponse";
var _LTM = "ListToMap";
var _LTSLE = "LiveTailSessionLogEvent";
var _LTSM = "LiveTailSessionMetadata";
var _LTSR = "LiveTailSessionResults";
var _LTSS = "LiveTailSessionStart";
var _LTSU = "LiveTailSessionUpdate";
var _MF = "MetricFilter";
var _MFMR = "MetricFilterMatchRecord";
var _MK = "MoveKeys";
var _MKE = "MoveKeyEntry";
var _MKEo = "MoveKeyEntries";
var _MQE = "MalformedQueryException";
var _MT = "MetricTransformation";
var _MTe = "MetricTransformations";
var _OAE = "OperationAbortedException";
var _OLE = "OutputLogEvent";
var _OLEu = "OutputLogEvents";
var _OSRC = "OpenSearchResourceConfig";
var _PC = "ParseCloudfront";
var _PDDR = "PutDeliveryDestinationRequest";
var _PDR = "PutDestinationRequest";
var _PDSR = "PutDeliverySourceRequest";
var _PJSON = "ParseJSON";
var _PKV = "ParseKeyValue";
var _PMFR = "PutMetricFilterRequest";
var _PP = "ParsePostgres";
var _PQDR = "PutQueryDefinitionRequest";
var _PR = "ParseRoute53";
var _PSFR = "PutSubscriptionFilterRequest";
var _PT = "PatternToken";
var _PTOCSF = "ParseToOCSF";
var _PTa = "PatternTokens";
var _PVPC = "ParseVPC";
var _PWAF = "ParseWAF";
var _Pr = "Processor";
var _Pro = "Processors";
var _QCE = "QueryCompileError";
var _QCEL = "QueryCompileErrorLocation";
var _QD = "QueryDefinition";
var _QP = "QueryParameter";
var _QPL = "QueryParameterList";
var _RAEE = "ResourceAlreadyExistsException";
var _RF = "RecordField";
var _RK = "RenameKeys";
var _RKE = "RenameKeyEntry";
var _RKEe = "RenameKeyEntries";
var _RNFE = "ResourceNotFoundException";
var _SC = "S3Configuration";
var _SDC = "S3DeliveryConfiguration";
var _SF = "SubscriptionFilter";
var _SLT = "StartLiveTail";
var _SLTR = "StartLiveTailRequest";
var _SLTRS = "StartLiveTailResponseStream";
var _SLTRt = "StartLiveTailResponse";
var _SQEE = "ServiceQuotaExceededException";
var _SQR = "StartQueryRequest";
var _SS = "SplitString";
var _SSE = "SessionStreamingException";
var _SSEp = "SplitStringEntry";
var _SSEpl = "SplitStringEntries";
var _SSEu = "SubstituteStringEntry";
var _SSEub = "SubstituteStringEntries";
var _SSu = "SubstituteString";
var _STE = "SessionTimeoutException";
var _STI = "S3TablesIntegration";
var _SUE = "ServiceUnavailableException";
var _TC = "TypeConverter";
var _TCE = "TypeConverterEntry";
var _TCEy = "TypeConverterEntries";
var _TE = "ThrottlingException";
var _TF = "TagFilter";
var _TFa = "TagFilters";
var _TLGR = "TagLogGroupRequest";
var _TMFR = "TestMetricFilterRequest";
var _TMTE = "TooManyTagsException";
var _TRR = "TagResourceRequest";
var _TS = "TrimString";
var _TTR = "TestTransformerRequest";
var _UCE = "UnrecognizedClientException";
var _UCS = "UpperCaseString";
var _UDCR = "UpdateDeliveryConfigurationRequest";
var _ULGR = "UntagLogGroupRequest";
var _URR = "UntagResourceRequest";
var _USQR = "UpdateScheduledQueryRequest";
var _USQRp = "UpdateScheduledQueryResponse";
var _VE = "ValidationException";
var _a = "active";
var _aA = "applicationArn";
var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
var _aDA = "anomalyDetectorArn";
var _aDS = "anomalyDetectorStatus";
var _aF = "allowedFields";
var _aFD = "allowedFieldDelimiters";
var _aIc = "accountIdentifiers";
var _aIn = "anomalyId";
var _aK = "addKeys";
var _aOF = "allowedOutputFormats";
var _aOTL = "applyOnTransformedLogs";
var _aSPF = "allowedSuffixPathFields";
var _aVT = "anomalyVisibilityTime";
var _ar = "arn";
var _at = "attributes";
var _bIS = "batchImportStatus";
var _bTAE = "bearerTokenAuthenticationEnabled";
var _c = "client";
var _cT = "creationTime";
var _cTS = "creationTimeStamp";
var _cTl = "clientToken";
var _cV = "copyValue";
var _co = "columns";
var _cs = "csv";
var _d = "description";
var _dA = "destinationArn";
var _dC = "destinationConfiguration";
var _dDA = "deliveryDestinationArn";
var _dDC = "deliveryDestinationConfiguration";
var _dDCV = "defaultDeliveryConfigValues";
var _dDT = "deliveryDestinationType";
var _dDTe = "deliveryDestinationTypes";
var _dI = "destinationIdentifier";
var _dK = "deleteKeys";
var _dN = "detectorName";
var _dNa = "datasourceName";
var _dNe = "destinationName";
var _dPE = "deletionProtectionEnabled";
var _dPS = "dataProtectionStatus";
var _dRA = "destinationResourceArn";
var _dSC = "deliverySourceConfiguration";
var _dSN = "deliverySourceName";
var _dSNe = "deliverySourceNames";
var _dSRA = "dataSourceRoleArn";
var _dSa = "dataSources";
var _dT = "datasourceType";
var _dTC = "dateTimeConverter";
var _dTP = "dynamicTokenPosition";
var _dV = "defaultValue";
var _dVP = "dashboardViewerPrincipals";
var _da = "data";
var _del = "delimiter";
var _des = "destination";
var _di = "dimensions";
var _dis = "distribution";
var _e = "error";
var _eCO = "endCharOffset";
var _eF = "evaluationFrequency";
var _eHCP = "enableHiveCompatiblePath";
var _eMv = "eventMessage";
var _eN = "eventNumber";
var _eRA = "executionRoleArn";
var _eS = "executionStatuses";
var _eSF = "emitSystemFields";
var _eSFD = "emitSystemFieldDimensions";
var _eST = "expectedSequenceToken";
var _eSv = "eventSource";
var _eTO = "endTimeOffset";
var _eTn = "endTime";
var _eV = "extractedValues";
var _en = "entries";
var _end = "endpoint";
var _enu = "enumerations";
var _ev = "events";
var _f = "from";
var _fD = "fieldDelimiter";
var _fE = "flattenedElement";
var _fINi = "fieldIndexNames";
var _fN = "filterName";
var _fP = "filterPattern";
var _fS = "firstSeen";
var _fSC = "fieldSelectionCriteria";
var _fSi = "fieldStream";
var _fi = "fields";
var _fl = "flatten";
var _g = "grok";
var _gB = "groupBy";
var _h = "histogram";
var _hE = "httpError";
var _i = "identifier";
var _iC = "indexCategories";
var _iDs = "isDynamic";
var _iI = "importId";
var _iLA = "includeLinkedAccounts";
var _iPLS = "isPatternLevelSuppression";
var _iPn = "inheritedProperties";
var _iT = "ingestionTime";
var _iTN = "inferredTokenName";
var _id = "id";
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
var _lEFP = "logEventFilterPattern";
var _lEM = "logEventMessages";
var _lES = "lastExecutionStatus";
var _lGA = "logGroupArn";
var _lGAL = "logGroupArnList";
var _lGCo = "logGroupClass";
var _lGI = "logGroupIdentifiers";
var _lGIo = "logGroupIdentifier";
var _lGN = "logGroupName";
var _lGNP = "logGroupNamePrefix";
var _lGNPo = "logGroupNamePattern";
var _lGNo = "logGroupNames";
var _lGT = "logGroupTags";
var _lM = "lastModified";
var _lMTS = "lastModifiedTimeStamp";
var _lOP = "logObjectPointer";
var _lR = "logRecord";
var _lS = "lastSeen";
var _lSN = "logStreamName";
var _lSNP = "logStreamNamePrefix";
var _lSNPo = "logStreamNamePrefixes";
var _lSNo = "logStreamNames";
var _lSo = "logSamples";
var _lT = "logType";
var _lTA = "lookupTableArn";
var _lTC = "lookupTableConfiguration";
var _lTM = "listToMap";
var _lTN = "lookupTableName";
var _lTT = "lastTriggeredTime";
var _lTo = "logTypes";
var _lUT = "lastUpdatedTime";
var _li = "limit";
var _lo = "location";
var _m = "message";
var _mFC = "metricFilterCount";
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
var _n = "name";
var _nBT = "nextBackwardToken";
var _nFT = "nextForwardToken";
var _nMV = "nonMatchValue";
var _nT = "nextToken";
var _na = "names";
var _oAI = "ownerAccountId";
var _oF = "outputFormat";
var _oIE = "overwriteIfExists";
var _oV = "ocsfVersion";
var _p = "priority";
var _pC = "parseCloudfront";
var _pI = "patternId";
var _pJSON = "parseJSON";
var _pKV = "parseKeyValue";
var _pN = "policyName";
var _pP = "parsePostgres";
var _pR = "patternRegex";
var _pRa = "parseRoute53";
var _pS = "patternString";
var _pT = "policyType";
var _pTOCSF = "parseToOCSF";
var _pTa = "patternTokens";
var _pVPC = "parseVPC";
var _pWAF = "parseWAF";
var _pa = "parameters";
var _qC = "quoteCharacter";
var _qCE = "queryCompileError";
var _qDI = "queryDefinitionId";
var _qI = "queryId";
var _qL = "queryLanguage";
var _qS = "queryString";
var _rA = "resourceArn";
var _rAe = "resourceArns";
var _rAo = "roleArn";
var _rC = "recordsCount";
var _rD = "retentionDays";
var _rF = "recordFields";
var _rID = "retentionInDays";
var _rIe = "requestId";
var _rK = "renameKeys";
var _rN = "resourceName";
var _rPN = "retentionPolicyName";
var _rSe = "responseStream";
var _rT = "resourceType";
var _rTe = "resourceTypes";
var _rTen = "renameTo";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
var _sB = "sizeBytes";
var _sBt = "storedBytes";
var _sCO = "startCharOffset";
var _sCo = "s3Configuration";
var _sD = "suppressedDate";
var _sDC = "s3DeliveryConfiguration";
var _sE = "scheduleExpression";
var _sET = "scheduleEndTime";
var _sFH = "startFromHead";
var _sI = "sessionId";
var _sM = "sessionMetadata";
var _sP = "suffixPath";
var _sQA = "scheduledQueryArn";
var _sR = "statusReason";
var _sRe = "sessionResults";
var _sST = "scheduleStartTime";
var _sSe = "sessionStart";
var _sSp = "splitString";
var _sSu = "substituteString";
var _sT = "sourceTimezone";
var _sTI = "s3TablesIntegration";
var _sTO = "startTimeOffset";
var _sTc = "scheduleType";
var _sTt = "startTime";
var _sU = "suppressedUntil";
var _sUe = "sessionUpdate";
var _sV = "supportedValues";
var _sa = "sampled";
var _se = "server";
var _ser = "service";
var _so = "source";
var _st = "state";
var _sta = "status";
var _str = "streaming";
var _su = "suppressed";
var _t = "target";
var _tA = "targetArn";
var _tB = "tableBody";
var _tC = "transformerConfig";
var _tCy = "typeConverter";
var _tF = "targetFormat";
var _tFa = "tableFields";
var _tK = "tagKeys";
var _tNa = "tableName";
var _tS = "tokenString";
var _tSr = "trimString";
var _tT = "targetTimezone";
var _ta = "tags";
var _ti = "timezone";
var _tim = "timestamp";
var _to = "to";
var _ty = "type";
var _u = "unmask";
var _uCS = "upperCaseString";
var _un = "unit";
var _v = "value";
var _vK = "valueKey";
var _vT = "valueType";
var _va = "values";
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
var CreateLogAnomalyDetectorRequest$ = [
  3,
  n0,
  _CLADR,
  0,
  [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
  [64 | 0, 0, 0, 0, 0, 1, 128 | 0],
  1
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
var CreateLookupTableRequest$ = [
  3,
  n0,
  _CLTR,
  0,
  [_lTN, _d, _tB, _qI, _kKI, _ta],
  [0, 0, 0, 0, 0, 128 | 0],
  1
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
var CSV$ = [
  3,
  n0,
  _CSV,
  0,
  [_qC, _del, _co, _so, _des],
  [0, 0, 64 | 0, 0, 0]
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
var DeleteKeys$ = [
  3,
  n0,
  _DK,
  0,
  [_wK],
  [64 | 0],
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
var DescribeConfigurationTemplatesRequest$ = [
  3,
  n0,
  _DCTR,
  0,
  [_ser, _lTo, _rTe, _dDTe, _nT, _li],
  [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeDeliveriesRequest$ = [
  3,
  n0,
  _DDRes,
  0,
  [_nT, _li, _dSNe],
  [0, 1, 64 | 0]
];
var DescribeDeliveryDestinationsRequest$ = [
  3,
  n0,
  _DDDRe,
  0,
  [_nT, _li, _na],
  [0, 1, 64 | 0]
];
var DescribeDeliverySourcesRequest$ = [
  3,
  n0,
  _DDSRe,
  0,
  [_nT, _li, _rAe],
  [0, 1, 64 | 0]
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
var DescribeImportTaskBatchesRequest$ = [
  3,
  n0,
  _DITBR,
  0,
  [_iI, _bIS, _li, _nT],
  [0, 64 | 0, 1, 0],
  1
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
var DescribeLogGroupsRequest$ = [
  3,
  n0,
  _DLGRe,
  0,
  [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
  [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
];
var DestinationConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_sCo, _lTC],
  [() => S3Configuration$, () => LookupTableConfiguration$]
];
var Entity$ = [
  3,
  n0,
  _E,
  0,
  [_kA, _at],
  [128 | 0, 128 | 0]
];
var FieldsData$ = [
  3,
  n0,
  _FD,
  0,
  [_da],
  [21]
];
var FilterLogEventsRequest$ = [
  3,
  n0,
  _FLER,
  0,
  [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT, _li, _sFH, _in, _u],
  [0, 0, 64 | 0, 0, 1, 1, 0, 0, 1, 2, 2, 2]
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
var GetLogRecordResponse$ = [
  3,
  n0,
  _GLRRe,
  0,
  [_lR],
  [128 | 0]
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
var GetScheduledQueryResponse$ = [
  3,
  n0,
  _GSQRe,
  0,
  [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
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
var ListAggregateLogGroupSummariesRequest$ = [
  3,
  n0,
  _LALGSR,
  0,
  [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT, _li],
  [0, 64 | 0, 2, 0, 0, () => DataSourceFilters, 0, 1],
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
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_ta],
  [128 | 0]
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
var LogGroup$ = [
  3,
  n0,
  _LG,
  0,
  [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
  [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2, 0]
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
var OpenSearchResourceConfig$ = [
  3,
  n0,
  _OSRC,
  0,
  [_dSRA, _dVP, _rD, _kKA, _aA],
  [0, 64 | 0, 1, 0, 0],
  3
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
var Processor$ = [
  3,
  n0,
  _Pr,
  0,
  [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
  [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
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
var PutDeliverySourceRequest$ = [
  3,
  n0,
  _PDSR,
  0,
  [_n, _rA, _lT, _ta, _dSC],
  [0, 0, 0, 128 | 0, 128 | 0],
  3
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
var PutSubscriptionFilterRequest$ = [
  3,
  n0,
  _PSFR,
  0,
  [_lGN, _fN, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 0, 64 | 0],
  4
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
var QueryParameter$ = [
  3,
  n0,
  _QP,
  0,
  [_n, _dV, _d],
  [0, 0, 0],
  1
];
var RecordField$ = [
  3,
  n0,
  _RF,
  0,
  [_n, _man],
  [0, 2]
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
var S3TablesIntegration$ = [
  3,
  n0,
  _STI,
  0,
  [_dNa, _dT],
  [0, 0]
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
var TestTransformerRequest$ = [
  3,
  n0,
  _TTR,
  0,
  [_tC, _lEM],
  [() => Processors, 64 | 0],
  2
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
var UpdateDeliveryConfigurationRequest$ = [
  3,
  n0,
  _UDCR,
  0,
  [_id, _rF, _fD, _sDC],
  [0, 64 | 0, 0, () => S3DeliveryConfiguration$],
  1
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
var AccountIds = 64 | 0;
var AddKeyEntries = [
  1,
  n0,
  _AKEd,
  0,
  () => AddKeyEntry$
];
var AllowedFieldDelimiters = 64 | 0;
var AllowedFields = [
  1,
  n0,
  _AF,
  0,
  () => RecordField$
];
var Columns = 64 | 0;
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
var DeliveryDestinationNames = 64 | 0;
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
var DescribeFieldIndexesLogGroupIdentifiers = 64 | 0;
var DescribeIndexPoliciesLogGroupIdentifiers = 64 | 0;
var DescribeLogGroupsLogGroupIdentifiers = 64 | 0;
var EmitSystemFields = 64 | 0;
var ExecutionStatusList = 64 | 0;
var FieldIndexNames = 64 | 0;
var FilterResourceArns = 64 | 0;
var ImportStatusList = 64 | 0;
var IndexCategories = 64 | 0;
var InheritedProperties = 64 | 0;
var InputLogStreamNames = 64 | 0;
var LiveTailSessionResults = [
  1,
  n0,
  _LTSR,
  0,
  () => LiveTailSessionLogEvent$
];
var LogGroupArnList = 64 | 0;
var LogGroupIdentifiers = 64 | 0;
var LogGroupNames = 64 | 0;
var LogSamples = [
  1,
  n0,
  _LSo,
  0,
  () => LogEvent$
];
var LogTypes = 64 | 0;
var LowerCaseStringWithKeys = 64 | 0;
var MatchPatterns = 64 | 0;
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
var QueryParameterList = [
  1,
  n0,
  _QPL,
  0,
  () => QueryParameter$
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
var ResourceTypes = 64 | 0;
var ScheduledQueryLogGroupIdentifiers = 64 | 0;
var SplitStringEntries = [
  1,
  n0,
  _SSEpl,
  0,
  () => SplitStringEntry$
];
var StartLiveTailLogGroupIdentifiers = 64 | 0;
var SubstituteStringEntries = [
  1,
  n0,
  _SSEub,
  0,
  () => SubstituteStringEntry$
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
var StartLiveTailResponseStream$ = [
  4,
  n0,
  _SLTRS,
  { [_str]: 1 },
  [_sSe, _sUe, _STE, _SSE],
  [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
];
var GetLogEvents$ = [
  9,
  n0,
  _GLE,
  0,
  () => GetLogEventsRequest$,
  () => GetLogEventsResponse$
];
var GetLogObject$ = [
  9,
  n0,
  _GLO,
  { [_end]: ["stream-"] },
  () => GetLogObjectRequest$,
  () => GetLogObjectResponse$
];
var StartLiveTail$ = [
  9,
  n0,
  _SLT,
  { [_end]: ["stream-"] },
  () => StartLiveTailRequest$,
  () => StartLiveTailResponse$
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
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogEventsCommand.js
var GetLogEventsCommand = class extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
};
export {
  CloudWatchLogsClient,
  GetLogEventsCommand
};
