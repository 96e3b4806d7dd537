export const id = 791;
export const ids = [791];
export const modules = {

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreateTagsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.RmG),
/* harmony export */   DescribeImagesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.ji5),
/* harmony export */   DescribeLaunchTemplatesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.fmI),
/* harmony export */   EC2Client: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.gu5),
/* harmony export */   EnableImageDeprecationCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.cJk),
/* harmony export */   GetImageBlockPublicAccessStateCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.QRd)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);
/**
 * The part of the EC2 client the action uses, for `import()`: an `import()` of the package itself
 * would bundle every one of its operations (2 MB), since a bundler cannot tell which a dynamic
 * import's caller will read. The same holds for logs.ts and ssm.ts.
 */



/***/ })

};
