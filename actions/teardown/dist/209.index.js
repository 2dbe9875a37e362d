"use strict";
exports.id = 209;
exports.ids = [209];
exports.modules = {

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ EC2Client)
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthSchemeProvider.js


const defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ec2",
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
const defaultEC2HttpAuthSchemeProvider = (authParameters) => {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(3358);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/package.json
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
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/bdd.js

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
        ["https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ec2.{Region}.amazonaws.com", i],
        ["https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ec2.{Region}.{PartitionResult#dnsSuffix}", i],
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/endpoint/endpointResolver.js



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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js + 1 modules
var schemas_0 = __webpack_require__(230);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2016-11-15",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsEc2QueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.ec2",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
            version: "2016-11-15",
            serviceTarget: "AmazonEC2",
        },
        serviceId: config?.serviceId ?? "EC2",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.js










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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthExtensionConfiguration.js
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

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js













class EC2Client extends submodules_client.Client {
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
            httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
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

/***/ 8509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   lq: () => (/* binding */ _ep0),
/* harmony export */   yt: () => (/* binding */ _mw0)
/* harmony export */ });
/* unused harmony export _mw1 */
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3358);




const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__/* .commonParams */ .S, "AmazonEC2", "EC2Client", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];
const _mw1 = (Command, cs, config, o) => [
    getCopySnapshotPresignedUrlPlugin(config),
];


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ AuthorizeSecurityGroupIngressCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class AuthorizeSecurityGroupIngressCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "AuthorizeSecurityGroupIngress", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .AuthorizeSecurityGroupIngress$ */ .Kos) {
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ CreateSecurityGroupCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class CreateSecurityGroupCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateSecurityGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateSecurityGroup$ */ .Ism) {
}


/***/ }),

/***/ 3699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ DeleteSecurityGroupCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class DeleteSecurityGroupCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DeleteSecurityGroup", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DeleteSecurityGroup$ */ .Tnk) {
}


/***/ }),

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DescribeNetworkInterfacesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class DescribeNetworkInterfacesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeNetworkInterfaces", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeNetworkInterfaces$ */ .qrp) {
}


/***/ }),

/***/ 8988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DescribeSecurityGroupsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class DescribeSecurityGroupsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeSecurityGroups", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeSecurityGroups$ */ .GZZ) {
}


/***/ }),

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DescribeSubnetsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class DescribeSubnetsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeSubnets", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeSubnets$ */ ._3j) {
}


/***/ }),

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DescribeVpcsCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class DescribeVpcsCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "DescribeVpcs", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .DescribeVpcs$ */ .EF0) {
}


/***/ }),

/***/ 4815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ RevokeSecurityGroupEgressCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class RevokeSecurityGroupEgressCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "RevokeSecurityGroupEgress", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .RevokeSecurityGroupEgress$ */ .RoE) {
}


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ RevokeSecurityGroupIngressCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8509);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(230);


class RevokeSecurityGroupIngressCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "RevokeSecurityGroupIngress", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .RevokeSecurityGroupIngress$ */ .H5M) {
}


