"use strict";
exports.id = 379;
exports.ids = [379];
exports.modules = {

/***/ 5379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.Y),
/* harmony export */   CreateBucketCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.c),
/* harmony export */   DeleteBucketCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.H),
/* harmony export */   DeleteObjectsCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.x),
/* harmony export */   GetBucketEncryptionCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.t),
/* harmony export */   GetBucketLifecycleConfigurationCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.i),
/* harmony export */   GetBucketPolicyCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__.m),
/* harmony export */   GetBucketTaggingCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__.f),
/* harmony export */   GetPublicAccessBlockCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.G),
/* harmony export */   HeadBucketCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_9__.k),
/* harmony export */   ListObjectVersionsCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_11__.u),
/* harmony export */   ListObjectsV2Command: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_10__.u),
/* harmony export */   PutBucketEncryptionCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_12__.i),
/* harmony export */   PutBucketLifecycleConfigurationCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_13__.R),
/* harmony export */   PutBucketPolicyCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_14__.B),
/* harmony export */   PutBucketTaggingCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__.y),
/* harmony export */   PutObjectCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_16__.w),
/* harmony export */   PutPublicAccessBlockCommand: () => (/* reexport safe */ _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_17__.Z)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8897);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2220);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7358);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7744);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1429);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4473);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1552);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8027);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9855);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9693);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(893);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2959);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6594);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4682);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9221);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5539);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6530);
// The S3 commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;