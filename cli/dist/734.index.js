"use strict";
exports.id = 734;
exports.ids = [734];
exports.modules = {

/***/ 4734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   CreateLogGroupCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   DeleteLogGroupCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__.I),
/* harmony export */   DescribeLogGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__.V),
/* harmony export */   ListTagsForResourceCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__.a),
/* harmony export */   PutRetentionPolicyCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__.h),
/* harmony export */   TagResourceCommand: () => (/* reexport safe */ _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__.e)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2900);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5200);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3757);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(174);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(853);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1054);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(985);
// The CloudWatch Logs commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;