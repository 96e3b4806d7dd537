export const id = 696;
export const ids = [696];
export const modules = {

/***/ 6696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.qg)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The YAML parser, behind a module of its own so that `main` can load it with `import()` only for
 * a YAML list of components. A static re-export, because `yaml` is a CommonJS package: a bundle
 * gives an `import()` of it only a default export, while a static import gets its named ones.
 */



/***/ })

};
