export const id = 446;
export const ids = [446];
export const modules = {

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchLogsClient: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__.TFr),
/* harmony export */   GetLogEventsCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__.h7S)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2684);
/** The part of the CloudWatch Logs client the action uses, for `import()` (see ec2.ts). */



/***/ })

};
