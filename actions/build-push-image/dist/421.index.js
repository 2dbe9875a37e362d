"use strict";
exports.id = 421;
exports.ids = [421];
exports.modules = {

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_0__.k),
/* harmony export */   CreateAccessPointCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_1__.O),
/* harmony export */   CreateFileSystemCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_2__.F),
/* harmony export */   CreateMountTargetCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_3__.Y),
/* harmony export */   DeleteAccessPointCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_4__.T),
/* harmony export */   DeleteFileSystemCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_5__.i),
/* harmony export */   DeleteMountTargetCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_6__.n),
/* harmony export */   DescribeAccessPointsCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_7__.q),
/* harmony export */   DescribeFileSystemsCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_8__.X),
/* harmony export */   DescribeMountTargetSecurityGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_9__.P),
/* harmony export */   DescribeMountTargetsCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_10__.S),
/* harmony export */   ModifyMountTargetSecurityGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_11__.O),
/* harmony export */   TagResourceCommand: () => (/* reexport safe */ _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_12__.e)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6648);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6237);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9438);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(965);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8894);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9875);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6922);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3739);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7780);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(686);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5895);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(313);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6921);
// The EFS commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;