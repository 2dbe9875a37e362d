"use strict";
exports.id = 863;
exports.ids = [863];
exports.modules = {

/***/ 5863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AuthorizeSecurityGroupIngressCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__.N),
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.g),
/* harmony export */   CreateSecurityGroupCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.x),
/* harmony export */   DeleteSecurityGroupCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.y),
/* harmony export */   DescribeNetworkInterfacesCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__.B),
/* harmony export */   DescribeSecurityGroupsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.j),
/* harmony export */   DescribeSubnetsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_6__.j),
/* harmony export */   DescribeVpcsCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_7__.D),
/* harmony export */   RevokeSecurityGroupEgressCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_8__.k),
/* harmony export */   RevokeSecurityGroupIngressCommand: () => (/* reexport safe */ _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_9__.e)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4601);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5990);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3699);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2408);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8988);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3168);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1046);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4815);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2543);
// The EC2 commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;