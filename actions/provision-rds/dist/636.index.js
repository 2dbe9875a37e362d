"use strict";
exports.id = 636;
exports.ids = [636];
exports.modules = {

/***/ 2636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AddClientIDToOpenIDConnectProviderCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__.g),
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__.h),
/* harmony export */   CreateOpenIDConnectProviderCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__.Q),
/* harmony export */   CreateRoleCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__.I),
/* harmony export */   DeleteRoleCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__.$),
/* harmony export */   DeleteRolePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__.T),
/* harmony export */   GetOpenIDConnectProviderCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__.c),
/* harmony export */   GetRoleCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_7__.k),
/* harmony export */   GetRolePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_8__.W),
/* harmony export */   ListRolePoliciesCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_9__.Y),
/* harmony export */   ListRoleTagsCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_10__.D),
/* harmony export */   PutRolePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_11__.p),
/* harmony export */   TagRoleCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_12__.W),
/* harmony export */   UpdateAssumeRolePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_13__.t),
/* harmony export */   UpdateRoleCommand: () => (/* reexport safe */ _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_14__.T)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8344);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6180);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6316);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5153);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3055);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4628);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3836);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3586);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3286);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7435);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3397);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7488);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6095);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7851);
// The IAM commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;