/***/ }),

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "ec2",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kos: () => (/* binding */ AuthorizeSecurityGroupIngress$),
  Ism: () => (/* binding */ CreateSecurityGroup$),
  Tnk: () => (/* binding */ DeleteSecurityGroup$),
  qrp: () => (/* binding */ DescribeNetworkInterfaces$),
  GZZ: () => (/* binding */ DescribeSecurityGroups$),
  _3j: () => (/* binding */ DescribeSubnets$),
  EF0: () => (/* binding */ DescribeVpcs$),
  RoE: () => (/* binding */ RevokeSecurityGroupEgress$),
  H5M: () => (/* binding */ RevokeSecurityGroupIngress$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AcceleratorCount$, AcceleratorCountRequest$, AcceleratorTotalMemoryMiB$, AcceleratorTotalMemoryMiBRequest$, AcceptAddressTransfer$, AcceptAddressTransferRequest$, AcceptAddressTransferResult$, AcceptCapacityReservationBillingOwnership$, AcceptCapacityReservationBillingOwnershipRequest$, AcceptCapacityReservationBillingOwnershipResult$, AcceptReservedInstancesExchangeQuote$, AcceptReservedInstancesExchangeQuoteRequest$, AcceptReservedInstancesExchangeQuoteResult$, AcceptTransitGatewayClientVpnAttachment$, AcceptTransitGatewayClientVpnAttachmentRequest$, AcceptTransitGatewayClientVpnAttachmentResult$, AcceptTransitGatewayMulticastDomainAssociations$, AcceptTransitGatewayMulticastDomainAssociationsRequest$, AcceptTransitGatewayMulticastDomainAssociationsResult$, AcceptTransitGatewayPeeringAttachment$, AcceptTransitGatewayPeeringAttachmentRequest$, AcceptTransitGatewayPeeringAttachmentResult$, AcceptTransitGatewayVpcAttachment$, AcceptTransitGatewayVpcAttachmentRequest$, AcceptTransitGatewayVpcAttachmentResult$, AcceptVpcEndpointConnections$, AcceptVpcEndpointConnectionsRequest$, AcceptVpcEndpointConnectionsResult$, AcceptVpcPeeringConnection$, AcceptVpcPeeringConnectionRequest$, AcceptVpcPeeringConnectionResult$, AccessScopeAnalysisFinding$, AccessScopePath$, AccessScopePathRequest$, AccountAttribute$, AccountAttributeValue$, AccountVpcEncryptionControl$, AccountVpcEncryptionControlExclusions$, ActiveInstance$, ActiveVpnTunnelStatus$, AddIpamOperatingRegion$, AddIpamOrganizationalUnitExclusion$, AddPrefixListEntry$, AddedPrincipal$, AdditionalDetail$, Address$, AddressAttribute$, AddressTransfer$, AdvertiseByoipCidr$, AdvertiseByoipCidrRequest$, AdvertiseByoipCidrResult$, AllocateAddress$, AllocateAddressRequest$, AllocateAddressResult$, AllocateHosts$, AllocateHostsRequest$, AllocateHostsResult$, AllocateIpamPoolCidr$, AllocateIpamPoolCidrRequest$, AllocateIpamPoolCidrResult$, AllowedPrincipal$, AlternatePathHint$, AnalysisAclRule$, AnalysisComponent$, AnalysisLoadBalancerListener$, AnalysisLoadBalancerTarget$, AnalysisPacketHeader$, AnalysisRouteTableRoute$, AnalysisSecurityGroupRule$, AnalysisTransitGatewayPolicyTableEntry$, ApplicationStatus$, ApplicationStatusCheckAssociationObject$, ApplicationStatusCheckResponseObject$, ApplicationStatusDetail$, ApplicationStatusReason$, ApplicationStatusSummary$, ApplicationStatusesResponseType$, ApplySecurityGroupsToClientVpnTargetNetwork$, ApplySecurityGroupsToClientVpnTargetNetworkRequest$, ApplySecurityGroupsToClientVpnTargetNetworkResult$, AsnAssociation$, AsnAuthorizationContext$, AssignIpv6Addresses$, AssignIpv6AddressesRequest$, AssignIpv6AddressesResult$, AssignPrivateIpAddresses$, AssignPrivateIpAddressesRequest$, AssignPrivateIpAddressesResult$, AssignPrivateNatGatewayAddress$, AssignPrivateNatGatewayAddressRequest$, AssignPrivateNatGatewayAddressResult$, AssignedPrivateIpAddress$, AssociateAddress$, AssociateAddressRequest$, AssociateAddressResult$, AssociateApplicationStatusCheck$, AssociateApplicationStatusCheckRequest$, AssociateApplicationStatusCheckResult$, AssociateCapacityReservationBillingOwner$, AssociateCapacityReservationBillingOwnerRequest$, AssociateCapacityReservationBillingOwnerResult$, AssociateClientVpnTargetNetwork$, AssociateClientVpnTargetNetworkRequest$, AssociateClientVpnTargetNetworkResult$, AssociateDhcpOptions$, AssociateDhcpOptionsRequest$, AssociateEnclaveCertificateIamRole$, AssociateEnclaveCertificateIamRoleRequest$, AssociateEnclaveCertificateIamRoleResult$, AssociateIamInstanceProfile$, AssociateIamInstanceProfileRequest$, AssociateIamInstanceProfileResult$, AssociateInstanceEventWindow$, AssociateInstanceEventWindowRequest$, AssociateInstanceEventWindowResult$, AssociateIpamByoasn$, AssociateIpamByoasnRequest$, AssociateIpamByoasnResult$, AssociateIpamResourceDiscovery$, AssociateIpamResourceDiscoveryRequest$, AssociateIpamResourceDiscoveryResult$, AssociateNatGatewayAddress$, AssociateNatGatewayAddressRequest$, AssociateNatGatewayAddressResult$, AssociateNetworkingFlexCostAllocationPolicy$, AssociateNetworkingFlexCostAllocationPolicyRequest$, AssociateNetworkingFlexCostAllocationPolicyResult$, AssociateRouteServer$, AssociateRouteServerRequest$, AssociateRouteServerResult$, AssociateRouteTable$, AssociateRouteTableRequest$, AssociateRouteTableResult$, AssociateSecurityGroupVpc$, AssociateSecurityGroupVpcRequest$, AssociateSecurityGroupVpcResult$, AssociateSubnetCidrBlock$, AssociateSubnetCidrBlockRequest$, AssociateSubnetCidrBlockResult$, AssociateTransitGatewayMulticastDomain$, AssociateTransitGatewayMulticastDomainRequest$, AssociateTransitGatewayMulticastDomainResult$, AssociateTransitGatewayPolicyTable$, AssociateTransitGatewayPolicyTableRequest$, AssociateTransitGatewayPolicyTableResult$, AssociateTransitGatewayRouteTable$, AssociateTransitGatewayRouteTableRequest$, AssociateTransitGatewayRouteTableResult$, AssociateTrunkInterface$, AssociateTrunkInterfaceRequest$, AssociateTrunkInterfaceResult$, AssociateVpcCidrBlock$, AssociateVpcCidrBlockRequest$, AssociateVpcCidrBlockResult$, AssociatedRole$, AssociatedTargetNetwork$, AssociationStatus$, AthenaIntegration$, AttachClassicLinkVpc$, AttachClassicLinkVpcRequest$, AttachClassicLinkVpcResult$, AttachImageWatermark$, AttachImageWatermarkRequest$, AttachImageWatermarkResult$, AttachInternetGateway$, AttachInternetGatewayRequest$, AttachNetworkInterface$, AttachNetworkInterfaceRequest$, AttachNetworkInterfaceResult$, AttachVerifiedAccessTrustProvider$, AttachVerifiedAccessTrustProviderRequest$, AttachVerifiedAccessTrustProviderResult$, AttachVolume$, AttachVolumeRequest$, AttachVpnGateway$, AttachVpnGatewayRequest$, AttachVpnGatewayResult$, AttachmentEnaSrdSpecification$, AttachmentEnaSrdUdpSpecification$, AttributeBooleanValue$, AttributeSummary$, AttributeValue$, AuthorizationRule$, AuthorizeClientVpnIngress$, AuthorizeClientVpnIngressRequest$, AuthorizeClientVpnIngressResult$, AuthorizeSecurityGroupEgress$, AuthorizeSecurityGroupEgressRequest$, AuthorizeSecurityGroupEgressResult$, AuthorizeSecurityGroupIngressRequest$, AuthorizeSecurityGroupIngressResult$, AvailabilityZone$, AvailabilityZoneAddress$, AvailabilityZoneGeography$, AvailabilityZoneMessage$, AvailabilityZoneSubGeography$, AvailableCapacity$, BaselineEbsBandwidthMbps$, BaselineEbsBandwidthMbpsRequest$, BaselinePerformanceFactors$, BaselinePerformanceFactorsRequest$, BatchModifyIpamRoutingPolicyRegistrations$, BatchModifyIpamRoutingPolicyRegistrationsRequest$, BatchModifyIpamRoutingPolicyRegistrationsResult$, BlockDeviceMapping$, BlockDeviceMappingResponse$, BlockPublicAccessStates$, BundleInstance$, BundleInstanceRequest$, BundleInstanceResult$, BundleTask$, BundleTaskError$, Byoasn$, ByoipCidr$, CancelBundleTask$, CancelBundleTaskRequest$, CancelBundleTaskResult$, CancelCapacityReservation$, CancelCapacityReservationFleetError$, CancelCapacityReservationFleets$, CancelCapacityReservationFleetsRequest$, CancelCapacityReservationFleetsResult$, CancelCapacityReservationRequest$, CancelCapacityReservationResult$, CancelConversionRequest$, CancelConversionTask$, CancelDeclarativePoliciesReport$, CancelDeclarativePoliciesReportRequest$, CancelDeclarativePoliciesReportResult$, CancelExportTask$, CancelExportTaskRequest$, CancelImageLaunchPermission$, CancelImageLaunchPermissionRequest$, CancelImageLaunchPermissionResult$, CancelImportTask$, CancelImportTaskRequest$, CancelImportTaskResult$, CancelReservedInstancesListing$, CancelReservedInstancesListingRequest$, CancelReservedInstancesListingResult$, CancelSpotFleetRequests$, CancelSpotFleetRequestsError$, CancelSpotFleetRequestsErrorItem$, CancelSpotFleetRequestsRequest$, CancelSpotFleetRequestsResponse$, CancelSpotFleetRequestsSuccessItem$, CancelSpotInstanceRequests$, CancelSpotInstanceRequestsRequest$, CancelSpotInstanceRequestsResult$, CancellationTerms$, CancelledSpotInstanceRequest$, CapacityAllocation$, CapacityAllocationMetadataEntry$, CapacityBlock$, CapacityBlockExtension$, CapacityBlockExtensionOffering$, CapacityBlockOffering$, CapacityBlockStatus$, CapacityManagerCondition$, CapacityManagerDataExportResponse$, CapacityManagerDimension$, CapacityManagerMonitoredTagKey$, CapacityManagerSupportabilityScore$, CapacityManagerTagDimension$, CapacityReservation$, CapacityReservationAdjustmentDetails$, CapacityReservationBillingRequest$, CapacityReservationCancellationQuote$, CapacityReservationCommitmentInfo$, CapacityReservationConfiguration$, CapacityReservationFleet$, CapacityReservationFleetCancellationState$, CapacityReservationGroup$, CapacityReservationInfo$, CapacityReservationModificationQuote$, CapacityReservationOptions$, CapacityReservationOptionsRequest$, CapacityReservationSpecification$, CapacityReservationSpecificationResponse$, CapacityReservationStatus$, CapacityReservationTarget$, CapacityReservationTargetResponse$, CapacityReservationTopology$, CarrierGateway$, CertificateAuthentication$, CertificateAuthenticationRequest$, CidrAuthorizationContext$, CidrBlock$, ClassicLinkDnsSupport$, ClassicLinkInstance$, ClassicLoadBalancer$, ClassicLoadBalancersConfig$, ClientCertificateRevocationListStatus$, ClientConnectOptions$, ClientConnectResponseOptions$, ClientData$, ClientLoginBannerOptions$, ClientLoginBannerResponseOptions$, ClientRouteEnforcementOptions$, ClientRouteEnforcementResponseOptions$, ClientVpnAuthentication$, ClientVpnAuthenticationRequest$, ClientVpnAuthorizationRuleStatus$, ClientVpnConnection$, ClientVpnConnectionStatus$, ClientVpnEndpoint$, ClientVpnEndpointAttributeStatus$, ClientVpnEndpointStatus$, ClientVpnRoute$, ClientVpnRouteStatus$, ClientVpnTrustProvider$, ClientVpnTrustProviderRequest$, CloudWatchLogOptions$, CloudWatchLogOptionsSpecification$, CoipAddressUsage$, CoipCidr$, CoipPool$, ConfirmProductInstance$, ConfirmProductInstanceRequest$, ConfirmProductInstanceResult$, ConnectionLogOptions$, ConnectionLogResponseOptions$, ConnectionNotification$, ConnectionTrackingConfiguration$, ConnectionTrackingSpecification$, ConnectionTrackingSpecificationRequest$, ConnectionTrackingSpecificationResponse$, ConversionTask$, CopyFpgaImage$, CopyFpgaImageRequest$, CopyFpgaImageResult$, CopyImage$, CopyImageRequest$, CopyImageResult$, CopySnapshot$, CopySnapshotRequest$, CopySnapshotResult$, CopyVolumes$, CopyVolumesRequest$, CopyVolumesResult$, CpuOptions$, CpuOptionsRequest$, CpuPerformanceFactor$, CpuPerformanceFactorRequest$, CreateApplicationStatusCheck$, CreateApplicationStatusCheckRequest$, CreateApplicationStatusCheckResult$, CreateCapacityManagerDataExport$, CreateCapacityManagerDataExportRequest$, CreateCapacityManagerDataExportResult$, CreateCapacityReservation$, CreateCapacityReservationBySplitting$, CreateCapacityReservationBySplittingRequest$, CreateCapacityReservationBySplittingResult$, CreateCapacityReservationCancellationQuote$, CreateCapacityReservationCancellationQuoteRequest$, CreateCapacityReservationCancellationQuoteResult$, CreateCapacityReservationDateChangeQuote$, CreateCapacityReservationDateChangeQuoteRequest$, CreateCapacityReservationDateChangeQuoteResult$, CreateCapacityReservationFleet$, CreateCapacityReservationFleetRequest$, CreateCapacityReservationFleetResult$, CreateCapacityReservationRequest$, CreateCapacityReservationResult$, CreateCarrierGateway$, CreateCarrierGatewayRequest$, CreateCarrierGatewayResult$, CreateClientVpnEndpoint$, CreateClientVpnEndpointRequest$, CreateClientVpnEndpointResult$, CreateClientVpnRoute$, CreateClientVpnRouteRequest$, CreateClientVpnRouteResult$, CreateCoipCidr$, CreateCoipCidrRequest$, CreateCoipCidrResult$, CreateCoipPool$, CreateCoipPoolRequest$, CreateCoipPoolResult$, CreateCustomerGateway$, CreateCustomerGatewayRequest$, CreateCustomerGatewayResult$, CreateDefaultSubnet$, CreateDefaultSubnetRequest$, CreateDefaultSubnetResult$, CreateDefaultVpc$, CreateDefaultVpcRequest$, CreateDefaultVpcResult$, CreateDelegateMacVolumeOwnershipTask$, CreateDelegateMacVolumeOwnershipTaskRequest$, CreateDelegateMacVolumeOwnershipTaskResult$, CreateDhcpOptions$, CreateDhcpOptionsRequest$, CreateDhcpOptionsResult$, CreateEgressOnlyInternetGateway$, CreateEgressOnlyInternetGatewayRequest$, CreateEgressOnlyInternetGatewayResult$, CreateFleet$, CreateFleetError$, CreateFleetInstance$, CreateFleetRequest$, CreateFleetResult$, CreateFlowLogs$, CreateFlowLogsRequest$, CreateFlowLogsResult$, CreateFpgaImage$, CreateFpgaImageRequest$, CreateFpgaImageResult$, CreateImage$, CreateImageRequest$, CreateImageResult$, CreateImageUsageReport$, CreateImageUsageReportRequest$, CreateImageUsageReportResult$, CreateInstanceConnectEndpoint$, CreateInstanceConnectEndpointRequest$, CreateInstanceConnectEndpointResult$, CreateInstanceEventWindow$, CreateInstanceEventWindowRequest$, CreateInstanceEventWindowResult$, CreateInstanceExportTask$, CreateInstanceExportTaskRequest$, CreateInstanceExportTaskResult$, CreateInternetGateway$, CreateInternetGatewayRequest$, CreateInternetGatewayResult$, CreateInterruptibleCapacityReservationAllocation$, CreateInterruptibleCapacityReservationAllocationRequest$, CreateInterruptibleCapacityReservationAllocationResult$, CreateIpam$, CreateIpamExternalResourceVerificationToken$, CreateIpamExternalResourceVerificationTokenRequest$, CreateIpamExternalResourceVerificationTokenResult$, CreateIpamInternetRegistryAssociation$, CreateIpamInternetRegistryAssociationRequest$, CreateIpamInternetRegistryAssociationResult$, CreateIpamPolicy$, CreateIpamPolicyRequest$, CreateIpamPolicyResult$, CreateIpamPool$, CreateIpamPoolRequest$, CreateIpamPoolResult$, CreateIpamPrefixListResolver$, CreateIpamPrefixListResolverRequest$, CreateIpamPrefixListResolverResult$, CreateIpamPrefixListResolverTarget$, CreateIpamPrefixListResolverTargetRequest$, CreateIpamPrefixListResolverTargetResult$, CreateIpamRequest$, CreateIpamResourceDiscovery$, CreateIpamResourceDiscoveryRequest$, CreateIpamResourceDiscoveryResult$, CreateIpamResult$, CreateIpamRoutingPolicyRegistration$, CreateIpamRoutingPolicyRegistrationRequest$, CreateIpamRoutingPolicyRegistrationResult$, CreateIpamScope$, CreateIpamScopeRequest$, CreateIpamScopeResult$, CreateKeyPair$, CreateKeyPairRequest$, CreateLaunchTemplate$, CreateLaunchTemplateRequest$, CreateLaunchTemplateResult$, CreateLaunchTemplateVersion$, CreateLaunchTemplateVersionRequest$, CreateLaunchTemplateVersionResult$, CreateLocalGatewayRoute$, CreateLocalGatewayRouteRequest$, CreateLocalGatewayRouteResult$, CreateLocalGatewayRouteTable$, CreateLocalGatewayRouteTableRequest$, CreateLocalGatewayRouteTableResult$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest$, CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult$, CreateLocalGatewayRouteTableVpcAssociation$, CreateLocalGatewayRouteTableVpcAssociationRequest$, CreateLocalGatewayRouteTableVpcAssociationResult$, CreateLocalGatewayVirtualInterface$, CreateLocalGatewayVirtualInterfaceGroup$, CreateLocalGatewayVirtualInterfaceGroupRequest$, CreateLocalGatewayVirtualInterfaceGroupResult$, CreateLocalGatewayVirtualInterfaceRequest$, CreateLocalGatewayVirtualInterfaceResult$, CreateMacSystemIntegrityProtectionModificationTask$, CreateMacSystemIntegrityProtectionModificationTaskRequest$, CreateMacSystemIntegrityProtectionModificationTaskResult$, CreateManagedPrefixList$, CreateManagedPrefixListRequest$, CreateManagedPrefixListResult$, CreateMetricCategory$, CreateMetricCategoryRequest$, CreateMetricCategoryResult$, CreateNatGateway$, CreateNatGatewayRequest$, CreateNatGatewayResult$, CreateNetworkAcl$, CreateNetworkAclEntry$, CreateNetworkAclEntryRequest$, CreateNetworkAclRequest$, CreateNetworkAclResult$, CreateNetworkInsightsAccessScope$, CreateNetworkInsightsAccessScopeRequest$, CreateNetworkInsightsAccessScopeResult$, CreateNetworkInsightsPath$, CreateNetworkInsightsPathRequest$, CreateNetworkInsightsPathResult$, CreateNetworkInterface$, CreateNetworkInterfacePermission$, CreateNetworkInterfacePermissionRequest$, CreateNetworkInterfacePermissionResult$, CreateNetworkInterfaceRequest$, CreateNetworkInterfaceResult$, CreateNetworkingFlexCostAllocationPolicy$, CreateNetworkingFlexCostAllocationPolicyRequest$, CreateNetworkingFlexCostAllocationPolicyResult$, CreatePlacementGroup$, CreatePlacementGroupRequest$, CreatePlacementGroupResult$, CreatePublicIpv4Pool$, CreatePublicIpv4PoolRequest$, CreatePublicIpv4PoolResult$, CreateReplaceRootVolumeTask$, CreateReplaceRootVolumeTaskRequest$, CreateReplaceRootVolumeTaskResult$, CreateReservedInstancesListing$, CreateReservedInstancesListingRequest$, CreateReservedInstancesListingResult$, CreateRestoreImageTask$, CreateRestoreImageTaskRequest$, CreateRestoreImageTaskResult$, CreateRoute$, CreateRouteRequest$, CreateRouteResult$, CreateRouteServer$, CreateRouteServerEndpoint$, CreateRouteServerEndpointRequest$, CreateRouteServerEndpointResult$, CreateRouteServerPeer$, CreateRouteServerPeerRequest$, CreateRouteServerPeerResult$, CreateRouteServerRequest$, CreateRouteServerResult$, CreateRouteTable$, CreateRouteTableRequest$, CreateRouteTableResult$, CreateSecondaryNetwork$, CreateSecondaryNetworkRequest$, CreateSecondaryNetworkResult$, CreateSecondarySubnet$, CreateSecondarySubnetRequest$, CreateSecondarySubnetResult$, CreateSecurityGroupRequest$, CreateSecurityGroupResult$, CreateSnapshot$, CreateSnapshotRequest$, CreateSnapshots$, CreateSnapshotsRequest$, CreateSnapshotsResult$, CreateSpotDatafeedSubscription$, CreateSpotDatafeedSubscriptionRequest$, CreateSpotDatafeedSubscriptionResult$, CreateStoreImageTask$, CreateStoreImageTaskRequest$, CreateStoreImageTaskResult$, CreateSubnet$, CreateSubnetCidrReservation$, CreateSubnetCidrReservationRequest$, CreateSubnetCidrReservationResult$, CreateSubnetRequest$, CreateSubnetResult$, CreateTags$, CreateTagsRequest$, CreateTrafficMirrorFilter$, CreateTrafficMirrorFilterRequest$, CreateTrafficMirrorFilterResult$, CreateTrafficMirrorFilterRule$, CreateTrafficMirrorFilterRuleRequest$, CreateTrafficMirrorFilterRuleResult$, CreateTrafficMirrorSession$, CreateTrafficMirrorSessionRequest$, CreateTrafficMirrorSessionResult$, CreateTrafficMirrorTarget$, CreateTrafficMirrorTargetRequest$, CreateTrafficMirrorTargetResult$, CreateTransitGateway$, CreateTransitGatewayConnect$, CreateTransitGatewayConnectPeer$, CreateTransitGatewayConnectPeerRequest$, CreateTransitGatewayConnectPeerResult$, CreateTransitGatewayConnectRequest$, CreateTransitGatewayConnectRequestOptions$, CreateTransitGatewayConnectResult$, CreateTransitGatewayMeteringPolicy$, CreateTransitGatewayMeteringPolicyEntry$, CreateTransitGatewayMeteringPolicyEntryRequest$, CreateTransitGatewayMeteringPolicyEntryResult$, CreateTransitGatewayMeteringPolicyRequest$, CreateTransitGatewayMeteringPolicyResult$, CreateTransitGatewayMulticastDomain$, CreateTransitGatewayMulticastDomainRequest$, CreateTransitGatewayMulticastDomainRequestOptions$, CreateTransitGatewayMulticastDomainResult$, CreateTransitGatewayPeeringAttachment$, CreateTransitGatewayPeeringAttachmentRequest$, CreateTransitGatewayPeeringAttachmentRequestOptions$, CreateTransitGatewayPeeringAttachmentResult$, CreateTransitGatewayPolicyTable$, CreateTransitGatewayPolicyTableEntry$, CreateTransitGatewayPolicyTableEntryRequest$, CreateTransitGatewayPolicyTableEntryResult$, CreateTransitGatewayPolicyTableRequest$, CreateTransitGatewayPolicyTableResult$, CreateTransitGatewayPrefixListReference$, CreateTransitGatewayPrefixListReferenceRequest$, CreateTransitGatewayPrefixListReferenceResult$, CreateTransitGatewayRequest$, CreateTransitGatewayResult$, CreateTransitGatewayRoute$, CreateTransitGatewayRouteRequest$, CreateTransitGatewayRouteResult$, CreateTransitGatewayRouteTable$, CreateTransitGatewayRouteTableAnnouncement$, CreateTransitGatewayRouteTableAnnouncementRequest$, CreateTransitGatewayRouteTableAnnouncementResult$, CreateTransitGatewayRouteTableRequest$, CreateTransitGatewayRouteTableResult$, CreateTransitGatewayVpcAttachment$, CreateTransitGatewayVpcAttachmentRequest$, CreateTransitGatewayVpcAttachmentRequestOptions$, CreateTransitGatewayVpcAttachmentResult$, CreateVerifiedAccessEndpoint$, CreateVerifiedAccessEndpointCidrOptions$, CreateVerifiedAccessEndpointEniOptions$, CreateVerifiedAccessEndpointLoadBalancerOptions$, CreateVerifiedAccessEndpointPortRange$, CreateVerifiedAccessEndpointRdsOptions$, CreateVerifiedAccessEndpointRequest$, CreateVerifiedAccessEndpointResult$, CreateVerifiedAccessGroup$, CreateVerifiedAccessGroupRequest$, CreateVerifiedAccessGroupResult$, CreateVerifiedAccessInstance$, CreateVerifiedAccessInstanceRequest$, CreateVerifiedAccessInstanceResult$, CreateVerifiedAccessNativeApplicationOidcOptions$, CreateVerifiedAccessTrustProvider$, CreateVerifiedAccessTrustProviderDeviceOptions$, CreateVerifiedAccessTrustProviderOidcOptions$, CreateVerifiedAccessTrustProviderRequest$, CreateVerifiedAccessTrustProviderResult$, CreateVolume$, CreateVolumePermission$, CreateVolumePermissionModifications$, CreateVolumeRequest$, CreateVpc$, CreateVpcBlockPublicAccessExclusion$, CreateVpcBlockPublicAccessExclusionRequest$, CreateVpcBlockPublicAccessExclusionResult$, CreateVpcEncryptionControl$, CreateVpcEncryptionControlRequest$, CreateVpcEncryptionControlResult$, CreateVpcEndpoint$, CreateVpcEndpointConnectionNotification$, CreateVpcEndpointConnectionNotificationRequest$, CreateVpcEndpointConnectionNotificationResult$, CreateVpcEndpointRequest$, CreateVpcEndpointResult$, CreateVpcEndpointServiceConfiguration$, CreateVpcEndpointServiceConfigurationRequest$, CreateVpcEndpointServiceConfigurationResult$, CreateVpcPeeringConnection$, CreateVpcPeeringConnectionRequest$, CreateVpcPeeringConnectionResult$, CreateVpcRequest$, CreateVpcResult$, CreateVpnConcentrator$, CreateVpnConcentratorRequest$, CreateVpnConcentratorResult$, CreateVpnConnection$, CreateVpnConnectionRequest$, CreateVpnConnectionResult$, CreateVpnConnectionRoute$, CreateVpnConnectionRouteRequest$, CreateVpnGateway$, CreateVpnGatewayRequest$, CreateVpnGatewayResult$, CreationDateCondition$, CreationDateConditionRequest$, CreditSpecification$, CreditSpecificationRequest$, CustomTagKeyValueRequestPair$, CustomTagKeyValueResponsePair$, CustomerGateway$, DataQuery$, DataResponse$, DeclarativePoliciesReport$, DefaultConnectionTrackingConfiguration$, DeleteApplicationStatusCheck$, DeleteApplicationStatusCheckRequest$, DeleteApplicationStatusCheckResult$, DeleteCapacityManagerDataExport$, DeleteCapacityManagerDataExportRequest$, DeleteCapacityManagerDataExportResult$, DeleteCarrierGateway$, DeleteCarrierGatewayRequest$, DeleteCarrierGatewayResult$, DeleteClientVpnEndpoint$, DeleteClientVpnEndpointAuthorizationPolicy$, DeleteClientVpnEndpointAuthorizationPolicyRequest$, DeleteClientVpnEndpointAuthorizationPolicyResult$, DeleteClientVpnEndpointRequest$, DeleteClientVpnEndpointResult$, DeleteClientVpnRoute$, DeleteClientVpnRouteRequest$, DeleteClientVpnRouteResult$, DeleteCoipCidr$, DeleteCoipCidrRequest$, DeleteCoipCidrResult$, DeleteCoipPool$, DeleteCoipPoolRequest$, DeleteCoipPoolResult$, DeleteCustomerGateway$, DeleteCustomerGatewayRequest$, DeleteDhcpOptions$, DeleteDhcpOptionsRequest$, DeleteEgressOnlyInternetGateway$, DeleteEgressOnlyInternetGatewayRequest$, DeleteEgressOnlyInternetGatewayResult$, DeleteFleetError$, DeleteFleetErrorItem$, DeleteFleetSuccessItem$, DeleteFleets$, DeleteFleetsRequest$, DeleteFleetsResult$, DeleteFlowLogs$, DeleteFlowLogsRequest$, DeleteFlowLogsResult$, DeleteFpgaImage$, DeleteFpgaImageRequest$, DeleteFpgaImageResult$, DeleteImageUsageReport$, DeleteImageUsageReportRequest$, DeleteImageUsageReportResult$, DeleteInstanceConnectEndpoint$, DeleteInstanceConnectEndpointRequest$, DeleteInstanceConnectEndpointResult$, DeleteInstanceEventWindow$, DeleteInstanceEventWindowRequest$, DeleteInstanceEventWindowResult$, DeleteInternetGateway$, DeleteInternetGatewayRequest$, DeleteIpam$, DeleteIpamExternalResourceVerificationToken$, DeleteIpamExternalResourceVerificationTokenRequest$, DeleteIpamExternalResourceVerificationTokenResult$, DeleteIpamInternetRegistryAssociation$, DeleteIpamInternetRegistryAssociationRequest$, DeleteIpamInternetRegistryAssociationResult$, DeleteIpamPolicy$, DeleteIpamPolicyRequest$, DeleteIpamPolicyResult$, DeleteIpamPool$, DeleteIpamPoolRequest$, DeleteIpamPoolResult$, DeleteIpamPrefixListResolver$, DeleteIpamPrefixListResolverRequest$, DeleteIpamPrefixListResolverResult$, DeleteIpamPrefixListResolverTarget$, DeleteIpamPrefixListResolverTargetRequest$, DeleteIpamPrefixListResolverTargetResult$, DeleteIpamRequest$, DeleteIpamResourceDiscovery$, DeleteIpamResourceDiscoveryRequest$, DeleteIpamResourceDiscoveryResult$, DeleteIpamResult$, DeleteIpamRoutingPolicyRegistration$, DeleteIpamRoutingPolicyRegistrationRequest$, DeleteIpamRoutingPolicyRegistrationResult$, DeleteIpamScope$, DeleteIpamScopeRequest$, DeleteIpamScopeResult$, DeleteKeyPair$, DeleteKeyPairRequest$, DeleteKeyPairResult$, DeleteLaunchTemplate$, DeleteLaunchTemplateRequest$, DeleteLaunchTemplateResult$, DeleteLaunchTemplateVersions$, DeleteLaunchTemplateVersionsRequest$, DeleteLaunchTemplateVersionsResponseErrorItem$, DeleteLaunchTemplateVersionsResponseSuccessItem$, DeleteLaunchTemplateVersionsResult$, DeleteLocalGatewayRoute$, DeleteLocalGatewayRouteRequest$, DeleteLocalGatewayRouteResult$, DeleteLocalGatewayRouteTable$, DeleteLocalGatewayRouteTableRequest$, DeleteLocalGatewayRouteTableResult$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationRequest$, DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationResult$, DeleteLocalGatewayRouteTableVpcAssociation$, DeleteLocalGatewayRouteTableVpcAssociationRequest$, DeleteLocalGatewayRouteTableVpcAssociationResult$, DeleteLocalGatewayVirtualInterface$, DeleteLocalGatewayVirtualInterfaceGroup$, DeleteLocalGatewayVirtualInterfaceGroupRequest$, DeleteLocalGatewayVirtualInterfaceGroupResult$, DeleteLocalGatewayVirtualInterfaceRequest$, DeleteLocalGatewayVirtualInterfaceResult$, DeleteManagedPrefixList$, DeleteManagedPrefixListRequest$, DeleteManagedPrefixListResult$, DeleteMetricCategory$, DeleteMetricCategoryRequest$, DeleteMetricCategoryResult$, DeleteNatGateway$, DeleteNatGatewayRequest$, DeleteNatGatewayResult$, DeleteNetworkAcl$, DeleteNetworkAclEntry$, DeleteNetworkAclEntryRequest$, DeleteNetworkAclRequest$, DeleteNetworkInsightsAccessScope$, DeleteNetworkInsightsAccessScopeAnalysis$, DeleteNetworkInsightsAccessScopeAnalysisRequest$, DeleteNetworkInsightsAccessScopeAnalysisResult$, DeleteNetworkInsightsAccessScopeRequest$, DeleteNetworkInsightsAccessScopeResult$, DeleteNetworkInsightsAnalysis$, DeleteNetworkInsightsAnalysisRequest$, DeleteNetworkInsightsAnalysisResult$, DeleteNetworkInsightsPath$, DeleteNetworkInsightsPathRequest$, DeleteNetworkInsightsPathResult$, DeleteNetworkInterface$, DeleteNetworkInterfacePermission$, DeleteNetworkInterfacePermissionRequest$, DeleteNetworkInterfacePermissionResult$, DeleteNetworkInterfaceRequest$, DeleteNetworkingFlexCostAllocationPolicies$, DeleteNetworkingFlexCostAllocationPoliciesRequest$, DeleteNetworkingFlexCostAllocationPoliciesResult$, DeletePlacementGroup$, DeletePlacementGroupRequest$, DeletePublicIpv4Pool$, DeletePublicIpv4PoolRequest$, DeletePublicIpv4PoolResult$, DeleteQueuedReservedInstances$, DeleteQueuedReservedInstancesError$, DeleteQueuedReservedInstancesRequest$, DeleteQueuedReservedInstancesResult$, DeleteRoute$, DeleteRouteRequest$, DeleteRouteServer$, DeleteRouteServerEndpoint$, DeleteRouteServerEndpointRequest$, DeleteRouteServerEndpointResult$, DeleteRouteServerPeer$, DeleteRouteServerPeerRequest$, DeleteRouteServerPeerResult$, DeleteRouteServerRequest$, DeleteRouteServerResult$, DeleteRouteTable$, DeleteRouteTableRequest$, DeleteSecondaryNetwork$, DeleteSecondaryNetworkRequest$, DeleteSecondaryNetworkResult$, DeleteSecondarySubnet$, DeleteSecondarySubnetRequest$, DeleteSecondarySubnetResult$, DeleteSecurityGroupRequest$, DeleteSecurityGroupResult$, DeleteSnapshot$, DeleteSnapshotRequest$, DeleteSnapshotReturnCode$, DeleteSpotDatafeedSubscription$, DeleteSpotDatafeedSubscriptionRequest$, DeleteSubnet$, DeleteSubnetCidrReservation$, DeleteSubnetCidrReservationRequest$, DeleteSubnetCidrReservationResult$, DeleteSubnetRequest$, DeleteTags$, DeleteTagsRequest$, DeleteTrafficMirrorFilter$, DeleteTrafficMirrorFilterRequest$, DeleteTrafficMirrorFilterResult$, DeleteTrafficMirrorFilterRule$, DeleteTrafficMirrorFilterRuleRequest$, DeleteTrafficMirrorFilterRuleResult$, DeleteTrafficMirrorSession$, DeleteTrafficMirrorSessionRequest$, DeleteTrafficMirrorSessionResult$, DeleteTrafficMirrorTarget$, DeleteTrafficMirrorTargetRequest$, DeleteTrafficMirrorTargetResult$, DeleteTransitGateway$, DeleteTransitGatewayClientVpnAttachment$, DeleteTransitGatewayClientVpnAttachmentRequest$, DeleteTransitGatewayClientVpnAttachmentResult$, DeleteTransitGatewayConnect$, DeleteTransitGatewayConnectPeer$, DeleteTransitGatewayConnectPeerRequest$, DeleteTransitGatewayConnectPeerResult$, DeleteTransitGatewayConnectRequest$, DeleteTransitGatewayConnectResult$, DeleteTransitGatewayMeteringPolicy$, DeleteTransitGatewayMeteringPolicyEntry$, DeleteTransitGatewayMeteringPolicyEntryRequest$, DeleteTransitGatewayMeteringPolicyEntryResult$, DeleteTransitGatewayMeteringPolicyRequest$, DeleteTransitGatewayMeteringPolicyResult$, DeleteTransitGatewayMulticastDomain$, DeleteTransitGatewayMulticastDomainRequest$, DeleteTransitGatewayMulticastDomainResult$, DeleteTransitGatewayPeeringAttachment$, DeleteTransitGatewayPeeringAttachmentRequest$, DeleteTransitGatewayPeeringAttachmentResult$, DeleteTransitGatewayPolicyTable$, DeleteTransitGatewayPolicyTableEntry$, DeleteTransitGatewayPolicyTableEntryRequest$, DeleteTransitGatewayPolicyTableEntryResult$, DeleteTransitGatewayPolicyTableRequest$, DeleteTransitGatewayPolicyTableResult$, DeleteTransitGatewayPrefixListReference$, DeleteTransitGatewayPrefixListReferenceRequest$, DeleteTransitGatewayPrefixListReferenceResult$, DeleteTransitGatewayRequest$, DeleteTransitGatewayResult$, DeleteTransitGatewayRoute$, DeleteTransitGatewayRouteRequest$, DeleteTransitGatewayRouteResult$, DeleteTransitGatewayRouteTable$, DeleteTransitGatewayRouteTableAnnouncement$, DeleteTransitGatewayRouteTableAnnouncementRequest$, DeleteTransitGatewayRouteTableAnnouncementResult$, DeleteTransitGatewayRouteTableRequest$, DeleteTransitGatewayRouteTableResult$, DeleteTransitGatewayVpcAttachment$, DeleteTransitGatewayVpcAttachmentRequest$, DeleteTransitGatewayVpcAttachmentResult$, DeleteVerifiedAccessEndpoint$, DeleteVerifiedAccessEndpointRequest$, DeleteVerifiedAccessEndpointResult$, DeleteVerifiedAccessGroup$, DeleteVerifiedAccessGroupRequest$, DeleteVerifiedAccessGroupResult$, DeleteVerifiedAccessInstance$, DeleteVerifiedAccessInstanceRequest$, DeleteVerifiedAccessInstanceResult$, DeleteVerifiedAccessTrustProvider$, DeleteVerifiedAccessTrustProviderRequest$, DeleteVerifiedAccessTrustProviderResult$, DeleteVolume$, DeleteVolumeRequest$, DeleteVpc$, DeleteVpcBlockPublicAccessExclusion$, DeleteVpcBlockPublicAccessExclusionRequest$, DeleteVpcBlockPublicAccessExclusionResult$, DeleteVpcEncryptionControl$, DeleteVpcEncryptionControlRequest$, DeleteVpcEncryptionControlResult$, DeleteVpcEndpointConnectionNotifications$, DeleteVpcEndpointConnectionNotificationsRequest$, DeleteVpcEndpointConnectionNotificationsResult$, DeleteVpcEndpointServiceConfigurations$, DeleteVpcEndpointServiceConfigurationsRequest$, DeleteVpcEndpointServiceConfigurationsResult$, DeleteVpcEndpoints$, DeleteVpcEndpointsRequest$, DeleteVpcEndpointsResult$, DeleteVpcPeeringConnection$, DeleteVpcPeeringConnectionRequest$, DeleteVpcPeeringConnectionResult$, DeleteVpcRequest$, DeleteVpnConcentrator$, DeleteVpnConcentratorRequest$, DeleteVpnConcentratorResult$, DeleteVpnConnection$, DeleteVpnConnectionRequest$, DeleteVpnConnectionRoute$, DeleteVpnConnectionRouteRequest$, DeleteVpnGateway$, DeleteVpnGatewayRequest$, DeprecationTimeCondition$, DeprecationTimeConditionRequest$, DeprovisionByoipCidr$, DeprovisionByoipCidrRequest$, DeprovisionByoipCidrResult$, DeprovisionIpamByoasn$, DeprovisionIpamByoasnRequest$, DeprovisionIpamByoasnResult$, DeprovisionIpamPoolCidr$, DeprovisionIpamPoolCidrRequest$, DeprovisionIpamPoolCidrResult$, DeprovisionPublicIpv4PoolCidr$, DeprovisionPublicIpv4PoolCidrRequest$, DeprovisionPublicIpv4PoolCidrResult$, DeregisterImage$, DeregisterImageRequest$, DeregisterImageResult$, DeregisterInstanceEventNotificationAttributes$, DeregisterInstanceEventNotificationAttributesRequest$, DeregisterInstanceEventNotificationAttributesResult$, DeregisterInstanceTagAttributeRequest$, DeregisterTransitGatewayMulticastGroupMembers$, DeregisterTransitGatewayMulticastGroupMembersRequest$, DeregisterTransitGatewayMulticastGroupMembersResult$, DeregisterTransitGatewayMulticastGroupSources$, DeregisterTransitGatewayMulticastGroupSourcesRequest$, DeregisterTransitGatewayMulticastGroupSourcesResult$, DescribeAccountAttributes$, DescribeAccountAttributesRequest$, DescribeAccountAttributesResult$, DescribeAccountVpcEncryptionControl$, DescribeAccountVpcEncryptionControlRequest$, DescribeAccountVpcEncryptionControlResult$, DescribeAddressTransfers$, DescribeAddressTransfersRequest$, DescribeAddressTransfersResult$, DescribeAddresses$, DescribeAddressesAttribute$, DescribeAddressesAttributeRequest$, DescribeAddressesAttributeResult$, DescribeAddressesRequest$, DescribeAddressesResult$, DescribeAggregateIdFormat$, DescribeAggregateIdFormatRequest$, DescribeAggregateIdFormatResult$, DescribeApplicationStatus$, DescribeApplicationStatusCheckAssociations$, DescribeApplicationStatusCheckAssociationsRequest$, DescribeApplicationStatusCheckAssociationsResult$, DescribeApplicationStatusChecks$, DescribeApplicationStatusChecksRequest$, DescribeApplicationStatusChecksResult$, DescribeApplicationStatusRequest$, DescribeApplicationStatusResult$, DescribeAvailabilityZones$, DescribeAvailabilityZonesRequest$, DescribeAvailabilityZonesResult$, DescribeAwsNetworkPerformanceMetricSubscriptions$, DescribeAwsNetworkPerformanceMetricSubscriptionsRequest$, DescribeAwsNetworkPerformanceMetricSubscriptionsResult$, DescribeBundleTasks$, DescribeBundleTasksRequest$, DescribeBundleTasksResult$, DescribeByoipCidrs$, DescribeByoipCidrsRequest$, DescribeByoipCidrsResult$, DescribeCapacityBlockExtensionHistory$, DescribeCapacityBlockExtensionHistoryRequest$, DescribeCapacityBlockExtensionHistoryResult$, DescribeCapacityBlockExtensionOfferings$, DescribeCapacityBlockExtensionOfferingsRequest$, DescribeCapacityBlockExtensionOfferingsResult$, DescribeCapacityBlockOfferings$, DescribeCapacityBlockOfferingsRequest$, DescribeCapacityBlockOfferingsResult$, DescribeCapacityBlockStatus$, DescribeCapacityBlockStatusRequest$, DescribeCapacityBlockStatusResult$, DescribeCapacityBlocks$, DescribeCapacityBlocksRequest$, DescribeCapacityBlocksResult$, DescribeCapacityManagerDataExports$, DescribeCapacityManagerDataExportsRequest$, DescribeCapacityManagerDataExportsResult$, DescribeCapacityReservationBillingRequests$, DescribeCapacityReservationBillingRequestsRequest$, DescribeCapacityReservationBillingRequestsResult$, DescribeCapacityReservationCancellationQuotes$, DescribeCapacityReservationCancellationQuotesRequest$, DescribeCapacityReservationCancellationQuotesResult$, DescribeCapacityReservationDateChangeQuotes$, DescribeCapacityReservationDateChangeQuotesRequest$, DescribeCapacityReservationDateChangeQuotesResult$, DescribeCapacityReservationFleets$, DescribeCapacityReservationFleetsRequest$, DescribeCapacityReservationFleetsResult$, DescribeCapacityReservationTopology$, DescribeCapacityReservationTopologyRequest$, DescribeCapacityReservationTopologyResult$, DescribeCapacityReservations$, DescribeCapacityReservationsRequest$, DescribeCapacityReservationsResult$, DescribeCarrierGateways$, DescribeCarrierGatewaysRequest$, DescribeCarrierGatewaysResult$, DescribeClassicLinkInstances$, DescribeClassicLinkInstancesRequest$, DescribeClassicLinkInstancesResult$, DescribeClientVpnAuthorizationRules$, DescribeClientVpnAuthorizationRulesRequest$, DescribeClientVpnAuthorizationRulesResult$, DescribeClientVpnConnections$, DescribeClientVpnConnectionsRequest$, DescribeClientVpnConnectionsResult$, DescribeClientVpnEndpoints$, DescribeClientVpnEndpointsRequest$, DescribeClientVpnEndpointsResult$, DescribeClientVpnRoutes$, DescribeClientVpnRoutesRequest$, DescribeClientVpnRoutesResult$, DescribeClientVpnTargetNetworks$, DescribeClientVpnTargetNetworksRequest$, DescribeClientVpnTargetNetworksResult$, DescribeCoipPools$, DescribeCoipPoolsRequest$, DescribeCoipPoolsResult$, DescribeConversionTasks$, DescribeConversionTasksRequest$, DescribeConversionTasksResult$, DescribeCustomerGateways$, DescribeCustomerGatewaysRequest$, DescribeCustomerGatewaysResult$, DescribeDeclarativePoliciesReports$, DescribeDeclarativePoliciesReportsRequest$, DescribeDeclarativePoliciesReportsResult$, DescribeDhcpOptions$, DescribeDhcpOptionsRequest$, DescribeDhcpOptionsResult$, DescribeEgressOnlyInternetGateways$, DescribeEgressOnlyInternetGatewaysRequest$, DescribeEgressOnlyInternetGatewaysResult$, DescribeElasticGpus$, DescribeElasticGpusRequest$, DescribeElasticGpusResult$, DescribeExportImageTasks$, DescribeExportImageTasksRequest$, DescribeExportImageTasksResult$, DescribeExportTasks$, DescribeExportTasksRequest$, DescribeExportTasksResult$, DescribeFastLaunchImages$, DescribeFastLaunchImagesRequest$, DescribeFastLaunchImagesResult$, DescribeFastLaunchImagesSuccessItem$, DescribeFastSnapshotRestoreSuccessItem$, DescribeFastSnapshotRestores$, DescribeFastSnapshotRestoresRequest$, DescribeFastSnapshotRestoresResult$, DescribeFleetError$, DescribeFleetHistory$, DescribeFleetHistoryRequest$, DescribeFleetHistoryResult$, DescribeFleetInstances$, DescribeFleetInstancesRequest$, DescribeFleetInstancesResult$, DescribeFleets$, DescribeFleetsInstances$, DescribeFleetsRequest$, DescribeFleetsResult$, DescribeFlowLogs$, DescribeFlowLogsRequest$, DescribeFlowLogsResult$, DescribeFpgaImageAttribute$, DescribeFpgaImageAttributeRequest$, DescribeFpgaImageAttributeResult$, DescribeFpgaImages$, DescribeFpgaImagesRequest$, DescribeFpgaImagesResult$, DescribeHostReservationOfferings$, DescribeHostReservationOfferingsRequest$, DescribeHostReservationOfferingsResult$, DescribeHostReservations$, DescribeHostReservationsRequest$, DescribeHostReservationsResult$, DescribeHosts$, DescribeHostsRequest$, DescribeHostsResult$, DescribeIamInstanceProfileAssociations$, DescribeIamInstanceProfileAssociationsRequest$, DescribeIamInstanceProfileAssociationsResult$, DescribeIdFormat$, DescribeIdFormatRequest$, DescribeIdFormatResult$, DescribeIdentityIdFormat$, DescribeIdentityIdFormatRequest$, DescribeIdentityIdFormatResult$, DescribeImageAttribute$, DescribeImageAttributeRequest$, DescribeImageReferences$, DescribeImageReferencesRequest$, DescribeImageReferencesResult$, DescribeImageUsageReportEntries$, DescribeImageUsageReportEntriesRequest$, DescribeImageUsageReportEntriesResult$, DescribeImageUsageReports$, DescribeImageUsageReportsRequest$, DescribeImageUsageReportsResult$, DescribeImages$, DescribeImagesRequest$, DescribeImagesResult$, DescribeImportImageTasks$, DescribeImportImageTasksRequest$, DescribeImportImageTasksResult$, DescribeImportSnapshotTasks$, DescribeImportSnapshotTasksRequest$, DescribeImportSnapshotTasksResult$, DescribeInstanceAttribute$, DescribeInstanceAttributeRequest$, DescribeInstanceConnectEndpoints$, DescribeInstanceConnectEndpointsRequest$, DescribeInstanceConnectEndpointsResult$, DescribeInstanceCreditSpecifications$, DescribeInstanceCreditSpecificationsRequest$, DescribeInstanceCreditSpecificationsResult$, DescribeInstanceEventNotificationAttributes$, DescribeInstanceEventNotificationAttributesRequest$, DescribeInstanceEventNotificationAttributesResult$, DescribeInstanceEventWindows$, DescribeInstanceEventWindowsRequest$, DescribeInstanceEventWindowsResult$, DescribeInstanceImageMetadata$, DescribeInstanceImageMetadataRequest$, DescribeInstanceImageMetadataResult$, DescribeInstanceSqlHaHistoryStates$, DescribeInstanceSqlHaHistoryStatesRequest$, DescribeInstanceSqlHaHistoryStatesResult$, DescribeInstanceSqlHaStates$, DescribeInstanceSqlHaStatesRequest$, DescribeInstanceSqlHaStatesResult$, DescribeInstanceStatus$, DescribeInstanceStatusRequest$, DescribeInstanceStatusResult$, DescribeInstanceTopology$, DescribeInstanceTopologyRequest$, DescribeInstanceTopologyResult$, DescribeInstanceTypeOfferings$, DescribeInstanceTypeOfferingsRequest$, DescribeInstanceTypeOfferingsResult$, DescribeInstanceTypes$, DescribeInstanceTypesRequest$, DescribeInstanceTypesResult$, DescribeInstances$, DescribeInstancesRequest$, DescribeInstancesResult$, DescribeInternetGateways$, DescribeInternetGatewaysRequest$, DescribeInternetGatewaysResult$, DescribeIpamByoasn$, DescribeIpamByoasnRequest$, DescribeIpamByoasnResult$, DescribeIpamExternalResourceVerificationTokens$, DescribeIpamExternalResourceVerificationTokensRequest$, DescribeIpamExternalResourceVerificationTokensResult$, DescribeIpamInternetRegistryAssociations$, DescribeIpamInternetRegistryAssociationsRequest$, DescribeIpamInternetRegistryAssociationsResult$, DescribeIpamPolicies$, DescribeIpamPoliciesRequest$, DescribeIpamPoliciesResult$, DescribeIpamPoolAllocations$, DescribeIpamPoolAllocationsRequest$, DescribeIpamPoolAllocationsResult$, DescribeIpamPools$, DescribeIpamPoolsRequest$, DescribeIpamPoolsResult$, DescribeIpamPrefixListResolverTargets$, DescribeIpamPrefixListResolverTargetsRequest$, DescribeIpamPrefixListResolverTargetsResult$, DescribeIpamPrefixListResolvers$, DescribeIpamPrefixListResolversRequest$, DescribeIpamPrefixListResolversResult$, DescribeIpamResourceDiscoveries$, DescribeIpamResourceDiscoveriesRequest$, DescribeIpamResourceDiscoveriesResult$, DescribeIpamResourceDiscoveryAssociations$, DescribeIpamResourceDiscoveryAssociationsRequest$, DescribeIpamResourceDiscoveryAssociationsResult$, DescribeIpamScopes$, DescribeIpamScopesRequest$, DescribeIpamScopesResult$, DescribeIpams$, DescribeIpamsRequest$, DescribeIpamsResult$, DescribeIpv6Pools$, DescribeIpv6PoolsRequest$, DescribeIpv6PoolsResult$, DescribeKeyPairs$, DescribeKeyPairsRequest$, DescribeKeyPairsResult$, DescribeLaunchTemplateVersions$, DescribeLaunchTemplateVersionsRequest$, DescribeLaunchTemplateVersionsResult$, DescribeLaunchTemplates$, DescribeLaunchTemplatesRequest$, DescribeLaunchTemplatesResult$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsRequest$, DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsResult$, DescribeLocalGatewayRouteTableVpcAssociations$, DescribeLocalGatewayRouteTableVpcAssociationsRequest$, DescribeLocalGatewayRouteTableVpcAssociationsResult$, DescribeLocalGatewayRouteTables$, DescribeLocalGatewayRouteTablesRequest$, DescribeLocalGatewayRouteTablesResult$, DescribeLocalGatewayVirtualInterfaceGroups$, DescribeLocalGatewayVirtualInterfaceGroupsRequest$, DescribeLocalGatewayVirtualInterfaceGroupsResult$, DescribeLocalGatewayVirtualInterfaces$, DescribeLocalGatewayVirtualInterfacesRequest$, DescribeLocalGatewayVirtualInterfacesResult$, DescribeLocalGateways$, DescribeLocalGatewaysRequest$, DescribeLocalGatewaysResult$, DescribeLockedSnapshots$, DescribeLockedSnapshotsRequest$, DescribeLockedSnapshotsResult$, DescribeMacHosts$, DescribeMacHostsRequest$, DescribeMacHostsResult$, DescribeMacModificationTasks$, DescribeMacModificationTasksRequest$, DescribeMacModificationTasksResult$, DescribeManagedPrefixLists$, DescribeManagedPrefixListsRequest$, DescribeManagedPrefixListsResult$, DescribeMetricCategories$, DescribeMetricCategoriesRequest$, DescribeMetricCategoriesResult$, DescribeMovingAddresses$, DescribeMovingAddressesRequest$, DescribeMovingAddressesResult$, DescribeNatGateways$, DescribeNatGatewaysRequest$, DescribeNatGatewaysResult$, DescribeNetworkAcls$, DescribeNetworkAclsRequest$, DescribeNetworkAclsResult$, DescribeNetworkInsightsAccessScopeAnalyses$, DescribeNetworkInsightsAccessScopeAnalysesRequest$, DescribeNetworkInsightsAccessScopeAnalysesResult$, DescribeNetworkInsightsAccessScopes$, DescribeNetworkInsightsAccessScopesRequest$, DescribeNetworkInsightsAccessScopesResult$, DescribeNetworkInsightsAnalyses$, DescribeNetworkInsightsAnalysesRequest$, DescribeNetworkInsightsAnalysesResult$, DescribeNetworkInsightsPaths$, DescribeNetworkInsightsPathsRequest$, DescribeNetworkInsightsPathsResult$, DescribeNetworkInterfaceAttribute$, DescribeNetworkInterfaceAttributeRequest$, DescribeNetworkInterfaceAttributeResult$, DescribeNetworkInterfacePermissions$, DescribeNetworkInterfacePermissionsRequest$, DescribeNetworkInterfacePermissionsResult$, DescribeNetworkInterfacesRequest$, DescribeNetworkInterfacesResult$, DescribeNetworkingFlexCostAllocationPolicies$, DescribeNetworkingFlexCostAllocationPoliciesRequest$, DescribeNetworkingFlexCostAllocationPoliciesResult$, DescribeNetworkingFlexCostAllocationPolicyAssociations$, DescribeNetworkingFlexCostAllocationPolicyAssociationsRequest$, DescribeNetworkingFlexCostAllocationPolicyAssociationsResult$, DescribeOutpostLags$, DescribeOutpostLagsRequest$, DescribeOutpostLagsResult$, DescribePlacementGroups$, DescribePlacementGroupsRequest$, DescribePlacementGroupsResult$, DescribePrefixLists$, DescribePrefixListsRequest$, DescribePrefixListsResult$, DescribePrincipalIdFormat$, DescribePrincipalIdFormatRequest$, DescribePrincipalIdFormatResult$, DescribePublicIpv4Pools$, DescribePublicIpv4PoolsRequest$, DescribePublicIpv4PoolsResult$, DescribeRegions$, DescribeRegionsRequest$, DescribeRegionsResult$, DescribeReplaceRootVolumeTasks$, DescribeReplaceRootVolumeTasksRequest$, DescribeReplaceRootVolumeTasksResult$, DescribeReservedInstances$, DescribeReservedInstancesListings$, DescribeReservedInstancesListingsRequest$, DescribeReservedInstancesListingsResult$, DescribeReservedInstancesModifications$, DescribeReservedInstancesModificationsRequest$, DescribeReservedInstancesModificationsResult$, DescribeReservedInstancesOfferings$, DescribeReservedInstancesOfferingsRequest$, DescribeReservedInstancesOfferingsResult$, DescribeReservedInstancesRequest$, DescribeReservedInstancesResult$, DescribeRouteServerEndpoints$, DescribeRouteServerEndpointsRequest$, DescribeRouteServerEndpointsResult$, DescribeRouteServerPeers$, DescribeRouteServerPeersRequest$, DescribeRouteServerPeersResult$, DescribeRouteServers$, DescribeRouteServersRequest$, DescribeRouteServersResult$, DescribeRouteTables$, DescribeRouteTablesRequest$, DescribeRouteTablesResult$, DescribeScheduledInstanceAvailability$, DescribeScheduledInstanceAvailabilityRequest$, DescribeScheduledInstanceAvailabilityResult$, DescribeScheduledInstances$, DescribeScheduledInstancesRequest$, DescribeScheduledInstancesResult$, DescribeSecondaryInterfaces$, DescribeSecondaryInterfacesRequest$, DescribeSecondaryInterfacesResult$, DescribeSecondaryNetworks$, DescribeSecondaryNetworksRequest$, DescribeSecondaryNetworksResult$, DescribeSecondarySubnets$, DescribeSecondarySubnetsRequest$, DescribeSecondarySubnetsResult$, DescribeSecurityGroupReferences$, DescribeSecurityGroupReferencesRequest$, DescribeSecurityGroupReferencesResult$, DescribeSecurityGroupRules$, DescribeSecurityGroupRulesRequest$, DescribeSecurityGroupRulesResult$, DescribeSecurityGroupVpcAssociations$, DescribeSecurityGroupVpcAssociationsRequest$, DescribeSecurityGroupVpcAssociationsResult$, DescribeSecurityGroupsRequest$, DescribeSecurityGroupsResult$, DescribeServiceLinkVirtualInterfaces$, DescribeServiceLinkVirtualInterfacesRequest$, DescribeServiceLinkVirtualInterfacesResult$, DescribeSnapshotAttribute$, DescribeSnapshotAttributeRequest$, DescribeSnapshotAttributeResult$, DescribeSnapshotTierStatus$, DescribeSnapshotTierStatusRequest$, DescribeSnapshotTierStatusResult$, DescribeSnapshots$, DescribeSnapshotsRequest$, DescribeSnapshotsResult$, DescribeSpotDatafeedSubscription$, DescribeSpotDatafeedSubscriptionRequest$, DescribeSpotDatafeedSubscriptionResult$, DescribeSpotFleetInstances$, DescribeSpotFleetInstancesRequest$, DescribeSpotFleetInstancesResponse$, DescribeSpotFleetRequestHistory$, DescribeSpotFleetRequestHistoryRequest$, DescribeSpotFleetRequestHistoryResponse$, DescribeSpotFleetRequests$, DescribeSpotFleetRequestsRequest$, DescribeSpotFleetRequestsResponse$, DescribeSpotInstanceRequests$, DescribeSpotInstanceRequestsRequest$, DescribeSpotInstanceRequestsResult$, DescribeSpotPriceHistory$, DescribeSpotPriceHistoryRequest$, DescribeSpotPriceHistoryResult$, DescribeStaleSecurityGroups$, DescribeStaleSecurityGroupsRequest$, DescribeStaleSecurityGroupsResult$, DescribeStoreImageTasks$, DescribeStoreImageTasksRequest$, DescribeStoreImageTasksResult$, DescribeSubnetsRequest$, DescribeSubnetsResult$, DescribeTags$, DescribeTagsRequest$, DescribeTagsResult$, DescribeTrafficMirrorFilterRules$, DescribeTrafficMirrorFilterRulesRequest$, DescribeTrafficMirrorFilterRulesResult$, DescribeTrafficMirrorFilters$, DescribeTrafficMirrorFiltersRequest$, DescribeTrafficMirrorFiltersResult$, DescribeTrafficMirrorSessions$, DescribeTrafficMirrorSessionsRequest$, DescribeTrafficMirrorSessionsResult$, DescribeTrafficMirrorTargets$, DescribeTrafficMirrorTargetsRequest$, DescribeTrafficMirrorTargetsResult$, DescribeTransitGatewayAttachments$, DescribeTransitGatewayAttachmentsRequest$, DescribeTransitGatewayAttachmentsResult$, DescribeTransitGatewayConnectPeers$, DescribeTransitGatewayConnectPeersRequest$, DescribeTransitGatewayConnectPeersResult$, DescribeTransitGatewayConnects$, DescribeTransitGatewayConnectsRequest$, DescribeTransitGatewayConnectsResult$, DescribeTransitGatewayMeteringPolicies$, DescribeTransitGatewayMeteringPoliciesRequest$, DescribeTransitGatewayMeteringPoliciesResult$, DescribeTransitGatewayMulticastDomains$, DescribeTransitGatewayMulticastDomainsRequest$, DescribeTransitGatewayMulticastDomainsResult$, DescribeTransitGatewayPeeringAttachments$, DescribeTransitGatewayPeeringAttachmentsRequest$, DescribeTransitGatewayPeeringAttachmentsResult$, DescribeTransitGatewayPolicyTables$, DescribeTransitGatewayPolicyTablesRequest$, DescribeTransitGatewayPolicyTablesResult$, DescribeTransitGatewayRouteTableAnnouncements$, DescribeTransitGatewayRouteTableAnnouncementsRequest$, DescribeTransitGatewayRouteTableAnnouncementsResult$, DescribeTransitGatewayRouteTables$, DescribeTransitGatewayRouteTablesRequest$, DescribeTransitGatewayRouteTablesResult$, DescribeTransitGatewayVpcAttachments$, DescribeTransitGatewayVpcAttachmentsRequest$, DescribeTransitGatewayVpcAttachmentsResult$, DescribeTransitGateways$, DescribeTransitGatewaysRequest$, DescribeTransitGatewaysResult$, DescribeTrunkInterfaceAssociations$, DescribeTrunkInterfaceAssociationsRequest$, DescribeTrunkInterfaceAssociationsResult$, DescribeVerifiedAccessEndpoints$, DescribeVerifiedAccessEndpointsRequest$, DescribeVerifiedAccessEndpointsResult$, DescribeVerifiedAccessGroups$, DescribeVerifiedAccessGroupsRequest$, DescribeVerifiedAccessGroupsResult$, DescribeVerifiedAccessInstanceLoggingConfigurations$, DescribeVerifiedAccessInstanceLoggingConfigurationsRequest$, DescribeVerifiedAccessInstanceLoggingConfigurationsResult$, DescribeVerifiedAccessInstances$, DescribeVerifiedAccessInstancesRequest$, DescribeVerifiedAccessInstancesResult$, DescribeVerifiedAccessTrustProviders$, DescribeVerifiedAccessTrustProvidersRequest$, DescribeVerifiedAccessTrustProvidersResult$, DescribeVolumeAttribute$, DescribeVolumeAttributeRequest$, DescribeVolumeAttributeResult$, DescribeVolumeStatus$, DescribeVolumeStatusRequest$, DescribeVolumeStatusResult$, DescribeVolumes$, DescribeVolumesModifications$, DescribeVolumesModificationsRequest$, DescribeVolumesModificationsResult$, DescribeVolumesRequest$, DescribeVolumesResult$, DescribeVpcAttribute$, DescribeVpcAttributeRequest$, DescribeVpcAttributeResult$, DescribeVpcBlockPublicAccessExclusions$, DescribeVpcBlockPublicAccessExclusionsRequest$, DescribeVpcBlockPublicAccessExclusionsResult$, DescribeVpcBlockPublicAccessOptions$, DescribeVpcBlockPublicAccessOptionsRequest$, DescribeVpcBlockPublicAccessOptionsResult$, DescribeVpcClassicLink$, DescribeVpcClassicLinkDnsSupport$, DescribeVpcClassicLinkDnsSupportRequest$, DescribeVpcClassicLinkDnsSupportResult$, DescribeVpcClassicLinkRequest$, DescribeVpcClassicLinkResult$, DescribeVpcEncryptionControls$, DescribeVpcEncryptionControlsRequest$, DescribeVpcEncryptionControlsResult$, DescribeVpcEndpointAssociations$, DescribeVpcEndpointAssociationsRequest$, DescribeVpcEndpointAssociationsResult$, DescribeVpcEndpointConnectionNotifications$, DescribeVpcEndpointConnectionNotificationsRequest$, DescribeVpcEndpointConnectionNotificationsResult$, DescribeVpcEndpointConnections$, DescribeVpcEndpointConnectionsRequest$, DescribeVpcEndpointConnectionsResult$, DescribeVpcEndpointServiceConfigurations$, DescribeVpcEndpointServiceConfigurationsRequest$, DescribeVpcEndpointServiceConfigurationsResult$, DescribeVpcEndpointServicePermissions$, DescribeVpcEndpointServicePermissionsRequest$, DescribeVpcEndpointServicePermissionsResult$, DescribeVpcEndpointServices$, DescribeVpcEndpointServicesRequest$, DescribeVpcEndpointServicesResult$, DescribeVpcEndpoints$, DescribeVpcEndpointsRequest$, DescribeVpcEndpointsResult$, DescribeVpcPeeringConnections$, DescribeVpcPeeringConnectionsRequest$, DescribeVpcPeeringConnectionsResult$, DescribeVpcsRequest$, DescribeVpcsResult$, DescribeVpnConcentrators$, DescribeVpnConcentratorsRequest$, DescribeVpnConcentratorsResult$, DescribeVpnConnections$, DescribeVpnConnectionsRequest$, DescribeVpnConnectionsResult$, DescribeVpnGateways$, DescribeVpnGatewaysRequest$, DescribeVpnGatewaysResult$, DestinationOptionsRequest$, DestinationOptionsResponse$, DetachClassicLinkVpc$, DetachClassicLinkVpcRequest$, DetachClassicLinkVpcResult$, DetachImageWatermark$, DetachImageWatermarkRequest$, DetachImageWatermarkResult$, DetachInternetGateway$, DetachInternetGatewayRequest$, DetachNetworkInterface$, DetachNetworkInterfaceRequest$, DetachVerifiedAccessTrustProvider$, DetachVerifiedAccessTrustProviderRequest$, DetachVerifiedAccessTrustProviderResult$, DetachVolume$, DetachVolumeRequest$, DetachVpnGateway$, DetachVpnGatewayRequest$, DeviceOptions$, DevicePostureOptions$, DevicePostureResponseOptions$, DhcpConfiguration$, DhcpOptions$, DimensionCondition$, DirectoryServiceAuthentication$, DirectoryServiceAuthenticationRequest$, DisableAddressTransfer$, DisableAddressTransferRequest$, DisableAddressTransferResult$, DisableAllowedImagesSettings$, DisableAllowedImagesSettingsRequest$, DisableAllowedImagesSettingsResult$, DisableApplicationStatusCheckSuppression$, DisableApplicationStatusCheckSuppressionRequest$, DisableApplicationStatusCheckSuppressionResult$, DisableAwsNetworkPerformanceMetricSubscription$, DisableAwsNetworkPerformanceMetricSubscriptionRequest$, DisableAwsNetworkPerformanceMetricSubscriptionResult$, DisableCapacityManager$, DisableCapacityManagerRequest$, DisableCapacityManagerResult$, DisableEbsEncryptionByDefault$, DisableEbsEncryptionByDefaultRequest$, DisableEbsEncryptionByDefaultResult$, DisableFastLaunch$, DisableFastLaunchRequest$, DisableFastLaunchResult$, DisableFastSnapshotRestoreErrorItem$, DisableFastSnapshotRestoreStateError$, DisableFastSnapshotRestoreStateErrorItem$, DisableFastSnapshotRestoreSuccessItem$, DisableFastSnapshotRestores$, DisableFastSnapshotRestoresRequest$, DisableFastSnapshotRestoresResult$, DisableImage$, DisableImageBlockPublicAccess$, DisableImageBlockPublicAccessRequest$, DisableImageBlockPublicAccessResult$, DisableImageDeprecation$, DisableImageDeprecationRequest$, DisableImageDeprecationResult$, DisableImageDeregistrationProtection$, DisableImageDeregistrationProtectionRequest$, DisableImageDeregistrationProtectionResult$, DisableImageRequest$, DisableImageResult$, DisableInstanceSqlHaStandbyDetections$, DisableInstanceSqlHaStandbyDetectionsRequest$, DisableInstanceSqlHaStandbyDetectionsResult$, DisableIpamOrganizationAdminAccount$, DisableIpamOrganizationAdminAccountRequest$, DisableIpamOrganizationAdminAccountResult$, DisableIpamPolicy$, DisableIpamPolicyRequest$, DisableIpamPolicyResult$, DisableRouteServerPropagation$, DisableRouteServerPropagationRequest$, DisableRouteServerPropagationResult$, DisableSerialConsoleAccess$, DisableSerialConsoleAccessRequest$, DisableSerialConsoleAccessResult$, DisableSnapshotBlockPublicAccess$, DisableSnapshotBlockPublicAccessRequest$, DisableSnapshotBlockPublicAccessResult$, DisableTransitGatewayRouteTablePropagation$, DisableTransitGatewayRouteTablePropagationRequest$, DisableTransitGatewayRouteTablePropagationResult$, DisableVgwRoutePropagation$, DisableVgwRoutePropagationRequest$, DisableVpcClassicLink$, DisableVpcClassicLinkDnsSupport$, DisableVpcClassicLinkDnsSupportRequest$, DisableVpcClassicLinkDnsSupportResult$, DisableVpcClassicLinkRequest$, DisableVpcClassicLinkResult$, DisassociateAddress$, DisassociateAddressRequest$, DisassociateApplicationStatusCheck$, DisassociateApplicationStatusCheckRequest$, DisassociateApplicationStatusCheckResult$, DisassociateCapacityReservationBillingOwner$, DisassociateCapacityReservationBillingOwnerRequest$, DisassociateCapacityReservationBillingOwnerResult$, DisassociateClientVpnTargetNetwork$, DisassociateClientVpnTargetNetworkRequest$, DisassociateClientVpnTargetNetworkResult$, DisassociateEnclaveCertificateIamRole$, DisassociateEnclaveCertificateIamRoleRequest$, DisassociateEnclaveCertificateIamRoleResult$, DisassociateIamInstanceProfile$, DisassociateIamInstanceProfileRequest$, DisassociateIamInstanceProfileResult$, DisassociateInstanceEventWindow$, DisassociateInstanceEventWindowRequest$, DisassociateInstanceEventWindowResult$, DisassociateIpamByoasn$, DisassociateIpamByoasnRequest$, DisassociateIpamByoasnResult$, DisassociateIpamResourceDiscovery$, DisassociateIpamResourceDiscoveryRequest$, DisassociateIpamResourceDiscoveryResult$, DisassociateNatGatewayAddress$, DisassociateNatGatewayAddressRequest$, DisassociateNatGatewayAddressResult$, DisassociateNetworkingFlexCostAllocationPolicy$, DisassociateNetworkingFlexCostAllocationPolicyRequest$, DisassociateNetworkingFlexCostAllocationPolicyResult$, DisassociateRouteServer$, DisassociateRouteServerRequest$, DisassociateRouteServerResult$, DisassociateRouteTable$, DisassociateRouteTableRequest$, DisassociateSecurityGroupVpc$, DisassociateSecurityGroupVpcRequest$, DisassociateSecurityGroupVpcResult$, DisassociateSubnetCidrBlock$, DisassociateSubnetCidrBlockRequest$, DisassociateSubnetCidrBlockResult$, DisassociateTransitGatewayMulticastDomain$, DisassociateTransitGatewayMulticastDomainRequest$, DisassociateTransitGatewayMulticastDomainResult$, DisassociateTransitGatewayPolicyTable$, DisassociateTransitGatewayPolicyTableRequest$, DisassociateTransitGatewayPolicyTableResult$, DisassociateTransitGatewayRouteTable$, DisassociateTransitGatewayRouteTableRequest$, DisassociateTransitGatewayRouteTableResult$, DisassociateTrunkInterface$, DisassociateTrunkInterfaceRequest$, DisassociateTrunkInterfaceResult$, DisassociateVpcCidrBlock$, DisassociateVpcCidrBlockRequest$, DisassociateVpcCidrBlockResult$, DiskImage$, DiskImageDescription$, DiskImageDetail$, DiskImageVolumeDescription$, DiskInfo$, DnsEntry$, DnsOptions$, DnsOptionsSpecification$, DnsServersOptionsModifyStructure$, EC2ServiceException$, EbsBlockDevice$, EbsBlockDeviceResponse$, EbsCardInfo$, EbsInfo$, EbsInstanceBlockDevice$, EbsInstanceBlockDeviceSpecification$, EbsOptimizedInfo$, EbsStatusDetails$, EbsStatusSummary$, Ec2InstanceConnectEndpoint$, EfaInfo$, EgressOnlyInternetGateway$, ElasticGpuAssociation$, ElasticGpuHealth$, ElasticGpuSpecification$, ElasticGpuSpecificationResponse$, ElasticGpus$, ElasticInferenceAccelerator$, ElasticInferenceAcceleratorAssociation$, EnaSrdSpecification$, EnaSrdSpecificationRequest$, EnaSrdUdpSpecification$, EnaSrdUdpSpecificationRequest$, EnableAddressTransfer$, EnableAddressTransferRequest$, EnableAddressTransferResult$, EnableAllowedImagesSettings$, EnableAllowedImagesSettingsRequest$, EnableAllowedImagesSettingsResult$, EnableApplicationStatusCheckSuppression$, EnableApplicationStatusCheckSuppressionRequest$, EnableApplicationStatusCheckSuppressionResult$, EnableAwsNetworkPerformanceMetricSubscription$, EnableAwsNetworkPerformanceMetricSubscriptionRequest$, EnableAwsNetworkPerformanceMetricSubscriptionResult$, EnableCapacityManager$, EnableCapacityManagerRequest$, EnableCapacityManagerResult$, EnableEbsEncryptionByDefault$, EnableEbsEncryptionByDefaultRequest$, EnableEbsEncryptionByDefaultResult$, EnableFastLaunch$, EnableFastLaunchRequest$, EnableFastLaunchResult$, EnableFastSnapshotRestoreErrorItem$, EnableFastSnapshotRestoreStateError$, EnableFastSnapshotRestoreStateErrorItem$, EnableFastSnapshotRestoreSuccessItem$, EnableFastSnapshotRestores$, EnableFastSnapshotRestoresRequest$, EnableFastSnapshotRestoresResult$, EnableImage$, EnableImageBlockPublicAccess$, EnableImageBlockPublicAccessRequest$, EnableImageBlockPublicAccessResult$, EnableImageDeprecation$, EnableImageDeprecationRequest$, EnableImageDeprecationResult$, EnableImageDeregistrationProtection$, EnableImageDeregistrationProtectionRequest$, EnableImageDeregistrationProtectionResult$, EnableImageRequest$, EnableImageResult$, EnableInstanceSqlHaStandbyDetections$, EnableInstanceSqlHaStandbyDetectionsRequest$, EnableInstanceSqlHaStandbyDetectionsResult$, EnableIpamInternetRegistryAssociation$, EnableIpamInternetRegistryAssociationRequest$, EnableIpamInternetRegistryAssociationResult$, EnableIpamOrganizationAdminAccount$, EnableIpamOrganizationAdminAccountRequest$, EnableIpamOrganizationAdminAccountResult$, EnableIpamPolicy$, EnableIpamPolicyRequest$, EnableIpamPolicyResult$, EnableReachabilityAnalyzerOrganizationSharing$, EnableReachabilityAnalyzerOrganizationSharingRequest$, EnableReachabilityAnalyzerOrganizationSharingResult$, EnableRouteServerPropagation$, EnableRouteServerPropagationRequest$, EnableRouteServerPropagationResult$, EnableSerialConsoleAccess$, EnableSerialConsoleAccessRequest$, EnableSerialConsoleAccessResult$, EnableSnapshotBlockPublicAccess$, EnableSnapshotBlockPublicAccessRequest$, EnableSnapshotBlockPublicAccessResult$, EnableTransitGatewayRouteTablePropagation$, EnableTransitGatewayRouteTablePropagationRequest$, EnableTransitGatewayRouteTablePropagationResult$, EnableVgwRoutePropagation$, EnableVgwRoutePropagationRequest$, EnableVolumeIO$, EnableVolumeIORequest$, EnableVpcClassicLink$, EnableVpcClassicLinkDnsSupport$, EnableVpcClassicLinkDnsSupportRequest$, EnableVpcClassicLinkDnsSupportResult$, EnableVpcClassicLinkRequest$, EnableVpcClassicLinkResult$, EnclaveOptions$, EnclaveOptionsRequest$, EncryptionSupport$, EventInformation$, Explanation$, ExportClientVpnClientCertificateRevocationList$, ExportClientVpnClientCertificateRevocationListRequest$, ExportClientVpnClientCertificateRevocationListResult$, ExportClientVpnClientConfiguration$, ExportClientVpnClientConfigurationRequest$, ExportClientVpnClientConfigurationResult$, ExportImage$, ExportImageRequest$, ExportImageResult$, ExportImageTask$, ExportTask$, ExportTaskS3Location$, ExportTaskS3LocationRequest$, ExportToS3Task$, ExportToS3TaskSpecification$, ExportTransitGatewayRoutes$, ExportTransitGatewayRoutesRequest$, ExportTransitGatewayRoutesResult$, ExportVerifiedAccessInstanceClientConfiguration$, ExportVerifiedAccessInstanceClientConfigurationRequest$, ExportVerifiedAccessInstanceClientConfigurationResult$, ExternalAuthorityConfiguration$, FailedCapacityReservationFleetCancellationResult$, FailedQueuedPurchaseDeletion$, FastLaunchLaunchTemplateSpecificationRequest$, FastLaunchLaunchTemplateSpecificationResponse$, FastLaunchSnapshotConfigurationRequest$, FastLaunchSnapshotConfigurationResponse$, FederatedAuthentication$, FederatedAuthenticationRequest$, Filter$, FilterPortRange$, FirewallStatefulRule$, FirewallStatelessRule$, FleetBlockDeviceMappingRequest$, FleetCapacityReservation$, FleetCapacityReservationTargetRequest$, FleetData$, FleetEbsBlockDeviceRequest$, FleetIamInstanceProfileSpecificationRequest$, FleetInstanceMetadataOptionsRequest$, FleetLaunchTemplateConfig$, FleetLaunchTemplateConfigRequest$, FleetLaunchTemplateOverrides$, FleetLaunchTemplateOverridesRequest$, FleetLaunchTemplateSpecification$, FleetLaunchTemplateSpecificationRequest$, FleetSpotCapacityRebalance$, FleetSpotCapacityRebalanceRequest$, FleetSpotMaintenanceStrategies$, FleetSpotMaintenanceStrategiesRequest$, FlexCostAllocationCidrMapping$, FlexCostAllocationCidrRangeSpecifications$, FlexCostAllocationNetworkResourceScope$, FlexCostAllocationOperationFailure$, FlexCostAllocationPolicyAssociationDescription$, FlexCostAllocationPolicyDescription$, FlexCostAllocationPolicyVersion$, FlowLog$, FpgaDeviceInfo$, FpgaDeviceMemoryInfo$, FpgaImage$, FpgaImageAttribute$, FpgaImageState$, FpgaInfo$, GetActiveVpnTunnelStatus$, GetActiveVpnTunnelStatusRequest$, GetActiveVpnTunnelStatusResult$, GetAllowedImagesSettings$, GetAllowedImagesSettingsRequest$, GetAllowedImagesSettingsResult$, GetAssociatedEnclaveCertificateIamRoles$, GetAssociatedEnclaveCertificateIamRolesRequest$, GetAssociatedEnclaveCertificateIamRolesResult$, GetAssociatedIpv6PoolCidrs$, GetAssociatedIpv6PoolCidrsRequest$, GetAssociatedIpv6PoolCidrsResult$, GetAwsNetworkPerformanceData$, GetAwsNetworkPerformanceDataRequest$, GetAwsNetworkPerformanceDataResult$, GetCapacityManagerAttributes$, GetCapacityManagerAttributesRequest$, GetCapacityManagerAttributesResult$, GetCapacityManagerMetricData$, GetCapacityManagerMetricDataRequest$, GetCapacityManagerMetricDataResult$, GetCapacityManagerMetricDimensions$, GetCapacityManagerMetricDimensionsRequest$, GetCapacityManagerMetricDimensionsResult$, GetCapacityManagerMonitoredTagKeys$, GetCapacityManagerMonitoredTagKeysRequest$, GetCapacityManagerMonitoredTagKeysResult$, GetCapacityManagerSupportabilityScores$, GetCapacityManagerSupportabilityScoresRequest$, GetCapacityManagerSupportabilityScoresResult$, GetCapacityReservationUsage$, GetCapacityReservationUsageRequest$, GetCapacityReservationUsageResult$, GetClientVpnEndpointAuthorizationPolicy$, GetClientVpnEndpointAuthorizationPolicyRequest$, GetClientVpnEndpointAuthorizationPolicyResult$, GetCoipPoolUsage$, GetCoipPoolUsageRequest$, GetCoipPoolUsageResult$, GetConsoleOutput$, GetConsoleOutputRequest$, GetConsoleOutputResult$, GetConsoleScreenshot$, GetConsoleScreenshotRequest$, GetConsoleScreenshotResult$, GetDeclarativePoliciesReportSummary$, GetDeclarativePoliciesReportSummaryRequest$, GetDeclarativePoliciesReportSummaryResult$, GetDefaultCreditSpecification$, GetDefaultCreditSpecificationRequest$, GetDefaultCreditSpecificationResult$, GetEbsDefaultKmsKeyId$, GetEbsDefaultKmsKeyIdRequest$, GetEbsDefaultKmsKeyIdResult$, GetEbsEncryptionByDefault$, GetEbsEncryptionByDefaultRequest$, GetEbsEncryptionByDefaultResult$, GetEnabledIpamPolicy$, GetEnabledIpamPolicyRequest$, GetEnabledIpamPolicyResult$, GetFlowLogsIntegrationTemplate$, GetFlowLogsIntegrationTemplateRequest$, GetFlowLogsIntegrationTemplateResult$, GetGroupsForCapacityReservation$, GetGroupsForCapacityReservationRequest$, GetGroupsForCapacityReservationResult$, GetHostReservationPurchasePreview$, GetHostReservationPurchasePreviewRequest$, GetHostReservationPurchasePreviewResult$, GetImageAncestry$, GetImageAncestryRequest$, GetImageAncestryResult$, GetImageBlockPublicAccessState$, GetImageBlockPublicAccessStateRequest$, GetImageBlockPublicAccessStateResult$, GetImageFindings$, GetImageFindingsRequest$, GetImageFindingsResult$, GetInstanceMetadataDefaults$, GetInstanceMetadataDefaultsRequest$, GetInstanceMetadataDefaultsResult$, GetInstanceTpmEkPub$, GetInstanceTpmEkPubRequest$, GetInstanceTpmEkPubResult$, GetInstanceTypesFromInstanceRequirements$, GetInstanceTypesFromInstanceRequirementsRequest$, GetInstanceTypesFromInstanceRequirementsResult$, GetInstanceUefiData$, GetInstanceUefiDataRequest$, GetInstanceUefiDataResult$, GetIpamAddressHistory$, GetIpamAddressHistoryRequest$, GetIpamAddressHistoryResult$, GetIpamDiscoveredAccounts$, GetIpamDiscoveredAccountsRequest$, GetIpamDiscoveredAccountsResult$, GetIpamDiscoveredPublicAddresses$, GetIpamDiscoveredPublicAddressesRequest$, GetIpamDiscoveredPublicAddressesResult$, GetIpamDiscoveredResourceCidrs$, GetIpamDiscoveredResourceCidrsRequest$, GetIpamDiscoveredResourceCidrsResult$, GetIpamDiscoveredRoutes$, GetIpamDiscoveredRoutesRequest$, GetIpamDiscoveredRoutesResult$, GetIpamInternetRegistryAssociationAsns$, GetIpamInternetRegistryAssociationAsnsRequest$, GetIpamInternetRegistryAssociationAsnsResult$, GetIpamInternetRegistryAssociationCidrs$, GetIpamInternetRegistryAssociationCidrsRequest$, GetIpamInternetRegistryAssociationCidrsResult$, GetIpamPolicyAllocationRules$, GetIpamPolicyAllocationRulesRequest$, GetIpamPolicyAllocationRulesResult$, GetIpamPolicyOrganizationTargets$, GetIpamPolicyOrganizationTargetsRequest$, GetIpamPolicyOrganizationTargetsResult$, GetIpamPoolAllocations$, GetIpamPoolAllocationsRequest$, GetIpamPoolAllocationsResult$, GetIpamPoolCidrs$, GetIpamPoolCidrsRequest$, GetIpamPoolCidrsResult$, GetIpamPrefixListResolverRules$, GetIpamPrefixListResolverRulesRequest$, GetIpamPrefixListResolverRulesResult$, GetIpamPrefixListResolverVersionEntries$, GetIpamPrefixListResolverVersionEntriesRequest$, GetIpamPrefixListResolverVersionEntriesResult$, GetIpamPrefixListResolverVersions$, GetIpamPrefixListResolverVersionsRequest$, GetIpamPrefixListResolverVersionsResult$, GetIpamResourceCidrs$, GetIpamResourceCidrsRequest$, GetIpamResourceCidrsResult$, GetIpamRouteOriginAuthorizations$, GetIpamRouteOriginAuthorizationsRequest$, GetIpamRouteOriginAuthorizationsResult$, GetIpamRouteProtectionFindings$, GetIpamRouteProtectionFindingsRequest$, GetIpamRouteProtectionFindingsResult$, GetIpamRoutingPolicyRegistrationDeltas$, GetIpamRoutingPolicyRegistrationDeltasRequest$, GetIpamRoutingPolicyRegistrationDeltasResult$, GetIpamRoutingPolicyRegistrations$, GetIpamRoutingPolicyRegistrationsRequest$, GetIpamRoutingPolicyRegistrationsResult$, GetLaunchTemplateData$, GetLaunchTemplateDataRequest$, GetLaunchTemplateDataResult$, GetManagedPrefixListAssociations$, GetManagedPrefixListAssociationsRequest$, GetManagedPrefixListAssociationsResult$, GetManagedPrefixListEntries$, GetManagedPrefixListEntriesRequest$, GetManagedPrefixListEntriesResult$, GetManagedResourceVisibility$, GetManagedResourceVisibilityRequest$, GetManagedResourceVisibilityResult$, GetNetworkInsightsAccessScopeAnalysisFindings$, GetNetworkInsightsAccessScopeAnalysisFindingsRequest$, GetNetworkInsightsAccessScopeAnalysisFindingsResult$, GetNetworkInsightsAccessScopeContent$, GetNetworkInsightsAccessScopeContentRequest$, GetNetworkInsightsAccessScopeContentResult$, GetNetworkingFlexCostAllocationPolicyVersions$, GetNetworkingFlexCostAllocationPolicyVersionsRequest$, GetNetworkingFlexCostAllocationPolicyVersionsResult$, GetPasswordData$, GetPasswordDataRequest$, GetPasswordDataResult$, GetReservedInstancesExchangeQuote$, GetReservedInstancesExchangeQuoteRequest$, GetReservedInstancesExchangeQuoteResult$, GetRouteServerAssociations$, GetRouteServerAssociationsRequest$, GetRouteServerAssociationsResult$, GetRouteServerPropagations$, GetRouteServerPropagationsRequest$, GetRouteServerPropagationsResult$, GetRouteServerRoutingDatabase$, GetRouteServerRoutingDatabaseRequest$, GetRouteServerRoutingDatabaseResult$, GetSecurityGroupsForVpc$, GetSecurityGroupsForVpcRequest$, GetSecurityGroupsForVpcResult$, GetSerialConsoleAccessStatus$, GetSerialConsoleAccessStatusRequest$, GetSerialConsoleAccessStatusResult$, GetSnapshotBlockPublicAccessState$, GetSnapshotBlockPublicAccessStateRequest$, GetSnapshotBlockPublicAccessStateResult$, GetSpotPlacementScores$, GetSpotPlacementScoresRequest$, GetSpotPlacementScoresResult$, GetSubnetCidrReservations$, GetSubnetCidrReservationsRequest$, GetSubnetCidrReservationsResult$, GetTransitGatewayAttachmentNatConfiguration$, GetTransitGatewayAttachmentNatConfigurationRequest$, GetTransitGatewayAttachmentNatConfigurationResult$, GetTransitGatewayAttachmentPropagations$, GetTransitGatewayAttachmentPropagationsRequest$, GetTransitGatewayAttachmentPropagationsResult$, GetTransitGatewayMeteringPolicyEntries$, GetTransitGatewayMeteringPolicyEntriesRequest$, GetTransitGatewayMeteringPolicyEntriesResult$, GetTransitGatewayMulticastDomainAssociations$, GetTransitGatewayMulticastDomainAssociationsRequest$, GetTransitGatewayMulticastDomainAssociationsResult$, GetTransitGatewayPolicyTableAssociations$, GetTransitGatewayPolicyTableAssociationsRequest$, GetTransitGatewayPolicyTableAssociationsResult$, GetTransitGatewayPolicyTableEntries$, GetTransitGatewayPolicyTableEntriesRequest$, GetTransitGatewayPolicyTableEntriesResult$, GetTransitGatewayPrefixListReferences$, GetTransitGatewayPrefixListReferencesRequest$, GetTransitGatewayPrefixListReferencesResult$, GetTransitGatewayRouteTableAssociations$, GetTransitGatewayRouteTableAssociationsRequest$, GetTransitGatewayRouteTableAssociationsResult$, GetTransitGatewayRouteTablePropagations$, GetTransitGatewayRouteTablePropagationsRequest$, GetTransitGatewayRouteTablePropagationsResult$, GetVerifiedAccessEndpointPolicy$, GetVerifiedAccessEndpointPolicyRequest$, GetVerifiedAccessEndpointPolicyResult$, GetVerifiedAccessEndpointTargets$, GetVerifiedAccessEndpointTargetsRequest$, GetVerifiedAccessEndpointTargetsResult$, GetVerifiedAccessGroupPolicy$, GetVerifiedAccessGroupPolicyRequest$, GetVerifiedAccessGroupPolicyResult$, GetVpcResourcesBlockingEncryptionEnforcement$, GetVpcResourcesBlockingEncryptionEnforcementRequest$, GetVpcResourcesBlockingEncryptionEnforcementResult$, GetVpnConnectionDeviceSampleConfiguration$, GetVpnConnectionDeviceSampleConfigurationRequest$, GetVpnConnectionDeviceSampleConfigurationResult$, GetVpnConnectionDeviceTypes$, GetVpnConnectionDeviceTypesRequest$, GetVpnConnectionDeviceTypesResult$, GetVpnTunnelReplacementStatus$, GetVpnTunnelReplacementStatusRequest$, GetVpnTunnelReplacementStatusResult$, GpuDeviceInfo$, GpuDeviceMemoryInfo$, GpuInfo$, GroupIdentifier$, HealthCheckPathDestinationRequestObject$, HealthCheckPathDestinationResponseObject$, HealthCheckPathRequestObject$, HealthCheckPathResponseObject$, HealthCheckPathSourceRequestObject$, HealthCheckPathSourceResponseObject$, HibernationOptions$, HibernationOptionsRequest$, HistoryRecord$, HistoryRecordEntry$, Host$, HostCpuOptions$, HostCpuOptionsRequest$, HostInstance$, HostOffering$, HostProperties$, HostReservation$, IKEVersionsListValue$, IKEVersionsRequestListValue$, IamInstanceProfile$, IamInstanceProfileAssociation$, IamInstanceProfileSpecification$, IcmpTypeCode$, IdFormat$, Image$, ImageAncestryEntry$, ImageAttribute$, ImageCriterion$, ImageCriterionRequest$, ImageDiskContainer$, ImageFinding$, ImageMetadata$, ImageRecycleBinInfo$, ImageReference$, ImageUsageReport$, ImageUsageReportEntry$, ImageUsageResourceType$, ImageUsageResourceTypeOption$, ImageUsageResourceTypeOptionRequest$, ImageUsageResourceTypeRequest$, ImageWatermark$, ImageWatermarkFilterRequest$, ImageWatermarkFilterResponse$, ImportClientVpnClientCertificateRevocationList$, ImportClientVpnClientCertificateRevocationListRequest$, ImportClientVpnClientCertificateRevocationListResult$, ImportImage$, ImportImageLicenseConfigurationRequest$, ImportImageLicenseConfigurationResponse$, ImportImageRequest$, ImportImageResult$, ImportImageTask$, ImportInstance$, ImportInstanceLaunchSpecification$, ImportInstanceRequest$, ImportInstanceResult$, ImportInstanceTaskDetails$, ImportInstanceVolumeDetailItem$, ImportKeyPair$, ImportKeyPairRequest$, ImportKeyPairResult$, ImportSnapshot$, ImportSnapshotRequest$, ImportSnapshotResult$, ImportSnapshotTask$, ImportVolume$, ImportVolumeRequest$, ImportVolumeResult$, ImportVolumeTaskDetails$, InferenceAcceleratorInfo$, InferenceDeviceInfo$, InferenceDeviceMemoryInfo$, InitializationStatusDetails$, Instance$, InstanceApplicationStatus$, InstanceAttachmentEnaSrdSpecification$, InstanceAttachmentEnaSrdUdpSpecification$, InstanceAttribute$, InstanceBlockDeviceMapping$, InstanceBlockDeviceMappingSpecification$, InstanceCapacity$, InstanceConnectEndpointDnsNames$, InstanceConnectEndpointPublicDnsNames$, InstanceCount$, InstanceCreditSpecification$, InstanceCreditSpecificationRequest$, InstanceEventWindow$, InstanceEventWindowAssociationRequest$, InstanceEventWindowAssociationTarget$, InstanceEventWindowDisassociationRequest$, InstanceEventWindowStateChange$, InstanceEventWindowTimeRange$, InstanceEventWindowTimeRangeRequest$, InstanceExportDetails$, InstanceFamilyCreditSpecification$, InstanceFlexCostAllocationPolicyDocument$, InstanceImageMetadata$, InstanceIpv4Prefix$, InstanceIpv6Address$, InstanceIpv6AddressRequest$, InstanceIpv6Prefix$, InstanceMaintenanceOptions$, InstanceMaintenanceOptionsRequest$, InstanceMarketOptionsRequest$, InstanceMetadataDefaultsResponse$, InstanceMetadataOptionsRequest$, InstanceMetadataOptionsResponse$, InstanceMonitoring$, InstanceNetworkInterface$, InstanceNetworkInterfaceAssociation$, InstanceNetworkInterfaceAttachment$, InstanceNetworkInterfaceSpecification$, InstanceNetworkPerformanceOptions$, InstanceNetworkPerformanceOptionsRequest$, InstancePrivateIpAddress$, InstanceRequirements$, InstanceRequirementsRequest$, InstanceRequirementsWithMetadataRequest$, InstanceSecondaryInterface$, InstanceSecondaryInterfaceAttachment$, InstanceSecondaryInterfacePrivateIpAddress$, InstanceSecondaryInterfacePrivateIpAddressRequest$, InstanceSecondaryInterfaceSpecificationRequest$, InstanceSpecification$, InstanceState$, InstanceStateChange$, InstanceStatus$, InstanceStatusDetails$, InstanceStatusEvent$, InstanceStatusSummary$, InstanceStorageInfo$, InstanceTagNotificationAttribute$, InstanceTopology$, InstanceTypeInfo$, InstanceTypeInfoFromInstanceRequirements$, InstanceTypeItem$, InstanceTypeOffering$, InstanceTypeSpecification$, InstanceTypeSpecificationRequest$, InstanceUsage$, IntegrateServices$, InternetGateway$, InternetGatewayAttachment$, InterruptibleCapacityAllocation$, InterruptionInfo$, IpPermission$, IpRange$, Ipam$, IpamAddressHistoryRecord$, IpamCidrAuthorizationContext$, IpamDiscoveredAccount$, IpamDiscoveredPublicAddress$, IpamDiscoveredResourceCidr$, IpamDiscoveredRoute$, IpamDiscoveryFailureReason$, IpamExternalResourceVerificationToken$, IpamInternetRegistryAssociation$, IpamInternetRegistryAssociationAsn$, IpamInternetRegistryAssociationCidr$, IpamOperatingRegion$, IpamOrganizationalUnitExclusion$, IpamPolicy$, IpamPolicyAllocationRule$, IpamPolicyAllocationRuleRequest$, IpamPolicyDocument$, IpamPolicyOrganizationTarget$, IpamPool$, IpamPoolAllocation$, IpamPoolCidr$, IpamPoolCidrFailureReason$, IpamPoolSourceResource$, IpamPoolSourceResourceRequest$, IpamPrefixListResolver$, IpamPrefixListResolverRule$, IpamPrefixListResolverRuleCondition$, IpamPrefixListResolverRuleConditionRequest$, IpamPrefixListResolverRuleRequest$, IpamPrefixListResolverTarget$, IpamPrefixListResolverVersion$, IpamPrefixListResolverVersionEntry$, IpamPublicAddressSecurityGroup$, IpamPublicAddressTag$, IpamPublicAddressTags$, IpamResourceCidr$, IpamResourceDiscovery$, IpamResourceDiscoveryAssociation$, IpamResourceTag$, IpamRouteOriginAuthorization$, IpamRouteOriginAuthorizationInfo$, IpamRouteOverlap$, IpamRouteProtectionFinding$, IpamRoutingPolicyRegistration$, IpamRoutingPolicyRegistrationDelta$, IpamScope$, IpamScopeExternalAuthorityConfiguration$, Ipv4PrefixSpecification$, Ipv4PrefixSpecificationRequest$, Ipv4PrefixSpecificationResponse$, Ipv6CidrAssociation$, Ipv6CidrBlock$, Ipv6Pool$, Ipv6PrefixSpecification$, Ipv6PrefixSpecificationRequest$, Ipv6PrefixSpecificationResponse$, Ipv6Range$, KeyPair$, KeyPairInfo$, LastError$, LaunchPermission$, LaunchPermissionModifications$, LaunchSpecification$, LaunchTemplate$, LaunchTemplateAndOverridesResponse$, LaunchTemplateBlockDeviceMapping$, LaunchTemplateBlockDeviceMappingRequest$, LaunchTemplateCapacityReservationSpecificationRequest$, LaunchTemplateCapacityReservationSpecificationResponse$, LaunchTemplateConfig$, LaunchTemplateCpuOptions$, LaunchTemplateCpuOptionsRequest$, LaunchTemplateEbsBlockDevice$, LaunchTemplateEbsBlockDeviceRequest$, LaunchTemplateElasticInferenceAccelerator$, LaunchTemplateElasticInferenceAcceleratorResponse$, LaunchTemplateEnaSrdSpecification$, LaunchTemplateEnaSrdUdpSpecification$, LaunchTemplateEnclaveOptions$, LaunchTemplateEnclaveOptionsRequest$, LaunchTemplateHibernationOptions$, LaunchTemplateHibernationOptionsRequest$, LaunchTemplateIamInstanceProfileSpecification$, LaunchTemplateIamInstanceProfileSpecificationRequest$, LaunchTemplateInstanceMaintenanceOptions$, LaunchTemplateInstanceMaintenanceOptionsRequest$, LaunchTemplateInstanceMarketOptions$, LaunchTemplateInstanceMarketOptionsRequest$, LaunchTemplateInstanceMetadataOptions$, LaunchTemplateInstanceMetadataOptionsRequest$, LaunchTemplateInstanceNetworkInterfaceSpecification$, LaunchTemplateInstanceNetworkInterfaceSpecificationRequest$, LaunchTemplateInstanceSecondaryInterfaceSpecification$, LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest$, LaunchTemplateLicenseConfiguration$, LaunchTemplateLicenseConfigurationRequest$, LaunchTemplateNetworkPerformanceOptions$, LaunchTemplateNetworkPerformanceOptionsRequest$, LaunchTemplateOverrides$, LaunchTemplatePlacement$, LaunchTemplatePlacementRequest$, LaunchTemplatePrivateDnsNameOptions$, LaunchTemplatePrivateDnsNameOptionsRequest$, LaunchTemplateSpecification$, LaunchTemplateSpotMarketOptions$, LaunchTemplateSpotMarketOptionsRequest$, LaunchTemplateTagSpecification$, LaunchTemplateTagSpecificationRequest$, LaunchTemplateVersion$, LaunchTemplatesMonitoring$, LaunchTemplatesMonitoringRequest$, LicenseConfiguration$, LicenseConfigurationRequest$, ListImagesInRecycleBin$, ListImagesInRecycleBinRequest$, ListImagesInRecycleBinResult$, ListSnapshotsInRecycleBin$, ListSnapshotsInRecycleBinRequest$, ListSnapshotsInRecycleBinResult$, ListVolumesInRecycleBin$, ListVolumesInRecycleBinRequest$, ListVolumesInRecycleBinResult$, LoadBalancersConfig$, LoadPermission$, LoadPermissionModifications$, LoadPermissionRequest$, LocalGateway$, LocalGatewayRoute$, LocalGatewayRouteTable$, LocalGatewayRouteTableVirtualInterfaceGroupAssociation$, LocalGatewayRouteTableVpcAssociation$, LocalGatewayVirtualInterface$, LocalGatewayVirtualInterfaceGroup$, LockSnapshot$, LockSnapshotRequest$, LockSnapshotResult$, LockedSnapshotsInfo$, MacHost$, MacModificationTask$, MacSystemIntegrityProtectionConfiguration$, MacSystemIntegrityProtectionConfigurationRequest$, MaintenanceDetails$, ManagedPrefixList$, ManagedResourceVisibilitySettings$, MediaAcceleratorInfo$, MediaDeviceInfo$, MediaDeviceMemoryInfo$, MemoryGiBPerVCpu$, MemoryGiBPerVCpuRequest$, MemoryInfo$, MemoryMiB$, MemoryMiBRequest$, MetricCategory$, MetricDataResult$, MetricPoint$, MetricValue$, ModificationQuoteCurrentConfiguration$, ModificationReservationUpdate$, ModificationTerms$, ModifyAccountVpcEncryptionControl$, ModifyAccountVpcEncryptionControlRequest$, ModifyAccountVpcEncryptionControlResult$, ModifyAddressAttribute$, ModifyAddressAttributeRequest$, ModifyAddressAttributeResult$, ModifyApplicationStatusCheck$, ModifyApplicationStatusCheckRequest$, ModifyApplicationStatusCheckResult$, ModifyAvailabilityZoneGroup$, ModifyAvailabilityZoneGroupRequest$, ModifyAvailabilityZoneGroupResult$, ModifyCapacityReservation$, ModifyCapacityReservationFleet$, ModifyCapacityReservationFleetRequest$, ModifyCapacityReservationFleetResult$, ModifyCapacityReservationRequest$, ModifyCapacityReservationResult$, ModifyClientVpnEndpoint$, ModifyClientVpnEndpointAuthorizationPolicy$, ModifyClientVpnEndpointAuthorizationPolicyRequest$, ModifyClientVpnEndpointAuthorizationPolicyResult$, ModifyClientVpnEndpointRequest$, ModifyClientVpnEndpointResult$, ModifyDefaultCreditSpecification$, ModifyDefaultCreditSpecificationRequest$, ModifyDefaultCreditSpecificationResult$, ModifyEbsDefaultKmsKeyId$, ModifyEbsDefaultKmsKeyIdRequest$, ModifyEbsDefaultKmsKeyIdResult$, ModifyFleet$, ModifyFleetRequest$, ModifyFleetResult$, ModifyFpgaImageAttribute$, ModifyFpgaImageAttributeRequest$, ModifyFpgaImageAttributeResult$, ModifyHosts$, ModifyHostsRequest$, ModifyHostsResult$, ModifyIdFormat$, ModifyIdFormatRequest$, ModifyIdentityIdFormat$, ModifyIdentityIdFormatRequest$, ModifyImageAttribute$, ModifyImageAttributeRequest$, ModifyInstanceAttribute$, ModifyInstanceAttributeRequest$, ModifyInstanceCapacityReservationAttributes$, ModifyInstanceCapacityReservationAttributesRequest$, ModifyInstanceCapacityReservationAttributesResult$, ModifyInstanceConnectEndpoint$, ModifyInstanceConnectEndpointRequest$, ModifyInstanceConnectEndpointResult$, ModifyInstanceCpuOptions$, ModifyInstanceCpuOptionsRequest$, ModifyInstanceCpuOptionsResult$, ModifyInstanceCreditSpecification$, ModifyInstanceCreditSpecificationRequest$, ModifyInstanceCreditSpecificationResult$, ModifyInstanceEventStartTime$, ModifyInstanceEventStartTimeRequest$, ModifyInstanceEventStartTimeResult$, ModifyInstanceEventWindow$, ModifyInstanceEventWindowRequest$, ModifyInstanceEventWindowResult$, ModifyInstanceMaintenanceOptions$, ModifyInstanceMaintenanceOptionsRequest$, ModifyInstanceMaintenanceOptionsResult$, ModifyInstanceMetadataDefaults$, ModifyInstanceMetadataDefaultsRequest$, ModifyInstanceMetadataDefaultsResult$, ModifyInstanceMetadataOptions$, ModifyInstanceMetadataOptionsRequest$, ModifyInstanceMetadataOptionsResult$, ModifyInstanceNetworkPerformanceOptions$, ModifyInstanceNetworkPerformanceRequest$, ModifyInstanceNetworkPerformanceResult$, ModifyInstancePlacement$, ModifyInstancePlacementRequest$, ModifyInstancePlacementResult$, ModifyIpam$, ModifyIpamPolicyAllocationRules$, ModifyIpamPolicyAllocationRulesRequest$, ModifyIpamPolicyAllocationRulesResult$, ModifyIpamPool$, ModifyIpamPoolAllocation$, ModifyIpamPoolAllocationRequest$, ModifyIpamPoolAllocationResult$, ModifyIpamPoolRequest$, ModifyIpamPoolResult$, ModifyIpamPrefixListResolver$, ModifyIpamPrefixListResolverRequest$, ModifyIpamPrefixListResolverResult$, ModifyIpamPrefixListResolverTarget$, ModifyIpamPrefixListResolverTargetRequest$, ModifyIpamPrefixListResolverTargetResult$, ModifyIpamRequest$, ModifyIpamResourceCidr$, ModifyIpamResourceCidrRequest$, ModifyIpamResourceCidrResult$, ModifyIpamResourceDiscovery$, ModifyIpamResourceDiscoveryRequest$, ModifyIpamResourceDiscoveryResult$, ModifyIpamResult$, ModifyIpamRoutingPolicyRegistration$, ModifyIpamRoutingPolicyRegistrationRequest$, ModifyIpamRoutingPolicyRegistrationResult$, ModifyIpamScope$, ModifyIpamScopeRequest$, ModifyIpamScopeResult$, ModifyLaunchTemplate$, ModifyLaunchTemplateRequest$, ModifyLaunchTemplateResult$, ModifyLocalGatewayRoute$, ModifyLocalGatewayRouteRequest$, ModifyLocalGatewayRouteResult$, ModifyManagedPrefixList$, ModifyManagedPrefixListRequest$, ModifyManagedPrefixListResult$, ModifyManagedResourceVisibility$, ModifyManagedResourceVisibilityRequest$, ModifyManagedResourceVisibilityResult$, ModifyMetricCategory$, ModifyMetricCategoryRequest$, ModifyMetricCategoryResult$, ModifyNetworkInterfaceAttribute$, ModifyNetworkInterfaceAttributeRequest$, ModifyNetworkingFlexCostAllocationPolicy$, ModifyNetworkingFlexCostAllocationPolicyRequest$, ModifyNetworkingFlexCostAllocationPolicyResult$, ModifyPrivateDnsNameOptions$, ModifyPrivateDnsNameOptionsRequest$, ModifyPrivateDnsNameOptionsResult$, ModifyPublicIpDnsNameOptions$, ModifyPublicIpDnsNameOptionsRequest$, ModifyPublicIpDnsNameOptionsResult$, ModifyReservedInstances$, ModifyReservedInstancesRequest$, ModifyReservedInstancesResult$, ModifyRouteServer$, ModifyRouteServerRequest$, ModifyRouteServerResult$, ModifySecurityGroupRules$, ModifySecurityGroupRulesRequest$, ModifySecurityGroupRulesResult$, ModifySnapshotAttribute$, ModifySnapshotAttributeRequest$, ModifySnapshotTier$, ModifySnapshotTierRequest$, ModifySnapshotTierResult$, ModifySpotFleetRequest$, ModifySpotFleetRequestRequest$, ModifySpotFleetRequestResponse$, ModifySubnetAttribute$, ModifySubnetAttributeRequest$, ModifyTrafficMirrorFilterNetworkServices$, ModifyTrafficMirrorFilterNetworkServicesRequest$, ModifyTrafficMirrorFilterNetworkServicesResult$, ModifyTrafficMirrorFilterRule$, ModifyTrafficMirrorFilterRuleRequest$, ModifyTrafficMirrorFilterRuleResult$, ModifyTrafficMirrorSession$, ModifyTrafficMirrorSessionRequest$, ModifyTrafficMirrorSessionResult$, ModifyTransitGateway$, ModifyTransitGatewayAttachmentNatConfiguration$, ModifyTransitGatewayAttachmentNatConfigurationRequest$, ModifyTransitGatewayAttachmentNatConfigurationResult$, ModifyTransitGatewayMeteringPolicy$, ModifyTransitGatewayMeteringPolicyRequest$, ModifyTransitGatewayMeteringPolicyResult$, ModifyTransitGatewayOptions$, ModifyTransitGatewayPolicyTableEntry$, ModifyTransitGatewayPolicyTableEntryRequest$, ModifyTransitGatewayPolicyTableEntryResult$, ModifyTransitGatewayPrefixListReference$, ModifyTransitGatewayPrefixListReferenceRequest$, ModifyTransitGatewayPrefixListReferenceResult$, ModifyTransitGatewayRequest$, ModifyTransitGatewayResult$, ModifyTransitGatewayVpcAttachment$, ModifyTransitGatewayVpcAttachmentRequest$, ModifyTransitGatewayVpcAttachmentRequestOptions$, ModifyTransitGatewayVpcAttachmentResult$, ModifyVerifiedAccessEndpoint$, ModifyVerifiedAccessEndpointCidrOptions$, ModifyVerifiedAccessEndpointEniOptions$, ModifyVerifiedAccessEndpointLoadBalancerOptions$, ModifyVerifiedAccessEndpointPolicy$, ModifyVerifiedAccessEndpointPolicyRequest$, ModifyVerifiedAccessEndpointPolicyResult$, ModifyVerifiedAccessEndpointPortRange$, ModifyVerifiedAccessEndpointRdsOptions$, ModifyVerifiedAccessEndpointRequest$, ModifyVerifiedAccessEndpointResult$, ModifyVerifiedAccessGroup$, ModifyVerifiedAccessGroupPolicy$, ModifyVerifiedAccessGroupPolicyRequest$, ModifyVerifiedAccessGroupPolicyResult$, ModifyVerifiedAccessGroupRequest$, ModifyVerifiedAccessGroupResult$, ModifyVerifiedAccessInstance$, ModifyVerifiedAccessInstanceLoggingConfiguration$, ModifyVerifiedAccessInstanceLoggingConfigurationRequest$, ModifyVerifiedAccessInstanceLoggingConfigurationResult$, ModifyVerifiedAccessInstanceRequest$, ModifyVerifiedAccessInstanceResult$, ModifyVerifiedAccessNativeApplicationOidcOptions$, ModifyVerifiedAccessTrustProvider$, ModifyVerifiedAccessTrustProviderDeviceOptions$, ModifyVerifiedAccessTrustProviderOidcOptions$, ModifyVerifiedAccessTrustProviderRequest$, ModifyVerifiedAccessTrustProviderResult$, ModifyVolume$, ModifyVolumeAttribute$, ModifyVolumeAttributeRequest$, ModifyVolumeRequest$, ModifyVolumeResult$, ModifyVpcAttribute$, ModifyVpcAttributeRequest$, ModifyVpcBlockPublicAccessExclusion$, ModifyVpcBlockPublicAccessExclusionRequest$, ModifyVpcBlockPublicAccessExclusionResult$, ModifyVpcBlockPublicAccessOptions$, ModifyVpcBlockPublicAccessOptionsRequest$, ModifyVpcBlockPublicAccessOptionsResult$, ModifyVpcEncryptionControl$, ModifyVpcEncryptionControlRequest$, ModifyVpcEncryptionControlResult$, ModifyVpcEndpoint$, ModifyVpcEndpointConnectionNotification$, ModifyVpcEndpointConnectionNotificationRequest$, ModifyVpcEndpointConnectionNotificationResult$, ModifyVpcEndpointPayerResponsibility$, ModifyVpcEndpointPayerResponsibilityRequest$, ModifyVpcEndpointPayerResponsibilityResult$, ModifyVpcEndpointRequest$, ModifyVpcEndpointResult$, ModifyVpcEndpointServiceConfiguration$, ModifyVpcEndpointServiceConfigurationRequest$, ModifyVpcEndpointServiceConfigurationResult$, ModifyVpcEndpointServicePayerResponsibility$, ModifyVpcEndpointServicePayerResponsibilityRequest$, ModifyVpcEndpointServicePayerResponsibilityResult$, ModifyVpcEndpointServicePermissions$, ModifyVpcEndpointServicePermissionsRequest$, ModifyVpcEndpointServicePermissionsResult$, ModifyVpcPeeringConnectionOptions$, ModifyVpcPeeringConnectionOptionsRequest$, ModifyVpcPeeringConnectionOptionsResult$, ModifyVpcTenancy$, ModifyVpcTenancyRequest$, ModifyVpcTenancyResult$, ModifyVpnConnection$, ModifyVpnConnectionOptions$, ModifyVpnConnectionOptionsRequest$, ModifyVpnConnectionOptionsResult$, ModifyVpnConnectionRequest$, ModifyVpnConnectionResult$, ModifyVpnTunnelCertificate$, ModifyVpnTunnelCertificateRequest$, ModifyVpnTunnelCertificateResult$, ModifyVpnTunnelOptions$, ModifyVpnTunnelOptionsRequest$, ModifyVpnTunnelOptionsResult$, ModifyVpnTunnelOptionsSpecification$, MonitorInstances$, MonitorInstancesRequest$, MonitorInstancesResult$, Monitoring$, MoveAddressToVpc$, MoveAddressToVpcRequest$, MoveAddressToVpcResult$, MoveByoipCidrToIpam$, MoveByoipCidrToIpamRequest$, MoveByoipCidrToIpamResult$, MoveCapacityReservationInstances$, MoveCapacityReservationInstancesRequest$, MoveCapacityReservationInstancesResult$, MovingAddressStatus$, NatFlexCostAllocationPolicyDocument$, NatGateway$, NatGatewayAddress$, NatGatewayAttachedAppliance$, NativeApplicationOidcOptions$, NetworkAcl$, NetworkAclAssociation$, NetworkAclEntry$, NetworkBandwidthGbps$, NetworkBandwidthGbpsRequest$, NetworkCardInfo$, NetworkInfo$, NetworkInsightsAccessScope$, NetworkInsightsAccessScopeAnalysis$, NetworkInsightsAccessScopeContent$, NetworkInsightsAnalysis$, NetworkInsightsPath$, NetworkInterface$, NetworkInterfaceAssociation$, NetworkInterfaceAttachment$, NetworkInterfaceAttachmentChanges$, NetworkInterfaceCount$, NetworkInterfaceCountRequest$, NetworkInterfaceIpv6Address$, NetworkInterfacePermission$, NetworkInterfacePermissionState$, NetworkInterfacePrivateIpAddress$, NeuronDeviceCoreInfo$, NeuronDeviceInfo$, NeuronDeviceMemoryInfo$, NeuronInfo$, NewDhcpConfiguration$, NitroTpmInfo$, OidcOptions$, OnDemandOptions$, OnDemandOptionsRequest$, OperatorRequest$, OperatorResponse$, OutpostLag$, PacketHeaderStatement$, PacketHeaderStatementRequest$, PathComponent$, PathFilter$, PathRequestFilter$, PathStatement$, PathStatementRequest$, PayerResponsibilityEntry$, PciId$, PcxFlexCostAllocationPolicyDocument$, PeeringAttachmentStatus$, PeeringConnectionOptions$, PeeringConnectionOptionsRequest$, PeeringTgwInfo$, PerformanceFactorReference$, PerformanceFactorReferenceRequest$, PerformanceStatusSummary$, Phase1DHGroupNumbersListValue$, Phase1DHGroupNumbersRequestListValue$, Phase1EncryptionAlgorithmsListValue$, Phase1EncryptionAlgorithmsRequestListValue$, Phase1IntegrityAlgorithmsListValue$, Phase1IntegrityAlgorithmsRequestListValue$, Phase2DHGroupNumbersListValue$, Phase2DHGroupNumbersRequestListValue$, Phase2EncryptionAlgorithmsListValue$, Phase2EncryptionAlgorithmsRequestListValue$, Phase2IntegrityAlgorithmsListValue$, Phase2IntegrityAlgorithmsRequestListValue$, Placement$, PlacementGroup$, PlacementGroupInfo$, PlacementResponse$, PoolCidrBlock$, PortRange$, PrefixList$, PrefixListAssociation$, PrefixListEntry$, PrefixListId$, PriceSchedule$, PriceScheduleSpecification$, PricingDetail$, PrincipalIdFormat$, PrivateDnsDetails$, PrivateDnsNameConfiguration$, PrivateDnsNameOptionsOnLaunch$, PrivateDnsNameOptionsRequest$, PrivateDnsNameOptionsResponse$, PrivateIpAddressSpecification$, ProcessorInfo$, ProductCode$, PropagatingVgw$, ProvisionByoipCidr$, ProvisionByoipCidrRequest$, ProvisionByoipCidrResult$, ProvisionIpamByoasn$, ProvisionIpamByoasnRequest$, ProvisionIpamByoasnResult$, ProvisionIpamPoolCidr$, ProvisionIpamPoolCidrRequest$, ProvisionIpamPoolCidrResult$, ProvisionPublicIpv4PoolCidr$, ProvisionPublicIpv4PoolCidrRequest$, ProvisionPublicIpv4PoolCidrResult$, ProvisionedBandwidth$, PtrUpdateStatus$, PublicIpDnsNameOptions$, PublicIpv4Pool$, PublicIpv4PoolRange$, Purchase$, PurchaseCapacityBlock$, PurchaseCapacityBlockExtension$, PurchaseCapacityBlockExtensionRequest$, PurchaseCapacityBlockExtensionResult$, PurchaseCapacityBlockRequest$, PurchaseCapacityBlockResult$, PurchaseHostReservation$, PurchaseHostReservationRequest$, PurchaseHostReservationResult$, PurchaseRequest$, PurchaseReservedInstancesOffering$, PurchaseReservedInstancesOfferingRequest$, PurchaseReservedInstancesOfferingResult$, PurchaseScheduledInstances$, PurchaseScheduledInstancesRequest$, PurchaseScheduledInstancesResult$, RebootInstances$, RebootInstancesRequest$, RecurringCharge$, ReferencedSecurityGroup$, Region$, RegionGeography$, RegionalSummary$, RegisterImage$, RegisterImageRequest$, RegisterImageResult$, RegisterInstanceEventNotificationAttributes$, RegisterInstanceEventNotificationAttributesRequest$, RegisterInstanceEventNotificationAttributesResult$, RegisterInstanceTagAttributeRequest$, RegisterTransitGatewayMulticastGroupMembers$, RegisterTransitGatewayMulticastGroupMembersRequest$, RegisterTransitGatewayMulticastGroupMembersResult$, RegisterTransitGatewayMulticastGroupSources$, RegisterTransitGatewayMulticastGroupSourcesRequest$, RegisterTransitGatewayMulticastGroupSourcesResult$, RegisteredInstance$, RejectCapacityReservationBillingOwnership$, RejectCapacityReservationBillingOwnershipRequest$, RejectCapacityReservationBillingOwnershipResult$, RejectTransitGatewayClientVpnAttachment$, RejectTransitGatewayClientVpnAttachmentRequest$, RejectTransitGatewayClientVpnAttachmentResult$, RejectTransitGatewayMulticastDomainAssociations$, RejectTransitGatewayMulticastDomainAssociationsRequest$, RejectTransitGatewayMulticastDomainAssociationsResult$, RejectTransitGatewayPeeringAttachment$, RejectTransitGatewayPeeringAttachmentRequest$, RejectTransitGatewayPeeringAttachmentResult$, RejectTransitGatewayVpcAttachment$, RejectTransitGatewayVpcAttachmentRequest$, RejectTransitGatewayVpcAttachmentResult$, RejectVpcEndpointConnections$, RejectVpcEndpointConnectionsRequest$, RejectVpcEndpointConnectionsResult$, RejectVpcPeeringConnection$, RejectVpcPeeringConnectionRequest$, RejectVpcPeeringConnectionResult$, ReleaseAddress$, ReleaseAddressRequest$, ReleaseHosts$, ReleaseHostsRequest$, ReleaseHostsResult$, ReleaseIpamPoolAllocation$, ReleaseIpamPoolAllocationRequest$, ReleaseIpamPoolAllocationResult$, RemoveIpamOperatingRegion$, RemoveIpamOrganizationalUnitExclusion$, RemovePrefixListEntry$, ReplaceIamInstanceProfileAssociation$, ReplaceIamInstanceProfileAssociationRequest$, ReplaceIamInstanceProfileAssociationResult$, ReplaceImageCriteriaInAllowedImagesSettings$, ReplaceImageCriteriaInAllowedImagesSettingsRequest$, ReplaceImageCriteriaInAllowedImagesSettingsResult$, ReplaceImageInstanceTypeSpecification$, ReplaceImageInstanceTypeSpecificationRequest$, ReplaceImageInstanceTypeSpecificationResult$, ReplaceNetworkAclAssociation$, ReplaceNetworkAclAssociationRequest$, ReplaceNetworkAclAssociationResult$, ReplaceNetworkAclEntry$, ReplaceNetworkAclEntryRequest$, ReplaceRootVolumeTask$, ReplaceRoute$, ReplaceRouteRequest$, ReplaceRouteTableAssociation$, ReplaceRouteTableAssociationRequest$, ReplaceRouteTableAssociationResult$, ReplaceTransitGatewayRoute$, ReplaceTransitGatewayRouteRequest$, ReplaceTransitGatewayRouteResult$, ReplaceVpnTunnel$, ReplaceVpnTunnelRequest$, ReplaceVpnTunnelResult$, ReportInstanceStatus$, ReportInstanceStatusRequest$, RequestFilterPortRange$, RequestIpamResourceTag$, RequestLaunchTemplateData$, RequestSpotFleet$, RequestSpotFleetRequest$, RequestSpotFleetResponse$, RequestSpotInstances$, RequestSpotInstancesRequest$, RequestSpotInstancesResult$, RequestSpotLaunchSpecification$, Reservation$, ReservationFleetInstanceSpecification$, ReservationValue$, ReservedCapacityFallbackOptions$, ReservedCapacityFallbackOptionsRequest$, ReservedCapacityOptions$, ReservedCapacityOptionsRequest$, ReservedInstanceLimitPrice$, ReservedInstanceReservationValue$, ReservedInstances$, ReservedInstancesConfiguration$, ReservedInstancesId$, ReservedInstancesListing$, ReservedInstancesModification$, ReservedInstancesModificationResult$, ReservedInstancesOffering$, ResetAddressAttribute$, ResetAddressAttributeRequest$, ResetAddressAttributeResult$, ResetEbsDefaultKmsKeyId$, ResetEbsDefaultKmsKeyIdRequest$, ResetEbsDefaultKmsKeyIdResult$, ResetFpgaImageAttribute$, ResetFpgaImageAttributeRequest$, ResetFpgaImageAttributeResult$, ResetImageAttribute$, ResetImageAttributeRequest$, ResetInstanceAttribute$, ResetInstanceAttributeRequest$, ResetNetworkInterfaceAttribute$, ResetNetworkInterfaceAttributeRequest$, ResetSnapshotAttribute$, ResetSnapshotAttributeRequest$, ResourceStatement$, ResourceStatementRequest$, ResourceTypeOption$, ResourceTypeRequest$, ResponseError$, ResponseLaunchTemplateData$, RestoreAddressToClassic$, RestoreAddressToClassicRequest$, RestoreAddressToClassicResult$, RestoreImageFromRecycleBin$, RestoreImageFromRecycleBinRequest$, RestoreImageFromRecycleBinResult$, RestoreManagedPrefixListVersion$, RestoreManagedPrefixListVersionRequest$, RestoreManagedPrefixListVersionResult$, RestoreSnapshotFromRecycleBin$, RestoreSnapshotFromRecycleBinRequest$, RestoreSnapshotFromRecycleBinResult$, RestoreSnapshotTier$, RestoreSnapshotTierRequest$, RestoreSnapshotTierResult$, RestoreVolumeFromRecycleBin$, RestoreVolumeFromRecycleBinRequest$, RestoreVolumeFromRecycleBinResult$, RevokeClientVpnIngress$, RevokeClientVpnIngressRequest$, RevokeClientVpnIngressResult$, RevokeSecurityGroupEgressRequest$, RevokeSecurityGroupEgressResult$, RevokeSecurityGroupIngressRequest$, RevokeSecurityGroupIngressResult$, RevokedSecurityGroupRule$, Route$, RouteServer$, RouteServerAssociation$, RouteServerBfdStatus$, RouteServerBgpOptions$, RouteServerBgpOptionsRequest$, RouteServerBgpStatus$, RouteServerEndpoint$, RouteServerPeer$, RouteServerPropagation$, RouteServerRoute$, RouteServerRouteInstallationDetail$, RouteTable$, RouteTableAssociation$, RouteTableAssociationState$, RuleGroupRuleOptionsPair$, RuleGroupTypePair$, RuleOption$, RunInstances$, RunInstancesMonitoringEnabled$, RunInstancesRequest$, RunScheduledInstances$, RunScheduledInstancesRequest$, RunScheduledInstancesResult$, S3ObjectTag$, S3Storage$, ScanResultCondition$, ScanResultConditionRequest$, ScanResults$, ScheduledInstance$, ScheduledInstanceAvailability$, ScheduledInstanceRecurrence$, ScheduledInstanceRecurrenceRequest$, ScheduledInstancesBlockDeviceMapping$, ScheduledInstancesEbs$, ScheduledInstancesIamInstanceProfile$, ScheduledInstancesIpv6Address$, ScheduledInstancesLaunchSpecification$, ScheduledInstancesMonitoring$, ScheduledInstancesNetworkInterface$, ScheduledInstancesPlacement$, ScheduledInstancesPrivateIpAddressConfig$, SearchLocalGatewayRoutes$, SearchLocalGatewayRoutesRequest$, SearchLocalGatewayRoutesResult$, SearchTransitGatewayMulticastGroups$, SearchTransitGatewayMulticastGroupsRequest$, SearchTransitGatewayMulticastGroupsResult$, SearchTransitGatewayRoutes$, SearchTransitGatewayRoutesRequest$, SearchTransitGatewayRoutesResult$, SecondaryInterface$, SecondaryInterfaceAttachment$, SecondaryInterfaceIpv4Address$, SecondaryInterfacePrivateIpAddressSpecification$, SecondaryInterfacePrivateIpAddressSpecificationRequest$, SecondaryNetwork$, SecondaryNetworkIpv4CidrBlockAssociation$, SecondarySubnet$, SecondarySubnetIpv4CidrBlockAssociation$, SecureBlobAttributeValue$, SecurityGroup$, SecurityGroupForVpc$, SecurityGroupIdentifier$, SecurityGroupReference$, SecurityGroupRule$, SecurityGroupRuleDescription$, SecurityGroupRuleRequest$, SecurityGroupRuleUpdate$, SecurityGroupVpcAssociation$, SendDiagnosticInterrupt$, SendDiagnosticInterruptRequest$, ServiceConfiguration$, ServiceDetail$, ServiceLinkVirtualInterface$, ServiceTypeDetail$, SlotDateTimeRangeRequest$, SlotStartTimeRangeRequest$, Snapshot$, SnapshotDetail$, SnapshotDiskContainer$, SnapshotInfo$, SnapshotRecycleBinInfo$, SnapshotTaskDetail$, SnapshotTierStatus$, SpotCapacityRebalance$, SpotDatafeedSubscription$, SpotFleetLaunchSpecification$, SpotFleetMonitoring$, SpotFleetRequestConfig$, SpotFleetRequestConfigData$, SpotFleetTagSpecification$, SpotInstanceRequest$, SpotInstanceStateFault$, SpotInstanceStatus$, SpotMaintenanceStrategies$, SpotMarketOptions$, SpotOptions$, SpotOptionsRequest$, SpotPlacement$, SpotPlacementScore$, SpotPrice$, StaleIpPermission$, StaleSecurityGroup$, StartDeclarativePoliciesReport$, StartDeclarativePoliciesReportRequest$, StartDeclarativePoliciesReportResult$, StartInstances$, StartInstancesRequest$, StartInstancesResult$, StartNetworkInsightsAccessScopeAnalysis$, StartNetworkInsightsAccessScopeAnalysisRequest$, StartNetworkInsightsAccessScopeAnalysisResult$, StartNetworkInsightsAnalysis$, StartNetworkInsightsAnalysisRequest$, StartNetworkInsightsAnalysisResult$, StartVpcEndpointServicePrivateDnsVerification$, StartVpcEndpointServicePrivateDnsVerificationRequest$, StartVpcEndpointServicePrivateDnsVerificationResult$, StateReason$, StopInstances$, StopInstancesRequest$, StopInstancesResult$, Storage$, StorageLocation$, StoreImageTaskResult$, Subnet$, SubnetAssociation$, SubnetCidrBlockState$, SubnetCidrReservation$, SubnetConfiguration$, SubnetIpPrefixes$, SubnetIpv6CidrBlockAssociation$, Subscription$, SuccessfulAssociationResponseObject$, SuccessfulInstanceCreditSpecificationItem$, SuccessfulQueuedPurchaseDeletion$, SuccessfulSuppressionResponseObject$, SupportedRegionDetail$, Tag$, TagDescription$, TagFieldSpecificationRequest$, TagFieldSpecificationResponse$, TagSpecification$, TargetCapacitySpecification$, TargetCapacitySpecificationRequest$, TargetConfiguration$, TargetConfigurationRequest$, TargetGroup$, TargetGroupsConfig$, TargetNetwork$, TargetReservationValue$, TerminateClientVpnConnections$, TerminateClientVpnConnectionsRequest$, TerminateClientVpnConnectionsResult$, TerminateConnectionStatus$, TerminateInstances$, TerminateInstancesRequest$, TerminateInstancesResult$, ThroughResourcesStatement$, ThroughResourcesStatementRequest$, TotalLocalStorageGB$, TotalLocalStorageGBRequest$, TrafficMirrorFilter$, TrafficMirrorFilterRule$, TrafficMirrorPortRange$, TrafficMirrorPortRangeRequest$, TrafficMirrorSession$, TrafficMirrorTarget$, TransitGateway$, TransitGatewayAssociation$, TransitGatewayAttachment$, TransitGatewayAttachmentAssociation$, TransitGatewayAttachmentBgpConfiguration$, TransitGatewayAttachmentPropagation$, TransitGatewayClientVpnAttachment$, TransitGatewayConfigurationDescribeEndpointStructure$, TransitGatewayConfigurationInputStructure$, TransitGatewayConnect$, TransitGatewayConnectOptions$, TransitGatewayConnectPeer$, TransitGatewayConnectPeerConfiguration$, TransitGatewayConnectRequestBgpOptions$, TransitGatewayMeteringPolicy$, TransitGatewayMeteringPolicyEntry$, TransitGatewayMeteringPolicyRule$, TransitGatewayMulticastDeregisteredGroupMembers$, TransitGatewayMulticastDeregisteredGroupSources$, TransitGatewayMulticastDomain$, TransitGatewayMulticastDomainAssociation$, TransitGatewayMulticastDomainAssociations$, TransitGatewayMulticastDomainOptions$, TransitGatewayMulticastGroup$, TransitGatewayMulticastRegisteredGroupMembers$, TransitGatewayMulticastRegisteredGroupSources$, TransitGatewayNatRule$, TransitGatewayNatRuleRequest$, TransitGatewayOptions$, TransitGatewayPeeringAttachment$, TransitGatewayPeeringAttachmentOptions$, TransitGatewayPolicyRule$, TransitGatewayPolicyRuleMetaData$, TransitGatewayPolicyTable$, TransitGatewayPolicyTableAssociation$, TransitGatewayPolicyTableEntry$, TransitGatewayPrefixListAttachment$, TransitGatewayPrefixListReference$, TransitGatewayPropagation$, TransitGatewayRequestOptions$, TransitGatewayRequestPolicyRule$, TransitGatewayRequestPolicyRuleMetaData$, TransitGatewayRoute$, TransitGatewayRouteAttachment$, TransitGatewayRouteTable$, TransitGatewayRouteTableAnnouncement$, TransitGatewayRouteTableAssociation$, TransitGatewayRouteTablePropagation$, TransitGatewayRouteTableRoute$, TransitGatewayVpcAttachment$, TransitGatewayVpcAttachmentOptions$, TrunkInterfaceAssociation$, TunnelOption$, UnassignIpv6Addresses$, UnassignIpv6AddressesRequest$, UnassignIpv6AddressesResult$, UnassignPrivateIpAddresses$, UnassignPrivateIpAddressesRequest$, UnassignPrivateNatGatewayAddress$, UnassignPrivateNatGatewayAddressRequest$, UnassignPrivateNatGatewayAddressResult$, UnlockSnapshot$, UnlockSnapshotRequest$, UnlockSnapshotResult$, UnmonitorInstances$, UnmonitorInstancesRequest$, UnmonitorInstancesResult$, UnsuccessfulAssociationResponseObject$, UnsuccessfulInstanceCreditSpecificationItem$, UnsuccessfulInstanceCreditSpecificationItemError$, UnsuccessfulItem$, UnsuccessfulItemError$, UnsuccessfulSuppressionResponseObject$, UpdateCapacityManagerMonitoredTagKeys$, UpdateCapacityManagerMonitoredTagKeysRequest$, UpdateCapacityManagerMonitoredTagKeysResult$, UpdateCapacityManagerOrganizationsAccess$, UpdateCapacityManagerOrganizationsAccessRequest$, UpdateCapacityManagerOrganizationsAccessResult$, UpdateInterruptibleCapacityReservationAllocation$, UpdateInterruptibleCapacityReservationAllocationRequest$, UpdateInterruptibleCapacityReservationAllocationResult$, UpdateSecurityGroupRuleDescriptionsEgress$, UpdateSecurityGroupRuleDescriptionsEgressRequest$, UpdateSecurityGroupRuleDescriptionsEgressResult$, UpdateSecurityGroupRuleDescriptionsIngress$, UpdateSecurityGroupRuleDescriptionsIngressRequest$, UpdateSecurityGroupRuleDescriptionsIngressResult$, UserBucket$, UserBucketDetails$, UserData$, UserIdGroupPair$, VCpuCountRange$, VCpuCountRangeRequest$, VCpuInfo$, ValidateSecurityGroupQuotasForInterface$, ValidateSecurityGroupQuotasForInterfaceRequest$, ValidateSecurityGroupQuotasForInterfaceResult$, ValidationError$, ValidationWarning$, VerifiedAccessEndpoint$, VerifiedAccessEndpointCidrOptions$, VerifiedAccessEndpointEniOptions$, VerifiedAccessEndpointLoadBalancerOptions$, VerifiedAccessEndpointPortRange$, VerifiedAccessEndpointRdsOptions$, VerifiedAccessEndpointStatus$, VerifiedAccessEndpointTarget$, VerifiedAccessGroup$, VerifiedAccessInstance$, VerifiedAccessInstanceCustomSubDomain$, VerifiedAccessInstanceLoggingConfiguration$, VerifiedAccessInstanceOpenVpnClientConfiguration$, VerifiedAccessInstanceOpenVpnClientConfigurationRoute$, VerifiedAccessInstanceUserTrustProviderClientConfiguration$, VerifiedAccessLogCloudWatchLogsDestination$, VerifiedAccessLogCloudWatchLogsDestinationOptions$, VerifiedAccessLogDeliveryStatus$, VerifiedAccessLogKinesisDataFirehoseDestination$, VerifiedAccessLogKinesisDataFirehoseDestinationOptions$, VerifiedAccessLogOptions$, VerifiedAccessLogS3Destination$, VerifiedAccessLogS3DestinationOptions$, VerifiedAccessLogs$, VerifiedAccessSseSpecificationRequest$, VerifiedAccessSseSpecificationResponse$, VerifiedAccessTrustProvider$, VerifiedAccessTrustProviderCondensed$, VgwTelemetry$, Volume$, VolumeAttachment$, VolumeDetail$, VolumeModification$, VolumeRecycleBinInfo$, VolumeStatusAction$, VolumeStatusAttachmentStatus$, VolumeStatusDetails$, VolumeStatusEvent$, VolumeStatusInfo$, VolumeStatusItem$, Vpc$, VpcAttachment$, VpcBlockPublicAccessExclusion$, VpcBlockPublicAccessOptions$, VpcCidrBlockAssociation$, VpcCidrBlockState$, VpcClassicLink$, VpcEncryptionControl$, VpcEncryptionControlConfiguration$, VpcEncryptionControlExclusion$, VpcEncryptionControlExclusions$, VpcEncryptionNonCompliantResource$, VpcEndpoint$, VpcEndpointAssociation$, VpcEndpointConnection$, VpcIpv6CidrBlockAssociation$, VpcPeeringConnection$, VpcPeeringConnectionOptionsDescription$, VpcPeeringConnectionStateReason$, VpcPeeringConnectionVpcInfo$, VpnConcentrator$, VpnConnection$, VpnConnectionDeviceType$, VpnConnectionOptions$, VpnConnectionOptionsSpecification$, VpnGateway$, VpnStaticRoute$, VpnTunnelLogOptions$, VpnTunnelLogOptionsSpecification$, VpnTunnelOptionsSpecification$, WithdrawByoipCidr$, WithdrawByoipCidrRequest$, WithdrawByoipCidrResult$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/models/EC2ServiceException.js


class EC2ServiceException extends client.ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, EC2ServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js
const _AESS = "AttachmentEnaSrdSpecification";
const _AESUS = "AttachmentEnaSrdUdpSpecification";
const _AGV = "ApiGatewayV2";
const _AIAC = "AvailableIpAddressCount";
const _AIAOC = "AssignIpv6AddressOnCreation";
const _AIl = "AllocationId";
const _AIs = "AssociationId";
const _AItt = "AttachmentId";
const _ASGIR = "AuthorizeSecurityGroupIngressRequest";
const _ASGIRu = "AuthorizeSecurityGroupIngressResult";
const _ASGIu = "AuthorizeSecurityGroupIngress";
const _ASL = "AssociatedSubnetList";
const _ASsso = "AssociatedSubnets";
const _ATtt = "AttachTime";
const _AZ = "AvailabilityZone";
const _AZI = "AvailabilityZoneId";
const _Ass = "Association";
const _Att = "Attachment";
const _BPAS = "BlockPublicAccessStates";
const _CB = "CidrBlock";
const _CBAS = "CidrBlockAssociationSet";
const _CBSi = "CidrBlockState";
const _CI = "CarrierIp";
const _CIi = "CidrIp";
const _CIid = "CidrIpv6";
const _CIidr = "CidrIpv4";
const _COI = "CustomerOwnedIp";
const _COIP = "CustomerOwnedIpv4Pool";
const _CSG = "CreateSecurityGroup";
const _CSGR = "CreateSecurityGroupRequest";
const _CSGRr = "CreateSecurityGroupResult";
const _CTC = "ConnectionTrackingConfiguration";
const _DAIT = "DenyAllIgwTraffic";
const _DFA = "DefaultForAz";
const _DHT = "DnsHostnameType";
const _DI = "DeviceIndex";
const _DNIRe = "DescribeNetworkInterfacesRequest";
const _DNIRes = "DescribeNetworkInterfacesResult";
const _DNIe = "DescribeNetworkInterfaces";
const _DOI = "DhcpOptionsId";
const _DOT = "DeleteOnTermination";
const _DR = "DryRun";
const _DSG = "DeleteSecurityGroup";
const _DSGR = "DeleteSecurityGroupRequest";
const _DSGRe = "DeleteSecurityGroupResult";
const _DSGRes = "DescribeSecurityGroupsRequest";
const _DSGResc = "DescribeSecurityGroupsResult";
const _DSGe = "DescribeSecurityGroups";
const _DSRescr = "DescribeSubnetsRequest";
const _DSRescri = "DescribeSubnetsResult";
const _DSesc = "DescribeSubnets";
const _DVRescr = "DescribeVpcsRequest";
const _DVRescri = "DescribeVpcsResult";
const _DVesc = "DescribeVpcs";
const _De = "Description";
const _ECn = "EncryptionControl";
const _EDn = "EnableDns64";
const _EFS = "ElasticFileSystem";
const _ELADI = "EnableLniAtDeviceIndex";
const _EOIG = "EgressOnlyInternetGateway";
const _EQC = "EnaQueueCount";
const _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
const _ERNDAR = "EnableResourceNameDnsARecord";
const _ESE = "EnaSrdEnabled";
const _ESS = "EnaSrdSpecification";
const _ESUE = "EnaSrdUdpEnabled";
const _ESUS = "EnaSrdUdpSpecification";
const _FLi = "FilterList";
const _FP = "FromPort";
const _Fi = "Filters";
const _Fil = "Filter";
const _G = "Groups";
const _GA = "GlobalAccelerator";
const _GD = "GroupDescription";
const _GIL = "GroupIdentifierList";
const _GISL = "GroupIdStringList";
const _GIr = "GroupId";
const _GIro = "GroupIds";
const _GIrou = "GroupIdentifier";
const _GN = "GroupName";
const _GNSL = "GroupNameStringList";
const _GNr = "GroupNames";
const _GOI = "GroupOwnerId";
const _HBD = "HiddenByDefault";
const _HTo = "HostnameType";
const _IA = "Ipv6Addresses";
const _IAA = "Ipv6AddressAttribute";
const _IApv = "Ipv6Address";
const _ICB = "Ipv6CidrBlock";
const _ICBAS = "Ipv6CidrBlockAssociationSet";
const _ICBS = "Ipv6CidrBlockState";
const _IDs = "IsDefault";
const _IE = "IsEgress";
const _IG = "InternetGateway";
const _IGBM = "InternetGatewayBlockMode";
const _II = "InstanceId";
const _IMR = "IncludeManagedResources";
const _IN = "Ipv6Native";
const _IOI = "IpOwnerId";
const _IOIn = "InstanceOwnerId";
const _IPEp = "IpPermissionsEgress";
const _IPIs = "IsPrimaryIpv6";
const _IPLp = "IpPermissionList";
const _IPLpv = "Ipv4PrefixesList";
const _IPLpvre = "Ipv6PrefixesList";
const _IPS = "Ipv4PrefixSpecification";
const _IPSp = "Ipv6PrefixSpecification";
const _IPp = "Ipv6Prefixes";
const _IPpe = "IpPermissions";
const _IPper = "IpPermission";
const _IPpr = "IpProtocol";
const _IPpv = "Ipv6Prefix";
const _IPpvo = "Ipv6Pool";
const _IPpvr = "Ipv4Prefixes";
const _IPpvre = "Ipv4Prefix";
const _IRLp = "IpRangeList";
const _IRLpv = "Ipv6RangeList";
const _IRpa = "IpRanges";
const _IRpan = "IpRange";
const _IRpv = "Ipv6Ranges";
const _IRpva = "Ipv6Range";
const _ISpo = "IpSource";
const _ITns = "InstanceTenancy";
const _ITnt = "InterfaceType";
const _K = "Key";
const _L = "Lambda";
const _MAa = "MacAddress";
const _MCOIOL = "MapCustomerOwnedIpOnLaunch";
const _MPIOL = "MapPublicIpOnLaunch";
const _MR = "MaxResults";
const _Mana = "Managed";
const _Mo = "Mode";
const _N = "Name";
const _NBG = "NetworkBorderGroup";
const _NCI = "NetworkCardIndex";
const _NG = "NatGateway";
const _NIAet = "NetworkInterfaceAssociation";
const _NIAetw = "NetworkInterfaceAttachment";
const _NII = "NetworkInterfaceId";
const _NIIA = "NetworkInterfaceIpv6Address";
const _NIIAL = "NetworkInterfaceIpv6AddressesList";
const _NIIL = "NetworkInterfaceIdList";
const _NIIe = "NetworkInterfaceIds";
const _NIL = "NetworkInterfaceList";
const _NIPIA = "NetworkInterfacePrivateIpAddress";
const _NIPIAL = "NetworkInterfacePrivateIpAddressList";
const _NIe = "NetworkInterface";
const _NIet = "NetworkInterfaces";
const _NTe = "NextToken";
const _OA = "OutpostArn";
const _OI = "OwnerId";
const _ORper = "OperatorResponse";
const _Op = "Operator";
const _P = "Principal";
const _PDN = "PrivateDnsName";
const _PDNOOL = "PrivateDnsNameOptionsOnLaunch";
const _PDNub = "PublicDnsName";
const _PDSDN = "PublicDualStackDnsName";
const _PI = "PublicIp";
const _PIAr = "PrivateIpAddress";
const _PIAri = "PrivateIpAddresses";
const _PIDN = "PublicIpv6DnsName";
const _PIDNO = "PublicIpDnsNameOptions";
const _PIDNu = "PublicIpv4DnsName";
const _PLI = "PrefixListId";
const _PLIL = "PrefixListIdList";
const _PLIr = "PrefixListIds";
const _PSee = "PeeringStatus";
const _Prim = "Primary";
const _R = "Return";
const _REes = "ResourceExclusions";
const _RGI = "ReferencedGroupId";
const _RGIe = "ReferencedGroupInfo";
const _RIeq = "RequesterId";
const _RMeq = "RequesterManaged";
const _RSG = "ReferencedSecurityGroup";
const _RSGE = "RevokeSecurityGroupEgress";
const _RSGER = "RevokeSecurityGroupEgressRequest";
const _RSGERe = "RevokeSecurityGroupEgressResult";
const _RSGIR = "RevokeSecurityGroupIngressRequest";
const _RSGIRe = "RevokeSecurityGroupIngressResult";
const _RSGIev = "RevokeSecurityGroupIngress";
const _RSGR = "RevokedSecurityGroupRule";
const _RSGRL = "RevokedSecurityGroupRuleList";
const _RSGRe = "RevokedSecurityGroupRules";
const _RTe = "ResourceType";
const _SAub = "SubnetArn";
const _SCBS = "SubnetCidrBlockState";
const _SDC = "SourceDestCheck";
const _SGA = "SecurityGroupArn";
const _SGL = "SecurityGroupList";
const _SGR = "SecurityGroupRules";
const _SGRA = "SecurityGroupRuleArn";
const _SGRI = "SecurityGroupRuleIds";
const _SGRIL = "SecurityGroupRuleIdList";
const _SGRIe = "SecurityGroupRuleId";
const _SGRL = "SecurityGroupRuleList";
const _SGRe = "SecurityGroupRule";
const _SGe = "SecurityGroups";
const _SGec = "SecurityGroup";
const _SI = "SubnetIds";
const _SICBA = "SubnetIpv6CidrBlockAssociation";
const _SICBAS = "SubnetIpv6CidrBlockAssociationSet";
const _SISLu = "SubnetIdStringList";
const _SIu = "SubnetId";
const _SLu = "SubnetList";
const _SMt = "StatusMessage";
const _SMta = "StateMessage";
const _SSGN = "SourceSecurityGroupName";
const _SSGOI = "SourceSecurityGroupOwnerId";
const _St = "State";
const _Sta = "Status";
const _Su = "Subnet";
const _Subn = "Subnets";
const _T = "Tags";
const _TET = "TcpEstablishedTimeout";
const _TL = "TagList";
const _TP = "ToPort";
const _TS = "TagSpecifications";
const _TSL = "TagSpecificationList";
const _TSa = "TagSpecification";
const _TSag = "TagSet";
const _Ta = "Tag";
const _Ty = "Type";
const _UI = "UserId";
const _UIGP = "UserIdGroupPairs";
const _UIGPL = "UserIdGroupPairList";
const _UIGPs = "UserIdGroupPair";
const _UIP = "UnknownIpPermissions";
const _UST = "UdpStreamTimeout";
const _UTd = "UdpTimeout";
const _V = "Value";
const _VCBA = "VpcCidrBlockAssociation";
const _VCBAS = "VpcCidrBlockAssociationSet";
const _VCBS = "VpcCidrBlockState";
const _VEC = "VpcEncryptionControl";
const _VECE = "VpcEncryptionControlExclusion";
const _VECEp = "VpcEncryptionControlExclusions";
const _VECI = "VpcEncryptionControlId";
const _VI = "VpcId";
const _VICBA = "VpcIpv6CidrBlockAssociation";
const _VICBAS = "VpcIpv6CidrBlockAssociationSet";
const _VISLp = "VpcIdStringList";
const _VIp = "VpcIds";
const _VL = "VpcLattice";
const _VLp = "VpcList";
const _VP = "VpcPeering";
const _VPCI = "VpcPeeringConnectionId";
const _VPG = "VirtualPrivateGateway";
const _VSL = "ValueStringList";
const _Va = "Values";
const _Vp = "Vpc";
const _Vpc = "Vpcs";
const _aGV = "apiGatewayV2";
const _aI = "allocationId";
const _aIAC = "availableIpAddressCount";
const _aIAOC = "assignIpv6AddressOnCreation";
const _aIs = "associationId";
const _aIt = "attachmentId";
const _aSSs = "associatedSubnetSet";
const _aTt = "attachTime";
const _aZ = "availabilityZone";
const _aZI = "availabilityZoneId";
const _ass = "association";
const _at = "attachment";
const _bPAS = "blockPublicAccessStates";
const _cB = "cidrBlock";
const _cBAS = "cidrBlockAssociationSet";
const _cBSi = "cidrBlockState";
const _cI = "carrierIp";
const _cIi = "cidrIp";
const _cIid = "cidrIpv6";
const _cIidr = "cidrIpv4";
const _cOI = "customerOwnedIp";
const _cOIP = "customerOwnedIpv4Pool";
const _cTC = "connectionTrackingConfiguration";
const _dAIT = "denyAllIgwTraffic";
const _dFA = "defaultForAz";
const _dHT = "dnsHostnameType";
const _dI = "deviceIndex";
const _dOI = "dhcpOptionsId";
const _dOT = "deleteOnTermination";
const _dR = "dryRun";
const _de = "description";
const _eCn = "encryptionControl";
const _eDn = "enableDns64";
const _eFS = "elasticFileSystem";
const _eLADI = "enableLniAtDeviceIndex";
const _eOIG = "egressOnlyInternetGateway";
const _eQC = "enaQueueCount";
const _eQN = "ec2QueryName";
const _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
const _eRNDAR = "enableResourceNameDnsARecord";
const _eSE = "enaSrdEnabled";
const _eSS = "enaSrdSpecification";
const _eSUE = "enaSrdUdpEnabled";
const _eSUS = "enaSrdUdpSpecification";
const _fP = "fromPort";
const _fi = "filter";
const _gA = "globalAccelerator";
const _gD = "groupDescription";
const _gIr = "groupId";
const _gN = "groupName";
const _gOI = "groupOwnerId";
const _gSr = "groupSet";
const _gr = "groups";
const _hBD = "hiddenByDefault";
const _hTo = "hostnameType";
const _iAA = "ipv6AddressAttribute";
const _iASp = "ipv6AddressesSet";
const _iApv = "ipv6Address";
const _iCB = "ipv6CidrBlock";
const _iCBASp = "ipv6CidrBlockAssociationSet";
const _iCBS = "ipv6CidrBlockState";
const _iDs = "isDefault";
const _iEs = "isEgress";
const _iG = "internetGateway";
const _iGBM = "internetGatewayBlockMode";
const _iI = "instanceId";
const _iN = "ipv6Native";
const _iOIn = "instanceOwnerId";
const _iOIp = "ipOwnerId";
const _iPEp = "ipPermissionsEgress";
const _iPIs = "isPrimaryIpv6";
const _iPSpvr = "ipv4PrefixSet";
const _iPSpvre = "ipv6PrefixSet";
const _iPp = "ipProtocol";
const _iPpe = "ipPermissions";
const _iPpv = "ipv4Prefix";
const _iPpvo = "ipv6Pool";
const _iPpvr = "ipv6Prefix";
const _iRpa = "ipRanges";
const _iRpv = "ipv6Ranges";
const _iSpo = "ipSource";
const _iTns = "instanceTenancy";
const _iTnt = "interfaceType";
const _it = "item";
const _k = "key";
const _l = "lambda";
const _mAa = "macAddress";
const _mCOIOL = "mapCustomerOwnedIpOnLaunch";
const _mPIOL = "mapPublicIpOnLaunch";
const _mana = "managed";
const _mo = "mode";
const _nBG = "networkBorderGroup";
const _nCI = "networkCardIndex";
const _nG = "natGateway";
const _nII = "networkInterfaceId";
const _nIS = "networkInterfaceSet";
const _nTe = "nextToken";
const _oA = "outpostArn";
const _oI = "ownerId";
const _ope = "operator";
const _p = "principal";
const _pDNOOL = "privateDnsNameOptionsOnLaunch";
const _pDNr = "privateDnsName";
const _pDNu = "publicDnsName";
const _pDSDN = "publicDualStackDnsName";
const _pI = "publicIp";
const _pIAS = "privateIpAddressesSet";
const _pIAr = "privateIpAddress";
const _pIDN = "publicIpv6DnsName";
const _pIDNO = "publicIpDnsNameOptions";
const _pIDNu = "publicIpv4DnsName";
const _pLI = "prefixListId";
const _pLIr = "prefixListIds";
const _pSee = "peeringStatus";
const _prim = "primary";
const _r = "return";
const _rEes = "resourceExclusions";
const _rGI = "referencedGroupId";
const _rGIe = "referencedGroupInfo";
const _rIeq = "requesterId";
const _rMeq = "requesterManaged";
const _rSGRS = "revokedSecurityGroupRuleSet";
const _rTe = "resourceType";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
const _sAub = "subnetArn";
const _sDC = "sourceDestCheck";
const _sGA = "securityGroupArn";
const _sGIec = "securityGroupInfo";
const _sGRA = "securityGroupRuleArn";
const _sGRI = "securityGroupRuleId";
const _sGRS = "securityGroupRuleSet";
const _sIu = "subnetId";
const _sMt = "statusMessage";
const _sMta = "stateMessage";
const _sSGN = "sourceSecurityGroupName";
const _sSGOI = "sourceSecurityGroupOwnerId";
const _sSub = "subnetSet";
const _st = "state";
const _sta = "status";
const _tET = "tcpEstablishedTimeout";
const _tP = "toPort";
const _tS = "tagSet";
const _ty = "type";
const _uI = "userId";
const _uIPS = "unknownIpPermissionSet";
const _uST = "udpStreamTimeout";
const _uTd = "udpTimeout";
const _v = "value";
const _vECI = "vpcEncryptionControlId";
const _vI = "vpcId";
const _vL = "vpcLattice";
const _vP = "vpcPeering";
const _vPCI = "vpcPeeringConnectionId";
const _vPG = "virtualPrivateGateway";
const _vSp = "vpcSet";
const _xN = "xmlName";
const n0 = "com.amazonaws.ec2";


const _s_registry = new schema.TypeRegistry(_s);
var EC2ServiceException$ = [-3, _s, "EC2ServiceException", 0, [], []];
_s_registry.registerError(EC2ServiceException$, EC2ServiceException);
const errorTypeRegistries = [
    _s_registry,
];
var AttachmentEnaSrdSpecification$ = [3, n0, _AESS,
    0,
    [_ESE, _ESUS],
    [[2, { [_eQN]: `EnaSrdEnabled`,
                [_xN]: _eSE }], [() => AttachmentEnaSrdUdpSpecification$, { [_eQN]: `EnaSrdUdpSpecification`,
                [_xN]: _eSUS }]]
];
var AttachmentEnaSrdUdpSpecification$ = [3, n0, _AESUS,
    0,
    [_ESUE],
    [[2, { [_eQN]: `EnaSrdUdpEnabled`,
                [_xN]: _eSUE }]]
];
var AuthorizeSecurityGroupIngressRequest$ = [3, n0, _ASGIR,
    0,
    [_CIi, _FP, _GIr, _GN, _IPpe, _IPpr, _SSGN, _SSGOI, _TP, _TS, _DR],
    [0, 1, 0, 0, [() => IpPermissionList, 0], 0, 0, 0, 1, [() => TagSpecificationList, { [_xN]: _TSa }], [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]]
];
var AuthorizeSecurityGroupIngressResult$ = [3, n0, _ASGIRu,
    0,
    [_R, _SGR],
    [[2, { [_eQN]: `Return`,
                [_xN]: _r }], [() => SecurityGroupRuleList, { [_eQN]: `SecurityGroupRuleSet`,
                [_xN]: _sGRS }]]
];
var BlockPublicAccessStates$ = [3, n0, _BPAS,
    0,
    [_IGBM],
    [[0, { [_eQN]: `InternetGatewayBlockMode`,
                [_xN]: _iGBM }]]
];
var ConnectionTrackingConfiguration$ = [3, n0, _CTC,
    0,
    [_TET, _UST, _UTd],
    [[1, { [_eQN]: `TcpEstablishedTimeout`,
                [_xN]: _tET }], [1, { [_eQN]: `UdpStreamTimeout`,
                [_xN]: _uST }], [1, { [_eQN]: `UdpTimeout`,
                [_xN]: _uTd }]]
];
var CreateSecurityGroupRequest$ = [3, n0, _CSGR,
    0,
    [_De, _GN, _VI, _TS, _DR],
    [[0, { [_xN]: _GD }], 0, 0, [() => TagSpecificationList, { [_xN]: _TSa }], [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]], 2
];
var CreateSecurityGroupResult$ = [3, n0, _CSGRr,
    0,
    [_GIr, _T, _SGA],
    [[0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [0, { [_eQN]: `SecurityGroupArn`,
                [_xN]: _sGA }]]
];
var DeleteSecurityGroupRequest$ = [3, n0, _DSGR,
    0,
    [_GIr, _GN, _DR],
    [0, 0, [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]]
];
var DeleteSecurityGroupResult$ = [3, n0, _DSGRe,
    0,
    [_R, _GIr],
    [[2, { [_eQN]: `Return`,
                [_xN]: _r }], [0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }]]
];
var DescribeNetworkInterfacesRequest$ = [3, n0, _DNIRe,
    0,
    [_NTe, _MR, _IMR, _DR, _NIIe, _Fi],
    [0, 1, 2, [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }], [() => NetworkInterfaceIdList, { [_xN]: _NII }], [() => FilterList, { [_eQN]: `Filter`,
                [_xN]: _fi }]]
];
var DescribeNetworkInterfacesResult$ = [3, n0, _DNIRes,
    0,
    [_NIet, _NTe],
    [[() => NetworkInterfaceList, { [_eQN]: `NetworkInterfaceSet`,
                [_xN]: _nIS }], [0, { [_eQN]: `NextToken`,
                [_xN]: _nTe }]]
];
var DescribeSecurityGroupsRequest$ = [3, n0, _DSGRes,
    0,
    [_GIro, _GNr, _NTe, _MR, _DR, _Fi],
    [[() => GroupIdStringList, { [_xN]: _GIr }], [() => GroupNameStringList, { [_xN]: _GN }], 0, 1, [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }], [() => FilterList, { [_xN]: _Fil }]]
];
var DescribeSecurityGroupsResult$ = [3, n0, _DSGResc,
    0,
    [_NTe, _SGe],
    [[0, { [_eQN]: `NextToken`,
                [_xN]: _nTe }], [() => SecurityGroupList, { [_eQN]: `SecurityGroupInfo`,
                [_xN]: _sGIec }]]
];
var DescribeSubnetsRequest$ = [3, n0, _DSRescr,
    0,
    [_Fi, _SI, _NTe, _MR, _DR],
    [[() => FilterList, { [_xN]: _Fil }], [() => SubnetIdStringList, { [_xN]: _SIu }], 0, 1, [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]]
];
var DescribeSubnetsResult$ = [3, n0, _DSRescri,
    0,
    [_NTe, _Subn],
    [[0, { [_eQN]: `NextToken`,
                [_xN]: _nTe }], [() => SubnetList, { [_eQN]: `SubnetSet`,
                [_xN]: _sSub }]]
];
var DescribeVpcsRequest$ = [3, n0, _DVRescr,
    0,
    [_Fi, _VIp, _NTe, _MR, _DR],
    [[() => FilterList, { [_xN]: _Fil }], [() => VpcIdStringList, { [_xN]: _VI }], 0, 1, [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]]
];
var DescribeVpcsResult$ = [3, n0, _DVRescri,
    0,
    [_NTe, _Vpc],
    [[0, { [_eQN]: `NextToken`,
                [_xN]: _nTe }], [() => VpcList, { [_eQN]: `VpcSet`,
                [_xN]: _vSp }]]
];
var Filter$ = [3, n0, _Fil,
    0,
    [_N, _Va],
    [0, [() => ValueStringList, { [_xN]: _V }]]
];
var GroupIdentifier$ = [3, n0, _GIrou,
    0,
    [_GIr, _GN],
    [[0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [0, { [_eQN]: `GroupName`,
                [_xN]: _gN }]]
];
var IpPermission$ = [3, n0, _IPper,
    0,
    [_IPpr, _FP, _TP, _UIGP, _IRpa, _IRpv, _PLIr],
    [[0, { [_eQN]: `IpProtocol`,
                [_xN]: _iPp }], [1, { [_eQN]: `FromPort`,
                [_xN]: _fP }], [1, { [_eQN]: `ToPort`,
                [_xN]: _tP }], [() => UserIdGroupPairList, { [_eQN]: `Groups`,
                [_xN]: _gr }], [() => IpRangeList, { [_eQN]: `IpRanges`,
                [_xN]: _iRpa }], [() => Ipv6RangeList, { [_eQN]: `Ipv6Ranges`,
                [_xN]: _iRpv }], [() => PrefixListIdList, { [_eQN]: `PrefixListIds`,
                [_xN]: _pLIr }]]
];
var IpRange$ = [3, n0, _IRpan,
    0,
    [_De, _CIi],
    [[0, { [_eQN]: `Description`,
                [_xN]: _de }], [0, { [_eQN]: `CidrIp`,
                [_xN]: _cIi }]]
];
var Ipv4PrefixSpecification$ = [3, n0, _IPS,
    0,
    [_IPpvre],
    [[0, { [_eQN]: `Ipv4Prefix`,
                [_xN]: _iPpv }]]
];
var Ipv6PrefixSpecification$ = [3, n0, _IPSp,
    0,
    [_IPpv],
    [[0, { [_eQN]: `Ipv6Prefix`,
                [_xN]: _iPpvr }]]
];
var Ipv6Range$ = [3, n0, _IRpva,
    0,
    [_De, _CIid],
    [[0, { [_eQN]: `Description`,
                [_xN]: _de }], [0, { [_eQN]: `CidrIpv6`,
                [_xN]: _cIid }]]
];
var NetworkInterface$ = [3, n0, _NIe,
    0,
    [_Ass, _Att, _AZ, _CTC, _De, _G, _ITnt, _IA, _MAa, _NII, _OA, _OI, _PDN, _PDNub, _PIDNO, _PIAr, _PIAri, _IPpvr, _IPp, _RIeq, _RMeq, _SDC, _Sta, _SIu, _TSag, _VI, _DAIT, _IN, _IApv, _Op, _ASsso, _AZI],
    [[() => NetworkInterfaceAssociation$, { [_eQN]: `Association`,
                [_xN]: _ass }], [() => NetworkInterfaceAttachment$, { [_eQN]: `Attachment`,
                [_xN]: _at }], [0, { [_eQN]: `AvailabilityZone`,
                [_xN]: _aZ }], [() => ConnectionTrackingConfiguration$, { [_eQN]: `ConnectionTrackingConfiguration`,
                [_xN]: _cTC }], [0, { [_eQN]: `Description`,
                [_xN]: _de }], [() => GroupIdentifierList, { [_eQN]: `GroupSet`,
                [_xN]: _gSr }], [0, { [_eQN]: `InterfaceType`,
                [_xN]: _iTnt }], [() => NetworkInterfaceIpv6AddressesList, { [_eQN]: `Ipv6AddressesSet`,
                [_xN]: _iASp }], [0, { [_eQN]: `MacAddress`,
                [_xN]: _mAa }], [0, { [_eQN]: `NetworkInterfaceId`,
                [_xN]: _nII }], [0, { [_eQN]: `OutpostArn`,
                [_xN]: _oA }], [0, { [_eQN]: `OwnerId`,
                [_xN]: _oI }], [0, { [_eQN]: `PrivateDnsName`,
                [_xN]: _pDNr }], [0, { [_eQN]: `PublicDnsName`,
                [_xN]: _pDNu }], [() => PublicIpDnsNameOptions$, { [_eQN]: `PublicIpDnsNameOptions`,
                [_xN]: _pIDNO }], [0, { [_eQN]: `PrivateIpAddress`,
                [_xN]: _pIAr }], [() => NetworkInterfacePrivateIpAddressList, { [_eQN]: `PrivateIpAddressesSet`,
                [_xN]: _pIAS }], [() => Ipv4PrefixesList, { [_eQN]: `Ipv4PrefixSet`,
                [_xN]: _iPSpvr }], [() => Ipv6PrefixesList, { [_eQN]: `Ipv6PrefixSet`,
                [_xN]: _iPSpvre }], [0, { [_eQN]: `RequesterId`,
                [_xN]: _rIeq }], [2, { [_eQN]: `RequesterManaged`,
                [_xN]: _rMeq }], [2, { [_eQN]: `SourceDestCheck`,
                [_xN]: _sDC }], [0, { [_eQN]: `Status`,
                [_xN]: _sta }], [0, { [_eQN]: `SubnetId`,
                [_xN]: _sIu }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [2, { [_eQN]: `DenyAllIgwTraffic`,
                [_xN]: _dAIT }], [2, { [_eQN]: `Ipv6Native`,
                [_xN]: _iN }], [0, { [_eQN]: `Ipv6Address`,
                [_xN]: _iApv }], [() => OperatorResponse$, { [_eQN]: `Operator`,
                [_xN]: _ope }], [() => AssociatedSubnetList, { [_eQN]: `AssociatedSubnetSet`,
                [_xN]: _aSSs }], [0, { [_eQN]: `AvailabilityZoneId`,
                [_xN]: _aZI }]]
];
var NetworkInterfaceAssociation$ = [3, n0, _NIAet,
    0,
    [_AIl, _AIs, _IOI, _PDNub, _PI, _COI, _CI],
    [[0, { [_eQN]: `AllocationId`,
                [_xN]: _aI }], [0, { [_eQN]: `AssociationId`,
                [_xN]: _aIs }], [0, { [_eQN]: `IpOwnerId`,
                [_xN]: _iOIp }], [0, { [_eQN]: `PublicDnsName`,
                [_xN]: _pDNu }], [0, { [_eQN]: `PublicIp`,
                [_xN]: _pI }], [0, { [_eQN]: `CustomerOwnedIp`,
                [_xN]: _cOI }], [0, { [_eQN]: `CarrierIp`,
                [_xN]: _cI }]]
];
var NetworkInterfaceAttachment$ = [3, n0, _NIAetw,
    0,
    [_ATtt, _AItt, _DOT, _DI, _NCI, _II, _IOIn, _Sta, _ESS, _EQC],
    [[4, { [_eQN]: `AttachTime`,
                [_xN]: _aTt }], [0, { [_eQN]: `AttachmentId`,
                [_xN]: _aIt }], [2, { [_eQN]: `DeleteOnTermination`,
                [_xN]: _dOT }], [1, { [_eQN]: `DeviceIndex`,
                [_xN]: _dI }], [1, { [_eQN]: `NetworkCardIndex`,
                [_xN]: _nCI }], [0, { [_eQN]: `InstanceId`,
                [_xN]: _iI }], [0, { [_eQN]: `InstanceOwnerId`,
                [_xN]: _iOIn }], [0, { [_eQN]: `Status`,
                [_xN]: _sta }], [() => AttachmentEnaSrdSpecification$, { [_eQN]: `EnaSrdSpecification`,
                [_xN]: _eSS }], [1, { [_eQN]: `EnaQueueCount`,
                [_xN]: _eQC }]]
];
var NetworkInterfaceIpv6Address$ = [3, n0, _NIIA,
    0,
    [_IApv, _PIDN, _IPIs],
    [[0, { [_eQN]: `Ipv6Address`,
                [_xN]: _iApv }], [0, { [_eQN]: `PublicIpv6DnsName`,
                [_xN]: _pIDN }], [2, { [_eQN]: `IsPrimaryIpv6`,
                [_xN]: _iPIs }]]
];
var NetworkInterfacePrivateIpAddress$ = [3, n0, _NIPIA,
    0,
    [_Ass, _Prim, _PDN, _PIAr],
    [[() => NetworkInterfaceAssociation$, { [_eQN]: `Association`,
                [_xN]: _ass }], [2, { [_eQN]: `Primary`,
                [_xN]: _prim }], [0, { [_eQN]: `PrivateDnsName`,
                [_xN]: _pDNr }], [0, { [_eQN]: `PrivateIpAddress`,
                [_xN]: _pIAr }]]
];
var OperatorResponse$ = [3, n0, _ORper,
    0,
    [_Mana, _P, _HBD],
    [[2, { [_eQN]: `Managed`,
                [_xN]: _mana }], [0, { [_eQN]: `Principal`,
                [_xN]: _p }], [2, { [_eQN]: `HiddenByDefault`,
                [_xN]: _hBD }]]
];
var PrefixListId$ = [3, n0, _PLI,
    0,
    [_De, _PLI],
    [[0, { [_eQN]: `Description`,
                [_xN]: _de }], [0, { [_eQN]: `PrefixListId`,
                [_xN]: _pLI }]]
];
var PrivateDnsNameOptionsOnLaunch$ = [3, n0, _PDNOOL,
    0,
    [_HTo, _ERNDAR, _ERNDAAAAR],
    [[0, { [_eQN]: `HostnameType`,
                [_xN]: _hTo }], [2, { [_eQN]: `EnableResourceNameDnsARecord`,
                [_xN]: _eRNDAR }], [2, { [_eQN]: `EnableResourceNameDnsAAAARecord`,
                [_xN]: _eRNDAAAAR }]]
];
var PublicIpDnsNameOptions$ = [3, n0, _PIDNO,
    0,
    [_DHT, _PIDNu, _PIDN, _PDSDN],
    [[0, { [_eQN]: `DnsHostnameType`,
                [_xN]: _dHT }], [0, { [_eQN]: `PublicIpv4DnsName`,
                [_xN]: _pIDNu }], [0, { [_eQN]: `PublicIpv6DnsName`,
                [_xN]: _pIDN }], [0, { [_eQN]: `PublicDualStackDnsName`,
                [_xN]: _pDSDN }]]
];
var ReferencedSecurityGroup$ = [3, n0, _RSG,
    0,
    [_GIr, _PSee, _UI, _VI, _VPCI],
    [[0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [0, { [_eQN]: `PeeringStatus`,
                [_xN]: _pSee }], [0, { [_eQN]: `UserId`,
                [_xN]: _uI }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `VpcPeeringConnectionId`,
                [_xN]: _vPCI }]]
];
var RevokedSecurityGroupRule$ = [3, n0, _RSGR,
    0,
    [_SGRIe, _GIr, _IE, _IPpr, _FP, _TP, _CIidr, _CIid, _PLI, _RGI, _De],
    [[0, { [_eQN]: `SecurityGroupRuleId`,
                [_xN]: _sGRI }], [0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [2, { [_eQN]: `IsEgress`,
                [_xN]: _iEs }], [0, { [_eQN]: `IpProtocol`,
                [_xN]: _iPp }], [1, { [_eQN]: `FromPort`,
                [_xN]: _fP }], [1, { [_eQN]: `ToPort`,
                [_xN]: _tP }], [0, { [_eQN]: `CidrIpv4`,
                [_xN]: _cIidr }], [0, { [_eQN]: `CidrIpv6`,
                [_xN]: _cIid }], [0, { [_eQN]: `PrefixListId`,
                [_xN]: _pLI }], [0, { [_eQN]: `ReferencedGroupId`,
                [_xN]: _rGI }], [0, { [_eQN]: `Description`,
                [_xN]: _de }]]
];
var RevokeSecurityGroupEgressRequest$ = [3, n0, _RSGER,
    0,
    [_GIr, _SGRI, _DR, _SSGN, _SSGOI, _IPpr, _FP, _TP, _CIi, _IPpe],
    [[0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [() => SecurityGroupRuleIdList, { [_xN]: _SGRIe }], [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }], [0, { [_eQN]: `SourceSecurityGroupName`,
                [_xN]: _sSGN }], [0, { [_eQN]: `SourceSecurityGroupOwnerId`,
                [_xN]: _sSGOI }], [0, { [_eQN]: `IpProtocol`,
                [_xN]: _iPp }], [1, { [_eQN]: `FromPort`,
                [_xN]: _fP }], [1, { [_eQN]: `ToPort`,
                [_xN]: _tP }], [0, { [_eQN]: `CidrIp`,
                [_xN]: _cIi }], [() => IpPermissionList, { [_eQN]: `IpPermissions`,
                [_xN]: _iPpe }]], 1
];
var RevokeSecurityGroupEgressResult$ = [3, n0, _RSGERe,
    0,
    [_R, _UIP, _RSGRe],
    [[2, { [_eQN]: `Return`,
                [_xN]: _r }], [() => IpPermissionList, { [_eQN]: `UnknownIpPermissionSet`,
                [_xN]: _uIPS }], [() => RevokedSecurityGroupRuleList, { [_eQN]: `RevokedSecurityGroupRuleSet`,
                [_xN]: _rSGRS }]]
];
var RevokeSecurityGroupIngressRequest$ = [3, n0, _RSGIR,
    0,
    [_CIi, _FP, _GIr, _GN, _IPpe, _IPpr, _SSGN, _SSGOI, _TP, _SGRI, _DR],
    [0, 1, 0, 0, [() => IpPermissionList, 0], 0, 0, 0, 1, [() => SecurityGroupRuleIdList, { [_xN]: _SGRIe }], [2, { [_eQN]: `DryRun`,
                [_xN]: _dR }]]
];
var RevokeSecurityGroupIngressResult$ = [3, n0, _RSGIRe,
    0,
    [_R, _UIP, _RSGRe],
    [[2, { [_eQN]: `Return`,
                [_xN]: _r }], [() => IpPermissionList, { [_eQN]: `UnknownIpPermissionSet`,
                [_xN]: _uIPS }], [() => RevokedSecurityGroupRuleList, { [_eQN]: `RevokedSecurityGroupRuleSet`,
                [_xN]: _rSGRS }]]
];
var SecurityGroup$ = [3, n0, _SGec,
    0,
    [_GIr, _IPEp, _T, _VI, _SGA, _OI, _GN, _De, _IPpe],
    [[0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [() => IpPermissionList, { [_eQN]: `IpPermissionsEgress`,
                [_xN]: _iPEp }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `SecurityGroupArn`,
                [_xN]: _sGA }], [0, { [_eQN]: `OwnerId`,
                [_xN]: _oI }], [0, { [_eQN]: `GroupName`,
                [_xN]: _gN }], [0, { [_eQN]: `GroupDescription`,
                [_xN]: _gD }], [() => IpPermissionList, { [_eQN]: `IpPermissions`,
                [_xN]: _iPpe }]]
];
var SecurityGroupRule$ = [3, n0, _SGRe,
    0,
    [_SGRIe, _GIr, _GOI, _IE, _IPpr, _FP, _TP, _CIidr, _CIid, _PLI, _RGIe, _De, _T, _SGRA],
    [[0, { [_eQN]: `SecurityGroupRuleId`,
                [_xN]: _sGRI }], [0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [0, { [_eQN]: `GroupOwnerId`,
                [_xN]: _gOI }], [2, { [_eQN]: `IsEgress`,
                [_xN]: _iEs }], [0, { [_eQN]: `IpProtocol`,
                [_xN]: _iPp }], [1, { [_eQN]: `FromPort`,
                [_xN]: _fP }], [1, { [_eQN]: `ToPort`,
                [_xN]: _tP }], [0, { [_eQN]: `CidrIpv4`,
                [_xN]: _cIidr }], [0, { [_eQN]: `CidrIpv6`,
                [_xN]: _cIid }], [0, { [_eQN]: `PrefixListId`,
                [_xN]: _pLI }], [() => ReferencedSecurityGroup$, { [_eQN]: `ReferencedGroupInfo`,
                [_xN]: _rGIe }], [0, { [_eQN]: `Description`,
                [_xN]: _de }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [0, { [_eQN]: `SecurityGroupRuleArn`,
                [_xN]: _sGRA }]]
];
var Subnet$ = [3, n0, _Su,
    0,
    [_AZI, _ELADI, _MCOIOL, _COIP, _OI, _AIAOC, _ICBAS, _T, _SAub, _OA, _EDn, _IN, _PDNOOL, _BPAS, _Ty, _SIu, _St, _VI, _CB, _AIAC, _AZ, _DFA, _MPIOL],
    [[0, { [_eQN]: `AvailabilityZoneId`,
                [_xN]: _aZI }], [1, { [_eQN]: `EnableLniAtDeviceIndex`,
                [_xN]: _eLADI }], [2, { [_eQN]: `MapCustomerOwnedIpOnLaunch`,
                [_xN]: _mCOIOL }], [0, { [_eQN]: `CustomerOwnedIpv4Pool`,
                [_xN]: _cOIP }], [0, { [_eQN]: `OwnerId`,
                [_xN]: _oI }], [2, { [_eQN]: `AssignIpv6AddressOnCreation`,
                [_xN]: _aIAOC }], [() => SubnetIpv6CidrBlockAssociationSet, { [_eQN]: `Ipv6CidrBlockAssociationSet`,
                [_xN]: _iCBASp }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [0, { [_eQN]: `SubnetArn`,
                [_xN]: _sAub }], [0, { [_eQN]: `OutpostArn`,
                [_xN]: _oA }], [2, { [_eQN]: `EnableDns64`,
                [_xN]: _eDn }], [2, { [_eQN]: `Ipv6Native`,
                [_xN]: _iN }], [() => PrivateDnsNameOptionsOnLaunch$, { [_eQN]: `PrivateDnsNameOptionsOnLaunch`,
                [_xN]: _pDNOOL }], [() => BlockPublicAccessStates$, { [_eQN]: `BlockPublicAccessStates`,
                [_xN]: _bPAS }], [0, { [_eQN]: `Type`,
                [_xN]: _ty }], [0, { [_eQN]: `SubnetId`,
                [_xN]: _sIu }], [0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `CidrBlock`,
                [_xN]: _cB }], [1, { [_eQN]: `AvailableIpAddressCount`,
                [_xN]: _aIAC }], [0, { [_eQN]: `AvailabilityZone`,
                [_xN]: _aZ }], [2, { [_eQN]: `DefaultForAz`,
                [_xN]: _dFA }], [2, { [_eQN]: `MapPublicIpOnLaunch`,
                [_xN]: _mPIOL }]]
];
var SubnetCidrBlockState$ = [3, n0, _SCBS,
    0,
    [_St, _SMt],
    [[0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `StatusMessage`,
                [_xN]: _sMt }]]
];
var SubnetIpv6CidrBlockAssociation$ = [3, n0, _SICBA,
    0,
    [_AIs, _ICB, _ICBS, _IAA, _ISpo],
    [[0, { [_eQN]: `AssociationId`,
                [_xN]: _aIs }], [0, { [_eQN]: `Ipv6CidrBlock`,
                [_xN]: _iCB }], [() => SubnetCidrBlockState$, { [_eQN]: `Ipv6CidrBlockState`,
                [_xN]: _iCBS }], [0, { [_eQN]: `Ipv6AddressAttribute`,
                [_xN]: _iAA }], [0, { [_eQN]: `IpSource`,
                [_xN]: _iSpo }]]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [[0, { [_eQN]: `Key`,
                [_xN]: _k }], [0, { [_eQN]: `Value`,
                [_xN]: _v }]]
];
var TagSpecification$ = [3, n0, _TSa,
    0,
    [_RTe, _T],
    [[0, { [_eQN]: `ResourceType`,
                [_xN]: _rTe }], [() => TagList, { [_xN]: _Ta }]]
];
var UserIdGroupPair$ = [3, n0, _UIGPs,
    0,
    [_De, _UI, _GN, _GIr, _VI, _VPCI, _PSee],
    [[0, { [_eQN]: `Description`,
                [_xN]: _de }], [0, { [_eQN]: `UserId`,
                [_xN]: _uI }], [0, { [_eQN]: `GroupName`,
                [_xN]: _gN }], [0, { [_eQN]: `GroupId`,
                [_xN]: _gIr }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `VpcPeeringConnectionId`,
                [_xN]: _vPCI }], [0, { [_eQN]: `PeeringStatus`,
                [_xN]: _pSee }]]
];
var Vpc$ = [3, n0, _Vp,
    0,
    [_OI, _ITns, _ICBAS, _CBAS, _IDs, _ECn, _T, _BPAS, _VI, _St, _CB, _DOI],
    [[0, { [_eQN]: `OwnerId`,
                [_xN]: _oI }], [0, { [_eQN]: `InstanceTenancy`,
                [_xN]: _iTns }], [() => VpcIpv6CidrBlockAssociationSet, { [_eQN]: `Ipv6CidrBlockAssociationSet`,
                [_xN]: _iCBASp }], [() => VpcCidrBlockAssociationSet, { [_eQN]: `CidrBlockAssociationSet`,
                [_xN]: _cBAS }], [2, { [_eQN]: `IsDefault`,
                [_xN]: _iDs }], [() => VpcEncryptionControl$, { [_eQN]: `EncryptionControl`,
                [_xN]: _eCn }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }], [() => BlockPublicAccessStates$, { [_eQN]: `BlockPublicAccessStates`,
                [_xN]: _bPAS }], [0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `CidrBlock`,
                [_xN]: _cB }], [0, { [_eQN]: `DhcpOptionsId`,
                [_xN]: _dOI }]]
];
var VpcCidrBlockAssociation$ = [3, n0, _VCBA,
    0,
    [_AIs, _CB, _CBSi],
    [[0, { [_eQN]: `AssociationId`,
                [_xN]: _aIs }], [0, { [_eQN]: `CidrBlock`,
                [_xN]: _cB }], [() => VpcCidrBlockState$, { [_eQN]: `CidrBlockState`,
                [_xN]: _cBSi }]]
];
var VpcCidrBlockState$ = [3, n0, _VCBS,
    0,
    [_St, _SMt],
    [[0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `StatusMessage`,
                [_xN]: _sMt }]]
];
var VpcEncryptionControl$ = [3, n0, _VEC,
    0,
    [_VI, _VECI, _Mo, _St, _SMta, _REes, _T],
    [[0, { [_eQN]: `VpcId`,
                [_xN]: _vI }], [0, { [_eQN]: `VpcEncryptionControlId`,
                [_xN]: _vECI }], [0, { [_eQN]: `Mode`,
                [_xN]: _mo }], [0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `StateMessage`,
                [_xN]: _sMta }], [() => VpcEncryptionControlExclusions$, { [_eQN]: `ResourceExclusions`,
                [_xN]: _rEes }], [() => TagList, { [_eQN]: `TagSet`,
                [_xN]: _tS }]]
];
var VpcEncryptionControlExclusion$ = [3, n0, _VECE,
    0,
    [_St, _SMta],
    [[0, { [_eQN]: `State`,
                [_xN]: _st }], [0, { [_eQN]: `StateMessage`,
                [_xN]: _sMta }]]
];
var VpcEncryptionControlExclusions$ = [3, n0, _VECEp,
    0,
    [_IG, _EOIG, _NG, _VPG, _VP, _L, _VL, _EFS, _GA, _AGV],
    [[() => VpcEncryptionControlExclusion$, { [_eQN]: `InternetGateway`,
                [_xN]: _iG }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `EgressOnlyInternetGateway`,
                [_xN]: _eOIG }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `NatGateway`,
                [_xN]: _nG }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `VirtualPrivateGateway`,
                [_xN]: _vPG }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `VpcPeering`,
                [_xN]: _vP }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `Lambda`,
                [_xN]: _l }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `VpcLattice`,
                [_xN]: _vL }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `ElasticFileSystem`,
                [_xN]: _eFS }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `GlobalAccelerator`,
                [_xN]: _gA }], [() => VpcEncryptionControlExclusion$, { [_eQN]: `ApiGatewayV2`,
                [_xN]: _aGV }]]
];
var VpcIpv6CidrBlockAssociation$ = [3, n0, _VICBA,
    0,
    [_AIs, _ICB, _ICBS, _NBG, _IPpvo, _IAA, _ISpo],
    [[0, { [_eQN]: `AssociationId`,
                [_xN]: _aIs }], [0, { [_eQN]: `Ipv6CidrBlock`,
                [_xN]: _iCB }], [() => VpcCidrBlockState$, { [_eQN]: `Ipv6CidrBlockState`,
                [_xN]: _iCBS }], [0, { [_eQN]: `NetworkBorderGroup`,
                [_xN]: _nBG }], [0, { [_eQN]: `Ipv6Pool`,
                [_xN]: _iPpvo }], [0, { [_eQN]: `Ipv6AddressAttribute`,
                [_xN]: _iAA }], [0, { [_eQN]: `IpSource`,
                [_xN]: _iSpo }]]
];
var __Unit = "unit";
var AssetIdList = (/* unused pure expression or super */ null && (64 | 0));
var AssociatedSubnetList = [1, n0, _ASL,
    0, [0,
        { [_xN]: _it }]
];
var CarrierGatewayIdSet = (/* unused pure expression or super */ null && (64 | 0));
var DescribeImageReferencesImageIdStringList = (/* unused pure expression or super */ null && (64 | 0));
var DescribeImageUsageReportsImageIdStringList = (/* unused pure expression or super */ null && (64 | 0));
var DescribeInstanceTopologyGroupNameSet = (/* unused pure expression or super */ null && (64 | 0));
var DescribeInstanceTopologyInstanceIdSet = (/* unused pure expression or super */ null && (64 | 0));
var FilterList = [1, n0, _FLi,
    0, [() => Filter$,
        { [_xN]: _Fil }]
];
var FleetIdSet = (/* unused pure expression or super */ null && (64 | 0));
var GroupIdentifierList = [1, n0, _GIL,
    0, [() => GroupIdentifier$,
        { [_xN]: _it }]
];
var GroupIds = [1, n0, _GIro,
    0, [0,
        { [_xN]: _it }]
];
var GroupIdStringList = [1, n0, _GISL,
    0, [0,
        { [_xN]: _gIr }]
];
var GroupNameStringList = [1, n0, _GNSL,
    0, [0,
        { [_xN]: _GN }]
];
var ImageUsageReportIdStringList = (/* unused pure expression or super */ null && (64 | 0));
var InstanceTypeList = (/* unused pure expression or super */ null && (64 | 0));
var InstanceTypes = (/* unused pure expression or super */ null && (64 | 0));
var IpPermissionList = [1, n0, _IPLp,
    0, [() => IpPermission$,
        { [_xN]: _it }]
];
var IpRangeList = [1, n0, _IRLp,
    0, [() => IpRange$,
        { [_xN]: _it }]
];
var IpRanges = [1, n0, _IRpa,
    0, [0,
        { [_xN]: _it }]
];
var Ipv4PrefixesList = [1, n0, _IPLpv,
    0, [() => Ipv4PrefixSpecification$,
        { [_xN]: _it }]
];
var Ipv6PrefixesList = [1, n0, _IPLpvre,
    0, [() => Ipv6PrefixSpecification$,
        { [_xN]: _it }]
];
var Ipv6RangeList = [1, n0, _IRLpv,
    0, [() => Ipv6Range$,
        { [_xN]: _it }]
];
var NetworkInterfaceIdList = [1, n0, _NIIL,
    0, [0,
        { [_xN]: _it }]
];
var NetworkInterfaceIpv6AddressesList = [1, n0, _NIIAL,
    0, [() => NetworkInterfaceIpv6Address$,
        { [_xN]: _it }]
];
var NetworkInterfaceList = [1, n0, _NIL,
    0, [() => NetworkInterface$,
        { [_xN]: _it }]
];
var NetworkInterfacePermissionIdList = (/* unused pure expression or super */ null && (64 | 0));
var NetworkInterfacePrivateIpAddressList = [1, n0, _NIPIAL,
    0, [() => NetworkInterfacePrivateIpAddress$,
        { [_xN]: _it }]
];
var PlacementGroupStringList = (/* unused pure expression or super */ null && (64 | 0));
var PrefixListIdList = [1, n0, _PLIL,
    0, [() => PrefixListId$,
        { [_xN]: _it }]
];
var ProductDescriptionList = (/* unused pure expression or super */ null && (64 | 0));
var RegionNames = (/* unused pure expression or super */ null && (64 | 0));
var RequestInstanceTypeList = (/* unused pure expression or super */ null && (64 | 0));
var ReservedInstancesOfferingIdStringList = (/* unused pure expression or super */ null && (64 | 0));
var ResourceIdList = (/* unused pure expression or super */ null && (64 | 0));
var ResourceTypeOptionValuesList = (/* unused pure expression or super */ null && (64 | 0));
var RestorableByStringList = (/* unused pure expression or super */ null && (64 | 0));
var RevokedSecurityGroupRuleList = [1, n0, _RSGRL,
    0, [() => RevokedSecurityGroupRule$,
        { [_xN]: _it }]
];
var RouteServerEndpointIdsList = (/* unused pure expression or super */ null && (64 | 0));
var RouteServerIdsList = (/* unused pure expression or super */ null && (64 | 0));
var RouteServerPeerIdsList = (/* unused pure expression or super */ null && (64 | 0));
var SecurityGroupList = [1, n0, _SGL,
    0, [() => SecurityGroup$,
        { [_xN]: _it }]
];
var SecurityGroupRuleIdList = [1, n0, _SGRIL,
    0, [0,
        { [_xN]: _it }]
];
var SecurityGroupRuleList = [1, n0, _SGRL,
    0, [() => SecurityGroupRule$,
        { [_xN]: _it }]
];
var SubnetIdStringList = [1, n0, _SISLu,
    0, [0,
        { [_xN]: _SIu }]
];
var SubnetIpv6CidrBlockAssociationSet = [1, n0, _SICBAS,
    0, [() => SubnetIpv6CidrBlockAssociation$,
        { [_xN]: _it }]
];
var SubnetList = [1, n0, _SLu,
    0, [() => Subnet$,
        { [_xN]: _it }]
];
var TagList = [1, n0, _TL,
    0, [() => Tag$,
        { [_xN]: _it }]
];
var TagSpecificationList = [1, n0, _TSL,
    0, [() => TagSpecification$,
        { [_xN]: _it }]
];
var TrafficMirrorFilterRuleFieldList = (/* unused pure expression or super */ null && (64 | 0));
var TrafficMirrorSessionFieldList = (/* unused pure expression or super */ null && (64 | 0));
var TransitGatewayAttachmentIdStringList = (/* unused pure expression or super */ null && (64 | 0));
var UserIdGroupPairList = [1, n0, _UIGPL,
    0, [() => UserIdGroupPair$,
        { [_xN]: _it }]
];
var ValueStringList = [1, n0, _VSL,
    0, [0,
        { [_xN]: _it }]
];
var VpcCidrBlockAssociationSet = [1, n0, _VCBAS,
    0, [() => VpcCidrBlockAssociation$,
        { [_xN]: _it }]
];
var VpcIdStringList = [1, n0, _VISLp,
    0, [0,
        { [_xN]: _VI }]
];
var VpcIpv6CidrBlockAssociationSet = [1, n0, _VICBAS,
    0, [() => VpcIpv6CidrBlockAssociation$,
        { [_xN]: _it }]
];
var VpcList = [1, n0, _VLp,
    0, [() => Vpc$,
        { [_xN]: _it }]
];
var AuthorizeSecurityGroupIngress$ = [9, n0, _ASGIu,
    0, () => AuthorizeSecurityGroupIngressRequest$, () => AuthorizeSecurityGroupIngressResult$
];
var CreateSecurityGroup$ = [9, n0, _CSG,
    0, () => CreateSecurityGroupRequest$, () => CreateSecurityGroupResult$
];
var DeleteSecurityGroup$ = [9, n0, _DSG,
    0, () => DeleteSecurityGroupRequest$, () => DeleteSecurityGroupResult$
];
var DescribeNetworkInterfaces$ = [9, n0, _DNIe,
    0, () => DescribeNetworkInterfacesRequest$, () => DescribeNetworkInterfacesResult$
];
var DescribeSecurityGroups$ = [9, n0, _DSGe,
    0, () => DescribeSecurityGroupsRequest$, () => DescribeSecurityGroupsResult$
];
var DescribeSubnets$ = [9, n0, _DSesc,
    0, () => DescribeSubnetsRequest$, () => DescribeSubnetsResult$
];
var DescribeVpcs$ = [9, n0, _DVesc,
    0, () => DescribeVpcsRequest$, () => DescribeVpcsResult$
];
var RevokeSecurityGroupEgress$ = [9, n0, _RSGE,
    0, () => RevokeSecurityGroupEgressRequest$, () => RevokeSecurityGroupEgressResult$
];
var RevokeSecurityGroupIngress$ = [9, n0, _RSGIev,
    0, () => RevokeSecurityGroupIngressRequest$, () => RevokeSecurityGroupIngressResult$
];


/***/ })

};
;