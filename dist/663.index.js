export const id = 663;
export const ids = [663];
export const modules = {

/***/ 8663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DescribeImagesCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__.ji5),
/* harmony export */   DescribeRepositoriesCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__.pE_),
/* harmony export */   ECRClient: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__.S70)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8249);
/**
 * The part of the ECR client the action uses, for `import()` (see ec2.ts): container recipes check
 * their target repositories before anything is created, and read the pushed image's digest.
 */



/***/ })

};
