"use strict";
exports.id = 418;
exports.ids = [418];
exports.modules = {

/***/ 2418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AddTagsToResourceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__.X),
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_0__.r),
/* harmony export */   CreateDBInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_2__.d),
/* harmony export */   CreateDBSubnetGroupCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.s),
/* harmony export */   DeleteDBInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__.Y),
/* harmony export */   DeleteDBSubnetGroupCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__.P),
/* harmony export */   DescribeDBInstancesCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_6__.h),
/* harmony export */   DescribeDBSubnetGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_7__.W),
/* harmony export */   ListTagsForResourceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_8__.a),
/* harmony export */   ModifyDBInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__.R),
/* harmony export */   ModifyDBSubnetGroupCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_10__.K),
/* harmony export */   StartDBInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_11__.H)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7278);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6115);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7001);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4276);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7000);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5831);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9397);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5236);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1906);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4651);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7242);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6129);
// The RDS commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;