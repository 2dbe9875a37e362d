"use strict";
exports.id = 643;
exports.ids = [643];
exports.modules = {

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ RDSClient)
});

// UNUSED EXPORTS: __Client

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthSchemeProvider.js


const defaultRDSHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "rds",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultRDSHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(6479);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/package.json
const package_namespaceObject = {"rE":"3.1169.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
var node_http_handler = __webpack_require__(3291);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/endpoint/bdd.js

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://rds-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://rds.{Region}.amazonaws.com", i],
        ["https://rds-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://rds.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://rds.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(5636);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2014-10-31",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.rds",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
            version: "2014-10-31",
            serviceTarget: "AmazonRDSv19",
        },
        serviceId: config?.serviceId ?? "RDS",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/RDSClient.js













class RDSClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultRDSHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}


/***/ }),

/***/ 4162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* unused harmony export _mw1 */
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6479);




const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "AmazonRDSv19", "RDSClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];
const _mw1 = (Command, cs, config, o) => [
    getCrossRegionPresignedUrlPlugin(config),
];


/***/ }),

/***/ 6115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ AddTagsToResourceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class AddTagsToResourceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "AddTagsToResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .AddTagsToResource$ */ .Yl$) {
}


/***/ }),

/***/ 7001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ CreateDBInstanceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class CreateDBInstanceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateDBInstance", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateDBInstance$ */ .YpA) {
}


/***/ }),

/***/ 4276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ CreateDBSubnetGroupCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class CreateDBSubnetGroupCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateDBSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateDBSubnetGroup$ */ .DYx) {
}


/***/ }),

/***/ 7000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ DeleteDBInstanceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class DeleteDBInstanceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteDBInstance", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteDBInstance$ */ .VWL) {
}


/***/ }),

/***/ 5831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DeleteDBSubnetGroupCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class DeleteDBSubnetGroupCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteDBSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteDBSubnetGroup$ */ .cTR) {
}


/***/ }),

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ DescribeDBInstancesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class DescribeDBInstancesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeDBInstances", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBInstances$ */ .WLA) {
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DescribeDBSubnetGroupsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class DescribeDBSubnetGroupsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeDBSubnetGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBSubnetGroups$ */ .FWW) {
}


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListTagsForResourceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class ListTagsForResourceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResource$ */ .Tzn) {
}


/***/ }),

/***/ 4651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ModifyDBInstanceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class ModifyDBInstanceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ModifyDBInstance", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ModifyDBInstance$ */ .S$z) {
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ModifyDBSubnetGroupCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class ModifyDBSubnetGroupCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ModifyDBSubnetGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ModifyDBSubnetGroup$ */ .dE) {
}


/***/ }),

/***/ 6129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ StartDBInstanceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4162);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);


class StartDBInstanceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "StartDBInstance", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .StartDBInstance$ */ .ACB) {
}


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "rds",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 5636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yl$: () => (/* binding */ AddTagsToResource$),
  YpA: () => (/* binding */ CreateDBInstance$),
  DYx: () => (/* binding */ CreateDBSubnetGroup$),
  VWL: () => (/* binding */ DeleteDBInstance$),
  cTR: () => (/* binding */ DeleteDBSubnetGroup$),
  WLA: () => (/* binding */ DescribeDBInstances$),
  FWW: () => (/* binding */ DescribeDBSubnetGroups$),
  Tzn: () => (/* binding */ ListTagsForResource$),
  S$z: () => (/* binding */ ModifyDBInstance$),
  dE: () => (/* binding */ ModifyDBSubnetGroup$),
  ACB: () => (/* binding */ StartDBInstance$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AccountAttributesMessage$, AccountQuota$, AddRoleToDBCluster$, AddRoleToDBClusterMessage$, AddRoleToDBInstance$, AddRoleToDBInstanceMessage$, AddSourceIdentifierToSubscription$, AddSourceIdentifierToSubscriptionMessage$, AddSourceIdentifierToSubscriptionResult$, AddTagsToResourceMessage$, AdditionalStorageVolume$, AdditionalStorageVolumeOutput$, ApplyPendingMaintenanceAction$, ApplyPendingMaintenanceActionMessage$, ApplyPendingMaintenanceActionResult$, AuthorizationAlreadyExistsFault$, AuthorizationNotFoundFault$, AuthorizationQuotaExceededFault$, AuthorizeDBSecurityGroupIngress$, AuthorizeDBSecurityGroupIngressMessage$, AuthorizeDBSecurityGroupIngressResult$, AvailabilityZone$, AvailableAdditionalStorageVolumesOption$, AvailableCapacityPerAvailabilityZone$, AvailableProcessorFeature$, BacktrackDBCluster$, BacktrackDBClusterMessage$, BackupPolicyNotFoundFault$, BlueGreenDeployment$, BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentTask$, CancelDBCapacityReservation$, CancelDBCapacityReservationRequest$, CancelDBCapacityReservationResponse$, CancelExportTask$, CancelExportTaskMessage$, Certificate$, CertificateDetails$, CertificateMessage$, CertificateNotFoundFault$, CharacterSet$, CloudwatchLogsExportConfiguration$, ClusterPendingModifiedValues$, ConnectionPoolConfiguration$, ConnectionPoolConfigurationInfo$, ContextAttribute$, CopyDBClusterParameterGroup$, CopyDBClusterParameterGroupMessage$, CopyDBClusterParameterGroupResult$, CopyDBClusterSnapshot$, CopyDBClusterSnapshotMessage$, CopyDBClusterSnapshotResult$, CopyDBParameterGroup$, CopyDBParameterGroupMessage$, CopyDBParameterGroupResult$, CopyDBSnapshot$, CopyDBSnapshotMessage$, CopyDBSnapshotResult$, CopyOptionGroup$, CopyOptionGroupMessage$, CopyOptionGroupResult$, CreateBlueGreenDeployment$, CreateBlueGreenDeploymentRequest$, CreateBlueGreenDeploymentResponse$, CreateCustomDBEngineVersion$, CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionMessage$, CreateDBCapacityReservation$, CreateDBCapacityReservationRequest$, CreateDBCapacityReservationResponse$, CreateDBCluster$, CreateDBClusterEndpoint$, CreateDBClusterEndpointMessage$, CreateDBClusterMessage$, CreateDBClusterParameterGroup$, CreateDBClusterParameterGroupMessage$, CreateDBClusterParameterGroupResult$, CreateDBClusterResult$, CreateDBClusterSnapshot$, CreateDBClusterSnapshotMessage$, CreateDBClusterSnapshotResult$, CreateDBInstanceMessage$, CreateDBInstanceReadReplica$, CreateDBInstanceReadReplicaMessage$, CreateDBInstanceReadReplicaResult$, CreateDBInstanceResult$, CreateDBParameterGroup$, CreateDBParameterGroupMessage$, CreateDBParameterGroupResult$, CreateDBProxy$, CreateDBProxyEndpoint$, CreateDBProxyEndpointRequest$, CreateDBProxyEndpointResponse$, CreateDBProxyRequest$, CreateDBProxyResponse$, CreateDBSecurityGroup$, CreateDBSecurityGroupMessage$, CreateDBSecurityGroupResult$, CreateDBShardGroup$, CreateDBShardGroupMessage$, CreateDBSnapshot$, CreateDBSnapshotMessage$, CreateDBSnapshotResult$, CreateDBSubnetGroupMessage$, CreateDBSubnetGroupResult$, CreateEventSubscription$, CreateEventSubscriptionMessage$, CreateEventSubscriptionResult$, CreateGlobalCluster$, CreateGlobalClusterMessage$, CreateGlobalClusterResult$, CreateIntegration$, CreateIntegrationMessage$, CreateOptionGroup$, CreateOptionGroupMessage$, CreateOptionGroupResult$, CreateTenantDatabase$, CreateTenantDatabaseMessage$, CreateTenantDatabaseResult$, CustomAvailabilityZoneNotFoundFault$, CustomDBEngineVersionAMI$, CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionQuotaExceededFault$, DBCapacityReservation$, DBCapacityReservationAlreadyExistsFault$, DBCapacityReservationCommitmentInfo$, DBCapacityReservationNotFoundFault$, DBCapacityReservationUnsupportedFault$, DBCluster$, DBClusterAlreadyExistsFault$, DBClusterAssociatedRole$, DBClusterAutomatedBackup$, DBClusterAutomatedBackupMessage$, DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupQuotaExceededFault$, DBClusterBacktrack$, DBClusterBacktrackMessage$, DBClusterBacktrackNotFoundFault$, DBClusterCapacityInfo$, DBClusterEndpoint$, DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointMessage$, DBClusterEndpointNotFoundFault$, DBClusterEndpointQuotaExceededFault$, DBClusterMember$, DBClusterMessage$, DBClusterNotFoundFault$, DBClusterOptionGroupStatus$, DBClusterParameterGroup$, DBClusterParameterGroupDetails$, DBClusterParameterGroupNameMessage$, DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupsMessage$, DBClusterQuotaExceededFault$, DBClusterRole$, DBClusterRoleAlreadyExistsFault$, DBClusterRoleNotFoundFault$, DBClusterRoleQuotaExceededFault$, DBClusterSnapshot$, DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAttribute$, DBClusterSnapshotAttributesResult$, DBClusterSnapshotMessage$, DBClusterSnapshotNotFoundFault$, DBClusterStatusInfo$, DBEngineVersion$, DBEngineVersionMessage$, DBInstance$, DBInstanceAlreadyExistsFault$, DBInstanceAutomatedBackup$, DBInstanceAutomatedBackupMessage$, DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupsReplication$, DBInstanceMessage$, DBInstanceNotFoundFault$, DBInstanceNotReadyFault$, DBInstanceRole$, DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleNotFoundFault$, DBInstanceRoleQuotaExceededFault$, DBInstanceStatusInfo$, DBLogFileNotFoundFault$, DBMajorEngineVersion$, DBParameterGroup$, DBParameterGroupAlreadyExistsFault$, DBParameterGroupDetails$, DBParameterGroupNameMessage$, DBParameterGroupNotFoundFault$, DBParameterGroupQuotaExceededFault$, DBParameterGroupStatus$, DBParameterGroupsMessage$, DBProxy$, DBProxyAlreadyExistsFault$, DBProxyEndpoint$, DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointNotFoundFault$, DBProxyEndpointQuotaExceededFault$, DBProxyNotFoundFault$, DBProxyQuotaExceededFault$, DBProxyTarget$, DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetGroup$, DBProxyTargetGroupNotFoundFault$, DBProxyTargetNotFoundFault$, DBRecommendation$, DBRecommendationMessage$, DBRecommendationsMessage$, DBSecurityGroup$, DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupMembership$, DBSecurityGroupMessage$, DBSecurityGroupNotFoundFault$, DBSecurityGroupNotSupportedFault$, DBSecurityGroupQuotaExceededFault$, DBShardGroup$, DBShardGroupAlreadyExistsFault$, DBShardGroupNotFoundFault$, DBSnapshot$, DBSnapshotAlreadyExistsFault$, DBSnapshotAttribute$, DBSnapshotAttributesResult$, DBSnapshotMessage$, DBSnapshotNotFoundFault$, DBSnapshotTenantDatabase$, DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabasesMessage$, DBSubnetGroup$, DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupMessage$, DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotFoundFault$, DBSubnetGroupQuotaExceededFault$, DBSubnetQuotaExceededFault$, DBUpgradeDependencyFailureFault$, DeleteBlueGreenDeployment$, DeleteBlueGreenDeploymentRequest$, DeleteBlueGreenDeploymentResponse$, DeleteCustomDBEngineVersion$, DeleteCustomDBEngineVersionMessage$, DeleteDBCluster$, DeleteDBClusterAutomatedBackup$, DeleteDBClusterAutomatedBackupMessage$, DeleteDBClusterAutomatedBackupResult$, DeleteDBClusterEndpoint$, DeleteDBClusterEndpointMessage$, DeleteDBClusterMessage$, DeleteDBClusterParameterGroup$, DeleteDBClusterParameterGroupMessage$, DeleteDBClusterResult$, DeleteDBClusterSnapshot$, DeleteDBClusterSnapshotMessage$, DeleteDBClusterSnapshotResult$, DeleteDBInstanceAutomatedBackup$, DeleteDBInstanceAutomatedBackupMessage$, DeleteDBInstanceAutomatedBackupResult$, DeleteDBInstanceMessage$, DeleteDBInstanceResult$, DeleteDBParameterGroup$, DeleteDBParameterGroupMessage$, DeleteDBProxy$, DeleteDBProxyEndpoint$, DeleteDBProxyEndpointRequest$, DeleteDBProxyEndpointResponse$, DeleteDBProxyRequest$, DeleteDBProxyResponse$, DeleteDBSecurityGroup$, DeleteDBSecurityGroupMessage$, DeleteDBShardGroup$, DeleteDBShardGroupMessage$, DeleteDBSnapshot$, DeleteDBSnapshotMessage$, DeleteDBSnapshotResult$, DeleteDBSubnetGroupMessage$, DeleteEventSubscription$, DeleteEventSubscriptionMessage$, DeleteEventSubscriptionResult$, DeleteGlobalCluster$, DeleteGlobalClusterMessage$, DeleteGlobalClusterResult$, DeleteIntegration$, DeleteIntegrationMessage$, DeleteOptionGroup$, DeleteOptionGroupMessage$, DeleteTenantDatabase$, DeleteTenantDatabaseMessage$, DeleteTenantDatabaseResult$, DeregisterDBProxyTargets$, DeregisterDBProxyTargetsRequest$, DeregisterDBProxyTargetsResponse$, DescribeAccountAttributes$, DescribeAccountAttributesMessage$, DescribeBlueGreenDeployments$, DescribeBlueGreenDeploymentsRequest$, DescribeBlueGreenDeploymentsResponse$, DescribeCertificates$, DescribeCertificatesMessage$, DescribeDBCapacityReservations$, DescribeDBCapacityReservationsRequest$, DescribeDBCapacityReservationsResponse$, DescribeDBClusterAutomatedBackups$, DescribeDBClusterAutomatedBackupsMessage$, DescribeDBClusterBacktracks$, DescribeDBClusterBacktracksMessage$, DescribeDBClusterEndpoints$, DescribeDBClusterEndpointsMessage$, DescribeDBClusterParameterGroups$, DescribeDBClusterParameterGroupsMessage$, DescribeDBClusterParameters$, DescribeDBClusterParametersMessage$, DescribeDBClusterSnapshotAttributes$, DescribeDBClusterSnapshotAttributesMessage$, DescribeDBClusterSnapshotAttributesResult$, DescribeDBClusterSnapshots$, DescribeDBClusterSnapshotsMessage$, DescribeDBClusters$, DescribeDBClustersMessage$, DescribeDBEngineVersions$, DescribeDBEngineVersionsMessage$, DescribeDBInstanceAutomatedBackups$, DescribeDBInstanceAutomatedBackupsMessage$, DescribeDBInstancesMessage$, DescribeDBLogFiles$, DescribeDBLogFilesDetails$, DescribeDBLogFilesMessage$, DescribeDBLogFilesResponse$, DescribeDBMajorEngineVersions$, DescribeDBMajorEngineVersionsRequest$, DescribeDBMajorEngineVersionsResponse$, DescribeDBParameterGroups$, DescribeDBParameterGroupsMessage$, DescribeDBParameters$, DescribeDBParametersMessage$, DescribeDBProxies$, DescribeDBProxiesRequest$, DescribeDBProxiesResponse$, DescribeDBProxyEndpoints$, DescribeDBProxyEndpointsRequest$, DescribeDBProxyEndpointsResponse$, DescribeDBProxyTargetGroups$, DescribeDBProxyTargetGroupsRequest$, DescribeDBProxyTargetGroupsResponse$, DescribeDBProxyTargets$, DescribeDBProxyTargetsRequest$, DescribeDBProxyTargetsResponse$, DescribeDBRecommendations$, DescribeDBRecommendationsMessage$, DescribeDBSecurityGroups$, DescribeDBSecurityGroupsMessage$, DescribeDBShardGroups$, DescribeDBShardGroupsMessage$, DescribeDBShardGroupsResponse$, DescribeDBSnapshotAttributes$, DescribeDBSnapshotAttributesMessage$, DescribeDBSnapshotAttributesResult$, DescribeDBSnapshotTenantDatabases$, DescribeDBSnapshotTenantDatabasesMessage$, DescribeDBSnapshots$, DescribeDBSnapshotsMessage$, DescribeDBSubnetGroupsMessage$, DescribeEngineDefaultClusterParameters$, DescribeEngineDefaultClusterParametersMessage$, DescribeEngineDefaultClusterParametersResult$, DescribeEngineDefaultParameters$, DescribeEngineDefaultParametersMessage$, DescribeEngineDefaultParametersResult$, DescribeEventCategories$, DescribeEventCategoriesMessage$, DescribeEventSubscriptions$, DescribeEventSubscriptionsMessage$, DescribeEvents$, DescribeEventsMessage$, DescribeExportTasks$, DescribeExportTasksMessage$, DescribeGlobalClusters$, DescribeGlobalClustersMessage$, DescribeIntegrations$, DescribeIntegrationsMessage$, DescribeIntegrationsResponse$, DescribeOptionGroupOptions$, DescribeOptionGroupOptionsMessage$, DescribeOptionGroups$, DescribeOptionGroupsMessage$, DescribeOrderableDBInstanceOptions$, DescribeOrderableDBInstanceOptionsMessage$, DescribePendingMaintenanceActions$, DescribePendingMaintenanceActionsMessage$, DescribeReservedDBInstances$, DescribeReservedDBInstancesMessage$, DescribeReservedDBInstancesOfferings$, DescribeReservedDBInstancesOfferingsMessage$, DescribeServerlessV2PlatformVersions$, DescribeServerlessV2PlatformVersionsMessage$, DescribeSourceRegions$, DescribeSourceRegionsMessage$, DescribeTenantDatabases$, DescribeTenantDatabasesMessage$, DescribeValidDBInstanceModifications$, DescribeValidDBInstanceModificationsMessage$, DescribeValidDBInstanceModificationsResult$, DisableHttpEndpoint$, DisableHttpEndpointRequest$, DisableHttpEndpointResponse$, DocLink$, DomainMembership$, DomainNotFoundFault$, DoubleRange$, DownloadDBLogFilePortion$, DownloadDBLogFilePortionDetails$, DownloadDBLogFilePortionMessage$, EC2SecurityGroup$, Ec2ImagePropertiesNotSupportedFault$, EnableHttpEndpoint$, EnableHttpEndpointRequest$, EnableHttpEndpointResponse$, Endpoint$, EngineDefaults$, Event$, EventCategoriesMap$, EventCategoriesMessage$, EventSubscription$, EventSubscriptionQuotaExceededFault$, EventSubscriptionsMessage$, EventsMessage$, ExportTask$, ExportTaskAlreadyExistsFault$, ExportTaskNotFoundFault$, ExportTasksMessage$, FailoverDBCluster$, FailoverDBClusterMessage$, FailoverDBClusterResult$, FailoverGlobalCluster$, FailoverGlobalClusterMessage$, FailoverGlobalClusterResult$, FailoverState$, Filter$, GlobalCluster$, GlobalClusterAlreadyExistsFault$, GlobalClusterMember$, GlobalClusterNotFoundFault$, GlobalClusterQuotaExceededFault$, GlobalClustersMessage$, IPRange$, IamRoleMissingPermissionsFault$, IamRoleNotFoundFault$, InstanceQuotaExceededFault$, InsufficientAvailableIPsInSubnetFault$, InsufficientDBClusterCapacityFault$, InsufficientDBInstanceCapacityFault$, InsufficientStorageClusterCapacityFault$, Integration$, IntegrationAlreadyExistsFault$, IntegrationConflictOperationFault$, IntegrationError$, IntegrationNotFoundFault$, IntegrationQuotaExceededFault$, InvalidBlueGreenDeploymentStateFault$, InvalidCustomDBEngineVersionStateFault$, InvalidDBCapacityReservationStateFault$, InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterCapacityFault$, InvalidDBClusterEndpointStateFault$, InvalidDBClusterSnapshotStateFault$, InvalidDBClusterStateFault$, InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceStateFault$, InvalidDBParameterGroupStateFault$, InvalidDBProxyEndpointStateFault$, InvalidDBProxyStateFault$, InvalidDBSecurityGroupStateFault$, InvalidDBShardGroupStateFault$, InvalidDBSnapshotStateFault$, InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupStateFault$, InvalidDBSubnetStateFault$, InvalidEventSubscriptionStateFault$, InvalidExportOnlyFault$, InvalidExportSourceStateFault$, InvalidExportTaskStateFault$, InvalidGlobalClusterStateFault$, InvalidIntegrationStateFault$, InvalidOptionGroupStateFault$, InvalidResourceStateFault$, InvalidRestoreFault$, InvalidS3BucketFault$, InvalidSubnet$, InvalidVPCNetworkStateFault$, IssueDetails$, KMSKeyNotAccessibleFault$, LimitlessDatabase$, ListTagsForResourceMessage$, MasterUserSecret$, MaxDBShardGroupLimitReached$, Metric$, MetricQuery$, MetricReference$, MinimumEngineVersionPerAllowedValue$, ModifyActivityStream$, ModifyActivityStreamRequest$, ModifyActivityStreamResponse$, ModifyAdditionalStorageVolume$, ModifyCertificates$, ModifyCertificatesMessage$, ModifyCertificatesResult$, ModifyCurrentDBClusterCapacity$, ModifyCurrentDBClusterCapacityMessage$, ModifyCustomDBEngineVersion$, ModifyCustomDBEngineVersionMessage$, ModifyDBCapacityReservation$, ModifyDBCapacityReservationRequest$, ModifyDBCapacityReservationResponse$, ModifyDBCluster$, ModifyDBClusterEndpoint$, ModifyDBClusterEndpointMessage$, ModifyDBClusterMessage$, ModifyDBClusterParameterGroup$, ModifyDBClusterParameterGroupMessage$, ModifyDBClusterResult$, ModifyDBClusterSnapshotAttribute$, ModifyDBClusterSnapshotAttributeMessage$, ModifyDBClusterSnapshotAttributeResult$, ModifyDBInstanceMessage$, ModifyDBInstanceResult$, ModifyDBParameterGroup$, ModifyDBParameterGroupMessage$, ModifyDBProxy$, ModifyDBProxyEndpoint$, ModifyDBProxyEndpointRequest$, ModifyDBProxyEndpointResponse$, ModifyDBProxyRequest$, ModifyDBProxyResponse$, ModifyDBProxyTargetGroup$, ModifyDBProxyTargetGroupRequest$, ModifyDBProxyTargetGroupResponse$, ModifyDBRecommendation$, ModifyDBRecommendationMessage$, ModifyDBShardGroup$, ModifyDBShardGroupMessage$, ModifyDBSnapshot$, ModifyDBSnapshotAttribute$, ModifyDBSnapshotAttributeMessage$, ModifyDBSnapshotAttributeResult$, ModifyDBSnapshotMessage$, ModifyDBSnapshotResult$, ModifyDBSubnetGroupMessage$, ModifyDBSubnetGroupResult$, ModifyEventSubscription$, ModifyEventSubscriptionMessage$, ModifyEventSubscriptionResult$, ModifyGlobalCluster$, ModifyGlobalClusterMessage$, ModifyGlobalClusterResult$, ModifyIntegration$, ModifyIntegrationMessage$, ModifyOptionGroup$, ModifyOptionGroupMessage$, ModifyOptionGroupResult$, ModifyTenantDatabase$, ModifyTenantDatabaseMessage$, ModifyTenantDatabaseResult$, NetworkTypeNotSupported$, Option$, OptionConfiguration$, OptionGroup$, OptionGroupAlreadyExistsFault$, OptionGroupMembership$, OptionGroupNotFoundFault$, OptionGroupOption$, OptionGroupOptionSetting$, OptionGroupOptionsMessage$, OptionGroupQuotaExceededFault$, OptionGroups$, OptionSetting$, OptionVersion$, OrderableDBInstanceOption$, OrderableDBInstanceOptionsMessage$, Outpost$, Parameter$, PendingCloudwatchLogsExports$, PendingMaintenanceAction$, PendingMaintenanceActionsMessage$, PendingModifiedValues$, PerformanceInsightsMetricDimensionGroup$, PerformanceInsightsMetricQuery$, PerformanceIssueDetails$, PointInTimeRestoreNotEnabledFault$, ProcessorFeature$, PromoteReadReplica$, PromoteReadReplicaDBCluster$, PromoteReadReplicaDBClusterMessage$, PromoteReadReplicaDBClusterResult$, PromoteReadReplicaMessage$, PromoteReadReplicaResult$, ProvisionedIopsNotAvailableInAZFault$, PurchaseReservedDBInstancesOffering$, PurchaseReservedDBInstancesOfferingMessage$, PurchaseReservedDBInstancesOfferingResult$, RDSServiceException$, Range$, RdsCustomClusterConfiguration$, RebootDBCluster$, RebootDBClusterMessage$, RebootDBClusterResult$, RebootDBInstance$, RebootDBInstanceMessage$, RebootDBInstanceResult$, RebootDBShardGroup$, RebootDBShardGroupMessage$, RecommendedAction$, RecommendedActionParameter$, RecommendedActionUpdate$, RecurringCharge$, ReferenceDetails$, RegisterDBProxyTargets$, RegisterDBProxyTargetsRequest$, RegisterDBProxyTargetsResponse$, RemoveFromGlobalCluster$, RemoveFromGlobalClusterMessage$, RemoveFromGlobalClusterResult$, RemoveRoleFromDBCluster$, RemoveRoleFromDBClusterMessage$, RemoveRoleFromDBInstance$, RemoveRoleFromDBInstanceMessage$, RemoveSourceIdentifierFromSubscription$, RemoveSourceIdentifierFromSubscriptionMessage$, RemoveSourceIdentifierFromSubscriptionResult$, RemoveTagsFromResource$, RemoveTagsFromResourceMessage$, ReservedDBInstance$, ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceMessage$, ReservedDBInstanceNotFoundFault$, ReservedDBInstanceQuotaExceededFault$, ReservedDBInstancesOffering$, ReservedDBInstancesOfferingMessage$, ReservedDBInstancesOfferingNotFoundFault$, ResetDBClusterParameterGroup$, ResetDBClusterParameterGroupMessage$, ResetDBParameterGroup$, ResetDBParameterGroupMessage$, ResourceNotFoundFault$, ResourcePendingMaintenanceActions$, RestoreDBClusterFromS3$, RestoreDBClusterFromS3Message$, RestoreDBClusterFromS3Result$, RestoreDBClusterFromSnapshot$, RestoreDBClusterFromSnapshotMessage$, RestoreDBClusterFromSnapshotResult$, RestoreDBClusterToPointInTime$, RestoreDBClusterToPointInTimeMessage$, RestoreDBClusterToPointInTimeResult$, RestoreDBInstanceFromDBSnapshot$, RestoreDBInstanceFromDBSnapshotMessage$, RestoreDBInstanceFromDBSnapshotResult$, RestoreDBInstanceFromS3$, RestoreDBInstanceFromS3Message$, RestoreDBInstanceFromS3Result$, RestoreDBInstanceToPointInTime$, RestoreDBInstanceToPointInTimeMessage$, RestoreDBInstanceToPointInTimeResult$, RestoreWindow$, RevokeDBSecurityGroupIngress$, RevokeDBSecurityGroupIngressMessage$, RevokeDBSecurityGroupIngressResult$, SNSInvalidTopicFault$, SNSNoAuthorizationFault$, SNSTopicArnNotFoundFault$, ScalarReferenceDetails$, ScalingConfiguration$, ScalingConfigurationInfo$, ServerlessV2FeaturesSupport$, ServerlessV2PlatformVersionInfo$, ServerlessV2PlatformVersionsMessage$, ServerlessV2ScalingConfiguration$, ServerlessV2ScalingConfigurationInfo$, SharedSnapshotQuotaExceededFault$, SnapshotQuotaExceededFault$, SourceClusterNotSupportedFault$, SourceDatabaseNotSupportedFault$, SourceNotFoundFault$, SourceRegion$, SourceRegionMessage$, StartActivityStream$, StartActivityStreamRequest$, StartActivityStreamResponse$, StartDBCluster$, StartDBClusterMessage$, StartDBClusterResult$, StartDBInstanceAutomatedBackupsReplication$, StartDBInstanceAutomatedBackupsReplicationMessage$, StartDBInstanceAutomatedBackupsReplicationResult$, StartDBInstanceMessage$, StartDBInstanceResult$, StartExportTask$, StartExportTaskMessage$, StopActivityStream$, StopActivityStreamRequest$, StopActivityStreamResponse$, StopDBCluster$, StopDBClusterMessage$, StopDBClusterResult$, StopDBInstance$, StopDBInstanceAutomatedBackupsReplication$, StopDBInstanceAutomatedBackupsReplicationMessage$, StopDBInstanceAutomatedBackupsReplicationResult$, StopDBInstanceMessage$, StopDBInstanceResult$, StorageQuotaExceededFault$, StorageTypeNotAvailableFault$, StorageTypeNotSupportedFault$, Subnet$, SubnetAlreadyInUse$, SubscriptionAlreadyExistFault$, SubscriptionCategoryNotFoundFault$, SubscriptionNotFoundFault$, SupportedEngineLifecycle$, SwitchoverBlueGreenDeployment$, SwitchoverBlueGreenDeploymentRequest$, SwitchoverBlueGreenDeploymentResponse$, SwitchoverDetail$, SwitchoverGlobalCluster$, SwitchoverGlobalClusterMessage$, SwitchoverGlobalClusterResult$, SwitchoverReadReplica$, SwitchoverReadReplicaMessage$, SwitchoverReadReplicaResult$, Tag$, TagListMessage$, TagSpecification$, TargetHealth$, TargetResourceConfiguration$, TenantDatabase$, TenantDatabaseAlreadyExistsFault$, TenantDatabaseNotFoundFault$, TenantDatabasePendingModifiedValues$, TenantDatabaseQuotaExceededFault$, TenantDatabasesMessage$, Timezone$, UnsupportedDBEngineVersionFault$, UpgradeTarget$, UserAuthConfig$, UserAuthConfigInfo$, ValidAdditionalStorageOptions$, ValidDBInstanceModificationsMessage$, ValidStorageOptions$, ValidVolumeOptions$, VpcEncryptionControlViolationException$, VpcSecurityGroupMembership$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/models/RDSServiceException.js


class RDSServiceException extends client.ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.rds#RDSServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, RDSServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/models/errors.js

class DBClusterNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterNotFoundFault";
    name = "DBClusterNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterNotFoundFault.prototype);
    }
}
class DBClusterRoleAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterRoleAlreadyExistsFault";
    name = "DBClusterRoleAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterRoleAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterRoleAlreadyExistsFault.prototype);
    }
}
class DBClusterRoleQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterRoleQuotaExceededFault";
    name = "DBClusterRoleQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterRoleQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterRoleQuotaExceededFault.prototype);
    }
}
class InvalidDBClusterStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBClusterStateFault";
    name = "InvalidDBClusterStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBClusterStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBClusterStateFault.prototype);
    }
}
class DBInstanceNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceNotFoundFault";
    name = "DBInstanceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceNotFoundFault.prototype);
    }
}
class DBInstanceRoleAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceRoleAlreadyExistsFault";
    name = "DBInstanceRoleAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceRoleAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceRoleAlreadyExistsFault.prototype);
    }
}
class DBInstanceRoleQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceRoleQuotaExceededFault";
    name = "DBInstanceRoleQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceRoleQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceRoleQuotaExceededFault.prototype);
    }
}
class InvalidDBInstanceStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBInstanceStateFault";
    name = "InvalidDBInstanceStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBInstanceStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBInstanceStateFault.prototype);
    }
}
class SourceNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SourceNotFoundFault";
    name = "SourceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SourceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SourceNotFoundFault.prototype);
    }
}
class SubscriptionNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SubscriptionNotFoundFault";
    name = "SubscriptionNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubscriptionNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubscriptionNotFoundFault.prototype);
    }
}
class BlueGreenDeploymentNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#BlueGreenDeploymentNotFoundFault";
    name = "BlueGreenDeploymentNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BlueGreenDeploymentNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BlueGreenDeploymentNotFoundFault.prototype);
    }
}
class DBCapacityReservationNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBCapacityReservationNotFoundFault";
    name = "DBCapacityReservationNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBCapacityReservationNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBCapacityReservationNotFoundFault.prototype);
    }
}
class DBProxyEndpointNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyEndpointNotFoundFault";
    name = "DBProxyEndpointNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyEndpointNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyEndpointNotFoundFault.prototype);
    }
}
class DBProxyNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyNotFoundFault";
    name = "DBProxyNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyNotFoundFault.prototype);
    }
}
class DBProxyTargetGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyTargetGroupNotFoundFault";
    name = "DBProxyTargetGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyTargetGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyTargetGroupNotFoundFault.prototype);
    }
}
class DBShardGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBShardGroupNotFoundFault";
    name = "DBShardGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBShardGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBShardGroupNotFoundFault.prototype);
    }
}
class DBSnapshotNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSnapshotNotFoundFault";
    name = "DBSnapshotNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSnapshotNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSnapshotNotFoundFault.prototype);
    }
}
class DBSnapshotTenantDatabaseNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSnapshotTenantDatabaseNotFoundFault";
    name = "DBSnapshotTenantDatabaseNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSnapshotTenantDatabaseNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSnapshotTenantDatabaseNotFoundFault.prototype);
    }
}
class IntegrationNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IntegrationNotFoundFault";
    name = "IntegrationNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IntegrationNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationNotFoundFault.prototype);
    }
}
class InvalidDBClusterEndpointStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBClusterEndpointStateFault";
    name = "InvalidDBClusterEndpointStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBClusterEndpointStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBClusterEndpointStateFault.prototype);
    }
}
class TenantDatabaseNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#TenantDatabaseNotFoundFault";
    name = "TenantDatabaseNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TenantDatabaseNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TenantDatabaseNotFoundFault.prototype);
    }
}
class ResourceNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ResourceNotFoundFault";
    name = "ResourceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundFault.prototype);
    }
}
class AuthorizationAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#AuthorizationAlreadyExistsFault";
    name = "AuthorizationAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AuthorizationAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AuthorizationAlreadyExistsFault.prototype);
    }
}
class AuthorizationQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#AuthorizationQuotaExceededFault";
    name = "AuthorizationQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AuthorizationQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AuthorizationQuotaExceededFault.prototype);
    }
}
class DBSecurityGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSecurityGroupNotFoundFault";
    name = "DBSecurityGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSecurityGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSecurityGroupNotFoundFault.prototype);
    }
}
class InvalidDBSecurityGroupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBSecurityGroupStateFault";
    name = "InvalidDBSecurityGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBSecurityGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBSecurityGroupStateFault.prototype);
    }
}
class InvalidDBCapacityReservationStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBCapacityReservationStateFault";
    name = "InvalidDBCapacityReservationStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBCapacityReservationStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBCapacityReservationStateFault.prototype);
    }
}
class ExportTaskNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ExportTaskNotFoundFault";
    name = "ExportTaskNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExportTaskNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExportTaskNotFoundFault.prototype);
    }
}
class InvalidExportTaskStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidExportTaskStateFault";
    name = "InvalidExportTaskStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidExportTaskStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidExportTaskStateFault.prototype);
    }
}
class DBParameterGroupAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBParameterGroupAlreadyExistsFault";
    name = "DBParameterGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBParameterGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBParameterGroupAlreadyExistsFault.prototype);
    }
}
class DBParameterGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBParameterGroupNotFoundFault";
    name = "DBParameterGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBParameterGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBParameterGroupNotFoundFault.prototype);
    }
}
class DBParameterGroupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBParameterGroupQuotaExceededFault";
    name = "DBParameterGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBParameterGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBParameterGroupQuotaExceededFault.prototype);
    }
}
class DBClusterSnapshotAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterSnapshotAlreadyExistsFault";
    name = "DBClusterSnapshotAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterSnapshotAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterSnapshotAlreadyExistsFault.prototype);
    }
}
class DBClusterSnapshotNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterSnapshotNotFoundFault";
    name = "DBClusterSnapshotNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterSnapshotNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterSnapshotNotFoundFault.prototype);
    }
}
class InvalidDBClusterSnapshotStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBClusterSnapshotStateFault";
    name = "InvalidDBClusterSnapshotStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBClusterSnapshotStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBClusterSnapshotStateFault.prototype);
    }
}
class KMSKeyNotAccessibleFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#KMSKeyNotAccessibleFault";
    name = "KMSKeyNotAccessibleFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSKeyNotAccessibleFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSKeyNotAccessibleFault.prototype);
    }
}
class SnapshotQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SnapshotQuotaExceededFault";
    name = "SnapshotQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SnapshotQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapshotQuotaExceededFault.prototype);
    }
}
class CustomAvailabilityZoneNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CustomAvailabilityZoneNotFoundFault";
    name = "CustomAvailabilityZoneNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CustomAvailabilityZoneNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomAvailabilityZoneNotFoundFault.prototype);
    }
}
class DBSnapshotAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSnapshotAlreadyExistsFault";
    name = "DBSnapshotAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSnapshotAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSnapshotAlreadyExistsFault.prototype);
    }
}
class InvalidDBSnapshotStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBSnapshotStateFault";
    name = "InvalidDBSnapshotStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBSnapshotStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBSnapshotStateFault.prototype);
    }
}
class OptionGroupAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#OptionGroupAlreadyExistsFault";
    name = "OptionGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OptionGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OptionGroupAlreadyExistsFault.prototype);
    }
}
class OptionGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#OptionGroupNotFoundFault";
    name = "OptionGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OptionGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OptionGroupNotFoundFault.prototype);
    }
}
class OptionGroupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#OptionGroupQuotaExceededFault";
    name = "OptionGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OptionGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OptionGroupQuotaExceededFault.prototype);
    }
}
class BlueGreenDeploymentAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#BlueGreenDeploymentAlreadyExistsFault";
    name = "BlueGreenDeploymentAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BlueGreenDeploymentAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BlueGreenDeploymentAlreadyExistsFault.prototype);
    }
}
class DBClusterParameterGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterParameterGroupNotFoundFault";
    name = "DBClusterParameterGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterParameterGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterParameterGroupNotFoundFault.prototype);
    }
}
class DBClusterQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterQuotaExceededFault";
    name = "DBClusterQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterQuotaExceededFault.prototype);
    }
}
class InstanceQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InstanceQuotaExceededFault";
    name = "InstanceQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceQuotaExceededFault.prototype);
    }
}
class SourceClusterNotSupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SourceClusterNotSupportedFault";
    name = "SourceClusterNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SourceClusterNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SourceClusterNotSupportedFault.prototype);
    }
}
class SourceDatabaseNotSupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SourceDatabaseNotSupportedFault";
    name = "SourceDatabaseNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SourceDatabaseNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SourceDatabaseNotSupportedFault.prototype);
    }
}
class StorageQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#StorageQuotaExceededFault";
    name = "StorageQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StorageQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StorageQuotaExceededFault.prototype);
    }
}
class CreateCustomDBEngineVersionFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CreateCustomDBEngineVersionFault";
    name = "CreateCustomDBEngineVersionFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CreateCustomDBEngineVersionFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CreateCustomDBEngineVersionFault.prototype);
    }
}
class CustomDBEngineVersionAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CustomDBEngineVersionAlreadyExistsFault";
    name = "CustomDBEngineVersionAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CustomDBEngineVersionAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomDBEngineVersionAlreadyExistsFault.prototype);
    }
}
class CustomDBEngineVersionNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CustomDBEngineVersionNotFoundFault";
    name = "CustomDBEngineVersionNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CustomDBEngineVersionNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomDBEngineVersionNotFoundFault.prototype);
    }
}
class CustomDBEngineVersionQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CustomDBEngineVersionQuotaExceededFault";
    name = "CustomDBEngineVersionQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CustomDBEngineVersionQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomDBEngineVersionQuotaExceededFault.prototype);
    }
}
class Ec2ImagePropertiesNotSupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#Ec2ImagePropertiesNotSupportedFault";
    name = "Ec2ImagePropertiesNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "Ec2ImagePropertiesNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, Ec2ImagePropertiesNotSupportedFault.prototype);
    }
}
class InvalidCustomDBEngineVersionStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidCustomDBEngineVersionStateFault";
    name = "InvalidCustomDBEngineVersionStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCustomDBEngineVersionStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCustomDBEngineVersionStateFault.prototype);
    }
}
class DBCapacityReservationAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBCapacityReservationAlreadyExistsFault";
    name = "DBCapacityReservationAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBCapacityReservationAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBCapacityReservationAlreadyExistsFault.prototype);
    }
}
class DBCapacityReservationUnsupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBCapacityReservationUnsupportedFault";
    name = "DBCapacityReservationUnsupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBCapacityReservationUnsupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBCapacityReservationUnsupportedFault.prototype);
    }
}
class InsufficientDBInstanceCapacityFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InsufficientDBInstanceCapacityFault";
    name = "InsufficientDBInstanceCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientDBInstanceCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientDBInstanceCapacityFault.prototype);
    }
}
class DBClusterAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterAlreadyExistsFault";
    name = "DBClusterAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterAlreadyExistsFault.prototype);
    }
}
class DBSubnetGroupDoesNotCoverEnoughAZs extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetGroupDoesNotCoverEnoughAZs";
    name = "DBSubnetGroupDoesNotCoverEnoughAZs";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetGroupDoesNotCoverEnoughAZs",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetGroupDoesNotCoverEnoughAZs.prototype);
    }
}
class DBSubnetGroupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetGroupNotFoundFault";
    name = "DBSubnetGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetGroupNotFoundFault.prototype);
    }
}
class DomainNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DomainNotFoundFault";
    name = "DomainNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DomainNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DomainNotFoundFault.prototype);
    }
}
class GlobalClusterNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#GlobalClusterNotFoundFault";
    name = "GlobalClusterNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GlobalClusterNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlobalClusterNotFoundFault.prototype);
    }
}
class InsufficientStorageClusterCapacityFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InsufficientStorageClusterCapacityFault";
    name = "InsufficientStorageClusterCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientStorageClusterCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientStorageClusterCapacityFault.prototype);
    }
}
class InvalidDBSubnetGroupFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupFault";
    name = "InvalidDBSubnetGroupFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBSubnetGroupFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBSubnetGroupFault.prototype);
    }
}
class InvalidDBSubnetGroupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupStateFault";
    name = "InvalidDBSubnetGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBSubnetGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBSubnetGroupStateFault.prototype);
    }
}
class InvalidGlobalClusterStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidGlobalClusterStateFault";
    name = "InvalidGlobalClusterStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidGlobalClusterStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidGlobalClusterStateFault.prototype);
    }
}
class InvalidSubnet extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidSubnet";
    name = "InvalidSubnet";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSubnet",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubnet.prototype);
    }
}
class InvalidVPCNetworkStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidVPCNetworkStateFault";
    name = "InvalidVPCNetworkStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidVPCNetworkStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidVPCNetworkStateFault.prototype);
    }
}
class NetworkTypeNotSupported extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#NetworkTypeNotSupported";
    name = "NetworkTypeNotSupported";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NetworkTypeNotSupported",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NetworkTypeNotSupported.prototype);
    }
}
class StorageTypeNotSupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#StorageTypeNotSupportedFault";
    name = "StorageTypeNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StorageTypeNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StorageTypeNotSupportedFault.prototype);
    }
}
class VpcEncryptionControlViolationException extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#VpcEncryptionControlViolationException";
    name = "VpcEncryptionControlViolationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "VpcEncryptionControlViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, VpcEncryptionControlViolationException.prototype);
    }
}
class DBClusterEndpointAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterEndpointAlreadyExistsFault";
    name = "DBClusterEndpointAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterEndpointAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterEndpointAlreadyExistsFault.prototype);
    }
}
class DBClusterEndpointQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterEndpointQuotaExceededFault";
    name = "DBClusterEndpointQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterEndpointQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterEndpointQuotaExceededFault.prototype);
    }
}
class AuthorizationNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#AuthorizationNotFoundFault";
    name = "AuthorizationNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AuthorizationNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AuthorizationNotFoundFault.prototype);
    }
}
class BackupPolicyNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#BackupPolicyNotFoundFault";
    name = "BackupPolicyNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BackupPolicyNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BackupPolicyNotFoundFault.prototype);
    }
}
class CertificateNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#CertificateNotFoundFault";
    name = "CertificateNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CertificateNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CertificateNotFoundFault.prototype);
    }
}
class DBInstanceAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceAlreadyExistsFault";
    name = "DBInstanceAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceAlreadyExistsFault.prototype);
    }
}
class ProvisionedIopsNotAvailableInAZFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ProvisionedIopsNotAvailableInAZFault";
    name = "ProvisionedIopsNotAvailableInAZFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ProvisionedIopsNotAvailableInAZFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ProvisionedIopsNotAvailableInAZFault.prototype);
    }
}
class TenantDatabaseQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#TenantDatabaseQuotaExceededFault";
    name = "TenantDatabaseQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TenantDatabaseQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TenantDatabaseQuotaExceededFault.prototype);
    }
}
class DBSubnetGroupNotAllowedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetGroupNotAllowedFault";
    name = "DBSubnetGroupNotAllowedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetGroupNotAllowedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetGroupNotAllowedFault.prototype);
    }
}
class DBProxyAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyAlreadyExistsFault";
    name = "DBProxyAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyAlreadyExistsFault.prototype);
    }
}
class DBProxyQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyQuotaExceededFault";
    name = "DBProxyQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyQuotaExceededFault.prototype);
    }
}
class DBProxyEndpointAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyEndpointAlreadyExistsFault";
    name = "DBProxyEndpointAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyEndpointAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyEndpointAlreadyExistsFault.prototype);
    }
}
class DBProxyEndpointQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyEndpointQuotaExceededFault";
    name = "DBProxyEndpointQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyEndpointQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyEndpointQuotaExceededFault.prototype);
    }
}
class InvalidDBProxyStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBProxyStateFault";
    name = "InvalidDBProxyStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBProxyStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBProxyStateFault.prototype);
    }
}
class DBSecurityGroupAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSecurityGroupAlreadyExistsFault";
    name = "DBSecurityGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSecurityGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSecurityGroupAlreadyExistsFault.prototype);
    }
}
class DBSecurityGroupNotSupportedFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSecurityGroupNotSupportedFault";
    name = "DBSecurityGroupNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSecurityGroupNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSecurityGroupNotSupportedFault.prototype);
    }
}
class DBSecurityGroupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSecurityGroupQuotaExceededFault";
    name = "DBSecurityGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSecurityGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSecurityGroupQuotaExceededFault.prototype);
    }
}
class DBShardGroupAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBShardGroupAlreadyExistsFault";
    name = "DBShardGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBShardGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBShardGroupAlreadyExistsFault.prototype);
    }
}
class MaxDBShardGroupLimitReached extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#MaxDBShardGroupLimitReached";
    name = "MaxDBShardGroupLimitReached";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MaxDBShardGroupLimitReached",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaxDBShardGroupLimitReached.prototype);
    }
}
class UnsupportedDBEngineVersionFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#UnsupportedDBEngineVersionFault";
    name = "UnsupportedDBEngineVersionFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnsupportedDBEngineVersionFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedDBEngineVersionFault.prototype);
    }
}
class DBSubnetGroupAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetGroupAlreadyExistsFault";
    name = "DBSubnetGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetGroupAlreadyExistsFault.prototype);
    }
}
class DBSubnetGroupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetGroupQuotaExceededFault";
    name = "DBSubnetGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetGroupQuotaExceededFault.prototype);
    }
}
class DBSubnetQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBSubnetQuotaExceededFault";
    name = "DBSubnetQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBSubnetQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBSubnetQuotaExceededFault.prototype);
    }
}
class EventSubscriptionQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#EventSubscriptionQuotaExceededFault";
    name = "EventSubscriptionQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "EventSubscriptionQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventSubscriptionQuotaExceededFault.prototype);
    }
}
class SNSInvalidTopicFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SNSInvalidTopicFault";
    name = "SNSInvalidTopicFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SNSInvalidTopicFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SNSInvalidTopicFault.prototype);
    }
}
class SNSNoAuthorizationFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SNSNoAuthorizationFault";
    name = "SNSNoAuthorizationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SNSNoAuthorizationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SNSNoAuthorizationFault.prototype);
    }
}
class SNSTopicArnNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SNSTopicArnNotFoundFault";
    name = "SNSTopicArnNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SNSTopicArnNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SNSTopicArnNotFoundFault.prototype);
    }
}
class SubscriptionAlreadyExistFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SubscriptionAlreadyExistFault";
    name = "SubscriptionAlreadyExistFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubscriptionAlreadyExistFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubscriptionAlreadyExistFault.prototype);
    }
}
class SubscriptionCategoryNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SubscriptionCategoryNotFoundFault";
    name = "SubscriptionCategoryNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubscriptionCategoryNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubscriptionCategoryNotFoundFault.prototype);
    }
}
class GlobalClusterAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#GlobalClusterAlreadyExistsFault";
    name = "GlobalClusterAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GlobalClusterAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlobalClusterAlreadyExistsFault.prototype);
    }
}
class GlobalClusterQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#GlobalClusterQuotaExceededFault";
    name = "GlobalClusterQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GlobalClusterQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlobalClusterQuotaExceededFault.prototype);
    }
}
class InvalidDBShardGroupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBShardGroupStateFault";
    name = "InvalidDBShardGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBShardGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBShardGroupStateFault.prototype);
    }
}
class IntegrationAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IntegrationAlreadyExistsFault";
    name = "IntegrationAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IntegrationAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationAlreadyExistsFault.prototype);
    }
}
class IntegrationConflictOperationFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IntegrationConflictOperationFault";
    name = "IntegrationConflictOperationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IntegrationConflictOperationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationConflictOperationFault.prototype);
    }
}
class IntegrationQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IntegrationQuotaExceededFault";
    name = "IntegrationQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IntegrationQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IntegrationQuotaExceededFault.prototype);
    }
}
class TenantDatabaseAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#TenantDatabaseAlreadyExistsFault";
    name = "TenantDatabaseAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TenantDatabaseAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TenantDatabaseAlreadyExistsFault.prototype);
    }
}
class InvalidBlueGreenDeploymentStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidBlueGreenDeploymentStateFault";
    name = "InvalidBlueGreenDeploymentStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidBlueGreenDeploymentStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidBlueGreenDeploymentStateFault.prototype);
    }
}
class DBClusterAutomatedBackupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupQuotaExceededFault";
    name = "DBClusterAutomatedBackupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterAutomatedBackupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterAutomatedBackupQuotaExceededFault.prototype);
    }
}
class DBClusterAutomatedBackupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupNotFoundFault";
    name = "DBClusterAutomatedBackupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterAutomatedBackupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterAutomatedBackupNotFoundFault.prototype);
    }
}
class InvalidDBClusterAutomatedBackupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBClusterAutomatedBackupStateFault";
    name = "InvalidDBClusterAutomatedBackupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBClusterAutomatedBackupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBClusterAutomatedBackupStateFault.prototype);
    }
}
class DBClusterEndpointNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterEndpointNotFoundFault";
    name = "DBClusterEndpointNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterEndpointNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterEndpointNotFoundFault.prototype);
    }
}
class InvalidDBParameterGroupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBParameterGroupStateFault";
    name = "InvalidDBParameterGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBParameterGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBParameterGroupStateFault.prototype);
    }
}
class DBInstanceAutomatedBackupQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupQuotaExceededFault";
    name = "DBInstanceAutomatedBackupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceAutomatedBackupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceAutomatedBackupQuotaExceededFault.prototype);
    }
}
class DBInstanceAutomatedBackupNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupNotFoundFault";
    name = "DBInstanceAutomatedBackupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceAutomatedBackupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceAutomatedBackupNotFoundFault.prototype);
    }
}
class InvalidDBInstanceAutomatedBackupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBInstanceAutomatedBackupStateFault";
    name = "InvalidDBInstanceAutomatedBackupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBInstanceAutomatedBackupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBInstanceAutomatedBackupStateFault.prototype);
    }
}
class InvalidDBProxyEndpointStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBProxyEndpointStateFault";
    name = "InvalidDBProxyEndpointStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBProxyEndpointStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBProxyEndpointStateFault.prototype);
    }
}
class InvalidDBSubnetStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBSubnetStateFault";
    name = "InvalidDBSubnetStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBSubnetStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBSubnetStateFault.prototype);
    }
}
class InvalidEventSubscriptionStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidEventSubscriptionStateFault";
    name = "InvalidEventSubscriptionStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidEventSubscriptionStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEventSubscriptionStateFault.prototype);
    }
}
class InvalidIntegrationStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidIntegrationStateFault";
    name = "InvalidIntegrationStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidIntegrationStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIntegrationStateFault.prototype);
    }
}
class InvalidOptionGroupStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidOptionGroupStateFault";
    name = "InvalidOptionGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidOptionGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidOptionGroupStateFault.prototype);
    }
}
class DBProxyTargetNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyTargetNotFoundFault";
    name = "DBProxyTargetNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyTargetNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyTargetNotFoundFault.prototype);
    }
}
class DBClusterBacktrackNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterBacktrackNotFoundFault";
    name = "DBClusterBacktrackNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterBacktrackNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterBacktrackNotFoundFault.prototype);
    }
}
class DBInstanceNotReadyFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceNotReadyFault";
    name = "DBInstanceNotReadyFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceNotReadyFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceNotReadyFault.prototype);
    }
}
class ReservedDBInstanceNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ReservedDBInstanceNotFoundFault";
    name = "ReservedDBInstanceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedDBInstanceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedDBInstanceNotFoundFault.prototype);
    }
}
class ReservedDBInstancesOfferingNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ReservedDBInstancesOfferingNotFoundFault";
    name = "ReservedDBInstancesOfferingNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedDBInstancesOfferingNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedDBInstancesOfferingNotFoundFault.prototype);
    }
}
class InvalidResourceStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidResourceStateFault";
    name = "InvalidResourceStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidResourceStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResourceStateFault.prototype);
    }
}
class DBLogFileNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBLogFileNotFoundFault";
    name = "DBLogFileNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBLogFileNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBLogFileNotFoundFault.prototype);
    }
}
class InvalidDBClusterCapacityFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidDBClusterCapacityFault";
    name = "InvalidDBClusterCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidDBClusterCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDBClusterCapacityFault.prototype);
    }
}
class StorageTypeNotAvailableFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#StorageTypeNotAvailableFault";
    name = "StorageTypeNotAvailableFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StorageTypeNotAvailableFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StorageTypeNotAvailableFault.prototype);
    }
}
class SharedSnapshotQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SharedSnapshotQuotaExceededFault";
    name = "SharedSnapshotQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SharedSnapshotQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SharedSnapshotQuotaExceededFault.prototype);
    }
}
class DBUpgradeDependencyFailureFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBUpgradeDependencyFailureFault";
    name = "DBUpgradeDependencyFailureFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBUpgradeDependencyFailureFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBUpgradeDependencyFailureFault.prototype);
    }
}
class SubnetAlreadyInUse extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#SubnetAlreadyInUse";
    name = "SubnetAlreadyInUse";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubnetAlreadyInUse",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetAlreadyInUse.prototype);
    }
}
class ReservedDBInstanceAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ReservedDBInstanceAlreadyExistsFault";
    name = "ReservedDBInstanceAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedDBInstanceAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedDBInstanceAlreadyExistsFault.prototype);
    }
}
class ReservedDBInstanceQuotaExceededFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ReservedDBInstanceQuotaExceededFault";
    name = "ReservedDBInstanceQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedDBInstanceQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedDBInstanceQuotaExceededFault.prototype);
    }
}
class DBProxyTargetAlreadyRegisteredFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBProxyTargetAlreadyRegisteredFault";
    name = "DBProxyTargetAlreadyRegisteredFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBProxyTargetAlreadyRegisteredFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBProxyTargetAlreadyRegisteredFault.prototype);
    }
}
class InsufficientAvailableIPsInSubnetFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InsufficientAvailableIPsInSubnetFault";
    name = "InsufficientAvailableIPsInSubnetFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientAvailableIPsInSubnetFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientAvailableIPsInSubnetFault.prototype);
    }
}
class DBClusterRoleNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBClusterRoleNotFoundFault";
    name = "DBClusterRoleNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBClusterRoleNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBClusterRoleNotFoundFault.prototype);
    }
}
class DBInstanceRoleNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#DBInstanceRoleNotFoundFault";
    name = "DBInstanceRoleNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DBInstanceRoleNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DBInstanceRoleNotFoundFault.prototype);
    }
}
class InvalidS3BucketFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidS3BucketFault";
    name = "InvalidS3BucketFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidS3BucketFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidS3BucketFault.prototype);
    }
}
class InsufficientDBClusterCapacityFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InsufficientDBClusterCapacityFault";
    name = "InsufficientDBClusterCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientDBClusterCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientDBClusterCapacityFault.prototype);
    }
}
class InvalidRestoreFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidRestoreFault";
    name = "InvalidRestoreFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidRestoreFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRestoreFault.prototype);
    }
}
class PointInTimeRestoreNotEnabledFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#PointInTimeRestoreNotEnabledFault";
    name = "PointInTimeRestoreNotEnabledFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PointInTimeRestoreNotEnabledFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PointInTimeRestoreNotEnabledFault.prototype);
    }
}
class ExportTaskAlreadyExistsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#ExportTaskAlreadyExistsFault";
    name = "ExportTaskAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExportTaskAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExportTaskAlreadyExistsFault.prototype);
    }
}
class IamRoleMissingPermissionsFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IamRoleMissingPermissionsFault";
    name = "IamRoleMissingPermissionsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamRoleMissingPermissionsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamRoleMissingPermissionsFault.prototype);
    }
}
class IamRoleNotFoundFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#IamRoleNotFoundFault";
    name = "IamRoleNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IamRoleNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IamRoleNotFoundFault.prototype);
    }
}
class InvalidExportOnlyFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidExportOnlyFault";
    name = "InvalidExportOnlyFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidExportOnlyFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidExportOnlyFault.prototype);
    }
}
class InvalidExportSourceStateFault extends RDSServiceException {
    static shapeId = "com.amazonaws.rds#InvalidExportSourceStateFault";
    name = "InvalidExportSourceStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidExportSourceStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidExportSourceStateFault.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-rds/dist-es/schemas/schemas_0.js
const _A = "Auth";
const _AA = "ApplyAction";
const _AAAD = "AutoAppliedAfterDate";
const _AAEF = "AuthorizationAlreadyExistsFault";
const _AAM = "AccountAttributesMessage";
const _AASVO = "AvailableAdditionalStorageVolumesOption";
const _AASVOL = "AvailableAdditionalStorageVolumesOptionList";
const _AASVOv = "AvailableAdditionalStorageVolumesOptions";
const _ABRPA = "AwsBackupRecoveryPointArn";
const _AC = "AvailableCapacity";
const _ACPAZ = "AvailableCapacityPerAvailabilityZone";
const _ACPAZL = "AvailableCapacityPerAvailabilityZoneList";
const _ADBSGI = "AuthorizeDBSecurityGroupIngress";
const _ADBSGIM = "AuthorizeDBSecurityGroupIngressMessage";
const _ADBSGIR = "AuthorizeDBSecurityGroupIngressResult";
const _ADL = "AllowDataLoss";
const _ADP = "AdditionalDataPending";
const _AEC = "AdditionalEncryptionContext";
const _AEMC = "AllowEngineModeChange";
const _AI = "AdditionalInfo";
const _AIc = "ActionId";
const _AIp = "ApplyImmediately";
const _AM = "AutomationMode";
const _AMVU = "AutoMinorVersionUpgrade";
const _AMVUl = "AllowMajorVersionUpgrade";
const _AMp = "ApplyMethod";
const _AMpp = "ApplyModes";
const _AN = "AttributeName";
const _ANFF = "AuthorizationNotFoundFault";
const _AP = "AutoPause";
const _APF = "AvailableProcessorFeature";
const _APFL = "AvailableProcessorFeatureList";
const _APFv = "AvailableProcessorFeatures";
const _APMA = "ApplyPendingMaintenanceAction";
const _APMAM = "ApplyPendingMaintenanceActionMessage";
const _APMAR = "ApplyPendingMaintenanceActionResult";
const _APS = "AuditPolicyState";
const _AQ = "AccountQuotas";
const _AQEF = "AuthorizationQuotaExceededFault";
const _AQL = "AccountQuotaList";
const _AQN = "AccountQuotaName";
const _AQc = "AccountQuota";
const _AR = "AssociatedRoles";
const _ART = "AutomaticRestartTime";
const _ARTDBC = "AddRoleToDBCluster";
const _ARTDBCM = "AddRoleToDBClusterMessage";
const _ARTDBI = "AddRoleToDBInstance";
const _ARTDBIM = "AddRoleToDBInstanceMessage";
const _AS = "AllocatedStorage";
const _ASA = "AuthSecretArn";
const _ASENAFI = "ActivityStreamEngineNativeAuditFieldsIncluded";
const _ASITS = "AddSourceIdentifierToSubscription";
const _ASITSM = "AddSourceIdentifierToSubscriptionMessage";
const _ASITSR = "AddSourceIdentifierToSubscriptionResult";
const _ASKKI = "ActivityStreamKmsKeyId";
const _ASKSN = "ActivityStreamKinesisStreamName";
const _ASM = "ActivityStreamMode";
const _ASPS = "ActivityStreamPolicyStatus";
const _ASS = "ActivityStreamStatus";
const _ASV = "AdditionalStorageVolume";
const _ASVL = "AdditionalStorageVolumesList";
const _ASVO = "AdditionalStorageVolumeOutput";
const _ASVOL = "AdditionalStorageVolumesOutputList";
const _ASVd = "AdditionalStorageVolumes";
const _ASd = "AdditionalStorage";
const _ASu = "AuthScheme";
const _AT = "ApplyType";
const _ATTR = "AddTagsToResource";
const _ATTRM = "AddTagsToResourceMessage";
const _AU = "AutoUpgrade";
const _AV = "AllowedValues";
const _AVANVIM = "AllowsVpcAndNonVpcInstanceMemberships";
const _AVL = "AttributeValueList";
const _AVl = "AllowedValue";
const _AVt = "AttributeValues";
const _AVtt = "AttributeValue";
const _AZ = "AvailabilityZone";
const _AZG = "AvailabilityZoneGroup";
const _AZL = "AvailabilityZoneList";
const _AZv = "AvailabilityZones";
const _Ac = "Action";
const _Ad = "Address";
const _An = "Analysis";
const _Ar = "Arn";
const _BCCR = "BacktrackConsumedChangeRecords";
const _BDBC = "BacktrackDBCluster";
const _BDBCM = "BacktrackDBClusterMessage";
const _BF = "BacktrackedFrom";
const _BGD = "BlueGreenDeployment";
const _BGDAEF = "BlueGreenDeploymentAlreadyExistsFault";
const _BGDI = "BlueGreenDeploymentIdentifier";
const _BGDL = "BlueGreenDeploymentList";
const _BGDN = "BlueGreenDeploymentName";
const _BGDNFF = "BlueGreenDeploymentNotFoundFault";
const _BGDT = "BlueGreenDeploymentTask";
const _BGDTL = "BlueGreenDeploymentTaskList";
const _BGDl = "BlueGreenDeployments";
const _BI = "BacktrackIdentifier";
const _BPNFF = "BackupPolicyNotFoundFault";
const _BRCT = "BacktrackRequestCreationTime";
const _BRP = "BackupRetentionPeriod";
const _BT = "BacktrackTo";
const _BTa = "BackupTarget";
const _BW = "BacktrackWindow";
const _C = "Certificate";
const _CA = "CertificateArn";
const _CAC = "CrossAccountClone";
const _CACI = "CACertificateIdentifier";
const _CAD = "CurrentApplyDate";
const _CAI = "CAIdentifier";
const _CAIu = "CustomerAwsId";
const _CAL = "ContextAttributeList";
const _CAZNFF = "CustomAvailabilityZoneNotFoundFault";
const _CAo = "ContextAttribute";
const _CAon = "ContextAttributes";
const _CBGD = "CreateBlueGreenDeployment";
const _CBGDR = "CreateBlueGreenDeploymentRequest";
const _CBGDRr = "CreateBlueGreenDeploymentResponse";
const _CBT = "ConnectionBorrowTimeout";
const _CC = "CurrentCapacity";
const _CCA = "CopyableCrossAccount";
const _CCDBEV = "CreateCustomDBEngineVersion";
const _CCDBEVF = "CreateCustomDBEngineVersionFault";
const _CCDBEVM = "CreateCustomDBEngineVersionMessage";
const _CCPAZ = "CommittedCapacityPerAvailabilityZone";
const _CCR = "CopyableCrossRegion";
const _CCT = "ClusterCreateTime";
const _CCu = "CurrencyCode";
const _CD = "CertificateDetails";
const _CDBC = "CreateDBCluster";
const _CDBCE = "CreateDBClusterEndpoint";
const _CDBCEM = "CreateDBClusterEndpointMessage";
const _CDBCM = "CreateDBClusterMessage";
const _CDBCPG = "CopyDBClusterParameterGroup";
const _CDBCPGM = "CopyDBClusterParameterGroupMessage";
const _CDBCPGMr = "CreateDBClusterParameterGroupMessage";
const _CDBCPGR = "CopyDBClusterParameterGroupResult";
const _CDBCPGRr = "CreateDBClusterParameterGroupResult";
const _CDBCPGr = "CreateDBClusterParameterGroup";
const _CDBCR = "CreateDBClusterResult";
const _CDBCRR = "CancelDBCapacityReservationRequest";
const _CDBCRRa = "CancelDBCapacityReservationResponse";
const _CDBCRRr = "CreateDBCapacityReservationRequest";
const _CDBCRRre = "CreateDBCapacityReservationResponse";
const _CDBCRa = "CancelDBCapacityReservation";
const _CDBCRr = "CreateDBCapacityReservation";
const _CDBCS = "CopyDBClusterSnapshot";
const _CDBCSM = "CopyDBClusterSnapshotMessage";
const _CDBCSMr = "CreateDBClusterSnapshotMessage";
const _CDBCSR = "CopyDBClusterSnapshotResult";
const _CDBCSRr = "CreateDBClusterSnapshotResult";
const _CDBCSr = "CreateDBClusterSnapshot";
const _CDBEVAEF = "CustomDBEngineVersionAlreadyExistsFault";
const _CDBEVAMI = "CustomDBEngineVersionAMI";
const _CDBEVM = "CustomDBEngineVersionManifest";
const _CDBEVNFF = "CustomDBEngineVersionNotFoundFault";
const _CDBEVQEF = "CustomDBEngineVersionQuotaExceededFault";
const _CDBI = "CreateDBInstance";
const _CDBIM = "CreateDBInstanceMessage";
const _CDBIR = "CreateDBInstanceResult";
const _CDBIRR = "CreateDBInstanceReadReplica";
const _CDBIRRM = "CreateDBInstanceReadReplicaMessage";
const _CDBIRRR = "CreateDBInstanceReadReplicaResult";
const _CDBP = "CreateDBProxy";
const _CDBPE = "CreateDBProxyEndpoint";
const _CDBPER = "CreateDBProxyEndpointRequest";
const _CDBPERr = "CreateDBProxyEndpointResponse";
const _CDBPG = "CopyDBParameterGroup";
const _CDBPGM = "CopyDBParameterGroupMessage";
const _CDBPGMr = "CreateDBParameterGroupMessage";
const _CDBPGR = "CopyDBParameterGroupResult";
const _CDBPGRr = "CreateDBParameterGroupResult";
const _CDBPGr = "CreateDBParameterGroup";
const _CDBPR = "CreateDBProxyRequest";
const _CDBPRr = "CreateDBProxyResponse";
const _CDBS = "CopyDBSnapshot";
const _CDBSG = "CreateDBSecurityGroup";
const _CDBSGM = "CreateDBSecurityGroupMessage";
const _CDBSGMr = "CreateDBShardGroupMessage";
const _CDBSGMre = "CreateDBSubnetGroupMessage";
const _CDBSGR = "CreateDBSecurityGroupResult";
const _CDBSGRr = "CreateDBSubnetGroupResult";
const _CDBSGr = "CreateDBShardGroup";
const _CDBSGre = "CreateDBSubnetGroup";
const _CDBSM = "CopyDBSnapshotMessage";
const _CDBSMr = "CreateDBSnapshotMessage";
const _CDBSR = "CopyDBSnapshotResult";
const _CDBSRr = "CreateDBSnapshotResult";
const _CDBSr = "CreateDBSnapshot";
const _CDo = "CommitmentDuration";
const _CDr = "CreateDate";
const _CDre = "CreatedDate";
const _CE = "CustomEndpoints";
const _CED = "CommitmentEndDate";
const _CES = "CreateEventSubscription";
const _CESM = "CreateEventSubscriptionMessage";
const _CESR = "CreateEventSubscriptionResult";
const _CET = "CustomEndpointType";
const _CETM = "CancelExportTaskMessage";
const _CETa = "CancelExportTask";
const _CGC = "CreateGlobalCluster";
const _CGCM = "CreateGlobalClusterMessage";
const _CGCR = "CreateGlobalClusterResult";
const _CGI = "CloneGroupId";
const _CI = "CertificateIdentifier";
const _CIDRIP = "CIDRIP";
const _CIIP = "CustomIamInstanceProfile";
const _CIM = "CreateIntegrationMessage";
const _CIo = "CommitmentInfo";
const _CIr = "CreateIntegration";
const _CL = "CertificateList";
const _CLEC = "CloudwatchLogsExportConfiguration";
const _CM = "CertificateMessage";
const _CNFF = "CertificateNotFoundFault";
const _CO = "CustomerOverride";
const _COG = "CopyOptionGroup";
const _COGM = "CopyOptionGroupMessage";
const _COGMr = "CreateOptionGroupMessage";
const _COGR = "CopyOptionGroupResult";
const _COGRr = "CreateOptionGroupResult";
const _COGr = "CreateOptionGroup";
const _COIE = "CustomerOwnedIpEnabled";
const _COVT = "CustomerOverrideValidTill";
const _CPAT = "ClientPasswordAuthType";
const _CPAZ = "CapacityPerAvailabilityZone";
const _CPC = "ConnectionPoolConfiguration";
const _CPCI = "ConnectionPoolConfigurationInfo";
const _CPCo = "ConnectionPoolConfig";
const _CPMV = "ClusterPendingModifiedValues";
const _CR = "ComputeRedundancy";
const _CRR = "CertificateRotationRestart";
const _CS = "CharacterSet";
const _CSD = "CharacterSetDescription";
const _CSI = "CustSubscriptionId";
const _CSN = "CharacterSetName";
const _CST = "ClusterScalabilityType";
const _CT = "CreateTime";
const _CTD = "CreateTenantDatabase";
const _CTDM = "CreateTenantDatabaseMessage";
const _CTDR = "CreateTenantDatabaseResult";
const _CTTS = "CopyTagsToSnapshot";
const _CTe = "CertificateType";
const _CTo = "CopyTags";
const _CTop = "CopyTimestamp";
const _CTr = "CreatedTime";
const _Ca = "Capacity";
const _Cat = "Category";
const _Ce = "Certificates";
const _D = "Description";
const _DAA = "DescribeAccountAttributes";
const _DAAM = "DescribeAccountAttributesMessage";
const _DAB = "DeleteAutomatedBackups";
const _DAS = "DefaultAuthScheme";
const _DASA = "DomainAuthSecretArn";
const _DBC = "DBCluster";
const _DBCA = "DBClusterArn";
const _DBCAB = "DBClusterAutomatedBackup";
const _DBCABA = "DBClusterAutomatedBackupsArn";
const _DBCABL = "DBClusterAutomatedBackupList";
const _DBCABM = "DBClusterAutomatedBackupMessage";
const _DBCABNFF = "DBClusterAutomatedBackupNotFoundFault";
const _DBCABQEF = "DBClusterAutomatedBackupQuotaExceededFault";
const _DBCABl = "DBClusterAutomatedBackups";
const _DBCAEF = "DBClusterAlreadyExistsFault";
const _DBCAR = "DBClusterAssociatedRole";
const _DBCARl = "DBClusterAssociatedRoles";
const _DBCB = "DBClusterBacktrack";
const _DBCBL = "DBClusterBacktrackList";
const _DBCBM = "DBClusterBacktrackMessage";
const _DBCBNFF = "DBClusterBacktrackNotFoundFault";
const _DBCBl = "DBClusterBacktracks";
const _DBCCI = "DBClusterCapacityInfo";
const _DBCE = "DBClusterEndpoint";
const _DBCEA = "DBClusterEndpointArn";
const _DBCEAEF = "DBClusterEndpointAlreadyExistsFault";
const _DBCEI = "DBClusterEndpointIdentifier";
const _DBCEL = "DBClusterEndpointList";
const _DBCEM = "DBClusterEndpointMessage";
const _DBCENFF = "DBClusterEndpointNotFoundFault";
const _DBCEQEF = "DBClusterEndpointQuotaExceededFault";
const _DBCERI = "DBClusterEndpointResourceIdentifier";
const _DBCEl = "DBClusterEndpoints";
const _DBCI = "DBClusterIdentifier";
const _DBCIC = "DBClusterInstanceClass";
const _DBCIl = "DBClusterIdentifiers";
const _DBCL = "DBClusterList";
const _DBCM = "DBClusterMembers";
const _DBCML = "DBClusterMemberList";
const _DBCMl = "DBClusterMember";
const _DBCMlu = "DBClusterMessage";
const _DBCNFF = "DBClusterNotFoundFault";
const _DBCOG = "DBClusterOptionGroup";
const _DBCOGM = "DBClusterOptionGroupMemberships";
const _DBCOGN = "DBClusterOptionGroupName";
const _DBCOGS = "DBClusterOptionGroupStatus";
const _DBCPG = "DBClusterParameterGroup";
const _DBCPGA = "DBClusterParameterGroupArn";
const _DBCPGD = "DBClusterParameterGroupDetails";
const _DBCPGL = "DBClusterParameterGroupList";
const _DBCPGM = "DBClusterParameterGroupsMessage";
const _DBCPGN = "DBClusterParameterGroupName";
const _DBCPGNFF = "DBClusterParameterGroupNotFoundFault";
const _DBCPGNM = "DBClusterParameterGroupNameMessage";
const _DBCPGS = "DBClusterParameterGroupStatus";
const _DBCPGl = "DBClusterParameterGroups";
const _DBCQEF = "DBClusterQuotaExceededFault";
const _DBCR = "DBCapacityReservation";
const _DBCRA = "DBCapacityReservationArn";
const _DBCRAEF = "DBCapacityReservationAlreadyExistsFault";
const _DBCRAEFl = "DBClusterRoleAlreadyExistsFault";
const _DBCRCI = "DBCapacityReservationCommitmentInfo";
const _DBCRI = "DBCapacityReservationIdentifier";
const _DBCRL = "DBCapacityReservationList";
const _DBCRN = "DBCapacityReservationName";
const _DBCRNFF = "DBCapacityReservationNotFoundFault";
const _DBCRNFFl = "DBClusterRoleNotFoundFault";
const _DBCRQEF = "DBClusterRoleQuotaExceededFault";
const _DBCRUF = "DBCapacityReservationUnsupportedFault";
const _DBCRa = "DBCapacityReservations";
const _DBCRl = "DBClusterRole";
const _DBCRlu = "DBClusterRoles";
const _DBCS = "DBClusterSnapshot";
const _DBCSA = "DBClusterSnapshotArn";
const _DBCSAEF = "DBClusterSnapshotAlreadyExistsFault";
const _DBCSAL = "DBClusterSnapshotAttributeList";
const _DBCSAR = "DBClusterSnapshotAttributesResult";
const _DBCSAl = "DBClusterSnapshotAttribute";
const _DBCSAlu = "DBClusterSnapshotAttributes";
const _DBCSI = "DBClusterSnapshotIdentifier";
const _DBCSIL = "DBClusterStatusInfoList";
const _DBCSIl = "DBClusterStatusInfo";
const _DBCSL = "DBClusterSnapshotList";
const _DBCSM = "DBClusterSnapshotMessage";
const _DBCSNFF = "DBClusterSnapshotNotFoundFault";
const _DBCSl = "DBClusterSnapshots";
const _DBCl = "DBClusters";
const _DBED = "DBEngineDescription";
const _DBEMT = "DBEngineMediaType";
const _DBEV = "DBEngineVersion";
const _DBEVA = "DBEngineVersionArn";
const _DBEVD = "DBEngineVersionDescription";
const _DBEVL = "DBEngineVersionList";
const _DBEVM = "DBEngineVersionMessage";
const _DBEVn = "DBEngineVersions";
const _DBGD = "DeleteBlueGreenDeployment";
const _DBGDR = "DeleteBlueGreenDeploymentRequest";
const _DBGDRe = "DeleteBlueGreenDeploymentResponse";
const _DBGDRes = "DescribeBlueGreenDeploymentsRequest";
const _DBGDResc = "DescribeBlueGreenDeploymentsResponse";
const _DBGDe = "DescribeBlueGreenDeployments";
const _DBI = "DBInstance";
const _DBIA = "DBInstanceArn";
const _DBIAB = "DBInstanceAutomatedBackup";
const _DBIABA = "DBInstanceAutomatedBackupsArn";
const _DBIABL = "DBInstanceAutomatedBackupList";
const _DBIABM = "DBInstanceAutomatedBackupMessage";
const _DBIABNFF = "DBInstanceAutomatedBackupNotFoundFault";
const _DBIABQEF = "DBInstanceAutomatedBackupQuotaExceededFault";
const _DBIABR = "DBInstanceAutomatedBackupsReplications";
const _DBIABRL = "DBInstanceAutomatedBackupsReplicationList";
const _DBIABRn = "DBInstanceAutomatedBackupsReplication";
const _DBIABn = "DBInstanceAutomatedBackups";
const _DBIAEF = "DBInstanceAlreadyExistsFault";
const _DBIC = "DBInstanceClass";
const _DBICn = "DBInstanceCount";
const _DBII = "DBInstanceIdentifier";
const _DBIIn = "DBInstanceIdentifiers";
const _DBIL = "DBInstanceList";
const _DBIM = "DBInstanceMessage";
const _DBINFF = "DBInstanceNotFoundFault";
const _DBINRF = "DBInstanceNotReadyFault";
const _DBIPGN = "DBInstanceParameterGroupName";
const _DBIR = "DBInstanceRole";
const _DBIRAEF = "DBInstanceRoleAlreadyExistsFault";
const _DBIRNFF = "DBInstanceRoleNotFoundFault";
const _DBIRQEF = "DBInstanceRoleQuotaExceededFault";
const _DBIRn = "DBInstanceRoles";
const _DBIS = "DBInstanceStatus";
const _DBISI = "DBInstanceStatusInfo";
const _DBISIL = "DBInstanceStatusInfoList";
const _DBIn = "DBInstances";
const _DBLFNFF = "DBLogFileNotFoundFault";
const _DBMEV = "DBMajorEngineVersion";
const _DBMEVL = "DBMajorEngineVersionsList";
const _DBMEVa = "DBMajorEngineVersions";
const _DBN = "DBName";
const _DBP = "DBProxy";
const _DBPA = "DBProxyArn";
const _DBPAEF = "DBProxyAlreadyExistsFault";
const _DBPE = "DBProxyEndpoint";
const _DBPEA = "DBProxyEndpointArn";
const _DBPEAEF = "DBProxyEndpointAlreadyExistsFault";
const _DBPEL = "DBProxyEndpointList";
const _DBPEN = "DBProxyEndpointName";
const _DBPENFF = "DBProxyEndpointNotFoundFault";
const _DBPEQEF = "DBProxyEndpointQuotaExceededFault";
const _DBPEr = "DBProxyEndpoints";
const _DBPG = "DBParameterGroup";
const _DBPGA = "DBParameterGroupArn";
const _DBPGAEF = "DBParameterGroupAlreadyExistsFault";
const _DBPGD = "DBParameterGroupDetails";
const _DBPGF = "DBParameterGroupFamily";
const _DBPGL = "DBParameterGroupList";
const _DBPGM = "DBParameterGroupsMessage";
const _DBPGN = "DBParameterGroupName";
const _DBPGNFF = "DBParameterGroupNotFoundFault";
const _DBPGNM = "DBParameterGroupNameMessage";
const _DBPGQEF = "DBParameterGroupQuotaExceededFault";
const _DBPGS = "DBParameterGroupStatus";
const _DBPGSL = "DBParameterGroupStatusList";
const _DBPGa = "DBParameterGroups";
const _DBPL = "DBProxyList";
const _DBPN = "DBProxyName";
const _DBPNFF = "DBProxyNotFoundFault";
const _DBPNo = "DBPortNumber";
const _DBPQEF = "DBProxyQuotaExceededFault";
const _DBPT = "DBProxyTarget";
const _DBPTARF = "DBProxyTargetAlreadyRegisteredFault";
const _DBPTG = "DBProxyTargetGroup";
const _DBPTGNFF = "DBProxyTargetGroupNotFoundFault";
const _DBPTNFF = "DBProxyTargetNotFoundFault";
const _DBPTr = "DBProxyTargets";
const _DBPr = "DBProxies";
const _DBR = "DBRecommendation";
const _DBRL = "DBRecommendationList";
const _DBRM = "DBRecommendationMessage";
const _DBRMe = "DBRecommendationsMessage";
const _DBRe = "DBRecommendations";
const _DBS = "DBSnapshot";
const _DBSA = "DBSnapshotArn";
const _DBSAEF = "DBSnapshotAlreadyExistsFault";
const _DBSAL = "DBSnapshotAttributeList";
const _DBSAR = "DBSnapshotAttributesResult";
const _DBSAn = "DBSnapshotAttribute";
const _DBSAna = "DBSnapshotAttributes";
const _DBSG = "DBSecurityGroup";
const _DBSGA = "DBSecurityGroupArn";
const _DBSGAEF = "DBSecurityGroupAlreadyExistsFault";
const _DBSGAEFh = "DBShardGroupAlreadyExistsFault";
const _DBSGAEFu = "DBSubnetGroupAlreadyExistsFault";
const _DBSGAh = "DBShardGroupArn";
const _DBSGAu = "DBSubnetGroupArn";
const _DBSGD = "DBSecurityGroupDescription";
const _DBSGDNCEAZ = "DBSubnetGroupDoesNotCoverEnoughAZs";
const _DBSGDu = "DBSubnetGroupDescription";
const _DBSGI = "DBShardGroupIdentifier";
const _DBSGL = "DBShardGroupsList";
const _DBSGM = "DBSecurityGroupMembership";
const _DBSGML = "DBSecurityGroupMembershipList";
const _DBSGMe = "DBSecurityGroupMessage";
const _DBSGMec = "DBSecurityGroupMemberships";
const _DBSGMu = "DBSubnetGroupMessage";
const _DBSGN = "DBSecurityGroupName";
const _DBSGNAF = "DBSubnetGroupNotAllowedFault";
const _DBSGNFF = "DBSecurityGroupNotFoundFault";
const _DBSGNFFh = "DBShardGroupNotFoundFault";
const _DBSGNFFu = "DBSubnetGroupNotFoundFault";
const _DBSGNL = "DBSecurityGroupNameList";
const _DBSGNSF = "DBSecurityGroupNotSupportedFault";
const _DBSGNu = "DBSubnetGroupName";
const _DBSGQEF = "DBSecurityGroupQuotaExceededFault";
const _DBSGQEFu = "DBSubnetGroupQuotaExceededFault";
const _DBSGRI = "DBShardGroupResourceId";
const _DBSGe = "DBSecurityGroups";
const _DBSGh = "DBShardGroup";
const _DBSGha = "DBShardGroups";
const _DBSGu = "DBSubnetGroup";
const _DBSGub = "DBSubnetGroups";
const _DBSI = "DBSystemId";
const _DBSIn = "DBSnapshotIdentifier";
const _DBSL = "DBSnapshotList";
const _DBSM = "DBSnapshotMessage";
const _DBSNFF = "DBSnapshotNotFoundFault";
const _DBSQEF = "DBSubnetQuotaExceededFault";
const _DBSTD = "DBSnapshotTenantDatabase";
const _DBSTDARN = "DBSnapshotTenantDatabaseARN";
const _DBSTDL = "DBSnapshotTenantDatabasesList";
const _DBSTDM = "DBSnapshotTenantDatabasesMessage";
const _DBSTDNFF = "DBSnapshotTenantDatabaseNotFoundFault";
const _DBSTDn = "DBSnapshotTenantDatabases";
const _DBSn = "DBSnapshots";
const _DBUDFF = "DBUpgradeDependencyFailureFault";
const _DC = "DescribeCertificates";
const _DCDBEV = "DeleteCustomDBEngineVersion";
const _DCDBEVM = "DeleteCustomDBEngineVersionMessage";
const _DCFNL = "DefaultCertificateForNewLaunches";
const _DCI = "DbClusterIdentifier";
const _DCM = "DescribeCertificatesMessage";
const _DCRI = "DbClusterResourceId";
const _DCS = "DefaultCharacterSet";
const _DD = "DisableDomain";
const _DDBC = "DeleteDBCluster";
const _DDBCAB = "DeleteDBClusterAutomatedBackup";
const _DDBCABM = "DeleteDBClusterAutomatedBackupMessage";
const _DDBCABMe = "DescribeDBClusterAutomatedBackupsMessage";
const _DDBCABR = "DeleteDBClusterAutomatedBackupResult";
const _DDBCABe = "DescribeDBClusterAutomatedBackups";
const _DDBCB = "DescribeDBClusterBacktracks";
const _DDBCBM = "DescribeDBClusterBacktracksMessage";
const _DDBCE = "DeleteDBClusterEndpoint";
const _DDBCEM = "DeleteDBClusterEndpointMessage";
const _DDBCEMe = "DescribeDBClusterEndpointsMessage";
const _DDBCEe = "DescribeDBClusterEndpoints";
const _DDBCM = "DeleteDBClusterMessage";
const _DDBCMe = "DescribeDBClustersMessage";
const _DDBCP = "DescribeDBClusterParameters";
const _DDBCPG = "DeleteDBClusterParameterGroup";
const _DDBCPGM = "DeleteDBClusterParameterGroupMessage";
const _DDBCPGMe = "DescribeDBClusterParameterGroupsMessage";
const _DDBCPGe = "DescribeDBClusterParameterGroups";
const _DDBCPM = "DescribeDBClusterParametersMessage";
const _DDBCR = "DeleteDBClusterResult";
const _DDBCRR = "DescribeDBCapacityReservationsRequest";
const _DDBCRRe = "DescribeDBCapacityReservationsResponse";
const _DDBCRe = "DescribeDBCapacityReservations";
const _DDBCS = "DeleteDBClusterSnapshot";
const _DDBCSA = "DescribeDBClusterSnapshotAttributes";
const _DDBCSAM = "DescribeDBClusterSnapshotAttributesMessage";
const _DDBCSAR = "DescribeDBClusterSnapshotAttributesResult";
const _DDBCSM = "DeleteDBClusterSnapshotMessage";
const _DDBCSMe = "DescribeDBClusterSnapshotsMessage";
const _DDBCSR = "DeleteDBClusterSnapshotResult";
const _DDBCSe = "DescribeDBClusterSnapshots";
const _DDBCe = "DescribeDBClusters";
const _DDBEV = "DescribeDBEngineVersions";
const _DDBEVM = "DescribeDBEngineVersionsMessage";
const _DDBI = "DeleteDBInstance";
const _DDBIAB = "DeleteDBInstanceAutomatedBackup";
const _DDBIABM = "DeleteDBInstanceAutomatedBackupMessage";
const _DDBIABMe = "DescribeDBInstanceAutomatedBackupsMessage";
const _DDBIABR = "DeleteDBInstanceAutomatedBackupResult";
const _DDBIABe = "DescribeDBInstanceAutomatedBackups";
const _DDBIM = "DeleteDBInstanceMessage";
const _DDBIMe = "DescribeDBInstancesMessage";
const _DDBIR = "DeleteDBInstanceResult";
const _DDBIe = "DescribeDBInstances";
const _DDBLF = "DescribeDBLogFiles";
const _DDBLFD = "DescribeDBLogFilesDetails";
const _DDBLFL = "DescribeDBLogFilesList";
const _DDBLFM = "DescribeDBLogFilesMessage";
const _DDBLFP = "DownloadDBLogFilePortion";
const _DDBLFPD = "DownloadDBLogFilePortionDetails";
const _DDBLFPM = "DownloadDBLogFilePortionMessage";
const _DDBLFR = "DescribeDBLogFilesResponse";
const _DDBMEV = "DescribeDBMajorEngineVersions";
const _DDBMEVR = "DescribeDBMajorEngineVersionsRequest";
const _DDBMEVRe = "DescribeDBMajorEngineVersionsResponse";
const _DDBP = "DeleteDBProxy";
const _DDBPE = "DeleteDBProxyEndpoint";
const _DDBPER = "DeleteDBProxyEndpointRequest";
const _DDBPERe = "DeleteDBProxyEndpointResponse";
const _DDBPERes = "DescribeDBProxyEndpointsRequest";
const _DDBPEResc = "DescribeDBProxyEndpointsResponse";
const _DDBPEe = "DescribeDBProxyEndpoints";
const _DDBPG = "DeleteDBParameterGroup";
const _DDBPGM = "DeleteDBParameterGroupMessage";
const _DDBPGMe = "DescribeDBParameterGroupsMessage";
const _DDBPGe = "DescribeDBParameterGroups";
const _DDBPM = "DescribeDBParametersMessage";
const _DDBPR = "DeleteDBProxyRequest";
const _DDBPRe = "DeleteDBProxyResponse";
const _DDBPRes = "DescribeDBProxiesRequest";
const _DDBPResc = "DescribeDBProxiesResponse";
const _DDBPT = "DeregisterDBProxyTargets";
const _DDBPTG = "DescribeDBProxyTargetGroups";
const _DDBPTGR = "DescribeDBProxyTargetGroupsRequest";
const _DDBPTGRe = "DescribeDBProxyTargetGroupsResponse";
const _DDBPTR = "DeregisterDBProxyTargetsRequest";
const _DDBPTRe = "DeregisterDBProxyTargetsResponse";
const _DDBPTRes = "DescribeDBProxyTargetsRequest";
const _DDBPTResc = "DescribeDBProxyTargetsResponse";
const _DDBPTe = "DescribeDBProxyTargets";
const _DDBPe = "DescribeDBParameters";
const _DDBPes = "DescribeDBProxies";
const _DDBR = "DescribeDBRecommendations";
const _DDBRM = "DescribeDBRecommendationsMessage";
const _DDBS = "DeleteDBSnapshot";
const _DDBSA = "DescribeDBSnapshotAttributes";
const _DDBSAM = "DescribeDBSnapshotAttributesMessage";
const _DDBSAR = "DescribeDBSnapshotAttributesResult";
const _DDBSG = "DeleteDBSecurityGroup";
const _DDBSGM = "DeleteDBSecurityGroupMessage";
const _DDBSGMe = "DeleteDBShardGroupMessage";
const _DDBSGMel = "DeleteDBSubnetGroupMessage";
const _DDBSGMes = "DescribeDBSecurityGroupsMessage";
const _DDBSGMesc = "DescribeDBShardGroupsMessage";
const _DDBSGMescr = "DescribeDBSubnetGroupsMessage";
const _DDBSGR = "DescribeDBShardGroupsResponse";
const _DDBSGe = "DeleteDBShardGroup";
const _DDBSGel = "DeleteDBSubnetGroup";
const _DDBSGes = "DescribeDBSecurityGroups";
const _DDBSGesc = "DescribeDBShardGroups";
const _DDBSGescr = "DescribeDBSubnetGroups";
const _DDBSM = "DeleteDBSnapshotMessage";
const _DDBSMe = "DescribeDBSnapshotsMessage";
const _DDBSR = "DeleteDBSnapshotResult";
const _DDBSTD = "DescribeDBSnapshotTenantDatabases";
const _DDBSTDM = "DescribeDBSnapshotTenantDatabasesMessage";
const _DDBSe = "DescribeDBSnapshots";
const _DDI = "DomainDnsIps";
const _DE = "DescribeEvents";
const _DEC = "DescribeEventCategories";
const _DECM = "DescribeEventCategoriesMessage";
const _DEDCP = "DescribeEngineDefaultClusterParameters";
const _DEDCPM = "DescribeEngineDefaultClusterParametersMessage";
const _DEDCPR = "DescribeEngineDefaultClusterParametersResult";
const _DEDP = "DescribeEngineDefaultParameters";
const _DEDPM = "DescribeEngineDefaultParametersMessage";
const _DEDPR = "DescribeEngineDefaultParametersResult";
const _DEM = "DescribeEventsMessage";
const _DES = "DeleteEventSubscription";
const _DESM = "DeleteEventSubscriptionMessage";
const _DESMe = "DescribeEventSubscriptionsMessage";
const _DESR = "DeleteEventSubscriptionResult";
const _DESe = "DescribeEventSubscriptions";
const _DET = "DescribeExportTasks";
const _DETM = "DescribeExportTasksMessage";
const _DF = "DomainFqdn";
const _DFDBCR = "DetachFromDBCapacityReservation";
const _DFa = "DataFilter";
const _DGC = "DeleteGlobalCluster";
const _DGCM = "DeleteGlobalClusterMessage";
const _DGCMe = "DescribeGlobalClustersMessage";
const _DGCR = "DeleteGlobalClusterResult";
const _DGCe = "DescribeGlobalClusters";
const _DHE = "DisableHttpEndpoint";
const _DHER = "DisableHttpEndpointRequest";
const _DHERi = "DisableHttpEndpointResponse";
const _DI = "DnsIps";
const _DIAMRN = "DomainIAMRoleName";
const _DIF = "DatabaseInstallationFiles";
const _DIFSBN = "DatabaseInstallationFilesS3BucketName";
const _DIFSP = "DatabaseInstallationFilesS3Prefix";
const _DIM = "DatabaseInsightsMode";
const _DIMe = "DeleteIntegrationMessage";
const _DIMes = "DescribeIntegrationsMessage";
const _DIP = "DbInstancePort";
const _DIR = "DescribeIntegrationsResponse";
const _DIe = "DeleteIntegration";
const _DIes = "DescribeIntegrations";
const _DL = "DebugLogging";
const _DLL = "DocLinkList";
const _DLT = "DisableLogTypes";
const _DLV = "DedicatedLogVolume";
const _DLo = "DocLink";
const _DM = "DomainMemberships";
const _DML = "DomainMembershipList";
const _DMo = "DomainMembership";
const _DN = "DatabaseName";
const _DNFF = "DomainNotFoundFault";
const _DO = "DomainOu";
const _DODBIO = "DescribeOrderableDBInstanceOptions";
const _DODBIOM = "DescribeOrderableDBInstanceOptionsMessage";
const _DOG = "DeleteOptionGroup";
const _DOGM = "DeleteOptionGroupMessage";
const _DOGMe = "DescribeOptionGroupsMessage";
const _DOGO = "DescribeOptionGroupOptions";
const _DOGOM = "DescribeOptionGroupOptionsMessage";
const _DOGe = "DescribeOptionGroups";
const _DOe = "DefaultOnly";
const _DP = "DeletionProtection";
const _DPMA = "DescribePendingMaintenanceActions";
const _DPMAM = "DescribePendingMaintenanceActionsMessage";
const _DPe = "DefaultPort";
const _DR = "DoubleRange";
const _DRDBI = "DescribeReservedDBInstances";
const _DRDBIM = "DescribeReservedDBInstancesMessage";
const _DRDBIO = "DescribeReservedDBInstancesOfferings";
const _DRDBIOM = "DescribeReservedDBInstancesOfferingsMessage";
const _DRI = "DbiResourceId";
const _DRL = "DoubleRangeList";
const _DSR = "DescribeSourceRegions";
const _DSRM = "DescribeSourceRegionsMessage";
const _DSVPV = "DescribeServerlessV2PlatformVersions";
const _DSVPVM = "DescribeServerlessV2PlatformVersionsMessage";
const _DT = "DeleteTime";
const _DTD = "DeleteTenantDatabase";
const _DTDM = "DeleteTenantDatabaseMessage";
const _DTDMe = "DescribeTenantDatabasesMessage";
const _DTDR = "DeleteTenantDatabaseResult";
const _DTDe = "DescribeTenantDatabases";
const _DTa = "DataType";
const _DTe = "DeleteTarget";
const _DV = "DefaultValue";
const _DVDBIM = "DescribeValidDBInstanceModifications";
const _DVDBIMM = "DescribeValidDBInstanceModificationsMessage";
const _DVDBIMR = "DescribeValidDBInstanceModificationsResult";
const _Da = "Date";
const _De = "Detection";
const _Di = "Dimensions";
const _Do = "Domain";
const _Du = "Duration";
const _E = "Engine";
const _EBT = "EarliestBacktrackTime";
const _EC = "EventCategories";
const _ECL = "EventCategoriesList";
const _ECLE = "EnableCloudwatchLogsExports";
const _ECLEn = "EnabledCloudwatchLogsExports";
const _ECM = "EventCategoriesMap";
const _ECML = "EventCategoriesMapList";
const _ECMv = "EventCategoriesMessage";
const _ECOI = "EnableCustomerOwnedIp";
const _ECSG = "EC2SecurityGroups";
const _ECSGI = "EC2SecurityGroupId";
const _ECSGL = "EC2SecurityGroupList";
const _ECSGN = "EC2SecurityGroupName";
const _ECSGOI = "EC2SecurityGroupOwnerId";
const _ECSGe = "EC2SecurityGroup";
const _ECr = "ErrorCode";
const _ECv = "EventCategory";
const _ED = "EndDate";
const _EDT = "EndDateType";
const _EDn = "EngineDefaults";
const _EF = "EngineFamily";
const _EGWF = "EnableGlobalWriteForwarding";
const _EHE = "EnableHttpEndpoint";
const _EHER = "EnableHttpEndpointRequest";
const _EHERn = "EnableHttpEndpointResponse";
const _EIAG = "EnableInternetAccessGateway";
const _EIAMDA = "EnableIAMDatabaseAuthentication";
const _EIPNSF = "Ec2ImagePropertiesNotSupportedFault";
const _EL = "EventList";
const _ELD = "EnableLimitlessDatabase";
const _ELS = "EngineLifecycleSupport";
const _ELT = "EnableLogTypes";
const _ELTx = "ExportableLogTypes";
const _ELWF = "EnableLocalWriteForwarding";
const _EM = "ExcludedMembers";
const _EMRA = "EnhancedMonitoringResourceArn";
const _EMn = "EngineMode";
const _EMr = "ErrorMessage";
const _EMv = "EventsMessage";
const _EN = "EngineName";
const _ENAFI = "EngineNativeAuditFieldsIncluded";
const _ENT = "EndpointNetworkType";
const _EO = "ExportOnly";
const _EPI = "EnablePerformanceInsights";
const _ERT = "EarliestRestorableTime";
const _ES = "EventSubscription";
const _ESA = "EventSubscriptionArn";
const _ESL = "EventSubscriptionsList";
const _ESM = "EventSubscriptionsMessage";
const _ESQEF = "EventSubscriptionQuotaExceededFault";
const _ET = "EndpointType";
const _ETAEF = "ExportTaskAlreadyExistsFault";
const _ETI = "ExportTaskIdentifier";
const _ETL = "ExportTasksList";
const _ETM = "ExportTasksMessage";
const _ETNFF = "ExportTaskNotFoundFault";
const _ETa = "EarliestTime";
const _ETn = "EndTime";
const _ETx = "ExportTask";
const _ETxp = "ExportTasks";
const _EV = "EngineVersion";
const _EVPCN = "EnableVPCNetworking";
const _En = "Enabled";
const _Enc = "Encrypted";
const _End = "Endpoint";
const _Er = "Errors";
const _Ev = "Event";
const _Eve = "Events";
const _F = "Force";
const _FAD = "ForcedApplyDate";
const _FC = "FilenameContains";
const _FCa = "FailureCause";
const _FDBC = "FailoverDBCluster";
const _FDBCM = "FailoverDBClusterMessage";
const _FDBCR = "FailoverDBClusterResult";
const _FDBSI = "FinalDBSnapshotIdentifier";
const _FDCA = "FromDbClusterArn";
const _FF = "ForceFailover";
const _FGC = "FailoverGlobalCluster";
const _FGCM = "FailoverGlobalClusterMessage";
const _FGCR = "FailoverGlobalClusterResult";
const _FL = "FilterList";
const _FLW = "FileLastWritten";
const _FN = "FeatureName";
const _FP = "FixedPrice";
const _FQDN = "FQDN";
const _FR = "FailureReason";
const _FS = "FileSize";
const _FSSIB = "FullSnapshotSizeInBytes";
const _FSa = "FailoverState";
const _FVL = "FilterValueList";
const _Fi = "Filters";
const _Fil = "Filter";
const _Fr = "From";
const _G = "Group";
const _GB = "GroupBy";
const _GC = "GlobalCluster";
const _GCA = "GlobalClusterArn";
const _GCAEF = "GlobalClusterAlreadyExistsFault";
const _GCI = "GlobalClusterIdentifier";
const _GCL = "GlobalClusterList";
const _GCM = "GlobalClusterMembers";
const _GCML = "GlobalClusterMemberList";
const _GCMl = "GlobalClusterMember";
const _GCMlo = "GlobalClustersMessage";
const _GCNFF = "GlobalClusterNotFoundFault";
const _GCQEF = "GlobalClusterQuotaExceededFault";
const _GCRI = "GlobalClusterResourceId";
const _GCl = "GlobalClusters";
const _GWFR = "GlobalWriteForwardingRequested";
const _GWFS = "GlobalWriteForwardingStatus";
const _HEE = "HttpEndpointEnabled";
const _HZI = "HostedZoneId";
const _I = "Iops";
const _IA = "IncludeAll";
const _IAEF = "IntegrationAlreadyExistsFault";
const _IAGE = "InternetAccessGatewayEnabled";
const _IAIPISF = "InsufficientAvailableIPsInSubnetFault";
const _IAMA = "IAMAuth";
const _IAMDAE = "IAMDatabaseAuthenticationEnabled";
const _IAMRN = "IAMRoleName";
const _IAn = "IntegrationArn";
const _IBGDSF = "InvalidBlueGreenDeploymentStateFault";
const _IC = "IsCollection";
const _ICDBEVSF = "InvalidCustomDBEngineVersionStateFault";
const _ICOF = "IntegrationConflictOperationFault";
const _ICT = "IdleClientTimeout";
const _ICTn = "InstanceCreateTime";
const _ICW = "IsClusterWriter";
const _ID = "IsDefault";
const _IDBCABSF = "InvalidDBClusterAutomatedBackupStateFault";
const _IDBCCF = "InsufficientDBClusterCapacityFault";
const _IDBCCFn = "InvalidDBClusterCapacityFault";
const _IDBCESF = "InvalidDBClusterEndpointStateFault";
const _IDBCRSF = "InvalidDBCapacityReservationStateFault";
const _IDBCSF = "InvalidDBClusterStateFault";
const _IDBCSSF = "InvalidDBClusterSnapshotStateFault";
const _IDBIABSF = "InvalidDBInstanceAutomatedBackupStateFault";
const _IDBICF = "InsufficientDBInstanceCapacityFault";
const _IDBISF = "InvalidDBInstanceStateFault";
const _IDBPESF = "InvalidDBProxyEndpointStateFault";
const _IDBPGSF = "InvalidDBParameterGroupStateFault";
const _IDBPSF = "InvalidDBProxyStateFault";
const _IDBSGF = "InvalidDBSubnetGroupFault";
const _IDBSGSF = "InvalidDBSecurityGroupStateFault";
const _IDBSGSFn = "InvalidDBShardGroupStateFault";
const _IDBSGSFnv = "InvalidDBSubnetGroupStateFault";
const _IDBSSF = "InvalidDBSnapshotStateFault";
const _IDBSSFn = "InvalidDBSubnetStateFault";
const _IDLA = "IsDataLossAllowed";
const _IDs = "IssueDetails";
const _IE = "IntegrationError";
const _IEL = "IntegrationErrorList";
const _IEOF = "InvalidExportOnlyFault";
const _IESSF = "InvalidEventSubscriptionStateFault";
const _IESSFn = "InvalidExportSourceStateFault";
const _IETSF = "InvalidExportTaskStateFault";
const _IGCSF = "InvalidGlobalClusterStateFault";
const _II = "ImageId";
const _IISF = "InvalidIntegrationStateFault";
const _IIn = "IntegrationIdentifier";
const _IL = "IntegrationList";
const _IM = "IsModifiable";
const _IMVU = "IsMajorVersionUpgrade";
const _IN = "IntegrationName";
const _INFF = "IntegrationNotFoundFault";
const _IOGSF = "InvalidOptionGroupStateFault";
const _IOONAMT = "IOOptimizedNextAllowedModificationTime";
const _IOPS = "IOPS";
const _IP = "IncludePublic";
const _IPR = "IPRanges";
const _IPRL = "IPRangeList";
const _IPRa = "IPRange";
const _IQ = "InitQuery";
const _IQEF = "InstanceQuotaExceededFault";
const _IQEFn = "IntegrationQuotaExceededFault";
const _IR = "IsRequired";
const _IRA = "IamRoleArn";
const _IRF = "InvalidRestoreFault";
const _IRMPF = "IamRoleMissingPermissionsFault";
const _IRNFF = "IamRoleNotFoundFault";
const _IRSF = "InvalidResourceStateFault";
const _IS = "InvalidSubnet";
const _ISBF = "InvalidS3BucketFault";
const _ISCCF = "InsufficientStorageClusterCapacityFault";
const _ISCUA = "IsStorageConfigUpgradeAvailable";
const _ISI = "InterconnectSubnetId";
const _ISn = "IncludeShared";
const _ITSR = "IopsToStorageRatio";
const _IVPCNSF = "InvalidVPCNetworkStateFault";
const _IW = "IsWriter";
const _Im = "Image";
const _Imp = "Impact";
const _In = "Integrations";
const _Int = "Integration";
const _K = "Key";
const _KKI = "KmsKeyId";
const _KMSKI = "KMSKeyId";
const _KMSKNAF = "KMSKeyNotAccessibleFault";
const _KSN = "KinesisStreamName";
const _L = "Links";
const _LD = "LimitlessDatabase";
const _LE = "ListenerEndpoint";
const _LFD = "LogFileData";
const _LFN = "LogFileName";
const _LI = "LeaseId";
const _LM = "LicenseModel";
const _LRT = "LatestRestorableTime";
const _LSCS = "ListSupportedCharacterSets";
const _LSED = "LifecycleSupportEndDate";
const _LSN = "LifecycleSupportName";
const _LSSD = "LifecycleSupportStartDate";
const _LST = "ListSupportedTimezones";
const _LT = "LatestTime";
const _LTFR = "ListTagsForResource";
const _LTFRM = "ListTagsForResourceMessage";
const _LTTD = "LogTypesToDisable";
const _LTTE = "LogTypesToEnable";
const _LUA = "LastUpdatedAfter";
const _LUB = "LastUpdatedBefore";
const _LW = "LastWritten";
const _LWFS = "LocalWriteForwardingStatus";
const _Li = "Limit";
const _Lo = "Locale";
const _M = "Max";
const _MACU = "MaxACU";
const _MACUi = "MinACU";
const _MAS = "MaxAllocatedStorage";
const _MASR = "ModifyActivityStreamRequest";
const _MASRo = "ModifyActivityStreamResponse";
const _MASV = "ModifyAdditionalStorageVolume";
const _MASVL = "ModifyAdditionalStorageVolumesList";
const _MASo = "ModifyActivityStream";
const _MAZ = "MultiAZ";
const _MAZC = "MultiAZCapable";
const _MC = "MinCapacity";
const _MCDBCC = "ModifyCurrentDBClusterCapacity";
const _MCDBCCM = "ModifyCurrentDBClusterCapacityMessage";
const _MCDBEV = "ModifyCustomDBEngineVersion";
const _MCDBEVM = "ModifyCustomDBEngineVersionMessage";
const _MCM = "ModifyCertificatesMessage";
const _MCP = "MaxConnectionsPercent";
const _MCR = "ModifyCertificatesResult";
const _MCa = "MaxCapacity";
const _MCo = "ModifyCertificates";
const _MDBC = "ModifyDBCluster";
const _MDBCE = "ModifyDBClusterEndpoint";
const _MDBCEM = "ModifyDBClusterEndpointMessage";
const _MDBCM = "ModifyDBClusterMessage";
const _MDBCPG = "ModifyDBClusterParameterGroup";
const _MDBCPGM = "ModifyDBClusterParameterGroupMessage";
const _MDBCR = "ModifyDBClusterResult";
const _MDBCRR = "ModifyDBCapacityReservationRequest";
const _MDBCRRo = "ModifyDBCapacityReservationResponse";
const _MDBCRo = "ModifyDBCapacityReservation";
const _MDBCSA = "ModifyDBClusterSnapshotAttribute";
const _MDBCSAM = "ModifyDBClusterSnapshotAttributeMessage";
const _MDBCSAR = "ModifyDBClusterSnapshotAttributeResult";
const _MDBI = "ModifyDBInstance";
const _MDBIM = "ModifyDBInstanceMessage";
const _MDBIR = "ModifyDBInstanceResult";
const _MDBP = "ModifyDBProxy";
const _MDBPE = "ModifyDBProxyEndpoint";
const _MDBPER = "ModifyDBProxyEndpointRequest";
const _MDBPERo = "ModifyDBProxyEndpointResponse";
const _MDBPG = "ModifyDBParameterGroup";
const _MDBPGM = "ModifyDBParameterGroupMessage";
const _MDBPR = "ModifyDBProxyRequest";
const _MDBPRo = "ModifyDBProxyResponse";
const _MDBPTG = "ModifyDBProxyTargetGroup";
const _MDBPTGR = "ModifyDBProxyTargetGroupRequest";
const _MDBPTGRo = "ModifyDBProxyTargetGroupResponse";
const _MDBR = "ModifyDBRecommendation";
const _MDBRM = "ModifyDBRecommendationMessage";
const _MDBS = "ModifyDBSnapshot";
const _MDBSA = "ModifyDBSnapshotAttribute";
const _MDBSAM = "ModifyDBSnapshotAttributeMessage";
const _MDBSAR = "ModifyDBSnapshotAttributeResult";
const _MDBSG = "ModifyDBShardGroup";
const _MDBSGLR = "MaxDBShardGroupLimitReached";
const _MDBSGM = "ModifyDBShardGroupMessage";
const _MDBSGMo = "ModifyDBSubnetGroupMessage";
const _MDBSGR = "ModifyDBSubnetGroupResult";
const _MDBSGo = "ModifyDBSubnetGroup";
const _MDBSM = "ModifyDBSnapshotMessage";
const _MDBSR = "ModifyDBSnapshotResult";
const _MES = "ModifyEventSubscription";
const _MESM = "ModifyEventSubscriptionMessage";
const _MESR = "ModifyEventSubscriptionResult";
const _MEV = "MajorEngineVersion";
const _MEVPAV = "MinimumEngineVersionPerAllowedValue";
const _MEVPAVL = "MinimumEngineVersionPerAllowedValueList";
const _MEVi = "MinimumEngineVersion";
const _MGC = "ModifyGlobalCluster";
const _MGCM = "ModifyGlobalClusterMessage";
const _MGCR = "ModifyGlobalClusterResult";
const _MI = "MinIops";
const _MICP = "MaxIdleConnectionsPercent";
const _MIM = "ModifyIntegrationMessage";
const _MIPDI = "MinIopsPerDbInstance";
const _MIPDIa = "MaxIopsPerDbInstance";
const _MIPG = "MinIopsPerGib";
const _MIPGa = "MaxIopsPerGib";
const _MIa = "MaxIops";
const _MIo = "MonitoringInterval";
const _MIod = "ModifyIntegration";
const _ML = "MetricList";
const _MMUP = "ManageMasterUserPassword";
const _MOG = "ModifyOptionGroup";
const _MOGM = "ModifyOptionGroupMessage";
const _MOGR = "ModifyOptionGroupResult";
const _MQ = "MetricQuery";
const _MR = "MaxRecords";
const _MRA = "MonitoringRoleArn";
const _MRACU = "MinRequiredACU";
const _MRL = "MetricReferenceList";
const _MRMEV = "MinimumRequiredMinorEngineVersion";
const _MRe = "MetricReference";
const _MSS = "MinStorageSize";
const _MSSa = "MaxStorageSize";
const _MST = "MinStorageThroughput";
const _MSTPDI = "MinStorageThroughputPerDbInstance";
const _MSTPDIa = "MaxStorageThroughputPerDbInstance";
const _MSTPI = "MinStorageThroughputPerIops";
const _MSTPIa = "MaxStorageThroughputPerIops";
const _MSTa = "MaxStorageThroughput";
const _MT = "MultiTenant";
const _MTD = "ModifyTenantDatabase";
const _MTDM = "ModifyTenantDatabaseMessage";
const _MTDR = "ModifyTenantDatabaseResult";
const _MU = "MasterUsername";
const _MUAT = "MasterUserAuthenticationType";
const _MUP = "MasterUserPassword";
const _MUS = "MasterUserSecret";
const _MUSKKI = "MasterUserSecretKmsKeyId";
const _Ma = "Marker";
const _Man = "Manifest";
const _Me = "Message";
const _Met = "Metric";
const _Metr = "Metrics";
const _Mo = "Mode";
const _N = "Name";
const _NCSN = "NcharCharacterSetName";
const _NDBCI = "NewDBClusterIdentifier";
const _NDBII = "NewDBInstanceIdentifier";
const _NDBPEN = "NewDBProxyEndpointName";
const _NDBPN = "NewDBProxyName";
const _NGCI = "NewGlobalClusterIdentifier";
const _NN = "NewName";
const _NOL = "NumberOfLines";
const _NT = "NetworkType";
const _NTDBN = "NewTenantDBName";
const _NTNS = "NetworkTypeNotSupported";
const _No = "Normal";
const _O = "Option";
const _OC = "OptionConfiguration";
const _OCL = "OptionConfigurationList";
const _OCN = "OptionConflictName";
const _OCW = "OptionsConflictsWith";
const _OCu = "OutpostCapable";
const _OD = "OptionDescription";
const _ODBIO = "OrderableDBInstanceOption";
const _ODBIOL = "OrderableDBInstanceOptionsList";
const _ODBIOM = "OrderableDBInstanceOptionsMessage";
const _ODBIOr = "OrderableDBInstanceOptions";
const _ODO = "OptionsDependedOn";
const _OG = "OptionGroup";
const _OGA = "OptionGroupArn";
const _OGAEF = "OptionGroupAlreadyExistsFault";
const _OGD = "OptionGroupDescription";
const _OGL = "OptionGroupsList";
const _OGM = "OptionGroupMemberships";
const _OGML = "OptionGroupMembershipList";
const _OGMp = "OptionGroupMembership";
const _OGN = "OptionGroupName";
const _OGNFF = "OptionGroupNotFoundFault";
const _OGO = "OptionGroupOption";
const _OGOL = "OptionGroupOptionsList";
const _OGOM = "OptionGroupOptionsMessage";
const _OGOS = "OptionGroupOptionSettings";
const _OGOSL = "OptionGroupOptionSettingsList";
const _OGOSp = "OptionGroupOptionSetting";
const _OGOV = "OptionGroupOptionVersions";
const _OGOVL = "OptionGroupOptionVersionsList";
const _OGOp = "OptionGroupOptions";
const _OGQEF = "OptionGroupQuotaExceededFault";
const _OGp = "OptionGroups";
const _OI = "OwnerId";
const _OIS = "OptInStatus";
const _OIT = "OptInType";
const _OL = "OptionsList";
const _ON = "OptionName";
const _OS = "OptionSettings";
const _OSCL = "OptionSettingConfigurationList";
const _OSCT = "OriginalSnapshotCreateTime";
const _OSL = "OptionSettingsList";
const _OSS = "OperatorSensitiveString";
const _OSp = "OptionSetting";
const _OT = "OfferingType";
const _OTI = "OptionsToInclude";
const _OTR = "OptionsToRemove";
const _OU = "OU";
const _OV = "OptionVersion";
const _Op = "Options";
const _Ope = "Operation";
const _Ou = "Outpost";
const _P = "Port";
const _PA = "PubliclyAccessible";
const _PAS = "ParameterApplyStatus";
const _PBW = "PreferredBackupWindow";
const _PC = "PendingCapacity";
const _PCLE = "PendingCloudwatchLogsExports";
const _PD = "ProductDescription";
const _PF = "ProcessorFeatures";
const _PFL = "ProcessorFeatureList";
const _PFr = "ProcessorFeature";
const _PI = "ProvisionedIops";
const _PID = "PerformanceIssueDetails";
const _PIE = "PerformanceInsightsEnabled";
const _PIKMSKI = "PerformanceInsightsKMSKeyId";
const _PIMDG = "PerformanceInsightsMetricDimensionGroup";
const _PIMQ = "PerformanceInsightsMetricQuery";
const _PINAIAZF = "ProvisionedIopsNotAvailableInAZFault";
const _PIRP = "PerformanceInsightsRetentionPeriod";
const _PITRNEF = "PointInTimeRestoreNotEnabledFault";
const _PL = "ParametersList";
const _PMA = "PendingMaintenanceAction";
const _PMAD = "PendingMaintenanceActionDetails";
const _PMAM = "PendingMaintenanceActionsMessage";
const _PMAe = "PendingMaintenanceActions";
const _PMV = "PendingModifiedValues";
const _PMW = "PreferredMaintenanceWindow";
const _PN = "ParameterName";
const _PP = "PercentProgress";
const _PR = "PortRequired";
const _PRDBIO = "PurchaseReservedDBInstancesOffering";
const _PRDBIOM = "PurchaseReservedDBInstancesOfferingMessage";
const _PRDBIOR = "PurchaseReservedDBInstancesOfferingResult";
const _PRR = "PromoteReadReplica";
const _PRRDBC = "PromoteReadReplicaDBCluster";
const _PRRDBCM = "PromoteReadReplicaDBClusterMessage";
const _PRRDBCR = "PromoteReadReplicaDBClusterResult";
const _PRRM = "PromoteReadReplicaMessage";
const _PRRR = "PromoteReadReplicaResult";
const _PS = "PolicyStatus";
const _PSOSV = "PotentiallySensitiveOptionSettingValue";
const _PST = "ProvisionedStorageThroughput";
const _PSU = "PreSignedUrl";
const _PT = "PromotionTier";
const _PV = "ParameterValue";
const _Pa = "Parameters";
const _Par = "Parameter";
const _Pe = "Persistent";
const _Per = "Permanent";
const _R = "Region";
const _RA = "RoleArn";
const _RAL = "RecommendedActionList";
const _RAMEVU = "RequiresAutoMinorEngineVersionUpgrade";
const _RAP = "RecommendedActionParameter";
const _RAPL = "RecommendedActionParameterList";
const _RAPe = "ResetAllParameters";
const _RAU = "RecommendedActionUpdates";
const _RAUL = "RecommendedActionUpdateList";
const _RAUe = "RecommendedActionUpdate";
const _RAe = "ResourceArn";
const _RAec = "RecommendedActions";
const _RAeco = "RecommendedAction";
const _RC = "RecurringCharge";
const _RCA = "RecurringChargeAmount";
const _RCCC = "RdsCustomClusterConfiguration";
const _RCF = "RecurringChargeFrequency";
const _RCL = "RecurringChargeList";
const _RCO = "RemoveCustomerOverride";
const _RCPAZ = "ReservedCapacityPerAvailabilityZone";
const _RCe = "RecurringCharges";
const _RD = "ReferenceDetails";
const _RDBC = "RebootDBCluster";
const _RDBCFS = "RestoreDBClusterFromS3";
const _RDBCFSM = "RestoreDBClusterFromS3Message";
const _RDBCFSMe = "RestoreDBClusterFromSnapshotMessage";
const _RDBCFSR = "RestoreDBClusterFromS3Result";
const _RDBCFSRe = "RestoreDBClusterFromSnapshotResult";
const _RDBCFSe = "RestoreDBClusterFromSnapshot";
const _RDBCM = "RebootDBClusterMessage";
const _RDBCPG = "ResetDBClusterParameterGroup";
const _RDBCPGM = "ResetDBClusterParameterGroupMessage";
const _RDBCR = "RebootDBClusterResult";
const _RDBCTPIT = "RestoreDBClusterToPointInTime";
const _RDBCTPITM = "RestoreDBClusterToPointInTimeMessage";
const _RDBCTPITR = "RestoreDBClusterToPointInTimeResult";
const _RDBI = "ReservedDBInstance";
const _RDBIA = "ReservedDBInstanceArn";
const _RDBIAEF = "ReservedDBInstanceAlreadyExistsFault";
const _RDBIFDBS = "RestoreDBInstanceFromDBSnapshot";
const _RDBIFDBSM = "RestoreDBInstanceFromDBSnapshotMessage";
const _RDBIFDBSR = "RestoreDBInstanceFromDBSnapshotResult";
const _RDBIFS = "RestoreDBInstanceFromS3";
const _RDBIFSM = "RestoreDBInstanceFromS3Message";
const _RDBIFSR = "RestoreDBInstanceFromS3Result";
const _RDBII = "ReservedDBInstanceId";
const _RDBIL = "ReservedDBInstanceList";
const _RDBIM = "RebootDBInstanceMessage";
const _RDBIMe = "ReservedDBInstanceMessage";
const _RDBINFF = "ReservedDBInstanceNotFoundFault";
const _RDBIO = "ReservedDBInstancesOffering";
const _RDBIOI = "ReservedDBInstancesOfferingId";
const _RDBIOL = "ReservedDBInstancesOfferingList";
const _RDBIOM = "ReservedDBInstancesOfferingMessage";
const _RDBIONFF = "ReservedDBInstancesOfferingNotFoundFault";
const _RDBIOe = "ReservedDBInstancesOfferings";
const _RDBIQEF = "ReservedDBInstanceQuotaExceededFault";
const _RDBIR = "RebootDBInstanceResult";
const _RDBITPIT = "RestoreDBInstanceToPointInTime";
const _RDBITPITM = "RestoreDBInstanceToPointInTimeMessage";
const _RDBITPITR = "RestoreDBInstanceToPointInTimeResult";
const _RDBIe = "ReservedDBInstances";
const _RDBIeb = "RebootDBInstance";
const _RDBPG = "ResetDBParameterGroup";
const _RDBPGM = "ResetDBParameterGroupMessage";
const _RDBPT = "RegisterDBProxyTargets";
const _RDBPTR = "RegisterDBProxyTargetsRequest";
const _RDBPTRe = "RegisterDBProxyTargetsResponse";
const _RDBSG = "RebootDBShardGroup";
const _RDBSGI = "RevokeDBSecurityGroupIngress";
const _RDBSGIM = "RevokeDBSecurityGroupIngressMessage";
const _RDBSGIR = "RevokeDBSecurityGroupIngressResult";
const _RDBSGM = "RebootDBShardGroupMessage";
const _RE = "ReaderEndpoint";
const _RFAMM = "ResumeFullAutomationModeMinutes";
const _RFAMT = "ResumeFullAutomationModeTime";
const _RFGC = "RemoveFromGlobalCluster";
const _RFGCM = "RemoveFromGlobalClusterMessage";
const _RFGCR = "RemoveFromGlobalClusterResult";
const _RI = "ResourceIdentifier";
const _RIe = "RecommendationId";
const _RL = "RangeList";
const _RM = "ReplicaMode";
const _RMUP = "RotateMasterUserPassword";
const _RN = "ResourceName";
const _RNFF = "ResourceNotFoundFault";
const _RNe = "RegionName";
const _RPMA = "ResourcePendingMaintenanceActions";
const _RRC = "ReadReplicaCapable";
const _RRDBCI = "ReadReplicaDBClusterIdentifiers";
const _RRDBCIL = "ReadReplicaDBClusterIdentifierList";
const _RRDBCIe = "ReadReplicaDBClusterIdentifier";
const _RRDBII = "ReadReplicaDBInstanceIdentifiers";
const _RRDBIIL = "ReadReplicaDBInstanceIdentifierList";
const _RRDBIIe = "ReadReplicaDBInstanceIdentifier";
const _RRFDBC = "RemoveRoleFromDBCluster";
const _RRFDBCM = "RemoveRoleFromDBClusterMessage";
const _RRFDBI = "RemoveRoleFromDBInstance";
const _RRFDBIM = "RemoveRoleFromDBInstanceMessage";
const _RRI = "ReadReplicaIdentifiers";
const _RRIL = "ReadReplicaIdentifierList";
const _RRId = "RdsResourceId";
const _RRIe = "ReadReplicaIdentifier";
const _RRSDBCI = "ReadReplicaSourceDBClusterIdentifier";
const _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier";
const _RSI = "ReplicationSourceIdentifier";
const _RSIFS = "RemoveSourceIdentifierFromSubscription";
const _RSIFSM = "RemoveSourceIdentifierFromSubscriptionMessage";
const _RSIFSR = "RemoveSourceIdentifierFromSubscriptionResult";
const _RT = "RestoreType";
const _RTFR = "RemoveTagsFromResource";
const _RTFRM = "RemoveTagsFromResourceMessage";
const _RTLS = "RequireTLS";
const _RTT = "RestoreToTime";
const _RTe = "RestoreTime";
const _RTes = "ResourceType";
const _RW = "RestoreWindow";
const _Ra = "Range";
const _Re = "Recommendation";
const _Rea = "Reason";
const _Read = "Readers";
const _Ref = "References";
const _Ro = "Role";
const _S = "Source";
const _SA = "SourceArn";
const _SAEF = "SubscriptionAlreadyExistFault";
const _SAI = "SourceAccountId";
const _SAIU = "SubnetAlreadyInUse";
const _SAS = "StartActivityStream";
const _SASM = "SupportedActivityStreamModes";
const _SASR = "StartActivityStreamRequest";
const _SASRt = "StartActivityStreamResponse";
const _SASRto = "StopActivityStreamRequest";
const _SASRtop = "StopActivityStreamResponse";
const _SASV = "SupportsAdditionalStorageVolumes";
const _SASt = "StopActivityStream";
const _SAZ = "SnapshotAvailabilityZone";
const _SAZe = "SecondaryAvailabilityZone";
const _SAZu = "SubnetAvailabilityZone";
const _SAe = "SecretArn";
const _SB = "SupportsBabelfish";
const _SBGD = "SwitchoverBlueGreenDeployment";
const _SBGDR = "SwitchoverBlueGreenDeploymentRequest";
const _SBGDRw = "SwitchoverBlueGreenDeploymentResponse";
const _SBN = "S3BucketName";
const _SBT = "SecondsBeforeTimeout";
const _SBu = "S3Bucket";
const _SC = "ScalingConfiguration";
const _SCACI = "SupportedCACertificateIdentifiers";
const _SCDEVI = "SourceCustomDbEngineVersionIdentifier";
const _SCI = "ScalingConfigurationInfo";
const _SCNFF = "SubscriptionCategoryNotFoundFault";
const _SCNSF = "SourceClusterNotSupportedFault";
const _SCRWR = "SupportsCertificateRotationWithoutRestart";
const _SCS = "SupportedCharacterSets";
const _SCSL = "SupportedCharacterSetsList";
const _SCT = "SnapshotCreateTime";
const _SCTu = "SubscriptionCreationTime";
const _SCu = "SupportsClusters";
const _SD = "SwitchoverDetails";
const _SDBC = "StartDBCluster";
const _SDBCI = "SourceDBClusterIdentifier";
const _SDBCM = "StartDBClusterMessage";
const _SDBCMt = "StopDBClusterMessage";
const _SDBCPGI = "SourceDBClusterParameterGroupIdentifier";
const _SDBCR = "StartDBClusterResult";
const _SDBCRt = "StopDBClusterResult";
const _SDBCSA = "SourceDBClusterSnapshotArn";
const _SDBCSI = "SourceDBClusterSnapshotIdentifier";
const _SDBCt = "StopDBCluster";
const _SDBI = "StartDBInstance";
const _SDBIA = "SourceDBInstanceArn";
const _SDBIABA = "SourceDBInstanceAutomatedBackupsArn";
const _SDBIABR = "SupportsDBInstanceAutomatedBackupsReplication";
const _SDBIABRM = "StartDBInstanceAutomatedBackupsReplicationMessage";
const _SDBIABRMt = "StopDBInstanceAutomatedBackupsReplicationMessage";
const _SDBIABRR = "StartDBInstanceAutomatedBackupsReplicationResult";
const _SDBIABRRt = "StopDBInstanceAutomatedBackupsReplicationResult";
const _SDBIABRt = "StartDBInstanceAutomatedBackupsReplication";
const _SDBIABRto = "StopDBInstanceAutomatedBackupsReplication";
const _SDBII = "SourceDBInstanceIdentifier";
const _SDBIM = "StartDBInstanceMessage";
const _SDBIMt = "StopDBInstanceMessage";
const _SDBIR = "StartDBInstanceResult";
const _SDBIRt = "StopDBInstanceResult";
const _SDBIt = "StopDBInstance";
const _SDBPGI = "SourceDBParameterGroupIdentifier";
const _SDBSI = "SourceDBSnapshotIdentifier";
const _SDCRI = "SourceDbClusterResourceId";
const _SDL = "SwitchoverDetailList";
const _SDLV = "SupportsDedicatedLogVolume";
const _SDNSF = "SourceDatabaseNotSupportedFault";
const _SDRI = "SourceDbiResourceId";
const _SDT = "SnapshotDatabaseTime";
const _SDe = "SettingDescription";
const _SDt = "StatusDetails";
const _SDta = "StartDate";
const _SDtat = "StatisticsDetails";
const _SDw = "SwitchoverDetail";
const _SE = "StorageEncrypted";
const _SEL = "SupportedEngineLifecycles";
const _SELL = "SupportedEngineLifecycleList";
const _SELu = "SupportedEngineLifecycle";
const _SEM = "SupportedEngineModes";
const _SEMu = "SupportsEnhancedMonitoring";
const _SET = "StorageEncryptionType";
const _SETM = "StartExportTaskMessage";
const _SETt = "StartExportTask";
const _SEV = "SourceEngineVersion";
const _SEo = "SourceEngine";
const _SFD = "SetForDelete";
const _SFN = "SupportedFeatureNames";
const _SFS = "SkipFinalSnapshot";
const _SG = "SecurityGroups";
const _SGC = "SwitchoverGlobalCluster";
const _SGCM = "SwitchoverGlobalClusterMessage";
const _SGCR = "SwitchoverGlobalClusterResult";
const _SGD = "SupportsGlobalDatabases";
const _SGS = "SubnetGroupStatus";
const _SHE = "SupportsHttpEndpoint";
const _SI = "SourceIdentifier";
const _SIAMDA = "SupportsIAMDatabaseAuthentication";
const _SIL = "SourceIdsList";
const _SILu = "SubnetIdentifierList";
const _SIRA = "S3IngestionRoleArn";
const _SIn = "SnapshotIdentifier";
const _SIo = "SourceIds";
const _SIou = "SourceId";
const _SIt = "StatusInfos";
const _SIu = "SupportsIops";
const _SIub = "SubnetIds";
const _SIubn = "SubnetIdentifier";
const _SIup = "SupportsIntegrations";
const _SKA = "SupportsKerberosAuthentication";
const _SL = "SubnetList";
const _SLD = "SupportsLimitlessDatabase";
const _SLETCL = "SupportsLogExportsToCloudwatchLogs";
const _SLWF = "SupportsLocalWriteForwarding";
const _SM = "StaticMembers";
const _SMo = "SourceMember";
const _SN = "SubscriptionName";
const _SNCS = "SupportedNcharCharacterSets";
const _SNFF = "SourceNotFoundFault";
const _SNFFu = "SubscriptionNotFoundFault";
const _SNSITF = "SNSInvalidTopicFault";
const _SNSNAF = "SNSNoAuthorizationFault";
const _SNSTANFF = "SNSTopicArnNotFoundFault";
const _SNT = "SupportedNetworkTypes";
const _SNe = "SettingName";
const _SO = "SubnetOutpost";
const _SOG = "SourceOptionGroup";
const _SOGI = "SourceOptionGroupIdentifier";
const _SOPP = "StorageOperationPercentProgress";
const _SOS = "StorageOperationStatus";
const _SOVD = "SupportsOptionVersionDowngrade";
const _SP = "S3Prefix";
const _SPF = "SessionPinningFilters";
const _SPI = "SupportsPerformanceInsights";
const _SPQ = "SupportsParallelQuery";
const _SQEF = "SnapshotQuotaExceededFault";
const _SQEFt = "StorageQuotaExceededFault";
const _SR = "SourceRegion";
const _SRD = "ScalarReferenceDetails";
const _SRL = "SourceRegionList";
const _SRM = "SourceRegionMessage";
const _SRR = "SupportsReadReplica";
const _SRRM = "SwitchoverReadReplicaMessage";
const _SRRR = "SwitchoverReadReplicaResult";
const _SRRw = "SwitchoverReadReplica";
const _SRo = "SourceRegions";
const _SS = "SensitiveString";
const _SSA = "SupportsStorageAutoscaling";
const _SSE = "SupportsStorageEncryption";
const _SSQEF = "SharedSnapshotQuotaExceededFault";
const _SST = "SupportsStorageThroughput";
const _SSe = "SecretStatus";
const _SSt = "StorageSize";
const _SSu = "SubnetStatus";
const _SSy = "SynchronizationStatus";
const _ST = "StorageThroughput";
const _STA = "SnsTopicArn";
const _STL = "SupportedTimezonesList";
const _STNAF = "StorageTypeNotAvailableFault";
const _STNSF = "StorageTypeNotSupportedFault";
const _STTIR = "StorageThroughputToIopsRatio";
const _STn = "SnapshotTarget";
const _STna = "SnapshotType";
const _STnap = "SnapshotTime";
const _STo = "SourceType";
const _STt = "StorageType";
const _STta = "StatusType";
const _STtar = "StartTime";
const _STu = "SupportedTimezones";
const _STw = "SwitchoverTimeout";
const _SUAP = "SecondsUntilAutoPause";
const _SVFS = "ServerlessV2FeaturesSupport";
const _SVPV = "ServerlessV2PlatformVersion";
const _SVPVD = "ServerlessV2PlatformVersionDescription";
const _SVPVI = "ServerlessV2PlatformVersionInfo";
const _SVPVL = "ServerlessV2PlatformVersionList";
const _SVPVM = "ServerlessV2PlatformVersionsMessage";
const _SVPVe = "ServerlessV2PlatformVersions";
const _SVS = "StorageVolumeStatus";
const _SVSC = "ServerlessV2ScalingConfiguration";
const _SVSCI = "ServerlessV2ScalingConfigurationInfo";
const _Se = "Severity";
const _Si = "Size";
const _St = "Status";
const _Sta = "State";
const _Ste = "Step";
const _Sto = "Storage";
const _Su = "Subnets";
const _Sub = "Subnet";
const _Sw = "Switchover";
const _T = "Tags";
const _TA = "TargetArn";
const _TAS = "TargetAllocatedStorage";
const _TAi = "TimeoutAction";
const _TCA = "TdeCredentialArn";
const _TCAZ = "TargetCustomAvailabilityZone";
const _TCI = "TrackedClusterId";
const _TCNT = "TargetConnectionNetworkType";
const _TCP = "TdeCredentialPassword";
const _TD = "TenantDatabase";
const _TDAEF = "TenantDatabaseAlreadyExistsFault";
const _TDARN = "TenantDatabaseARN";
const _TDBCPGD = "TargetDBClusterParameterGroupDescription";
const _TDBCPGI = "TargetDBClusterParameterGroupIdentifier";
const _TDBCPGN = "TargetDBClusterParameterGroupName";
const _TDBCSI = "TargetDBClusterSnapshotIdentifier";
const _TDBIC = "TargetDBInstanceClass";
const _TDBII = "TargetDBInstanceIdentifier";
const _TDBN = "TenantDBName";
const _TDBPGD = "TargetDBParameterGroupDescription";
const _TDBPGI = "TargetDBParameterGroupIdentifier";
const _TDBPGN = "TargetDBParameterGroupName";
const _TDBSI = "TargetDBSnapshotIdentifier";
const _TDCA = "ToDbClusterArn";
const _TDCI = "TargetDbClusterIdentifier";
const _TDCT = "TenantDatabaseCreateTime";
const _TDL = "TenantDatabasesList";
const _TDM = "TenantDatabasesMessage";
const _TDNFF = "TenantDatabaseNotFoundFault";
const _TDPMV = "TenantDatabasePendingModifiedValues";
const _TDQEF = "TenantDatabaseQuotaExceededFault";
const _TDRI = "TenantDatabaseResourceId";
const _TDe = "TenantDatabases";
const _TDy = "TypeDetection";
const _TEDIGB = "TotalExtractedDataInGB";
const _TET = "TaskEndTime";
const _TEV = "TargetEngineVersion";
const _TG = "TargetGroups";
const _TGA = "TargetGroupArn";
const _TGL = "TargetGroupList";
const _TGMDI = "TransitGatewayMulticastDomainId";
const _TGN = "TargetGroupName";
const _TH = "TargetHealth";
const _TI = "TargetIops";
const _TIy = "TypeId";
const _TK = "TagKeys";
const _TKKI = "TargetKmsKeyId";
const _TL = "TagList";
const _TLM = "TagListMessage";
const _TLa = "TargetList";
const _TM = "TargetMember";
const _TN = "TimezoneName";
const _TOGD = "TargetOptionGroupDescription";
const _TOGI = "TargetOptionGroupIdentifier";
const _TR = "TargetRole";
const _TRC = "TargetResourceConfigurations";
const _TRCL = "TargetResourceConfigurationList";
const _TRCa = "TargetResourceConfiguration";
const _TRy = "TypeRecommendation";
const _TS = "TagSpecifications";
const _TSL = "TagSpecificationList";
const _TST = "TargetStorageType";
const _TSTa = "TargetStorageThroughput";
const _TSTas = "TaskStartTime";
const _TSa = "TagSpecification";
const _Ta = "Target";
const _Tag = "Tag";
const _Tar = "Targets";
const _Tas = "Tasks";
const _Te = "Text";
const _Th = "Thumbprint";
const _Ti = "Timezone";
const _Tit = "Title";
const _To = "To";
const _Ty = "Type";
const _U = "Used";
const _UAC = "UserAuthConfig";
const _UACI = "UserAuthConfigInfo";
const _UACIL = "UserAuthConfigInfoList";
const _UACL = "UserAuthConfigList";
const _UAPLI = "UseAwsProvidedLatestImage";
const _UD = "UpdatedDate";
const _UDBEVF = "UnsupportedDBEngineVersionFault";
const _UDPF = "UseDefaultProcessorFeatures";
const _UETOPITU = "UseEarliestTimeOnPointInTimeUnavailable";
const _ULRT = "UseLatestRestorableTime";
const _UN = "UserName";
const _UP = "UsagePrice";
const _URO = "UpgradeRolloutOrder";
const _USC = "UpgradeStorageConfig";
const _UT = "UpdatedTime";
const _UTSC = "UpgradeTargetStorageConfig";
const _UTp = "UpgradeTarget";
const _Ur = "Url";
const _V = "Value";
const _VASO = "ValidAdditionalStorageOptions";
const _VDBIMM = "ValidDBInstanceModificationsMessage";
const _VECVE = "VpcEncryptionControlViolationException";
const _VF = "ValidFrom";
const _VI = "VpcId";
const _VN = "VolumeName";
const _VO = "VpcOnly";
const _VPCNE = "VPCNetworkingEnabled";
const _VPF = "ValidProcessorFeatures";
const _VSG = "VpcSecurityGroups";
const _VSGI = "VpcSecurityGroupIds";
const _VSGIL = "VpcSecurityGroupIdList";
const _VSGIp = "VpcSecurityGroupId";
const _VSGM = "VpcSecurityGroupMemberships";
const _VSGML = "VpcSecurityGroupMembershipList";
const _VSGMp = "VpcSecurityGroupMembership";
const _VSI = "VpcSubnetIds";
const _VSO = "ValidStorageOptions";
const _VSOL = "ValidStorageOptionsList";
const _VT = "ValidTill";
const _VTA = "ValuesToAdd";
const _VTR = "ValuesToRemove";
const _VUT = "ValidUpgradeTarget";
const _VUTL = "ValidUpgradeTargetList";
const _VVO = "ValidVolumeOptions";
const _VVOL = "ValidVolumeOptionsList";
const _Va = "Values";
const _Ve = "Version";
const _Vo = "Volumes";
const _Vp = "Vpc";
const _WEC = "WithExpressConfiguration";
const _WM = "WarningMessage";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _i = "item";
const _m = "message";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.rds";
const _xN = "xmlName";
const n0 = "com.amazonaws.rds";



const _s_registry = new schema.TypeRegistry(_s);
var RDSServiceException$ = [-3, _s, "RDSServiceException", 0, [], []];
_s_registry.registerError(RDSServiceException$, RDSServiceException);
const n0_registry = new schema.TypeRegistry(n0);
var AuthorizationAlreadyExistsFault$ = [-3, n0, _AAEF,
    { [_aQE]: [`AuthorizationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
var AuthorizationNotFoundFault$ = [-3, n0, _ANFF,
    { [_aQE]: [`AuthorizationNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
var AuthorizationQuotaExceededFault$ = [-3, n0, _AQEF,
    { [_aQE]: [`AuthorizationQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
var BackupPolicyNotFoundFault$ = [-3, n0, _BPNFF,
    { [_aQE]: [`BackupPolicyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(BackupPolicyNotFoundFault$, BackupPolicyNotFoundFault);
var BlueGreenDeploymentAlreadyExistsFault$ = [-3, n0, _BGDAEF,
    { [_aQE]: [`BlueGreenDeploymentAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentAlreadyExistsFault);
var BlueGreenDeploymentNotFoundFault$ = [-3, n0, _BGDNFF,
    { [_aQE]: [`BlueGreenDeploymentNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentNotFoundFault);
var CertificateNotFoundFault$ = [-3, n0, _CNFF,
    { [_aQE]: [`CertificateNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CertificateNotFoundFault$, CertificateNotFoundFault);
var CreateCustomDBEngineVersionFault$ = [-3, n0, _CCDBEVF,
    { [_aQE]: [`CreateCustomDBEngineVersionFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionFault);
var CustomAvailabilityZoneNotFoundFault$ = [-3, n0, _CAZNFF,
    { [_aQE]: [`CustomAvailabilityZoneNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CustomAvailabilityZoneNotFoundFault$, CustomAvailabilityZoneNotFoundFault);
var CustomDBEngineVersionAlreadyExistsFault$ = [-3, n0, _CDBEVAEF,
    { [_aQE]: [`CustomDBEngineVersionAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionAlreadyExistsFault);
var CustomDBEngineVersionNotFoundFault$ = [-3, n0, _CDBEVNFF,
    { [_aQE]: [`CustomDBEngineVersionNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionNotFoundFault);
var CustomDBEngineVersionQuotaExceededFault$ = [-3, n0, _CDBEVQEF,
    { [_aQE]: [`CustomDBEngineVersionQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CustomDBEngineVersionQuotaExceededFault$, CustomDBEngineVersionQuotaExceededFault);
var DBCapacityReservationAlreadyExistsFault$ = [-3, n0, _DBCRAEF,
    { [_aQE]: [`DBCapacityReservationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBCapacityReservationAlreadyExistsFault$, DBCapacityReservationAlreadyExistsFault);
var DBCapacityReservationNotFoundFault$ = [-3, n0, _DBCRNFF,
    { [_aQE]: [`DBCapacityReservationNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBCapacityReservationNotFoundFault$, DBCapacityReservationNotFoundFault);
var DBCapacityReservationUnsupportedFault$ = [-3, n0, _DBCRUF,
    { [_aQE]: [`DBCapacityReservationUnsupported`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBCapacityReservationUnsupportedFault$, DBCapacityReservationUnsupportedFault);
var DBClusterAlreadyExistsFault$ = [-3, n0, _DBCAEF,
    { [_aQE]: [`DBClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterAlreadyExistsFault$, DBClusterAlreadyExistsFault);
var DBClusterAutomatedBackupNotFoundFault$ = [-3, n0, _DBCABNFF,
    { [_aQE]: [`DBClusterAutomatedBackupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupNotFoundFault);
var DBClusterAutomatedBackupQuotaExceededFault$ = [-3, n0, _DBCABQEF,
    { [_aQE]: [`DBClusterAutomatedBackupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterAutomatedBackupQuotaExceededFault$, DBClusterAutomatedBackupQuotaExceededFault);
var DBClusterBacktrackNotFoundFault$ = [-3, n0, _DBCBNFF,
    { [_aQE]: [`DBClusterBacktrackNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterBacktrackNotFoundFault$, DBClusterBacktrackNotFoundFault);
var DBClusterEndpointAlreadyExistsFault$ = [-3, n0, _DBCEAEF,
    { [_aQE]: [`DBClusterEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointAlreadyExistsFault);
var DBClusterEndpointNotFoundFault$ = [-3, n0, _DBCENFF,
    { [_aQE]: [`DBClusterEndpointNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterEndpointNotFoundFault$, DBClusterEndpointNotFoundFault);
var DBClusterEndpointQuotaExceededFault$ = [-3, n0, _DBCEQEF,
    { [_aQE]: [`DBClusterEndpointQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterEndpointQuotaExceededFault$, DBClusterEndpointQuotaExceededFault);
var DBClusterNotFoundFault$ = [-3, n0, _DBCNFF,
    { [_aQE]: [`DBClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterNotFoundFault$, DBClusterNotFoundFault);
var DBClusterParameterGroupNotFoundFault$ = [-3, n0, _DBCPGNFF,
    { [_aQE]: [`DBClusterParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupNotFoundFault);
var DBClusterQuotaExceededFault$ = [-3, n0, _DBCQEF,
    { [_aQE]: [`DBClusterQuotaExceededFault`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterQuotaExceededFault$, DBClusterQuotaExceededFault);
var DBClusterRoleAlreadyExistsFault$ = [-3, n0, _DBCRAEFl,
    { [_aQE]: [`DBClusterRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterRoleAlreadyExistsFault$, DBClusterRoleAlreadyExistsFault);
var DBClusterRoleNotFoundFault$ = [-3, n0, _DBCRNFFl,
    { [_aQE]: [`DBClusterRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterRoleNotFoundFault$, DBClusterRoleNotFoundFault);
var DBClusterRoleQuotaExceededFault$ = [-3, n0, _DBCRQEF,
    { [_aQE]: [`DBClusterRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterRoleQuotaExceededFault$, DBClusterRoleQuotaExceededFault);
var DBClusterSnapshotAlreadyExistsFault$ = [-3, n0, _DBCSAEF,
    { [_aQE]: [`DBClusterSnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAlreadyExistsFault);
var DBClusterSnapshotNotFoundFault$ = [-3, n0, _DBCSNFF,
    { [_aQE]: [`DBClusterSnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBClusterSnapshotNotFoundFault$, DBClusterSnapshotNotFoundFault);
var DBInstanceAlreadyExistsFault$ = [-3, n0, _DBIAEF,
    { [_aQE]: [`DBInstanceAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceAlreadyExistsFault$, DBInstanceAlreadyExistsFault);
var DBInstanceAutomatedBackupNotFoundFault$ = [-3, n0, _DBIABNFF,
    { [_aQE]: [`DBInstanceAutomatedBackupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupNotFoundFault);
var DBInstanceAutomatedBackupQuotaExceededFault$ = [-3, n0, _DBIABQEF,
    { [_aQE]: [`DBInstanceAutomatedBackupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupQuotaExceededFault);
var DBInstanceNotFoundFault$ = [-3, n0, _DBINFF,
    { [_aQE]: [`DBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceNotFoundFault$, DBInstanceNotFoundFault);
var DBInstanceNotReadyFault$ = [-3, n0, _DBINRF,
    { [_aQE]: [`DBInstanceNotReady`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceNotReadyFault$, DBInstanceNotReadyFault);
var DBInstanceRoleAlreadyExistsFault$ = [-3, n0, _DBIRAEF,
    { [_aQE]: [`DBInstanceRoleAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleAlreadyExistsFault);
var DBInstanceRoleNotFoundFault$ = [-3, n0, _DBIRNFF,
    { [_aQE]: [`DBInstanceRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceRoleNotFoundFault$, DBInstanceRoleNotFoundFault);
var DBInstanceRoleQuotaExceededFault$ = [-3, n0, _DBIRQEF,
    { [_aQE]: [`DBInstanceRoleQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBInstanceRoleQuotaExceededFault$, DBInstanceRoleQuotaExceededFault);
var DBLogFileNotFoundFault$ = [-3, n0, _DBLFNFF,
    { [_aQE]: [`DBLogFileNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBLogFileNotFoundFault$, DBLogFileNotFoundFault);
var DBParameterGroupAlreadyExistsFault$ = [-3, n0, _DBPGAEF,
    { [_aQE]: [`DBParameterGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBParameterGroupAlreadyExistsFault$, DBParameterGroupAlreadyExistsFault);
var DBParameterGroupNotFoundFault$ = [-3, n0, _DBPGNFF,
    { [_aQE]: [`DBParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBParameterGroupNotFoundFault$, DBParameterGroupNotFoundFault);
var DBParameterGroupQuotaExceededFault$ = [-3, n0, _DBPGQEF,
    { [_aQE]: [`DBParameterGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBParameterGroupQuotaExceededFault$, DBParameterGroupQuotaExceededFault);
var DBProxyAlreadyExistsFault$ = [-3, n0, _DBPAEF,
    { [_aQE]: [`DBProxyAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyAlreadyExistsFault$, DBProxyAlreadyExistsFault);
var DBProxyEndpointAlreadyExistsFault$ = [-3, n0, _DBPEAEF,
    { [_aQE]: [`DBProxyEndpointAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointAlreadyExistsFault);
var DBProxyEndpointNotFoundFault$ = [-3, n0, _DBPENFF,
    { [_aQE]: [`DBProxyEndpointNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyEndpointNotFoundFault$, DBProxyEndpointNotFoundFault);
var DBProxyEndpointQuotaExceededFault$ = [-3, n0, _DBPEQEF,
    { [_aQE]: [`DBProxyEndpointQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyEndpointQuotaExceededFault$, DBProxyEndpointQuotaExceededFault);
var DBProxyNotFoundFault$ = [-3, n0, _DBPNFF,
    { [_aQE]: [`DBProxyNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyNotFoundFault$, DBProxyNotFoundFault);
var DBProxyQuotaExceededFault$ = [-3, n0, _DBPQEF,
    { [_aQE]: [`DBProxyQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyQuotaExceededFault$, DBProxyQuotaExceededFault);
var DBProxyTargetAlreadyRegisteredFault$ = [-3, n0, _DBPTARF,
    { [_aQE]: [`DBProxyTargetAlreadyRegisteredFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetAlreadyRegisteredFault);
var DBProxyTargetGroupNotFoundFault$ = [-3, n0, _DBPTGNFF,
    { [_aQE]: [`DBProxyTargetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyTargetGroupNotFoundFault$, DBProxyTargetGroupNotFoundFault);
var DBProxyTargetNotFoundFault$ = [-3, n0, _DBPTNFF,
    { [_aQE]: [`DBProxyTargetNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBProxyTargetNotFoundFault$, DBProxyTargetNotFoundFault);
var DBSecurityGroupAlreadyExistsFault$ = [-3, n0, _DBSGAEF,
    { [_aQE]: [`DBSecurityGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupAlreadyExistsFault);
var DBSecurityGroupNotFoundFault$ = [-3, n0, _DBSGNFF,
    { [_aQE]: [`DBSecurityGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBSecurityGroupNotFoundFault$, DBSecurityGroupNotFoundFault);
var DBSecurityGroupNotSupportedFault$ = [-3, n0, _DBSGNSF,
    { [_aQE]: [`DBSecurityGroupNotSupported`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSecurityGroupNotSupportedFault$, DBSecurityGroupNotSupportedFault);
var DBSecurityGroupQuotaExceededFault$ = [-3, n0, _DBSGQEF,
    { [_aQE]: [`QuotaExceeded.DBSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSecurityGroupQuotaExceededFault$, DBSecurityGroupQuotaExceededFault);
var DBShardGroupAlreadyExistsFault$ = [-3, n0, _DBSGAEFh,
    { [_aQE]: [`DBShardGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBShardGroupAlreadyExistsFault$, DBShardGroupAlreadyExistsFault);
var DBShardGroupNotFoundFault$ = [-3, n0, _DBSGNFFh,
    { [_aQE]: [`DBShardGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBShardGroupNotFoundFault$, DBShardGroupNotFoundFault);
var DBSnapshotAlreadyExistsFault$ = [-3, n0, _DBSAEF,
    { [_aQE]: [`DBSnapshotAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSnapshotAlreadyExistsFault$, DBSnapshotAlreadyExistsFault);
var DBSnapshotNotFoundFault$ = [-3, n0, _DBSNFF,
    { [_aQE]: [`DBSnapshotNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBSnapshotNotFoundFault$, DBSnapshotNotFoundFault);
var DBSnapshotTenantDatabaseNotFoundFault$ = [-3, n0, _DBSTDNFF,
    { [_aQE]: [`DBSnapshotTenantDatabaseNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabaseNotFoundFault);
var DBSubnetGroupAlreadyExistsFault$ = [-3, n0, _DBSGAEFu,
    { [_aQE]: [`DBSubnetGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupAlreadyExistsFault);
var DBSubnetGroupDoesNotCoverEnoughAZs$ = [-3, n0, _DBSGDNCEAZ,
    { [_aQE]: [`DBSubnetGroupDoesNotCoverEnoughAZs`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupDoesNotCoverEnoughAZs);
var DBSubnetGroupNotAllowedFault$ = [-3, n0, _DBSGNAF,
    { [_aQE]: [`DBSubnetGroupNotAllowedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotAllowedFault);
var DBSubnetGroupNotFoundFault$ = [-3, n0, _DBSGNFFu,
    { [_aQE]: [`DBSubnetGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetGroupNotFoundFault$, DBSubnetGroupNotFoundFault);
var DBSubnetGroupQuotaExceededFault$ = [-3, n0, _DBSGQEFu,
    { [_aQE]: [`DBSubnetGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetGroupQuotaExceededFault$, DBSubnetGroupQuotaExceededFault);
var DBSubnetQuotaExceededFault$ = [-3, n0, _DBSQEF,
    { [_aQE]: [`DBSubnetQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBSubnetQuotaExceededFault$, DBSubnetQuotaExceededFault);
var DBUpgradeDependencyFailureFault$ = [-3, n0, _DBUDFF,
    { [_aQE]: [`DBUpgradeDependencyFailure`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DBUpgradeDependencyFailureFault$, DBUpgradeDependencyFailureFault);
var DomainNotFoundFault$ = [-3, n0, _DNFF,
    { [_aQE]: [`DomainNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(DomainNotFoundFault$, DomainNotFoundFault);
var Ec2ImagePropertiesNotSupportedFault$ = [-3, n0, _EIPNSF,
    { [_aQE]: [`Ec2ImagePropertiesNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(Ec2ImagePropertiesNotSupportedFault$, Ec2ImagePropertiesNotSupportedFault);
var EventSubscriptionQuotaExceededFault$ = [-3, n0, _ESQEF,
    { [_aQE]: [`EventSubscriptionQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
var ExportTaskAlreadyExistsFault$ = [-3, n0, _ETAEF,
    { [_aQE]: [`ExportTaskAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ExportTaskAlreadyExistsFault$, ExportTaskAlreadyExistsFault);
var ExportTaskNotFoundFault$ = [-3, n0, _ETNFF,
    { [_aQE]: [`ExportTaskNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ExportTaskNotFoundFault$, ExportTaskNotFoundFault);
var GlobalClusterAlreadyExistsFault$ = [-3, n0, _GCAEF,
    { [_aQE]: [`GlobalClusterAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(GlobalClusterAlreadyExistsFault$, GlobalClusterAlreadyExistsFault);
var GlobalClusterNotFoundFault$ = [-3, n0, _GCNFF,
    { [_aQE]: [`GlobalClusterNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(GlobalClusterNotFoundFault$, GlobalClusterNotFoundFault);
var GlobalClusterQuotaExceededFault$ = [-3, n0, _GCQEF,
    { [_aQE]: [`GlobalClusterQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(GlobalClusterQuotaExceededFault$, GlobalClusterQuotaExceededFault);
var IamRoleMissingPermissionsFault$ = [-3, n0, _IRMPF,
    { [_aQE]: [`IamRoleMissingPermissions`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IamRoleMissingPermissionsFault$, IamRoleMissingPermissionsFault);
var IamRoleNotFoundFault$ = [-3, n0, _IRNFF,
    { [_aQE]: [`IamRoleNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(IamRoleNotFoundFault$, IamRoleNotFoundFault);
var InstanceQuotaExceededFault$ = [-3, n0, _IQEF,
    { [_aQE]: [`InstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InstanceQuotaExceededFault$, InstanceQuotaExceededFault);
var InsufficientAvailableIPsInSubnetFault$ = [-3, n0, _IAIPISF,
    { [_aQE]: [`InsufficientAvailableIPsInSubnetFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientAvailableIPsInSubnetFault$, InsufficientAvailableIPsInSubnetFault);
var InsufficientDBClusterCapacityFault$ = [-3, n0, _IDBCCF,
    { [_aQE]: [`InsufficientDBClusterCapacityFault`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientDBClusterCapacityFault$, InsufficientDBClusterCapacityFault);
var InsufficientDBInstanceCapacityFault$ = [-3, n0, _IDBICF,
    { [_aQE]: [`InsufficientDBInstanceCapacity`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientDBInstanceCapacityFault$, InsufficientDBInstanceCapacityFault);
var InsufficientStorageClusterCapacityFault$ = [-3, n0, _ISCCF,
    { [_aQE]: [`InsufficientStorageClusterCapacity`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientStorageClusterCapacityFault$, InsufficientStorageClusterCapacityFault);
var IntegrationAlreadyExistsFault$ = [-3, n0, _IAEF,
    { [_aQE]: [`IntegrationAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
var IntegrationConflictOperationFault$ = [-3, n0, _ICOF,
    { [_aQE]: [`IntegrationConflictOperationFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
var IntegrationNotFoundFault$ = [-3, n0, _INFF,
    { [_aQE]: [`IntegrationNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
var IntegrationQuotaExceededFault$ = [-3, n0, _IQEFn,
    { [_aQE]: [`IntegrationQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
var InvalidBlueGreenDeploymentStateFault$ = [-3, n0, _IBGDSF,
    { [_aQE]: [`InvalidBlueGreenDeploymentStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidBlueGreenDeploymentStateFault$, InvalidBlueGreenDeploymentStateFault);
var InvalidCustomDBEngineVersionStateFault$ = [-3, n0, _ICDBEVSF,
    { [_aQE]: [`InvalidCustomDBEngineVersionStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCustomDBEngineVersionStateFault$, InvalidCustomDBEngineVersionStateFault);
var InvalidDBCapacityReservationStateFault$ = [-3, n0, _IDBCRSF,
    { [_aQE]: [`InvalidDBCapacityReservationState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBCapacityReservationStateFault$, InvalidDBCapacityReservationStateFault);
var InvalidDBClusterAutomatedBackupStateFault$ = [-3, n0, _IDBCABSF,
    { [_aQE]: [`InvalidDBClusterAutomatedBackupStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterAutomatedBackupStateFault);
var InvalidDBClusterCapacityFault$ = [-3, n0, _IDBCCFn,
    { [_aQE]: [`InvalidDBClusterCapacityFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBClusterCapacityFault$, InvalidDBClusterCapacityFault);
var InvalidDBClusterEndpointStateFault$ = [-3, n0, _IDBCESF,
    { [_aQE]: [`InvalidDBClusterEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBClusterEndpointStateFault$, InvalidDBClusterEndpointStateFault);
var InvalidDBClusterSnapshotStateFault$ = [-3, n0, _IDBCSSF,
    { [_aQE]: [`InvalidDBClusterSnapshotStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBClusterSnapshotStateFault$, InvalidDBClusterSnapshotStateFault);
var InvalidDBClusterStateFault$ = [-3, n0, _IDBCSF,
    { [_aQE]: [`InvalidDBClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBClusterStateFault$, InvalidDBClusterStateFault);
var InvalidDBInstanceAutomatedBackupStateFault$ = [-3, n0, _IDBIABSF,
    { [_aQE]: [`InvalidDBInstanceAutomatedBackupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceAutomatedBackupStateFault);
var InvalidDBInstanceStateFault$ = [-3, n0, _IDBISF,
    { [_aQE]: [`InvalidDBInstanceState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBInstanceStateFault$, InvalidDBInstanceStateFault);
var InvalidDBParameterGroupStateFault$ = [-3, n0, _IDBPGSF,
    { [_aQE]: [`InvalidDBParameterGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBParameterGroupStateFault$, InvalidDBParameterGroupStateFault);
var InvalidDBProxyEndpointStateFault$ = [-3, n0, _IDBPESF,
    { [_aQE]: [`InvalidDBProxyEndpointStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBProxyEndpointStateFault$, InvalidDBProxyEndpointStateFault);
var InvalidDBProxyStateFault$ = [-3, n0, _IDBPSF,
    { [_aQE]: [`InvalidDBProxyStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBProxyStateFault$, InvalidDBProxyStateFault);
var InvalidDBSecurityGroupStateFault$ = [-3, n0, _IDBSGSF,
    { [_aQE]: [`InvalidDBSecurityGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBSecurityGroupStateFault$, InvalidDBSecurityGroupStateFault);
var InvalidDBShardGroupStateFault$ = [-3, n0, _IDBSGSFn,
    { [_aQE]: [`InvalidDBShardGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBShardGroupStateFault$, InvalidDBShardGroupStateFault);
var InvalidDBSnapshotStateFault$ = [-3, n0, _IDBSSF,
    { [_aQE]: [`InvalidDBSnapshotState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBSnapshotStateFault$, InvalidDBSnapshotStateFault);
var InvalidDBSubnetGroupFault$ = [-3, n0, _IDBSGF,
    { [_aQE]: [`InvalidDBSubnetGroupFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupFault);
var InvalidDBSubnetGroupStateFault$ = [-3, n0, _IDBSGSFnv,
    { [_aQE]: [`InvalidDBSubnetGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBSubnetGroupStateFault$, InvalidDBSubnetGroupStateFault);
var InvalidDBSubnetStateFault$ = [-3, n0, _IDBSSFn,
    { [_aQE]: [`InvalidDBSubnetStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidDBSubnetStateFault$, InvalidDBSubnetStateFault);
var InvalidEventSubscriptionStateFault$ = [-3, n0, _IESSF,
    { [_aQE]: [`InvalidEventSubscriptionState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidEventSubscriptionStateFault$, InvalidEventSubscriptionStateFault);
var InvalidExportOnlyFault$ = [-3, n0, _IEOF,
    { [_aQE]: [`InvalidExportOnly`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidExportOnlyFault$, InvalidExportOnlyFault);
var InvalidExportSourceStateFault$ = [-3, n0, _IESSFn,
    { [_aQE]: [`InvalidExportSourceState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidExportSourceStateFault$, InvalidExportSourceStateFault);
var InvalidExportTaskStateFault$ = [-3, n0, _IETSF,
    { [_aQE]: [`InvalidExportTaskStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidExportTaskStateFault$, InvalidExportTaskStateFault);
var InvalidGlobalClusterStateFault$ = [-3, n0, _IGCSF,
    { [_aQE]: [`InvalidGlobalClusterStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidGlobalClusterStateFault$, InvalidGlobalClusterStateFault);
var InvalidIntegrationStateFault$ = [-3, n0, _IISF,
    { [_aQE]: [`InvalidIntegrationStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
var InvalidOptionGroupStateFault$ = [-3, n0, _IOGSF,
    { [_aQE]: [`InvalidOptionGroupStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidOptionGroupStateFault$, InvalidOptionGroupStateFault);
var InvalidResourceStateFault$ = [-3, n0, _IRSF,
    { [_aQE]: [`InvalidResourceStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
var InvalidRestoreFault$ = [-3, n0, _IRF,
    { [_aQE]: [`InvalidRestoreFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
var InvalidS3BucketFault$ = [-3, n0, _ISBF,
    { [_aQE]: [`InvalidS3BucketFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidS3BucketFault$, InvalidS3BucketFault);
var InvalidSubnet$ = [-3, n0, _IS,
    { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var InvalidVPCNetworkStateFault$ = [-3, n0, _IVPCNSF,
    { [_aQE]: [`InvalidVPCNetworkStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
var KMSKeyNotAccessibleFault$ = [-3, n0, _KMSKNAF,
    { [_aQE]: [`KMSKeyNotAccessibleFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
var MaxDBShardGroupLimitReached$ = [-3, n0, _MDBSGLR,
    { [_aQE]: [`MaxDBShardGroupLimitReached`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(MaxDBShardGroupLimitReached$, MaxDBShardGroupLimitReached);
var NetworkTypeNotSupported$ = [-3, n0, _NTNS,
    { [_aQE]: [`NetworkTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(NetworkTypeNotSupported$, NetworkTypeNotSupported);
var OptionGroupAlreadyExistsFault$ = [-3, n0, _OGAEF,
    { [_aQE]: [`OptionGroupAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(OptionGroupAlreadyExistsFault$, OptionGroupAlreadyExistsFault);
var OptionGroupNotFoundFault$ = [-3, n0, _OGNFF,
    { [_aQE]: [`OptionGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(OptionGroupNotFoundFault$, OptionGroupNotFoundFault);
var OptionGroupQuotaExceededFault$ = [-3, n0, _OGQEF,
    { [_aQE]: [`OptionGroupQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(OptionGroupQuotaExceededFault$, OptionGroupQuotaExceededFault);
var PointInTimeRestoreNotEnabledFault$ = [-3, n0, _PITRNEF,
    { [_aQE]: [`PointInTimeRestoreNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(PointInTimeRestoreNotEnabledFault$, PointInTimeRestoreNotEnabledFault);
var ProvisionedIopsNotAvailableInAZFault$ = [-3, n0, _PINAIAZF,
    { [_aQE]: [`ProvisionedIopsNotAvailableInAZFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ProvisionedIopsNotAvailableInAZFault$, ProvisionedIopsNotAvailableInAZFault);
var ReservedDBInstanceAlreadyExistsFault$ = [-3, n0, _RDBIAEF,
    { [_aQE]: [`ReservedDBInstanceAlreadyExists`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceAlreadyExistsFault);
var ReservedDBInstanceNotFoundFault$ = [-3, n0, _RDBINFF,
    { [_aQE]: [`ReservedDBInstanceNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedDBInstanceNotFoundFault$, ReservedDBInstanceNotFoundFault);
var ReservedDBInstanceQuotaExceededFault$ = [-3, n0, _RDBIQEF,
    { [_aQE]: [`ReservedDBInstanceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedDBInstanceQuotaExceededFault$, ReservedDBInstanceQuotaExceededFault);
var ReservedDBInstancesOfferingNotFoundFault$ = [-3, n0, _RDBIONFF,
    { [_aQE]: [`ReservedDBInstancesOfferingNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedDBInstancesOfferingNotFoundFault$, ReservedDBInstancesOfferingNotFoundFault);
var ResourceNotFoundFault$ = [-3, n0, _RNFF,
    { [_aQE]: [`ResourceNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
var SharedSnapshotQuotaExceededFault$ = [-3, n0, _SSQEF,
    { [_aQE]: [`SharedSnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SharedSnapshotQuotaExceededFault$, SharedSnapshotQuotaExceededFault);
var SnapshotQuotaExceededFault$ = [-3, n0, _SQEF,
    { [_aQE]: [`SnapshotQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
var SNSInvalidTopicFault$ = [-3, n0, _SNSITF,
    { [_aQE]: [`SNSInvalidTopic`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
var SNSNoAuthorizationFault$ = [-3, n0, _SNSNAF,
    { [_aQE]: [`SNSNoAuthorization`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
var SNSTopicArnNotFoundFault$ = [-3, n0, _SNSTANFF,
    { [_aQE]: [`SNSTopicArnNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
var SourceClusterNotSupportedFault$ = [-3, n0, _SCNSF,
    { [_aQE]: [`SourceClusterNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SourceClusterNotSupportedFault$, SourceClusterNotSupportedFault);
var SourceDatabaseNotSupportedFault$ = [-3, n0, _SDNSF,
    { [_aQE]: [`SourceDatabaseNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SourceDatabaseNotSupportedFault$, SourceDatabaseNotSupportedFault);
var SourceNotFoundFault$ = [-3, n0, _SNFF,
    { [_aQE]: [`SourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
var StorageQuotaExceededFault$ = [-3, n0, _SQEFt,
    { [_aQE]: [`StorageQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
var StorageTypeNotAvailableFault$ = [-3, n0, _STNAF,
    { [_aQE]: [`StorageTypeNotAvailableFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(StorageTypeNotAvailableFault$, StorageTypeNotAvailableFault);
var StorageTypeNotSupportedFault$ = [-3, n0, _STNSF,
    { [_aQE]: [`StorageTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(StorageTypeNotSupportedFault$, StorageTypeNotSupportedFault);
var SubnetAlreadyInUse$ = [-3, n0, _SAIU,
    { [_aQE]: [`SubnetAlreadyInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
var SubscriptionAlreadyExistFault$ = [-3, n0, _SAEF,
    { [_aQE]: [`SubscriptionAlreadyExist`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
var SubscriptionCategoryNotFoundFault$ = [-3, n0, _SCNFF,
    { [_aQE]: [`SubscriptionCategoryNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
var SubscriptionNotFoundFault$ = [-3, n0, _SNFFu,
    { [_aQE]: [`SubscriptionNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
var TenantDatabaseAlreadyExistsFault$ = [-3, n0, _TDAEF,
    { [_aQE]: [`TenantDatabaseAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(TenantDatabaseAlreadyExistsFault$, TenantDatabaseAlreadyExistsFault);
var TenantDatabaseNotFoundFault$ = [-3, n0, _TDNFF,
    { [_aQE]: [`TenantDatabaseNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(TenantDatabaseNotFoundFault$, TenantDatabaseNotFoundFault);
var TenantDatabaseQuotaExceededFault$ = [-3, n0, _TDQEF,
    { [_aQE]: [`TenantDatabaseQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(TenantDatabaseQuotaExceededFault$, TenantDatabaseQuotaExceededFault);
var UnsupportedDBEngineVersionFault$ = [-3, n0, _UDBEVF,
    { [_aQE]: [`UnsupportedDBEngineVersion`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UnsupportedDBEngineVersionFault$, UnsupportedDBEngineVersionFault);
var VpcEncryptionControlViolationException$ = [-3, n0, _VECVE,
    { [_aQE]: [`VpcEncryptionControlViolationException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(VpcEncryptionControlViolationException$, VpcEncryptionControlViolationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var OperatorSensitiveString = [0, n0, _OSS, 8, 0];
var PotentiallySensitiveOptionSettingValue = [0, n0, _PSOSV, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var AccountAttributesMessage$ = [3, n0, _AAM,
    0,
    [_AQ],
    [[() => AccountQuotaList, 0]]
];
var AccountQuota$ = [3, n0, _AQc,
    0,
    [_AQN, _U, _M],
    [0, 1, 1]
];
var AdditionalStorageVolume$ = [3, n0, _ASV,
    0,
    [_VN, _AS, _IOPS, _MAS, _ST, _STt],
    [0, 1, 1, 1, 1, 0], 1
];
var AdditionalStorageVolumeOutput$ = [3, n0, _ASVO,
    0,
    [_VN, _SVS, _SOS, _SOPP, _AS, _IOPS, _MAS, _ST, _STt],
    [0, 0, 0, 1, 1, 1, 1, 1, 0]
];
var AddRoleToDBClusterMessage$ = [3, n0, _ARTDBCM,
    0,
    [_DBCI, _RA, _FN],
    [0, 0, 0], 2
];
var AddRoleToDBInstanceMessage$ = [3, n0, _ARTDBIM,
    0,
    [_DBII, _RA, _FN],
    [0, 0, 0], 3
];
var AddSourceIdentifierToSubscriptionMessage$ = [3, n0, _ASITSM,
    0,
    [_SN, _SI],
    [0, 0], 2
];
var AddSourceIdentifierToSubscriptionResult$ = [3, n0, _ASITSR,
    0,
    [_ES],
    [[() => EventSubscription$, 0]]
];
var AddTagsToResourceMessage$ = [3, n0, _ATTRM,
    0,
    [_RN, _T],
    [0, [() => TagList, 0]], 2
];
var ApplyPendingMaintenanceActionMessage$ = [3, n0, _APMAM,
    0,
    [_RI, _AA, _OIT],
    [0, 0, 0], 3
];
var ApplyPendingMaintenanceActionResult$ = [3, n0, _APMAR,
    0,
    [_RPMA],
    [[() => ResourcePendingMaintenanceActions$, 0]]
];
var AuthorizeDBSecurityGroupIngressMessage$ = [3, n0, _ADBSGIM,
    0,
    [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
    [0, 0, 0, 0, 0], 1
];
var AuthorizeDBSecurityGroupIngressResult$ = [3, n0, _ADBSGIR,
    0,
    [_DBSG],
    [[() => DBSecurityGroup$, 0]]
];
var AvailabilityZone$ = [3, n0, _AZ,
    0,
    [_N],
    [0]
];
var AvailableAdditionalStorageVolumesOption$ = [3, n0, _AASVO,
    0,
    [_SSA, _SST, _SIu, _STt, _MSS, _MSSa, _MI, _MIa, _MIPG, _MIPGa, _MST, _MSTa],
    [2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1]
];
var AvailableCapacityPerAvailabilityZone$ = [3, n0, _ACPAZ,
    0,
    [_AZ, _AC],
    [0, 1]
];
var AvailableProcessorFeature$ = [3, n0, _APF,
    0,
    [_N, _DV, _AV],
    [0, 0, 0]
];
var BacktrackDBClusterMessage$ = [3, n0, _BDBCM,
    0,
    [_DBCI, _BT, _F, _UETOPITU],
    [0, 4, 2, 2], 2
];
var BlueGreenDeployment$ = [3, n0, _BGD,
    0,
    [_BGDI, _BGDN, _S, _Ta, _SD, _Tas, _St, _SDt, _CT, _DT, _TL],
    [0, 0, 0, 0, () => SwitchoverDetailList, () => BlueGreenDeploymentTaskList, 0, 0, 4, 4, [() => TagList, 0]]
];
var BlueGreenDeploymentTask$ = [3, n0, _BGDT,
    0,
    [_N, _St],
    [0, 0]
];
var CancelDBCapacityReservationRequest$ = [3, n0, _CDBCRR,
    0,
    [_DBCRI],
    [0], 1
];
var CancelDBCapacityReservationResponse$ = [3, n0, _CDBCRRa,
    0,
    [_DBCR],
    [[() => DBCapacityReservation$, 0]]
];
var CancelExportTaskMessage$ = [3, n0, _CETM,
    0,
    [_ETI],
    [0], 1
];
var Certificate$ = [3, n0, _C,
    0,
    [_CI, _CTe, _Th, _VF, _VT, _CA, _CO, _COVT],
    [0, 0, 0, 4, 4, 0, 2, 4]
];
var CertificateDetails$ = [3, n0, _CD,
    0,
    [_CAI, _VT],
    [0, 4]
];
var CertificateMessage$ = [3, n0, _CM,
    0,
    [_DCFNL, _Ce, _Ma],
    [0, [() => CertificateList, 0], 0]
];
var CharacterSet$ = [3, n0, _CS,
    0,
    [_CSN, _CSD],
    [0, 0]
];
var CloudwatchLogsExportConfiguration$ = [3, n0, _CLEC,
    0,
    [_ELT, _DLT],
    [64 | 0, 64 | 0]
];
var ClusterPendingModifiedValues$ = [3, n0, _CPMV,
    0,
    [_PCLE, _DBCI, _MUP, _IAMDAE, _EV, _BRP, _STt, _AS, _RCCC, _I, _CD],
    [() => PendingCloudwatchLogsExports$, 0, [() => SensitiveString, 0], 2, 0, 1, 0, 1, () => RdsCustomClusterConfiguration$, 1, () => CertificateDetails$]
];
var ConnectionPoolConfiguration$ = [3, n0, _CPC,
    0,
    [_MCP, _MICP, _CBT, _SPF, _IQ],
    [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ConnectionPoolConfigurationInfo$ = [3, n0, _CPCI,
    0,
    [_MCP, _MICP, _CBT, _SPF, _IQ],
    [1, 1, 1, 64 | 0, [() => OperatorSensitiveString, 0]]
];
var ContextAttribute$ = [3, n0, _CAo,
    0,
    [_K, _V],
    [0, 0]
];
var CopyDBClusterParameterGroupMessage$ = [3, n0, _CDBCPGM,
    0,
    [_SDBCPGI, _TDBCPGI, _TDBCPGD, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CopyDBClusterParameterGroupResult$ = [3, n0, _CDBCPGR,
    0,
    [_DBCPG],
    [() => DBClusterParameterGroup$]
];
var CopyDBClusterSnapshotMessage$ = [3, n0, _CDBCSM,
    0,
    [_SDBCSI, _TDBCSI, _KKI, _PSU, _CTo, _T],
    [0, 0, 0, [() => SensitiveString, 0], 2, [() => TagList, 0]], 2
];
var CopyDBClusterSnapshotResult$ = [3, n0, _CDBCSR,
    0,
    [_DBCS],
    [[() => DBClusterSnapshot$, 0]]
];
var CopyDBParameterGroupMessage$ = [3, n0, _CDBPGM,
    0,
    [_SDBPGI, _TDBPGI, _TDBPGD, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CopyDBParameterGroupResult$ = [3, n0, _CDBPGR,
    0,
    [_DBPG],
    [() => DBParameterGroup$]
];
var CopyDBSnapshotMessage$ = [3, n0, _CDBSM,
    0,
    [_SDBSI, _TDBSI, _KKI, _T, _CTo, _PSU, _OGN, _TCAZ, _STn, _COG, _SAZ, _TS],
    [0, 0, 0, [() => TagList, 0], 2, [() => SensitiveString, 0], 0, 0, 0, 2, 0, [() => TagSpecificationList, 0]], 2
];
var CopyDBSnapshotResult$ = [3, n0, _CDBSR,
    0,
    [_DBS],
    [[() => DBSnapshot$, 0]]
];
var CopyOptionGroupMessage$ = [3, n0, _COGM,
    0,
    [_SOGI, _TOGI, _TOGD, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CopyOptionGroupResult$ = [3, n0, _COGR,
    0,
    [_OG],
    [[() => OptionGroup$, 0]]
];
var CreateBlueGreenDeploymentRequest$ = [3, n0, _CBGDR,
    0,
    [_BGDN, _S, _TEV, _TDBPGN, _TDBCPGN, _T, _TDBIC, _UTSC, _TI, _TST, _TAS, _TSTa, _TRC],
    [0, 0, 0, 0, 0, [() => TagList, 0], 0, 2, 1, 0, 1, 1, [() => TargetResourceConfigurationList, 0]], 2
];
var CreateBlueGreenDeploymentResponse$ = [3, n0, _CBGDRr,
    0,
    [_BGD],
    [[() => BlueGreenDeployment$, 0]]
];
var CreateCustomDBEngineVersionMessage$ = [3, n0, _CCDBEVM,
    0,
    [_E, _EV, _DIFSBN, _DIFSP, _DIF, _II, _KMSKI, _SCDEVI, _UAPLI, _D, _Man, _T],
    [0, 0, 0, 0, 64 | 0, 0, 0, 0, 2, 0, 0, [() => TagList, 0]], 2
];
var CreateDBCapacityReservationRequest$ = [3, n0, _CDBCRRr,
    0,
    [_DBCRN, _DBIC, _E, _CPAZ, _AZv, _ED, _SDta, _CDo, _LM, _T],
    [0, 0, 0, 1, [() => AvailabilityZones, 0], 4, 4, 1, 0, [() => TagList, 0]], 5
];
var CreateDBCapacityReservationResponse$ = [3, n0, _CDBCRRre,
    0,
    [_DBCR],
    [[() => DBCapacityReservation$, 0]]
];
var CreateDBClusterEndpointMessage$ = [3, n0, _CDBCEM,
    0,
    [_DBCI, _DBCEI, _ET, _SM, _EM, _T],
    [0, 0, 0, 64 | 0, 64 | 0, [() => TagList, 0]], 3
];
var CreateDBClusterMessage$ = [3, n0, _CDBCM,
    0,
    [_DBCI, _E, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MU, _MUP, _OGN, _PBW, _PMW, _RSI, _T, _SE, _KKI, _PSU, _EIAMDA, _BW, _ECLE, _EMn, _SC, _RCCC, _DBCIC, _AS, _STt, _I, _PA, _AMVU, _DP, _GCI, _EHE, _CTTS, _Do, _DIAMRN, _EGWF, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _ELD, _CST, _DBSI, _MMUP, _ELWF, _MUSKKI, _CACI, _ELS, _TS, _MUAT, _WEC, _AR],
    [0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, 0, [() => SensitiveString, 0], 0, 0, 0, 0, [() => TagList, 0], 2, 0, [() => SensitiveString, 0], 2, 1, 64 | 0, 0, () => ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 0, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 0, 0, 2, 2, 0, 0, 0, [() => TagSpecificationList, 0], 0, 2, [() => DBClusterAssociatedRoles, 0]], 2
];
var CreateDBClusterParameterGroupMessage$ = [3, n0, _CDBCPGMr,
    0,
    [_DBCPGN, _DBPGF, _D, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CreateDBClusterParameterGroupResult$ = [3, n0, _CDBCPGRr,
    0,
    [_DBCPG],
    [() => DBClusterParameterGroup$]
];
var CreateDBClusterResult$ = [3, n0, _CDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var CreateDBClusterSnapshotMessage$ = [3, n0, _CDBCSMr,
    0,
    [_DBCSI, _DBCI, _T],
    [0, 0, [() => TagList, 0]], 2
];
var CreateDBClusterSnapshotResult$ = [3, n0, _CDBCSRr,
    0,
    [_DBCS],
    [[() => DBClusterSnapshot$, 0]]
];
var CreateDBInstanceMessage$ = [3, n0, _CDBIM,
    0,
    [_DBII, _DBIC, _E, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _CSN, _NCSN, _PA, _T, _DBCI, _STt, _TCA, _TCP, _SE, _KKI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _MIo, _MRA, _DIAMRN, _PT, _Ti, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _DP, _MAS, _ECOI, _NT, _BTa, _CIIP, _DBSI, _CACI, _MMUP, _MUSKKI, _MT, _DLV, _ELS, _ASVd, _TS, _DBCRI, _MUAT],
    [0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 0, 0, 2, [() => TagList, 0], 0, 0, 0, [() => SensitiveString, 0], 2, 0, 0, 0, 0, 0, 64 | 0, 2, 1, 0, 0, 1, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 1, 2, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0, 0], 3
];
var CreateDBInstanceReadReplicaMessage$ = [3, n0, _CDBIRRM,
    0,
    [_DBII, _SDBII, _DBIC, _AZ, _P, _MAZ, _AMVU, _I, _ST, _OGN, _DBPGN, _PA, _T, _DBSGNu, _VSGI, _STt, _CTTS, _MIo, _MRA, _KKI, _PSU, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _RM, _ECOI, _NT, _MAS, _BTa, _CIIP, _AS, _SDBCI, _DLV, _USC, _CACI, _ASVd, _TS, _DBCRI],
    [0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0, 2, [() => TagList, 0], 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 1, 0, 0, [() => SensitiveString, 0], 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 0, 0, 0, 0, 0, 64 | 0, 0, 2, 0, 1, 0, 0, 1, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0], 1
];
var CreateDBInstanceReadReplicaResult$ = [3, n0, _CDBIRRR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var CreateDBInstanceResult$ = [3, n0, _CDBIR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var CreateDBParameterGroupMessage$ = [3, n0, _CDBPGMr,
    0,
    [_DBPGN, _DBPGF, _D, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CreateDBParameterGroupResult$ = [3, n0, _CDBPGRr,
    0,
    [_DBPG],
    [() => DBParameterGroup$]
];
var CreateDBProxyEndpointRequest$ = [3, n0, _CDBPER,
    0,
    [_DBPN, _DBPEN, _VSI, _VSGI, _TR, _T, _ENT],
    [0, 0, 64 | 0, 64 | 0, 0, [() => TagList, 0], 0], 3
];
var CreateDBProxyEndpointResponse$ = [3, n0, _CDBPERr,
    0,
    [_DBPE],
    [() => DBProxyEndpoint$]
];
var CreateDBProxyRequest$ = [3, n0, _CDBPR,
    0,
    [_DBPN, _EF, _RA, _VSI, _DAS, _A, _VSGI, _RTLS, _ICT, _DL, _T, _ENT, _TCNT],
    [0, 0, 0, 64 | 0, 0, () => UserAuthConfigList, 64 | 0, 2, 1, 2, [() => TagList, 0], 0, 0], 4
];
var CreateDBProxyResponse$ = [3, n0, _CDBPRr,
    0,
    [_DBP],
    [() => DBProxy$]
];
var CreateDBSecurityGroupMessage$ = [3, n0, _CDBSGM,
    0,
    [_DBSGN, _DBSGD, _T],
    [0, 0, [() => TagList, 0]], 2
];
var CreateDBSecurityGroupResult$ = [3, n0, _CDBSGR,
    0,
    [_DBSG],
    [[() => DBSecurityGroup$, 0]]
];
var CreateDBShardGroupMessage$ = [3, n0, _CDBSGMr,
    0,
    [_DBSGI, _DBCI, _MACU, _CR, _MACUi, _PA, _T],
    [0, 0, 1, 1, 1, 2, [() => TagList, 0]], 3
];
var CreateDBSnapshotMessage$ = [3, n0, _CDBSMr,
    0,
    [_DBSIn, _DBII, _T],
    [0, 0, [() => TagList, 0]], 2
];
var CreateDBSnapshotResult$ = [3, n0, _CDBSRr,
    0,
    [_DBS],
    [[() => DBSnapshot$, 0]]
];
var CreateDBSubnetGroupMessage$ = [3, n0, _CDBSGMre,
    0,
    [_DBSGNu, _DBSGDu, _SIub, _T],
    [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]], 3
];
var CreateDBSubnetGroupResult$ = [3, n0, _CDBSGRr,
    0,
    [_DBSGu],
    [[() => DBSubnetGroup$, 0]]
];
var CreateEventSubscriptionMessage$ = [3, n0, _CESM,
    0,
    [_SN, _STA, _STo, _EC, _SIo, _En, _T],
    [0, 0, 0, [() => EventCategoriesList, 0], [() => SourceIdsList, 0], 2, [() => TagList, 0]], 2
];
var CreateEventSubscriptionResult$ = [3, n0, _CESR,
    0,
    [_ES],
    [[() => EventSubscription$, 0]]
];
var CreateGlobalClusterMessage$ = [3, n0, _CGCM,
    0,
    [_GCI, _SDBCI, _E, _EV, _ELS, _DP, _DN, _SE, _T],
    [0, 0, 0, 0, 0, 2, 0, 2, [() => TagList, 0]], 1
];
var CreateGlobalClusterResult$ = [3, n0, _CGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var CreateIntegrationMessage$ = [3, n0, _CIM,
    0,
    [_SA, _TA, _IN, _KMSKI, _AEC, _T, _DFa, _D],
    [0, 0, 0, 0, 128 | 0, [() => TagList, 0], 0, 0], 3
];
var CreateOptionGroupMessage$ = [3, n0, _COGMr,
    0,
    [_OGN, _EN, _MEV, _OGD, _T],
    [0, 0, 0, 0, [() => TagList, 0]], 4
];
var CreateOptionGroupResult$ = [3, n0, _COGRr,
    0,
    [_OG],
    [[() => OptionGroup$, 0]]
];
var CreateTenantDatabaseMessage$ = [3, n0, _CTDM,
    0,
    [_DBII, _TDBN, _MU, _MUP, _CSN, _NCSN, _MMUP, _MUSKKI, _T],
    [0, 0, 0, [() => SensitiveString, 0], 0, 0, 2, 0, [() => TagList, 0]], 3
];
var CreateTenantDatabaseResult$ = [3, n0, _CTDR,
    0,
    [_TD],
    [[() => TenantDatabase$, 0]]
];
var CustomDBEngineVersionAMI$ = [3, n0, _CDBEVAMI,
    0,
    [_II, _St],
    [0, 0]
];
var DBCapacityReservation$ = [3, n0, _DBCR,
    0,
    [_DBCRN, _DBIC, _E, _LM, _RCPAZ, _ACPAZL, _ED, _CDr, _SDta, _CIo, _Sta, _DBCRA, _DBCRI, _TL],
    [0, 0, 0, 0, 1, [() => AvailableCapacityPerAvailabilityZoneList, 0], 4, 4, 4, () => DBCapacityReservationCommitmentInfo$, 0, 0, 0, [() => TagList, 0]]
];
var DBCapacityReservationCommitmentInfo$ = [3, n0, _DBCRCI,
    0,
    [_CCPAZ, _CED],
    [1, 4]
];
var DBCluster$ = [3, n0, _DBC,
    0,
    [_AS, _AZv, _BRP, _CSN, _DN, _DBCI, _DBCPG, _DBSGu, _St, _PP, _ERT, _End, _RE, _CE, _MAZ, _E, _EV, _LRT, _P, _MU, _DBCOGM, _PBW, _PMW, _URO, _RSI, _RRI, _SIt, _DBCM, _VSG, _HZI, _SE, _SET, _KKI, _DCRI, _DBCA, _AR, _IAMDAE, _CGI, _CCT, _EBT, _BW, _BCCR, _ECLEn, _Ca, _PMV, _EMn, _SCI, _RCCC, _DBCIC, _STt, _I, _ST, _IOONAMT, _PA, _AMVU, _DP, _HEE, _ASM, _ASS, _ASKKI, _ASKSN, _CTTS, _CAC, _DM, _TL, _GCI, _GWFS, _GWFR, _NT, _ART, _SVSC, _SVPV, _MIo, _MRA, _DIM, _PIE, _PIKMSKI, _PIRP, _DBSI, _MUS, _LWFS, _ABRPA, _LD, _CST, _CD, _ELS, _VPCNE, _IAGE],
    [1, [() => AvailabilityZones, 0], 1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 64 | 0, 2, 0, 0, 4, 1, 0, [() => DBClusterOptionGroupMemberships, 0], 0, 0, 0, 0, [() => ReadReplicaIdentifierList, 0], [() => DBClusterStatusInfoList, 0], [() => DBClusterMemberList, 0], [() => VpcSecurityGroupMembershipList, 0], 0, 2, 0, 0, 0, 0, [() => DBClusterRoles, 0], 2, 0, 4, 4, 1, 1, 64 | 0, 1, [() => ClusterPendingModifiedValues$, 0], 0, () => ScalingConfigurationInfo$, () => RdsCustomClusterConfiguration$, 0, 0, 1, 1, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, [() => DomainMembershipList, 0], [() => TagList, 0], 0, 0, 2, 0, 4, () => ServerlessV2ScalingConfigurationInfo$, 0, 1, 0, 0, 2, 0, 1, 0, () => MasterUserSecret$, 0, 0, () => LimitlessDatabase$, 0, () => CertificateDetails$, 0, 2, 2]
];
var DBClusterAssociatedRole$ = [3, n0, _DBCAR,
    0,
    [_RA, _FN],
    [0, 0], 1
];
var DBClusterAutomatedBackup$ = [3, n0, _DBCAB,
    0,
    [_E, _VI, _DBCABA, _DBCI, _RW, _MU, _DCRI, _R, _LM, _St, _IAMDAE, _CCT, _SE, _SET, _AS, _EV, _DBCA, _BRP, _PBW, _EMn, _AZv, _P, _KKI, _STt, _I, _ST, _ABRPA, _TL],
    [0, 0, 0, 0, () => RestoreWindow$, 0, 0, 0, 0, 0, 2, 4, 2, 0, 1, 0, 0, 1, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 1, 1, 0, [() => TagList, 0]]
];
var DBClusterAutomatedBackupMessage$ = [3, n0, _DBCABM,
    0,
    [_Ma, _DBCABl],
    [0, [() => DBClusterAutomatedBackupList, 0]]
];
var DBClusterBacktrack$ = [3, n0, _DBCB,
    0,
    [_DBCI, _BI, _BT, _BF, _BRCT, _St],
    [0, 0, 4, 4, 4, 0]
];
var DBClusterBacktrackMessage$ = [3, n0, _DBCBM,
    0,
    [_Ma, _DBCBl],
    [0, [() => DBClusterBacktrackList, 0]]
];
var DBClusterCapacityInfo$ = [3, n0, _DBCCI,
    0,
    [_DBCI, _PC, _CC, _SBT, _TAi],
    [0, 1, 1, 1, 0]
];
var DBClusterEndpoint$ = [3, n0, _DBCE,
    0,
    [_DBCEI, _DBCI, _DBCERI, _End, _St, _ET, _CET, _SM, _EM, _DBCEA],
    [0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0]
];
var DBClusterEndpointMessage$ = [3, n0, _DBCEM,
    0,
    [_Ma, _DBCEl],
    [0, [() => DBClusterEndpointList, 0]]
];
var DBClusterMember$ = [3, n0, _DBCMl,
    0,
    [_DBII, _ICW, _DBCPGS, _PT],
    [0, 2, 0, 1]
];
var DBClusterMessage$ = [3, n0, _DBCMlu,
    0,
    [_Ma, _DBCl],
    [0, [() => DBClusterList, 0]]
];
var DBClusterOptionGroupStatus$ = [3, n0, _DBCOGS,
    0,
    [_DBCOGN, _St],
    [0, 0]
];
var DBClusterParameterGroup$ = [3, n0, _DBCPG,
    0,
    [_DBCPGN, _DBPGF, _D, _DBCPGA],
    [0, 0, 0, 0]
];
var DBClusterParameterGroupDetails$ = [3, n0, _DBCPGD,
    0,
    [_Pa, _Ma],
    [[() => ParametersList, 0], 0]
];
var DBClusterParameterGroupNameMessage$ = [3, n0, _DBCPGNM,
    0,
    [_DBCPGN],
    [0]
];
var DBClusterParameterGroupsMessage$ = [3, n0, _DBCPGM,
    0,
    [_Ma, _DBCPGl],
    [0, [() => DBClusterParameterGroupList, 0]]
];
var DBClusterRole$ = [3, n0, _DBCRl,
    0,
    [_RA, _St, _FN],
    [0, 0, 0]
];
var DBClusterSnapshot$ = [3, n0, _DBCS,
    0,
    [_AZv, _DBCSI, _DBCI, _SCT, _E, _EMn, _AS, _St, _P, _VI, _CCT, _MU, _EV, _LM, _STna, _PP, _SE, _SET, _BRP, _PBW, _KKI, _DBCSA, _SDBCSA, _IAMDAE, _TL, _STt, _ST, _DCRI, _DBSI],
    [[() => AvailabilityZones, 0], 0, 0, 4, 0, 0, 1, 0, 1, 0, 4, 0, 0, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 2, [() => TagList, 0], 0, 1, 0, 0]
];
var DBClusterSnapshotAttribute$ = [3, n0, _DBCSAl,
    0,
    [_AN, _AVt],
    [0, [() => AttributeValueList, 0]]
];
var DBClusterSnapshotAttributesResult$ = [3, n0, _DBCSAR,
    0,
    [_DBCSI, _DBCSAlu],
    [0, [() => DBClusterSnapshotAttributeList, 0]]
];
var DBClusterSnapshotMessage$ = [3, n0, _DBCSM,
    0,
    [_Ma, _DBCSl],
    [0, [() => DBClusterSnapshotList, 0]]
];
var DBClusterStatusInfo$ = [3, n0, _DBCSIl,
    0,
    [_STta, _No, _St, _Me],
    [0, 2, 0, 0]
];
var DBEngineVersion$ = [3, n0, _DBEV,
    0,
    [_E, _MEV, _EV, _DIFSBN, _DIFSP, _DIF, _CDBEVM, _DBPGF, _DBED, _DBEVA, _DBEVD, _DCS, _FR, _Im, _DBEMT, _KMSKI, _CT, _SCS, _SNCS, _VUT, _STu, _ELTx, _SLETCL, _SRR, _SEM, _SFN, _St, _SPQ, _SGD, _TL, _SB, _SLD, _SCRWR, _SCACI, _SLWF, _SIup, _SVFS],
    [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => CharacterSet$, 0, () => CustomDBEngineVersionAMI$, 0, 0, 4, [() => SupportedCharacterSetsList, 0], [() => SupportedCharacterSetsList, 0], [() => ValidUpgradeTargetList, 0], [() => SupportedTimezonesList, 0], 64 | 0, 2, 2, 64 | 0, 64 | 0, 0, 2, 2, [() => TagList, 0], 2, 2, 2, 64 | 0, 2, 2, () => ServerlessV2FeaturesSupport$]
];
var DBEngineVersionMessage$ = [3, n0, _DBEVM,
    0,
    [_Ma, _DBEVn],
    [0, [() => DBEngineVersionList, 0]]
];
var DBInstance$ = [3, n0, _DBI,
    0,
    [_DBII, _DBIC, _E, _DBIS, _MU, _DBN, _End, _AS, _ICTn, _PBW, _BRP, _DBSGe, _VSG, _DBPGa, _AZ, _DBSGu, _PMW, _URO, _PMV, _LRT, _MAZ, _EV, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _RM, _LM, _I, _ST, _OGM, _CSN, _NCSN, _SAZe, _PA, _SIt, _STt, _SET, _TCA, _DIP, _DBCI, _SE, _KKI, _DRI, _CACI, _DM, _CTTS, _MIo, _EMRA, _MRA, _PT, _DBIA, _Ti, _IAMDAE, _DIM, _PIE, _PIKMSKI, _PIRP, _ECLEn, _PF, _DP, _AR, _LE, _MAS, _TL, _AM, _RFAMT, _COIE, _NT, _ASS, _ASKKI, _ASKSN, _ASM, _ASENAFI, _ABRPA, _DBIABR, _BTa, _ART, _CIIP, _ASPS, _CD, _DBSI, _MUS, _RRSDBCI, _PP, _MT, _DLV, _ISCUA, _ELS, _ASVd, _SVS, _SOS, _SOPP, _DBCRI],
    [0, 0, 0, 0, 0, 0, () => Endpoint$, 1, 4, 0, 1, [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0], [() => DBParameterGroupStatusList, 0], 0, [() => DBSubnetGroup$, 0], 0, 0, [() => PendingModifiedValues$, 0], 4, 2, 0, 2, 0, [() => ReadReplicaDBInstanceIdentifierList, 0], [() => ReadReplicaDBClusterIdentifierList, 0], 0, 0, 1, 1, [() => OptionGroupMembershipList, 0], 0, 0, 0, 2, [() => DBInstanceStatusInfoList, 0], 0, 0, 0, 1, 0, 2, 0, 0, 0, [() => DomainMembershipList, 0], 2, 1, 0, 0, 1, 0, 0, 2, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, [() => DBInstanceRoles, 0], () => Endpoint$, 1, [() => TagList, 0], 0, 4, 2, 0, 0, 0, 0, 0, 2, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 4, 0, 0, () => CertificateDetails$, 0, () => MasterUserSecret$, 0, 0, 2, 2, 2, 0, () => AdditionalStorageVolumesOutputList, 0, 0, 1, 0]
];
var DBInstanceAutomatedBackup$ = [3, n0, _DBIAB,
    0,
    [_DBIA, _DRI, _R, _DBII, _RW, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _E, _EV, _LM, _I, _ST, _OGN, _TCA, _Enc, _SET, _STt, _KKI, _Ti, _IAMDAE, _BRP, _PBW, _DBIABA, _DBIABR, _BTa, _MT, _ABRPA, _TL, _DLV, _ASVd],
    [0, 0, 0, 0, () => RestoreWindow$, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 0, 0, 2, 1, 0, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 2, 0, [() => TagList, 0], 2, () => AdditionalStorageVolumesList]
];
var DBInstanceAutomatedBackupMessage$ = [3, n0, _DBIABM,
    0,
    [_Ma, _DBIABn],
    [0, [() => DBInstanceAutomatedBackupList, 0]]
];
var DBInstanceAutomatedBackupsReplication$ = [3, n0, _DBIABRn,
    0,
    [_DBIABA],
    [0]
];
var DBInstanceMessage$ = [3, n0, _DBIM,
    0,
    [_Ma, _DBIn],
    [0, [() => DBInstanceList, 0]]
];
var DBInstanceRole$ = [3, n0, _DBIR,
    0,
    [_RA, _FN, _St],
    [0, 0, 0]
];
var DBInstanceStatusInfo$ = [3, n0, _DBISI,
    0,
    [_STta, _No, _St, _Me],
    [0, 2, 0, 0]
];
var DBMajorEngineVersion$ = [3, n0, _DBMEV,
    0,
    [_E, _MEV, _SEL],
    [0, 0, [() => SupportedEngineLifecycleList, 0]]
];
var DBParameterGroup$ = [3, n0, _DBPG,
    0,
    [_DBPGN, _DBPGF, _D, _DBPGA],
    [0, 0, 0, 0]
];
var DBParameterGroupDetails$ = [3, n0, _DBPGD,
    0,
    [_Pa, _Ma],
    [[() => ParametersList, 0], 0]
];
var DBParameterGroupNameMessage$ = [3, n0, _DBPGNM,
    0,
    [_DBPGN],
    [0]
];
var DBParameterGroupsMessage$ = [3, n0, _DBPGM,
    0,
    [_Ma, _DBPGa],
    [0, [() => DBParameterGroupList, 0]]
];
var DBParameterGroupStatus$ = [3, n0, _DBPGS,
    0,
    [_DBPGN, _PAS],
    [0, 0]
];
var DBProxy$ = [3, n0, _DBP,
    0,
    [_DBPN, _DBPA, _St, _EF, _VI, _VSGI, _VSI, _DAS, _A, _RA, _End, _RTLS, _ICT, _DL, _CDre, _UD, _ENT, _TCNT],
    [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, () => UserAuthConfigInfoList, 0, 0, 2, 1, 2, 4, 4, 0, 0]
];
var DBProxyEndpoint$ = [3, n0, _DBPE,
    0,
    [_DBPEN, _DBPEA, _DBPN, _St, _VI, _VSGI, _VSI, _End, _CDre, _TR, _ID, _ENT],
    [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 4, 0, 2, 0]
];
var DBProxyTarget$ = [3, n0, _DBPT,
    0,
    [_TA, _End, _TCI, _RRId, _P, _Ty, _Ro, _TH],
    [0, 0, 0, 0, 1, 0, 0, () => TargetHealth$]
];
var DBProxyTargetGroup$ = [3, n0, _DBPTG,
    0,
    [_DBPN, _TGN, _TGA, _ID, _St, _CPCo, _CDre, _UD],
    [0, 0, 0, 2, 0, [() => ConnectionPoolConfigurationInfo$, 0], 4, 4]
];
var DBRecommendation$ = [3, n0, _DBR,
    0,
    [_RIe, _TIy, _Se, _RAe, _St, _CTr, _UT, _De, _Re, _D, _Rea, _RAec, _Cat, _S, _TDy, _TRy, _Imp, _AI, _L, _IDs],
    [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => RecommendedActionList, 0, 0, 0, 0, 0, 0, () => DocLinkList, () => IssueDetails$]
];
var DBRecommendationMessage$ = [3, n0, _DBRM,
    0,
    [_DBR],
    [() => DBRecommendation$]
];
var DBRecommendationsMessage$ = [3, n0, _DBRMe,
    0,
    [_DBRe, _Ma],
    [() => DBRecommendationList, 0]
];
var DBSecurityGroup$ = [3, n0, _DBSG,
    0,
    [_OI, _DBSGN, _DBSGD, _VI, _ECSG, _IPR, _DBSGA],
    [0, 0, 0, 0, [() => EC2SecurityGroupList, 0], [() => IPRangeList, 0], 0]
];
var DBSecurityGroupMembership$ = [3, n0, _DBSGM,
    0,
    [_DBSGN, _St],
    [0, 0]
];
var DBSecurityGroupMessage$ = [3, n0, _DBSGMe,
    0,
    [_Ma, _DBSGe],
    [0, [() => DBSecurityGroups, 0]]
];
var DBShardGroup$ = [3, n0, _DBSGh,
    0,
    [_DBSGRI, _DBSGI, _DBCI, _MACU, _MACUi, _CR, _St, _PA, _End, _DBSGAh, _TL],
    [0, 0, 0, 1, 1, 1, 0, 2, 0, 0, [() => TagList, 0]]
];
var DBSnapshot$ = [3, n0, _DBS,
    0,
    [_DBSIn, _DBII, _SCT, _E, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _EV, _LM, _STna, _I, _ST, _OGN, _PP, _SR, _SDBSI, _STt, _TCA, _Enc, _SET, _BRP, _PBW, _KKI, _DBSA, _Ti, _IAMDAE, _PF, _DRI, _TL, _STn, _OSCT, _SDT, _DBSI, _MT, _DLV, _ASVd, _SAZ, _FSSIB],
    [0, 0, 4, 0, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 2, [() => ProcessorFeatureList, 0], 0, [() => TagList, 0], 0, 4, 4, 0, 2, 2, () => AdditionalStorageVolumesList, 0, 1]
];
var DBSnapshotAttribute$ = [3, n0, _DBSAn,
    0,
    [_AN, _AVt],
    [0, [() => AttributeValueList, 0]]
];
var DBSnapshotAttributesResult$ = [3, n0, _DBSAR,
    0,
    [_DBSIn, _DBSAna],
    [0, [() => DBSnapshotAttributeList, 0]]
];
var DBSnapshotMessage$ = [3, n0, _DBSM,
    0,
    [_Ma, _DBSn],
    [0, [() => DBSnapshotList, 0]]
];
var DBSnapshotTenantDatabase$ = [3, n0, _DBSTD,
    0,
    [_DBSIn, _DBII, _DRI, _EN, _STna, _TDCT, _TDBN, _MU, _TDRI, _CSN, _DBSTDARN, _NCSN, _TL],
    [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, [() => TagList, 0]]
];
var DBSnapshotTenantDatabasesMessage$ = [3, n0, _DBSTDM,
    0,
    [_Ma, _DBSTDn],
    [0, [() => DBSnapshotTenantDatabasesList, 0]]
];
var DBSubnetGroup$ = [3, n0, _DBSGu,
    0,
    [_DBSGNu, _DBSGDu, _VI, _SGS, _Su, _DBSGAu, _SNT],
    [0, 0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
];
var DBSubnetGroupMessage$ = [3, n0, _DBSGMu,
    0,
    [_Ma, _DBSGub],
    [0, [() => DBSubnetGroups, 0]]
];
var DeleteBlueGreenDeploymentRequest$ = [3, n0, _DBGDR,
    0,
    [_BGDI, _DTe],
    [0, 2], 1
];
var DeleteBlueGreenDeploymentResponse$ = [3, n0, _DBGDRe,
    0,
    [_BGD],
    [[() => BlueGreenDeployment$, 0]]
];
var DeleteCustomDBEngineVersionMessage$ = [3, n0, _DCDBEVM,
    0,
    [_E, _EV],
    [0, 0], 2
];
var DeleteDBClusterAutomatedBackupMessage$ = [3, n0, _DDBCABM,
    0,
    [_DCRI],
    [0], 1
];
var DeleteDBClusterAutomatedBackupResult$ = [3, n0, _DDBCABR,
    0,
    [_DBCAB],
    [[() => DBClusterAutomatedBackup$, 0]]
];
var DeleteDBClusterEndpointMessage$ = [3, n0, _DDBCEM,
    0,
    [_DBCEI],
    [0], 1
];
var DeleteDBClusterMessage$ = [3, n0, _DDBCM,
    0,
    [_DBCI, _SFS, _FDBSI, _DAB],
    [0, 2, 0, 2], 1
];
var DeleteDBClusterParameterGroupMessage$ = [3, n0, _DDBCPGM,
    0,
    [_DBCPGN],
    [0], 1
];
var DeleteDBClusterResult$ = [3, n0, _DDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var DeleteDBClusterSnapshotMessage$ = [3, n0, _DDBCSM,
    0,
    [_DBCSI],
    [0], 1
];
var DeleteDBClusterSnapshotResult$ = [3, n0, _DDBCSR,
    0,
    [_DBCS],
    [[() => DBClusterSnapshot$, 0]]
];
var DeleteDBInstanceAutomatedBackupMessage$ = [3, n0, _DDBIABM,
    0,
    [_DRI, _DBIABA],
    [0, 0]
];
var DeleteDBInstanceAutomatedBackupResult$ = [3, n0, _DDBIABR,
    0,
    [_DBIAB],
    [[() => DBInstanceAutomatedBackup$, 0]]
];
var DeleteDBInstanceMessage$ = [3, n0, _DDBIM,
    0,
    [_DBII, _SFS, _FDBSI, _DAB],
    [0, 2, 0, 2], 1
];
var DeleteDBInstanceResult$ = [3, n0, _DDBIR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var DeleteDBParameterGroupMessage$ = [3, n0, _DDBPGM,
    0,
    [_DBPGN],
    [0], 1
];
var DeleteDBProxyEndpointRequest$ = [3, n0, _DDBPER,
    0,
    [_DBPEN],
    [0], 1
];
var DeleteDBProxyEndpointResponse$ = [3, n0, _DDBPERe,
    0,
    [_DBPE],
    [() => DBProxyEndpoint$]
];
var DeleteDBProxyRequest$ = [3, n0, _DDBPR,
    0,
    [_DBPN],
    [0], 1
];
var DeleteDBProxyResponse$ = [3, n0, _DDBPRe,
    0,
    [_DBP],
    [() => DBProxy$]
];
var DeleteDBSecurityGroupMessage$ = [3, n0, _DDBSGM,
    0,
    [_DBSGN],
    [0], 1
];
var DeleteDBShardGroupMessage$ = [3, n0, _DDBSGMe,
    0,
    [_DBSGI],
    [0], 1
];
var DeleteDBSnapshotMessage$ = [3, n0, _DDBSM,
    0,
    [_DBSIn],
    [0], 1
];
var DeleteDBSnapshotResult$ = [3, n0, _DDBSR,
    0,
    [_DBS],
    [[() => DBSnapshot$, 0]]
];
var DeleteDBSubnetGroupMessage$ = [3, n0, _DDBSGMel,
    0,
    [_DBSGNu],
    [0], 1
];
var DeleteEventSubscriptionMessage$ = [3, n0, _DESM,
    0,
    [_SN],
    [0], 1
];
var DeleteEventSubscriptionResult$ = [3, n0, _DESR,
    0,
    [_ES],
    [[() => EventSubscription$, 0]]
];
var DeleteGlobalClusterMessage$ = [3, n0, _DGCM,
    0,
    [_GCI],
    [0], 1
];
var DeleteGlobalClusterResult$ = [3, n0, _DGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var DeleteIntegrationMessage$ = [3, n0, _DIMe,
    0,
    [_IIn],
    [0], 1
];
var DeleteOptionGroupMessage$ = [3, n0, _DOGM,
    0,
    [_OGN],
    [0], 1
];
var DeleteTenantDatabaseMessage$ = [3, n0, _DTDM,
    0,
    [_DBII, _TDBN, _SFS, _FDBSI],
    [0, 0, 2, 0], 2
];
var DeleteTenantDatabaseResult$ = [3, n0, _DTDR,
    0,
    [_TD],
    [[() => TenantDatabase$, 0]]
];
var DeregisterDBProxyTargetsRequest$ = [3, n0, _DDBPTR,
    0,
    [_DBPN, _TGN, _DBIIn, _DBCIl],
    [0, 0, 64 | 0, 64 | 0], 1
];
var DeregisterDBProxyTargetsResponse$ = [3, n0, _DDBPTRe,
    0,
    [],
    []
];
var DescribeAccountAttributesMessage$ = [3, n0, _DAAM,
    0,
    [],
    []
];
var DescribeBlueGreenDeploymentsRequest$ = [3, n0, _DBGDRes,
    0,
    [_BGDI, _Fi, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1]
];
var DescribeBlueGreenDeploymentsResponse$ = [3, n0, _DBGDResc,
    0,
    [_BGDl, _Ma],
    [[() => BlueGreenDeploymentList, 0], 0]
];
var DescribeCertificatesMessage$ = [3, n0, _DCM,
    0,
    [_CI, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBCapacityReservationsRequest$ = [3, n0, _DDBCRR,
    0,
    [_DBCRI, _Ma, _MR, _Fi],
    [0, 0, 1, [() => FilterList, 0]]
];
var DescribeDBCapacityReservationsResponse$ = [3, n0, _DDBCRRe,
    0,
    [_DBCRa, _Ma],
    [[() => DBCapacityReservationList, 0], 0]
];
var DescribeDBClusterAutomatedBackupsMessage$ = [3, n0, _DDBCABMe,
    0,
    [_DCRI, _DBCI, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterBacktracksMessage$ = [3, n0, _DDBCBM,
    0,
    [_DBCI, _BI, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0], 1
];
var DescribeDBClusterEndpointsMessage$ = [3, n0, _DDBCEMe,
    0,
    [_DBCI, _DBCEI, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterParameterGroupsMessage$ = [3, n0, _DDBCPGMe,
    0,
    [_DBCPGN, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBClusterParametersMessage$ = [3, n0, _DDBCPM,
    0,
    [_DBCPGN, _S, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0], 1
];
var DescribeDBClustersMessage$ = [3, n0, _DDBCMe,
    0,
    [_DBCI, _Fi, _MR, _Ma, _ISn],
    [0, [() => FilterList, 0], 1, 0, 2]
];
var DescribeDBClusterSnapshotAttributesMessage$ = [3, n0, _DDBCSAM,
    0,
    [_DBCSI],
    [0], 1
];
var DescribeDBClusterSnapshotAttributesResult$ = [3, n0, _DDBCSAR,
    0,
    [_DBCSAR],
    [[() => DBClusterSnapshotAttributesResult$, 0]]
];
var DescribeDBClusterSnapshotsMessage$ = [3, n0, _DDBCSMe,
    0,
    [_DBCI, _DBCSI, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DCRI],
    [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
];
var DescribeDBEngineVersionsMessage$ = [3, n0, _DDBEVM,
    0,
    [_E, _EV, _DBPGF, _Fi, _MR, _Ma, _DOe, _LSCS, _LST, _IA],
    [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 2, 2]
];
var DescribeDBInstanceAutomatedBackupsMessage$ = [3, n0, _DDBIABMe,
    0,
    [_DRI, _DBII, _Fi, _MR, _Ma, _DBIABA],
    [0, 0, [() => FilterList, 0], 1, 0, 0]
];
var DescribeDBInstancesMessage$ = [3, n0, _DDBIMe,
    0,
    [_DBII, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBLogFilesDetails$ = [3, n0, _DDBLFD,
    0,
    [_LFN, _LW, _Si],
    [0, 1, 1]
];
var DescribeDBLogFilesMessage$ = [3, n0, _DDBLFM,
    0,
    [_DBII, _FC, _FLW, _FS, _Fi, _MR, _Ma],
    [0, 0, 1, 1, [() => FilterList, 0], 1, 0], 1
];
var DescribeDBLogFilesResponse$ = [3, n0, _DDBLFR,
    0,
    [_DDBLF, _Ma],
    [[() => DescribeDBLogFilesList, 0], 0]
];
var DescribeDBMajorEngineVersionsRequest$ = [3, n0, _DDBMEVR,
    0,
    [_E, _MEV, _Ma, _MR],
    [0, 0, 0, 1]
];
var DescribeDBMajorEngineVersionsResponse$ = [3, n0, _DDBMEVRe,
    0,
    [_DBMEVa, _Ma],
    [[() => DBMajorEngineVersionsList, 0], 0]
];
var DescribeDBParameterGroupsMessage$ = [3, n0, _DDBPGMe,
    0,
    [_DBPGN, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBParametersMessage$ = [3, n0, _DDBPM,
    0,
    [_DBPGN, _S, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0], 1
];
var DescribeDBProxiesRequest$ = [3, n0, _DDBPRes,
    0,
    [_DBPN, _Fi, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1]
];
var DescribeDBProxiesResponse$ = [3, n0, _DDBPResc,
    0,
    [_DBPr, _Ma],
    [() => DBProxyList, 0]
];
var DescribeDBProxyEndpointsRequest$ = [3, n0, _DDBPERes,
    0,
    [_DBPN, _DBPEN, _Fi, _Ma, _MR],
    [0, 0, [() => FilterList, 0], 0, 1]
];
var DescribeDBProxyEndpointsResponse$ = [3, n0, _DDBPEResc,
    0,
    [_DBPEr, _Ma],
    [() => DBProxyEndpointList, 0]
];
var DescribeDBProxyTargetGroupsRequest$ = [3, n0, _DDBPTGR,
    0,
    [_DBPN, _TGN, _Fi, _Ma, _MR],
    [0, 0, [() => FilterList, 0], 0, 1], 1
];
var DescribeDBProxyTargetGroupsResponse$ = [3, n0, _DDBPTGRe,
    0,
    [_TG, _Ma],
    [[() => TargetGroupList, 0], 0]
];
var DescribeDBProxyTargetsRequest$ = [3, n0, _DDBPTRes,
    0,
    [_DBPN, _TGN, _Fi, _Ma, _MR],
    [0, 0, [() => FilterList, 0], 0, 1], 1
];
var DescribeDBProxyTargetsResponse$ = [3, n0, _DDBPTResc,
    0,
    [_Tar, _Ma],
    [() => TargetList, 0]
];
var DescribeDBRecommendationsMessage$ = [3, n0, _DDBRM,
    0,
    [_LUA, _LUB, _Lo, _Fi, _MR, _Ma],
    [4, 4, 0, [() => FilterList, 0], 1, 0]
];
var DescribeDBSecurityGroupsMessage$ = [3, n0, _DDBSGMes,
    0,
    [_DBSGN, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeDBShardGroupsMessage$ = [3, n0, _DDBSGMesc,
    0,
    [_DBSGI, _Fi, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1]
];
var DescribeDBShardGroupsResponse$ = [3, n0, _DDBSGR,
    0,
    [_DBSGha, _Ma],
    [[() => DBShardGroupsList, 0], 0]
];
var DescribeDBSnapshotAttributesMessage$ = [3, n0, _DDBSAM,
    0,
    [_DBSIn],
    [0], 1
];
var DescribeDBSnapshotAttributesResult$ = [3, n0, _DDBSAR,
    0,
    [_DBSAR],
    [[() => DBSnapshotAttributesResult$, 0]]
];
var DescribeDBSnapshotsMessage$ = [3, n0, _DDBSMe,
    0,
    [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DRI],
    [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
];
var DescribeDBSnapshotTenantDatabasesMessage$ = [3, n0, _DDBSTDM,
    0,
    [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _DRI],
    [0, 0, 0, [() => FilterList, 0], 1, 0, 0]
];
var DescribeDBSubnetGroupsMessage$ = [3, n0, _DDBSGMescr,
    0,
    [_DBSGNu, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeEngineDefaultClusterParametersMessage$ = [3, n0, _DEDCPM,
    0,
    [_DBPGF, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0], 1
];
var DescribeEngineDefaultClusterParametersResult$ = [3, n0, _DEDCPR,
    0,
    [_EDn],
    [[() => EngineDefaults$, 0]]
];
var DescribeEngineDefaultParametersMessage$ = [3, n0, _DEDPM,
    0,
    [_DBPGF, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0], 1
];
var DescribeEngineDefaultParametersResult$ = [3, n0, _DEDPR,
    0,
    [_EDn],
    [[() => EngineDefaults$, 0]]
];
var DescribeEventCategoriesMessage$ = [3, n0, _DECM,
    0,
    [_STo, _Fi],
    [0, [() => FilterList, 0]]
];
var DescribeEventsMessage$ = [3, n0, _DEM,
    0,
    [_SI, _STo, _STtar, _ETn, _Du, _EC, _Fi, _MR, _Ma],
    [0, 0, 4, 4, 1, [() => EventCategoriesList, 0], [() => FilterList, 0], 1, 0]
];
var DescribeEventSubscriptionsMessage$ = [3, n0, _DESMe,
    0,
    [_SN, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeExportTasksMessage$ = [3, n0, _DETM,
    0,
    [_ETI, _SA, _Fi, _Ma, _MR, _STo],
    [0, 0, [() => FilterList, 0], 0, 1, 0]
];
var DescribeGlobalClustersMessage$ = [3, n0, _DGCMe,
    0,
    [_GCI, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeIntegrationsMessage$ = [3, n0, _DIMes,
    0,
    [_IIn, _Fi, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeIntegrationsResponse$ = [3, n0, _DIR,
    0,
    [_Ma, _In],
    [0, [() => IntegrationList, 0]]
];
var DescribeOptionGroupOptionsMessage$ = [3, n0, _DOGOM,
    0,
    [_EN, _MEV, _Fi, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 1, 0], 1
];
var DescribeOptionGroupsMessage$ = [3, n0, _DOGMe,
    0,
    [_OGN, _Fi, _Ma, _MR, _EN, _MEV],
    [0, [() => FilterList, 0], 0, 1, 0, 0]
];
var DescribeOrderableDBInstanceOptionsMessage$ = [3, n0, _DODBIOM,
    0,
    [_E, _EV, _DBIC, _LM, _AZG, _Vp, _Fi, _MR, _Ma],
    [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0], 1
];
var DescribePendingMaintenanceActionsMessage$ = [3, n0, _DPMAM,
    0,
    [_RI, _Fi, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1]
];
var DescribeReservedDBInstancesMessage$ = [3, n0, _DRDBIM,
    0,
    [_RDBII, _RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _LI, _Fi, _MR, _Ma],
    [0, 0, 0, 0, 0, 0, 2, 0, [() => FilterList, 0], 1, 0]
];
var DescribeReservedDBInstancesOfferingsMessage$ = [3, n0, _DRDBIOM,
    0,
    [_RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _Fi, _MR, _Ma],
    [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0]
];
var DescribeServerlessV2PlatformVersionsMessage$ = [3, n0, _DSVPVM,
    0,
    [_SVPV, _E, _Fi, _DOe, _IA, _MR, _Ma],
    [0, 0, [() => FilterList, 0], 2, 2, 1, 0]
];
var DescribeSourceRegionsMessage$ = [3, n0, _DSRM,
    0,
    [_RNe, _MR, _Ma, _Fi],
    [0, 1, 0, [() => FilterList, 0]]
];
var DescribeTenantDatabasesMessage$ = [3, n0, _DTDMe,
    0,
    [_DBII, _TDBN, _Fi, _Ma, _MR],
    [0, 0, [() => FilterList, 0], 0, 1]
];
var DescribeValidDBInstanceModificationsMessage$ = [3, n0, _DVDBIMM,
    0,
    [_DBII],
    [0], 1
];
var DescribeValidDBInstanceModificationsResult$ = [3, n0, _DVDBIMR,
    0,
    [_VDBIMM],
    [[() => ValidDBInstanceModificationsMessage$, 0]]
];
var DisableHttpEndpointRequest$ = [3, n0, _DHER,
    0,
    [_RAe],
    [0], 1
];
var DisableHttpEndpointResponse$ = [3, n0, _DHERi,
    0,
    [_RAe, _HEE],
    [0, 2]
];
var DocLink$ = [3, n0, _DLo,
    0,
    [_Te, _Ur],
    [0, 0]
];
var DomainMembership$ = [3, n0, _DMo,
    0,
    [_Do, _St, _FQDN, _IAMRN, _OU, _ASA, _DI],
    [0, 0, 0, 0, 0, 0, 64 | 0]
];
var DoubleRange$ = [3, n0, _DR,
    0,
    [_Fr, _To],
    [1, 1]
];
var DownloadDBLogFilePortionDetails$ = [3, n0, _DDBLFPD,
    0,
    [_LFD, _Ma, _ADP],
    [[() => SensitiveString, 0], 0, 2]
];
var DownloadDBLogFilePortionMessage$ = [3, n0, _DDBLFPM,
    0,
    [_DBII, _LFN, _Ma, _NOL],
    [0, 0, 0, 1], 2
];
var EC2SecurityGroup$ = [3, n0, _ECSGe,
    0,
    [_St, _ECSGN, _ECSGI, _ECSGOI],
    [0, 0, 0, 0]
];
var EnableHttpEndpointRequest$ = [3, n0, _EHER,
    0,
    [_RAe],
    [0], 1
];
var EnableHttpEndpointResponse$ = [3, n0, _EHERn,
    0,
    [_RAe, _HEE],
    [0, 2]
];
var Endpoint$ = [3, n0, _End,
    0,
    [_Ad, _P, _HZI],
    [0, 1, 0]
];
var EngineDefaults$ = [3, n0, _EDn,
    0,
    [_DBPGF, _Ma, _Pa],
    [0, 0, [() => ParametersList, 0]]
];
var Event$ = [3, n0, _Ev,
    0,
    [_SI, _STo, _Me, _EC, _Da, _SA],
    [0, 0, 0, [() => EventCategoriesList, 0], 4, 0]
];
var EventCategoriesMap$ = [3, n0, _ECM,
    0,
    [_STo, _EC],
    [0, [() => EventCategoriesList, 0]]
];
var EventCategoriesMessage$ = [3, n0, _ECMv,
    0,
    [_ECML],
    [[() => EventCategoriesMapList, 0]]
];
var EventsMessage$ = [3, n0, _EMv,
    0,
    [_Ma, _Eve],
    [0, [() => EventList, 0]]
];
var EventSubscription$ = [3, n0, _ES,
    0,
    [_CAIu, _CSI, _STA, _St, _SCTu, _STo, _SIL, _ECL, _En, _ESA],
    [0, 0, 0, 0, 0, 0, [() => SourceIdsList, 0], [() => EventCategoriesList, 0], 2, 0]
];
var EventSubscriptionsMessage$ = [3, n0, _ESM,
    0,
    [_Ma, _ESL],
    [0, [() => EventSubscriptionsList, 0]]
];
var ExportTask$ = [3, n0, _ETx,
    0,
    [_ETI, _SA, _EO, _STnap, _TSTas, _TET, _SBu, _SP, _IRA, _KKI, _St, _PP, _TEDIGB, _FCa, _WM, _STo],
    [0, 0, 64 | 0, 4, 4, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]
];
var ExportTasksMessage$ = [3, n0, _ETM,
    0,
    [_Ma, _ETxp],
    [0, [() => ExportTasksList, 0]]
];
var FailoverDBClusterMessage$ = [3, n0, _FDBCM,
    0,
    [_DBCI, _TDBII],
    [0, 0], 1
];
var FailoverDBClusterResult$ = [3, n0, _FDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var FailoverGlobalClusterMessage$ = [3, n0, _FGCM,
    0,
    [_GCI, _TDCI, _ADL, _Sw],
    [0, 0, 2, 2], 2
];
var FailoverGlobalClusterResult$ = [3, n0, _FGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var FailoverState$ = [3, n0, _FSa,
    0,
    [_St, _FDCA, _TDCA, _IDLA],
    [0, 0, 0, 2]
];
var Filter$ = [3, n0, _Fil,
    0,
    [_N, _Va],
    [0, [() => FilterValueList, 0]], 2
];
var GlobalCluster$ = [3, n0, _GC,
    0,
    [_GCI, _GCRI, _GCA, _St, _E, _EV, _ELS, _DN, _SE, _SET, _DP, _GCM, _End, _FSa, _TL],
    [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, [() => GlobalClusterMemberList, 0], 0, () => FailoverState$, [() => TagList, 0]]
];
var GlobalClusterMember$ = [3, n0, _GCMl,
    0,
    [_DBCA, _Read, _IW, _GWFS, _SSy],
    [0, 64 | 0, 2, 0, 0]
];
var GlobalClustersMessage$ = [3, n0, _GCMlo,
    0,
    [_Ma, _GCl],
    [0, [() => GlobalClusterList, 0]]
];
var Integration$ = [3, n0, _Int,
    0,
    [_SA, _TA, _IN, _IAn, _KMSKI, _AEC, _St, _T, _DFa, _D, _CT, _Er],
    [0, 0, 0, 0, 0, 128 | 0, 0, [() => TagList, 0], 0, 0, 4, [() => IntegrationErrorList, 0]]
];
var IntegrationError$ = [3, n0, _IE,
    0,
    [_ECr, _EMr],
    [0, 0], 1
];
var IPRange$ = [3, n0, _IPRa,
    0,
    [_St, _CIDRIP],
    [0, 0]
];
var IssueDetails$ = [3, n0, _IDs,
    0,
    [_PID],
    [() => PerformanceIssueDetails$]
];
var LimitlessDatabase$ = [3, n0, _LD,
    0,
    [_St, _MRACU],
    [0, 1]
];
var ListTagsForResourceMessage$ = [3, n0, _LTFRM,
    0,
    [_RN, _Fi],
    [0, [() => FilterList, 0]], 1
];
var MasterUserSecret$ = [3, n0, _MUS,
    0,
    [_SAe, _SSe, _KKI],
    [0, 0, 0]
];
var Metric$ = [3, n0, _Met,
    0,
    [_N, _Ref, _SDtat, _MQ],
    [0, () => MetricReferenceList, 0, () => MetricQuery$]
];
var MetricQuery$ = [3, n0, _MQ,
    0,
    [_PIMQ],
    [() => PerformanceInsightsMetricQuery$]
];
var MetricReference$ = [3, n0, _MRe,
    0,
    [_N, _RD],
    [0, () => ReferenceDetails$]
];
var MinimumEngineVersionPerAllowedValue$ = [3, n0, _MEVPAV,
    0,
    [_AVl, _MEVi],
    [0, 0]
];
var ModifyActivityStreamRequest$ = [3, n0, _MASR,
    0,
    [_RAe, _APS],
    [0, 0]
];
var ModifyActivityStreamResponse$ = [3, n0, _MASRo,
    0,
    [_KKI, _KSN, _St, _Mo, _ENAFI, _PS],
    [0, 0, 0, 0, 2, 0]
];
var ModifyAdditionalStorageVolume$ = [3, n0, _MASV,
    0,
    [_VN, _AS, _IOPS, _MAS, _ST, _STt, _SFD],
    [0, 1, 1, 1, 1, 0, 2], 1
];
var ModifyCertificatesMessage$ = [3, n0, _MCM,
    0,
    [_CI, _RCO],
    [0, 2]
];
var ModifyCertificatesResult$ = [3, n0, _MCR,
    0,
    [_C],
    [() => Certificate$]
];
var ModifyCurrentDBClusterCapacityMessage$ = [3, n0, _MCDBCCM,
    0,
    [_DBCI, _Ca, _SBT, _TAi],
    [0, 1, 1, 0], 1
];
var ModifyCustomDBEngineVersionMessage$ = [3, n0, _MCDBEVM,
    0,
    [_E, _EV, _D, _St],
    [0, 0, 0, 0], 2
];
var ModifyDBCapacityReservationRequest$ = [3, n0, _MDBCRR,
    0,
    [_DBCRI, _CPAZ, _EDT, _ED],
    [0, 1, 0, 4], 1
];
var ModifyDBCapacityReservationResponse$ = [3, n0, _MDBCRRo,
    0,
    [_DBCR],
    [[() => DBCapacityReservation$, 0]]
];
var ModifyDBClusterEndpointMessage$ = [3, n0, _MDBCEM,
    0,
    [_DBCEI, _ET, _SM, _EM],
    [0, 0, 64 | 0, 64 | 0], 1
];
var ModifyDBClusterMessage$ = [3, n0, _MDBCM,
    0,
    [_DBCI, _NDBCI, _AIp, _BRP, _DBCPGN, _VSGI, _P, _MUP, _OGN, _PBW, _PMW, _EIAMDA, _BW, _CLEC, _EV, _AMVUl, _DBIPGN, _Do, _DIAMRN, _SC, _DP, _EHE, _CTTS, _EGWF, _DBCIC, _AS, _STt, _I, _AMVU, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _MMUP, _RMUP, _ELWF, _MUSKKI, _EMn, _AEMC, _ABRPA, _ELD, _CACI, _MUAT, _ELS],
    [0, 0, 2, 1, 0, [() => VpcSecurityGroupIdList, 0], 1, [() => SensitiveString, 0], 0, 0, 0, 2, 1, () => CloudwatchLogsExportConfiguration$, 0, 2, 0, 0, 0, () => ScalingConfiguration$, 2, 2, 2, 2, 0, 1, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 2, 2, 0, 0, 2, 0, 2, 0, 0, 0], 1
];
var ModifyDBClusterParameterGroupMessage$ = [3, n0, _MDBCPGM,
    0,
    [_DBCPGN, _Pa],
    [0, [() => ParametersList, 0]], 2
];
var ModifyDBClusterResult$ = [3, n0, _MDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var ModifyDBClusterSnapshotAttributeMessage$ = [3, n0, _MDBCSAM,
    0,
    [_DBCSI, _AN, _VTA, _VTR],
    [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]], 2
];
var ModifyDBClusterSnapshotAttributeResult$ = [3, n0, _MDBCSAR,
    0,
    [_DBCSAR],
    [[() => DBClusterSnapshotAttributesResult$, 0]]
];
var ModifyDBInstanceMessage$ = [3, n0, _MDBIM,
    0,
    [_DBII, _AS, _DBIC, _DBSGNu, _DBSGe, _VSGI, _AIp, _MUP, _DBPGN, _BRP, _PBW, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _LM, _I, _ST, _OGN, _NDBII, _STt, _TCA, _TCP, _CACI, _Do, _DF, _DO, _DASA, _DDI, _DD, _CTTS, _MIo, _DBPNo, _PA, _MRA, _DIAMRN, _PT, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _CLEC, _PF, _UDPF, _DP, _MAS, _CRR, _RM, _AM, _RFAMM, _ECOI, _NT, _ABRPA, _MMUP, _RMUP, _MUSKKI, _MT, _DLV, _E, _ASVd, _DBCRI, _TS, _MUAT, _ELS],
    [0, 1, 0, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 2, [() => SensitiveString, 0], 0, 1, 0, 0, 2, 0, 2, 2, 0, 1, 1, 0, 0, 0, 0, [() => SensitiveString, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 2, 1, 1, 2, 0, 0, 1, 2, 0, 2, 0, 1, () => CloudwatchLogsExportConfiguration$, [() => ProcessorFeatureList, 0], 2, 2, 1, 2, 0, 0, 1, 2, 0, 0, 2, 2, 0, 2, 2, 0, () => ModifyAdditionalStorageVolumesList, 0, [() => TagSpecificationList, 0], 0, 0], 1
];
var ModifyDBInstanceResult$ = [3, n0, _MDBIR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var ModifyDBParameterGroupMessage$ = [3, n0, _MDBPGM,
    0,
    [_DBPGN, _Pa],
    [0, [() => ParametersList, 0]], 2
];
var ModifyDBProxyEndpointRequest$ = [3, n0, _MDBPER,
    0,
    [_DBPEN, _NDBPEN, _VSGI],
    [0, 0, 64 | 0], 1
];
var ModifyDBProxyEndpointResponse$ = [3, n0, _MDBPERo,
    0,
    [_DBPE],
    [() => DBProxyEndpoint$]
];
var ModifyDBProxyRequest$ = [3, n0, _MDBPR,
    0,
    [_DBPN, _NDBPN, _DAS, _A, _RTLS, _ICT, _DL, _RA, _SG],
    [0, 0, 0, () => UserAuthConfigList, 2, 1, 2, 0, 64 | 0], 1
];
var ModifyDBProxyResponse$ = [3, n0, _MDBPRo,
    0,
    [_DBP],
    [() => DBProxy$]
];
var ModifyDBProxyTargetGroupRequest$ = [3, n0, _MDBPTGR,
    0,
    [_TGN, _DBPN, _CPCo, _NN],
    [0, 0, [() => ConnectionPoolConfiguration$, 0], 0], 2
];
var ModifyDBProxyTargetGroupResponse$ = [3, n0, _MDBPTGRo,
    0,
    [_DBPTG],
    [[() => DBProxyTargetGroup$, 0]]
];
var ModifyDBRecommendationMessage$ = [3, n0, _MDBRM,
    0,
    [_RIe, _Lo, _St, _RAU],
    [0, 0, 0, () => RecommendedActionUpdateList], 1
];
var ModifyDBShardGroupMessage$ = [3, n0, _MDBSGM,
    0,
    [_DBSGI, _MACU, _MACUi, _CR],
    [0, 1, 1, 1], 1
];
var ModifyDBSnapshotAttributeMessage$ = [3, n0, _MDBSAM,
    0,
    [_DBSIn, _AN, _VTA, _VTR],
    [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]], 2
];
var ModifyDBSnapshotAttributeResult$ = [3, n0, _MDBSAR,
    0,
    [_DBSAR],
    [[() => DBSnapshotAttributesResult$, 0]]
];
var ModifyDBSnapshotMessage$ = [3, n0, _MDBSM,
    0,
    [_DBSIn, _EV, _OGN],
    [0, 0, 0], 1
];
var ModifyDBSnapshotResult$ = [3, n0, _MDBSR,
    0,
    [_DBS],
    [[() => DBSnapshot$, 0]]
];
var ModifyDBSubnetGroupMessage$ = [3, n0, _MDBSGMo,
    0,
    [_DBSGNu, _SIub, _DBSGDu],
    [0, [() => SubnetIdentifierList, 0], 0], 2
];
var ModifyDBSubnetGroupResult$ = [3, n0, _MDBSGR,
    0,
    [_DBSGu],
    [[() => DBSubnetGroup$, 0]]
];
var ModifyEventSubscriptionMessage$ = [3, n0, _MESM,
    0,
    [_SN, _STA, _STo, _EC, _En],
    [0, 0, 0, [() => EventCategoriesList, 0], 2], 1
];
var ModifyEventSubscriptionResult$ = [3, n0, _MESR,
    0,
    [_ES],
    [[() => EventSubscription$, 0]]
];
var ModifyGlobalClusterMessage$ = [3, n0, _MGCM,
    0,
    [_GCI, _NGCI, _DP, _EV, _AMVUl],
    [0, 0, 2, 0, 2], 1
];
var ModifyGlobalClusterResult$ = [3, n0, _MGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var ModifyIntegrationMessage$ = [3, n0, _MIM,
    0,
    [_IIn, _IN, _DFa, _D],
    [0, 0, 0, 0], 1
];
var ModifyOptionGroupMessage$ = [3, n0, _MOGM,
    0,
    [_OGN, _OTI, _OTR, _AIp],
    [0, [() => OptionConfigurationList, 0], 64 | 0, 2], 1
];
var ModifyOptionGroupResult$ = [3, n0, _MOGR,
    0,
    [_OG],
    [[() => OptionGroup$, 0]]
];
var ModifyTenantDatabaseMessage$ = [3, n0, _MTDM,
    0,
    [_DBII, _TDBN, _MUP, _NTDBN, _MMUP, _RMUP, _MUSKKI],
    [0, 0, [() => SensitiveString, 0], 0, 2, 2, 0], 2
];
var ModifyTenantDatabaseResult$ = [3, n0, _MTDR,
    0,
    [_TD],
    [[() => TenantDatabase$, 0]]
];
var Option$ = [3, n0, _O,
    0,
    [_ON, _OD, _Pe, _Per, _P, _OV, _OS, _DBSGMec, _VSGM],
    [0, 0, 2, 2, 1, 0, [() => OptionSettingConfigurationList, 0], [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0]]
];
var OptionConfiguration$ = [3, n0, _OC,
    0,
    [_ON, _P, _OV, _DBSGMec, _VSGM, _OS],
    [0, 1, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], [() => OptionSettingsList, 0]], 1
];
var OptionGroup$ = [3, n0, _OG,
    0,
    [_OGN, _OGD, _EN, _MEV, _Op, _AVANVIM, _VI, _OGA, _SOG, _SAI, _CTop, _SR],
    [0, 0, 0, 0, [() => OptionsList, 0], 2, 0, 0, 0, 0, 4, 0]
];
var OptionGroupMembership$ = [3, n0, _OGMp,
    0,
    [_OGN, _St],
    [0, 0]
];
var OptionGroupOption$ = [3, n0, _OGO,
    0,
    [_N, _D, _EN, _MEV, _MRMEV, _PR, _DPe, _ODO, _OCW, _Pe, _Per, _RAMEVU, _VO, _SOVD, _OGOS, _OGOV, _CCA, _CCR],
    [0, 0, 0, 0, 0, 2, 1, [() => OptionsDependedOn, 0], [() => OptionsConflictsWith, 0], 2, 2, 2, 2, 2, [() => OptionGroupOptionSettingsList, 0], [() => OptionGroupOptionVersionsList, 0], 2, 2]
];
var OptionGroupOptionSetting$ = [3, n0, _OGOSp,
    0,
    [_SNe, _SDe, _DV, _AT, _AV, _IM, _IR, _MEVPAV],
    [0, 0, 0, 0, 0, 2, 2, [() => MinimumEngineVersionPerAllowedValueList, 0]]
];
var OptionGroupOptionsMessage$ = [3, n0, _OGOM,
    0,
    [_OGOp, _Ma],
    [[() => OptionGroupOptionsList, 0], 0]
];
var OptionGroups$ = [3, n0, _OGp,
    0,
    [_OGL, _Ma],
    [[() => OptionGroupsList, 0], 0]
];
var OptionSetting$ = [3, n0, _OSp,
    0,
    [_N, _V, _DV, _D, _AT, _DTa, _AV, _IM, _IC],
    [0, [() => PotentiallySensitiveOptionSettingValue, 0], 0, 0, 0, 0, 0, 2, 2]
];
var OptionVersion$ = [3, n0, _OV,
    0,
    [_Ve, _ID],
    [0, 2]
];
var OrderableDBInstanceOption$ = [3, n0, _ODBIO,
    0,
    [_E, _EV, _DBIC, _LM, _AZG, _AZv, _MAZC, _RRC, _Vp, _SSE, _STt, _SIu, _SST, _SEMu, _SIAMDA, _SPI, _MSS, _MSSa, _MIPDI, _MIPDIa, _MIPG, _MIPGa, _MSTPDI, _MSTPDIa, _MSTPI, _MSTPIa, _APFv, _SEM, _SSA, _SKA, _OCu, _SASM, _SGD, _SNT, _SCu, _SDLV, _SASV, _SHE, _AASVOv],
    [0, 0, 0, 0, 0, [() => AvailabilityZoneList, 0], 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [() => AvailableProcessorFeatureList, 0], 64 | 0, 2, 2, 2, 64 | 0, 2, 64 | 0, 2, 2, 2, 2, [() => AvailableAdditionalStorageVolumesOptionList, 0]]
];
var OrderableDBInstanceOptionsMessage$ = [3, n0, _ODBIOM,
    0,
    [_ODBIOr, _Ma],
    [[() => OrderableDBInstanceOptionsList, 0], 0]
];
var Outpost$ = [3, n0, _Ou,
    0,
    [_Ar],
    [0]
];
var Parameter$ = [3, n0, _Par,
    0,
    [_PN, _PV, _D, _S, _AT, _DTa, _AV, _IM, _MEVi, _AMp, _SEM],
    [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 64 | 0]
];
var PendingCloudwatchLogsExports$ = [3, n0, _PCLE,
    0,
    [_LTTE, _LTTD],
    [64 | 0, 64 | 0]
];
var PendingMaintenanceAction$ = [3, n0, _PMA,
    0,
    [_Ac, _AAAD, _FAD, _OIS, _CAD, _D],
    [0, 4, 4, 0, 4, 0]
];
var PendingMaintenanceActionsMessage$ = [3, n0, _PMAM,
    0,
    [_PMAe, _Ma],
    [[() => PendingMaintenanceActions, 0], 0]
];
var PendingModifiedValues$ = [3, n0, _PMV,
    0,
    [_DBIC, _AS, _MUP, _P, _BRP, _MAZ, _EV, _LM, _I, _ST, _DBII, _STt, _CACI, _DBSGNu, _PCLE, _PF, _AM, _RFAMT, _MT, _IAMDAE, _DLV, _E, _ASVd, _DBCRI],
    [0, 1, [() => SensitiveString, 0], 1, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, () => PendingCloudwatchLogsExports$, [() => ProcessorFeatureList, 0], 0, 4, 2, 2, 2, 0, () => AdditionalStorageVolumesList, 0]
];
var PerformanceInsightsMetricDimensionGroup$ = [3, n0, _PIMDG,
    0,
    [_Di, _G, _Li],
    [64 | 0, 0, 1]
];
var PerformanceInsightsMetricQuery$ = [3, n0, _PIMQ,
    0,
    [_GB, _Met],
    [() => PerformanceInsightsMetricDimensionGroup$, 0]
];
var PerformanceIssueDetails$ = [3, n0, _PID,
    0,
    [_STtar, _ETn, _Metr, _An],
    [4, 4, () => MetricList, 0]
];
var ProcessorFeature$ = [3, n0, _PFr,
    0,
    [_N, _V],
    [0, 0]
];
var PromoteReadReplicaDBClusterMessage$ = [3, n0, _PRRDBCM,
    0,
    [_DBCI],
    [0], 1
];
var PromoteReadReplicaDBClusterResult$ = [3, n0, _PRRDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var PromoteReadReplicaMessage$ = [3, n0, _PRRM,
    0,
    [_DBII, _BRP, _PBW, _TS],
    [0, 1, 0, [() => TagSpecificationList, 0]], 1
];
var PromoteReadReplicaResult$ = [3, n0, _PRRR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var PurchaseReservedDBInstancesOfferingMessage$ = [3, n0, _PRDBIOM,
    0,
    [_RDBIOI, _RDBII, _DBICn, _T],
    [0, 0, 1, [() => TagList, 0]], 1
];
var PurchaseReservedDBInstancesOfferingResult$ = [3, n0, _PRDBIOR,
    0,
    [_RDBI],
    [[() => ReservedDBInstance$, 0]]
];
var Range$ = [3, n0, _Ra,
    0,
    [_Fr, _To, _Ste],
    [1, 1, 1]
];
var RdsCustomClusterConfiguration$ = [3, n0, _RCCC,
    0,
    [_ISI, _TGMDI, _RM],
    [0, 0, 0]
];
var RebootDBClusterMessage$ = [3, n0, _RDBCM,
    0,
    [_DBCI],
    [0], 1
];
var RebootDBClusterResult$ = [3, n0, _RDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var RebootDBInstanceMessage$ = [3, n0, _RDBIM,
    0,
    [_DBII, _FF],
    [0, 2], 1
];
var RebootDBInstanceResult$ = [3, n0, _RDBIR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var RebootDBShardGroupMessage$ = [3, n0, _RDBSGM,
    0,
    [_DBSGI],
    [0], 1
];
var RecommendedAction$ = [3, n0, _RAeco,
    0,
    [_AIc, _Tit, _D, _Ope, _Pa, _AMpp, _St, _IDs, _CAon],
    [0, 0, 0, 0, () => RecommendedActionParameterList, 64 | 0, 0, () => IssueDetails$, () => ContextAttributeList]
];
var RecommendedActionParameter$ = [3, n0, _RAP,
    0,
    [_K, _V],
    [0, 0]
];
var RecommendedActionUpdate$ = [3, n0, _RAUe,
    0,
    [_AIc, _St],
    [0, 0], 2
];
var RecurringCharge$ = [3, n0, _RC,
    0,
    [_RCA, _RCF],
    [1, 0]
];
var ReferenceDetails$ = [3, n0, _RD,
    0,
    [_SRD],
    [() => ScalarReferenceDetails$]
];
var RegisterDBProxyTargetsRequest$ = [3, n0, _RDBPTR,
    0,
    [_DBPN, _TGN, _DBIIn, _DBCIl],
    [0, 0, 64 | 0, 64 | 0], 1
];
var RegisterDBProxyTargetsResponse$ = [3, n0, _RDBPTRe,
    0,
    [_DBPTr],
    [() => TargetList]
];
var RemoveFromGlobalClusterMessage$ = [3, n0, _RFGCM,
    0,
    [_GCI, _DCI],
    [0, 0], 2
];
var RemoveFromGlobalClusterResult$ = [3, n0, _RFGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var RemoveRoleFromDBClusterMessage$ = [3, n0, _RRFDBCM,
    0,
    [_DBCI, _RA, _FN],
    [0, 0, 0], 2
];
var RemoveRoleFromDBInstanceMessage$ = [3, n0, _RRFDBIM,
    0,
    [_DBII, _RA, _FN],
    [0, 0, 0], 3
];
var RemoveSourceIdentifierFromSubscriptionMessage$ = [3, n0, _RSIFSM,
    0,
    [_SN, _SI],
    [0, 0], 2
];
var RemoveSourceIdentifierFromSubscriptionResult$ = [3, n0, _RSIFSR,
    0,
    [_ES],
    [[() => EventSubscription$, 0]]
];
var RemoveTagsFromResourceMessage$ = [3, n0, _RTFRM,
    0,
    [_RN, _TK],
    [0, 64 | 0], 2
];
var ReservedDBInstance$ = [3, n0, _RDBI,
    0,
    [_RDBII, _RDBIOI, _DBIC, _STtar, _Du, _FP, _UP, _CCu, _DBICn, _PD, _OT, _MAZ, _Sta, _RCe, _RDBIA, _LI],
    [0, 0, 0, 4, 1, 1, 1, 0, 1, 0, 0, 2, 0, [() => RecurringChargeList, 0], 0, 0]
];
var ReservedDBInstanceMessage$ = [3, n0, _RDBIMe,
    0,
    [_Ma, _RDBIe],
    [0, [() => ReservedDBInstanceList, 0]]
];
var ReservedDBInstancesOffering$ = [3, n0, _RDBIO,
    0,
    [_RDBIOI, _DBIC, _Du, _FP, _UP, _CCu, _PD, _OT, _MAZ, _RCe],
    [0, 0, 1, 1, 1, 0, 0, 0, 2, [() => RecurringChargeList, 0]]
];
var ReservedDBInstancesOfferingMessage$ = [3, n0, _RDBIOM,
    0,
    [_Ma, _RDBIOe],
    [0, [() => ReservedDBInstancesOfferingList, 0]]
];
var ResetDBClusterParameterGroupMessage$ = [3, n0, _RDBCPGM,
    0,
    [_DBCPGN, _RAPe, _Pa],
    [0, 2, [() => ParametersList, 0]], 1
];
var ResetDBParameterGroupMessage$ = [3, n0, _RDBPGM,
    0,
    [_DBPGN, _RAPe, _Pa],
    [0, 2, [() => ParametersList, 0]], 1
];
var ResourcePendingMaintenanceActions$ = [3, n0, _RPMA,
    0,
    [_RI, _PMAD],
    [0, [() => PendingMaintenanceActionDetails, 0]]
];
var RestoreDBClusterFromS3Message$ = [3, n0, _RDBCFSM,
    0,
    [_DBCI, _E, _MU, _SEo, _SEV, _SBN, _SIRA, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MUP, _OGN, _PBW, _PMW, _T, _SE, _KKI, _EIAMDA, _SP, _BW, _ECLE, _DP, _CTTS, _Do, _DIAMRN, _STt, _NT, _SVSC, _MMUP, _MUSKKI, _ELS, _TS, _AR],
    [0, 0, 0, 0, 0, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, [() => SensitiveString, 0], 0, 0, 0, [() => TagList, 0], 2, 0, 2, 0, 1, 64 | 0, 2, 2, 0, 0, 0, 0, () => ServerlessV2ScalingConfiguration$, 2, 0, 0, [() => TagSpecificationList, 0], [() => DBClusterAssociatedRoles, 0]], 7
];
var RestoreDBClusterFromS3Result$ = [3, n0, _RDBCFSR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var RestoreDBClusterFromSnapshotMessage$ = [3, n0, _RDBCFSMe,
    0,
    [_DBCI, _SIn, _E, _AZv, _EV, _P, _DBSGNu, _DN, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _EMn, _SC, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _I, _PA, _NT, _SVSC, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
    [0, 0, 0, [() => AvailabilityZones, 0], 0, 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, () => ScalingConfiguration$, 0, 2, 2, 0, 0, 0, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]], 3
];
var RestoreDBClusterFromSnapshotResult$ = [3, n0, _RDBCFSRe,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var RestoreDBClusterToPointInTimeMessage$ = [3, n0, _RDBCTPITM,
    0,
    [_DBCI, _RT, _SDBCI, _RTT, _ULRT, _P, _DBSGNu, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _PA, _I, _NT, _SDCRI, _SVSC, _SC, _EMn, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
    [0, 0, 0, 4, 2, 1, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64 | 0, 0, 2, 2, 0, 0, 0, 0, 2, 1, 0, 0, () => ServerlessV2ScalingConfiguration$, () => ScalingConfiguration$, 0, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]], 1
];
var RestoreDBClusterToPointInTimeResult$ = [3, n0, _RDBCTPITR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var RestoreDBInstanceFromDBSnapshotMessage$ = [3, n0, _RDBIFDBSM,
    0,
    [_DBII, _DBSIn, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _DIAMRN, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _ECOI, _NT, _BTa, _CIIP, _AS, _DBCSI, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
    [0, 0, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 64 | 0, 2, 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 2, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0], 1
];
var RestoreDBInstanceFromDBSnapshotResult$ = [3, n0, _RDBIFDBSR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var RestoreDBInstanceFromS3Message$ = [3, n0, _RDBIFSM,
    0,
    [_DBII, _DBIC, _E, _SEo, _SEV, _SBN, _SIRA, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _PA, _T, _STt, _SE, _KKI, _CTTS, _MIo, _MRA, _EIAMDA, _SP, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _MAS, _NT, _MMUP, _MUSKKI, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS],
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 2, 0, 2, 1, 0, 2, 0, 0, 2, 0, 1, 64 | 0, [() => ProcessorFeatureList, 0], 2, 2, 1, 0, 2, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]], 7
];
var RestoreDBInstanceFromS3Result$ = [3, n0, _RDBIFSR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var RestoreDBInstanceToPointInTimeMessage$ = [3, n0, _RDBITPITM,
    0,
    [_TDBII, _SDBII, _RTe, _ULRT, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _CTTS, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _SDRI, _MAS, _ECOI, _NT, _SDBIABA, _BTa, _CIIP, _AS, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
    [0, 0, 4, 2, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 64 | 0, [() => ProcessorFeatureList, 0], 2, 0, 2, 0, 1, 2, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0], 1
];
var RestoreDBInstanceToPointInTimeResult$ = [3, n0, _RDBITPITR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var RestoreWindow$ = [3, n0, _RW,
    0,
    [_ETa, _LT],
    [4, 4]
];
var RevokeDBSecurityGroupIngressMessage$ = [3, n0, _RDBSGIM,
    0,
    [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
    [0, 0, 0, 0, 0], 1
];
var RevokeDBSecurityGroupIngressResult$ = [3, n0, _RDBSGIR,
    0,
    [_DBSG],
    [[() => DBSecurityGroup$, 0]]
];
var ScalarReferenceDetails$ = [3, n0, _SRD,
    0,
    [_V],
    [1]
];
var ScalingConfiguration$ = [3, n0, _SC,
    0,
    [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
    [1, 1, 2, 1, 0, 1]
];
var ScalingConfigurationInfo$ = [3, n0, _SCI,
    0,
    [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
    [1, 1, 2, 1, 0, 1]
];
var ServerlessV2FeaturesSupport$ = [3, n0, _SVFS,
    0,
    [_MC, _MCa],
    [1, 1]
];
var ServerlessV2PlatformVersionInfo$ = [3, n0, _SVPVI,
    0,
    [_SVPV, _SVPVD, _E, _SVFS, _St, _ID],
    [0, 0, 0, () => ServerlessV2FeaturesSupport$, 0, 2]
];
var ServerlessV2PlatformVersionsMessage$ = [3, n0, _SVPVM,
    0,
    [_Ma, _SVPVe],
    [0, () => ServerlessV2PlatformVersionList]
];
var ServerlessV2ScalingConfiguration$ = [3, n0, _SVSC,
    0,
    [_MC, _MCa, _SUAP],
    [1, 1, 1]
];
var ServerlessV2ScalingConfigurationInfo$ = [3, n0, _SVSCI,
    0,
    [_MC, _MCa, _SUAP],
    [1, 1, 1]
];
var SourceRegion$ = [3, n0, _SR,
    0,
    [_RNe, _End, _St, _SDBIABR],
    [0, 0, 0, 2]
];
var SourceRegionMessage$ = [3, n0, _SRM,
    0,
    [_Ma, _SRo],
    [0, [() => SourceRegionList, 0]]
];
var StartActivityStreamRequest$ = [3, n0, _SASR,
    0,
    [_RAe, _Mo, _KKI, _AIp, _ENAFI],
    [0, 0, 0, 2, 2], 3
];
var StartActivityStreamResponse$ = [3, n0, _SASRt,
    0,
    [_KKI, _KSN, _St, _Mo, _ENAFI, _AIp],
    [0, 0, 0, 0, 2, 2]
];
var StartDBClusterMessage$ = [3, n0, _SDBCM,
    0,
    [_DBCI],
    [0], 1
];
var StartDBClusterResult$ = [3, n0, _SDBCR,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var StartDBInstanceAutomatedBackupsReplicationMessage$ = [3, n0, _SDBIABRM,
    0,
    [_SDBIA, _BRP, _KKI, _PSU, _T],
    [0, 1, 0, [() => SensitiveString, 0], [() => TagList, 0]], 1
];
var StartDBInstanceAutomatedBackupsReplicationResult$ = [3, n0, _SDBIABRR,
    0,
    [_DBIAB],
    [[() => DBInstanceAutomatedBackup$, 0]]
];
var StartDBInstanceMessage$ = [3, n0, _SDBIM,
    0,
    [_DBII, _DBCRI],
    [0, 0], 1
];
var StartDBInstanceResult$ = [3, n0, _SDBIR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var StartExportTaskMessage$ = [3, n0, _SETM,
    0,
    [_ETI, _SA, _SBN, _IRA, _KKI, _SP, _EO],
    [0, 0, 0, 0, 0, 0, 64 | 0], 5
];
var StopActivityStreamRequest$ = [3, n0, _SASRto,
    0,
    [_RAe, _AIp],
    [0, 2], 1
];
var StopActivityStreamResponse$ = [3, n0, _SASRtop,
    0,
    [_KKI, _KSN, _St],
    [0, 0, 0]
];
var StopDBClusterMessage$ = [3, n0, _SDBCMt,
    0,
    [_DBCI],
    [0], 1
];
var StopDBClusterResult$ = [3, n0, _SDBCRt,
    0,
    [_DBC],
    [[() => DBCluster$, 0]]
];
var StopDBInstanceAutomatedBackupsReplicationMessage$ = [3, n0, _SDBIABRMt,
    0,
    [_SDBIA],
    [0], 1
];
var StopDBInstanceAutomatedBackupsReplicationResult$ = [3, n0, _SDBIABRRt,
    0,
    [_DBIAB],
    [[() => DBInstanceAutomatedBackup$, 0]]
];
var StopDBInstanceMessage$ = [3, n0, _SDBIMt,
    0,
    [_DBII, _DBSIn, _DFDBCR],
    [0, 0, 2], 1
];
var StopDBInstanceResult$ = [3, n0, _SDBIRt,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var Subnet$ = [3, n0, _Sub,
    0,
    [_SIubn, _SAZu, _SO, _SSu],
    [0, () => AvailabilityZone$, () => Outpost$, 0]
];
var SupportedEngineLifecycle$ = [3, n0, _SELu,
    0,
    [_LSN, _LSSD, _LSED],
    [0, 4, 4], 3
];
var SwitchoverBlueGreenDeploymentRequest$ = [3, n0, _SBGDR,
    0,
    [_BGDI, _STw],
    [0, 1], 1
];
var SwitchoverBlueGreenDeploymentResponse$ = [3, n0, _SBGDRw,
    0,
    [_BGD],
    [[() => BlueGreenDeployment$, 0]]
];
var SwitchoverDetail$ = [3, n0, _SDw,
    0,
    [_SMo, _TM, _St],
    [0, 0, 0]
];
var SwitchoverGlobalClusterMessage$ = [3, n0, _SGCM,
    0,
    [_GCI, _TDCI],
    [0, 0], 2
];
var SwitchoverGlobalClusterResult$ = [3, n0, _SGCR,
    0,
    [_GC],
    [[() => GlobalCluster$, 0]]
];
var SwitchoverReadReplicaMessage$ = [3, n0, _SRRM,
    0,
    [_DBII],
    [0], 1
];
var SwitchoverReadReplicaResult$ = [3, n0, _SRRR,
    0,
    [_DBI],
    [[() => DBInstance$, 0]]
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0]
];
var TagListMessage$ = [3, n0, _TLM,
    0,
    [_TL],
    [[() => TagList, 0]]
];
var TagSpecification$ = [3, n0, _TSa,
    0,
    [_RTes, _T],
    [0, [() => TagList, 0]]
];
var TargetHealth$ = [3, n0, _TH,
    0,
    [_Sta, _Rea, _D],
    [0, 0, 0]
];
var TargetResourceConfiguration$ = [3, n0, _TRCa,
    0,
    [_SA, _TKKI],
    [0, 0], 1
];
var TenantDatabase$ = [3, n0, _TD,
    0,
    [_TDCT, _DBII, _TDBN, _St, _MU, _DRI, _TDRI, _TDARN, _CSN, _NCSN, _DP, _PMV, _MUS, _TL],
    [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, [() => TenantDatabasePendingModifiedValues$, 0], () => MasterUserSecret$, [() => TagList, 0]]
];
var TenantDatabasePendingModifiedValues$ = [3, n0, _TDPMV,
    0,
    [_MUP, _TDBN],
    [[() => SensitiveString, 0], 0]
];
var TenantDatabasesMessage$ = [3, n0, _TDM,
    0,
    [_Ma, _TDe],
    [0, [() => TenantDatabasesList, 0]]
];
var Timezone$ = [3, n0, _Ti,
    0,
    [_TN],
    [0]
];
var UpgradeTarget$ = [3, n0, _UTp,
    0,
    [_E, _EV, _D, _AU, _IMVU, _SEM, _SPQ, _SGD, _SB, _SLD, _SLWF, _SIup],
    [0, 0, 0, 2, 2, 64 | 0, 2, 2, 2, 2, 2, 2]
];
var UserAuthConfig$ = [3, n0, _UAC,
    0,
    [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
    [0, 0, 0, 0, 0, 0]
];
var UserAuthConfigInfo$ = [3, n0, _UACI,
    0,
    [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
    [0, 0, 0, 0, 0, 0]
];
var ValidAdditionalStorageOptions$ = [3, n0, _VASO,
    0,
    [_SASV, _Vo],
    [2, [() => ValidVolumeOptionsList, 0]]
];
var ValidDBInstanceModificationsMessage$ = [3, n0, _VDBIMM,
    0,
    [_Sto, _VPF, _SDLV, _ASd],
    [[() => ValidStorageOptionsList, 0], [() => AvailableProcessorFeatureList, 0], 2, [() => ValidAdditionalStorageOptions$, 0]]
];
var ValidStorageOptions$ = [3, n0, _VSO,
    0,
    [_STt, _SSt, _PI, _ITSR, _PST, _STTIR, _SSA],
    [0, [() => RangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], 2]
];
var ValidVolumeOptions$ = [3, n0, _VVO,
    0,
    [_VN, _Sto],
    [0, [() => ValidStorageOptionsList, 0]]
];
var VpcSecurityGroupMembership$ = [3, n0, _VSGMp,
    0,
    [_VSGIp, _St],
    [0, 0]
];
var __Unit = "unit";
var AccountQuotaList = [1, n0, _AQL,
    0, [() => AccountQuota$,
        { [_xN]: _AQc }]
];
var ActivityStreamModeList = (/* unused pure expression or super */ null && (64 | 0));
var AdditionalStorageVolumesList = [1, n0, _ASVL,
    0, () => AdditionalStorageVolume$
];
var AdditionalStorageVolumesOutputList = [1, n0, _ASVOL,
    0, () => AdditionalStorageVolumeOutput$
];
var AttributeValueList = [1, n0, _AVL,
    0, [0,
        { [_xN]: _AVtt }]
];
var AvailabilityZoneList = [1, n0, _AZL,
    0, [() => AvailabilityZone$,
        { [_xN]: _AZ }]
];
var AvailabilityZones = [1, n0, _AZv,
    0, [0,
        { [_xN]: _AZ }]
];
var AvailableAdditionalStorageVolumesOptionList = [1, n0, _AASVOL,
    0, [() => AvailableAdditionalStorageVolumesOption$,
        { [_xN]: _AASVO }]
];
var AvailableCapacityPerAvailabilityZoneList = [1, n0, _ACPAZL,
    0, [() => AvailableCapacityPerAvailabilityZone$,
        { [_xN]: _ACPAZ }]
];
var AvailableProcessorFeatureList = [1, n0, _APFL,
    0, [() => AvailableProcessorFeature$,
        { [_xN]: _APF }]
];
var BlueGreenDeploymentList = [1, n0, _BGDL,
    0, [() => BlueGreenDeployment$,
        0]
];
var BlueGreenDeploymentTaskList = [1, n0, _BGDTL,
    0, () => BlueGreenDeploymentTask$
];
var CACertificateIdentifiersList = (/* unused pure expression or super */ null && (64 | 0));
var CertificateList = [1, n0, _CL,
    0, [() => Certificate$,
        { [_xN]: _C }]
];
var ContextAttributeList = [1, n0, _CAL,
    0, () => ContextAttribute$
];
var DBCapacityReservationList = [1, n0, _DBCRL,
    0, [() => DBCapacityReservation$,
        0]
];
var DBClusterAssociatedRoles = [1, n0, _DBCARl,
    0, [() => DBClusterAssociatedRole$,
        { [_xN]: _DBCAR }]
];
var DBClusterAutomatedBackupList = [1, n0, _DBCABL,
    0, [() => DBClusterAutomatedBackup$,
        { [_xN]: _DBCAB }]
];
var DBClusterBacktrackList = [1, n0, _DBCBL,
    0, [() => DBClusterBacktrack$,
        { [_xN]: _DBCB }]
];
var DBClusterEndpointList = [1, n0, _DBCEL,
    0, [() => DBClusterEndpoint$,
        { [_xN]: _DBCEL }]
];
var DBClusterList = [1, n0, _DBCL,
    0, [() => DBCluster$,
        { [_xN]: _DBC }]
];
var DBClusterMemberList = [1, n0, _DBCML,
    0, [() => DBClusterMember$,
        { [_xN]: _DBCMl }]
];
var DBClusterOptionGroupMemberships = [1, n0, _DBCOGM,
    0, [() => DBClusterOptionGroupStatus$,
        { [_xN]: _DBCOG }]
];
var DBClusterParameterGroupList = [1, n0, _DBCPGL,
    0, [() => DBClusterParameterGroup$,
        { [_xN]: _DBCPG }]
];
var DBClusterRoles = [1, n0, _DBCRlu,
    0, [() => DBClusterRole$,
        { [_xN]: _DBCRl }]
];
var DBClusterSnapshotAttributeList = [1, n0, _DBCSAL,
    0, [() => DBClusterSnapshotAttribute$,
        { [_xN]: _DBCSAl }]
];
var DBClusterSnapshotList = [1, n0, _DBCSL,
    0, [() => DBClusterSnapshot$,
        { [_xN]: _DBCS }]
];
var DBClusterStatusInfoList = [1, n0, _DBCSIL,
    0, [() => DBClusterStatusInfo$,
        { [_xN]: _DBCSIl }]
];
var DBEngineVersionList = [1, n0, _DBEVL,
    0, [() => DBEngineVersion$,
        { [_xN]: _DBEV }]
];
var DBInstanceAutomatedBackupList = [1, n0, _DBIABL,
    0, [() => DBInstanceAutomatedBackup$,
        { [_xN]: _DBIAB }]
];
var DBInstanceAutomatedBackupsReplicationList = [1, n0, _DBIABRL,
    0, [() => DBInstanceAutomatedBackupsReplication$,
        { [_xN]: _DBIABRn }]
];
var DBInstanceList = [1, n0, _DBIL,
    0, [() => DBInstance$,
        { [_xN]: _DBI }]
];
var DBInstanceRoles = [1, n0, _DBIRn,
    0, [() => DBInstanceRole$,
        { [_xN]: _DBIR }]
];
var DBInstanceStatusInfoList = [1, n0, _DBISIL,
    0, [() => DBInstanceStatusInfo$,
        { [_xN]: _DBISI }]
];
var DBMajorEngineVersionsList = [1, n0, _DBMEVL,
    0, [() => DBMajorEngineVersion$,
        { [_xN]: _DBMEV }]
];
var DBParameterGroupList = [1, n0, _DBPGL,
    0, [() => DBParameterGroup$,
        { [_xN]: _DBPG }]
];
var DBParameterGroupStatusList = [1, n0, _DBPGSL,
    0, [() => DBParameterGroupStatus$,
        { [_xN]: _DBPG }]
];
var DBProxyEndpointList = [1, n0, _DBPEL,
    0, () => DBProxyEndpoint$
];
var DBProxyList = [1, n0, _DBPL,
    0, () => DBProxy$
];
var DBRecommendationList = [1, n0, _DBRL,
    0, () => DBRecommendation$
];
var DBSecurityGroupMembershipList = [1, n0, _DBSGML,
    0, [() => DBSecurityGroupMembership$,
        { [_xN]: _DBSG }]
];
var DBSecurityGroupNameList = [1, n0, _DBSGNL,
    0, [0,
        { [_xN]: _DBSGN }]
];
var DBSecurityGroups = [1, n0, _DBSGe,
    0, [() => DBSecurityGroup$,
        { [_xN]: _DBSG }]
];
var DBShardGroupsList = [1, n0, _DBSGL,
    0, [() => DBShardGroup$,
        { [_xN]: _DBSGh }]
];
var DBSnapshotAttributeList = [1, n0, _DBSAL,
    0, [() => DBSnapshotAttribute$,
        { [_xN]: _DBSAn }]
];
var DBSnapshotList = [1, n0, _DBSL,
    0, [() => DBSnapshot$,
        { [_xN]: _DBS }]
];
var DBSnapshotTenantDatabasesList = [1, n0, _DBSTDL,
    0, [() => DBSnapshotTenantDatabase$,
        { [_xN]: _DBSTD }]
];
var DBSubnetGroups = [1, n0, _DBSGub,
    0, [() => DBSubnetGroup$,
        { [_xN]: _DBSGu }]
];
var DescribeDBLogFilesList = [1, n0, _DDBLFL,
    0, [() => DescribeDBLogFilesDetails$,
        { [_xN]: _DDBLFD }]
];
var DocLinkList = [1, n0, _DLL,
    0, () => DocLink$
];
var DomainMembershipList = [1, n0, _DML,
    0, [() => DomainMembership$,
        { [_xN]: _DMo }]
];
var DoubleRangeList = [1, n0, _DRL,
    0, [() => DoubleRange$,
        { [_xN]: _DR }]
];
var EC2SecurityGroupList = [1, n0, _ECSGL,
    0, [() => EC2SecurityGroup$,
        { [_xN]: _ECSGe }]
];
var EngineModeList = (/* unused pure expression or super */ null && (64 | 0));
var EventCategoriesList = [1, n0, _ECL,
    0, [0,
        { [_xN]: _ECv }]
];
var EventCategoriesMapList = [1, n0, _ECML,
    0, [() => EventCategoriesMap$,
        { [_xN]: _ECM }]
];
var EventList = [1, n0, _EL,
    0, [() => Event$,
        { [_xN]: _Ev }]
];
var EventSubscriptionsList = [1, n0, _ESL,
    0, [() => EventSubscription$,
        { [_xN]: _ES }]
];
var ExportTasksList = [1, n0, _ETL,
    0, [() => ExportTask$,
        { [_xN]: _ETx }]
];
var FeatureNameList = (/* unused pure expression or super */ null && (64 | 0));
var FilterList = [1, n0, _FL,
    0, [() => Filter$,
        { [_xN]: _Fil }]
];
var FilterValueList = [1, n0, _FVL,
    0, [0,
        { [_xN]: _V }]
];
var GlobalClusterList = [1, n0, _GCL,
    0, [() => GlobalCluster$,
        { [_xN]: _GCMl }]
];
var GlobalClusterMemberList = [1, n0, _GCML,
    0, [() => GlobalClusterMember$,
        { [_xN]: _GCMl }]
];
var IntegrationErrorList = [1, n0, _IEL,
    0, [() => IntegrationError$,
        { [_xN]: _IE }]
];
var IntegrationList = [1, n0, _IL,
    0, [() => Integration$,
        { [_xN]: _Int }]
];
var IPRangeList = [1, n0, _IPRL,
    0, [() => IPRange$,
        { [_xN]: _IPRa }]
];
var KeyList = (/* unused pure expression or super */ null && (64 | 0));
var LogTypeList = (/* unused pure expression or super */ null && (64 | 0));
var MetricList = [1, n0, _ML,
    0, () => Metric$
];
var MetricReferenceList = [1, n0, _MRL,
    0, () => MetricReference$
];
var MinimumEngineVersionPerAllowedValueList = [1, n0, _MEVPAVL,
    0, [() => MinimumEngineVersionPerAllowedValue$,
        { [_xN]: _MEVPAV }]
];
var ModifyAdditionalStorageVolumesList = [1, n0, _MASVL,
    0, () => ModifyAdditionalStorageVolume$
];
var OptionConfigurationList = [1, n0, _OCL,
    0, [() => OptionConfiguration$,
        { [_xN]: _OC }]
];
var OptionGroupMembershipList = [1, n0, _OGML,
    0, [() => OptionGroupMembership$,
        { [_xN]: _OGMp }]
];
var OptionGroupOptionSettingsList = [1, n0, _OGOSL,
    0, [() => OptionGroupOptionSetting$,
        { [_xN]: _OGOSp }]
];
var OptionGroupOptionsList = [1, n0, _OGOL,
    0, [() => OptionGroupOption$,
        { [_xN]: _OGO }]
];
var OptionGroupOptionVersionsList = [1, n0, _OGOVL,
    0, [() => OptionVersion$,
        { [_xN]: _OV }]
];
var OptionGroupsList = [1, n0, _OGL,
    0, [() => OptionGroup$,
        { [_xN]: _OG }]
];
var OptionNamesList = (/* unused pure expression or super */ null && (64 | 0));
var OptionsConflictsWith = [1, n0, _OCW,
    0, [0,
        { [_xN]: _OCN }]
];
var OptionsDependedOn = [1, n0, _ODO,
    0, [0,
        { [_xN]: _ON }]
];
var OptionSettingConfigurationList = [1, n0, _OSCL,
    0, [() => OptionSetting$,
        { [_xN]: _OSp }]
];
var OptionSettingsList = [1, n0, _OSL,
    0, [() => OptionSetting$,
        { [_xN]: _OSp }]
];
var OptionsList = [1, n0, _OL,
    0, [() => Option$,
        { [_xN]: _O }]
];
var OrderableDBInstanceOptionsList = [1, n0, _ODBIOL,
    0, [() => OrderableDBInstanceOption$,
        { [_xN]: _ODBIO }]
];
var ParametersList = [1, n0, _PL,
    0, [() => Parameter$,
        { [_xN]: _Par }]
];
var PendingMaintenanceActionDetails = [1, n0, _PMAD,
    0, [() => PendingMaintenanceAction$,
        { [_xN]: _PMA }]
];
var PendingMaintenanceActions = [1, n0, _PMAe,
    0, [() => ResourcePendingMaintenanceActions$,
        { [_xN]: _RPMA }]
];
var ProcessorFeatureList = [1, n0, _PFL,
    0, [() => ProcessorFeature$,
        { [_xN]: _PFr }]
];
var RangeList = [1, n0, _RL,
    0, [() => Range$,
        { [_xN]: _Ra }]
];
var ReadersArnList = (/* unused pure expression or super */ null && (64 | 0));
var ReadReplicaDBClusterIdentifierList = [1, n0, _RRDBCIL,
    0, [0,
        { [_xN]: _RRDBCIe }]
];
var ReadReplicaDBInstanceIdentifierList = [1, n0, _RRDBIIL,
    0, [0,
        { [_xN]: _RRDBIIe }]
];
var ReadReplicaIdentifierList = [1, n0, _RRIL,
    0, [0,
        { [_xN]: _RRIe }]
];
var RecommendedActionList = [1, n0, _RAL,
    0, () => RecommendedAction$
];
var RecommendedActionParameterList = [1, n0, _RAPL,
    0, () => RecommendedActionParameter$
];
var RecommendedActionUpdateList = [1, n0, _RAUL,
    0, () => RecommendedActionUpdate$
];
var RecurringChargeList = [1, n0, _RCL,
    0, [() => RecurringCharge$,
        { [_xN]: _RC }]
];
var ReservedDBInstanceList = [1, n0, _RDBIL,
    0, [() => ReservedDBInstance$,
        { [_xN]: _RDBI }]
];
var ReservedDBInstancesOfferingList = [1, n0, _RDBIOL,
    0, [() => ReservedDBInstancesOffering$,
        { [_xN]: _RDBIO }]
];
var ServerlessV2PlatformVersionList = [1, n0, _SVPVL,
    0, () => ServerlessV2PlatformVersionInfo$
];
var SourceIdsList = [1, n0, _SIL,
    0, [0,
        { [_xN]: _SIou }]
];
var SourceRegionList = [1, n0, _SRL,
    0, [() => SourceRegion$,
        { [_xN]: _SR }]
];
var StringList = (/* unused pure expression or super */ null && (64 | 0));
var SubnetIdentifierList = [1, n0, _SILu,
    0, [0,
        { [_xN]: _SIubn }]
];
var SubnetList = [1, n0, _SL,
    0, [() => Subnet$,
        { [_xN]: _Sub }]
];
var SupportedCharacterSetsList = [1, n0, _SCSL,
    0, [() => CharacterSet$,
        { [_xN]: _CS }]
];
var SupportedEngineLifecycleList = [1, n0, _SELL,
    0, [() => SupportedEngineLifecycle$,
        { [_xN]: _SELu }]
];
var SupportedTimezonesList = [1, n0, _STL,
    0, [() => Timezone$,
        { [_xN]: _Ti }]
];
var SwitchoverDetailList = [1, n0, _SDL,
    0, () => SwitchoverDetail$
];
var TagList = [1, n0, _TL,
    0, [() => Tag$,
        { [_xN]: _Tag }]
];
var TagSpecificationList = [1, n0, _TSL,
    0, [() => TagSpecification$,
        { [_xN]: _i }]
];
var TargetGroupList = [1, n0, _TGL,
    0, [() => DBProxyTargetGroup$,
        0]
];
var TargetList = [1, n0, _TLa,
    0, () => DBProxyTarget$
];
var TargetResourceConfigurationList = [1, n0, _TRCL,
    0, [() => TargetResourceConfiguration$,
        { [_xN]: _TRCa }]
];
var TenantDatabasesList = [1, n0, _TDL,
    0, [() => TenantDatabase$,
        { [_xN]: _TD }]
];
var UserAuthConfigInfoList = [1, n0, _UACIL,
    0, () => UserAuthConfigInfo$
];
var UserAuthConfigList = [1, n0, _UACL,
    0, () => UserAuthConfig$
];
var ValidStorageOptionsList = [1, n0, _VSOL,
    0, [() => ValidStorageOptions$,
        { [_xN]: _VSO }]
];
var ValidUpgradeTargetList = [1, n0, _VUTL,
    0, [() => UpgradeTarget$,
        { [_xN]: _UTp }]
];
var ValidVolumeOptionsList = [1, n0, _VVOL,
    0, [() => ValidVolumeOptions$,
        0]
];
var VpcSecurityGroupIdList = [1, n0, _VSGIL,
    0, [0,
        { [_xN]: _VSGIp }]
];
var VpcSecurityGroupMembershipList = [1, n0, _VSGML,
    0, [() => VpcSecurityGroupMembership$,
        { [_xN]: _VSGMp }]
];
var EncryptionContextMap = (/* unused pure expression or super */ null && (128 | 0));
var AddRoleToDBCluster$ = [9, n0, _ARTDBC,
    0, () => AddRoleToDBClusterMessage$, () => __Unit
];
var AddRoleToDBInstance$ = [9, n0, _ARTDBI,
    0, () => AddRoleToDBInstanceMessage$, () => __Unit
];
var AddSourceIdentifierToSubscription$ = [9, n0, _ASITS,
    0, () => AddSourceIdentifierToSubscriptionMessage$, () => AddSourceIdentifierToSubscriptionResult$
];
var AddTagsToResource$ = [9, n0, _ATTR,
    0, () => AddTagsToResourceMessage$, () => __Unit
];
var ApplyPendingMaintenanceAction$ = [9, n0, _APMA,
    0, () => ApplyPendingMaintenanceActionMessage$, () => ApplyPendingMaintenanceActionResult$
];
var AuthorizeDBSecurityGroupIngress$ = [9, n0, _ADBSGI,
    0, () => AuthorizeDBSecurityGroupIngressMessage$, () => AuthorizeDBSecurityGroupIngressResult$
];
var BacktrackDBCluster$ = [9, n0, _BDBC,
    0, () => BacktrackDBClusterMessage$, () => DBClusterBacktrack$
];
var CancelDBCapacityReservation$ = [9, n0, _CDBCRa,
    0, () => CancelDBCapacityReservationRequest$, () => CancelDBCapacityReservationResponse$
];
var CancelExportTask$ = [9, n0, _CETa,
    0, () => CancelExportTaskMessage$, () => ExportTask$
];
var CopyDBClusterParameterGroup$ = [9, n0, _CDBCPG,
    0, () => CopyDBClusterParameterGroupMessage$, () => CopyDBClusterParameterGroupResult$
];
var CopyDBClusterSnapshot$ = [9, n0, _CDBCS,
    0, () => CopyDBClusterSnapshotMessage$, () => CopyDBClusterSnapshotResult$
];
var CopyDBParameterGroup$ = [9, n0, _CDBPG,
    0, () => CopyDBParameterGroupMessage$, () => CopyDBParameterGroupResult$
];
var CopyDBSnapshot$ = [9, n0, _CDBS,
    0, () => CopyDBSnapshotMessage$, () => CopyDBSnapshotResult$
];
var CopyOptionGroup$ = [9, n0, _COG,
    0, () => CopyOptionGroupMessage$, () => CopyOptionGroupResult$
];
var CreateBlueGreenDeployment$ = [9, n0, _CBGD,
    0, () => CreateBlueGreenDeploymentRequest$, () => CreateBlueGreenDeploymentResponse$
];
var CreateCustomDBEngineVersion$ = [9, n0, _CCDBEV,
    0, () => CreateCustomDBEngineVersionMessage$, () => DBEngineVersion$
];
var CreateDBCapacityReservation$ = [9, n0, _CDBCRr,
    0, () => CreateDBCapacityReservationRequest$, () => CreateDBCapacityReservationResponse$
];
var CreateDBCluster$ = [9, n0, _CDBC,
    0, () => CreateDBClusterMessage$, () => CreateDBClusterResult$
];
var CreateDBClusterEndpoint$ = [9, n0, _CDBCE,
    0, () => CreateDBClusterEndpointMessage$, () => DBClusterEndpoint$
];
var CreateDBClusterParameterGroup$ = [9, n0, _CDBCPGr,
    0, () => CreateDBClusterParameterGroupMessage$, () => CreateDBClusterParameterGroupResult$
];
var CreateDBClusterSnapshot$ = [9, n0, _CDBCSr,
    0, () => CreateDBClusterSnapshotMessage$, () => CreateDBClusterSnapshotResult$
];
var CreateDBInstance$ = [9, n0, _CDBI,
    0, () => CreateDBInstanceMessage$, () => CreateDBInstanceResult$
];
var CreateDBInstanceReadReplica$ = [9, n0, _CDBIRR,
    0, () => CreateDBInstanceReadReplicaMessage$, () => CreateDBInstanceReadReplicaResult$
];
var CreateDBParameterGroup$ = [9, n0, _CDBPGr,
    0, () => CreateDBParameterGroupMessage$, () => CreateDBParameterGroupResult$
];
var CreateDBProxy$ = [9, n0, _CDBP,
    0, () => CreateDBProxyRequest$, () => CreateDBProxyResponse$
];
var CreateDBProxyEndpoint$ = [9, n0, _CDBPE,
    0, () => CreateDBProxyEndpointRequest$, () => CreateDBProxyEndpointResponse$
];
var CreateDBSecurityGroup$ = [9, n0, _CDBSG,
    0, () => CreateDBSecurityGroupMessage$, () => CreateDBSecurityGroupResult$
];
var CreateDBShardGroup$ = [9, n0, _CDBSGr,
    0, () => CreateDBShardGroupMessage$, () => DBShardGroup$
];
var CreateDBSnapshot$ = [9, n0, _CDBSr,
    0, () => CreateDBSnapshotMessage$, () => CreateDBSnapshotResult$
];
var CreateDBSubnetGroup$ = [9, n0, _CDBSGre,
    0, () => CreateDBSubnetGroupMessage$, () => CreateDBSubnetGroupResult$
];
var CreateEventSubscription$ = [9, n0, _CES,
    0, () => CreateEventSubscriptionMessage$, () => CreateEventSubscriptionResult$
];
var CreateGlobalCluster$ = [9, n0, _CGC,
    0, () => CreateGlobalClusterMessage$, () => CreateGlobalClusterResult$
];
var CreateIntegration$ = [9, n0, _CIr,
    0, () => CreateIntegrationMessage$, () => Integration$
];
var CreateOptionGroup$ = [9, n0, _COGr,
    0, () => CreateOptionGroupMessage$, () => CreateOptionGroupResult$
];
var CreateTenantDatabase$ = [9, n0, _CTD,
    0, () => CreateTenantDatabaseMessage$, () => CreateTenantDatabaseResult$
];
var DeleteBlueGreenDeployment$ = [9, n0, _DBGD,
    0, () => DeleteBlueGreenDeploymentRequest$, () => DeleteBlueGreenDeploymentResponse$
];
var DeleteCustomDBEngineVersion$ = [9, n0, _DCDBEV,
    0, () => DeleteCustomDBEngineVersionMessage$, () => DBEngineVersion$
];
var DeleteDBCluster$ = [9, n0, _DDBC,
    0, () => DeleteDBClusterMessage$, () => DeleteDBClusterResult$
];
var DeleteDBClusterAutomatedBackup$ = [9, n0, _DDBCAB,
    0, () => DeleteDBClusterAutomatedBackupMessage$, () => DeleteDBClusterAutomatedBackupResult$
];
var DeleteDBClusterEndpoint$ = [9, n0, _DDBCE,
    0, () => DeleteDBClusterEndpointMessage$, () => DBClusterEndpoint$
];
var DeleteDBClusterParameterGroup$ = [9, n0, _DDBCPG,
    0, () => DeleteDBClusterParameterGroupMessage$, () => __Unit
];
var DeleteDBClusterSnapshot$ = [9, n0, _DDBCS,
    0, () => DeleteDBClusterSnapshotMessage$, () => DeleteDBClusterSnapshotResult$
];
var DeleteDBInstance$ = [9, n0, _DDBI,
    0, () => DeleteDBInstanceMessage$, () => DeleteDBInstanceResult$
];
var DeleteDBInstanceAutomatedBackup$ = [9, n0, _DDBIAB,
    0, () => DeleteDBInstanceAutomatedBackupMessage$, () => DeleteDBInstanceAutomatedBackupResult$
];
var DeleteDBParameterGroup$ = [9, n0, _DDBPG,
    0, () => DeleteDBParameterGroupMessage$, () => __Unit
];
var DeleteDBProxy$ = [9, n0, _DDBP,
    0, () => DeleteDBProxyRequest$, () => DeleteDBProxyResponse$
];
var DeleteDBProxyEndpoint$ = [9, n0, _DDBPE,
    0, () => DeleteDBProxyEndpointRequest$, () => DeleteDBProxyEndpointResponse$
];
var DeleteDBSecurityGroup$ = [9, n0, _DDBSG,
    0, () => DeleteDBSecurityGroupMessage$, () => __Unit
];
var DeleteDBShardGroup$ = [9, n0, _DDBSGe,
    0, () => DeleteDBShardGroupMessage$, () => DBShardGroup$
];
var DeleteDBSnapshot$ = [9, n0, _DDBS,
    0, () => DeleteDBSnapshotMessage$, () => DeleteDBSnapshotResult$
];
var DeleteDBSubnetGroup$ = [9, n0, _DDBSGel,
    0, () => DeleteDBSubnetGroupMessage$, () => __Unit
];
var DeleteEventSubscription$ = [9, n0, _DES,
    0, () => DeleteEventSubscriptionMessage$, () => DeleteEventSubscriptionResult$
];
var DeleteGlobalCluster$ = [9, n0, _DGC,
    0, () => DeleteGlobalClusterMessage$, () => DeleteGlobalClusterResult$
];
var DeleteIntegration$ = [9, n0, _DIe,
    0, () => DeleteIntegrationMessage$, () => Integration$
];
var DeleteOptionGroup$ = [9, n0, _DOG,
    0, () => DeleteOptionGroupMessage$, () => __Unit
];
var DeleteTenantDatabase$ = [9, n0, _DTD,
    0, () => DeleteTenantDatabaseMessage$, () => DeleteTenantDatabaseResult$
];
var DeregisterDBProxyTargets$ = [9, n0, _DDBPT,
    0, () => DeregisterDBProxyTargetsRequest$, () => DeregisterDBProxyTargetsResponse$
];
var DescribeAccountAttributes$ = [9, n0, _DAA,
    0, () => DescribeAccountAttributesMessage$, () => AccountAttributesMessage$
];
var DescribeBlueGreenDeployments$ = [9, n0, _DBGDe,
    0, () => DescribeBlueGreenDeploymentsRequest$, () => DescribeBlueGreenDeploymentsResponse$
];
var DescribeCertificates$ = [9, n0, _DC,
    0, () => DescribeCertificatesMessage$, () => CertificateMessage$
];
var DescribeDBCapacityReservations$ = [9, n0, _DDBCRe,
    0, () => DescribeDBCapacityReservationsRequest$, () => DescribeDBCapacityReservationsResponse$
];
var DescribeDBClusterAutomatedBackups$ = [9, n0, _DDBCABe,
    0, () => DescribeDBClusterAutomatedBackupsMessage$, () => DBClusterAutomatedBackupMessage$
];
var DescribeDBClusterBacktracks$ = [9, n0, _DDBCB,
    0, () => DescribeDBClusterBacktracksMessage$, () => DBClusterBacktrackMessage$
];
var DescribeDBClusterEndpoints$ = [9, n0, _DDBCEe,
    0, () => DescribeDBClusterEndpointsMessage$, () => DBClusterEndpointMessage$
];
var DescribeDBClusterParameterGroups$ = [9, n0, _DDBCPGe,
    0, () => DescribeDBClusterParameterGroupsMessage$, () => DBClusterParameterGroupsMessage$
];
var DescribeDBClusterParameters$ = [9, n0, _DDBCP,
    0, () => DescribeDBClusterParametersMessage$, () => DBClusterParameterGroupDetails$
];
var DescribeDBClusters$ = [9, n0, _DDBCe,
    0, () => DescribeDBClustersMessage$, () => DBClusterMessage$
];
var DescribeDBClusterSnapshotAttributes$ = [9, n0, _DDBCSA,
    0, () => DescribeDBClusterSnapshotAttributesMessage$, () => DescribeDBClusterSnapshotAttributesResult$
];
var DescribeDBClusterSnapshots$ = [9, n0, _DDBCSe,
    0, () => DescribeDBClusterSnapshotsMessage$, () => DBClusterSnapshotMessage$
];
var DescribeDBEngineVersions$ = [9, n0, _DDBEV,
    0, () => DescribeDBEngineVersionsMessage$, () => DBEngineVersionMessage$
];
var DescribeDBInstanceAutomatedBackups$ = [9, n0, _DDBIABe,
    0, () => DescribeDBInstanceAutomatedBackupsMessage$, () => DBInstanceAutomatedBackupMessage$
];
var DescribeDBInstances$ = [9, n0, _DDBIe,
    0, () => DescribeDBInstancesMessage$, () => DBInstanceMessage$
];
var DescribeDBLogFiles$ = [9, n0, _DDBLF,
    0, () => DescribeDBLogFilesMessage$, () => DescribeDBLogFilesResponse$
];
var DescribeDBMajorEngineVersions$ = [9, n0, _DDBMEV,
    0, () => DescribeDBMajorEngineVersionsRequest$, () => DescribeDBMajorEngineVersionsResponse$
];
var DescribeDBParameterGroups$ = [9, n0, _DDBPGe,
    0, () => DescribeDBParameterGroupsMessage$, () => DBParameterGroupsMessage$
];
var DescribeDBParameters$ = [9, n0, _DDBPe,
    0, () => DescribeDBParametersMessage$, () => DBParameterGroupDetails$
];
var DescribeDBProxies$ = [9, n0, _DDBPes,
    0, () => DescribeDBProxiesRequest$, () => DescribeDBProxiesResponse$
];
var DescribeDBProxyEndpoints$ = [9, n0, _DDBPEe,
    0, () => DescribeDBProxyEndpointsRequest$, () => DescribeDBProxyEndpointsResponse$
];
var DescribeDBProxyTargetGroups$ = [9, n0, _DDBPTG,
    0, () => DescribeDBProxyTargetGroupsRequest$, () => DescribeDBProxyTargetGroupsResponse$
];
var DescribeDBProxyTargets$ = [9, n0, _DDBPTe,
    0, () => DescribeDBProxyTargetsRequest$, () => DescribeDBProxyTargetsResponse$
];
var DescribeDBRecommendations$ = [9, n0, _DDBR,
    0, () => DescribeDBRecommendationsMessage$, () => DBRecommendationsMessage$
];
var DescribeDBSecurityGroups$ = [9, n0, _DDBSGes,
    0, () => DescribeDBSecurityGroupsMessage$, () => DBSecurityGroupMessage$
];
var DescribeDBShardGroups$ = [9, n0, _DDBSGesc,
    0, () => DescribeDBShardGroupsMessage$, () => DescribeDBShardGroupsResponse$
];
var DescribeDBSnapshotAttributes$ = [9, n0, _DDBSA,
    0, () => DescribeDBSnapshotAttributesMessage$, () => DescribeDBSnapshotAttributesResult$
];
var DescribeDBSnapshots$ = [9, n0, _DDBSe,
    0, () => DescribeDBSnapshotsMessage$, () => DBSnapshotMessage$
];
var DescribeDBSnapshotTenantDatabases$ = [9, n0, _DDBSTD,
    0, () => DescribeDBSnapshotTenantDatabasesMessage$, () => DBSnapshotTenantDatabasesMessage$
];
var DescribeDBSubnetGroups$ = [9, n0, _DDBSGescr,
    0, () => DescribeDBSubnetGroupsMessage$, () => DBSubnetGroupMessage$
];
var DescribeEngineDefaultClusterParameters$ = [9, n0, _DEDCP,
    0, () => DescribeEngineDefaultClusterParametersMessage$, () => DescribeEngineDefaultClusterParametersResult$
];
var DescribeEngineDefaultParameters$ = [9, n0, _DEDP,
    0, () => DescribeEngineDefaultParametersMessage$, () => DescribeEngineDefaultParametersResult$
];
var DescribeEventCategories$ = [9, n0, _DEC,
    0, () => DescribeEventCategoriesMessage$, () => EventCategoriesMessage$
];
var DescribeEvents$ = [9, n0, _DE,
    0, () => DescribeEventsMessage$, () => EventsMessage$
];
var DescribeEventSubscriptions$ = [9, n0, _DESe,
    0, () => DescribeEventSubscriptionsMessage$, () => EventSubscriptionsMessage$
];
var DescribeExportTasks$ = [9, n0, _DET,
    0, () => DescribeExportTasksMessage$, () => ExportTasksMessage$
];
var DescribeGlobalClusters$ = [9, n0, _DGCe,
    0, () => DescribeGlobalClustersMessage$, () => GlobalClustersMessage$
];
var DescribeIntegrations$ = [9, n0, _DIes,
    0, () => DescribeIntegrationsMessage$, () => DescribeIntegrationsResponse$
];
var DescribeOptionGroupOptions$ = [9, n0, _DOGO,
    0, () => DescribeOptionGroupOptionsMessage$, () => OptionGroupOptionsMessage$
];
var DescribeOptionGroups$ = [9, n0, _DOGe,
    0, () => DescribeOptionGroupsMessage$, () => OptionGroups$
];
var DescribeOrderableDBInstanceOptions$ = [9, n0, _DODBIO,
    0, () => DescribeOrderableDBInstanceOptionsMessage$, () => OrderableDBInstanceOptionsMessage$
];
var DescribePendingMaintenanceActions$ = [9, n0, _DPMA,
    0, () => DescribePendingMaintenanceActionsMessage$, () => PendingMaintenanceActionsMessage$
];
var DescribeReservedDBInstances$ = [9, n0, _DRDBI,
    0, () => DescribeReservedDBInstancesMessage$, () => ReservedDBInstanceMessage$
];
var DescribeReservedDBInstancesOfferings$ = [9, n0, _DRDBIO,
    0, () => DescribeReservedDBInstancesOfferingsMessage$, () => ReservedDBInstancesOfferingMessage$
];
var DescribeServerlessV2PlatformVersions$ = [9, n0, _DSVPV,
    0, () => DescribeServerlessV2PlatformVersionsMessage$, () => ServerlessV2PlatformVersionsMessage$
];
var DescribeSourceRegions$ = [9, n0, _DSR,
    0, () => DescribeSourceRegionsMessage$, () => SourceRegionMessage$
];
var DescribeTenantDatabases$ = [9, n0, _DTDe,
    0, () => DescribeTenantDatabasesMessage$, () => TenantDatabasesMessage$
];
var DescribeValidDBInstanceModifications$ = [9, n0, _DVDBIM,
    0, () => DescribeValidDBInstanceModificationsMessage$, () => DescribeValidDBInstanceModificationsResult$
];
var DisableHttpEndpoint$ = [9, n0, _DHE,
    0, () => DisableHttpEndpointRequest$, () => DisableHttpEndpointResponse$
];
var DownloadDBLogFilePortion$ = [9, n0, _DDBLFP,
    0, () => DownloadDBLogFilePortionMessage$, () => DownloadDBLogFilePortionDetails$
];
var EnableHttpEndpoint$ = [9, n0, _EHE,
    0, () => EnableHttpEndpointRequest$, () => EnableHttpEndpointResponse$
];
var FailoverDBCluster$ = [9, n0, _FDBC,
    0, () => FailoverDBClusterMessage$, () => FailoverDBClusterResult$
];
var FailoverGlobalCluster$ = [9, n0, _FGC,
    0, () => FailoverGlobalClusterMessage$, () => FailoverGlobalClusterResult$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceMessage$, () => TagListMessage$
];
var ModifyActivityStream$ = [9, n0, _MASo,
    0, () => ModifyActivityStreamRequest$, () => ModifyActivityStreamResponse$
];
var ModifyCertificates$ = [9, n0, _MCo,
    0, () => ModifyCertificatesMessage$, () => ModifyCertificatesResult$
];
var ModifyCurrentDBClusterCapacity$ = [9, n0, _MCDBCC,
    0, () => ModifyCurrentDBClusterCapacityMessage$, () => DBClusterCapacityInfo$
];
var ModifyCustomDBEngineVersion$ = [9, n0, _MCDBEV,
    0, () => ModifyCustomDBEngineVersionMessage$, () => DBEngineVersion$
];
var ModifyDBCapacityReservation$ = [9, n0, _MDBCRo,
    0, () => ModifyDBCapacityReservationRequest$, () => ModifyDBCapacityReservationResponse$
];
var ModifyDBCluster$ = [9, n0, _MDBC,
    0, () => ModifyDBClusterMessage$, () => ModifyDBClusterResult$
];
var ModifyDBClusterEndpoint$ = [9, n0, _MDBCE,
    0, () => ModifyDBClusterEndpointMessage$, () => DBClusterEndpoint$
];
var ModifyDBClusterParameterGroup$ = [9, n0, _MDBCPG,
    0, () => ModifyDBClusterParameterGroupMessage$, () => DBClusterParameterGroupNameMessage$
];
var ModifyDBClusterSnapshotAttribute$ = [9, n0, _MDBCSA,
    0, () => ModifyDBClusterSnapshotAttributeMessage$, () => ModifyDBClusterSnapshotAttributeResult$
];
var ModifyDBInstance$ = [9, n0, _MDBI,
    0, () => ModifyDBInstanceMessage$, () => ModifyDBInstanceResult$
];
var ModifyDBParameterGroup$ = [9, n0, _MDBPG,
    0, () => ModifyDBParameterGroupMessage$, () => DBParameterGroupNameMessage$
];
var ModifyDBProxy$ = [9, n0, _MDBP,
    0, () => ModifyDBProxyRequest$, () => ModifyDBProxyResponse$
];
var ModifyDBProxyEndpoint$ = [9, n0, _MDBPE,
    0, () => ModifyDBProxyEndpointRequest$, () => ModifyDBProxyEndpointResponse$
];
var ModifyDBProxyTargetGroup$ = [9, n0, _MDBPTG,
    0, () => ModifyDBProxyTargetGroupRequest$, () => ModifyDBProxyTargetGroupResponse$
];
var ModifyDBRecommendation$ = [9, n0, _MDBR,
    0, () => ModifyDBRecommendationMessage$, () => DBRecommendationMessage$
];
var ModifyDBShardGroup$ = [9, n0, _MDBSG,
    0, () => ModifyDBShardGroupMessage$, () => DBShardGroup$
];
var ModifyDBSnapshot$ = [9, n0, _MDBS,
    0, () => ModifyDBSnapshotMessage$, () => ModifyDBSnapshotResult$
];
var ModifyDBSnapshotAttribute$ = [9, n0, _MDBSA,
    0, () => ModifyDBSnapshotAttributeMessage$, () => ModifyDBSnapshotAttributeResult$
];
var ModifyDBSubnetGroup$ = [9, n0, _MDBSGo,
    0, () => ModifyDBSubnetGroupMessage$, () => ModifyDBSubnetGroupResult$
];
var ModifyEventSubscription$ = [9, n0, _MES,
    0, () => ModifyEventSubscriptionMessage$, () => ModifyEventSubscriptionResult$
];
var ModifyGlobalCluster$ = [9, n0, _MGC,
    0, () => ModifyGlobalClusterMessage$, () => ModifyGlobalClusterResult$
];
var ModifyIntegration$ = [9, n0, _MIod,
    0, () => ModifyIntegrationMessage$, () => Integration$
];
var ModifyOptionGroup$ = [9, n0, _MOG,
    0, () => ModifyOptionGroupMessage$, () => ModifyOptionGroupResult$
];
var ModifyTenantDatabase$ = [9, n0, _MTD,
    0, () => ModifyTenantDatabaseMessage$, () => ModifyTenantDatabaseResult$
];
var PromoteReadReplica$ = [9, n0, _PRR,
    0, () => PromoteReadReplicaMessage$, () => PromoteReadReplicaResult$
];
var PromoteReadReplicaDBCluster$ = [9, n0, _PRRDBC,
    0, () => PromoteReadReplicaDBClusterMessage$, () => PromoteReadReplicaDBClusterResult$
];
var PurchaseReservedDBInstancesOffering$ = [9, n0, _PRDBIO,
    0, () => PurchaseReservedDBInstancesOfferingMessage$, () => PurchaseReservedDBInstancesOfferingResult$
];
var RebootDBCluster$ = [9, n0, _RDBC,
    0, () => RebootDBClusterMessage$, () => RebootDBClusterResult$
];
var RebootDBInstance$ = [9, n0, _RDBIeb,
    0, () => RebootDBInstanceMessage$, () => RebootDBInstanceResult$
];
var RebootDBShardGroup$ = [9, n0, _RDBSG,
    0, () => RebootDBShardGroupMessage$, () => DBShardGroup$
];
var RegisterDBProxyTargets$ = [9, n0, _RDBPT,
    0, () => RegisterDBProxyTargetsRequest$, () => RegisterDBProxyTargetsResponse$
];
var RemoveFromGlobalCluster$ = [9, n0, _RFGC,
    0, () => RemoveFromGlobalClusterMessage$, () => RemoveFromGlobalClusterResult$
];
var RemoveRoleFromDBCluster$ = [9, n0, _RRFDBC,
    0, () => RemoveRoleFromDBClusterMessage$, () => __Unit
];
var RemoveRoleFromDBInstance$ = [9, n0, _RRFDBI,
    0, () => RemoveRoleFromDBInstanceMessage$, () => __Unit
];
var RemoveSourceIdentifierFromSubscription$ = [9, n0, _RSIFS,
    0, () => RemoveSourceIdentifierFromSubscriptionMessage$, () => RemoveSourceIdentifierFromSubscriptionResult$
];
var RemoveTagsFromResource$ = [9, n0, _RTFR,
    0, () => RemoveTagsFromResourceMessage$, () => __Unit
];
var ResetDBClusterParameterGroup$ = [9, n0, _RDBCPG,
    0, () => ResetDBClusterParameterGroupMessage$, () => DBClusterParameterGroupNameMessage$
];
var ResetDBParameterGroup$ = [9, n0, _RDBPG,
    0, () => ResetDBParameterGroupMessage$, () => DBParameterGroupNameMessage$
];
var RestoreDBClusterFromS3$ = [9, n0, _RDBCFS,
    0, () => RestoreDBClusterFromS3Message$, () => RestoreDBClusterFromS3Result$
];
var RestoreDBClusterFromSnapshot$ = [9, n0, _RDBCFSe,
    0, () => RestoreDBClusterFromSnapshotMessage$, () => RestoreDBClusterFromSnapshotResult$
];
var RestoreDBClusterToPointInTime$ = [9, n0, _RDBCTPIT,
    0, () => RestoreDBClusterToPointInTimeMessage$, () => RestoreDBClusterToPointInTimeResult$
];
var RestoreDBInstanceFromDBSnapshot$ = [9, n0, _RDBIFDBS,
    0, () => RestoreDBInstanceFromDBSnapshotMessage$, () => RestoreDBInstanceFromDBSnapshotResult$
];
var RestoreDBInstanceFromS3$ = [9, n0, _RDBIFS,
    0, () => RestoreDBInstanceFromS3Message$, () => RestoreDBInstanceFromS3Result$
];
var RestoreDBInstanceToPointInTime$ = [9, n0, _RDBITPIT,
    0, () => RestoreDBInstanceToPointInTimeMessage$, () => RestoreDBInstanceToPointInTimeResult$
];
var RevokeDBSecurityGroupIngress$ = [9, n0, _RDBSGI,
    0, () => RevokeDBSecurityGroupIngressMessage$, () => RevokeDBSecurityGroupIngressResult$
];
var StartActivityStream$ = [9, n0, _SAS,
    0, () => StartActivityStreamRequest$, () => StartActivityStreamResponse$
];
var StartDBCluster$ = [9, n0, _SDBC,
    0, () => StartDBClusterMessage$, () => StartDBClusterResult$
];
var StartDBInstance$ = [9, n0, _SDBI,
    0, () => StartDBInstanceMessage$, () => StartDBInstanceResult$
];
var StartDBInstanceAutomatedBackupsReplication$ = [9, n0, _SDBIABRt,
    0, () => StartDBInstanceAutomatedBackupsReplicationMessage$, () => StartDBInstanceAutomatedBackupsReplicationResult$
];
var StartExportTask$ = [9, n0, _SETt,
    0, () => StartExportTaskMessage$, () => ExportTask$
];
var StopActivityStream$ = [9, n0, _SASt,
    0, () => StopActivityStreamRequest$, () => StopActivityStreamResponse$
];
var StopDBCluster$ = [9, n0, _SDBCt,
    0, () => StopDBClusterMessage$, () => StopDBClusterResult$
];
var StopDBInstance$ = [9, n0, _SDBIt,
    0, () => StopDBInstanceMessage$, () => StopDBInstanceResult$
];
var StopDBInstanceAutomatedBackupsReplication$ = [9, n0, _SDBIABRto,
    0, () => StopDBInstanceAutomatedBackupsReplicationMessage$, () => StopDBInstanceAutomatedBackupsReplicationResult$
];
var SwitchoverBlueGreenDeployment$ = [9, n0, _SBGD,
    0, () => SwitchoverBlueGreenDeploymentRequest$, () => SwitchoverBlueGreenDeploymentResponse$
];
var SwitchoverGlobalCluster$ = [9, n0, _SGC,
    0, () => SwitchoverGlobalClusterMessage$, () => SwitchoverGlobalClusterResult$
];
var SwitchoverReadReplica$ = [9, n0, _SRRw,
    0, () => SwitchoverReadReplicaMessage$, () => SwitchoverReadReplicaResult$
];


/***/ })

};
;