"use strict";
exports.id = 760;
exports.ids = [760];
exports.modules = {

/***/ 8760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Client: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.Z),
/* harmony export */   CreateClusterCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.o),
/* harmony export */   CreateServiceCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__.J),
/* harmony export */   DeleteClusterCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.d),
/* harmony export */   DeleteServiceCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.o),
/* harmony export */   DeleteTaskDefinitionsCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_5__.W),
/* harmony export */   DeregisterTaskDefinitionCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_6__.s),
/* harmony export */   DescribeClustersCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_7__._),
/* harmony export */   DescribeServicesCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__.H),
/* harmony export */   DescribeTaskDefinitionCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__.Z),
/* harmony export */   DescribeTasksCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_10__.z),
/* harmony export */   ListServicesCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_11__.q),
/* harmony export */   ListTaskDefinitionFamiliesCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_12__.c),
/* harmony export */   ListTaskDefinitionsCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_13__.P),
/* harmony export */   ListTasksCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_14__.M),
/* harmony export */   RegisterTaskDefinitionCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_15__.$),
/* harmony export */   RunTaskCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_16__._),
/* harmony export */   StopTaskCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_17__.P),
/* harmony export */   TagResourceCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_18__.e),
/* harmony export */   UpdateClusterCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_19__.R),
/* harmony export */   UpdateServiceCommand: () => (/* reexport safe */ _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_20__.k)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7777);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2125);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4069);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5326);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8848);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6266);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4154);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6987);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2511);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8639);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7816);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1928);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(155);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4810);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4031);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7168);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(2059);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(2168);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(5615);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(7188);
// The ECS commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.



/***/ })

};
;