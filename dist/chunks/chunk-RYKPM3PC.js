import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ServiceException,
  getEndpointPlugin,
  makeBuilder
} from "./chunk-62XFFN6W.js";
import {
  TypeRegistry
} from "./chunk-2DQCQC44.js";

// node_modules/@aws-sdk/client-ssm/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ssm"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ssm/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonSSM", "SSMClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ssm/dist-es/models/SSMServiceException.js
var SSMServiceException = class _SSMServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SSMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var InternalServerError = class _InternalServerError extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InternalServerError";
  name = "InternalServerError";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServerError",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerError.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResourceId = class _InvalidResourceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResourceId";
  name = "InvalidResourceId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceId.prototype);
  }
};
var InvalidResourceType = class _InvalidResourceType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResourceType";
  name = "InvalidResourceType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResourceType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResourceType.prototype);
  }
};
var TooManyTagsError = class _TooManyTagsError extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TooManyTagsError";
  name = "TooManyTagsError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTagsError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsError.prototype);
  }
};
var TooManyUpdates = class _TooManyUpdates extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TooManyUpdates";
  name = "TooManyUpdates";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyUpdates",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyUpdates.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemConflictException = class _OpsItemConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemConflictException";
  name = "OpsItemConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemConflictException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemInvalidParameterException = class _OpsItemInvalidParameterException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemInvalidParameterException";
  name = "OpsItemInvalidParameterException";
  $fault = "client";
  ParameterNames;
  Message;
  constructor(opts) {
    super({
      name: "OpsItemInvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemInvalidParameterException.prototype);
    this.ParameterNames = opts.ParameterNames;
    this.Message = opts.Message;
  }
};
var OpsItemLimitExceededException = class _OpsItemLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemLimitExceededException";
  name = "OpsItemLimitExceededException";
  $fault = "client";
  ResourceTypes;
  Limit;
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "OpsItemLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemLimitExceededException.prototype);
    this.ResourceTypes = opts.ResourceTypes;
    this.Limit = opts.Limit;
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};
var OpsItemNotFoundException = class _OpsItemNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemNotFoundException";
  name = "OpsItemNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemRelatedItemAlreadyExistsException = class _OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";
  name = "OpsItemRelatedItemAlreadyExistsException";
  $fault = "client";
  Message;
  ResourceUri;
  OpsItemId;
  constructor(opts) {
    super({
      name: "OpsItemRelatedItemAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemRelatedItemAlreadyExistsException.prototype);
    this.Message = opts.Message;
    this.ResourceUri = opts.ResourceUri;
    this.OpsItemId = opts.OpsItemId;
  }
};
var DuplicateInstanceId = class _DuplicateInstanceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateInstanceId";
  name = "DuplicateInstanceId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateInstanceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateInstanceId.prototype);
  }
};
var InvalidCommandId = class _InvalidCommandId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidCommandId";
  name = "InvalidCommandId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCommandId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCommandId.prototype);
  }
};
var InvalidInstanceId = class _InvalidInstanceId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstanceId";
  name = "InvalidInstanceId";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInstanceId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceId.prototype);
    this.Message = opts.Message;
  }
};
var DoesNotExistException = class _DoesNotExistException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DoesNotExistException";
  name = "DoesNotExistException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DoesNotExistException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameters = class _InvalidParameters extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidParameters";
  name = "InvalidParameters";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameters",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameters.prototype);
    this.Message = opts.Message;
  }
};
var AssociationAlreadyExists = class _AssociationAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationAlreadyExists";
  name = "AssociationAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociationAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationAlreadyExists.prototype);
  }
};
var AssociationLimitExceeded = class _AssociationLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationLimitExceeded";
  name = "AssociationLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociationLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationLimitExceeded.prototype);
  }
};
var InvalidDocument = class _InvalidDocument extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocument";
  name = "InvalidDocument";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocument",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocument.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentVersion = class _InvalidDocumentVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentVersion";
  name = "InvalidDocumentVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentVersion.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOutputLocation = class _InvalidOutputLocation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOutputLocation";
  name = "InvalidOutputLocation";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOutputLocation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOutputLocation.prototype);
  }
};
var InvalidSchedule = class _InvalidSchedule extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidSchedule";
  name = "InvalidSchedule";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSchedule",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSchedule.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTag = class _InvalidTag extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTag";
  name = "InvalidTag";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTag",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTag.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTarget = class _InvalidTarget extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTarget";
  name = "InvalidTarget";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTarget",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTarget.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTargetMaps = class _InvalidTargetMaps extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTargetMaps";
  name = "InvalidTargetMaps";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTargetMaps",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetMaps.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedPlatformType = class _UnsupportedPlatformType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedPlatformType";
  name = "UnsupportedPlatformType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedPlatformType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedPlatformType.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  ResourceId;
  ResourceType;
  QuotaCode;
  ServiceCode;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
    this.ResourceId = opts.ResourceId;
    this.ResourceType = opts.ResourceType;
    this.QuotaCode = opts.QuotaCode;
    this.ServiceCode = opts.ServiceCode;
  }
};
var DocumentAlreadyExists = class _DocumentAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentAlreadyExists";
  name = "DocumentAlreadyExists";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentAlreadyExists.prototype);
    this.Message = opts.Message;
  }
};
var DocumentLimitExceeded = class _DocumentLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentLimitExceeded";
  name = "DocumentLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentContent = class _InvalidDocumentContent extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentContent";
  name = "InvalidDocumentContent";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentContent",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentContent.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDocumentSchemaVersion = class _InvalidDocumentSchemaVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentSchemaVersion";
  name = "InvalidDocumentSchemaVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentSchemaVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentSchemaVersion.prototype);
    this.Message = opts.Message;
  }
};
var MaxDocumentSizeExceeded = class _MaxDocumentSizeExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#MaxDocumentSizeExceeded";
  name = "MaxDocumentSizeExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaxDocumentSizeExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxDocumentSizeExceeded.prototype);
    this.Message = opts.Message;
  }
};
var NoLongerSupportedException = class _NoLongerSupportedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#NoLongerSupportedException";
  name = "NoLongerSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoLongerSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoLongerSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var IdempotentParameterMismatch = class _IdempotentParameterMismatch extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#IdempotentParameterMismatch";
  name = "IdempotentParameterMismatch";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IdempotentParameterMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentParameterMismatch.prototype);
    this.Message = opts.Message;
  }
};
var ResourceLimitExceededException = class _ResourceLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceLimitExceededException";
  name = "ResourceLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemAccessDeniedException = class _OpsItemAccessDeniedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemAccessDeniedException";
  name = "OpsItemAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var OpsItemAlreadyExistsException = class _OpsItemAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemAlreadyExistsException";
  name = "OpsItemAlreadyExistsException";
  $fault = "client";
  Message;
  OpsItemId;
  constructor(opts) {
    super({
      name: "OpsItemAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemAlreadyExistsException.prototype);
    this.Message = opts.Message;
    this.OpsItemId = opts.OpsItemId;
  }
};
var OpsMetadataAlreadyExistsException = class _OpsMetadataAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataAlreadyExistsException";
  name = "OpsMetadataAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataAlreadyExistsException.prototype);
  }
};
var OpsMetadataInvalidArgumentException = class _OpsMetadataInvalidArgumentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataInvalidArgumentException";
  name = "OpsMetadataInvalidArgumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataInvalidArgumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataInvalidArgumentException.prototype);
  }
};
var OpsMetadataLimitExceededException = class _OpsMetadataLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataLimitExceededException";
  name = "OpsMetadataLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataLimitExceededException.prototype);
  }
};
var OpsMetadataTooManyUpdatesException = class _OpsMetadataTooManyUpdatesException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";
  name = "OpsMetadataTooManyUpdatesException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataTooManyUpdatesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataTooManyUpdatesException.prototype);
  }
};
var ResourceDataSyncAlreadyExistsException = class _ResourceDataSyncAlreadyExistsException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";
  name = "ResourceDataSyncAlreadyExistsException";
  $fault = "client";
  SyncName;
  constructor(opts) {
    super({
      name: "ResourceDataSyncAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncAlreadyExistsException.prototype);
    this.SyncName = opts.SyncName;
  }
};
var ResourceDataSyncCountExceededException = class _ResourceDataSyncCountExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncCountExceededException";
  name = "ResourceDataSyncCountExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncCountExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncCountExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceDataSyncInvalidConfigurationException = class _ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";
  name = "ResourceDataSyncInvalidConfigurationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncInvalidConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncInvalidConfigurationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidActivation = class _InvalidActivation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidActivation";
  name = "InvalidActivation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidActivation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidActivation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidActivationId = class _InvalidActivationId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidActivationId";
  name = "InvalidActivationId";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidActivationId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidActivationId.prototype);
    this.Message = opts.Message;
  }
};
var AssociationDoesNotExist = class _AssociationDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationDoesNotExist";
  name = "AssociationDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AssociatedInstances = class _AssociatedInstances extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociatedInstances";
  name = "AssociatedInstances";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AssociatedInstances",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociatedInstances.prototype);
  }
};
var InvalidDocumentOperation = class _InvalidDocumentOperation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentOperation";
  name = "InvalidDocumentOperation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentOperation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentOperation.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDeleteInventoryParametersException = class _InvalidDeleteInventoryParametersException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDeleteInventoryParametersException";
  name = "InvalidDeleteInventoryParametersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDeleteInventoryParametersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeleteInventoryParametersException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryRequestException = class _InvalidInventoryRequestException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryRequestException";
  name = "InvalidInventoryRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryRequestException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOptionException = class _InvalidOptionException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOptionException";
  name = "InvalidOptionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOptionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOptionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTypeNameException = class _InvalidTypeNameException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidTypeNameException";
  name = "InvalidTypeNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTypeNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTypeNameException.prototype);
    this.Message = opts.Message;
  }
};
var OpsMetadataNotFoundException = class _OpsMetadataNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataNotFoundException";
  name = "OpsMetadataNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataNotFoundException.prototype);
  }
};
var ParameterNotFound = class _ParameterNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterNotFound";
  name = "ParameterNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterNotFound.prototype);
  }
};
var ResourceInUseException = class _ResourceInUseException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceDataSyncNotFoundException = class _ResourceDataSyncNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncNotFoundException";
  name = "ResourceDataSyncNotFoundException";
  $fault = "client";
  SyncName;
  SyncType;
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncNotFoundException.prototype);
    this.SyncName = opts.SyncName;
    this.SyncType = opts.SyncType;
    this.Message = opts.Message;
  }
};
var MalformedResourcePolicyDocumentException = class _MalformedResourcePolicyDocumentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#MalformedResourcePolicyDocumentException";
  name = "MalformedResourcePolicyDocumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MalformedResourcePolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedResourcePolicyDocumentException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyConflictException = class _ResourcePolicyConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyConflictException";
  name = "ResourcePolicyConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyConflictException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyInvalidParameterException = class _ResourcePolicyInvalidParameterException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyInvalidParameterException";
  name = "ResourcePolicyInvalidParameterException";
  $fault = "client";
  ParameterNames;
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyInvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyInvalidParameterException.prototype);
    this.ParameterNames = opts.ParameterNames;
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyNotFoundException";
  name = "ResourcePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TargetInUseException = class _TargetInUseException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TargetInUseException";
  name = "TargetInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetInUseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilter = class _InvalidFilter extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilter";
  name = "InvalidFilter";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidFilter",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilter.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextToken = class _InvalidNextToken extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidNextToken";
  name = "InvalidNextToken";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAssociationVersion = class _InvalidAssociationVersion extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAssociationVersion";
  name = "InvalidAssociationVersion";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAssociationVersion",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAssociationVersion.prototype);
    this.Message = opts.Message;
  }
};
var AssociationExecutionDoesNotExist = class _AssociationExecutionDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationExecutionDoesNotExist";
  name = "AssociationExecutionDoesNotExist";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationExecutionDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationExecutionDoesNotExist.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilterKey = class _InvalidFilterKey extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterKey";
  name = "InvalidFilterKey";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFilterKey",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterKey.prototype);
  }
};
var InvalidFilterValue = class _InvalidFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterValue";
  name = "InvalidFilterValue";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterValue.prototype);
    this.Message = opts.Message;
  }
};
var AutomationExecutionNotFoundException = class _AutomationExecutionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationExecutionNotFoundException";
  name = "AutomationExecutionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationExecutionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationExecutionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPermissionType = class _InvalidPermissionType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPermissionType";
  name = "InvalidPermissionType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidPermissionType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPermissionType.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedOperatingSystem = class _UnsupportedOperatingSystem extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedOperatingSystem";
  name = "UnsupportedOperatingSystem";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperatingSystem",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperatingSystem.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInstanceInformationFilterValue = class _InvalidInstanceInformationFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstanceInformationFilterValue";
  name = "InvalidInstanceInformationFilterValue";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstanceInformationFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceInformationFilterValue.prototype);
  }
};
var InvalidInstancePropertyFilterValue = class _InvalidInstancePropertyFilterValue extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInstancePropertyFilterValue";
  name = "InvalidInstancePropertyFilterValue";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstancePropertyFilterValue",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstancePropertyFilterValue.prototype);
  }
};
var InvalidDeletionIdException = class _InvalidDeletionIdException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDeletionIdException";
  name = "InvalidDeletionIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDeletionIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeletionIdException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidFilterOption = class _InvalidFilterOption extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidFilterOption";
  name = "InvalidFilterOption";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFilterOption",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFilterOption.prototype);
  }
};
var OpsItemRelatedItemAssociationNotFoundException = class _OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";
  name = "OpsItemRelatedItemAssociationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OpsItemRelatedItemAssociationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsItemRelatedItemAssociationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ThrottlingException = class _ThrottlingException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  Message;
  QuotaCode;
  ServiceCode;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.Message = opts.Message;
    this.QuotaCode = opts.QuotaCode;
    this.ServiceCode = opts.ServiceCode;
  }
};
var ValidationException = class _ValidationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ValidationException";
  name = "ValidationException";
  $fault = "client";
  Message;
  ReasonCode;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.Message = opts.Message;
    this.ReasonCode = opts.ReasonCode;
  }
};
var InvalidDocumentType = class _InvalidDocumentType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidDocumentType";
  name = "InvalidDocumentType";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDocumentType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDocumentType.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedCalendarException = class _UnsupportedCalendarException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedCalendarException";
  name = "UnsupportedCalendarException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedCalendarException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedCalendarException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidPluginName = class _InvalidPluginName extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPluginName";
  name = "InvalidPluginName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPluginName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPluginName.prototype);
  }
};
var InvocationDoesNotExist = class _InvocationDoesNotExist extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvocationDoesNotExist";
  name = "InvocationDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvocationDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvocationDoesNotExist.prototype);
  }
};
var UnsupportedFeatureRequiredException = class _UnsupportedFeatureRequiredException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedFeatureRequiredException";
  name = "UnsupportedFeatureRequiredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedFeatureRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedFeatureRequiredException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAggregatorException = class _InvalidAggregatorException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAggregatorException";
  name = "InvalidAggregatorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAggregatorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAggregatorException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryGroupException = class _InvalidInventoryGroupException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryGroupException";
  name = "InvalidInventoryGroupException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryGroupException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryGroupException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidResultAttributeException = class _InvalidResultAttributeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidResultAttributeException";
  name = "InvalidResultAttributeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidResultAttributeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResultAttributeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidKeyId = class _InvalidKeyId extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidKeyId";
  name = "InvalidKeyId";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeyId",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeyId.prototype);
  }
};
var ParameterVersionNotFound = class _ParameterVersionNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterVersionNotFound";
  name = "ParameterVersionNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterVersionNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterVersionNotFound.prototype);
  }
};
var ServiceSettingNotFound = class _ServiceSettingNotFound extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ServiceSettingNotFound";
  name = "ServiceSettingNotFound";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceSettingNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceSettingNotFound.prototype);
    this.Message = opts.Message;
  }
};
var ParameterVersionLabelLimitExceeded = class _ParameterVersionLabelLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";
  name = "ParameterVersionLabelLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterVersionLabelLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterVersionLabelLimitExceeded.prototype);
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedOperationException";
  name = "UnsupportedOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
    this.Message = opts.Message;
  }
};
var DocumentPermissionLimit = class _DocumentPermissionLimit extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentPermissionLimit";
  name = "DocumentPermissionLimit";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentPermissionLimit",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentPermissionLimit.prototype);
    this.Message = opts.Message;
  }
};
var ComplianceTypeCountLimitExceededException = class _ComplianceTypeCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";
  name = "ComplianceTypeCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ComplianceTypeCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ComplianceTypeCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidItemContentException = class _InvalidItemContentException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidItemContentException";
  name = "InvalidItemContentException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "InvalidItemContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidItemContentException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var ItemSizeLimitExceededException = class _ItemSizeLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ItemSizeLimitExceededException";
  name = "ItemSizeLimitExceededException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "ItemSizeLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ItemSizeLimitExceededException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var TotalSizeLimitExceededException = class _TotalSizeLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TotalSizeLimitExceededException";
  name = "TotalSizeLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TotalSizeLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TotalSizeLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var CustomSchemaCountLimitExceededException = class _CustomSchemaCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#CustomSchemaCountLimitExceededException";
  name = "CustomSchemaCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CustomSchemaCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CustomSchemaCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInventoryItemContextException = class _InvalidInventoryItemContextException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidInventoryItemContextException";
  name = "InvalidInventoryItemContextException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInventoryItemContextException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInventoryItemContextException.prototype);
    this.Message = opts.Message;
  }
};
var ItemContentMismatchException = class _ItemContentMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ItemContentMismatchException";
  name = "ItemContentMismatchException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "ItemContentMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ItemContentMismatchException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var SubTypeCountLimitExceededException = class _SubTypeCountLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#SubTypeCountLimitExceededException";
  name = "SubTypeCountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "SubTypeCountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubTypeCountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedInventoryItemContextException = class _UnsupportedInventoryItemContextException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedInventoryItemContextException";
  name = "UnsupportedInventoryItemContextException";
  $fault = "client";
  TypeName;
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedInventoryItemContextException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedInventoryItemContextException.prototype);
    this.TypeName = opts.TypeName;
    this.Message = opts.Message;
  }
};
var UnsupportedInventorySchemaVersionException = class _UnsupportedInventorySchemaVersionException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";
  name = "UnsupportedInventorySchemaVersionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedInventorySchemaVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedInventorySchemaVersionException.prototype);
    this.Message = opts.Message;
  }
};
var HierarchyLevelLimitExceededException = class _HierarchyLevelLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#HierarchyLevelLimitExceededException";
  name = "HierarchyLevelLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HierarchyLevelLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HierarchyLevelLimitExceededException.prototype);
  }
};
var HierarchyTypeMismatchException = class _HierarchyTypeMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#HierarchyTypeMismatchException";
  name = "HierarchyTypeMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "HierarchyTypeMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HierarchyTypeMismatchException.prototype);
  }
};
var IncompatiblePolicyException = class _IncompatiblePolicyException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#IncompatiblePolicyException";
  name = "IncompatiblePolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IncompatiblePolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncompatiblePolicyException.prototype);
  }
};
var InvalidAllowedPatternException = class _InvalidAllowedPatternException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAllowedPatternException";
  name = "InvalidAllowedPatternException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAllowedPatternException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAllowedPatternException.prototype);
  }
};
var InvalidPolicyAttributeException = class _InvalidPolicyAttributeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPolicyAttributeException";
  name = "InvalidPolicyAttributeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPolicyAttributeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPolicyAttributeException.prototype);
  }
};
var InvalidPolicyTypeException = class _InvalidPolicyTypeException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidPolicyTypeException";
  name = "InvalidPolicyTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPolicyTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPolicyTypeException.prototype);
  }
};
var ParameterAlreadyExists = class _ParameterAlreadyExists extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterAlreadyExists";
  name = "ParameterAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterAlreadyExists.prototype);
  }
};
var ParameterLimitExceeded = class _ParameterLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterLimitExceeded";
  name = "ParameterLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterLimitExceeded.prototype);
  }
};
var ParameterMaxVersionLimitExceeded = class _ParameterMaxVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";
  name = "ParameterMaxVersionLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterMaxVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterMaxVersionLimitExceeded.prototype);
  }
};
var ParameterPatternMismatchException = class _ParameterPatternMismatchException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ParameterPatternMismatchException";
  name = "ParameterPatternMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ParameterPatternMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ParameterPatternMismatchException.prototype);
  }
};
var PoliciesLimitExceededException = class _PoliciesLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#PoliciesLimitExceededException";
  name = "PoliciesLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PoliciesLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PoliciesLimitExceededException.prototype);
  }
};
var UnsupportedParameterType = class _UnsupportedParameterType extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#UnsupportedParameterType";
  name = "UnsupportedParameterType";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedParameterType",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedParameterType.prototype);
  }
};
var ResourcePolicyLimitExceededException = class _ResourcePolicyLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourcePolicyLimitExceededException";
  name = "ResourcePolicyLimitExceededException";
  $fault = "client";
  Limit;
  LimitType;
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyLimitExceededException.prototype);
    this.Limit = opts.Limit;
    this.LimitType = opts.LimitType;
    this.Message = opts.Message;
  }
};
var FeatureNotAvailableException = class _FeatureNotAvailableException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#FeatureNotAvailableException";
  name = "FeatureNotAvailableException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "FeatureNotAvailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureNotAvailableException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationStepNotFoundException = class _AutomationStepNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationStepNotFoundException";
  name = "AutomationStepNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationStepNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationStepNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationSignalException = class _InvalidAutomationSignalException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationSignalException";
  name = "InvalidAutomationSignalException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationSignalException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationSignalException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNotificationConfig = class _InvalidNotificationConfig extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidNotificationConfig";
  name = "InvalidNotificationConfig";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNotificationConfig",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNotificationConfig.prototype);
    this.Message = opts.Message;
  }
};
var InvalidOutputFolder = class _InvalidOutputFolder extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidOutputFolder";
  name = "InvalidOutputFolder";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOutputFolder",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOutputFolder.prototype);
  }
};
var InvalidRole = class _InvalidRole extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidRole";
  name = "InvalidRole";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRole",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRole.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAssociation = class _InvalidAssociation extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAssociation";
  name = "InvalidAssociation";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAssociation",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAssociation.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionNotFoundException = class _AutomationDefinitionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotFoundException";
  name = "AutomationDefinitionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionVersionNotFoundException = class _AutomationDefinitionVersionNotFoundException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";
  name = "AutomationDefinitionVersionNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionVersionNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionVersionNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationExecutionLimitExceededException = class _AutomationExecutionLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationExecutionLimitExceededException";
  name = "AutomationExecutionLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationExecutionLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationExecutionLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationExecutionParametersException = class _InvalidAutomationExecutionParametersException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationExecutionParametersException";
  name = "InvalidAutomationExecutionParametersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationExecutionParametersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationExecutionParametersException.prototype);
    this.Message = opts.Message;
  }
};
var AutomationDefinitionNotApprovedException = class _AutomationDefinitionNotApprovedException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotApprovedException";
  name = "AutomationDefinitionNotApprovedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AutomationDefinitionNotApprovedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AutomationDefinitionNotApprovedException.prototype);
    this.Message = opts.Message;
  }
};
var TargetNotConnected = class _TargetNotConnected extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#TargetNotConnected";
  name = "TargetNotConnected";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetNotConnected",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetNotConnected.prototype);
    this.Message = opts.Message;
  }
};
var InvalidAutomationStatusUpdateException = class _InvalidAutomationStatusUpdateException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidAutomationStatusUpdateException";
  name = "InvalidAutomationStatusUpdateException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidAutomationStatusUpdateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutomationStatusUpdateException.prototype);
    this.Message = opts.Message;
  }
};
var AssociationVersionLimitExceeded = class _AssociationVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#AssociationVersionLimitExceeded";
  name = "AssociationVersionLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AssociationVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AssociationVersionLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var InvalidUpdate = class _InvalidUpdate extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#InvalidUpdate";
  name = "InvalidUpdate";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidUpdate",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUpdate.prototype);
    this.Message = opts.Message;
  }
};
var StatusUnchanged = class _StatusUnchanged extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#StatusUnchanged";
  name = "StatusUnchanged";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StatusUnchanged",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StatusUnchanged.prototype);
  }
};
var DocumentVersionLimitExceeded = class _DocumentVersionLimitExceeded extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DocumentVersionLimitExceeded";
  name = "DocumentVersionLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DocumentVersionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DocumentVersionLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateDocumentContent = class _DuplicateDocumentContent extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateDocumentContent";
  name = "DuplicateDocumentContent";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateDocumentContent",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateDocumentContent.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateDocumentVersionName = class _DuplicateDocumentVersionName extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#DuplicateDocumentVersionName";
  name = "DuplicateDocumentVersionName";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateDocumentVersionName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateDocumentVersionName.prototype);
    this.Message = opts.Message;
  }
};
var OpsMetadataKeyLimitExceededException = class _OpsMetadataKeyLimitExceededException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";
  name = "OpsMetadataKeyLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpsMetadataKeyLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpsMetadataKeyLimitExceededException.prototype);
  }
};
var ResourceDataSyncConflictException = class _ResourceDataSyncConflictException extends SSMServiceException {
  static shapeId = "com.amazonaws.ssm#ResourceDataSyncConflictException";
  name = "ResourceDataSyncConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceDataSyncConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceDataSyncConflictException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-ssm/dist-es/schemas/schemas_0.js
var _AA = "AutoApprove";
var _AAD = "ApproveAfterDays";
var _AAE = "AssociationAlreadyExists";
var _AC = "AlarmConfiguration";
var _ACL = "AttachmentContentList";
var _ACt = "AttachmentContent";
var _AD = "AssociationDescription";
var _ADAR = "AssociationDispatchAssumeRole";
var _ADE = "AccessDeniedException";
var _ADL = "AssociationDescriptionList";
var _ADNAE = "AutomationDefinitionNotApprovedException";
var _ADNE = "AssociationDoesNotExist";
var _ADNFE = "AutomationDefinitionNotFoundException";
var _ADVNFE = "AutomationDefinitionVersionNotFoundException";
var _AE = "AssociationExecution";
var _AEDNE = "AssociationExecutionDoesNotExist";
var _AEE = "AlreadyExistsException";
var _AEF = "AssociationExecutionFilter";
var _AEFL = "AssociationExecutionFilterList";
var _AEFu = "AutomationExecutionFilter";
var _AEI = "AutomationExecutionId";
var _AEIu = "AutomationExecutionInputs";
var _AEL = "AssociationExecutionsList";
var _AELEE = "AutomationExecutionLimitExceededException";
var _AEM = "AutomationExecutionMetadata";
var _AENFE = "AutomationExecutionNotFoundException";
var _AEP = "AutomationExecutionPreview";
var _AES = "AutomationExecutionStatus";
var _AET = "AssociationExecutionTarget";
var _AETF = "AssociationExecutionTargetsFilter";
var _AETFL = "AssociationExecutionTargetsFilterList";
var _AETL = "AssociationExecutionTargetsList";
var _AETc = "ActualEndTime";
var _AEu = "AutomationExecution";
var _AF = "AssociationFilter";
var _AFL = "AssociationFilterList";
var _AI = "AssociatedInstances";
var _AIL = "AccountIdList";
var _AILt = "AttachmentInformationList";
var _AIc = "AccountId";
var _AIct = "ActivationId";
var _AId = "AdditionalInfo";
var _AIdv = "AdvisoryIds";
var _AIs = "AssociationId";
var _AIss = "AssociationIds";
var _AIt = "AttachmentInformation";
var _AItt = "AttachmentsInformation";
var _ALE = "AssociationLimitExceeded";
var _ALl = "AlarmList";
var _ALs = "AssociationList";
var _AN = "AssociationName";
var _ANt = "AttributeName";
var _AO = "AssociationOverview";
var _AOACI = "ApplyOnlyAtCronInterval";
var _AOS = "AwsOrganizationsSource";
var _AP = "ApprovedPatches";
var _APCL = "ApprovedPatchesComplianceLevel";
var _APENS = "ApprovedPatchesEnableNonSecurity";
var _APM = "AutomationParameterMap";
var _APl = "AllowedPattern";
var _AR = "ApprovalRules";
var _ARN = "ARN";
var _AS = "AssociationStatus";
var _ASAC = "AssociationStatusAggregatedCount";
var _ASI = "AccountSharingInfo";
var _ASIL = "AccountSharingInfoList";
var _ASILl = "AlarmStateInformationList";
var _ASIl = "AlarmStateInformation";
var _ASNFE = "AutomationStepNotFoundException";
var _AST = "ActualStartTime";
var _ASUCS = "AvailableSecurityUpdatesComplianceStatus";
var _ASt = "AttachmentsSource";
var _ASu = "AutomationSubtype";
var _ATPN = "AutomationTargetParameterName";
var _ATgg = "AggregatorType";
var _ATt = "AtTime";
var _ATu = "AutomationType";
var _ATut = "AutomationTargets";
var _AUD = "ApproveUntilDate";
var _AV = "AssociationVersion";
var _AVI = "AssociationVersionInfo";
var _AVLE = "AssociationVersionLimitExceeded";
var _AVg = "AgentVersion";
var _AVp = "ApprovedVersion";
var _AZ = "AvailabilityZone";
var _Ac = "Action";
var _Acc = "Accounts";
var _Ag = "Aggregators";
var _Agg = "Aggregator";
var _Al = "Alarm";
var _Ala = "Alarms";
var _Ar = "Architecture";
var _Arc = "Arch";
var _Arn = "Arn";
var _As = "Association";
var _Attr = "Attribute";
var _Au = "Author";
var _BI = "BaselineId";
var _BIu = "BugzillaIds";
var _BO = "BaselineOverride";
var _C = "Command";
var _CA = "CurrentAction";
var _CABRE = "CreateAssociationBatchRequestEntry";
var _CABREr = "CreateAssociationBatchRequestEntries";
var _CARre = "CreateAssociationRequest";
var _CC = "CompletedCount";
var _CCF = "CloudConnectorFilter";
var _CCR = "CancelCommandRequest";
var _CCo = "CompliantCount";
var _CCr = "CriticalCount";
var _CD = "CreatedDate";
var _CDh = "ChangeDetails";
var _CE = "ConflictException";
var _CES = "ComplianceExecutionSummary";
var _CEa = "CategoryEnum";
var _CFo = "ComplianceFilter";
var _CH = "ContentHash";
var _CI = "CommandId";
var _CIE = "ComplianceItemEntry";
var _CILo = "ComplianceItemList";
var _CIom = "ComplianceItem";
var _CL = "ComplianceLevel";
var _CN = "CalendarNames";
var _CNo = "ComputerName";
var _CPBR = "CreatePatchBaselineRequest";
var _CRN = "ChangeRequestName";
var _CS = "ComplianceSeverity";
var _CSCLEE = "CustomSchemaCountLimitExceededException";
var _CSF = "ComplianceStringFilter";
var _CSFL = "ComplianceStringFilterList";
var _CSFVL = "ComplianceStringFilterValueList";
var _CSI = "ComplianceSummaryItem";
var _CSIL = "ComplianceSummaryItemList";
var _CSN = "CurrentStepName";
var _CSa = "CancelledSteps";
var _CSo = "CompliantSummary";
var _CT = "CreatedTime";
var _CTCLEE = "ComplianceTypeCountLimitExceededException";
var _CTa = "CaptureTime";
var _CTl = "ClientToken";
var _CTo = "ComplianceType";
var _CU = "ContentUrl";
var _CVEI = "CVEIds";
var _CWLGN = "CloudWatchLogGroupName";
var _CWOC = "CloudWatchOutputConfig";
var _CWOE = "CloudWatchOutputEnabled";
var _Ca = "Category";
var _Cl = "Classification";
var _Co = "Comment";
var _Con = "Configuration";
var _Cont = "Content";
var _Conte = "Context";
var _Cou = "Count";
var _D = "Description";
var _DAE = "DocumentAlreadyExists";
var _DAF = "DescribeActivationsFilter";
var _DD = "DocumentDescription";
var _DDC = "DuplicateDocumentContent";
var _DDVN = "DuplicateDocumentVersionName";
var _DF = "DocumentFormat";
var _DFL = "DocumentFilterList";
var _DFo = "DocumentFilter";
var _DH = "DocumentHash";
var _DHT = "DocumentHashType";
var _DII = "DuplicateInstanceId";
var _DIL = "DocumentIdentifierList";
var _DIPSR = "DescribeInstancePatchStatesRequest";
var _DIo = "DocumentIdentifier";
var _DKVF = "DocumentKeyValuesFilter";
var _DLE = "DocumentLimitExceeded";
var _DN = "DocumentName";
var _DNEE = "DoesNotExistException";
var _DNi = "DisplayName";
var _DP = "DeletedParameters";
var _DPL = "DocumentPermissionLimit";
var _DPLo = "DocumentParameterList";
var _DPPRe = "DescribePatchPropertiesResult";
var _DPRel = "DeleteParametersRequest";
var _DPRele = "DeleteParametersResult";
var _DPo = "DocumentParameter";
var _DRL = "DocumentRequiresList";
var _DRo = "DocumentRequires";
var _DS = "DetailedStatus";
var _DT = "DocumentType";
var _DTOC = "DeliveryTimedOutCount";
var _DTa = "DataType";
var _DV = "DocumentVersion";
var _DVLE = "DocumentVersionLimitExceeded";
var _DVe = "DefaultVersion";
var _DVef = "DefaultValue";
var _Da = "Date";
var _Dat = "Data";
var _De = "Details";
var _Du = "Duration";
var _EA = "ExpiresAfter";
var _EAODS = "EnableAllOpsDataSources";
var _EAx = "ExcludeAccounts";
var _EB = "ExecutedBy";
var _EC = "ErrorCount";
var _EET = "ExecutionEndTime";
var _EI = "ExecutionId";
var _ENS = "EnableNonSecurity";
var _ERN = "ExecutionRoleName";
var _ES = "ExecutionSummary";
var _EST = "ExecutionStartTime";
var _ET = "ExecutionTime";
var _ETn = "EndTime";
var _ETx = "ExecutionType";
var _En = "Entries";
var _Ent = "Entry";
var _Entit = "Entity";
var _Ep = "Epoch";
var _Ex = "Expression";
var _FC = "FailedCount";
var _FCA = "FailedCreateAssociation";
var _FCAE = "FailedCreateAssociationEntry";
var _FCAL = "FailedCreateAssociationList";
var _FD = "FailureDetails";
var _FK = "FilterKey";
var _FM = "FailureMessage";
var _FNAE = "FeatureNotAvailableException";
var _FS = "FailureStage";
var _FSa = "FailedSteps";
var _FT = "FailureType";
var _FV = "FilterValues";
var _FVi = "FilterValue";
var _Fa = "Fault";
var _Fi = "Filters";
var _G = "Groups";
var _GCSR = "GetCalendarStateRequest";
var _GF = "GlobalFilters";
var _GMWERe = "GetMaintenanceWindowExecutionResult";
var _GPBRe = "GetPatchBaselineResult";
var _GPR = "GetParameterRequest";
var _GPRe = "GetParameterResult";
var _GPRet = "GetParametersRequest";
var _GPReta = "GetParametersResult";
var _GPe = "GetParameter";
var _H = "Hash";
var _HC = "HighCount";
var _HLLEE = "HierarchyLevelLimitExceededException";
var _HT = "HashType";
var _HTME = "HierarchyTypeMismatchException";
var _I = "Id";
var _IA = "InvalidActivation";
var _IAAO = "InstanceAggregatedAssociationOverview";
var _IAE = "InvalidAggregatorException";
var _IAEPE = "InvalidAutomationExecutionParametersException";
var _IAI = "InvalidActivationId";
var _IALn = "InventoryAggregatorList";
var _IAOL = "InstanceAssociationOutputLocation";
var _IAPE = "InvalidAllowedPatternException";
var _IASAC = "InstanceAssociationStatusAggregatedCount";
var _IASE = "InvalidAutomationSignalException";
var _IASUE = "InvalidAutomationStatusUpdateException";
var _IAV = "InvalidAssociationVersion";
var _IAn = "InvalidAssociation";
var _IAnv = "InventoryAggregator";
var _ICI = "InvalidCommandId";
var _ICME = "ItemContentMismatchException";
var _ICOU = "IncludeChildOrganizationUnits";
var _ICn = "InformationalCount";
var _ICs = "IsCritical";
var _ID = "InvalidDocument";
var _IDC = "InvalidDocumentContent";
var _IDIE = "InvalidDeletionIdException";
var _IDIPE = "InvalidDeleteInventoryParametersException";
var _IDNE = "InvocationDoesNotExist";
var _IDO = "InvalidDocumentOperation";
var _IDSV = "InvalidDocumentSchemaVersion";
var _IDT = "InvalidDocumentType";
var _IDV = "InvalidDocumentVersion";
var _IE = "IsEnd";
var _IF = "InvalidFilter";
var _IFK = "InvalidFilterKey";
var _IFL = "InventoryFilterList";
var _IFO = "InvalidFilterOption";
var _IFR = "IncludeFutureRegions";
var _IFV = "InvalidFilterValue";
var _IFVL = "InventoryFilterValueList";
var _IFn = "InventoryFilter";
var _IG = "InventoryGroup";
var _IGL = "InventoryGroupList";
var _II = "InstanceId";
var _IIA = "InventoryItemAttribute";
var _IIAL = "InventoryItemAttributeList";
var _IICE = "InvalidItemContentException";
var _IIEL = "InventoryItemEntryList";
var _IIF = "InstanceInformationFilter";
var _IIFL = "InstanceInformationFilterList";
var _IIFV = "InstanceInformationFilterValue";
var _IIFVS = "InstanceInformationFilterValueSet";
var _IIGE = "InvalidInventoryGroupException";
var _III = "InvalidInstanceId";
var _IIICE = "InvalidInventoryItemContextException";
var _IIIFV = "InvalidInstanceInformationFilterValue";
var _IIL = "InstanceInformationList";
var _IILn = "InventoryItemList";
var _IIPFV = "InvalidInstancePropertyFilterValue";
var _IIRE = "InvalidInventoryRequestException";
var _IISF = "InstanceInformationStringFilter";
var _IISFL = "InstanceInformationStringFilterList";
var _IIn = "InstanceIds";
var _IInst = "InstanceInformation";
var _IInve = "InventoryItem";
var _IKI = "InvalidKeyId";
var _IL = "InvalidLabels";
var _ILV = "IsLatestVersion";
var _INC = "InvalidNotificationConfig";
var _INT = "InvalidNextToken";
var _IOE = "InvalidOptionException";
var _IOF = "InvalidOutputFolder";
var _IOL = "InvalidOutputLocation";
var _IP = "InvalidParameters";
var _IPA = "IPAddress";
var _IPAE = "InvalidPolicyAttributeException";
var _IPAF = "IgnorePollAlarmFailure";
var _IPE = "IncompatiblePolicyException";
var _IPF = "InstancePropertyFilter";
var _IPFL = "InstancePropertyFilterList";
var _IPFV = "InstancePropertyFilterValue";
var _IPFVS = "InstancePropertyFilterValueSet";
var _IPM = "IdempotentParameterMismatch";
var _IPN = "InvalidPluginName";
var _IPSF = "InstancePatchStateFilter";
var _IPSFLn = "InstancePropertyStringFilterList";
var _IPSFn = "InstancePropertyStringFilter";
var _IPT = "InvalidPermissionType";
var _IPTE = "InvalidPolicyTypeException";
var _IPn = "InstanceProperties";
var _IPns = "InstanceProperty";
var _IR = "InvalidRole";
var _IRAE = "InvalidResultAttributeException";
var _IRE = "InventoryResultEntity";
var _IREL = "InventoryResultEntityList";
var _IRI = "InvalidResourceId";
var _IRIM = "InventoryResultItemMap";
var _IRIn = "InventoryResultItem";
var _IRT = "InvalidResourceType";
var _IRa = "IamRole";
var _IRn = "InstanceRole";
var _IS = "InvalidSchedule";
var _ISE = "InternalServerError";
var _ISLEE = "ItemSizeLimitExceededException";
var _ISns = "InstanceState";
var _IT = "InvalidTag";
var _ITM = "InvalidTargetMaps";
var _ITNE = "InvalidTypeNameException";
var _ITn = "InvalidTarget";
var _ITns = "InstanceType";
var _IU = "InvalidUpdate";
var _IV = "IteratorValue";
var _Inpu = "Inputs";
var _It = "Iteration";
var _Item = "Item";
var _K = "Key";
var _KI = "KeyId";
var _KN = "KeyName";
var _KNb = "KbNumber";
var _KTD = "KeysToDelete";
var _L = "Limit";
var _LAED = "LastAssociationExecutionDate";
var _LC = "LowCount";
var _LCIRis = "ListComplianceItemsRequest";
var _LED = "LastExecutionDate";
var _LF = "LogFile";
var _LIERi = "ListInventoryEntriesResult";
var _LMD = "LastModifiedDate";
var _LMU = "LastModifiedUser";
var _LNSRi = "ListNodesSummaryResult";
var _LPDT = "LastPingDateTime";
var _LPVR = "LabelParameterVersionRequest";
var _LPVRa = "LabelParameterVersionResult";
var _LSAED = "LastSuccessfulAssociationExecutionDate";
var _LSED = "LastSuccessfulExecutionDate";
var _LT = "LimitType";
var _LTa = "LaunchTime";
var _LUAD = "LastUpdateAssociationDate";
var _LV = "LatestVersion";
var _La = "Labels";
var _Lan = "Language";
var _M = "Message";
var _MA = "MaxAttempts";
var _MC = "MaxConcurrency";
var _MCe = "MediumCount";
var _MD = "ModifiedDate";
var _MDSE = "MaxDocumentSizeExceeded";
var _ME = "MaxErrors";
var _MM = "MetadataMap";
var _MN = "MsrcNumber";
var _MR = "MaxResults";
var _MRPDE = "MalformedResourcePolicyDocumentException";
var _MSs = "MsrcSeverity";
var _MTU = "MetadataToUpdate";
var _MV = "MetadataValue";
var _MWAP = "MaintenanceWindowAutomationParameters";
var _MWF = "MaintenanceWindowFilter";
var _Mo = "Mode";
var _N = "Name";
var _NA = "NodeAggregator";
var _NAL = "NodeAggregatorList";
var _NAo = "NotificationArn";
var _NC = "NotificationConfig";
var _NCC = "NonCompliantCount";
var _NCS = "NonCompliantSummary";
var _NE = "NotificationEvents";
var _NF = "NodeFilter";
var _NFL = "NodeFilterList";
var _NFVL = "NodeFilterValueList";
var _NLSE = "NoLongerSupportedException";
var _NS = "NextStep";
var _NSL = "NodeSummaryList";
var _NT = "NextToken";
var _NTot = "NotificationType";
var _Na = "Names";
var _No = "Notifications";
var _O = "Overview";
var _OA = "OpsAggregator";
var _OAL = "OpsAggregatorList";
var _OD = "OperationalData";
var _ODTD = "OperationalDataToDelete";
var _OE = "OpsEntity";
var _OEI = "OpsEntityItem";
var _OEIEL = "OpsEntityItemEntryList";
var _OEIM = "OpsEntityItemMap";
var _OEL = "OpsEntityList";
var _OF = "OpsFilter";
var _OFL = "OpsFilterList";
var _OFVL = "OpsFilterValueList";
var _OFn = "OnFailure";
var _OIA = "OpsItemArn";
var _OIADE = "OpsItemAccessDeniedException";
var _OIAEE = "OpsItemAlreadyExistsException";
var _OICE = "OpsItemConflictException";
var _OIDV = "OpsItemDataValue";
var _OIEF = "OpsItemEventFilter";
var _OIFp = "OpsItemFilter";
var _OII = "OpsItemId";
var _OIIPE = "OpsItemInvalidParameterException";
var _OILEE = "OpsItemLimitExceededException";
var _OIN = "OpsItemNotification";
var _OINFE = "OpsItemNotFoundException";
var _OINp = "OpsItemNotifications";
var _OIOD = "OpsItemOperationalData";
var _OIRIAEE = "OpsItemRelatedItemAlreadyExistsException";
var _OIRIANFE = "OpsItemRelatedItemAssociationNotFoundException";
var _OIRIF = "OpsItemRelatedItemsFilter";
var _OL = "OutputLocation";
var _OMA = "OpsMetadataArn";
var _OMAEE = "OpsMetadataAlreadyExistsException";
var _OMF = "OpsMetadataFilter";
var _OMIAE = "OpsMetadataInvalidArgumentException";
var _OMKLEE = "OpsMetadataKeyLimitExceededException";
var _OMLEE = "OpsMetadataLimitExceededException";
var _OMNFE = "OpsMetadataNotFoundException";
var _OMTMUE = "OpsMetadataTooManyUpdatesException";
var _OP = "OverriddenParameters";
var _ORA = "OpsResultAttribute";
var _ORAL = "OpsResultAttributeList";
var _OS = "OutputSource";
var _OSBN = "OutputS3BucketName";
var _OSI = "OutputSourceId";
var _OSKP = "OutputS3KeyPrefix";
var _OSR = "OutputS3Region";
var _OSTr = "OrganizationSourceType";
var _OSTu = "OutputSourceType";
var _OSp = "OperatingSystem";
var _OSv = "OverallSeverity";
var _OUI = "OrganizationalUnitId";
var _OUr = "OrganizationalUnits";
var _Ope = "Operator";
var _Opt = "Option";
var _Ou = "Outputs";
var _Ow = "Owner";
var _P = "Parameters";
var _PAE = "ParameterAlreadyExists";
var _PAEI = "ParentAutomationExecutionId";
var _PC = "ProgressCounters";
var _PET = "PlannedEndTime";
var _PFG = "PatchFilterGroup";
var _PFLa = "PatchFilterList";
var _PFa = "ParametersFilter";
var _PFat = "PatchFilter";
var _PFatc = "PatchFilters";
var _PFr = "ProductFamily";
var _PGa = "PatchGroups";
var _PHa = "ParameterHistory";
var _PIP = "ParameterInlinePolicy";
var _PL = "ParameterList";
var _PLE = "ParameterLimitExceeded";
var _PLEE = "PoliciesLimitExceededException";
var _PMVLE = "ParameterMaxVersionLimitExceeded";
var _PN = "ParameterNames";
var _PNF = "ParameterNotFound";
var _PNla = "PlatformName";
var _POF = "PatchOrchestratorFilter";
var _PPL = "PatchPropertiesList";
var _PPLa = "ParameterPolicyList";
var _PPME = "ParameterPatternMismatchException";
var _PR = "PatchRule";
var _PRG = "PatchRuleGroup";
var _PRL = "PatchRuleList";
var _PRV = "PendingReviewVersion";
var _PRa = "PatchRules";
var _PSC = "PatchSourceConfiguration";
var _PSD = "ParentStepDetails";
var _PSF = "ParameterStringFilter";
var _PSL = "PatchSourceList";
var _PSPV = "PSParameterValue";
var _PST = "PlannedStartTime";
var _PSat = "PatchSource";
var _PSi = "PingStatus";
var _PSo = "PolicyStatus";
var _PTL = "PlatformTypeList";
var _PTl = "PlatformTypes";
var _PTla = "PlatformType";
var _PTo = "PolicyText";
var _PTol = "PolicyType";
var _PV = "PlatformVersion";
var _PVLLE = "ParameterVersionLabelLimitExceeded";
var _PVNF = "ParameterVersionNotFound";
var _PVa = "ParameterVersion";
var _PVar = "ParameterValues";
var _Par = "Parameter";
var _Pat = "Patch";
var _Pay = "Payload";
var _Po = "Policies";
var _Pri = "Priority";
var _Prod = "Product";
var _Produ = "Products";
var _Prop = "Properties";
var _QC = "QuotaCode";
var _R = "Runbooks";
var _RAL = "ResultAttributeList";
var _RAesu = "ResultAttribute";
var _RC = "ReasonCode";
var _RCBS = "ResourceCountByStatus";
var _RCSIL = "ResourceComplianceSummaryItemList";
var _RCSIe = "ResourceComplianceSummaryItem";
var _RCes = "ResponseCode";
var _RD = "RegistrationDate";
var _RDSAEE = "ResourceDataSyncAlreadyExistsException";
var _RDSAOS = "ResourceDataSyncAwsOrganizationsSource";
var _RDSCE = "ResourceDataSyncConflictException";
var _RDSCEE = "ResourceDataSyncCountExceededException";
var _RDSICE = "ResourceDataSyncInvalidConfigurationException";
var _RDSNFE = "ResourceDataSyncNotFoundException";
var _RDSOU = "ResourceDataSyncOrganizationalUnit";
var _RDSOUL = "ResourceDataSyncOrganizationalUnitList";
var _RDSS = "ResourceDataSyncSource";
var _RDSSWS = "ResourceDataSyncSourceWithState";
var _RDT = "RequestedDateTime";
var _RDe = "ReleaseDate";
var _RI = "ResourceId";
var _RIL = "ReviewInformationList";
var _RIUE = "ResourceInUseException";
var _RIe = "ReviewInformation";
var _RIes = "ResourceIds";
var _RLEE = "ResourceLimitExceededException";
var _RLe = "RemovedLabels";
var _RNFE = "ResourceNotFoundException";
var _ROI = "RelatedOpsItems";
var _ROIe = "RelatedOpsItem";
var _RP = "RejectedPatches";
var _RPA = "RejectedPatchesAction";
var _RPCE = "ResourcePolicyConflictException";
var _RPIPE = "ResourcePolicyInvalidParameterException";
var _RPLEE = "ResourcePolicyLimitExceededException";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RS = "ReviewStatus";
var _RT = "ResourceTypes";
var _RTFRR = "RemoveTagsFromResourceRequest";
var _RTe = "ResourceType";
var _RTeq = "RequireType";
var _RTes = "ResolvedTargets";
var _RTev = "ReviewedTime";
var _RU = "ResourceUri";
var _Re = "Regions";
var _Rea = "Reason";
var _Rel = "Release";
var _Rep = "Repository";
var _Repl = "Replace";
var _Req = "Requires";
var _Res = "Response";
var _Rev = "Reviewer";
var _Ru = "Runbook";
var _S = "State";
var _SAER = "StartAutomationExecutionRequest";
var _SAOR = "StartAssociationsOnceRequest";
var _SASR = "SendAutomationSignalRequest";
var _SC = "ServiceCode";
var _SCR = "SendCommandRequest";
var _SCRER = "StartChangeRequestExecutionRequest";
var _SCt = "StartedCount";
var _SCu = "SuccessfulCount";
var _SCy = "SyncCompliance";
var _SD = "StatusDetails";
var _SDV = "SharedDocumentVersion";
var _SE = "ScheduleExpression";
var _SEF = "StepExecutionFilter";
var _SEI = "StepExecutionId";
var _SEL = "StepExecutionList";
var _SET = "StepExecutionsTruncated";
var _SETc = "ScheduledEndTime";
var _SEt = "StepExecutions";
var _SEte = "StepExecution";
var _SI = "StatusInformation";
var _SIo = "SourceId";
var _SL = "S3Location";
var _SLo = "SourceLocation";
var _SMP = "SessionManagerParameters";
var _SN = "SyncName";
var _SNt = "StepName";
var _SO = "ScheduleOffset";
var _SOL = "S3OutputLocation";
var _SP = "StepPreviews";
var _SQEE = "ServiceQuotaExceededException";
var _SR = "ServiceRole";
var _SRA = "ServiceRoleArn";
var _SRo = "SourceResult";
var _SRou = "SourceRegions";
var _SS = "SeveritySummary";
var _SSNF = "ServiceSettingNotFound";
var _SSR = "StartSessionRequest";
var _SSt = "StepStatus";
var _SSu = "SuccessSteps";
var _ST = "SyncType";
var _STCLEE = "SubTypeCountLimitExceededException";
var _STc = "ScheduledTime";
var _STi = "SignalType";
var _STo = "SourceType";
var _STt = "StartTime";
var _SU = "StatusUnchanged";
var _SV = "SchemaVersion";
var _Se = "Severity";
var _Sel = "Selector";
var _Sha = "Sha1";
var _Si = "Size";
var _So = "Sources";
var _St = "Status";
var _Sum = "Summary";
var _T = "Tags";
var _TA = "TriggeredAlarms";
var _TAo = "TotalAccounts";
var _TC = "TargetCount";
var _TCo = "TotalCount";
var _TE = "ThrottlingException";
var _TIUE = "TargetInUseException";
var _TIas = "TaskIds";
var _TK = "TagKeys";
var _TL = "TargetLocations";
var _TLAC = "TargetLocationAlarmConfiguration";
var _TLMC = "TargetLocationMaxConcurrency";
var _TLME = "TargetLocationMaxErrors";
var _TLURL = "TargetLocationsURL";
var _TLa = "TagList";
var _TLar = "TargetLocation";
var _TM = "TargetMaps";
var _TMC = "TargetsMaxConcurrency";
var _TME = "TargetsMaxErrors";
var _TMTE = "TooManyTagsError";
var _TMU = "TooManyUpdates";
var _TMa = "TargetMap";
var _TN = "TypeName";
var _TNC = "TargetNotConnected";
var _TOS = "TimedOutSteps";
var _TP = "TargetPreviews";
var _TPL = "TargetPreviewList";
var _TPN = "TargetParameterName";
var _TPar = "TargetPreview";
var _TS = "TargetsSummary";
var _TSLEE = "TotalSizeLimitExceededException";
var _TSi = "TimeoutSeconds";
var _TSo = "TotalSteps";
var _TT = "TargetType";
var _Ta = "Targets";
var _Tag = "Tag";
var _Tar = "Target";
var _Ti = "Title";
var _Tie = "Tier";
var _Tr = "Truncated";
var _Ty = "Type";
var _U = "Url";
var _UAR = "UpdateAssociationRequest";
var _UC = "UnspecifiedCount";
var _UCE = "UnsupportedCalendarException";
var _UFRE = "UnsupportedFeatureRequiredException";
var _UIICE = "UnsupportedInventoryItemContextException";
var _UISVE = "UnsupportedInventorySchemaVersionException";
var _UOE = "UnsupportedOperationException";
var _UOIR = "UpdateOpsItemRequest";
var _UOMR = "UpdateOpsMetadataRequest";
var _UOS = "UnsupportedOperatingSystem";
var _UPBR = "UpdatePatchBaselineRequest";
var _UPBRp = "UpdatePatchBaselineResult";
var _UPT = "UnsupportedParameterType";
var _UPTn = "UnsupportedPlatformType";
var _UPVR = "UnlabelParameterVersionRequest";
var _UPVRn = "UnlabelParameterVersionResult";
var _V = "Value";
var _VE = "ValidationException";
var _VN = "VersionName";
var _VNS = "ValidNextSteps";
var _Va = "Values";
var _Var = "Variables";
var _Ve = "Version";
var _Ven = "Vendor";
var _WD = "WithDecryption";
var _WEI = "WindowExecutionId";
var _WM = "WarningMessage";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _en = "entries";
var _k = "key";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
var _se = "server";
var _v = "value";
var _vS = "valueSet";
var _xN = "xmlName";
var n0 = "com.amazonaws.ssm";
var _s_registry = new TypeRegistry(_s);
var SSMServiceException$ = [-3, _s, "SSMServiceException", 0, [], []];
_s_registry.registerError(SSMServiceException$, SSMServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var AssociatedInstances$ = [
  -3,
  n0,
  _AI,
  { [_aQE]: [`AssociatedInstances`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(AssociatedInstances$, AssociatedInstances);
var AssociationAlreadyExists$ = [
  -3,
  n0,
  _AAE,
  { [_aQE]: [`AssociationAlreadyExists`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(AssociationAlreadyExists$, AssociationAlreadyExists);
var AssociationDoesNotExist$ = [
  -3,
  n0,
  _ADNE,
  { [_aQE]: [`AssociationDoesNotExist`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AssociationDoesNotExist$, AssociationDoesNotExist);
var AssociationExecutionDoesNotExist$ = [
  -3,
  n0,
  _AEDNE,
  { [_aQE]: [`AssociationExecutionDoesNotExist`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AssociationExecutionDoesNotExist$, AssociationExecutionDoesNotExist);
var AssociationLimitExceeded$ = [
  -3,
  n0,
  _ALE,
  { [_aQE]: [`AssociationLimitExceeded`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(AssociationLimitExceeded$, AssociationLimitExceeded);
var AssociationVersionLimitExceeded$ = [
  -3,
  n0,
  _AVLE,
  { [_aQE]: [`AssociationVersionLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AssociationVersionLimitExceeded$, AssociationVersionLimitExceeded);
var AutomationDefinitionNotApprovedException$ = [
  -3,
  n0,
  _ADNAE,
  { [_aQE]: [`AutomationDefinitionNotApproved`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationDefinitionNotApprovedException$, AutomationDefinitionNotApprovedException);
var AutomationDefinitionNotFoundException$ = [
  -3,
  n0,
  _ADNFE,
  { [_aQE]: [`AutomationDefinitionNotFound`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationDefinitionNotFoundException$, AutomationDefinitionNotFoundException);
var AutomationDefinitionVersionNotFoundException$ = [
  -3,
  n0,
  _ADVNFE,
  { [_aQE]: [`AutomationDefinitionVersionNotFound`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationDefinitionVersionNotFoundException$, AutomationDefinitionVersionNotFoundException);
var AutomationExecutionLimitExceededException$ = [
  -3,
  n0,
  _AELEE,
  { [_aQE]: [`AutomationExecutionLimitExceeded`, 429], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationExecutionLimitExceededException$, AutomationExecutionLimitExceededException);
var AutomationExecutionNotFoundException$ = [
  -3,
  n0,
  _AENFE,
  { [_aQE]: [`AutomationExecutionNotFound`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationExecutionNotFoundException$, AutomationExecutionNotFoundException);
var AutomationStepNotFoundException$ = [
  -3,
  n0,
  _ASNFE,
  { [_aQE]: [`AutomationStepNotFoundException`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(AutomationStepNotFoundException$, AutomationStepNotFoundException);
var ComplianceTypeCountLimitExceededException$ = [
  -3,
  n0,
  _CTCLEE,
  { [_aQE]: [`ComplianceTypeCountLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ComplianceTypeCountLimitExceededException$, ComplianceTypeCountLimitExceededException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_aQE]: [`ConflictException`, 409], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var CustomSchemaCountLimitExceededException$ = [
  -3,
  n0,
  _CSCLEE,
  { [_aQE]: [`CustomSchemaCountLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(CustomSchemaCountLimitExceededException$, CustomSchemaCountLimitExceededException);
var DocumentAlreadyExists$ = [
  -3,
  n0,
  _DAE,
  { [_aQE]: [`DocumentAlreadyExists`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DocumentAlreadyExists$, DocumentAlreadyExists);
var DocumentLimitExceeded$ = [
  -3,
  n0,
  _DLE,
  { [_aQE]: [`DocumentLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DocumentLimitExceeded$, DocumentLimitExceeded);
var DocumentPermissionLimit$ = [
  -3,
  n0,
  _DPL,
  { [_aQE]: [`DocumentPermissionLimit`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DocumentPermissionLimit$, DocumentPermissionLimit);
var DocumentVersionLimitExceeded$ = [
  -3,
  n0,
  _DVLE,
  { [_aQE]: [`DocumentVersionLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DocumentVersionLimitExceeded$, DocumentVersionLimitExceeded);
var DoesNotExistException$ = [
  -3,
  n0,
  _DNEE,
  { [_aQE]: [`DoesNotExistException`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DoesNotExistException$, DoesNotExistException);
var DuplicateDocumentContent$ = [
  -3,
  n0,
  _DDC,
  { [_aQE]: [`DuplicateDocumentContent`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateDocumentContent$, DuplicateDocumentContent);
var DuplicateDocumentVersionName$ = [
  -3,
  n0,
  _DDVN,
  { [_aQE]: [`DuplicateDocumentVersionName`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateDocumentVersionName$, DuplicateDocumentVersionName);
var DuplicateInstanceId$ = [
  -3,
  n0,
  _DII,
  { [_aQE]: [`DuplicateInstanceId`, 404], [_e]: _c },
  [],
  []
];
n0_registry.registerError(DuplicateInstanceId$, DuplicateInstanceId);
var FeatureNotAvailableException$ = [
  -3,
  n0,
  _FNAE,
  { [_aQE]: [`FeatureNotAvailableException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(FeatureNotAvailableException$, FeatureNotAvailableException);
var HierarchyLevelLimitExceededException$ = [
  -3,
  n0,
  _HLLEE,
  { [_aQE]: [`HierarchyLevelLimitExceededException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(HierarchyLevelLimitExceededException$, HierarchyLevelLimitExceededException);
var HierarchyTypeMismatchException$ = [
  -3,
  n0,
  _HTME,
  { [_aQE]: [`HierarchyTypeMismatchException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(HierarchyTypeMismatchException$, HierarchyTypeMismatchException);
var IdempotentParameterMismatch$ = [
  -3,
  n0,
  _IPM,
  { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
var IncompatiblePolicyException$ = [
  -3,
  n0,
  _IPE,
  { [_aQE]: [`IncompatiblePolicyException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(IncompatiblePolicyException$, IncompatiblePolicyException);
var InternalServerError$ = [
  -3,
  n0,
  _ISE,
  { [_aQE]: [`InternalServerError`, 500], [_e]: _se },
  [_M],
  [0]
];
n0_registry.registerError(InternalServerError$, InternalServerError);
var InvalidActivation$ = [
  -3,
  n0,
  _IA,
  { [_aQE]: [`InvalidActivation`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidActivation$, InvalidActivation);
var InvalidActivationId$ = [
  -3,
  n0,
  _IAI,
  { [_aQE]: [`InvalidActivationId`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidActivationId$, InvalidActivationId);
var InvalidAggregatorException$ = [
  -3,
  n0,
  _IAE,
  { [_aQE]: [`InvalidAggregator`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAggregatorException$, InvalidAggregatorException);
var InvalidAllowedPatternException$ = [
  -3,
  n0,
  _IAPE,
  { [_aQE]: [`InvalidAllowedPatternException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAllowedPatternException$, InvalidAllowedPatternException);
var InvalidAssociation$ = [
  -3,
  n0,
  _IAn,
  { [_aQE]: [`InvalidAssociation`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAssociation$, InvalidAssociation);
var InvalidAssociationVersion$ = [
  -3,
  n0,
  _IAV,
  { [_aQE]: [`InvalidAssociationVersion`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAssociationVersion$, InvalidAssociationVersion);
var InvalidAutomationExecutionParametersException$ = [
  -3,
  n0,
  _IAEPE,
  { [_aQE]: [`InvalidAutomationExecutionParameters`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAutomationExecutionParametersException$, InvalidAutomationExecutionParametersException);
var InvalidAutomationSignalException$ = [
  -3,
  n0,
  _IASE,
  { [_aQE]: [`InvalidAutomationSignalException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAutomationSignalException$, InvalidAutomationSignalException);
var InvalidAutomationStatusUpdateException$ = [
  -3,
  n0,
  _IASUE,
  { [_aQE]: [`InvalidAutomationStatusUpdateException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidAutomationStatusUpdateException$, InvalidAutomationStatusUpdateException);
var InvalidCommandId$ = [
  -3,
  n0,
  _ICI,
  { [_aQE]: [`InvalidCommandId`, 404], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidCommandId$, InvalidCommandId);
var InvalidDeleteInventoryParametersException$ = [
  -3,
  n0,
  _IDIPE,
  { [_aQE]: [`InvalidDeleteInventoryParameters`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDeleteInventoryParametersException$, InvalidDeleteInventoryParametersException);
var InvalidDeletionIdException$ = [
  -3,
  n0,
  _IDIE,
  { [_aQE]: [`InvalidDeletionId`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDeletionIdException$, InvalidDeletionIdException);
var InvalidDocument$ = [
  -3,
  n0,
  _ID,
  { [_aQE]: [`InvalidDocument`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocument$, InvalidDocument);
var InvalidDocumentContent$ = [
  -3,
  n0,
  _IDC,
  { [_aQE]: [`InvalidDocumentContent`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocumentContent$, InvalidDocumentContent);
var InvalidDocumentOperation$ = [
  -3,
  n0,
  _IDO,
  { [_aQE]: [`InvalidDocumentOperation`, 403], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocumentOperation$, InvalidDocumentOperation);
var InvalidDocumentSchemaVersion$ = [
  -3,
  n0,
  _IDSV,
  { [_aQE]: [`InvalidDocumentSchemaVersion`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocumentSchemaVersion$, InvalidDocumentSchemaVersion);
var InvalidDocumentType$ = [
  -3,
  n0,
  _IDT,
  { [_aQE]: [`InvalidDocumentType`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocumentType$, InvalidDocumentType);
var InvalidDocumentVersion$ = [
  -3,
  n0,
  _IDV,
  { [_aQE]: [`InvalidDocumentVersion`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidDocumentVersion$, InvalidDocumentVersion);
var InvalidFilter$ = [
  -3,
  n0,
  _IF,
  { [_aQE]: [`InvalidFilter`, 441], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidFilter$, InvalidFilter);
var InvalidFilterKey$ = [
  -3,
  n0,
  _IFK,
  { [_aQE]: [`InvalidFilterKey`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidFilterKey$, InvalidFilterKey);
var InvalidFilterOption$ = [
  -3,
  n0,
  _IFO,
  { [_aQE]: [`InvalidFilterOption`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidFilterOption$, InvalidFilterOption);
var InvalidFilterValue$ = [
  -3,
  n0,
  _IFV,
  { [_aQE]: [`InvalidFilterValue`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidFilterValue$, InvalidFilterValue);
var InvalidInstanceId$ = [
  -3,
  n0,
  _III,
  { [_aQE]: [`InvalidInstanceId`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInstanceId$, InvalidInstanceId);
var InvalidInstanceInformationFilterValue$ = [
  -3,
  n0,
  _IIIFV,
  { [_aQE]: [`InvalidInstanceInformationFilterValue`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInstanceInformationFilterValue$, InvalidInstanceInformationFilterValue);
var InvalidInstancePropertyFilterValue$ = [
  -3,
  n0,
  _IIPFV,
  { [_aQE]: [`InvalidInstancePropertyFilterValue`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInstancePropertyFilterValue$, InvalidInstancePropertyFilterValue);
var InvalidInventoryGroupException$ = [
  -3,
  n0,
  _IIGE,
  { [_aQE]: [`InvalidInventoryGroup`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInventoryGroupException$, InvalidInventoryGroupException);
var InvalidInventoryItemContextException$ = [
  -3,
  n0,
  _IIICE,
  { [_aQE]: [`InvalidInventoryItemContext`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInventoryItemContextException$, InvalidInventoryItemContextException);
var InvalidInventoryRequestException$ = [
  -3,
  n0,
  _IIRE,
  { [_aQE]: [`InvalidInventoryRequest`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidInventoryRequestException$, InvalidInventoryRequestException);
var InvalidItemContentException$ = [
  -3,
  n0,
  _IICE,
  { [_aQE]: [`InvalidItemContent`, 400], [_e]: _c },
  [_TN, _M],
  [0, 0]
];
n0_registry.registerError(InvalidItemContentException$, InvalidItemContentException);
var InvalidKeyId$ = [
  -3,
  n0,
  _IKI,
  { [_aQE]: [`InvalidKeyId`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeyId$, InvalidKeyId);
var InvalidNextToken$ = [
  -3,
  n0,
  _INT,
  { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidNotificationConfig$ = [
  -3,
  n0,
  _INC,
  { [_aQE]: [`InvalidNotificationConfig`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNotificationConfig$, InvalidNotificationConfig);
var InvalidOptionException$ = [
  -3,
  n0,
  _IOE,
  { [_aQE]: [`InvalidOption`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOptionException$, InvalidOptionException);
var InvalidOutputFolder$ = [
  -3,
  n0,
  _IOF,
  { [_aQE]: [`InvalidOutputFolder`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidOutputFolder$, InvalidOutputFolder);
var InvalidOutputLocation$ = [
  -3,
  n0,
  _IOL,
  { [_aQE]: [`InvalidOutputLocation`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidOutputLocation$, InvalidOutputLocation);
var InvalidParameters$ = [
  -3,
  n0,
  _IP,
  { [_aQE]: [`InvalidParameters`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameters$, InvalidParameters);
var InvalidPermissionType$ = [
  -3,
  n0,
  _IPT,
  { [_aQE]: [`InvalidPermissionType`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidPermissionType$, InvalidPermissionType);
var InvalidPluginName$ = [
  -3,
  n0,
  _IPN,
  { [_aQE]: [`InvalidPluginName`, 404], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidPluginName$, InvalidPluginName);
var InvalidPolicyAttributeException$ = [
  -3,
  n0,
  _IPAE,
  { [_aQE]: [`InvalidPolicyAttributeException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPolicyAttributeException$, InvalidPolicyAttributeException);
var InvalidPolicyTypeException$ = [
  -3,
  n0,
  _IPTE,
  { [_aQE]: [`InvalidPolicyTypeException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPolicyTypeException$, InvalidPolicyTypeException);
var InvalidResourceId$ = [
  -3,
  n0,
  _IRI,
  { [_aQE]: [`InvalidResourceId`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidResourceId$, InvalidResourceId);
var InvalidResourceType$ = [
  -3,
  n0,
  _IRT,
  { [_aQE]: [`InvalidResourceType`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvalidResourceType$, InvalidResourceType);
var InvalidResultAttributeException$ = [
  -3,
  n0,
  _IRAE,
  { [_aQE]: [`InvalidResultAttribute`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidResultAttributeException$, InvalidResultAttributeException);
var InvalidRole$ = [
  -3,
  n0,
  _IR,
  { [_aQE]: [`InvalidRole`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRole$, InvalidRole);
var InvalidSchedule$ = [
  -3,
  n0,
  _IS,
  { [_aQE]: [`InvalidSchedule`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSchedule$, InvalidSchedule);
var InvalidTag$ = [
  -3,
  n0,
  _IT,
  { [_aQE]: [`InvalidTag`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTag$, InvalidTag);
var InvalidTarget$ = [
  -3,
  n0,
  _ITn,
  { [_aQE]: [`InvalidTarget`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTarget$, InvalidTarget);
var InvalidTargetMaps$ = [
  -3,
  n0,
  _ITM,
  { [_aQE]: [`InvalidTargetMaps`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTargetMaps$, InvalidTargetMaps);
var InvalidTypeNameException$ = [
  -3,
  n0,
  _ITNE,
  { [_aQE]: [`InvalidTypeName`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTypeNameException$, InvalidTypeNameException);
var InvalidUpdate$ = [
  -3,
  n0,
  _IU,
  { [_aQE]: [`InvalidUpdate`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidUpdate$, InvalidUpdate);
var InvocationDoesNotExist$ = [
  -3,
  n0,
  _IDNE,
  { [_aQE]: [`InvocationDoesNotExist`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(InvocationDoesNotExist$, InvocationDoesNotExist);
var ItemContentMismatchException$ = [
  -3,
  n0,
  _ICME,
  { [_aQE]: [`ItemContentMismatch`, 400], [_e]: _c },
  [_TN, _M],
  [0, 0]
];
n0_registry.registerError(ItemContentMismatchException$, ItemContentMismatchException);
var ItemSizeLimitExceededException$ = [
  -3,
  n0,
  _ISLEE,
  { [_aQE]: [`ItemSizeLimitExceeded`, 400], [_e]: _c },
  [_TN, _M],
  [0, 0]
];
n0_registry.registerError(ItemSizeLimitExceededException$, ItemSizeLimitExceededException);
var MalformedResourcePolicyDocumentException$ = [
  -3,
  n0,
  _MRPDE,
  { [_aQE]: [`MalformedResourcePolicyDocumentException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(MalformedResourcePolicyDocumentException$, MalformedResourcePolicyDocumentException);
var MaxDocumentSizeExceeded$ = [
  -3,
  n0,
  _MDSE,
  { [_aQE]: [`MaxDocumentSizeExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(MaxDocumentSizeExceeded$, MaxDocumentSizeExceeded);
var NoLongerSupportedException$ = [
  -3,
  n0,
  _NLSE,
  { [_aQE]: [`NoLongerSupported`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(NoLongerSupportedException$, NoLongerSupportedException);
var OpsItemAccessDeniedException$ = [
  -3,
  n0,
  _OIADE,
  { [_aQE]: [`OpsItemAccessDeniedException`, 403], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(OpsItemAccessDeniedException$, OpsItemAccessDeniedException);
var OpsItemAlreadyExistsException$ = [
  -3,
  n0,
  _OIAEE,
  { [_aQE]: [`OpsItemAlreadyExistsException`, 400], [_e]: _c },
  [_M, _OII],
  [0, 0]
];
n0_registry.registerError(OpsItemAlreadyExistsException$, OpsItemAlreadyExistsException);
var OpsItemConflictException$ = [
  -3,
  n0,
  _OICE,
  { [_aQE]: [`OpsItemConflictException`, 409], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(OpsItemConflictException$, OpsItemConflictException);
var OpsItemInvalidParameterException$ = [
  -3,
  n0,
  _OIIPE,
  { [_aQE]: [`OpsItemInvalidParameterException`, 400], [_e]: _c },
  [_PN, _M],
  [64 | 0, 0]
];
n0_registry.registerError(OpsItemInvalidParameterException$, OpsItemInvalidParameterException);
var OpsItemLimitExceededException$ = [
  -3,
  n0,
  _OILEE,
  { [_aQE]: [`OpsItemLimitExceededException`, 400], [_e]: _c },
  [_RT, _L, _LT, _M],
  [64 | 0, 1, 0, 0]
];
n0_registry.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
var OpsItemNotFoundException$ = [
  -3,
  n0,
  _OINFE,
  { [_aQE]: [`OpsItemNotFoundException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
var OpsItemRelatedItemAlreadyExistsException$ = [
  -3,
  n0,
  _OIRIAEE,
  { [_aQE]: [`OpsItemRelatedItemAlreadyExistsException`, 400], [_e]: _c },
  [_M, _RU, _OII],
  [0, 0, 0]
];
n0_registry.registerError(OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAlreadyExistsException);
var OpsItemRelatedItemAssociationNotFoundException$ = [
  -3,
  n0,
  _OIRIANFE,
  { [_aQE]: [`OpsItemRelatedItemAssociationNotFoundException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemAssociationNotFoundException);
var OpsMetadataAlreadyExistsException$ = [
  -3,
  n0,
  _OMAEE,
  { [_aQE]: [`OpsMetadataAlreadyExistsException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataAlreadyExistsException$, OpsMetadataAlreadyExistsException);
var OpsMetadataInvalidArgumentException$ = [
  -3,
  n0,
  _OMIAE,
  { [_aQE]: [`OpsMetadataInvalidArgumentException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataInvalidArgumentException$, OpsMetadataInvalidArgumentException);
var OpsMetadataKeyLimitExceededException$ = [
  -3,
  n0,
  _OMKLEE,
  { [_aQE]: [`OpsMetadataKeyLimitExceededException`, 429], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataKeyLimitExceededException$, OpsMetadataKeyLimitExceededException);
var OpsMetadataLimitExceededException$ = [
  -3,
  n0,
  _OMLEE,
  { [_aQE]: [`OpsMetadataLimitExceededException`, 429], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataLimitExceededException$, OpsMetadataLimitExceededException);
var OpsMetadataNotFoundException$ = [
  -3,
  n0,
  _OMNFE,
  { [_aQE]: [`OpsMetadataNotFoundException`, 404], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataNotFoundException$, OpsMetadataNotFoundException);
var OpsMetadataTooManyUpdatesException$ = [
  -3,
  n0,
  _OMTMUE,
  { [_aQE]: [`OpsMetadataTooManyUpdatesException`, 429], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OpsMetadataTooManyUpdatesException$, OpsMetadataTooManyUpdatesException);
var ParameterAlreadyExists$ = [
  -3,
  n0,
  _PAE,
  { [_aQE]: [`ParameterAlreadyExists`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterAlreadyExists$, ParameterAlreadyExists);
var ParameterLimitExceeded$ = [
  -3,
  n0,
  _PLE,
  { [_aQE]: [`ParameterLimitExceeded`, 429], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterLimitExceeded$, ParameterLimitExceeded);
var ParameterMaxVersionLimitExceeded$ = [
  -3,
  n0,
  _PMVLE,
  { [_aQE]: [`ParameterMaxVersionLimitExceeded`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterMaxVersionLimitExceeded$, ParameterMaxVersionLimitExceeded);
var ParameterNotFound$ = [
  -3,
  n0,
  _PNF,
  { [_aQE]: [`ParameterNotFound`, 404], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterNotFound$, ParameterNotFound);
var ParameterPatternMismatchException$ = [
  -3,
  n0,
  _PPME,
  { [_aQE]: [`ParameterPatternMismatchException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterPatternMismatchException$, ParameterPatternMismatchException);
var ParameterVersionLabelLimitExceeded$ = [
  -3,
  n0,
  _PVLLE,
  { [_aQE]: [`ParameterVersionLabelLimitExceeded`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterVersionLabelLimitExceeded$, ParameterVersionLabelLimitExceeded);
var ParameterVersionNotFound$ = [
  -3,
  n0,
  _PVNF,
  { [_aQE]: [`ParameterVersionNotFound`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ParameterVersionNotFound$, ParameterVersionNotFound);
var PoliciesLimitExceededException$ = [
  -3,
  n0,
  _PLEE,
  { [_aQE]: [`PoliciesLimitExceededException`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(PoliciesLimitExceededException$, PoliciesLimitExceededException);
var ResourceDataSyncAlreadyExistsException$ = [
  -3,
  n0,
  _RDSAEE,
  { [_aQE]: [`ResourceDataSyncAlreadyExists`, 400], [_e]: _c },
  [_SN],
  [0]
];
n0_registry.registerError(ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAlreadyExistsException);
var ResourceDataSyncConflictException$ = [
  -3,
  n0,
  _RDSCE,
  { [_aQE]: [`ResourceDataSyncConflictException`, 409], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceDataSyncConflictException$, ResourceDataSyncConflictException);
var ResourceDataSyncCountExceededException$ = [
  -3,
  n0,
  _RDSCEE,
  { [_aQE]: [`ResourceDataSyncCountExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceDataSyncCountExceededException$, ResourceDataSyncCountExceededException);
var ResourceDataSyncInvalidConfigurationException$ = [
  -3,
  n0,
  _RDSICE,
  { [_aQE]: [`ResourceDataSyncInvalidConfiguration`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncInvalidConfigurationException);
var ResourceDataSyncNotFoundException$ = [
  -3,
  n0,
  _RDSNFE,
  { [_aQE]: [`ResourceDataSyncNotFound`, 404], [_e]: _c },
  [_SN, _ST, _M],
  [0, 0, 0]
];
n0_registry.registerError(ResourceDataSyncNotFoundException$, ResourceDataSyncNotFoundException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_aQE]: [`ResourceInUseException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceLimitExceededException$ = [
  -3,
  n0,
  _RLEE,
  { [_aQE]: [`ResourceLimitExceededException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourcePolicyConflictException$ = [
  -3,
  n0,
  _RPCE,
  { [_aQE]: [`ResourcePolicyConflictException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyConflictException$, ResourcePolicyConflictException);
var ResourcePolicyInvalidParameterException$ = [
  -3,
  n0,
  _RPIPE,
  { [_aQE]: [`ResourcePolicyInvalidParameterException`, 400], [_e]: _c },
  [_PN, _M],
  [64 | 0, 0]
];
n0_registry.registerError(ResourcePolicyInvalidParameterException$, ResourcePolicyInvalidParameterException);
var ResourcePolicyLimitExceededException$ = [
  -3,
  n0,
  _RPLEE,
  { [_aQE]: [`ResourcePolicyLimitExceededException`, 400], [_e]: _c },
  [_L, _LT, _M],
  [1, 0, 0]
];
n0_registry.registerError(ResourcePolicyLimitExceededException$, ResourcePolicyLimitExceededException);
var ResourcePolicyNotFoundException$ = [
  -3,
  n0,
  _RPNFE,
  { [_aQE]: [`ResourcePolicyNotFoundException`, 404], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c },
  [_M, _QC, _SC, _RI, _RTe],
  [0, 0, 0, 0, 0],
  3
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ServiceSettingNotFound$ = [
  -3,
  n0,
  _SSNF,
  { [_aQE]: [`ServiceSettingNotFound`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ServiceSettingNotFound$, ServiceSettingNotFound);
var StatusUnchanged$ = [
  -3,
  n0,
  _SU,
  { [_aQE]: [`StatusUnchanged`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(StatusUnchanged$, StatusUnchanged);
var SubTypeCountLimitExceededException$ = [
  -3,
  n0,
  _STCLEE,
  { [_aQE]: [`SubTypeCountLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(SubTypeCountLimitExceededException$, SubTypeCountLimitExceededException);
var TargetInUseException$ = [
  -3,
  n0,
  _TIUE,
  { [_aQE]: [`TargetInUseException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(TargetInUseException$, TargetInUseException);
var TargetNotConnected$ = [
  -3,
  n0,
  _TNC,
  { [_aQE]: [`TargetNotConnected`, 430], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(TargetNotConnected$, TargetNotConnected);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c },
  [_M, _QC, _SC],
  [0, 0, 0],
  1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyTagsError$ = [
  -3,
  n0,
  _TMTE,
  { [_aQE]: [`TooManyTagsError`, 400], [_e]: _c },
  [],
  []
];
n0_registry.registerError(TooManyTagsError$, TooManyTagsError);
var TooManyUpdates$ = [
  -3,
  n0,
  _TMU,
  { [_aQE]: [`TooManyUpdates`, 429], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(TooManyUpdates$, TooManyUpdates);
var TotalSizeLimitExceededException$ = [
  -3,
  n0,
  _TSLEE,
  { [_aQE]: [`TotalSizeLimitExceeded`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(TotalSizeLimitExceededException$, TotalSizeLimitExceededException);
var UnsupportedCalendarException$ = [
  -3,
  n0,
  _UCE,
  { [_aQE]: [`UnsupportedCalendarException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedCalendarException$, UnsupportedCalendarException);
var UnsupportedFeatureRequiredException$ = [
  -3,
  n0,
  _UFRE,
  { [_aQE]: [`UnsupportedFeatureRequiredException`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedFeatureRequiredException$, UnsupportedFeatureRequiredException);
var UnsupportedInventoryItemContextException$ = [
  -3,
  n0,
  _UIICE,
  { [_aQE]: [`UnsupportedInventoryItemContext`, 400], [_e]: _c },
  [_TN, _M],
  [0, 0]
];
n0_registry.registerError(UnsupportedInventoryItemContextException$, UnsupportedInventoryItemContextException);
var UnsupportedInventorySchemaVersionException$ = [
  -3,
  n0,
  _UISVE,
  { [_aQE]: [`UnsupportedInventorySchemaVersion`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedInventorySchemaVersionException$, UnsupportedInventorySchemaVersionException);
var UnsupportedOperatingSystem$ = [
  -3,
  n0,
  _UOS,
  { [_aQE]: [`UnsupportedOperatingSystem`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedOperatingSystem$, UnsupportedOperatingSystem);
var UnsupportedOperationException$ = [
  -3,
  n0,
  _UOE,
  { [_aQE]: [`UnsupportedOperation`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var UnsupportedParameterType$ = [
  -3,
  n0,
  _UPT,
  { [_aQE]: [`UnsupportedParameterType`, 400], [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedParameterType$, UnsupportedParameterType);
var UnsupportedPlatformType$ = [
  -3,
  n0,
  _UPTn,
  { [_aQE]: [`UnsupportedPlatformType`, 400], [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedPlatformType$, UnsupportedPlatformType);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_aQE]: [`ValidationException`, 400], [_e]: _c },
  [_M, _RC],
  [0, 0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var IPAddress = [0, n0, _IPA, 8, 0];
var PatchSourceConfiguration = [0, n0, _PSC, 8, 0];
var PSParameterValue = [0, n0, _PSPV, 8, 0];
var AccountSharingInfo$ = [
  3,
  n0,
  _ASI,
  0,
  [_AIc, _SDV],
  [0, 0]
];
var Alarm$ = [
  3,
  n0,
  _Al,
  0,
  [_N],
  [0],
  1
];
var AlarmConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_Ala, _IPAF],
  [() => AlarmList, 2],
  1
];
var AlarmStateInformation$ = [
  3,
  n0,
  _ASIl,
  0,
  [_N, _S],
  [0, 0],
  2
];
var Association$ = [
  3,
  n0,
  _As,
  0,
  [_N, _II, _AIs, _AV, _DV, _Ta, _LED, _O, _SE, _AN, _SO, _Du, _TM],
  [0, 0, 0, 0, 0, () => Targets, 4, () => AssociationOverview$, 0, 0, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]]]
];
var AssociationDescription$ = [
  3,
  n0,
  _AD,
  0,
  [_N, _II, _AV, _Da, _LUAD, _St, _O, _DV, _ATPN, _P, _AIs, _Ta, _SE, _OL, _LED, _LSED, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _TA, _ADAR],
  [0, 0, 0, 4, 4, () => AssociationStatus$, () => AssociationOverview$, 0, 0, [() => _Parameters, 0], 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 4, 4, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, () => AlarmStateInformationList, 0]
];
var AssociationExecution$ = [
  3,
  n0,
  _AE,
  0,
  [_AIs, _AV, _EI, _St, _DS, _CT, _LED, _RCBS, _AC, _TA],
  [0, 0, 0, 0, 0, 4, 4, 0, () => AlarmConfiguration$, () => AlarmStateInformationList]
];
var AssociationExecutionFilter$ = [
  3,
  n0,
  _AEF,
  0,
  [_K, _V, _Ty],
  [0, 0, 0],
  3
];
var AssociationExecutionTarget$ = [
  3,
  n0,
  _AET,
  0,
  [_AIs, _AV, _EI, _RI, _RTe, _St, _DS, _LED, _OS],
  [0, 0, 0, 0, 0, 0, 0, 4, () => OutputSource$]
];
var AssociationExecutionTargetsFilter$ = [
  3,
  n0,
  _AETF,
  0,
  [_K, _V],
  [0, 0],
  2
];
var AssociationFilter$ = [
  3,
  n0,
  _AF,
  0,
  [_k, _v],
  [0, 0],
  2
];
var AssociationOverview$ = [
  3,
  n0,
  _AO,
  0,
  [_St, _DS, _ASAC],
  [0, 0, 128 | 1]
];
var AssociationStatus$ = [
  3,
  n0,
  _AS,
  0,
  [_Da, _N, _M, _AId],
  [4, 0, 0, 0],
  3
];
var AssociationVersionInfo$ = [
  3,
  n0,
  _AVI,
  0,
  [_AIs, _AV, _CD, _N, _DV, _P, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _ADAR],
  [0, 0, 4, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0]
];
var AttachmentContent$ = [
  3,
  n0,
  _ACt,
  0,
  [_N, _Si, _H, _HT, _U],
  [0, 1, 0, 0, 0]
];
var AttachmentInformation$ = [
  3,
  n0,
  _AIt,
  0,
  [_N],
  [0]
];
var AttachmentsSource$ = [
  3,
  n0,
  _ASt,
  0,
  [_K, _Va, _N],
  [0, 64 | 0, 0]
];
var AutomationExecution$ = [
  3,
  n0,
  _AEu,
  0,
  [_AEI, _DN, _DV, _EST, _EET, _AES, _SEt, _SET, _P, _Ou, _FM, _WM, _Mo, _PAEI, _EB, _CSN, _CA, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, _TL, _PC, _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN, _Var, _TS],
  [0, 0, 0, 4, 4, 0, () => StepExecutionList, 2, [2, n0, _APM, 0, 0, 64 | 0], [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, () => TargetLocations, () => ProgressCounters$, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0, [2, n0, _APM, 0, 0, 64 | 0], () => TargetsSummary$]
];
var AutomationExecutionFilter$ = [
  3,
  n0,
  _AEFu,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var AutomationExecutionInputs$ = [
  3,
  n0,
  _AEIu,
  0,
  [_P, _TPN, _Ta, _TM, _TL, _TLURL],
  [[2, n0, _APM, 0, 0, 64 | 0], 0, () => AutomationTargets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => TargetLocations, 0]
];
var AutomationExecutionMetadata$ = [
  3,
  n0,
  _AEM,
  0,
  [_AEI, _DN, _DV, _AES, _EST, _EET, _EB, _LF, _Ou, _Mo, _PAEI, _CSN, _CA, _FM, _WM, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, _ATu, _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN],
  [0, 0, 0, 0, 4, 4, 0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0]
];
var AutomationExecutionPreview$ = [
  3,
  n0,
  _AEP,
  0,
  [_SP, _Re, _TP, _TAo],
  [128 | 1, 64 | 0, () => TargetPreviewList, 1]
];
var BaselineOverride$ = [
  3,
  n0,
  _BO,
  0,
  [_OSp, _GF, _AR, _AP, _APCL, _RP, _RPA, _APENS, _So, _ASUCS],
  [0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 64 | 0, 0, 2, [() => PatchSourceList, 0], 0]
];
var CancelCommandRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_CI, _IIn],
  [0, 64 | 0],
  1
];
var CloudConnectorFilter$ = [
  3,
  n0,
  _CCF,
  0,
  [_FK, _FV],
  [0, 64 | 0]
];
var CloudWatchOutputConfig$ = [
  3,
  n0,
  _CWOC,
  0,
  [_CWLGN, _CWOE],
  [0, 2]
];
var Command$ = [
  3,
  n0,
  _C,
  0,
  [_CI, _DN, _DV, _Co, _EA, _P, _IIn, _Ta, _RDT, _St, _SD, _OSR, _OSBN, _OSKP, _MC, _ME, _TC, _CC, _EC, _DTOC, _SR, _NC, _CWOC, _TSi, _AC, _TA],
  [0, 0, 0, 0, 4, [() => _Parameters, 0], 64 | 0, () => Targets, 4, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, 1, () => AlarmConfiguration$, () => AlarmStateInformationList]
];
var ComplianceExecutionSummary$ = [
  3,
  n0,
  _CES,
  0,
  [_ET, _EI, _ETx],
  [4, 0, 0],
  1
];
var ComplianceItem$ = [
  3,
  n0,
  _CIom,
  0,
  [_CTo, _RTe, _RI, _I, _Ti, _St, _Se, _ES, _De],
  [0, 0, 0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, 128 | 0]
];
var ComplianceItemEntry$ = [
  3,
  n0,
  _CIE,
  0,
  [_Se, _St, _I, _Ti, _De],
  [0, 0, 0, 0, 128 | 0],
  2
];
var ComplianceStringFilter$ = [
  3,
  n0,
  _CSF,
  0,
  [_K, _Va, _Ty],
  [0, [() => ComplianceStringFilterValueList, 0], 0]
];
var ComplianceSummaryItem$ = [
  3,
  n0,
  _CSI,
  0,
  [_CTo, _CSo, _NCS],
  [0, () => CompliantSummary$, () => NonCompliantSummary$]
];
var CompliantSummary$ = [
  3,
  n0,
  _CSo,
  0,
  [_CCo, _SS],
  [1, () => SeveritySummary$]
];
var CreateAssociationBatchRequestEntry$ = [
  3,
  n0,
  _CABRE,
  0,
  [_N, _II, _P, _ATPN, _DV, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC],
  [0, 0, [() => _Parameters, 0], 0, 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$],
  1
];
var CreateAssociationRequest$ = [
  3,
  n0,
  _CARre,
  0,
  [_N, _DV, _II, _P, _Ta, _SE, _OL, _AN, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _T, _AC, _ADAR],
  [0, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => TagList, () => AlarmConfiguration$, 0],
  1
];
var CreatePatchBaselineRequest$ = [
  3,
  n0,
  _CPBR,
  0,
  [_N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _CTl, _T],
  [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, [0, 4], () => TagList],
  1
];
var DeleteParametersRequest$ = [
  3,
  n0,
  _DPRel,
  0,
  [_Na],
  [64 | 0],
  1
];
var DeleteParametersResult$ = [
  3,
  n0,
  _DPRele,
  0,
  [_DP, _IP],
  [64 | 0, 64 | 0]
];
var DescribeActivationsFilter$ = [
  3,
  n0,
  _DAF,
  0,
  [_FK, _FV],
  [0, 64 | 0]
];
var DescribeInstancePatchStatesRequest$ = [
  3,
  n0,
  _DIPSR,
  0,
  [_IIn, _NT, _MR],
  [64 | 0, 0, 1],
  1
];
var DescribePatchPropertiesResult$ = [
  3,
  n0,
  _DPPRe,
  0,
  [_Prop, _NT],
  [[1, n0, _PPL, 0, 128 | 0], 0]
];
var DocumentDescription$ = [
  3,
  n0,
  _DD,
  0,
  [_Sha, _H, _HT, _N, _DNi, _VN, _Ow, _CD, _St, _SI, _DV, _D, _P, _PTl, _DT, _SV, _LV, _DVe, _DF, _TT, _T, _AItt, _Req, _Au, _RIe, _AVp, _PRV, _RS, _Ca, _CEa],
  [0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, [() => DocumentParameterList, 0], [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, 0, () => TagList, [() => AttachmentInformationList, 0], () => DocumentRequiresList, 0, [() => ReviewInformationList, 0], 0, 0, 0, 64 | 0, 64 | 0]
];
var DocumentFilter$ = [
  3,
  n0,
  _DFo,
  0,
  [_k, _v],
  [0, 0],
  2
];
var DocumentIdentifier$ = [
  3,
  n0,
  _DIo,
  0,
  [_N, _CD, _DNi, _Ow, _VN, _PTl, _DV, _DT, _SV, _DF, _TT, _T, _Req, _RS, _Au],
  [0, 4, 0, 0, 0, [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, () => TagList, () => DocumentRequiresList, 0, 0]
];
var DocumentKeyValuesFilter$ = [
  3,
  n0,
  _DKVF,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var DocumentParameter$ = [
  3,
  n0,
  _DPo,
  0,
  [_N, _Ty, _D, _DVef],
  [0, 0, 0, 0]
];
var DocumentRequires$ = [
  3,
  n0,
  _DRo,
  0,
  [_N, _Ve, _RTeq, _VN],
  [0, 0, 0, 0],
  1
];
var FailedCreateAssociation$ = [
  3,
  n0,
  _FCA,
  0,
  [_Ent, _M, _Fa],
  [[() => CreateAssociationBatchRequestEntry$, 0], 0, 0]
];
var FailureDetails$ = [
  3,
  n0,
  _FD,
  0,
  [_FS, _FT, _De],
  [0, 0, [2, n0, _APM, 0, 0, 64 | 0]]
];
var GetCalendarStateRequest$ = [
  3,
  n0,
  _GCSR,
  0,
  [_CN, _ATt],
  [64 | 0, 0],
  1
];
var GetMaintenanceWindowExecutionResult$ = [
  3,
  n0,
  _GMWERe,
  0,
  [_WEI, _TIas, _St, _SD, _STt, _ETn],
  [0, 64 | 0, 0, 0, 4, 4]
];
var GetParameterRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_N, _WD],
  [0, 2],
  1
];
var GetParameterResult$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Par],
  [[() => Parameter$, 0]]
];
var GetParametersRequest$ = [
  3,
  n0,
  _GPRet,
  0,
  [_Na, _WD],
  [64 | 0, 2],
  1
];
var GetParametersResult$ = [
  3,
  n0,
  _GPReta,
  0,
  [_P, _IP],
  [[() => ParameterList, 0], 64 | 0]
];
var GetPatchBaselineResult$ = [
  3,
  n0,
  _GPBRe,
  0,
  [_BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _PGa, _CD, _MD, _D, _So, _ASUCS],
  [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 64 | 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
];
var InstanceAggregatedAssociationOverview$ = [
  3,
  n0,
  _IAAO,
  0,
  [_DS, _IASAC],
  [0, 128 | 1]
];
var InstanceAssociationOutputLocation$ = [
  3,
  n0,
  _IAOL,
  0,
  [_SL],
  [() => S3OutputLocation$]
];
var InstanceInformation$ = [
  3,
  n0,
  _IInst,
  0,
  [_II, _PSi, _LPDT, _AVg, _ILV, _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _N, _IPA, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo],
  [0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 4, 0, 0, [() => IPAddress, 0], 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0]
];
var InstanceInformationFilter$ = [
  3,
  n0,
  _IIF,
  0,
  [_k, _vS],
  [0, [() => InstanceInformationFilterValueSet, 0]],
  2
];
var InstanceInformationStringFilter$ = [
  3,
  n0,
  _IISF,
  0,
  [_K, _Va],
  [0, [() => InstanceInformationFilterValueSet, 0]],
  2
];
var InstancePatchStateFilter$ = [
  3,
  n0,
  _IPSF,
  0,
  [_K, _Va, _Ty],
  [0, 64 | 0, 0],
  3
];
var InstanceProperty$ = [
  3,
  n0,
  _IPns,
  0,
  [_N, _II, _ITns, _IRn, _KN, _ISns, _Ar, _IPA, _LTa, _PSi, _LPDT, _AVg, _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo, _AZ],
  [0, 0, 0, 0, 0, 0, 0, [() => IPAddress, 0], 4, 0, 4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0, 0]
];
var InstancePropertyFilter$ = [
  3,
  n0,
  _IPF,
  0,
  [_k, _vS],
  [0, [() => InstancePropertyFilterValueSet, 0]],
  2
];
var InstancePropertyStringFilter$ = [
  3,
  n0,
  _IPSFn,
  0,
  [_K, _Va, _Ope],
  [0, [() => InstancePropertyFilterValueSet, 0], 0],
  2
];
var InventoryAggregator$ = [
  3,
  n0,
  _IAnv,
  0,
  [_Ex, _Ag, _G],
  [0, [() => InventoryAggregatorList, 0], [() => InventoryGroupList, 0]]
];
var InventoryFilter$ = [
  3,
  n0,
  _IFn,
  0,
  [_K, _Va, _Ty],
  [0, [() => InventoryFilterValueList, 0], 0],
  2
];
var InventoryGroup$ = [
  3,
  n0,
  _IG,
  0,
  [_N, _Fi],
  [0, [() => InventoryFilterList, 0]],
  2
];
var InventoryItem$ = [
  3,
  n0,
  _IInve,
  0,
  [_TN, _SV, _CTa, _CH, _Cont, _Conte],
  [0, 0, 0, 0, [1, n0, _IIEL, 0, 128 | 0], 128 | 0],
  3
];
var InventoryItemAttribute$ = [
  3,
  n0,
  _IIA,
  0,
  [_N, _DTa],
  [0, 0],
  2
];
var InventoryResultEntity$ = [
  3,
  n0,
  _IRE,
  0,
  [_I, _Dat],
  [0, () => InventoryResultItemMap]
];
var InventoryResultItem$ = [
  3,
  n0,
  _IRIn,
  0,
  [_TN, _SV, _Cont, _CTa, _CH],
  [0, 0, [1, n0, _IIEL, 0, 128 | 0], 0, 0],
  3
];
var LabelParameterVersionRequest$ = [
  3,
  n0,
  _LPVR,
  0,
  [_N, _La, _PVa],
  [0, 64 | 0, 1],
  2
];
var LabelParameterVersionResult$ = [
  3,
  n0,
  _LPVRa,
  0,
  [_IL, _PVa],
  [64 | 0, 1]
];
var ListComplianceItemsRequest$ = [
  3,
  n0,
  _LCIRis,
  0,
  [_Fi, _RIes, _RT, _NT, _MR],
  [[() => ComplianceStringFilterList, 0], 64 | 0, 64 | 0, 0, 1]
];
var ListInventoryEntriesResult$ = [
  3,
  n0,
  _LIERi,
  0,
  [_TN, _II, _SV, _CTa, _En, _NT],
  [0, 0, 0, 0, [1, n0, _IIEL, 0, 128 | 0], 0]
];
var ListNodesSummaryResult$ = [
  3,
  n0,
  _LNSRi,
  0,
  [_Sum, _NT],
  [[1, n0, _NSL, 0, 128 | 0], 0]
];
var MaintenanceWindowAutomationParameters$ = [
  3,
  n0,
  _MWAP,
  0,
  [_DV, _P],
  [0, [2, n0, _APM, 0, 0, 64 | 0]]
];
var MaintenanceWindowFilter$ = [
  3,
  n0,
  _MWF,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var MetadataValue$ = [
  3,
  n0,
  _MV,
  0,
  [_V],
  [0]
];
var NodeAggregator$ = [
  3,
  n0,
  _NA,
  0,
  [_ATgg, _TN, _ANt, _Ag],
  [0, 0, 0, [() => NodeAggregatorList, 0]],
  3
];
var NodeFilter$ = [
  3,
  n0,
  _NF,
  0,
  [_K, _Va, _Ty],
  [0, [() => NodeFilterValueList, 0], 0],
  2
];
var NonCompliantSummary$ = [
  3,
  n0,
  _NCS,
  0,
  [_NCC, _SS],
  [1, () => SeveritySummary$]
];
var NotificationConfig$ = [
  3,
  n0,
  _NC,
  0,
  [_NAo, _NE, _NTot],
  [0, 64 | 0, 0]
];
var OpsAggregator$ = [
  3,
  n0,
  _OA,
  0,
  [_ATgg, _TN, _ANt, _Va, _Fi, _Ag],
  [0, 0, 0, 128 | 0, [() => OpsFilterList, 0], [() => OpsAggregatorList, 0]]
];
var OpsEntity$ = [
  3,
  n0,
  _OE,
  0,
  [_I, _Dat],
  [0, () => OpsEntityItemMap]
];
var OpsEntityItem$ = [
  3,
  n0,
  _OEI,
  0,
  [_CTa, _Cont],
  [0, [1, n0, _OEIEL, 0, 128 | 0]]
];
var OpsFilter$ = [
  3,
  n0,
  _OF,
  0,
  [_K, _Va, _Ty],
  [0, [() => OpsFilterValueList, 0], 0],
  2
];
var OpsItemDataValue$ = [
  3,
  n0,
  _OIDV,
  0,
  [_V, _Ty],
  [0, 0]
];
var OpsItemEventFilter$ = [
  3,
  n0,
  _OIEF,
  0,
  [_K, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsItemFilter$ = [
  3,
  n0,
  _OIFp,
  0,
  [_K, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsItemNotification$ = [
  3,
  n0,
  _OIN,
  0,
  [_Arn],
  [0]
];
var OpsItemRelatedItemsFilter$ = [
  3,
  n0,
  _OIRIF,
  0,
  [_K, _Va, _Ope],
  [0, 64 | 0, 0],
  3
];
var OpsMetadataFilter$ = [
  3,
  n0,
  _OMF,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var OpsResultAttribute$ = [
  3,
  n0,
  _ORA,
  0,
  [_TN],
  [0],
  1
];
var OutputSource$ = [
  3,
  n0,
  _OS,
  0,
  [_OSI, _OSTu],
  [0, 0]
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_N, _Ty, _V, _Ve, _Sel, _SRo, _LMD, _ARN, _DTa],
  [0, 0, [() => PSParameterValue, 0], 1, 0, 0, 4, 0, 0]
];
var ParameterHistory$ = [
  3,
  n0,
  _PHa,
  0,
  [_N, _Ty, _KI, _LMD, _LMU, _D, _V, _APl, _Ve, _La, _Tie, _Po, _DTa],
  [0, 0, 0, 4, 0, 0, [() => PSParameterValue, 0], 0, 1, 64 | 0, 0, () => ParameterPolicyList, 0]
];
var ParameterInlinePolicy$ = [
  3,
  n0,
  _PIP,
  0,
  [_PTo, _PTol, _PSo],
  [0, 0, 0]
];
var ParametersFilter$ = [
  3,
  n0,
  _PFa,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var ParameterStringFilter$ = [
  3,
  n0,
  _PSF,
  0,
  [_K, _Opt, _Va],
  [0, 0, 64 | 0],
  1
];
var ParentStepDetails$ = [
  3,
  n0,
  _PSD,
  0,
  [_SEI, _SNt, _Ac, _It, _IV],
  [0, 0, 0, 1, 0]
];
var Patch$ = [
  3,
  n0,
  _Pat,
  0,
  [_I, _RDe, _Ti, _D, _CU, _Ven, _PFr, _Prod, _Cl, _MSs, _KNb, _MN, _Lan, _AIdv, _BIu, _CVEI, _N, _Ep, _Ve, _Rel, _Arc, _Se, _Rep],
  [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 0, 0, 0]
];
var PatchFilter$ = [
  3,
  n0,
  _PFat,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var PatchFilterGroup$ = [
  3,
  n0,
  _PFG,
  0,
  [_PFatc],
  [() => PatchFilterList],
  1
];
var PatchOrchestratorFilter$ = [
  3,
  n0,
  _POF,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var PatchRule$ = [
  3,
  n0,
  _PR,
  0,
  [_PFG, _CL, _AAD, _AUD, _ENS],
  [() => PatchFilterGroup$, 0, 1, 0, 2],
  1
];
var PatchRuleGroup$ = [
  3,
  n0,
  _PRG,
  0,
  [_PRa],
  [() => PatchRuleList],
  1
];
var PatchSource$ = [
  3,
  n0,
  _PSat,
  0,
  [_N, _Produ, _Con],
  [0, 64 | 0, [() => PatchSourceConfiguration, 0]],
  3
];
var ProgressCounters$ = [
  3,
  n0,
  _PC,
  0,
  [_TSo, _SSu, _FSa, _CSa, _TOS],
  [1, 1, 1, 1, 1]
];
var RelatedOpsItem$ = [
  3,
  n0,
  _ROIe,
  0,
  [_OII],
  [0],
  1
];
var RemoveTagsFromResourceRequest$ = [
  3,
  n0,
  _RTFRR,
  0,
  [_RTe, _RI, _TK],
  [0, 0, 64 | 0],
  3
];
var ResolvedTargets$ = [
  3,
  n0,
  _RTes,
  0,
  [_PVar, _Tr],
  [64 | 0, 2]
];
var ResourceComplianceSummaryItem$ = [
  3,
  n0,
  _RCSIe,
  0,
  [_CTo, _RTe, _RI, _St, _OSv, _ES, _CSo, _NCS],
  [0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, () => CompliantSummary$, () => NonCompliantSummary$]
];
var ResourceDataSyncAwsOrganizationsSource$ = [
  3,
  n0,
  _RDSAOS,
  0,
  [_OSTr, _OUr],
  [0, () => ResourceDataSyncOrganizationalUnitList],
  1
];
var ResourceDataSyncOrganizationalUnit$ = [
  3,
  n0,
  _RDSOU,
  0,
  [_OUI],
  [0]
];
var ResourceDataSyncSource$ = [
  3,
  n0,
  _RDSS,
  0,
  [_STo, _SRou, _AOS, _IFR, _EAODS],
  [0, 64 | 0, () => ResourceDataSyncAwsOrganizationsSource$, 2, 2],
  2
];
var ResourceDataSyncSourceWithState$ = [
  3,
  n0,
  _RDSSWS,
  0,
  [_STo, _AOS, _SRou, _IFR, _S, _EAODS],
  [0, () => ResourceDataSyncAwsOrganizationsSource$, 64 | 0, 2, 0, 2]
];
var ResultAttribute$ = [
  3,
  n0,
  _RAesu,
  0,
  [_TN],
  [0],
  1
];
var ReviewInformation$ = [
  3,
  n0,
  _RIe,
  0,
  [_RTev, _St, _Rev],
  [4, 0, 0]
];
var Runbook$ = [
  3,
  n0,
  _Ru,
  0,
  [_DN, _DV, _P, _TPN, _Ta, _TM, _MC, _ME, _TL],
  [0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations],
  1
];
var S3OutputLocation$ = [
  3,
  n0,
  _SOL,
  0,
  [_OSR, _OSBN, _OSKP],
  [0, 0, 0]
];
var SendAutomationSignalRequest$ = [
  3,
  n0,
  _SASR,
  0,
  [_AEI, _STi, _Pay],
  [0, 0, [2, n0, _APM, 0, 0, 64 | 0]],
  2
];
var SendCommandRequest$ = [
  3,
  n0,
  _SCR,
  0,
  [_DN, _IIn, _Ta, _DV, _DH, _DHT, _TSi, _Co, _P, _OSR, _OSBN, _OSKP, _MC, _ME, _SRA, _NC, _CWOC, _AC],
  [0, 64 | 0, () => Targets, 0, 0, 0, 1, 0, [() => _Parameters, 0], 0, 0, 0, 0, 0, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, () => AlarmConfiguration$],
  1
];
var SeveritySummary$ = [
  3,
  n0,
  _SS,
  0,
  [_CCr, _HC, _MCe, _LC, _ICn, _UC],
  [1, 1, 1, 1, 1, 1]
];
var StartAssociationsOnceRequest$ = [
  3,
  n0,
  _SAOR,
  0,
  [_AIss],
  [64 | 0],
  1
];
var StartAutomationExecutionRequest$ = [
  3,
  n0,
  _SAER,
  0,
  [_DN, _DV, _P, _CTl, _Mo, _TPN, _Ta, _TM, _MC, _ME, _TL, _T, _AC, _TLURL],
  [0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, () => AutomationTargets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations, () => TagList, () => AlarmConfiguration$, 0],
  1
];
var StartChangeRequestExecutionRequest$ = [
  3,
  n0,
  _SCRER,
  0,
  [_DN, _R, _STc, _DV, _P, _CRN, _CTl, _AA, _T, _SETc, _CDh],
  [0, () => Runbooks, 4, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 2, () => TagList, 4, 0],
  2
];
var StartSessionRequest$ = [
  3,
  n0,
  _SSR,
  0,
  [_Tar, _DN, _Rea, _P],
  [0, 0, 0, [2, n0, _SMP, 0, 0, 64 | 0]],
  1
];
var StepExecution$ = [
  3,
  n0,
  _SEte,
  0,
  [_SNt, _Ac, _TSi, _OFn, _MA, _EST, _EET, _SSt, _RCes, _Inpu, _Ou, _Res, _FM, _WM, _FD, _SEI, _OP, _IE, _NS, _ICs, _VNS, _Ta, _TLar, _TA, _PSD],
  [0, 0, 1, 0, 1, 4, 4, 0, 0, 128 | 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, () => FailureDetails$, 0, [2, n0, _APM, 0, 0, 64 | 0], 2, 0, 2, 64 | 0, () => Targets, () => TargetLocation$, () => AlarmStateInformationList, () => ParentStepDetails$]
];
var StepExecutionFilter$ = [
  3,
  n0,
  _SEF,
  0,
  [_K, _Va],
  [0, 64 | 0],
  2
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var Target$ = [
  3,
  n0,
  _Tar,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var TargetLocation$ = [
  3,
  n0,
  _TLar,
  0,
  [_Acc, _Re, _TLMC, _TLME, _ERN, _TLAC, _ICOU, _EAx, _Ta, _TMC, _TME],
  [64 | 0, 64 | 0, 0, 0, 0, () => AlarmConfiguration$, 2, 64 | 0, () => AutomationTargets, 0, 0]
];
var TargetPreview$ = [
  3,
  n0,
  _TPar,
  0,
  [_Cou, _TT],
  [1, 0]
];
var TargetsSummary$ = [
  3,
  n0,
  _TS,
  0,
  [_TCo, _SCt, _CC, _SCu, _FC],
  [1, 1, 1, 1, 1]
];
var UnlabelParameterVersionRequest$ = [
  3,
  n0,
  _UPVR,
  0,
  [_N, _PVa, _La],
  [0, 1, 64 | 0],
  3
];
var UnlabelParameterVersionResult$ = [
  3,
  n0,
  _UPVRn,
  0,
  [_RLe, _IL],
  [64 | 0, 64 | 0]
];
var UpdateAssociationRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_AIs, _P, _DV, _SE, _OL, _N, _Ta, _AN, _AV, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _ADAR],
  [0, [() => _Parameters, 0], 0, 0, () => InstanceAssociationOutputLocation$, 0, () => Targets, 0, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, 0],
  1
];
var UpdateOpsItemRequest$ = [
  3,
  n0,
  _UOIR,
  0,
  [_OII, _D, _OD, _ODTD, _No, _Pri, _ROI, _St, _Ti, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA],
  [0, 0, () => OpsItemOperationalData, 64 | 0, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 4, 4, 4, 4, 0],
  1
];
var UpdateOpsMetadataRequest$ = [
  3,
  n0,
  _UOMR,
  0,
  [_OMA, _MTU, _KTD],
  [0, () => MetadataMap, 64 | 0],
  1
];
var UpdatePatchBaselineRequest$ = [
  3,
  n0,
  _UPBR,
  0,
  [_BI, _N, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _Repl],
  [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, 2],
  1
];
var UpdatePatchBaselineResult$ = [
  3,
  n0,
  _UPBRp,
  0,
  [_BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _CD, _MD, _D, _So, _ASUCS],
  [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
];
var AccountIdList = [
  1,
  n0,
  _AIL,
  0,
  [
    0,
    { [_xN]: _AIc }
  ]
];
var Accounts = 64 | 0;
var AccountSharingInfoList = [
  1,
  n0,
  _ASIL,
  0,
  [
    () => AccountSharingInfo$,
    { [_xN]: _ASI }
  ]
];
var AlarmList = [
  1,
  n0,
  _ALl,
  0,
  () => Alarm$
];
var AlarmStateInformationList = [
  1,
  n0,
  _ASILl,
  0,
  () => AlarmStateInformation$
];
var AssociationDescriptionList = [
  1,
  n0,
  _ADL,
  0,
  [
    () => AssociationDescription$,
    { [_xN]: _AD }
  ]
];
var AssociationExecutionFilterList = [
  1,
  n0,
  _AEFL,
  0,
  [
    () => AssociationExecutionFilter$,
    { [_xN]: _AEF }
  ]
];
var AssociationExecutionsList = [
  1,
  n0,
  _AEL,
  0,
  [
    () => AssociationExecution$,
    { [_xN]: _AE }
  ]
];
var AssociationExecutionTargetsFilterList = [
  1,
  n0,
  _AETFL,
  0,
  [
    () => AssociationExecutionTargetsFilter$,
    { [_xN]: _AETF }
  ]
];
var AssociationExecutionTargetsList = [
  1,
  n0,
  _AETL,
  0,
  [
    () => AssociationExecutionTarget$,
    { [_xN]: _AET }
  ]
];
var AssociationFilterList = [
  1,
  n0,
  _AFL,
  0,
  [
    () => AssociationFilter$,
    { [_xN]: _AF }
  ]
];
var AssociationIdList = 64 | 0;
var AssociationList = [
  1,
  n0,
  _ALs,
  0,
  [
    () => Association$,
    { [_xN]: _As }
  ]
];
var AttachmentContentList = [
  1,
  n0,
  _ACL,
  0,
  [
    () => AttachmentContent$,
    { [_xN]: _ACt }
  ]
];
var AttachmentInformationList = [
  1,
  n0,
  _AILt,
  0,
  [
    () => AttachmentInformation$,
    { [_xN]: _AIt }
  ]
];
var AttachmentsSourceValues = 64 | 0;
var AutomationExecutionFilterValueList = 64 | 0;
var AutomationParameterValueList = 64 | 0;
var AutomationTargets = [
  1,
  n0,
  _ATut,
  0,
  () => Target$
];
var CalendarNameOrARNList = 64 | 0;
var CategoryEnumList = 64 | 0;
var CategoryList = 64 | 0;
var CloudConnectorFilterValues = 64 | 0;
var ComplianceItemList = [
  1,
  n0,
  _CILo,
  0,
  [
    () => ComplianceItem$,
    { [_xN]: _Item }
  ]
];
var ComplianceResourceIdList = 64 | 0;
var ComplianceResourceTypeList = 64 | 0;
var ComplianceStringFilterList = [
  1,
  n0,
  _CSFL,
  0,
  [
    () => ComplianceStringFilter$,
    { [_xN]: _CFo }
  ]
];
var ComplianceStringFilterValueList = [
  1,
  n0,
  _CSFVL,
  0,
  [
    0,
    { [_xN]: _FVi }
  ]
];
var ComplianceSummaryItemList = [
  1,
  n0,
  _CSIL,
  0,
  [
    () => ComplianceSummaryItem$,
    { [_xN]: _Item }
  ]
];
var CreateAssociationBatchRequestEntries = [
  1,
  n0,
  _CABREr,
  0,
  [
    () => CreateAssociationBatchRequestEntry$,
    { [_xN]: _en }
  ]
];
var DocumentFilterList = [
  1,
  n0,
  _DFL,
  0,
  [
    () => DocumentFilter$,
    { [_xN]: _DFo }
  ]
];
var DocumentIdentifierList = [
  1,
  n0,
  _DIL,
  0,
  [
    () => DocumentIdentifier$,
    { [_xN]: _DIo }
  ]
];
var DocumentKeyValuesFilterValues = 64 | 0;
var DocumentParameterList = [
  1,
  n0,
  _DPLo,
  0,
  [
    () => DocumentParameter$,
    { [_xN]: _DPo }
  ]
];
var DocumentRequiresList = [
  1,
  n0,
  _DRL,
  0,
  () => DocumentRequires$
];
var ExcludeAccounts = 64 | 0;
var FailedCreateAssociationList = [
  1,
  n0,
  _FCAL,
  0,
  [
    () => FailedCreateAssociation$,
    { [_xN]: _FCAE }
  ]
];
var InstanceIdList = 64 | 0;
var InstanceInformationFilterList = [
  1,
  n0,
  _IIFL,
  0,
  [
    () => InstanceInformationFilter$,
    { [_xN]: _IIF }
  ]
];
var InstanceInformationFilterValueSet = [
  1,
  n0,
  _IIFVS,
  0,
  [
    0,
    { [_xN]: _IIFV }
  ]
];
var InstanceInformationList = [
  1,
  n0,
  _IIL,
  0,
  [
    () => InstanceInformation$,
    { [_xN]: _IInst }
  ]
];
var InstanceInformationStringFilterList = [
  1,
  n0,
  _IISFL,
  0,
  [
    () => InstanceInformationStringFilter$,
    { [_xN]: _IISF }
  ]
];
var InstancePatchStateFilterValues = 64 | 0;
var InstanceProperties = [
  1,
  n0,
  _IPn,
  0,
  [
    () => InstanceProperty$,
    { [_xN]: _IPns }
  ]
];
var InstancePropertyFilterList = [
  1,
  n0,
  _IPFL,
  0,
  [
    () => InstancePropertyFilter$,
    { [_xN]: _IPF }
  ]
];
var InstancePropertyFilterValueSet = [
  1,
  n0,
  _IPFVS,
  0,
  [
    0,
    { [_xN]: _IPFV }
  ]
];
var InstancePropertyStringFilterList = [
  1,
  n0,
  _IPSFLn,
  0,
  [
    () => InstancePropertyStringFilter$,
    { [_xN]: _IPSFn }
  ]
];
var InventoryAggregatorList = [
  1,
  n0,
  _IALn,
  0,
  [
    () => InventoryAggregator$,
    { [_xN]: _Agg }
  ]
];
var InventoryFilterList = [
  1,
  n0,
  _IFL,
  0,
  [
    () => InventoryFilter$,
    { [_xN]: _IFn }
  ]
];
var InventoryFilterValueList = [
  1,
  n0,
  _IFVL,
  0,
  [
    0,
    { [_xN]: _FVi }
  ]
];
var InventoryGroupList = [
  1,
  n0,
  _IGL,
  0,
  [
    () => InventoryGroup$,
    { [_xN]: _IG }
  ]
];
var InventoryItemAttributeList = [
  1,
  n0,
  _IIAL,
  0,
  [
    () => InventoryItemAttribute$,
    { [_xN]: _Attr }
  ]
];
var InventoryItemEntryList = [
  1,
  n0,
  _IIEL,
  0,
  128 | 0
];
var InventoryItemList = [
  1,
  n0,
  _IILn,
  0,
  [
    () => InventoryItem$,
    { [_xN]: _Item }
  ]
];
var InventoryResultEntityList = [
  1,
  n0,
  _IREL,
  0,
  [
    () => InventoryResultEntity$,
    { [_xN]: _Entit }
  ]
];
var KeyList = 64 | 0;
var MaintenanceWindowExecutionTaskIdList = 64 | 0;
var MaintenanceWindowFilterValues = 64 | 0;
var MetadataKeysToDeleteList = 64 | 0;
var NodeAggregatorList = [
  1,
  n0,
  _NAL,
  0,
  [
    () => NodeAggregator$,
    { [_xN]: _NA }
  ]
];
var NodeFilterList = [
  1,
  n0,
  _NFL,
  0,
  [
    () => NodeFilter$,
    { [_xN]: _NF }
  ]
];
var NodeFilterValueList = [
  1,
  n0,
  _NFVL,
  0,
  [
    0,
    { [_xN]: _FVi }
  ]
];
var NodeSummaryList = [
  1,
  n0,
  _NSL,
  0,
  128 | 0
];
var NotificationEventList = 64 | 0;
var OpsAggregatorList = [
  1,
  n0,
  _OAL,
  0,
  [
    () => OpsAggregator$,
    { [_xN]: _Agg }
  ]
];
var OpsEntityItemEntryList = [
  1,
  n0,
  _OEIEL,
  0,
  128 | 0
];
var OpsEntityList = [
  1,
  n0,
  _OEL,
  0,
  [
    () => OpsEntity$,
    { [_xN]: _Entit }
  ]
];
var OpsFilterList = [
  1,
  n0,
  _OFL,
  0,
  [
    () => OpsFilter$,
    { [_xN]: _OF }
  ]
];
var OpsFilterValueList = [
  1,
  n0,
  _OFVL,
  0,
  [
    0,
    { [_xN]: _FVi }
  ]
];
var OpsItemEventFilterValues = 64 | 0;
var OpsItemFilterValues = 64 | 0;
var OpsItemNotifications = [
  1,
  n0,
  _OINp,
  0,
  () => OpsItemNotification$
];
var OpsItemOpsDataKeysList = 64 | 0;
var OpsItemParameterNamesList = 64 | 0;
var OpsItemRelatedItemsFilterValues = 64 | 0;
var OpsMetadataFilterValueList = 64 | 0;
var OpsResultAttributeList = [
  1,
  n0,
  _ORAL,
  0,
  [
    () => OpsResultAttribute$,
    { [_xN]: _ORA }
  ]
];
var ParameterLabelList = 64 | 0;
var ParameterList = [
  1,
  n0,
  _PL,
  0,
  [
    () => Parameter$,
    0
  ]
];
var ParameterNameList = 64 | 0;
var ParameterPolicyList = [
  1,
  n0,
  _PPLa,
  0,
  () => ParameterInlinePolicy$
];
var ParametersFilterValueList = 64 | 0;
var ParameterStringFilterValueList = 64 | 0;
var ParameterValueList = 64 | 0;
var PatchAdvisoryIdList = 64 | 0;
var PatchBugzillaIdList = 64 | 0;
var PatchCVEIdList = 64 | 0;
var PatchFilterList = [
  1,
  n0,
  _PFLa,
  0,
  () => PatchFilter$
];
var PatchFilterValueList = 64 | 0;
var PatchGroupList = 64 | 0;
var PatchIdList = 64 | 0;
var PatchOrchestratorFilterValues = 64 | 0;
var PatchPropertiesList = [
  1,
  n0,
  _PPL,
  0,
  128 | 0
];
var PatchRuleList = [
  1,
  n0,
  _PRL,
  0,
  () => PatchRule$
];
var PatchSourceList = [
  1,
  n0,
  _PSL,
  0,
  [
    () => PatchSource$,
    0
  ]
];
var PatchSourceProductList = 64 | 0;
var PlatformTypeList = [
  1,
  n0,
  _PTL,
  0,
  [
    0,
    { [_xN]: _PTla }
  ]
];
var RegionList = 64 | 0;
var Regions = 64 | 0;
var RelatedOpsItems = [
  1,
  n0,
  _ROI,
  0,
  () => RelatedOpsItem$
];
var ResourceComplianceSummaryItemList = [
  1,
  n0,
  _RCSIL,
  0,
  [
    () => ResourceComplianceSummaryItem$,
    { [_xN]: _Item }
  ]
];
var ResourceDataSyncOrganizationalUnitList = [
  1,
  n0,
  _RDSOUL,
  0,
  () => ResourceDataSyncOrganizationalUnit$
];
var ResourceDataSyncSourceRegionList = 64 | 0;
var ResourcePolicyParameterNamesList = 64 | 0;
var ResultAttributeList = [
  1,
  n0,
  _RAL,
  0,
  [
    () => ResultAttribute$,
    { [_xN]: _RAesu }
  ]
];
var ReviewInformationList = [
  1,
  n0,
  _RIL,
  0,
  [
    () => ReviewInformation$,
    { [_xN]: _RIe }
  ]
];
var Runbooks = [
  1,
  n0,
  _R,
  0,
  () => Runbook$
];
var SessionManagerParameterValueList = 64 | 0;
var StepExecutionFilterValueList = 64 | 0;
var StepExecutionList = [
  1,
  n0,
  _SEL,
  0,
  () => StepExecution$
];
var StringList = 64 | 0;
var TagList = [
  1,
  n0,
  _TLa,
  0,
  () => Tag$
];
var TargetLocations = [
  1,
  n0,
  _TL,
  0,
  () => TargetLocation$
];
var TargetMaps = [
  1,
  n0,
  _TM,
  0,
  [2, n0, _TMa, 0, 0, 64 | 0]
];
var TargetMapValueList = 64 | 0;
var TargetParameterList = 64 | 0;
var TargetPreviewList = [
  1,
  n0,
  _TPL,
  0,
  () => TargetPreview$
];
var Targets = [
  1,
  n0,
  _Ta,
  0,
  () => Target$
];
var TargetValues = 64 | 0;
var ValidNextStepList = 64 | 0;
var AssociationStatusAggregatedCount = 128 | 1;
var AutomationParameterMap = [
  2,
  n0,
  _APM,
  0,
  0,
  64 | 0
];
var ComplianceItemDetails = 128 | 0;
var InstanceAssociationStatusAggregatedCount = 128 | 1;
var InventoryItemContentContext = 128 | 0;
var InventoryItemEntry = 128 | 0;
var InventoryResultItemMap = [
  2,
  n0,
  _IRIM,
  0,
  0,
  () => InventoryResultItem$
];
var MetadataMap = [
  2,
  n0,
  _MM,
  0,
  0,
  () => MetadataValue$
];
var NodeSummary = 128 | 0;
var NormalStringMap = 128 | 0;
var OpsAggregatorValueMap = 128 | 0;
var OpsEntityItemEntry = 128 | 0;
var OpsEntityItemMap = [
  2,
  n0,
  _OEIM,
  0,
  0,
  () => OpsEntityItem$
];
var OpsItemOperationalData = [
  2,
  n0,
  _OIOD,
  0,
  0,
  () => OpsItemDataValue$
];
var _Parameters = [
  2,
  n0,
  _P,
  8,
  0,
  64 | 0
];
var PatchPropertyEntry = 128 | 0;
var SessionManagerParameters = [
  2,
  n0,
  _SMP,
  0,
  0,
  64 | 0
];
var StepPreviewMap = 128 | 1;
var TargetMap = [
  2,
  n0,
  _TMa,
  0,
  0,
  64 | 0
];
var GetParameter$ = [
  9,
  n0,
  _GPe,
  0,
  () => GetParameterRequest$,
  () => GetParameterResult$
];

// node_modules/@aws-sdk/client-ssm/dist-es/commands/GetParameterCommand.js
var GetParameterCommand = class extends command(_ep0, _mw0, "GetParameter", GetParameter$) {
};

export {
  resolveClientEndpointParameters,
  errorTypeRegistries,
  GetParameterCommand
};
