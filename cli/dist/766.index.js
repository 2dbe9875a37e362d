"use strict";
exports.id = 766;
exports.ids = [766];
exports.modules = {

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_0__.r),
/* harmony export */   CreatePrivateDnsNamespaceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_1__.n),
/* harmony export */   CreateServiceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_2__.J),
/* harmony export */   DeleteNamespaceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_3__.y),
/* harmony export */   DeleteServiceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_4__.o),
/* harmony export */   DeregisterInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_5__.n),
/* harmony export */   GetNamespaceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_6__.r),
/* harmony export */   GetOperationCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_7__.V),
/* harmony export */   GetServiceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_8__.d),
/* harmony export */   ListInstancesCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_9__._),
/* harmony export */   ListNamespacesCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_10__.s),
/* harmony export */   ListServicesCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_11__.q),
/* harmony export */   ListTagsForResourceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_12__.a),
/* harmony export */   TagResourceCommand: () => (/* reexport safe */ _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_13__.e)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5503);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(783);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2477);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9034);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8590);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1807);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5325);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9879);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4506);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7084);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2584);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8296);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6208);
/* harmony import */ var _aws_sdk_client_servicediscovery__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2424);
// The Cloud Map commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;