"use strict";
exports.id = 642;
exports.ids = [642];
exports.modules = {

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ ServiceDiscoveryClient)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/auth/httpAuthSchemeProvider.js


const defaultServiceDiscoveryHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "servicediscovery",
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
const defaultServiceDiscoveryHttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(1065);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/package.json
const package_namespaceObject = {"rE":"3.1138.0"};
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/endpoint/bdd.js

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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://servicediscovery-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://servicediscovery-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://servicediscovery.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://servicediscovery.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(6764);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2017-03-14",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultServiceDiscoveryHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.servicediscovery",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1,
            version: "2017-03-14",
            serviceTarget: "Route53AutoNaming_v20170314",
        },
        serviceId: config?.serviceId ?? "ServiceDiscovery",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/ServiceDiscoveryClient.js













class ServiceDiscoveryClient extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultServiceDiscoveryHttpAuthSchemeParametersProvider,
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

/***/ 9580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1065);



const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "Route53AutoNaming_v20170314", "ServiceDiscoveryClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];


/***/ }),

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ CreatePrivateDnsNamespaceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class CreatePrivateDnsNamespaceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreatePrivateDnsNamespace", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreatePrivateDnsNamespace$ */ .E_) {
}


/***/ }),

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CreateServiceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class CreateServiceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateService", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateService$ */ .Oq) {
}


/***/ }),

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ DeleteNamespaceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class DeleteNamespaceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteNamespace", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteNamespace$ */ .rk) {
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ DeleteServiceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class DeleteServiceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteService", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteService$ */ .BB) {
}


/***/ }),

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ DeregisterInstanceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class DeregisterInstanceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeregisterInstance", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeregisterInstance$ */ .OU) {
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ GetNamespaceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class GetNamespaceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetNamespace", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetNamespace$ */ .mJ) {
}


/***/ }),

/***/ 9879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ GetOperationCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class GetOperationCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetOperation", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetOperation$ */ .c1) {
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ GetServiceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class GetServiceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetService", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetService$ */ ._F) {
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ListInstancesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class ListInstancesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListInstances", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListInstances$ */ .li) {
}


/***/ }),

/***/ 2584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ListNamespacesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class ListNamespacesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListNamespaces", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListNamespaces$ */ .Hu) {
}


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ListServicesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class ListServicesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListServices", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListServices$ */ .vW) {
}


/***/ }),

/***/ 6208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListTagsForResourceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class ListTagsForResourceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListTagsForResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResource$ */ .Tz) {
}


/***/ }),

/***/ 2424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ TagResourceCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9580);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);


class TagResourceCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "TagResource", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .TagResource$ */ .Jq) {
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "servicediscovery",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E_: () => (/* binding */ CreatePrivateDnsNamespace$),
  Oq: () => (/* binding */ CreateService$),
  rk: () => (/* binding */ DeleteNamespace$),
  BB: () => (/* binding */ DeleteService$),
  OU: () => (/* binding */ DeregisterInstance$),
  mJ: () => (/* binding */ GetNamespace$),
  c1: () => (/* binding */ GetOperation$),
  _F: () => (/* binding */ GetService$),
  li: () => (/* binding */ ListInstances$),
  Hu: () => (/* binding */ ListNamespaces$),
  vW: () => (/* binding */ ListServices$),
  Tz: () => (/* binding */ ListTagsForResource$),
  Jq: () => (/* binding */ TagResource$),
  q1: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: CreateHttpNamespace$, CreateHttpNamespaceRequest$, CreateHttpNamespaceResponse$, CreatePrivateDnsNamespaceRequest$, CreatePrivateDnsNamespaceResponse$, CreatePublicDnsNamespace$, CreatePublicDnsNamespaceRequest$, CreatePublicDnsNamespaceResponse$, CreateServiceRequest$, CreateServiceResponse$, CustomHealthNotFound$, DeleteNamespaceRequest$, DeleteNamespaceResponse$, DeleteServiceAttributes$, DeleteServiceAttributesRequest$, DeleteServiceAttributesResponse$, DeleteServiceRequest$, DeleteServiceResponse$, DeregisterInstanceRequest$, DeregisterInstanceResponse$, DiscoverInstances$, DiscoverInstancesRequest$, DiscoverInstancesResponse$, DiscoverInstancesRevision$, DiscoverInstancesRevisionRequest$, DiscoverInstancesRevisionResponse$, DnsConfig$, DnsConfigChange$, DnsProperties$, DnsRecord$, DuplicateRequest$, GetInstance$, GetInstanceRequest$, GetInstanceResponse$, GetInstancesHealthStatus$, GetInstancesHealthStatusRequest$, GetInstancesHealthStatusResponse$, GetNamespaceRequest$, GetNamespaceResponse$, GetOperationRequest$, GetOperationResponse$, GetServiceAttributes$, GetServiceAttributesRequest$, GetServiceAttributesResponse$, GetServiceRequest$, GetServiceResponse$, HealthCheckConfig$, HealthCheckCustomConfig$, HttpInstanceSummary$, HttpNamespaceChange$, HttpProperties$, Instance$, InstanceNotFound$, InstanceSummary$, InvalidInput$, ListInstancesRequest$, ListInstancesResponse$, ListNamespacesRequest$, ListNamespacesResponse$, ListOperations$, ListOperationsRequest$, ListOperationsResponse$, ListServicesRequest$, ListServicesResponse$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, Namespace$, NamespaceAlreadyExists$, NamespaceFilter$, NamespaceNotFound$, NamespaceProperties$, NamespaceSummary$, Operation$, OperationFilter$, OperationNotFound$, OperationSummary$, PrivateDnsNamespaceChange$, PrivateDnsNamespaceProperties$, PrivateDnsNamespacePropertiesChange$, PrivateDnsPropertiesMutable$, PrivateDnsPropertiesMutableChange$, PublicDnsNamespaceChange$, PublicDnsNamespaceProperties$, PublicDnsNamespacePropertiesChange$, PublicDnsPropertiesMutable$, PublicDnsPropertiesMutableChange$, RegisterInstance$, RegisterInstanceRequest$, RegisterInstanceResponse$, RequestLimitExceeded$, ResourceInUse$, ResourceLimitExceeded$, ResourceNotFoundException$, SOA$, SOAChange$, Service$, ServiceAlreadyExists$, ServiceAttributes$, ServiceAttributesLimitExceededException$, ServiceChange$, ServiceDiscoveryServiceException$, ServiceFilter$, ServiceNotFound$, ServiceSummary$, Tag$, TagResourceRequest$, TagResourceResponse$, TooManyTagsException$, UntagResource$, UntagResourceRequest$, UntagResourceResponse$, UpdateHttpNamespace$, UpdateHttpNamespaceRequest$, UpdateHttpNamespaceResponse$, UpdateInstanceCustomHealthStatus$, UpdateInstanceCustomHealthStatusRequest$, UpdatePrivateDnsNamespace$, UpdatePrivateDnsNamespaceRequest$, UpdatePrivateDnsNamespaceResponse$, UpdatePublicDnsNamespace$, UpdatePublicDnsNamespaceRequest$, UpdatePublicDnsNamespaceResponse$, UpdateService$, UpdateServiceAttributes$, UpdateServiceAttributesRequest$, UpdateServiceAttributesResponse$, UpdateServiceRequest$, UpdateServiceResponse$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/models/ServiceDiscoveryServiceException.js


class ServiceDiscoveryServiceException extends client.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ServiceDiscoveryServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/models/errors.js

class DuplicateRequest extends ServiceDiscoveryServiceException {
    name = "DuplicateRequest";
    $fault = "client";
    Message;
    DuplicateOperationId;
    constructor(opts) {
        super({
            name: "DuplicateRequest",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateRequest.prototype);
        this.Message = opts.Message;
        this.DuplicateOperationId = opts.DuplicateOperationId;
    }
}
class InvalidInput extends ServiceDiscoveryServiceException {
    name = "InvalidInput";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidInput",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInput.prototype);
        this.Message = opts.Message;
    }
}
class NamespaceAlreadyExists extends ServiceDiscoveryServiceException {
    name = "NamespaceAlreadyExists";
    $fault = "client";
    Message;
    CreatorRequestId;
    NamespaceId;
    constructor(opts) {
        super({
            name: "NamespaceAlreadyExists",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NamespaceAlreadyExists.prototype);
        this.Message = opts.Message;
        this.CreatorRequestId = opts.CreatorRequestId;
        this.NamespaceId = opts.NamespaceId;
    }
}
class ResourceLimitExceeded extends ServiceDiscoveryServiceException {
    name = "ResourceLimitExceeded";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceLimitExceeded.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTagsException extends ServiceDiscoveryServiceException {
    name = "TooManyTagsException";
    $fault = "client";
    Message;
    ResourceName;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.Message = opts.Message;
        this.ResourceName = opts.ResourceName;
    }
}
class NamespaceNotFound extends ServiceDiscoveryServiceException {
    name = "NamespaceNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NamespaceNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NamespaceNotFound.prototype);
        this.Message = opts.Message;
    }
}
class ServiceAlreadyExists extends ServiceDiscoveryServiceException {
    name = "ServiceAlreadyExists";
    $fault = "client";
    Message;
    CreatorRequestId;
    ServiceId;
    ServiceArn;
    constructor(opts) {
        super({
            name: "ServiceAlreadyExists",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceAlreadyExists.prototype);
        this.Message = opts.Message;
        this.CreatorRequestId = opts.CreatorRequestId;
        this.ServiceId = opts.ServiceId;
        this.ServiceArn = opts.ServiceArn;
    }
}
class CustomHealthNotFound extends ServiceDiscoveryServiceException {
    name = "CustomHealthNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CustomHealthNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CustomHealthNotFound.prototype);
        this.Message = opts.Message;
    }
}
class ResourceInUse extends ServiceDiscoveryServiceException {
    name = "ResourceInUse";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceInUse",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUse.prototype);
        this.Message = opts.Message;
    }
}
class ServiceNotFound extends ServiceDiscoveryServiceException {
    name = "ServiceNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceNotFound.prototype);
        this.Message = opts.Message;
    }
}
class InstanceNotFound extends ServiceDiscoveryServiceException {
    name = "InstanceNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InstanceNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceNotFound.prototype);
        this.Message = opts.Message;
    }
}
class RequestLimitExceeded extends ServiceDiscoveryServiceException {
    name = "RequestLimitExceeded";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "RequestLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RequestLimitExceeded.prototype);
        this.Message = opts.Message;
    }
}
class OperationNotFound extends ServiceDiscoveryServiceException {
    name = "OperationNotFound";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotFound.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends ServiceDiscoveryServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceAttributesLimitExceededException extends ServiceDiscoveryServiceException {
    name = "ServiceAttributesLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceAttributesLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceAttributesLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-servicediscovery/dist-es/schemas/schemas_0.js
const _A = "Attributes";
const _Ar = "Arn";
const _C = "Condition";
const _CBA = "CreatedByAccount";
const _CD = "CreateDate";
const _CHNF = "CustomHealthNotFound";
const _CPDN = "CreatePrivateDnsNamespace";
const _CPDNR = "CreatePrivateDnsNamespaceRequest";
const _CPDNRr = "CreatePrivateDnsNamespaceResponse";
const _CRI = "CreatorRequestId";
const _CS = "CreateService";
const _CSR = "CreateServiceRequest";
const _CSRr = "CreateServiceResponse";
const _D = "Description";
const _DC = "DnsConfig";
const _DI = "DeregisterInstance";
const _DIR = "DeregisterInstanceRequest";
const _DIRe = "DeregisterInstanceResponse";
const _DN = "DeleteNamespace";
const _DNR = "DeleteNamespaceRequest";
const _DNRe = "DeleteNamespaceResponse";
const _DOI = "DuplicateOperationId";
const _DP = "DnsProperties";
const _DR = "DuplicateRequest";
const _DRL = "DnsRecordList";
const _DRn = "DnsRecords";
const _DRns = "DnsRecord";
const _DS = "DeleteService";
const _DSR = "DeleteServiceRequest";
const _DSRe = "DeleteServiceResponse";
const _EC = "ErrorCode";
const _EM = "ErrorMessage";
const _F = "Filters";
const _FT = "FailureThreshold";
const _FV = "FilterValues";
const _GN = "GetNamespace";
const _GNR = "GetNamespaceRequest";
const _GNRe = "GetNamespaceResponse";
const _GO = "GetOperation";
const _GOR = "GetOperationRequest";
const _GORe = "GetOperationResponse";
const _GS = "GetService";
const _GSR = "GetServiceRequest";
const _GSRe = "GetServiceResponse";
const _HCC = "HealthCheckConfig";
const _HCCC = "HealthCheckCustomConfig";
const _HN = "HttpName";
const _HP = "HttpProperties";
const _HZI = "HostedZoneId";
const _I = "Id";
const _IC = "InstanceCount";
const _II = "InvalidInput";
const _IIn = "InstanceId";
const _INF = "InstanceNotFound";
const _IS = "InstanceSummary";
const _ISL = "InstanceSummaryList";
const _In = "Instances";
const _K = "Key";
const _LI = "ListInstances";
const _LIR = "ListInstancesRequest";
const _LIRi = "ListInstancesResponse";
const _LN = "ListNamespaces";
const _LNR = "ListNamespacesRequest";
const _LNRi = "ListNamespacesResponse";
const _LS = "ListServices";
const _LSR = "ListServicesRequest";
const _LSRi = "ListServicesResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Message";
const _MR = "MaxResults";
const _N = "Name";
const _NAE = "NamespaceAlreadyExists";
const _NF = "NamespaceFilter";
const _NFa = "NamespaceFilters";
const _NI = "NamespaceId";
const _NNF = "NamespaceNotFound";
const _NP = "NamespaceProperties";
const _NS = "NamespaceSummary";
const _NSL = "NamespaceSummariesList";
const _NT = "NextToken";
const _Na = "Namespace";
const _Nam = "Namespaces";
const _O = "Operation";
const _OA = "OwnerAccount";
const _OI = "OperationId";
const _ONF = "OperationNotFound";
const _P = "Properties";
const _PDNP = "PrivateDnsNamespaceProperties";
const _PDPM = "PrivateDnsPropertiesMutable";
const _RARN = "ResourceARN";
const _RIU = "ResourceInUse";
const _RLE = "RequestLimitExceeded";
const _RLEe = "ResourceLimitExceeded";
const _RN = "ResourceName";
const _RNFE = "ResourceNotFoundException";
const _RO = "ResourceOwner";
const _RP = "RoutingPolicy";
const _RPe = "ResourcePath";
const _S = "Service";
const _SA = "ServiceArn";
const _SAE = "ServiceAlreadyExists";
const _SALEE = "ServiceAttributesLimitExceededException";
const _SC = "ServiceCount";
const _SF = "ServiceFilter";
const _SFe = "ServiceFilters";
const _SI = "ServiceId";
const _SNF = "ServiceNotFound";
const _SOA = "SOA";
const _SS = "ServiceSummary";
const _SSL = "ServiceSummariesList";
const _Se = "Services";
const _St = "Status";
const _T = "Tags";
const _TL = "TagList";
const _TMTE = "TooManyTagsException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TTL = "TTL";
const _Ta = "Targets";
const _Tag = "Tag";
const _Ty = "Type";
const _UD = "UpdateDate";
const _V = "Vpc";
const _Va = "Values";
const _Val = "Value";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _i = "item";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.servicediscovery";
const _xN = "xmlName";
const n0 = "com.amazonaws.servicediscovery";



const _s_registry = new schema.TypeRegistry(_s);
var ServiceDiscoveryServiceException$ = [-3, _s, "ServiceDiscoveryServiceException", 0, [], []];
_s_registry.registerError(ServiceDiscoveryServiceException$, ServiceDiscoveryServiceException);
const n0_registry = new schema.TypeRegistry(n0);
var CustomHealthNotFound$ = [-3, n0, _CHNF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(CustomHealthNotFound$, CustomHealthNotFound);
var DuplicateRequest$ = [-3, n0, _DR,
    { [_e]: _c, [_hE]: 409 },
    [_M, _DOI],
    [0, 0]
];
n0_registry.registerError(DuplicateRequest$, DuplicateRequest);
var InstanceNotFound$ = [-3, n0, _INF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(InstanceNotFound$, InstanceNotFound);
var InvalidInput$ = [-3, n0, _II,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidInput$, InvalidInput);
var NamespaceAlreadyExists$ = [-3, n0, _NAE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _CRI, _NI],
    [0, 0, 0]
];
n0_registry.registerError(NamespaceAlreadyExists$, NamespaceAlreadyExists);
var NamespaceNotFound$ = [-3, n0, _NNF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(NamespaceNotFound$, NamespaceNotFound);
var OperationNotFound$ = [-3, n0, _ONF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(OperationNotFound$, OperationNotFound);
var RequestLimitExceeded$ = [-3, n0, _RLE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(RequestLimitExceeded$, RequestLimitExceeded);
var ResourceInUse$ = [-3, n0, _RIU,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceInUse$, ResourceInUse);
var ResourceLimitExceeded$ = [-3, n0, _RLEe,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceLimitExceeded$, ResourceLimitExceeded);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceAlreadyExists$ = [-3, n0, _SAE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _CRI, _SI, _SA],
    [0, 0, 0, 0]
];
n0_registry.registerError(ServiceAlreadyExists$, ServiceAlreadyExists);
var ServiceAttributesLimitExceededException$ = [-3, n0, _SALEE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceAttributesLimitExceededException$, ServiceAttributesLimitExceededException);
var ServiceNotFound$ = [-3, n0, _SNF,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceNotFound$, ServiceNotFound);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RN],
    [0, 0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var CreatePrivateDnsNamespaceRequest$ = [3, n0, _CPDNR,
    0,
    [_N, _V, _CRI, _D, _T, _P],
    [0, 0, [0, 4], 0, () => TagList, () => PrivateDnsNamespaceProperties$], 2
];
var CreatePrivateDnsNamespaceResponse$ = [3, n0, _CPDNRr,
    0,
    [_OI],
    [0]
];
var CreateServiceRequest$ = [3, n0, _CSR,
    0,
    [_N, _NI, _CRI, _D, _DC, _HCC, _HCCC, _T, _Ty],
    [0, 0, [0, 4], 0, () => DnsConfig$, () => HealthCheckConfig$, () => HealthCheckCustomConfig$, () => TagList, 0], 1
];
var CreateServiceResponse$ = [3, n0, _CSRr,
    0,
    [_S],
    [() => Service$]
];
var DeleteNamespaceRequest$ = [3, n0, _DNR,
    0,
    [_I],
    [0], 1
];
var DeleteNamespaceResponse$ = [3, n0, _DNRe,
    0,
    [_OI],
    [0]
];
var DeleteServiceRequest$ = [3, n0, _DSR,
    0,
    [_I],
    [0], 1
];
var DeleteServiceResponse$ = [3, n0, _DSRe,
    0,
    [],
    []
];
var DeregisterInstanceRequest$ = [3, n0, _DIR,
    0,
    [_SI, _IIn],
    [0, 0], 2
];
var DeregisterInstanceResponse$ = [3, n0, _DIRe,
    0,
    [_OI],
    [0]
];
var DnsConfig$ = [3, n0, _DC,
    0,
    [_DRn, _NI, _RP],
    [() => DnsRecordList, 0, 0], 1
];
var DnsProperties$ = [3, n0, _DP,
    0,
    [_HZI, _SOA],
    [0, () => SOA$]
];
var DnsRecord$ = [3, n0, _DRns,
    0,
    [_Ty, _TTL],
    [0, 1], 2
];
var GetNamespaceRequest$ = [3, n0, _GNR,
    0,
    [_I],
    [0], 1
];
var GetNamespaceResponse$ = [3, n0, _GNRe,
    0,
    [_Na],
    [() => Namespace$]
];
var GetOperationRequest$ = [3, n0, _GOR,
    0,
    [_OI, _OA],
    [0, 0], 1
];
var GetOperationResponse$ = [3, n0, _GORe,
    0,
    [_O],
    [() => Operation$]
];
var GetServiceRequest$ = [3, n0, _GSR,
    0,
    [_I],
    [0], 1
];
var GetServiceResponse$ = [3, n0, _GSRe,
    0,
    [_S],
    [() => Service$]
];
var HealthCheckConfig$ = [3, n0, _HCC,
    0,
    [_Ty, _RPe, _FT],
    [0, 0, 1], 1
];
var HealthCheckCustomConfig$ = [3, n0, _HCCC,
    0,
    [_FT],
    [1]
];
var HttpProperties$ = [3, n0, _HP,
    0,
    [_HN],
    [0]
];
var InstanceSummary$ = [3, n0, _IS,
    0,
    [_I, _A, _CBA],
    [0, 128 | 0, 0]
];
var ListInstancesRequest$ = [3, n0, _LIR,
    0,
    [_SI, _NT, _MR],
    [0, 0, 1], 1
];
var ListInstancesResponse$ = [3, n0, _LIRi,
    0,
    [_RO, _In, _NT],
    [0, [() => InstanceSummaryList, 0], 0]
];
var ListNamespacesRequest$ = [3, n0, _LNR,
    0,
    [_NT, _MR, _F],
    [0, 1, [() => NamespaceFilters, 0]]
];
var ListNamespacesResponse$ = [3, n0, _LNRi,
    0,
    [_Nam, _NT],
    [() => NamespaceSummariesList, 0]
];
var ListServicesRequest$ = [3, n0, _LSR,
    0,
    [_NT, _MR, _F],
    [0, 1, [() => ServiceFilters, 0]]
];
var ListServicesResponse$ = [3, n0, _LSRi,
    0,
    [_Se, _NT],
    [() => ServiceSummariesList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_T],
    [() => TagList]
];
var Namespace$ = [3, n0, _Na,
    0,
    [_I, _Ar, _RO, _N, _Ty, _D, _SC, _P, _CD, _CRI],
    [0, 0, 0, 0, 0, 0, 1, () => NamespaceProperties$, 4, 0]
];
var NamespaceFilter$ = [3, n0, _NF,
    0,
    [_N, _Va, _C],
    [0, [() => FilterValues, 0], 0], 2
];
var NamespaceProperties$ = [3, n0, _NP,
    0,
    [_DP, _HP],
    [() => DnsProperties$, () => HttpProperties$]
];
var NamespaceSummary$ = [3, n0, _NS,
    0,
    [_I, _Ar, _RO, _N, _Ty, _D, _SC, _P, _CD],
    [0, 0, 0, 0, 0, 0, 1, () => NamespaceProperties$, 4]
];
var Operation$ = [3, n0, _O,
    0,
    [_I, _OA, _Ty, _St, _EM, _EC, _CD, _UD, _Ta],
    [0, 0, 0, 0, 0, 0, 4, 4, 128 | 0]
];
var PrivateDnsNamespaceProperties$ = [3, n0, _PDNP,
    0,
    [_DP],
    [() => PrivateDnsPropertiesMutable$], 1
];
var PrivateDnsPropertiesMutable$ = [3, n0, _PDPM,
    0,
    [_SOA],
    [() => SOA$], 1
];
var Service$ = [3, n0, _S,
    0,
    [_I, _Ar, _RO, _N, _NI, _D, _IC, _DC, _Ty, _HCC, _HCCC, _CD, _CRI, _CBA],
    [0, 0, 0, 0, 0, 0, 1, () => DnsConfig$, 0, () => HealthCheckConfig$, () => HealthCheckCustomConfig$, 4, 0, 0]
];
var ServiceFilter$ = [3, n0, _SF,
    0,
    [_N, _Va, _C],
    [0, [() => FilterValues, 0], 0], 2
];
var ServiceSummary$ = [3, n0, _SS,
    0,
    [_I, _Ar, _RO, _N, _Ty, _D, _IC, _DC, _HCC, _HCCC, _CD, _CBA],
    [0, 0, 0, 0, 0, 0, 1, () => DnsConfig$, () => HealthCheckConfig$, () => HealthCheckCustomConfig$, 4, 0]
];
var SOA$ = [3, n0, _SOA,
    0,
    [_TTL],
    [1], 1
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _Val],
    [0, 0], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _T],
    [0, () => TagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var __Unit = "unit";
var DnsRecordList = [1, n0, _DRL,
    0, () => DnsRecord$
];
var FilterValues = [1, n0, _FV,
    0, [0,
        { [_xN]: _i }]
];
var InstanceSummaryList = [1, n0, _ISL,
    0, [() => InstanceSummary$,
        { [_xN]: _IS }]
];
var NamespaceFilters = [1, n0, _NFa,
    0, [() => NamespaceFilter$,
        { [_xN]: _i }]
];
var NamespaceSummariesList = [1, n0, _NSL,
    0, () => NamespaceSummary$
];
var ServiceAttributeKeyList = (/* unused pure expression or super */ null && (64 | 0));
var ServiceFilters = [1, n0, _SFe,
    0, [() => ServiceFilter$,
        { [_xN]: _i }]
];
var ServiceSummariesList = [1, n0, _SSL,
    0, () => ServiceSummary$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var Attributes = (/* unused pure expression or super */ null && (128 | 0));
var InstanceHealthStatusMap = (/* unused pure expression or super */ null && (128 | 0));
var OperationTargetsMap = (/* unused pure expression or super */ null && (128 | 0));
var ServiceAttributesMap = (/* unused pure expression or super */ null && (128 | 0));
var CreatePrivateDnsNamespace$ = [9, n0, _CPDN,
    0, () => CreatePrivateDnsNamespaceRequest$, () => CreatePrivateDnsNamespaceResponse$
];
var CreateService$ = [9, n0, _CS,
    0, () => CreateServiceRequest$, () => CreateServiceResponse$
];
var DeleteNamespace$ = [9, n0, _DN,
    0, () => DeleteNamespaceRequest$, () => DeleteNamespaceResponse$
];
var DeleteService$ = [9, n0, _DS,
    0, () => DeleteServiceRequest$, () => DeleteServiceResponse$
];
var DeregisterInstance$ = [9, n0, _DI,
    0, () => DeregisterInstanceRequest$, () => DeregisterInstanceResponse$
];
var GetNamespace$ = [9, n0, _GN,
    0, () => GetNamespaceRequest$, () => GetNamespaceResponse$
];
var GetOperation$ = [9, n0, _GO,
    0, () => GetOperationRequest$, () => GetOperationResponse$
];
var GetService$ = [9, n0, _GS,
    0, () => GetServiceRequest$, () => GetServiceResponse$
];
var ListInstances$ = [9, n0, _LI,
    0, () => ListInstancesRequest$, () => ListInstancesResponse$
];
var ListNamespaces$ = [9, n0, _LN,
    0, () => ListNamespacesRequest$, () => ListNamespacesResponse$
];
var ListServices$ = [9, n0, _LS,
    0, () => ListServicesRequest$, () => ListServicesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];


/***/ })

};
;