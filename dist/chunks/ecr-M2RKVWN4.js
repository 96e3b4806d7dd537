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

// node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthSchemeProvider.js
var defaultECRHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "ecr",
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
var defaultECRHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ecr"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ecr/package.json
var package_default = {
  name: "@aws-sdk/client-ecr",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-ecr"
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
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-ecr/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "stringEquals";
var f = "booleanEquals";
var g = "getAttr";
var h = { [m]: "Endpoint" };
var i = { "fn": g, "argv": [{ [m]: d }, "name"] };
var j = { [m]: d };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [i, "aws-eusc"]],
    [e, [i, "aws-iso-f"]],
    [e, [i, "aws-iso-e"]],
    [e, [i, "aws-iso-b"]],
    [e, [i, "aws-iso"]],
    [e, [i, "aws-cn"]],
    [e, [i, "aws-us-gov"]],
    [e, [i, "aws"]],
    [f, [{ [m]: "UseFIPS" }, b]],
    [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
    [f, [{ [m]: "UseDualStack" }, b]],
    [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://api.ecr.{Region}.{PartitionResult#dnsSuffix}", k],
    ["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    ["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    ["https://ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    ["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
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
  23,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  20,
  6,
  4,
  20,
  7,
  5,
  20,
  8,
  6,
  20,
  9,
  7,
  20,
  10,
  8,
  20,
  11,
  9,
  20,
  12,
  10,
  20,
  13,
  11,
  16,
  14,
  13,
  15,
  r + 4,
  14,
  r + 11,
  r + 12,
  12,
  18,
  17,
  13,
  r + 9,
  r + 10,
  13,
  19,
  r + 6,
  14,
  r + 8,
  r + 9,
  11,
  22,
  21,
  13,
  r + 5,
  r + 4,
  13,
  r + 7,
  r + 6,
  11,
  r + 1,
  24,
  13,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-ecr/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-ecr/dist-es/models/ECRServiceException.js
var ECRServiceException = class _ECRServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ECRServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ecr/dist-es/models/errors.js
var InvalidParameterException = class _InvalidParameterException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#InvalidParameterException";
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
var RepositoryNotFoundException = class _RepositoryNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#RepositoryNotFoundException";
  name = "RepositoryNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RepositoryNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RepositoryNotFoundException.prototype);
  }
};
var ServerException = class _ServerException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ServerException";
  name = "ServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LimitExceededException";
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
var UnableToGetUpstreamImageException = class _UnableToGetUpstreamImageException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamImageException";
  name = "UnableToGetUpstreamImageException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnableToGetUpstreamImageException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnableToGetUpstreamImageException.prototype);
  }
};
var ValidationException = class _ValidationException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ValidationException";
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
var EmptyUploadException = class _EmptyUploadException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#EmptyUploadException";
  name = "EmptyUploadException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EmptyUploadException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EmptyUploadException.prototype);
  }
};
var InvalidLayerException = class _InvalidLayerException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#InvalidLayerException";
  name = "InvalidLayerException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLayerException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLayerException.prototype);
  }
};
var KmsException = class _KmsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#KmsException";
  name = "KmsException";
  $fault = "client";
  kmsError;
  constructor(opts) {
    super({
      name: "KmsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsException.prototype);
    this.kmsError = opts.kmsError;
  }
};
var LayerAlreadyExistsException = class _LayerAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LayerAlreadyExistsException";
  name = "LayerAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LayerAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LayerAlreadyExistsException.prototype);
  }
};
var LayerPartTooSmallException = class _LayerPartTooSmallException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LayerPartTooSmallException";
  name = "LayerPartTooSmallException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LayerPartTooSmallException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LayerPartTooSmallException.prototype);
  }
};
var UploadNotFoundException = class _UploadNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UploadNotFoundException";
  name = "UploadNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UploadNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UploadNotFoundException.prototype);
  }
};
var PullThroughCacheRuleAlreadyExistsException = class _PullThroughCacheRuleAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleAlreadyExistsException";
  name = "PullThroughCacheRuleAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PullThroughCacheRuleAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PullThroughCacheRuleAlreadyExistsException.prototype);
  }
};
var SecretNotFoundException = class _SecretNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#SecretNotFoundException";
  name = "SecretNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SecretNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SecretNotFoundException.prototype);
  }
};
var UnableToAccessSecretException = class _UnableToAccessSecretException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnableToAccessSecretException";
  name = "UnableToAccessSecretException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnableToAccessSecretException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnableToAccessSecretException.prototype);
  }
};
var UnableToDecryptSecretValueException = class _UnableToDecryptSecretValueException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnableToDecryptSecretValueException";
  name = "UnableToDecryptSecretValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnableToDecryptSecretValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnableToDecryptSecretValueException.prototype);
  }
};
var UnsupportedUpstreamRegistryException = class _UnsupportedUpstreamRegistryException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnsupportedUpstreamRegistryException";
  name = "UnsupportedUpstreamRegistryException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedUpstreamRegistryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedUpstreamRegistryException.prototype);
  }
};
var InvalidTagParameterException = class _InvalidTagParameterException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#InvalidTagParameterException";
  name = "InvalidTagParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTagParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
  }
};
var RepositoryAlreadyExistsException = class _RepositoryAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#RepositoryAlreadyExistsException";
  name = "RepositoryAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RepositoryAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RepositoryAlreadyExistsException.prototype);
  }
};
var TooManyTagsException = class _TooManyTagsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#TooManyTagsException";
  name = "TooManyTagsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
  }
};
var TemplateAlreadyExistsException = class _TemplateAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#TemplateAlreadyExistsException";
  name = "TemplateAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TemplateAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TemplateAlreadyExistsException.prototype);
  }
};
var LifecyclePolicyNotFoundException = class _LifecyclePolicyNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LifecyclePolicyNotFoundException";
  name = "LifecyclePolicyNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LifecyclePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LifecyclePolicyNotFoundException.prototype);
  }
};
var PullThroughCacheRuleNotFoundException = class _PullThroughCacheRuleNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";
  name = "PullThroughCacheRuleNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PullThroughCacheRuleNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PullThroughCacheRuleNotFoundException.prototype);
  }
};
var RegistryPolicyNotFoundException = class _RegistryPolicyNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#RegistryPolicyNotFoundException";
  name = "RegistryPolicyNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RegistryPolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RegistryPolicyNotFoundException.prototype);
  }
};
var RepositoryNotEmptyException = class _RepositoryNotEmptyException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#RepositoryNotEmptyException";
  name = "RepositoryNotEmptyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RepositoryNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RepositoryNotEmptyException.prototype);
  }
};
var TemplateNotFoundException = class _TemplateNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#TemplateNotFoundException";
  name = "TemplateNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TemplateNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TemplateNotFoundException.prototype);
  }
};
var RepositoryPolicyNotFoundException = class _RepositoryPolicyNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#RepositoryPolicyNotFoundException";
  name = "RepositoryPolicyNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RepositoryPolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RepositoryPolicyNotFoundException.prototype);
  }
};
var SigningConfigurationNotFoundException = class _SigningConfigurationNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#SigningConfigurationNotFoundException";
  name = "SigningConfigurationNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SigningConfigurationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SigningConfigurationNotFoundException.prototype);
  }
};
var ExclusionNotFoundException = class _ExclusionNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ExclusionNotFoundException";
  name = "ExclusionNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExclusionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExclusionNotFoundException.prototype);
  }
};
var ImageNotFoundException = class _ImageNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageNotFoundException";
  name = "ImageNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageNotFoundException.prototype);
  }
};
var ScanNotFoundException = class _ScanNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ScanNotFoundException";
  name = "ScanNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ScanNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ScanNotFoundException.prototype);
  }
};
var ReplicationBackfillNotFoundException = class _ReplicationBackfillNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ReplicationBackfillNotFoundException";
  name = "ReplicationBackfillNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationBackfillNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationBackfillNotFoundException.prototype);
  }
};
var LayerInaccessibleException = class _LayerInaccessibleException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LayerInaccessibleException";
  name = "LayerInaccessibleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LayerInaccessibleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LayerInaccessibleException.prototype);
  }
};
var LayersNotFoundException = class _LayersNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LayersNotFoundException";
  name = "LayersNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LayersNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LayersNotFoundException.prototype);
  }
};
var UnableToGetUpstreamLayerException = class _UnableToGetUpstreamLayerException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamLayerException";
  name = "UnableToGetUpstreamLayerException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnableToGetUpstreamLayerException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnableToGetUpstreamLayerException.prototype);
  }
};
var LifecyclePolicyPreviewNotFoundException = class _LifecyclePolicyPreviewNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";
  name = "LifecyclePolicyPreviewNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LifecyclePolicyPreviewNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LifecyclePolicyPreviewNotFoundException.prototype);
  }
};
var UnableToListUpstreamImageReferrersException = class _UnableToListUpstreamImageReferrersException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnableToListUpstreamImageReferrersException";
  name = "UnableToListUpstreamImageReferrersException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnableToListUpstreamImageReferrersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnableToListUpstreamImageReferrersException.prototype);
  }
};
var ImageAlreadyExistsException = class _ImageAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageAlreadyExistsException";
  name = "ImageAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageAlreadyExistsException.prototype);
  }
};
var ImageDigestDoesNotMatchException = class _ImageDigestDoesNotMatchException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageDigestDoesNotMatchException";
  name = "ImageDigestDoesNotMatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageDigestDoesNotMatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageDigestDoesNotMatchException.prototype);
  }
};
var ImageTagAlreadyExistsException = class _ImageTagAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageTagAlreadyExistsException";
  name = "ImageTagAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageTagAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageTagAlreadyExistsException.prototype);
  }
};
var ReferencedImagesNotFoundException = class _ReferencedImagesNotFoundException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ReferencedImagesNotFoundException";
  name = "ReferencedImagesNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReferencedImagesNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReferencedImagesNotFoundException.prototype);
  }
};
var BlockedByOrganizationPolicyException = class _BlockedByOrganizationPolicyException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#BlockedByOrganizationPolicyException";
  name = "BlockedByOrganizationPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlockedByOrganizationPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlockedByOrganizationPolicyException.prototype);
  }
};
var ExclusionAlreadyExistsException = class _ExclusionAlreadyExistsException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ExclusionAlreadyExistsException";
  name = "ExclusionAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExclusionAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExclusionAlreadyExistsException.prototype);
  }
};
var ImageArchivedException = class _ImageArchivedException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageArchivedException";
  name = "ImageArchivedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageArchivedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageArchivedException.prototype);
  }
};
var UnsupportedImageTypeException = class _UnsupportedImageTypeException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#UnsupportedImageTypeException";
  name = "UnsupportedImageTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedImageTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedImageTypeException.prototype);
  }
};
var LifecyclePolicyPreviewInProgressException = class _LifecyclePolicyPreviewInProgressException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewInProgressException";
  name = "LifecyclePolicyPreviewInProgressException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LifecyclePolicyPreviewInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LifecyclePolicyPreviewInProgressException.prototype);
  }
};
var ReplicationBackfillInProgressException = class _ReplicationBackfillInProgressException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ReplicationBackfillInProgressException";
  name = "ReplicationBackfillInProgressException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationBackfillInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationBackfillInProgressException.prototype);
  }
};
var ReplicationBackfillInvalidStatusException = class _ReplicationBackfillInvalidStatusException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";
  name = "ReplicationBackfillInvalidStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReplicationBackfillInvalidStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationBackfillInvalidStatusException.prototype);
  }
};
var ImageStorageClassUpdateNotSupportedException = class _ImageStorageClassUpdateNotSupportedException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";
  name = "ImageStorageClassUpdateNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ImageStorageClassUpdateNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImageStorageClassUpdateNotSupportedException.prototype);
  }
};
var InvalidLayerPartException = class _InvalidLayerPartException extends ECRServiceException {
  static shapeId = "com.amazonaws.ecr#InvalidLayerPartException";
  name = "InvalidLayerPartException";
  $fault = "client";
  registryId;
  repositoryName;
  uploadId;
  lastValidByteReceived;
  constructor(opts) {
    super({
      name: "InvalidLayerPartException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLayerPartException.prototype);
    this.registryId = opts.registryId;
    this.repositoryName = opts.repositoryName;
    this.uploadId = opts.uploadId;
    this.lastValidByteReceived = opts.lastValidByteReceived;
  }
};

// node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js
var _A = "Attribute";
var _AECID = "AwsEcrContainerImageDetails";
var _AL = "AttributeList";
var _BBOPE = "BlockedByOrganizationPolicyException";
var _BCLAR = "BatchCheckLayerAvailabilityRequest";
var _BGIR = "BatchGetImageRequest";
var _BGRSCR = "BatchGetRepositoryScanningConfigurationRequest";
var _CLUR = "CompleteLayerUploadRequest";
var _CRCTR = "CreateRepositoryCreationTemplateRequest";
var _CS = "CvssScore";
var _CSA = "CvssScoreAdjustment";
var _CSAL = "CvssScoreAdjustmentList";
var _CSD = "CvssScoreDetails";
var _CSL = "CvssScoreList";
var _DI = "DescribeImages";
var _DIF = "DescribeImagesFilter";
var _DIR = "DescribeImagesRequest";
var _DIRe = "DescribeImagesResponse";
var _DPTCRRes = "DescribePullThroughCacheRulesRequest";
var _DRCTRes = "DescribeRepositoryCreationTemplatesRequest";
var _DRRescr = "DescribeRepositoriesRequest";
var _DRRescri = "DescribeRepositoriesResponse";
var _DRes = "DescribeRepositories";
var _EAEE = "ExclusionAlreadyExistsException";
var _EC = "EncryptionConfiguration";
var _ECFRCT = "EncryptionConfigurationForRepositoryCreationTemplate";
var _EISF = "EnhancedImageScanFinding";
var _EISFL = "EnhancedImageScanFindingList";
var _ENFE = "ExclusionNotFoundException";
var _EUE = "EmptyUploadException";
var _GATR = "GetAuthorizationTokenRequest";
var _IAE = "ImageArchivedException";
var _IAEE = "ImageAlreadyExistsException";
var _ID = "ImageDetail";
var _IDDNME = "ImageDigestDoesNotMatchException";
var _IDL = "ImageDetailList";
var _II = "ImageIdentifier";
var _IIL = "ImageIdentifierList";
var _ILE = "InvalidLayerException";
var _ILPE = "InvalidLayerPartException";
var _INFE = "ImageNotFoundException";
var _IPE = "InvalidParameterException";
var _IR = "ImageReferrer";
var _ISC = "ImageScanningConfiguration";
var _ISCUNSE = "ImageStorageClassUpdateNotSupportedException";
var _ISF = "ImageScanFinding";
var _ISFL = "ImageScanFindingList";
var _ISFS = "ImageScanFindingsSummary";
var _ISFm = "ImageScanFindings";
var _ISS = "ImageScanStatus";
var _ITAEE = "ImageTagAlreadyExistsException";
var _ITMEF = "ImageTagMutabilityExclusionFilter";
var _ITMEFm = "ImageTagMutabilityExclusionFilters";
var _ITPE = "InvalidTagParameterException";
var _K = "Key";
var _KE = "KmsException";
var _LAEE = "LayerAlreadyExistsException";
var _LEE = "LimitExceededException";
var _LIE = "LayerInaccessibleException";
var _LIRF = "ListImageReferrersFilter";
var _LNFE = "LayersNotFoundException";
var _LPNFE = "LifecyclePolicyNotFoundException";
var _LPPIPE = "LifecyclePolicyPreviewInProgressException";
var _LPPNFE = "LifecyclePolicyPreviewNotFoundException";
var _LPPR = "LifecyclePolicyPreviewResult";
var _LPRA = "LifecyclePolicyRuleAction";
var _LPTSE = "LayerPartTooSmallException";
var _LPTUERi = "ListPullTimeUpdateExclusionsResponse";
var _PTCRAEE = "PullThroughCacheRuleAlreadyExistsException";
var _PTCRNFE = "PullThroughCacheRuleNotFoundException";
var _PVD = "PackageVulnerabilityDetails";
var _R = "Recommendation";
var _RAEE = "RepositoryAlreadyExistsException";
var _RBIPE = "ReplicationBackfillInProgressException";
var _RBISE = "ReplicationBackfillInvalidStatusException";
var _RBNFE = "ReplicationBackfillNotFoundException";
var _RBP = "ReplicationBackfillProgress";
var _RBR = "ReplicationBackfillResult";
var _RCT = "RepositoryCreationTemplate";
var _RDe = "ResourceDetails";
var _RINFE = "ReferencedImagesNotFoundException";
var _RL = "RepositoryList";
var _RLe = "ResourceList";
var _RNEE = "RepositoryNotEmptyException";
var _RNFE = "RepositoryNotFoundException";
var _RPNFE = "RegistryPolicyNotFoundException";
var _RPNFEe = "RepositoryPolicyNotFoundException";
var _Re = "Remediation";
var _Rep = "Repository";
var _Res = "Resource";
var _SCNFE = "SigningConfigurationNotFoundException";
var _SD = "ScoreDetails";
var _SE = "ServerException";
var _SNFE = "ScanNotFoundException";
var _SNFEe = "SecretNotFoundException";
var _T = "Tag";
var _TAEE = "TemplateAlreadyExistsException";
var _TL = "TagList";
var _TMTE = "TooManyTagsException";
var _TNFE = "TemplateNotFoundException";
var _UITE = "UnsupportedImageTypeException";
var _UNFE = "UploadNotFoundException";
var _URCTR = "UpdateRepositoryCreationTemplateRequest";
var _URR = "UntagResourceRequest";
var _UTASE = "UnableToAccessSecretException";
var _UTDSVE = "UnableToDecryptSecretValueException";
var _UTGUIE = "UnableToGetUpstreamImageException";
var _UTGULE = "UnableToGetUpstreamLayerException";
var _UTLUIRE = "UnableToListUpstreamImageReferrersException";
var _UURE = "UnsupportedUpstreamRegistryException";
var _V = "Value";
var _VE = "ValidationException";
var _VP = "VulnerablePackage";
var _VPL = "VulnerablePackagesList";
var _a = "architecture";
var _aAI = "awsAccountId";
var _aECI = "awsEcrContainerImage";
var _aF = "appliedFor";
var _aMT = "acceptedMediaTypes";
var _aMTr = "artifactMediaType";
var _aRP = "appliedRulePriority";
var _aS = "artifactStatus";
var _aTr = "artifactType";
var _aTrt = "artifactTypes";
var _ac = "action";
var _ad = "adjustments";
var _an = "annotations";
var _ar = "arch";
var _at = "attributes";
var _au = "author";
var _bS = "baseScore";
var _c = "client";
var _cAr = "createdAt";
var _cRA = "customRoleArn";
var _cRC = "completedReplicationCount";
var _cv = "cvss";
var _d = "description";
var _det = "details";
var _di = "digest";
var _e = "error";
var _eAx = "exploitAvailable";
var _eC = "encryptionConfiguration";
var _eF = "enhancedFindings";
var _eRPc = "ecrRepositoryPrefixes";
var _eT = "encryptionType";
var _ep = "epoch";
var _fA = "findingArn";
var _fAi = "fixAvailable";
var _fC = "failureCode";
var _fCa = "failureCodes";
var _fIV = "fixedInVersion";
var _fOA = "firstObservedAt";
var _fP = "filePath";
var _fRC = "failedReplicationCount";
var _fSC = "findingSeverityCounts";
var _fT = "filterType";
var _fi = "filter";
var _fin = "findings";
var _hE = "httpError";
var _iD = "imageDetails";
var _iDm = "imageDigest";
var _iH = "imageHash";
var _iI = "imageIds";
var _iIm = "imageId";
var _iMMT = "imageManifestMediaType";
var _iPA = "imagePushedAt";
var _iS = "imageStatus";
var _iSC = "imageScanningConfiguration";
var _iSCA = "imageScanCompletedAt";
var _iSFS = "imageScanFindingsSummary";
var _iSIB = "imageSizeInBytes";
var _iSS = "imageScanStatus";
var _iT = "imageTags";
var _iTM = "imageTagMutability";
var _iTMEF = "imageTagMutabilityExclusionFilters";
var _iTm = "imageTag";
var _iUC = "inUseCount";
var _id = "id";
var _k = "key";
var _kE = "kmsError";
var _kK = "kmsKey";
var _lAA = "lastArchivedAt";
var _lAAa = "lastActivatedAt";
var _lD = "layerDigests";
var _lIUA = "lastInUseAt";
var _lOA = "lastObservedAt";
var _lP = "lifecyclePolicy";
var _lRPT = "lastRecordedPullTime";
var _lVBR = "lastValidByteReceived";
var _m = "message";
var _mR = "maxResults";
var _mT = "mediaType";
var _me = "metric";
var _n = "name";
var _nT = "nextToken";
var _p = "platform";
var _pA = "pushedAt";
var _pM = "packageManager";
var _pTUE = "pullTimeUpdateExclusions";
var _pVD = "packageVulnerabilityDetails";
var _pr = "prefix";
var _pre = "prefixes";
var _r = "registry";
var _rA = "resourceArn";
var _rAe = "repositoryArn";
var _rI = "registryId";
var _rIe = "registryIds";
var _rN = "repositoryName";
var _rNe = "repositoryNames";
var _rP = "repositoryPolicy";
var _rT = "resourceTags";
var _rU = "referenceUrls";
var _rUe = "repositoryUri";
var _rV = "relatedVulnerabilities";
var _rea = "reason";
var _rec = "recommendation";
var _rel = "release";
var _rem = "remediation";
var _rep = "repositories";
var _reso = "resources";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ecr";
var _sCt = "storageClass";
var _sD = "scoreDetails";
var _sIFC = "subImageFailureCodes";
var _sLH = "sourceLayerHash";
var _sMD = "subjectManifestDigest";
var _sOP = "scanOnPush";
var _sS = "scoreSource";
var _sU = "sourceUrl";
var _sV = "scoringVector";
var _sc = "score";
var _se = "server";
var _sev = "severity";
var _si = "size";
var _so = "source";
var _st = "status";
var _t = "tags";
var _tK = "tagKeys";
var _tRC = "totalReplicationCount";
var _tS = "tagStatus";
var _tSC = "targetStorageClass";
var _te = "text";
var _ti = "title";
var _ty = "type";
var _u = "uri";
var _uA = "updatedAt";
var _uI = "uploadId";
var _ur = "url";
var _v = "value";
var _vCA = "vendorCreatedAt";
var _vI = "vulnerabilityId";
var _vP = "vulnerablePackages";
var _vS = "vendorSeverity";
var _vSUA = "vulnerabilitySourceUpdatedAt";
var _vUA = "vendorUpdatedAt";
var _ve = "version";
var n0 = "com.amazonaws.ecr";
var _s_registry = new TypeRegistry(_s);
var ECRServiceException$ = [-3, _s, "ECRServiceException", 0, [], []];
_s_registry.registerError(ECRServiceException$, ECRServiceException);
var n0_registry = new TypeRegistry(n0);
var BlockedByOrganizationPolicyException$ = [
  -3,
  n0,
  _BBOPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(BlockedByOrganizationPolicyException$, BlockedByOrganizationPolicyException);
var EmptyUploadException$ = [
  -3,
  n0,
  _EUE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(EmptyUploadException$, EmptyUploadException);
var ExclusionAlreadyExistsException$ = [
  -3,
  n0,
  _EAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExclusionAlreadyExistsException$, ExclusionAlreadyExistsException);
var ExclusionNotFoundException$ = [
  -3,
  n0,
  _ENFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExclusionNotFoundException$, ExclusionNotFoundException);
var ImageAlreadyExistsException$ = [
  -3,
  n0,
  _IAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageAlreadyExistsException$, ImageAlreadyExistsException);
var ImageArchivedException$ = [
  -3,
  n0,
  _IAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageArchivedException$, ImageArchivedException);
var ImageDigestDoesNotMatchException$ = [
  -3,
  n0,
  _IDDNME,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageDigestDoesNotMatchException$, ImageDigestDoesNotMatchException);
var ImageNotFoundException$ = [
  -3,
  n0,
  _INFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageNotFoundException$, ImageNotFoundException);
var ImageStorageClassUpdateNotSupportedException$ = [
  -3,
  n0,
  _ISCUNSE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageStorageClassUpdateNotSupportedException$, ImageStorageClassUpdateNotSupportedException);
var ImageTagAlreadyExistsException$ = [
  -3,
  n0,
  _ITAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ImageTagAlreadyExistsException$, ImageTagAlreadyExistsException);
var InvalidLayerException$ = [
  -3,
  n0,
  _ILE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLayerException$, InvalidLayerException);
var InvalidLayerPartException$ = [
  -3,
  n0,
  _ILPE,
  { [_e]: _c },
  [_rI, _rN, _uI, _lVBR, _m],
  [0, 0, 0, 1, 0]
];
n0_registry.registerError(InvalidLayerPartException$, InvalidLayerPartException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidTagParameterException$ = [
  -3,
  n0,
  _ITPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
var KmsException$ = [
  -3,
  n0,
  _KE,
  { [_e]: _c },
  [_m, _kE],
  [0, 0]
];
n0_registry.registerError(KmsException$, KmsException);
var LayerAlreadyExistsException$ = [
  -3,
  n0,
  _LAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LayerAlreadyExistsException$, LayerAlreadyExistsException);
var LayerInaccessibleException$ = [
  -3,
  n0,
  _LIE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LayerInaccessibleException$, LayerInaccessibleException);
var LayerPartTooSmallException$ = [
  -3,
  n0,
  _LPTSE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LayerPartTooSmallException$, LayerPartTooSmallException);
var LayersNotFoundException$ = [
  -3,
  n0,
  _LNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LayersNotFoundException$, LayersNotFoundException);
var LifecyclePolicyNotFoundException$ = [
  -3,
  n0,
  _LPNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LifecyclePolicyNotFoundException$, LifecyclePolicyNotFoundException);
var LifecyclePolicyPreviewInProgressException$ = [
  -3,
  n0,
  _LPPIPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LifecyclePolicyPreviewInProgressException$, LifecyclePolicyPreviewInProgressException);
var LifecyclePolicyPreviewNotFoundException$ = [
  -3,
  n0,
  _LPPNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LifecyclePolicyPreviewNotFoundException$, LifecyclePolicyPreviewNotFoundException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var PullThroughCacheRuleAlreadyExistsException$ = [
  -3,
  n0,
  _PTCRAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(PullThroughCacheRuleAlreadyExistsException$, PullThroughCacheRuleAlreadyExistsException);
var PullThroughCacheRuleNotFoundException$ = [
  -3,
  n0,
  _PTCRNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(PullThroughCacheRuleNotFoundException$, PullThroughCacheRuleNotFoundException);
var ReferencedImagesNotFoundException$ = [
  -3,
  n0,
  _RINFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ReferencedImagesNotFoundException$, ReferencedImagesNotFoundException);
var RegistryPolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RegistryPolicyNotFoundException$, RegistryPolicyNotFoundException);
var ReplicationBackfillInProgressException$ = [
  -3,
  n0,
  _RBIPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationBackfillInProgressException$, ReplicationBackfillInProgressException);
var ReplicationBackfillInvalidStatusException$ = [
  -3,
  n0,
  _RBISE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationBackfillInvalidStatusException$, ReplicationBackfillInvalidStatusException);
var ReplicationBackfillNotFoundException$ = [
  -3,
  n0,
  _RBNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ReplicationBackfillNotFoundException$, ReplicationBackfillNotFoundException);
var RepositoryAlreadyExistsException$ = [
  -3,
  n0,
  _RAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RepositoryAlreadyExistsException$, RepositoryAlreadyExistsException);
var RepositoryNotEmptyException$ = [
  -3,
  n0,
  _RNEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RepositoryNotEmptyException$, RepositoryNotEmptyException);
var RepositoryNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RepositoryNotFoundException$, RepositoryNotFoundException);
var RepositoryPolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFEe,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RepositoryPolicyNotFoundException$, RepositoryPolicyNotFoundException);
var ScanNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ScanNotFoundException$, ScanNotFoundException);
var SecretNotFoundException$ = [
  -3,
  n0,
  _SNFEe,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SecretNotFoundException$, SecretNotFoundException);
var ServerException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se },
  [_m],
  [0]
];
n0_registry.registerError(ServerException$, ServerException);
var SigningConfigurationNotFoundException$ = [
  -3,
  n0,
  _SCNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(SigningConfigurationNotFoundException$, SigningConfigurationNotFoundException);
var TemplateAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TemplateAlreadyExistsException$, TemplateAlreadyExistsException);
var TemplateNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TemplateNotFoundException$, TemplateNotFoundException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var UnableToAccessSecretException$ = [
  -3,
  n0,
  _UTASE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnableToAccessSecretException$, UnableToAccessSecretException);
var UnableToDecryptSecretValueException$ = [
  -3,
  n0,
  _UTDSVE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnableToDecryptSecretValueException$, UnableToDecryptSecretValueException);
var UnableToGetUpstreamImageException$ = [
  -3,
  n0,
  _UTGUIE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnableToGetUpstreamImageException$, UnableToGetUpstreamImageException);
var UnableToGetUpstreamLayerException$ = [
  -3,
  n0,
  _UTGULE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnableToGetUpstreamLayerException$, UnableToGetUpstreamLayerException);
var UnableToListUpstreamImageReferrersException$ = [
  -3,
  n0,
  _UTLUIRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnableToListUpstreamImageReferrersException$, UnableToListUpstreamImageReferrersException);
var UnsupportedImageTypeException$ = [
  -3,
  n0,
  _UITE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedImageTypeException$, UnsupportedImageTypeException);
var UnsupportedUpstreamRegistryException$ = [
  -3,
  n0,
  _UURE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedUpstreamRegistryException$, UnsupportedUpstreamRegistryException);
var UploadNotFoundException$ = [
  -3,
  n0,
  _UNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UploadNotFoundException$, UploadNotFoundException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var Attribute$ = [
  3,
  n0,
  _A,
  0,
  [_k, _v],
  [0, 0],
  1
];
var AwsEcrContainerImageDetails$ = [
  3,
  n0,
  _AECID,
  0,
  [_a, _au, _iH, _iT, _p, _pA, _lIUA, _iUC, _r, _rN],
  [0, 0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
];
var BatchCheckLayerAvailabilityRequest$ = [
  3,
  n0,
  _BCLAR,
  0,
  [_rN, _lD, _rI],
  [0, 64 | 0, 0],
  2
];
var BatchGetImageRequest$ = [
  3,
  n0,
  _BGIR,
  0,
  [_rN, _iI, _rI, _aMT],
  [0, () => ImageIdentifierList, 0, 64 | 0],
  2
];
var BatchGetRepositoryScanningConfigurationRequest$ = [
  3,
  n0,
  _BGRSCR,
  0,
  [_rNe],
  [64 | 0],
  1
];
var CompleteLayerUploadRequest$ = [
  3,
  n0,
  _CLUR,
  0,
  [_rN, _uI, _lD, _rI],
  [0, 0, 64 | 0, 0],
  3
];
var CreateRepositoryCreationTemplateRequest$ = [
  3,
  n0,
  _CRCTR,
  0,
  [_pr, _aF, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _cRA],
  [0, 64 | 0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 0],
  2
];
var CvssScore$ = [
  3,
  n0,
  _CS,
  0,
  [_bS, _sV, _so, _ve],
  [1, 0, 0, 0]
];
var CvssScoreAdjustment$ = [
  3,
  n0,
  _CSA,
  0,
  [_me, _rea],
  [0, 0]
];
var CvssScoreDetails$ = [
  3,
  n0,
  _CSD,
  0,
  [_ad, _sc, _sS, _sV, _ve],
  [() => CvssScoreAdjustmentList, 1, 0, 0, 0]
];
var DescribeImagesFilter$ = [
  3,
  n0,
  _DIF,
  0,
  [_tS, _iS],
  [0, 0]
];
var DescribeImagesRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_rN, _rI, _iI, _nT, _mR, _fi],
  [0, 0, () => ImageIdentifierList, 0, 1, () => DescribeImagesFilter$],
  1
];
var DescribeImagesResponse$ = [
  3,
  n0,
  _DIRe,
  0,
  [_iD, _nT],
  [() => ImageDetailList, 0]
];
var DescribePullThroughCacheRulesRequest$ = [
  3,
  n0,
  _DPTCRRes,
  0,
  [_rI, _eRPc, _nT, _mR],
  [0, 64 | 0, 0, 1]
];
var DescribeRepositoriesRequest$ = [
  3,
  n0,
  _DRRescr,
  0,
  [_rI, _rNe, _nT, _mR],
  [0, 64 | 0, 0, 1]
];
var DescribeRepositoriesResponse$ = [
  3,
  n0,
  _DRRescri,
  0,
  [_rep, _nT],
  [() => RepositoryList, 0]
];
var DescribeRepositoryCreationTemplatesRequest$ = [
  3,
  n0,
  _DRCTRes,
  0,
  [_pre, _nT, _mR],
  [64 | 0, 0, 1]
];
var EncryptionConfiguration$ = [
  3,
  n0,
  _EC,
  0,
  [_eT, _kK],
  [0, 0],
  1
];
var EncryptionConfigurationForRepositoryCreationTemplate$ = [
  3,
  n0,
  _ECFRCT,
  0,
  [_eT, _kK],
  [0, 0],
  1
];
var EnhancedImageScanFinding$ = [
  3,
  n0,
  _EISF,
  0,
  [_aAI, _d, _fA, _fOA, _lOA, _pVD, _rem, _reso, _sc, _sD, _sev, _st, _ti, _ty, _uA, _fAi, _eAx],
  [0, 0, 0, 4, 4, () => PackageVulnerabilityDetails$, () => Remediation$, () => ResourceList, 1, () => ScoreDetails$, 0, 0, 0, 0, 4, 0, 0]
];
var GetAuthorizationTokenRequest$ = [
  3,
  n0,
  _GATR,
  0,
  [_rIe],
  [64 | 0]
];
var ImageDetail$ = [
  3,
  n0,
  _ID,
  0,
  [_rI, _rN, _iDm, _iT, _iSIB, _iPA, _iSS, _iSFS, _iMMT, _aMTr, _lRPT, _sMD, _iS, _lAA, _lAAa],
  [0, 0, 0, 64 | 0, 1, 4, () => ImageScanStatus$, () => ImageScanFindingsSummary$, 0, 0, 4, 0, 0, 4, 4]
];
var ImageIdentifier$ = [
  3,
  n0,
  _II,
  0,
  [_iDm, _iTm],
  [0, 0]
];
var ImageReferrer$ = [
  3,
  n0,
  _IR,
  0,
  [_di, _mT, _si, _aTr, _an, _aS],
  [0, 0, 1, 0, 128 | 0, 0],
  3
];
var ImageScanFinding$ = [
  3,
  n0,
  _ISF,
  0,
  [_n, _d, _u, _sev, _at],
  [0, 0, 0, 0, () => AttributeList]
];
var ImageScanFindings$ = [
  3,
  n0,
  _ISFm,
  0,
  [_iSCA, _vSUA, _fSC, _fin, _eF],
  [4, 4, 128 | 1, () => ImageScanFindingList, () => EnhancedImageScanFindingList]
];
var ImageScanFindingsSummary$ = [
  3,
  n0,
  _ISFS,
  0,
  [_iSCA, _vSUA, _fSC],
  [4, 4, 128 | 1]
];
var ImageScanningConfiguration$ = [
  3,
  n0,
  _ISC,
  0,
  [_sOP],
  [2]
];
var ImageScanStatus$ = [
  3,
  n0,
  _ISS,
  0,
  [_st, _d],
  [0, 0]
];
var ImageTagMutabilityExclusionFilter$ = [
  3,
  n0,
  _ITMEF,
  0,
  [_fT, _fi],
  [0, 0],
  2
];
var LifecyclePolicyPreviewResult$ = [
  3,
  n0,
  _LPPR,
  0,
  [_iT, _iDm, _iPA, _ac, _aRP, _sCt],
  [64 | 0, 0, 4, () => LifecyclePolicyRuleAction$, 1, 0]
];
var LifecyclePolicyRuleAction$ = [
  3,
  n0,
  _LPRA,
  0,
  [_ty, _tSC],
  [0, 0]
];
var ListImageReferrersFilter$ = [
  3,
  n0,
  _LIRF,
  0,
  [_aTrt, _aS],
  [64 | 0, 0]
];
var ListPullTimeUpdateExclusionsResponse$ = [
  3,
  n0,
  _LPTUERi,
  0,
  [_pTUE, _nT],
  [64 | 0, 0]
];
var PackageVulnerabilityDetails$ = [
  3,
  n0,
  _PVD,
  0,
  [_cv, _rU, _rV, _so, _sU, _vCA, _vS, _vUA, _vI, _vP],
  [() => CvssScoreList, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, () => VulnerablePackagesList]
];
var Recommendation$ = [
  3,
  n0,
  _R,
  0,
  [_ur, _te],
  [0, 0]
];
var Remediation$ = [
  3,
  n0,
  _Re,
  0,
  [_rec],
  [() => Recommendation$]
];
var ReplicationBackfillProgress$ = [
  3,
  n0,
  _RBP,
  0,
  [_tRC, _cRC, _fRC, _fCa],
  [1, 1, 1, 64 | 0],
  4
];
var ReplicationBackfillResult$ = [
  3,
  n0,
  _RBR,
  0,
  [_rN, _iIm, _st, _fC, _sIFC],
  [0, () => ImageIdentifier$, 0, 0, 64 | 0],
  3
];
var Repository$ = [
  3,
  n0,
  _Rep,
  0,
  [_rAe, _rI, _rN, _rUe, _cAr, _iTM, _iTMEF, _iSC, _eC],
  [0, 0, 0, 0, 4, 0, () => ImageTagMutabilityExclusionFilters, () => ImageScanningConfiguration$, () => EncryptionConfiguration$]
];
var RepositoryCreationTemplate$ = [
  3,
  n0,
  _RCT,
  0,
  [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA, _cAr, _uA],
  [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0, 4, 4]
];
var Resource$ = [
  3,
  n0,
  _Res,
  0,
  [_det, _id, _t, _ty],
  [() => ResourceDetails$, 0, 128 | 0, 0]
];
var ResourceDetails$ = [
  3,
  n0,
  _RDe,
  0,
  [_aECI],
  [() => AwsEcrContainerImageDetails$]
];
var ScoreDetails$ = [
  3,
  n0,
  _SD,
  0,
  [_cv],
  [() => CvssScoreDetails$]
];
var Tag$ = [
  3,
  n0,
  _T,
  0,
  [_K, _V],
  [0, 0],
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
var UpdateRepositoryCreationTemplateRequest$ = [
  3,
  n0,
  _URCTR,
  0,
  [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA],
  [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0],
  1
];
var VulnerablePackage$ = [
  3,
  n0,
  _VP,
  0,
  [_ar, _ep, _fP, _n, _pM, _rel, _sLH, _ve, _fIV],
  [0, 1, 0, 0, 0, 0, 0, 0, 0]
];
var ArtifactTypeList = 64 | 0;
var AttributeList = [
  1,
  n0,
  _AL,
  0,
  () => Attribute$
];
var BatchedOperationLayerDigestList = 64 | 0;
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
  _CSL,
  0,
  () => CvssScore$
];
var EnhancedImageScanFindingList = [
  1,
  n0,
  _EISFL,
  0,
  () => EnhancedImageScanFinding$
];
var GetAuthorizationTokenRegistryIdList = 64 | 0;
var ImageDetailList = [
  1,
  n0,
  _IDL,
  0,
  () => ImageDetail$
];
var ImageIdentifierList = [
  1,
  n0,
  _IIL,
  0,
  () => ImageIdentifier$
];
var ImageScanFindingList = [
  1,
  n0,
  _ISFL,
  0,
  () => ImageScanFinding$
];
var ImageTagList = 64 | 0;
var ImageTagMutabilityExclusionFilters = [
  1,
  n0,
  _ITMEFm,
  0,
  () => ImageTagMutabilityExclusionFilter$
];
var ImageTagsList = 64 | 0;
var LayerDigestList = 64 | 0;
var MediaTypeList = 64 | 0;
var PrefixList = 64 | 0;
var PullThroughCacheRuleRepositoryPrefixList = 64 | 0;
var PullTimeUpdateExclusionList = 64 | 0;
var RCTAppliedForList = 64 | 0;
var ReferenceUrlsList = 64 | 0;
var RelatedVulnerabilitiesList = 64 | 0;
var ReplicationErrorList = 64 | 0;
var RepositoryList = [
  1,
  n0,
  _RL,
  0,
  () => Repository$
];
var RepositoryNameList = 64 | 0;
var ResourceList = [
  1,
  n0,
  _RLe,
  0,
  () => Resource$
];
var ScanningConfigurationRepositoryNameList = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var VulnerablePackagesList = [
  1,
  n0,
  _VPL,
  0,
  () => VulnerablePackage$
];
var Annotations = 128 | 0;
var FindingSeverityCounts = 128 | 1;
var Tags = 128 | 0;
var DescribeImages$ = [
  9,
  n0,
  _DI,
  0,
  () => DescribeImagesRequest$,
  () => DescribeImagesResponse$
];
var DescribeRepositories$ = [
  9,
  n0,
  _DRes,
  0,
  () => DescribeRepositoriesRequest$,
  () => DescribeRepositoriesResponse$
];

// node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-09-21",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECRHttpAuthSchemeProvider,
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
      defaultNamespace: "com.amazonaws.ecr",
      errorTypeRegistries,
      xmlNamespace: "http://ecr.amazonaws.com/doc/2015-09-21/",
      version: "2015-09-21",
      serviceTarget: "AmazonEC2ContainerRegistry_V20150921"
    },
    serviceId: config?.serviceId ?? "ECR",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-ecr/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-ecr/dist-es/ECRClient.js
var ECRClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultECRHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js
var DescribeImagesCommand = class extends command(_ep0, _mw0, "DescribeImages", DescribeImages$) {
};

// node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js
var DescribeRepositoriesCommand = class extends command(_ep0, _mw0, "DescribeRepositories", DescribeRepositories$) {
};
export {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient
};
