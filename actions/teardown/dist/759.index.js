"use strict";
exports.id = 759;
exports.ids = [759];
exports.modules = {

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BatchDeleteImageCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__.w),
/* harmony export */   BatchGetImageCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.P),
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__.S),
/* harmony export */   CreateRepositoryCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__.W),
/* harmony export */   DeleteRepositoryCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__.j),
/* harmony export */   DescribeImagesCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__.j),
/* harmony export */   DescribeRepositoriesCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__.p),
/* harmony export */   GetAuthorizationTokenCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_7__.E),
/* harmony export */   GetLifecyclePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__.O),
/* harmony export */   ListTagsForResourceCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_9__.a),
/* harmony export */   PutImageCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_10__.S),
/* harmony export */   PutImageScanningConfigurationCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_11__.B),
/* harmony export */   PutImageTagMutabilityCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_12__.c),
/* harmony export */   PutLifecyclePolicyCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_13__.R),
/* harmony export */   TagResourceCommand: () => (/* reexport safe */ _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_14__.e)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4211);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4469);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9952);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9093);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7728);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6939);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1946);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8421);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7631);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1739);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5959);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3260);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4049);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(502);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9787);
// The ECR commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;