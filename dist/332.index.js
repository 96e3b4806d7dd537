export const id = 332;
export const ids = [332];
export const modules = {

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SSMClient: () => (/* reexport safe */ _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__.jBj)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/** The part of the SSM client the action uses, for `import()` (see ec2.ts). */



/***/ })

};
