"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// emulator/main.ts
var import_node_fs4 = require("node:fs"), import_node_os4 = __toESM(require("node:os")), import_node_path6 = __toESM(require("node:path"));

// emulator/logger.ts
var RANK = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };
function isLogLevel(value) {
  return value in RANK;
}
function createLogger(level, write = (l) => process.stderr.write(l)) {
  let at = (lvl) => (message) => {
    RANK[lvl] <= RANK[level] && write(`[emulator] ${lvl}: ${message}
`);
  };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

// emulator/usage.ts
var EMULATOR_SUMMARY = `Starts the ado-ephemeral-pat emulator (Entra ID + Azure DevOps PAT API + git + Key Vault + OIDC issuers)
on https://127.0.0.1 and prints one JSON line on stdout when it is ready. Everything else goes to stderr.`, EMULATOR_OPTIONS = `Options:
  --port N          listen on port N (default 0: any free port)
  --config FILE     seed config (JSON), deep-merged over the defaults
  --data-dir DIR    keep state in DIR (survives restarts); in memory when absent
  --ca-dir DIR      where the CA (ca.pem, ca-key.pem) lives; default <data-dir>/ca or a per-user temp dir
  --log-level L     silent, error, warn, info (default) or debug
  -h, --help        show this help
`;

// emulator/cli-args.ts
var UsageError = class extends Error {
}, USAGE = `Usage: npm run emulator -- [options]

${EMULATOR_SUMMARY}

${EMULATOR_OPTIONS}`;
function parseCliArgs(argv) {
  let options = { help: !1, port: 0, logLevel: "info" };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] ?? "", eq = arg.indexOf("="), flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg, inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : void 0, value = () => {
      let v = inline ?? argv[++i];
      if (v === void 0 || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--help":
      case "-h":
        options.help = !0;
        break;
      case "--port": {
        let raw = value(), port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(`--port must be 0-65535, got ${raw}`);
        options.port = port;
        break;
      }
      case "--config":
        options.configFile = value();
        break;
      case "--data-dir":
        options.dataDir = value();
        break;
      case "--ca-dir":
        options.caDir = value();
        break;
      case "--log-level": {
        let level = value();
        if (!isLogLevel(level))
          throw new UsageError("--log-level must be silent, error, warn, info or debug");
        options.logLevel = level;
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

// emulator/config.ts
var AZURE_DEVOPS_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798", KEY_VAULT_RESOURCE = "https://vault.azure.net", TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";
function defaultConfig() {
  return {
    tenantId: "72f988bf-0000-4000-8000-00000000e1e1",
    organization: "contoso",
    organizationId: "38aaa865-2c70-4bf7-a308-0c6539c38c1a",
    project: "demo",
    repository: "demo-repo",
    bot: {
      username: "pat-bot@contoso.example",
      password: "emulator-bot-password",
      oid: "b0b0b0b0-0000-4000-8000-000000000001",
      displayName: "PAT bot",
      mfaRequired: !1,
      refreshToken: null,
      clientId: "a11ce000-0000-4000-8000-0000000000c1"
    },
    users: [
      {
        username: "mfa-user@contoso.example",
        password: "emulator-mfa-password",
        oid: "b0b0b0b0-0000-4000-8000-000000000002",
        displayName: "MFA user",
        mfaRequired: !0
      }
    ],
    apps: [
      {
        clientId: "a11ce000-0000-4000-8000-0000000000c1",
        displayName: "ado-ephemeral-pat (emulator)",
        publicClient: !0,
        delegatedScopes: { [AZURE_DEVOPS_RESOURCE]: ["vso.pats", "vso.pats_manage"] }
      },
      {
        // Azure CLI's well-known client id: first-party, consented to user_impersonation everywhere.
        clientId: "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
        displayName: "Microsoft Azure CLI",
        publicClient: !0,
        delegatedScopes: {
          [AZURE_DEVOPS_RESOURCE]: ["user_impersonation"],
          [KEY_VAULT_RESOURCE]: ["user_impersonation"]
        }
      }
    ],
    servicePrincipal: {
      clientId: "5e7c1e00-0000-4000-8000-0000000000a1",
      clientSecret: "emulator-sp-secret",
      displayName: "ci-federated-app",
      oid: "5e7c1e00-0000-4000-8000-0000000000b1",
      appRoles: {},
      federatedCredentials: [
        {
          name: "github-main",
          issuer: "{url}/github-oidc",
          subject: "repo:octo/demo:ref:refs/heads/main",
          audience: TOKEN_EXCHANGE_AUDIENCE
        },
        {
          name: "azure-pipelines-kv-connection",
          issuer: "{url}/azure-pipelines-oidc/{organizationId}",
          subject: "sc://{organization}/{project}/kv-connection",
          audience: TOKEN_EXCHANGE_AUDIENCE
        }
      ]
    },
    organizationServicePrincipals: ["5e7c1e00-0000-4000-8000-0000000000a1"],
    keyVaultUrl: "{url}/keyvault",
    github: {
      requestUrl: "{url}/github-oidc/token?api-version=2.0",
      requestToken: "emulator-github-request-token",
      issuer: "{url}/github-oidc"
    },
    azurePipelines: {
      oidcRequestUri: "{url}/{organization}/{project}/_apis/distributedtask/hubs/build/plans/0e0e0e0e-0000-4000-8000-000000000001/jobs/0e0e0e0e-0000-4000-8000-000000000002/oidctoken",
      accessToken: "emulator-system-access-token",
      serviceConnectionId: "c0c0c0c0-0000-4000-8000-0000000000a1",
      issuer: "{url}/azure-pipelines-oidc/{organizationId}"
    },
    entra: {
      accessTokenLifetimeSeconds: 3600,
      refreshTokenLifetimeSeconds: 2160 * 3600,
      // Microsoft: "The Microsoft identity platform doesn't revoke old refresh tokens when used to fetch new
      // access tokens" (learn.microsoft.com/entra/identity-platform/refresh-tokens).
      refreshTokenReuse: "allow",
      granularPatScopesConsented: !0,
      deviceCodeLifetimeSeconds: 900,
      deviceCodePollIntervalSeconds: 5,
      unconsentedScopes: []
    },
    nonMembers: [],
    pats: {
      strictScopes: !1,
      unauthenticated: "redirect",
      revokeUnknown: "404",
      defaultLifetimeDays: 30,
      maxLifetimeDays: 365,
      pastValidTo: "reject"
    },
    policy: defaultPolicy(),
    throttling: { enabled: !0, budget: 1e4, windowSeconds: 300, costPerRequest: 1 },
    limits: { maxBodyBytes: 1024 * 1024, requestLogSize: 1e3 }
  };
}
function defaultPolicy() {
  return {
    maxLifespan: { enabled: !1, days: 7, mode: "clamp", allowList: [] },
    restrictFullScope: { enabled: !1, allowList: [] },
    restrictGlobal: { enabled: !1, allowList: [] },
    globalCreationBlockedAfter: null,
    restrictCreation: { enabled: !1, allowList: [], allowPackagingOnly: !1 }
  };
}

// emulator/config-load.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message), this.name = "ConfigError";
  }
};
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function deepMerge(base, override) {
  if (override === void 0) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  let out = { ...base };
  for (let [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}
function fillPlaceholders(value, vars) {
  return typeof value == "string" ? value.replace(/\{(\w+)\}/g, (m, name2) => vars[name2] ?? m) : Array.isArray(value) ? value.map((v) => fillPlaceholders(v, vars)) : isPlainObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, vars)])) : value;
}
function resolveConfig(seed, url) {
  if (seed !== void 0 && !isPlainObject(seed))
    throw new ConfigError("the seed config must be a JSON object");
  let merged = deepMerge(defaultConfig(), seed ?? {}), vars = {
    url,
    tenantId: String(merged.tenantId),
    organization: String(merged.organization),
    organizationId: String(merged.organizationId),
    project: String(merged.project)
  }, config = fillPlaceholders(merged, vars);
  return validateConfig(config), config;
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function expect(condition, message) {
  if (!condition) throw new ConfigError(message);
}
function expectString(value, path7) {
  expect(typeof value == "string" && value.length > 0, `${path7} must be a non-empty string`);
}
function expectNumber(value, path7) {
  expect(typeof value == "number" && Number.isFinite(value) && value >= 0, `${path7} must be a number \u2265 0`);
}
function expectOneOf(value, allowed2, path7) {
  expect(allowed2.includes(value), `${path7} must be one of ${allowed2.join(", ")}`);
}
function expectStringArray(value, path7) {
  expect(
    Array.isArray(value) && value.every((item) => typeof item == "string"),
    `${path7} must be an array of strings`
  );
}
function validateConfig(c) {
  expect(GUID.test(String(c.tenantId)), "tenantId must be a GUID"), expect(GUID.test(String(c.organizationId)), "organizationId must be a GUID"), expect(/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(String(c.organization)), "organization must be a plain name"), expectString(c.project, "project"), expectString(c.repository, "repository"), expect(isPlainObject(c.bot), "bot must be an object");
  for (let key of ["username", "password", "oid", "clientId"])
    expectString(c.bot[key], `bot.${key}`);
  expect(
    c.bot.refreshToken === null || typeof c.bot.refreshToken == "string",
    "bot.refreshToken must be a string or null"
  ), expect(Array.isArray(c.users), "users must be an array"), c.users.forEach((u, i) => {
    expect(isPlainObject(u), `users[${i}] must be an object`);
    for (let key of ["username", "password", "oid"]) expectString(u[key], `users[${i}].${key}`);
  }), expect(Array.isArray(c.apps), "apps must be an array"), c.apps.forEach((a, i) => {
    expect(isPlainObject(a), `apps[${i}] must be an object`), expectString(a.clientId, `apps[${i}].clientId`), expect(isPlainObject(a.delegatedScopes), `apps[${i}].delegatedScopes must be an object`);
  }), expect(
    c.apps.some((a) => a.clientId === c.bot.clientId && a.publicClient),
    "bot.clientId must name a public client in apps"
  );
  for (let key of ["clientId", "clientSecret", "oid"])
    expectString(c.servicePrincipal[key], `servicePrincipal.${key}`);
  expect(
    Array.isArray(c.servicePrincipal.federatedCredentials),
    "servicePrincipal.federatedCredentials must be an array"
  ), expectStringArray(c.organizationServicePrincipals, "organizationServicePrincipals"), expectOneOf(c.entra.refreshTokenReuse, ["revoke-family", "reject", "allow"], "entra.refreshTokenReuse"), expect(
    typeof c.entra.granularPatScopesConsented == "boolean",
    "entra.granularPatScopesConsented must be a boolean"
  );
  for (let key of [
    "accessTokenLifetimeSeconds",
    "refreshTokenLifetimeSeconds",
    "deviceCodeLifetimeSeconds",
    "deviceCodePollIntervalSeconds"
  ])
    expectNumber(c.entra[key], `entra.${key}`);
  expectStringArray(c.entra.unconsentedScopes, "entra.unconsentedScopes"), expectStringArray(c.nonMembers, "nonMembers"), expectOneOf(c.pats.unauthenticated, ["redirect", "signin-page"], "pats.unauthenticated"), expectOneOf(c.pats.revokeUnknown, ["404", "204", "tokenNotFound"], "pats.revokeUnknown"), expectOneOf(c.pats.pastValidTo, ["reject", "accept"], "pats.pastValidTo"), expectNumber(c.pats.defaultLifetimeDays, "pats.defaultLifetimeDays"), expectNumber(c.pats.maxLifetimeDays, "pats.maxLifetimeDays"), validatePolicy(c.policy, "policy"), expectNumber(c.throttling.budget, "throttling.budget"), expectNumber(c.throttling.windowSeconds, "throttling.windowSeconds"), expectNumber(c.throttling.costPerRequest, "throttling.costPerRequest"), expectNumber(c.limits.maxBodyBytes, "limits.maxBodyBytes"), expectNumber(c.limits.requestLogSize, "limits.requestLogSize");
}
function validatePolicy(p, path7) {
  expect(isPlainObject(p), `${path7} must be an object`), expectNumber(p.maxLifespan.days, `${path7}.maxLifespan.days`), expectOneOf(p.maxLifespan.mode, ["clamp", "reject"], `${path7}.maxLifespan.mode`);
  for (let key of ["maxLifespan", "restrictFullScope", "restrictGlobal", "restrictCreation"])
    expect(typeof p[key].enabled == "boolean", `${path7}.${key}.enabled must be a boolean`), expect(Array.isArray(p[key].allowList), `${path7}.${key}.allowList must be an array`);
  expect(
    typeof p.restrictCreation.allowPackagingOnly == "boolean",
    `${path7}.restrictCreation.allowPackagingOnly must be a boolean`
  ), expect(
    p.globalCreationBlockedAfter === null || !Number.isNaN(Date.parse(String(p.globalCreationBlockedAfter))),
    `${path7}.globalCreationBlockedAfter must be an ISO date or null`
  );
}

// emulator/index.ts
var import_node_fs3 = require("node:fs"), import_node_https = require("node:https"), import_node_os3 = __toESM(require("node:os")), import_node_path5 = __toESM(require("node:path"));

// emulator/clock.ts
function createClock(initialOffsetMs = 0, wall = Date.now) {
  let offset = initialOffsetMs;
  return {
    now: () => wall() + offset,
    nowSeconds: () => Math.floor((wall() + offset) / 1e3),
    offsetMs: () => offset,
    advance: (ms) => {
      offset += ms;
    },
    setOffset: (ms) => {
      offset = ms;
    }
  };
}

// emulator/entra/device-code.ts
var import_node_crypto5 = require("node:crypto");

// emulator/errors.ts
var import_node_crypto = require("node:crypto"), HttpError = class extends Error {
  constructor(status, body, headers = {}) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.name = "HttpError";
  }
  status;
  body;
  headers;
};
function azureDevOpsErrorBody(message, options) {
  let body = {
    $id: "1",
    innerException: null,
    message,
    typeName: options.typeName ?? `Microsoft.TeamFoundation.Framework.Server.${options.typeKey}, Microsoft.TeamFoundation.Framework.Server`,
    typeKey: options.typeKey,
    errorCode: options.errorCode ?? 0,
    eventId: options.eventId ?? 3e3
  };
  return options.customProperties && (body.customProperties = options.customProperties), body;
}
function azureDevOpsError(status, message, options, headers = {}) {
  return new HttpError(status, azureDevOpsErrorBody(message, options), headers);
}
function jsonReaderError() {
  return azureDevOpsError(400, `TF400898: An Internal Error Occurred. Activity Id: ${(0, import_node_crypto.randomUUID)()}.`, {
    typeKey: "JsonReaderException",
    typeName: "Newtonsoft.Json.JsonReaderException, Newtonsoft.Json",
    eventId: 0
  });
}
function entraTimestamp(nowMs) {
  return new Date(nowMs).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}
function entraErrorBody(error, code, description, nowMs, extra = {}) {
  let traceId = (0, import_node_crypto.randomUUID)(), correlationId = (0, import_node_crypto.randomUUID)(), timestamp = entraTimestamp(nowMs), prefix = code === void 0 ? "" : `AADSTS${code}: `;
  return {
    error,
    error_description: `${prefix}${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: code === void 0 ? [] : [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    ...code === void 0 ? {} : { error_uri: `https://login.microsoftonline.com/error?code=${code}` },
    ...extra
  };
}
function entraError(error, code, description, nowMs, extra = {}) {
  return new HttpError(
    error === "invalid_client" ? 401 : 400,
    entraErrorBody(error, code, description, nowMs, extra)
  );
}
function familyError(family, status, message, nowMs) {
  switch (family) {
    case "azure-devops":
      return azureDevOpsError(status, message, { typeKey: typeKeyForStatus(status) });
    case "entra":
      return new HttpError(
        status,
        entraErrorBody(
          status >= 500 ? "temporarily_unavailable" : "invalid_request",
          void 0,
          message,
          nowMs
        )
      );
    case "plain":
      return new HttpError(status, { error: statusName(status), message });
  }
}
function typeKeyForStatus(status) {
  return status === 400 ? "ArgumentException" : status === 401 ? "UnauthorizedRequestException" : status === 403 ? "InvalidAccessException" : status === 404 ? "VssResourceNotFoundException" : status === 405 ? "HttpMethodNotAllowedException" : status === 413 ? "RequestContentTooLargeException" : status === 415 ? "VssRequestContentTypeNotSupportedException" : status === 429 ? "ClientRequestThrottledException" : status === 503 ? "CircuitBreakerShortCircuitException" : "VssServiceException";
}
function statusName(status) {
  return status === 404 ? "not_found" : status === 413 ? "payload_too_large" : status >= 500 ? "server_error" : "bad_request";
}
function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  let text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...headers
  }), res.end(text);
}
function sendHttpError(res, error) {
  if (error.body === void 0 || error.body === null) {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(error.status, error.headers), res.end();
    return;
  }
  if (typeof error.body == "string") {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(error.status, { "content-type": "text/plain; charset=utf-8", ...error.headers }), res.end(error.body);
    return;
  }
  sendJson(res, error.status, error.body, error.headers);
}

// emulator/state.ts
var import_node_crypto2 = require("node:crypto"), import_node_fs = require("node:fs"), import_node_path = __toESM(require("node:path"));
function hashSecret(secret) {
  return (0, import_node_crypto2.createHash)("sha256").update(secret, "utf8").digest("hex");
}
function randomSecret(bytes = 32) {
  return (0, import_node_crypto2.randomBytes)(bytes).toString("base64url");
}
function freshState(policy, botRefreshToken) {
  return {
    version: 1,
    clockOffsetMs: 0,
    policy: structuredClone(policy),
    botRefreshToken: botRefreshToken ?? `0.emu.${randomSecret()}`,
    pats: {},
    refreshTokens: {},
    deviceCodes: {},
    signingKeys: {},
    modules: {}
  };
}
function createStateStore(dataDir, initial) {
  let file = dataDir ? import_node_path.default.join(import_node_path.default.resolve(dataDir), "state.json") : null, data = file && load(file) || initial();
  return {
    data,
    file,
    moduleData(name2, init) {
      return name2 in data.modules || (data.modules[name2] = init()), data.modules[name2];
    },
    save() {
      if (!file) return;
      (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(file), { recursive: !0 });
      let tmp = `${file}.${process.pid}.${(0, import_node_crypto2.randomBytes)(4).toString("hex")}.tmp`;
      (0, import_node_fs.writeFileSync)(tmp, JSON.stringify(data), { mode: 384 }), (0, import_node_fs.renameSync)(tmp, file);
    }
  };
}
function load(file) {
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw e;
  }
  let parsed = JSON.parse(text);
  if (parsed.version !== 1) throw new Error(`unsupported state file version in ${file}`);
  return parsed;
}

// emulator/entra/directory.ts
var MULTI_TENANT_SEGMENTS = /* @__PURE__ */ new Set(["common", "organizations"]);
function allUsers(config) {
  return [config.bot, ...config.users];
}
function findUser(config, username) {
  let wanted = username.toLowerCase();
  return allUsers(config).find((u) => u.username.toLowerCase() === wanted);
}
function findApp(config, clientId) {
  let wanted = clientId.toLowerCase();
  return config.apps.find((a) => a.clientId.toLowerCase() === wanted);
}
function isServicePrincipal(config, clientId) {
  return config.servicePrincipal.clientId.toLowerCase() === clientId.toLowerCase();
}
function matchTenant(config, segment) {
  let s = segment.toLowerCase();
  return s === config.tenantId.toLowerCase() || s === `${config.organization.toLowerCase()}.onmicrosoft.com` ? "tenant" : MULTI_TENANT_SEGMENTS.has(s) ? "multi-tenant" : "unknown";
}

// emulator/entra/errors.ts
var aad = {
  missingParameter: (now, name2) => entraError(
    "invalid_request",
    900144,
    `The request body must contain the following parameter: '${name2}'.`,
    now
  ),
  unsupportedGrant: (now, grant) => entraError(
    "unsupported_grant_type",
    70003,
    `The app requested an unsupported grant type '${grant}'.`,
    now
  ),
  tenantNotFound: (now, tenant) => entraError(
    "invalid_request",
    90002,
    `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    now
  ),
  multiTenantNotAllowed: (now) => entraError(
    "invalid_request",
    50194,
    "Application is not configured as a multi-tenant application. Usage of the /common or /organizations endpoint is not supported for such applications. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
    now
  ),
  unknownClient: (now, clientId, tenantId) => entraError(
    "unauthorized_client",
    700016,
    `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    now
  ),
  clientSecretRequired: (now) => entraError(
    "invalid_client",
    7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    now
  ),
  badClientSecret: (now, clientId) => entraError(
    "invalid_client",
    7000215,
    `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    now
  ),
  malformedAssertion: (now) => entraError("invalid_client", 50027, "JWT token is invalid or malformed.", now),
  assertionSignature: (now) => entraError("invalid_client", 700027, "Client assertion failed signature validation.", now),
  assertionTime: (now) => entraError("invalid_client", 700024, "Client assertion is not within its valid time range.", now),
  noFederatedIssuer: (now, issuer) => entraError(
    "invalid_client",
    700211,
    `No matching federated identity record found for presented assertion issuer '${issuer}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    now
  ),
  noFederatedSubject: (now, subject) => entraError(
    "invalid_client",
    700213,
    `No matching federated identity record found for presented assertion subject '${subject}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    now
  ),
  noFederatedAudience: (now, audience) => entraError(
    "invalid_client",
    700212,
    `No matching federated identity record found for presented assertion audience '${audience}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
    now
  ),
  invalidScope: (now, scope) => entraError(
    "invalid_scope",
    70011,
    `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
    now
  ),
  multipleResources: (now) => entraError(
    "invalid_scope",
    28e3,
    "Provided value for the input parameter scope is not valid because it contains more than one resource. Scope must be for a single resource.",
    now
  ),
  defaultScopeRequired: (now, scope) => entraError(
    "invalid_scope",
    1002012,
    `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    now
  ),
  unknownResource: (now, resource, tenantId) => entraError(
    "invalid_resource",
    500011,
    `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    now
  ),
  consentRequired: (now, clientId, appName) => entraError(
    "invalid_grant",
    65001,
    `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
    now,
    { suberror: "consent_required" }
  ),
  unknownUser: (now, tenantId) => entraError(
    "invalid_grant",
    50034,
    `The user account {EUII Hidden} does not exist in the ${tenantId} directory. To sign into this application, the account must be added to the directory.`,
    now
  ),
  badPassword: (now) => entraError(
    "invalid_grant",
    50126,
    "Error validating credentials due to invalid username or password.",
    now
  ),
  mfaRequired: (now, resource) => entraError(
    "invalid_grant",
    50076,
    `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resource}'.`,
    now,
    {
      suberror: "basic_action",
      claims: '{"access_token":{"capolids":{"essential":true,"values":["00000000-0000-0000-0000-000000000000"]}}}'
    }
  ),
  malformedGrant: (now) => entraError("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.", now),
  grantClientMismatch: (now) => entraError("invalid_grant", 7e4, "Provided grant is invalid or malformed.", now),
  refreshTokenExpired: (now, issuedAt) => entraError(
    "invalid_grant",
    70008,
    `The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource. The refresh token was issued on ${new Date(issuedAt).toISOString()} and was inactive for 90.00:00:00.`,
    now
  ),
  refreshTokenRevoked: (now, issuedAt) => entraError(
    "invalid_grant",
    50173,
    `The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '${new Date(issuedAt).toISOString()}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${new Date(now).toISOString()}'.`,
    now
  ),
  authorizationPending: (now) => entraError(
    "authorization_pending",
    70016,
    "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
    now
  ),
  deviceCodeExpired: (now) => entraError(
    "expired_token",
    70020,
    "The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
    now
  ),
  deviceCodeDeclined: (now) => entraError("authorization_declined", 7e4, "The end user denied the authorization request.", now),
  deviceCodeInvalid: (now) => entraError(
    "invalid_grant",
    7e4,
    "The provided value for the input parameter 'device_code' is not valid.",
    now
  )
};

// emulator/entra/scopes.ts
var KNOWN_RESOURCES = [AZURE_DEVOPS_RESOURCE, KEY_VAULT_RESOURCE], OIDC_SCOPES = /* @__PURE__ */ new Set(["openid", "profile", "email", "offline_access"]);
function splitResource(item) {
  let slash = item.lastIndexOf("/");
  return slash < 0 ? { resource: "https://graph.microsoft.com", name: item } : { resource: item.slice(0, slash).replace(/\/+$/, ""), name: item.slice(slash + 1) };
}
function normalizeResource(resource) {
  let lower = resource.toLowerCase();
  return KNOWN_RESOURCES.find((r) => r.toLowerCase() === lower) ?? resource;
}
function parseScope(scope, now, tenantId) {
  let items = scope.split(/\s+/).filter(Boolean), result = { resource: "", names: [], offlineAccess: !1, openid: !1 };
  for (let item of items) {
    if (OIDC_SCOPES.has(item.toLowerCase())) {
      item.toLowerCase() === "offline_access" && (result.offlineAccess = !0), item.toLowerCase() === "openid" && (result.openid = !0);
      continue;
    }
    let { resource, name: name2 } = splitResource(item), normalized = normalizeResource(resource);
    if (result.resource && result.resource !== normalized) return aad.multipleResources(now);
    if (result.resource = normalized, !name2) return aad.invalidScope(now, item);
    result.names.includes(name2) || result.names.push(name2);
  }
  return result.resource ? KNOWN_RESOURCES.includes(result.resource) ? result : aad.unknownResource(now, result.resource, tenantId) : aad.invalidScope(now, scope || "(empty)");
}
var GRANULAR_PAT_SCOPES = /* @__PURE__ */ new Set(["vso.pats", "vso.pats_manage"]);
function consentedScopes(config, app, resource) {
  if (resource !== AZURE_DEVOPS_RESOURCE) return app.delegatedScopes[resource] ?? [];
  let consented = (app.delegatedScopes[resource] ?? []).filter(
    (name2) => !config.entra.unconsentedScopes.includes(name2)
  );
  if (config.entra.granularPatScopesConsented) return consented;
  let legacy = consented.filter((scope) => !GRANULAR_PAT_SCOPES.has(scope));
  return legacy.includes("user_impersonation") ? legacy : [...legacy, "user_impersonation"];
}
function grantDelegated(config, app, requested, now) {
  let consented = consentedScopes(config, app, requested.resource);
  if (requested.names.includes(".default"))
    return consented.length === 0 ? aad.consentRequired(now, app.clientId, app.displayName) : [...consented];
  for (let name2 of requested.names)
    if (!consented.includes(name2)) return aad.consentRequired(now, app.clientId, app.displayName);
  return [...requested.names];
}
function grantAppRoles(config, scope, now) {
  let parsed = parseScope(scope, now, config.tenantId);
  return parsed instanceof HttpError ? parsed : parsed.names.length !== 1 || parsed.names[0] !== ".default" ? aad.defaultScopeRequired(now, scope) : { resource: parsed.resource, roles: [...config.servicePrincipal.appRoles[parsed.resource] ?? []] };
}

// emulator/entra/access-tokens.ts
var import_node_crypto3 = require("node:crypto");
function v1Issuer(tenantId) {
  return `https://sts.windows.net/${tenantId}/`;
}
function v2Issuer(ctx) {
  return `${ctx.url}/${ctx.config.tenantId}/v2.0`;
}
function uti() {
  return (0, import_node_crypto3.randomBytes)(16).toString("base64url").slice(0, 22);
}
function pairwiseSubject(oid, clientId) {
  return (0, import_node_crypto3.createHash)("sha256").update(`${oid}|${clientId}`).digest("base64url").slice(0, 43);
}
function mintUserAccessToken(ctx, user, app, resource, scopes, amr) {
  let now = ctx.clock.nowSeconds(), lifetime = ctx.config.entra.accessTokenLifetimeSeconds, tid = ctx.config.tenantId;
  return { token: ctx.keys.sign({
    aud: resource,
    iss: v1Issuer(tid),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    acr: "1",
    amr,
    appid: app.clientId,
    appidacr: "0",
    idtyp: "user",
    ipaddr: "127.0.0.1",
    name: user.displayName,
    oid: user.oid,
    scp: scopes.join(" "),
    sub: pairwiseSubject(user.oid, app.clientId),
    tid,
    unique_name: user.username,
    upn: user.username,
    uti: uti(),
    ver: "1.0"
  }), expiresIn: lifetime };
}
function mintAppAccessToken(ctx, resource, roles, clientAuth) {
  let now = ctx.clock.nowSeconds(), lifetime = ctx.config.entra.accessTokenLifetimeSeconds, tid = ctx.config.tenantId, sp = ctx.config.servicePrincipal, claims = {
    aud: resource,
    iss: v1Issuer(tid),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    appid: sp.clientId,
    appidacr: clientAuth === "secret" ? "1" : "2",
    idp: v1Issuer(tid),
    idtyp: "app",
    oid: sp.oid,
    sub: sp.oid,
    tid,
    uti: uti(),
    ver: "1.0"
  };
  return roles.length > 0 && (claims.roles = roles), { token: ctx.keys.sign(claims), expiresIn: lifetime };
}
function mintIdToken(ctx, user, app) {
  let now = ctx.clock.nowSeconds();
  return ctx.keys.sign({
    aud: app.clientId,
    iss: v2Issuer(ctx),
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: user.displayName,
    oid: user.oid,
    preferred_username: user.username,
    sub: pairwiseSubject(user.oid, app.clientId),
    tid: ctx.config.tenantId,
    ver: "2.0"
  });
}
function clientInfo(ctx, user) {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: ctx.config.tenantId })).toString("base64url");
}
function scopeString(resource, scopes, offlineAccess, openid) {
  let list = scopes.map((s) => `${resource}/${s}`);
  return openid && list.push("openid", "profile"), offlineAccess && list.push("offline_access"), list.join(" ");
}

// emulator/entra/refresh-tokens.ts
var import_node_crypto4 = require("node:crypto");
function newRefreshTokenValue() {
  return `1.emu.${randomSecret(48)}`;
}
function issueRefreshToken(ctx, init) {
  let value = init.value ?? newRefreshTokenValue(), now = ctx.clock.now(), record = {
    hash: hashSecret(value),
    familyId: init.familyId ?? (0, import_node_crypto4.randomUUID)(),
    generation: init.generation ?? 0,
    username: init.username,
    clientId: init.clientId,
    scope: init.scope,
    issuedAt: now,
    expiresAt: now + ctx.config.entra.refreshTokenLifetimeSeconds * 1e3,
    status: "active"
  };
  return ctx.state.data.refreshTokens[record.hash] = record, value;
}
function redeemRefreshToken(ctx, value, clientId) {
  let now = ctx.clock.now(), record = ctx.state.data.refreshTokens[hashSecret(value)];
  if (!record) return aad.malformedGrant(now);
  if (record.clientId.toLowerCase() !== clientId.toLowerCase()) return aad.grantClientMismatch(now);
  if (record.status === "revoked") return aad.refreshTokenRevoked(now, record.issuedAt);
  if (record.expiresAt <= now) return aad.refreshTokenExpired(now, record.issuedAt);
  if (record.status === "superseded") {
    let mode = ctx.config.entra.refreshTokenReuse;
    if (mode === "revoke-family") {
      for (let r of Object.values(ctx.state.data.refreshTokens))
        r.familyId === record.familyId && (r.status = "revoked");
      return ctx.log.warn(
        `refresh token reuse detected (family ${record.familyId}, generation ${record.generation}): family revoked`
      ), ctx.persist(), aad.refreshTokenRevoked(now, record.issuedAt);
    }
    if (mode === "reject") return aad.refreshTokenRevoked(now, record.issuedAt);
  }
  return record.status = "superseded", record;
}
function rotateRefreshToken(ctx, previous, scope) {
  let latest = Object.values(ctx.state.data.refreshTokens).filter((r) => r.familyId === previous.familyId).reduce((max, r) => Math.max(max, r.generation), previous.generation);
  return issueRefreshToken(ctx, {
    username: previous.username,
    clientId: previous.clientId,
    scope,
    familyId: previous.familyId,
    generation: latest + 1
  });
}
function registerBotRefreshToken(ctx) {
  let value = ctx.state.data.botRefreshToken;
  ctx.state.data.refreshTokens[hashSecret(value)] || issueRefreshToken(ctx, {
    username: ctx.config.bot.username,
    clientId: ctx.config.bot.clientId,
    scope: "499b84ac-1321-427f-aa17-267ca6975798/.default offline_access",
    value
  });
}
function describeRefreshTokens(ctx) {
  let now = ctx.clock.now();
  return Object.values(ctx.state.data.refreshTokens).sort((a, b) => a.issuedAt - b.issuedAt || a.generation - b.generation).map(({ hash: _hash, issuedAt, expiresAt, ...rest }) => ({
    ...rest,
    issuedAt: new Date(issuedAt).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
    expired: expiresAt <= now
  }));
}

// emulator/entra/user-tokens.ts
function issueUserTokens(ctx, grant) {
  let now = ctx.clock.now(), requested = parseScope(grant.scope, now, ctx.config.tenantId);
  if (requested instanceof HttpError) throw requested;
  let scopes = grantDelegated(ctx.config, grant.app, requested, now);
  if (scopes instanceof HttpError) throw scopes;
  let access2 = mintUserAccessToken(ctx, grant.user, grant.app, requested.resource, scopes, grant.amr), response = {
    token_type: "Bearer",
    scope: scopeString(requested.resource, scopes, requested.offlineAccess, requested.openid),
    expires_in: access2.expiresIn,
    ext_expires_in: access2.expiresIn,
    access_token: access2.token
  };
  return grant.refresh !== "new" ? response.refresh_token = rotateRefreshToken(ctx, grant.refresh, grant.scope) : requested.offlineAccess && (response.refresh_token = newFamily(ctx, grant)), requested.openid && (response.id_token = mintIdToken(ctx, grant.user, grant.app)), grant.form.get("client_info") === "1" && (response.client_info = clientInfo(ctx, grant.user)), ctx.persist(), response;
}
function newFamily(ctx, grant) {
  return issueRefreshToken(ctx, {
    username: grant.user.username,
    clientId: grant.app.clientId,
    scope: grant.scope
  });
}
function requireUser(ctx, username) {
  let user = findUser(ctx.config, username);
  if (!user) throw aad.unknownUser(ctx.clock.now(), ctx.config.tenantId);
  return user;
}

// emulator/entra/device-code.ts
var USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789";
function newUserCode() {
  return Array.from({ length: 9 }, () => USER_CODE_ALPHABET[(0, import_node_crypto5.randomInt)(USER_CODE_ALPHABET.length)]).join("");
}
function deviceLoginUrl(ctx) {
  return `${ctx.url}/devicelogin`;
}
async function deviceCodeEndpoint(req, res, ctx) {
  let now = ctx.clock.now();
  if (matchTenant(ctx.config, req.params.tenant ?? "") === "unknown")
    throw aad.tenantNotFound(now, req.params.tenant ?? "");
  let form = await req.form(), clientId = form.get("client_id");
  if (!clientId) throw aad.missingParameter(now, "client_id");
  let app = findApp(ctx.config, clientId);
  if (!app || !app.publicClient) throw aad.unknownClient(now, clientId, ctx.config.tenantId);
  let scope = form.get("scope");
  if (!scope) throw aad.missingParameter(now, "scope");
  let requested = parseScope(scope, now, ctx.config.tenantId);
  if (requested instanceof HttpError) throw requested;
  let granted = grantDelegated(ctx.config, app, requested, now);
  if (granted instanceof HttpError) throw granted;
  let deviceCode = randomSecret(48), userCode = newUserCode(), lifetime = ctx.config.entra.deviceCodeLifetimeSeconds, record = {
    hash: hashSecret(deviceCode),
    userCode,
    clientId: app.clientId,
    scope,
    createdAt: now,
    expiresAt: now + lifetime * 1e3,
    lastPolledAt: null,
    status: "pending",
    username: null
  };
  ctx.state.data.deviceCodes[record.hash] = record, ctx.persist();
  let verificationUri = deviceLoginUrl(ctx);
  sendJson(res, 200, {
    user_code: userCode,
    device_code: deviceCode,
    verification_uri: verificationUri,
    expires_in: lifetime,
    interval: ctx.config.entra.deviceCodePollIntervalSeconds,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`
  });
}
function redeemDeviceCode(ctx, form) {
  let now = ctx.clock.now(), code = form.get("device_code") ?? form.get("code");
  if (!code) throw aad.missingParameter(now, "device_code");
  let clientId = form.get("client_id");
  if (!clientId) throw aad.missingParameter(now, "client_id");
  let record = ctx.state.data.deviceCodes[hashSecret(code)];
  if (!record || record.clientId.toLowerCase() !== clientId.toLowerCase()) throw aad.deviceCodeInvalid(now);
  if (record.status === "redeemed") throw aad.deviceCodeInvalid(now);
  if (record.expiresAt <= now) throw aad.deviceCodeExpired(now);
  if (record.lastPolledAt = now, record.status === "declined") throw aad.deviceCodeDeclined(now);
  if (record.status === "pending" || !record.username) throw aad.authorizationPending(now);
  let app = findApp(ctx.config, record.clientId);
  if (!app) throw aad.unknownClient(now, record.clientId, ctx.config.tenantId);
  let user = requireUser(ctx, record.username);
  return record.status = "redeemed", issueUserTokens(ctx, { user, app, scope: record.scope, form, amr: ["pwd", "mfa"], refresh: "new" });
}
function approveDeviceCode(ctx, userCode, username, deny) {
  let record = Object.values(ctx.state.data.deviceCodes).find((r) => r.userCode === userCode.toUpperCase());
  if (!record) return { ok: !1, status: 404, message: `no device code with user code ${userCode}` };
  if (record.status !== "pending")
    return { ok: !1, status: 409, message: `device code is already ${record.status}` };
  if (record.expiresAt <= ctx.clock.now())
    return { ok: !1, status: 410, message: "device code has expired" };
  let user = findUser(ctx.config, username);
  return user ? (record.status = deny ? "declined" : "approved", record.username = user.username, ctx.persist(), { ok: !0, record }) : { ok: !1, status: 404, message: `no user ${username}` };
}
function describeDeviceCodes(ctx) {
  let now = ctx.clock.now();
  return Object.values(ctx.state.data.deviceCodes).map((r) => ({
    userCode: r.userCode,
    clientId: r.clientId,
    scope: r.scope,
    status: r.status === "pending" && r.expiresAt <= now ? "expired" : r.status,
    username: r.username,
    expiresAt: new Date(r.expiresAt).toISOString()
  }));
}

// emulator/faults.ts
var FAULT_ACTIONS = [
  "status",
  "throttle",
  "delay",
  "drop-before",
  "reset-before",
  "drop-after",
  "commit-late"
], FaultSpecError = class extends Error {
};
function parseFaultSpec(input) {
  if (typeof input != "object" || input === null || Array.isArray(input))
    throw new FaultSpecError("a fault must be a JSON object");
  let f = input;
  if (typeof f.route != "string" || f.route === "")
    throw new FaultSpecError("fault.route must be a route id");
  if (!FAULT_ACTIONS.includes(f.action))
    throw new FaultSpecError(`fault.action must be one of ${FAULT_ACTIONS.join(", ")}`);
  let int = (name2, min, max) => {
    let v = f[name2];
    if (v !== void 0) {
      if (typeof v != "number" || !Number.isInteger(v) || v < min || v > max)
        throw new FaultSpecError(`fault.${name2} must be an integer from ${min} to ${max}`);
      return v;
    }
  };
  if (f.method !== void 0 && typeof f.method != "string")
    throw new FaultSpecError("fault.method must be a string");
  let spec = { route: f.route, action: f.action };
  typeof f.method == "string" && (spec.method = f.method.toUpperCase());
  let status = int("status", 100, 599), delayMs = int("delayMs", 0, 12e4), commitAfterMs = int("commitAfterMs", 0, 12e4), retryAfterSeconds = int("retryAfterSeconds", 0, 86400), times = int("times", 0, 1e6);
  if (status !== void 0 && (spec.status = status), delayMs !== void 0 && (spec.delayMs = delayMs), commitAfterMs !== void 0 && (spec.commitAfterMs = commitAfterMs), retryAfterSeconds !== void 0 && (spec.retryAfterSeconds = retryAfterSeconds), times !== void 0 && (spec.times = times), f.body !== void 0 && (spec.body = f.body), spec.action === "delay" && spec.delayMs === void 0)
    throw new FaultSpecError("a delay fault needs delayMs");
  return spec;
}
function createFaultTable() {
  let faults = [], nextId = 1, waiting = /* @__PURE__ */ new Set();
  return {
    arm(spec) {
      let fault = {
        ...spec,
        id: nextId++,
        remaining: spec.times === 0 ? 1 / 0 : spec.times ?? 1,
        fired: 0
      };
      return faults.push(fault), fault;
    },
    take(routeId, method) {
      let fault = faults.find((f) => f.route === routeId && (!f.method || f.method === method));
      if (fault)
        return fault.remaining -= 1, fault.fired += 1, fault.remaining <= 0 && (faults = faults.filter((f) => f !== fault)), fault;
    },
    list: () => faults.map((f) => ({ ...f })),
    clear() {
      faults = [];
    },
    later(commit, ms) {
      let timer = setTimeout(() => {
        waiting.delete(timer), commit();
      }, ms);
      timer.unref(), waiting.add(timer);
    },
    cancelLater() {
      for (let timer of waiting) clearTimeout(timer);
      waiting.clear();
    }
  };
}

// emulator/control/state-view.ts
function describeState(ctx, modules) {
  let view = {
    now: new Date(ctx.clock.now()).toISOString(),
    clockOffsetMs: ctx.clock.offsetMs(),
    tenantId: ctx.config.tenantId,
    organization: { name: ctx.config.organization, id: ctx.config.organizationId },
    users: allUsers(ctx.config).map((u) => ({
      username: u.username,
      oid: u.oid,
      displayName: u.displayName,
      mfaRequired: u.mfaRequired
    })),
    policy: ctx.state.data.policy,
    persisted: ctx.state.file !== null
  };
  for (let m of modules) Object.assign(view, m.inspect?.(ctx) ?? {});
  return view;
}

// emulator/control/module.ts
function badRequest(message) {
  return new HttpError(400, { error: "bad_request", message });
}
async function jsonBody(req) {
  let text = (await req.body()).toString("utf8").trim();
  if (text === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("the body is not valid JSON");
  }
  if (typeof parsed != "object" || parsed === null) throw badRequest("the body must be a JSON object");
  return parsed;
}
function str(body, name2) {
  let v = body[name2];
  if (v != null) {
    if (typeof v != "string") throw badRequest(`${name2} must be a string`);
    return v;
  }
}
function createControlModule(internals) {
  let route = (id, method, path7, handler) => ({
    id: `control.${id}`,
    family: "plain",
    method,
    path: `/_emulator/${path7}`,
    handler,
    internal: !0,
    throttled: !1
  }), reset = (ctx) => {
    let data = ctx.state.data;
    data.pats = {}, data.refreshTokens = {}, data.deviceCodes = {}, data.modules = {}, data.policy = structuredClone(ctx.config.policy), ctx.clock.setOffset(0), internals.faults.clear(), internals.faults.cancelLater(), internals.requestLog.clear(), internals.throttle.clear();
    for (let m of internals.modules()) m.reset?.(ctx);
    ctx.persist();
  }, setPolicy = async (req, res, ctx) => {
    let body = await jsonBody(req), next = deepMerge(ctx.state.data.policy, body);
    try {
      validatePolicy(next, "policy");
    } catch (e) {
      throw e instanceof ConfigError ? badRequest(e.message) : e;
    }
    ctx.state.data.policy = next, ctx.persist(), sendJson(res, 200, { policy: next });
  }, addFaults = async (req, res) => {
    let text = (await req.body()).toString("utf8"), parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw badRequest("the body is not valid JSON");
    }
    let list = Array.isArray(parsed) ? parsed : parsed.faults ?? [parsed];
    if (!Array.isArray(list)) throw badRequest("faults must be an array");
    let known = new Set(internals.modules().flatMap((m) => m.routes.map((r) => r.id)));
    try {
      let specs = list.map(parseFaultSpec), unknown = specs.find((s) => !known.has(s.route));
      if (unknown) throw badRequest(`unknown route id ${unknown.route}; GET /_emulator/routes lists them`);
      sendJson(res, 200, { faults: specs.map((s) => internals.faults.arm(s)) });
    } catch (e) {
      throw e instanceof FaultSpecError ? badRequest(e.message) : e;
    }
  }, moveClock = async (req, res, ctx) => {
    let body = await jsonBody(req), seconds = body.advanceSeconds ?? 0, ms = body.advanceMs ?? 0;
    if (typeof seconds != "number" || typeof ms != "number" || !Number.isFinite(seconds) || !Number.isFinite(ms))
      throw badRequest("advanceSeconds and advanceMs must be numbers");
    if (seconds < 0 || ms < 0) throw badRequest("the clock only moves forward");
    ctx.clock.advance(seconds * 1e3 + ms), ctx.persist(), sendJson(res, 200, clockView(ctx));
  }, approve = async (req, res, ctx) => {
    let body = await jsonBody(req), userCode = str(body, "userCode");
    if (!userCode) throw badRequest("userCode is required");
    let result = approveDeviceCode(
      ctx,
      userCode,
      str(body, "username") ?? ctx.config.bot.username,
      body.deny === !0
    );
    if (!result.ok) throw new HttpError(result.status, { error: "device_code", message: result.message });
    sendJson(res, 200, {
      userCode: result.record.userCode,
      status: result.record.status,
      username: result.record.username
    });
  }, mintRefreshToken = async (req, res, ctx) => {
    let body = await jsonBody(req), username = str(body, "username") ?? ctx.config.bot.username, clientId = str(body, "clientId") ?? ctx.config.bot.clientId, user = findUser(ctx.config, username);
    if (!user) throw badRequest(`no user ${username}`);
    if (!findApp(ctx.config, clientId)) throw badRequest(`no app ${clientId}`);
    let scope = str(body, "scope") ?? "499b84ac-1321-427f-aa17-267ca6975798/.default offline_access", refreshToken = issueRefreshToken(ctx, { username: user.username, clientId, scope });
    ctx.persist(), sendJson(res, 200, { refreshToken, username: user.username, clientId });
  };
  return {
    name: "control",
    routes: [
      route(
        "state",
        "GET",
        "state",
        (_req, res, ctx) => sendJson(res, 200, describeState(ctx, internals.modules()))
      ),
      route(
        "requests",
        "GET",
        "requests",
        (_req, res) => sendJson(res, 200, { requests: internals.requestLog.list() })
      ),
      route("requests.clear", "DELETE", "requests", (_req, res) => {
        internals.requestLog.clear(), sendJson(res, 200, { requests: [] });
      }),
      route(
        "policy",
        "GET",
        "policy",
        (_req, res, ctx) => sendJson(res, 200, { policy: ctx.state.data.policy })
      ),
      route("policy.set", "POST", "policy", setPolicy),
      route(
        "faults",
        "GET",
        "faults",
        (_req, res) => sendJson(res, 200, { faults: internals.faults.list() })
      ),
      route("faults.add", "POST", "faults", addFaults),
      route("faults.clear", "DELETE", "faults", (_req, res) => {
        internals.faults.clear(), sendJson(res, 200, { faults: [] });
      }),
      route("clock", "GET", "clock", (_req, res, ctx) => sendJson(res, 200, clockView(ctx))),
      route("clock.advance", "POST", "clock", moveClock),
      route("reset", "POST", "reset", (_req, res, ctx) => {
        reset(ctx), sendJson(res, 200, { reset: !0 });
      }),
      route("devicecode.approve", "POST", "devicecode/approve", approve),
      route("refresh-tokens.mint", "POST", "refresh-tokens", mintRefreshToken),
      route(
        "routes",
        "GET",
        "routes",
        (_req, res) => sendJson(res, 200, {
          routes: internals.modules().flatMap(
            (m) => m.routes.filter((r) => !r.internal).map((r) => ({ id: r.id, module: m.name, method: r.method, path: r.path }))
          )
        })
      )
    ]
  };
}
function clockView(ctx) {
  return { now: new Date(ctx.clock.now()).toISOString(), offsetMs: ctx.clock.offsetMs() };
}

// emulator/jwt.ts
var import_node_crypto6 = require("node:crypto"), DEFAULT_KEY = "entra";
function base64url(input) {
  return Buffer.from(input).toString("base64url");
}
function describe(name2, privateKey) {
  let publicKey = (0, import_node_crypto6.createPublicKey)(privateKey), der = publicKey.export({ type: "spki", format: "der" }), thumb = (0, import_node_crypto6.createHash)("sha1").update(der).digest("base64url"), kid = `${name2}-${thumb.slice(0, 16)}`, exported = publicKey.export({ format: "jwk" });
  return {
    kid,
    privateKey,
    pem: String(privateKey.export({ type: "pkcs8", format: "pem" })),
    publicKey,
    jwk: {
      kty: "RSA",
      use: "sig",
      alg: "RS256",
      kid,
      x5t: thumb,
      n: String(exported.n),
      e: String(exported.e)
    }
  };
}
function createSigningKeys(persisted = {}) {
  let keys = /* @__PURE__ */ new Map();
  for (let [name2, pem] of Object.entries(persisted)) keys.set(name2, describe(name2, (0, import_node_crypto6.createPrivateKey)(pem)));
  let get = (name2) => {
    let key = keys.get(name2);
    return key || (key = describe(name2, (0, import_node_crypto6.generateKeyPairSync)("rsa", { modulusLength: 2048 }).privateKey), keys.set(name2, key)), key;
  };
  return {
    sign(payload, keyName = DEFAULT_KEY) {
      let key = get(keyName), header2 = { typ: "JWT", alg: "RS256", kid: key.kid, x5t: key.jwk.x5t }, input = `${base64url(JSON.stringify(header2))}.${base64url(JSON.stringify(payload))}`;
      return `${input}.${base64url((0, import_node_crypto6.sign)("sha256", Buffer.from(input), key.privateKey))}`;
    },
    jwks(keyName = DEFAULT_KEY) {
      return { keys: [get(keyName).jwk] };
    },
    verify(token) {
      let parts = token.split(".");
      if (parts.length !== 3) return { error: "malformed" };
      let header2, payload;
      try {
        header2 = JSON.parse(Buffer.from(parts[0] ?? "", "base64url").toString("utf8")), payload = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8"));
      } catch {
        return { error: "malformed" };
      }
      if (typeof header2 != "object" || header2 === null || typeof payload != "object" || payload === null)
        return { error: "malformed" };
      if (header2.alg !== "RS256") return { error: "unsupported-alg" };
      let entry = [...keys.entries()].find(([, k]) => k.kid === header2.kid);
      if (!entry) return { error: "unknown-key" };
      let [keyName, key] = entry;
      return (0, import_node_crypto6.verify)(
        "sha256",
        Buffer.from(`${parts[0]}.${parts[1]}`),
        key.publicKey,
        Buffer.from(parts[2] ?? "", "base64url")
      ) ? { header: header2, payload, keyName } : { error: "bad-signature" };
    },
    export() {
      return Object.fromEntries([...keys.entries()].map(([name2, k]) => [name2, k.pem]));
    }
  };
}
function checkTokenTimes(payload, nowSeconds, skewSeconds = 300) {
  if (typeof payload.exp == "number" && nowSeconds > payload.exp + skewSeconds) return "expired";
  if (typeof payload.nbf == "number" && nowSeconds + skewSeconds < payload.nbf) return "not-yet-valid";
}
function claim(payload, name2) {
  let value = payload[name2];
  return typeof value == "string" ? value : "";
}

// emulator/entra/discovery.ts
function tenantSegment(req, ctx) {
  let tenant = req.params.tenant ?? "";
  if (matchTenant(ctx.config, tenant) === "unknown") throw aad.tenantNotFound(ctx.clock.now(), tenant);
  return tenant;
}
function openIdConfigurationV2(req, res, ctx) {
  let t = tenantSegment(req, ctx), base = `${ctx.url}/${t}`, issuerTenant = matchTenant(ctx.config, t) === "tenant" ? ctx.config.tenantId : "{tenantid}";
  sendJson(res, 200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ["query", "fragment", "form_post"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    issuer: `${ctx.url}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: !1,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      "sub",
      "iss",
      "aud",
      "exp",
      "iat",
      "nbf",
      "name",
      "oid",
      "tid",
      "preferred_username",
      "ver"
    ],
    tenant_region_scope: "EU",
    cloud_instance_name: "microsoftonline.com",
    cloud_graph_host_name: "graph.windows.net",
    msgraph_host: "graph.microsoft.com"
  });
}
function openIdConfigurationV1(req, res, ctx) {
  let t = tenantSegment(req, ctx), base = `${ctx.url}/${t}`;
  sendJson(res, 200, {
    token_endpoint: `${base}/oauth2/token`,
    jwks_uri: `${base}/discovery/keys`,
    issuer: v1Issuer(matchTenant(ctx.config, t) === "tenant" ? ctx.config.tenantId : "{tenantid}"),
    id_token_signing_alg_values_supported: ["RS256"],
    authorization_endpoint: `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/devicecode`
  });
}
function jwks(req, res, ctx) {
  tenantSegment(req, ctx), sendJson(res, 200, ctx.keys.jwks());
}
function instanceDiscovery(_req, res, ctx) {
  let host = new URL(ctx.url).host;
  sendJson(res, 200, {
    tenant_discovery_endpoint: `${ctx.url}/${ctx.config.tenantId}/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
  });
}
function deviceLoginPage(_req, res) {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }), res.end(
    '<!DOCTYPE html><html><head><title>Enter code - emulator</title></head><body><h1>Device sign-in (emulator)</h1><p>The emulator has no browser sign-in. Approve a code with <code>POST /_emulator/devicecode/approve</code> and a JSON body <code>{"userCode":"\u2026"}</code>.</p></body></html>'
  );
}

// emulator/entra/client-auth.ts
var import_node_crypto7 = require("node:crypto");
var JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
function sameSecret(a, b) {
  let x = Buffer.from(a, "utf8"), y = Buffer.from(b, "utf8");
  return x.length === y.length && (0, import_node_crypto7.timingSafeEqual)(x, y);
}
function authenticateServicePrincipal(ctx, form) {
  let now = ctx.clock.now(), sp = ctx.config.servicePrincipal, secret = form.get("client_secret"), assertion = form.get("client_assertion");
  if (secret !== null)
    return sameSecret(secret, sp.clientSecret) ? "secret" : aad.badClientSecret(now, sp.clientId);
  if (assertion === null) return aad.clientSecretRequired(now);
  if (form.get("client_assertion_type") !== JWT_BEARER_ASSERTION) return aad.malformedAssertion(now);
  let verified = ctx.keys.verify(assertion);
  if ("error" in verified)
    return verified.error === "malformed" ? aad.malformedAssertion(now) : aad.assertionSignature(now);
  if (verified.keyName === DEFAULT_KEY) return aad.assertionSignature(now);
  let claims = verified.payload;
  if (checkTokenTimes(claims, ctx.clock.nowSeconds(), 0) || typeof claims.exp != "number")
    return aad.assertionTime(now);
  let issuer = claim(claims, "iss"), subject = claim(claims, "sub"), audiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map(String), byIssuer = sp.federatedCredentials.filter((f) => f.issuer === issuer);
  if (byIssuer.length === 0) return aad.noFederatedIssuer(now, issuer);
  let bySubject = byIssuer.filter((f) => f.subject === subject);
  return bySubject.length === 0 ? aad.noFederatedSubject(now, subject) : bySubject.some((f) => audiences.includes(f.audience)) ? "assertion" : aad.noFederatedAudience(now, audiences.join(","));
}

// emulator/entra/token-endpoint.ts
var DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code", TOKEN_HEADERS = { "cache-control": "no-store, no-cache", pragma: "no-cache" };
async function tokenEndpoint(req, res, ctx) {
  let now = ctx.clock.now(), tenant = matchTenant(ctx.config, req.params.tenant ?? "");
  if (tenant === "unknown") throw aad.tenantNotFound(now, req.params.tenant ?? "");
  let form = await req.form(), grantType = form.get("grant_type");
  if (!grantType) throw aad.missingParameter(now, "grant_type");
  let response;
  switch (grantType) {
    case "refresh_token":
      response = refreshTokenGrant(ctx, form);
      break;
    case "password":
      response = passwordGrant(ctx, form);
      break;
    case "client_credentials":
      if (tenant === "multi-tenant") throw aad.multiTenantNotAllowed(now);
      response = clientCredentialsGrant(ctx, form);
      break;
    case DEVICE_CODE_GRANT:
    case "device_code":
      response = redeemDeviceCode(ctx, form);
      break;
    default:
      throw aad.unsupportedGrant(now, grantType);
  }
  sendJson(res, 200, response, TOKEN_HEADERS);
}
function required(ctx, form, name2) {
  let value = form.get(name2);
  if (!value) throw aad.missingParameter(ctx.clock.now(), name2);
  return value;
}
function publicClient(ctx, clientId) {
  let now = ctx.clock.now(), app = findApp(ctx.config, clientId);
  if (app) return app;
  throw isServicePrincipal(ctx.config, clientId) ? aad.clientSecretRequired(now) : aad.unknownClient(now, clientId, ctx.config.tenantId);
}
function refreshTokenGrant(ctx, form) {
  let clientId = required(ctx, form, "client_id"), value = required(ctx, form, "refresh_token"), app = publicClient(ctx, clientId), record = redeemRefreshToken(ctx, value, clientId);
  if (record instanceof HttpError) throw record;
  let user = requireUser(ctx, record.username), scope = form.get("scope") || record.scope;
  return issueUserTokens(ctx, { user, app, scope, form, amr: ["pwd"], refresh: record });
}
function passwordGrant(ctx, form) {
  let now = ctx.clock.now(), clientId = required(ctx, form, "client_id"), username = required(ctx, form, "username"), password = required(ctx, form, "password"), scope = required(ctx, form, "scope"), app = publicClient(ctx, clientId), user = findUser(ctx.config, username);
  if (!user) throw aad.unknownUser(now, ctx.config.tenantId);
  if (user.password !== password) throw aad.badPassword(now);
  if (user.mfaRequired) throw aad.mfaRequired(now, scope.split(" ")[0]?.replace(/\/[^/]*$/, "") ?? "");
  return issueUserTokens(ctx, { user, app, scope, form, amr: ["pwd"], refresh: "new" });
}
function clientCredentialsGrant(ctx, form) {
  let now = ctx.clock.now(), clientId = required(ctx, form, "client_id");
  if (!isServicePrincipal(ctx.config, clientId))
    throw findApp(ctx.config, clientId) ? aad.clientSecretRequired(now) : aad.unknownClient(now, clientId, ctx.config.tenantId);
  let scope = required(ctx, form, "scope"), auth = authenticateServicePrincipal(ctx, form);
  if (auth instanceof HttpError) throw auth;
  let granted = grantAppRoles(ctx.config, scope, now);
  if (granted instanceof HttpError) throw granted;
  let access2 = mintAppAccessToken(ctx, granted.resource, granted.roles, auth);
  return {
    token_type: "Bearer",
    scope: `${granted.resource}/.default`,
    expires_in: access2.expiresIn,
    ext_expires_in: access2.expiresIn,
    access_token: access2.token
  };
}

// emulator/entra/module.ts
var entraModule = {
  name: "entra",
  routes: [
    {
      id: "entra.openid-configuration",
      family: "entra",
      method: "GET",
      path: "/:tenant/v2.0/.well-known/openid-configuration",
      handler: openIdConfigurationV2
    },
    {
      id: "entra.openid-configuration-v1",
      family: "entra",
      method: "GET",
      path: "/:tenant/.well-known/openid-configuration",
      handler: openIdConfigurationV1
    },
    { id: "entra.jwks", family: "entra", method: "GET", path: "/:tenant/discovery/v2.0/keys", handler: jwks },
    { id: "entra.jwks-v1", family: "entra", method: "GET", path: "/:tenant/discovery/keys", handler: jwks },
    {
      id: "entra.instance-discovery",
      family: "entra",
      method: "GET",
      path: "/:tenant/discovery/instance",
      handler: instanceDiscovery
    },
    {
      id: "entra.token",
      family: "entra",
      method: "POST",
      path: "/:tenant/oauth2/v2.0/token",
      handler: tokenEndpoint
    },
    {
      id: "entra.devicecode",
      family: "entra",
      method: "POST",
      path: "/:tenant/oauth2/v2.0/devicecode",
      handler: deviceCodeEndpoint
    },
    {
      id: "entra.devicelogin",
      family: "plain",
      method: "GET",
      path: "/devicelogin",
      handler: deviceLoginPage
    }
  ],
  inspect: (ctx) => ({ refreshTokens: describeRefreshTokens(ctx), deviceCodes: describeDeviceCodes(ctx) }),
  start: registerBotRefreshToken,
  reset: registerBotRefreshToken
};

// emulator/identity.ts
function patStatus(pat, nowMs) {
  return pat.revokedAt ? "revoked" : Date.parse(pat.validTo) <= nowMs ? "expired" : "active";
}
function resolveIdentity(headers, keys, clock, state) {
  let header2 = headers.authorization;
  if (!header2) return { kind: "anonymous" };
  let space = header2.indexOf(" "), scheme = (space < 0 ? header2 : header2.slice(0, space)).toLowerCase(), credential = space < 0 ? "" : header2.slice(space + 1).trim();
  return scheme === "bearer" ? fromBearer(credential, keys, clock) : scheme === "basic" ? fromBasic(credential, clock, state) : { kind: "invalid", scheme, reason: "unsupported-scheme" };
}
function fromBearer(token, keys, clock) {
  let verified = keys.verify(token);
  if ("error" in verified) return { kind: "invalid", scheme: "bearer", reason: verified.error };
  if (verified.keyName !== DEFAULT_KEY)
    return { kind: "invalid", scheme: "bearer", reason: "not-an-entra-token" };
  let p = verified.payload, timeFailure = checkTokenTimes(p, clock.nowSeconds());
  if (timeFailure) return { kind: "invalid", scheme: "bearer", reason: timeFailure };
  let common = {
    tenantId: claim(p, "tid"),
    oid: claim(p, "oid"),
    appid: claim(p, "appid"),
    audience: claim(p, "aud"),
    claims: p
  };
  if (p.idtyp === "app")
    return { kind: "app", ...common, roles: Array.isArray(p.roles) ? p.roles.map(String) : [] };
  let scopes = typeof p.scp == "string" ? p.scp.split(" ").filter(Boolean) : [];
  return { kind: "user", ...common, upn: claim(p, "upn"), scopes };
}
function fromBasic(credential, clock, state) {
  let decoded = Buffer.from(credential, "base64").toString("utf8"), colon = decoded.indexOf(":"), secret = colon < 0 ? decoded : decoded.slice(colon + 1);
  if (!secret) return { kind: "invalid", scheme: "basic", reason: "empty" };
  let hash = hashSecret(secret), pat = Object.values(state.pats).find((p) => p.tokenHash === hash);
  return pat ? {
    kind: "pat",
    pat,
    status: patStatus(pat, clock.now()),
    scopes: pat.scope.split(" ").filter(Boolean)
  } : { kind: "invalid", scheme: "basic", reason: "unknown-pat" };
}
function describeIdentity(identity2) {
  switch (identity2.kind) {
    case "anonymous":
      return "anonymous";
    case "user":
      return `user:${identity2.upn}`;
    case "app":
      return `app:${identity2.appid}`;
    case "pat":
      return `pat:${identity2.pat.authorizationId}`;
    case "invalid":
      return `invalid:${identity2.scheme}`;
  }
}
function throttleKey(identity2, remoteAddress) {
  switch (identity2.kind) {
    case "user":
    case "app":
      return `oid:${identity2.oid}`;
    case "pat":
      return `oid:${identity2.pat.ownerOid}`;
    default:
      return `ip:${remoteAddress}`;
  }
}

// emulator/membership.ts
function isOrganizationMember(config, user) {
  let ids = [user.oid.toLowerCase(), user.upn.toLowerCase()];
  return !config.nonMembers.some((entry) => ids.includes(entry.toLowerCase()));
}

// emulator/scope-catalog.ts
var PAT_SCOPES = {
  // Advanced security
  "vso.advsec": [],
  "vso.advsec_write": ["vso.advsec"],
  "vso.advsec_manage": ["vso.advsec_write"],
  // Agent pools and environments
  "vso.agentpools": [],
  "vso.agentpools_manage": ["vso.agentpools"],
  "vso.environment_manage": ["vso.agentpools_manage"],
  // Analytics
  "vso.analytics": [],
  // Auditing
  "vso.auditlog": [],
  "vso.auditstreams_manage": ["vso.auditlog"],
  // Build
  "vso.build": ["vso.hooks_write"],
  "vso.build_execute": ["vso.build"],
  // Code
  "vso.code": ["vso.hooks_write"],
  "vso.code_write": ["vso.code"],
  "vso.code_manage": ["vso.code_write"],
  "vso.code_full": ["vso.code_manage"],
  "vso.code_status": [],
  // Connected server
  "vso.connected_server": [],
  // Entitlements and member entitlement management
  "vso.entitlements": [],
  "vso.memberentitlementmanagement": [],
  "vso.memberentitlementmanagement_write": ["vso.memberentitlementmanagement"],
  // Extensions and extension data
  "vso.extension": ["vso.profile"],
  "vso.extension_manage": ["vso.extension"],
  "vso.extension.data": ["vso.profile"],
  "vso.extension.data_write": ["vso.extension.data"],
  // GitHub connections
  "vso.githubconnections": [],
  "vso.githubconnections_manage": ["vso.githubconnections"],
  // Graph and identity
  "vso.graph": [],
  "vso.graph_manage": ["vso.graph"],
  "vso.identity": [],
  "vso.identity_manage": ["vso.identity"],
  // Deployment groups
  "vso.machinegroup_manage": ["vso.agentpools_manage"],
  // Marketplace
  "vso.gallery": ["vso.profile"],
  "vso.gallery_acquire": ["vso.gallery"],
  "vso.gallery_publish": ["vso.gallery"],
  "vso.gallery_manage": ["vso.gallery_publish"],
  // Notifications
  "vso.notification": ["vso.profile"],
  "vso.notification_write": ["vso.notification"],
  "vso.notification_manage": ["vso.notification_write"],
  "vso.notification_diagnostics": ["vso.notification"],
  // Packaging
  "vso.packaging": ["vso.profile"],
  "vso.packaging_write": ["vso.packaging"],
  "vso.packaging_manage": ["vso.packaging_write"],
  // Pipeline resources
  "vso.pipelineresources_use": [],
  "vso.pipelineresources_manage": ["vso.pipelineresources_use"],
  // Project and team
  "vso.project": [],
  "vso.project_write": ["vso.project"],
  "vso.project_manage": ["vso.project_write"],
  // Release
  "vso.release": ["vso.profile"],
  "vso.release_execute": ["vso.release"],
  "vso.release_manage": ["vso.release_execute"],
  // Secure files
  "vso.securefiles_read": [],
  "vso.securefiles_write": ["vso.securefiles_read"],
  "vso.securefiles_manage": ["vso.securefiles_write"],
  // Security
  "vso.security_manage": [],
  // Service connections
  "vso.serviceendpoint": ["vso.profile"],
  "vso.serviceendpoint_query": ["vso.serviceendpoint"],
  "vso.serviceendpoint_manage": ["vso.serviceendpoint_query"],
  // Service hooks
  "vso.hooks": ["vso.profile"],
  "vso.hooks_write": ["vso.hooks"],
  "vso.hooks_interact": ["vso.profile"],
  // Settings
  "vso.settings": [],
  "vso.settings_write": ["vso.settings"],
  // Symbols
  "vso.symbols": ["vso.profile"],
  "vso.symbols_write": ["vso.symbols"],
  "vso.symbols_manage": ["vso.symbols_write"],
  // Task groups
  "vso.taskgroups_read": [],
  "vso.taskgroups_write": ["vso.taskgroups_read"],
  "vso.taskgroups_manage": ["vso.taskgroups_write"],
  // Team dashboards
  "vso.dashboards": [],
  "vso.dashboards_manage": ["vso.dashboards"],
  // Test management
  "vso.test": ["vso.profile"],
  "vso.test_write": ["vso.test"],
  // Pull request threads
  "vso.threads_full": [],
  // Tokens
  "vso.tokens": [],
  "vso.tokenadministration": [],
  // User profile
  "vso.profile": [],
  "vso.profile_write": ["vso.profile"],
  // Variable groups
  "vso.variablegroups_read": [],
  "vso.variablegroups_write": ["vso.variablegroups_read"],
  "vso.variablegroups_manage": ["vso.variablegroups_write"],
  // Wiki
  "vso.wiki": [],
  "vso.wiki_write": ["vso.wiki"],
  // Work items
  "vso.work": ["vso.hooks_write"],
  "vso.work_write": ["vso.work"],
  "vso.work_full": ["vso.work_write"],
  // Drops: not on the OAuth page but accepted by Microsoft's AzureAuth CLI; each level is taken to include
  // the one below, as for every other read/write/manage family.
  "vso.drop": [],
  "vso.drop_write": ["vso.drop"],
  "vso.drop_manage": ["vso.drop_write"]
}, ENTRA_ONLY_SCOPES = {
  user_impersonation: [],
  "vso.pats": [],
  "vso.pats_manage": ["vso.pats"]
}, FULL_ACCESS_SCOPE = "app_token";
function isKnown(table, scope) {
  return Object.prototype.hasOwnProperty.call(table, scope);
}
function isPatScope(scope) {
  return isKnown(PAT_SCOPES, scope);
}
function directlyIncluded(scope) {
  return isKnown(PAT_SCOPES, scope) ? PAT_SCOPES[scope] ?? [] : isKnown(ENTRA_ONLY_SCOPES, scope) ? ENTRA_ONLY_SCOPES[scope] ?? [] : [];
}
function grants(granted, required2) {
  if (granted.includes(FULL_ACCESS_SCOPE) || granted.includes("user_impersonation")) return !0;
  let seen = /* @__PURE__ */ new Set(), queue = [...granted];
  for (; queue.length > 0; ) {
    let scope = queue.shift();
    if (scope === required2) return !0;
    seen.has(scope) || (seen.add(scope), queue.push(...directlyIncluded(scope)));
  }
  return !1;
}

// emulator/pats/auth.ts
var INVALID_ACCESS = { typeKey: "InvalidAccessException" };
function bearerChallenge(ctx) {
  return {
    "www-authenticate": `Bearer authorization_uri=${ctx.url}/${ctx.config.tenantId}, Basic realm="${ctx.url}/"`,
    "x-vss-resourcetenant": ctx.config.tenantId,
    "x-vss-authorizationendpoint": ctx.url
  };
}
function unauthorized(ctx, who, serviceError) {
  let headers = bearerChallenge(ctx);
  return serviceError && (headers["x-tfs-serviceerror"] = encodeURIComponent(serviceError)), azureDevOpsError(
    401,
    `TF400813: The user '${who}' is not authorized to access this resource.`,
    { typeKey: "UnauthorizedRequestException" },
    headers
  );
}
function signIn(req, ctx) {
  if (String(req.headers["x-tfs-fedauthredirect"] ?? "").toLowerCase() === "suppress")
    return unauthorized(ctx, "");
  let host = new URL(ctx.url).host, location = `${ctx.url}/_signin?realm=${encodeURIComponent(host)}&reply_to=${encodeURIComponent(req.url.href)}&redirect=1&hid=${ctx.config.organizationId}`;
  if (ctx.config.pats.unauthenticated === "redirect") {
    let html = `<html><head><title>Object moved</title></head><body>\r
<h2>Object moved to <a href="${location.replace(/&/g, "&amp;")}">here</a>.</h2>\r
</body></html>\r
`;
    return new HttpError(302, html, {
      location,
      "content-type": "text/html; charset=utf-8",
      ...bearerChallenge(ctx)
    });
  }
  return new HttpError(203, signInPage(), {
    "content-type": "text/html; charset=utf-8",
    ...bearerChallenge(ctx)
  });
}
function signInPage() {
  return '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Azure DevOps Services | Sign In</title></head><body><div id="signin">Sign in to your account to continue to Azure DevOps.</div></body></html>';
}
function hasScope(ctx, granted, access2) {
  let required2 = access2 === "read" ? "vso.pats" : "vso.pats_manage", usable = ctx.config.pats.strictScopes ? granted.filter((s) => s !== "user_impersonation") : granted;
  return grants(usable, required2);
}
function authorizePatApi(req, ctx, access2) {
  let id = req.identity;
  switch (id.kind) {
    case "anonymous":
      throw signIn(req, ctx);
    case "invalid":
      throw unauthorized(
        ctx,
        "",
        id.scheme === "basic" ? "Access Denied: The Personal Access Token used is invalid." : void 0
      );
    case "pat":
      throw id.status !== "active" ? unauthorized(
        ctx,
        id.pat.ownerUpn,
        `Access Denied: The Personal Access Token used has ${id.status === "expired" ? "expired" : "been revoked"}.`
      ) : new HttpError(
        403,
        azureDevOpsErrorBody("The requested operation is not allowed.", INVALID_ACCESS)
      );
    case "app":
      throw id.audience !== AZURE_DEVOPS_RESOURCE ? unauthorized(ctx, id.appid) : new HttpError(
        403,
        azureDevOpsErrorBody("Service principals are not allowed to perform this action.", INVALID_ACCESS)
      );
    case "user":
      if (id.audience !== AZURE_DEVOPS_RESOURCE || id.tenantId !== ctx.config.tenantId || !isOrganizationMember(ctx.config, id) || !hasScope(ctx, id.scopes, access2)) throw unauthorized(ctx, id.upn);
      return id;
  }
}

// emulator/pats/create.ts
var import_node_crypto9 = require("node:crypto");

// emulator/pats/body.ts
async function readJsonObject(req, parameterName) {
  let type = String(req.headers["content-type"] ?? "").toLowerCase();
  if (!type.startsWith("application/json"))
    throw azureDevOpsError(
      415,
      `The request entity's media type '${type || "(none)"}' is not supported for this resource.`,
      {
        typeKey: "VssRequestContentTypeNotSupportedException",
        typeName: "Microsoft.VisualStudio.Services.WebApi.VssRequestContentTypeNotSupportedException, Microsoft.VisualStudio.Services.WebApi"
      }
    );
  let body = await req.json();
  if (typeof body != "object" || body === null || Array.isArray(body))
    throw azureDevOpsError(400, `Value cannot be null.\r
Parameter name: ${parameterName}`, {
      typeKey: "ArgumentNullException",
      typeName: "System.ArgumentNullException, mscorlib",
      eventId: 0
    });
  return body;
}
function parseDate(value) {
  return typeof value == "string" ? Date.parse(value) : NaN;
}

// emulator/pats/format.ts
var import_node_crypto8 = require("node:crypto"), BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function randomBase32(n) {
  let out = "";
  for (let i = 0; i < n; i++) out += BASE32[(0, import_node_crypto8.randomInt)(32)];
  return out;
}
function newPatToken() {
  let body = randomBase32(76), sum = 0;
  for (let ch of body) sum = (sum * 31 + ch.charCodeAt(0)) % 32 ** 4;
  let check = "";
  for (let i = 0; i < 4; i++)
    check = BASE32[sum % 32] + check, sum = Math.floor(sum / 32);
  return `${body}AZDO${check}`;
}
function htmlEncode(text) {
  let out = "";
  for (let ch of text) {
    let code = ch.codePointAt(0) ?? 0;
    ch === "&" ? out += "&amp;" : ch === "<" ? out += "&lt;" : ch === ">" ? out += "&gt;" : ch === '"' ? out += "&quot;" : ch === "'" ? out += "&#39;" : code < 32 || code > 126 ? out += `&#${code};` : out += ch;
  }
  return out;
}
function roundToDatetime(ms) {
  return Math.round(Math.round(ms * 3 / 10) * 10 / 3);
}
function formatValidTo(ms) {
  return new Date(roundToDatetime(ms)).toISOString().replace(/\.(\d+)Z$/, (_m, frac) => {
    let trimmed = frac.replace(/0+$/, "");
    return trimmed ? `.${trimmed}Z` : "Z";
  });
}
function formatValidFrom(ms) {
  let units = Math.round(ms * 3 / 10), seconds = Math.floor(units / 300), fraction = units - seconds * 300;
  return `${new Date(seconds * 1e3).toISOString().replace(/\.\d+Z$/, "")}.${String(Math.round(fraction * 1e7 / 300)).padStart(7, "0")}Z`;
}
var GUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
  return GUID2.test(value);
}

// emulator/pats/api-version.ts
var SUPPORTED = ["6.1", "7.0", "7.1", "7.2"], WEBAPI = "Microsoft.VisualStudio.Services.WebApi";
function webApiType(name2) {
  return `${WEBAPI}.${name2}, ${WEBAPI}`;
}
function requestedApiVersion(req) {
  let fromQuery = req.query.get("api-version");
  if (fromQuery !== null) return fromQuery;
  let accept = String(req.headers.accept ?? "");
  return /api-version=([^;,\s]+)/i.exec(accept)?.[1];
}
function checkPreviewApiVersion(req) {
  let version = requestedApiVersion(req);
  if (!version)
    throw azureDevOpsError(
      400,
      `No api-version was supplied for the "${req.method}" request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").`,
      { typeKey: "VssVersionNotSpecifiedException", typeName: webApiType("VssVersionNotSpecifiedException") }
    );
  let match = /^(\d+\.\d+)(-preview(\.\d+)?)?$/i.exec(version);
  if (!match)
    throw azureDevOpsError(400, `The api-version '${version}' is not valid.`, {
      typeKey: "VssInvalidApiVersionException",
      typeName: webApiType("VssInvalidApiVersionException")
    });
  let number = match[1] ?? "";
  if (Number(number) > Number(SUPPORTED[SUPPORTED.length - 1]))
    throw azureDevOpsError(
      400,
      `The requested REST API version of ${number} is out of range for this server. The latest REST API version this server supports is ${SUPPORTED[SUPPORTED.length - 1]}.`,
      { typeKey: "VssVersionOutOfRangeException", typeName: webApiType("VssVersionOutOfRangeException") }
    );
  if (!SUPPORTED.includes(number))
    throw azureDevOpsError(
      404,
      `API resource location 55967393-20ef-45c6-a96c-b5d5d5986a9a is not registered for version ${number}.`,
      { typeKey: "VssResourceNotFoundException", typeName: webApiType("VssResourceNotFoundException") }
    );
  if (!match[2])
    throw azureDevOpsError(
      400,
      `The requested version "${number}" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests. For example: "${number}-preview"`,
      {
        typeKey: "VssInvalidPreviewVersionException",
        typeName: webApiType("VssInvalidPreviewVersionException")
      }
    );
  return version;
}

// emulator/pats/guard.ts
function guardPatApi(req, ctx, access2) {
  let org = req.params.org ?? "";
  if (org.toLowerCase() !== ctx.config.organization.toLowerCase())
    throw azureDevOpsError(404, `The organization '${org}' could not be found.`, {
      typeKey: "AccountNotFoundException"
    });
  return req.identity.kind === "anonymous" && authorizePatApi(req, ctx, access2), checkPreviewApiVersion(req), authorizePatApi(req, ctx, access2);
}

// emulator/pats/scopes.ts
function normalizePatScope(raw) {
  if (raw != null && typeof raw != "string") return { ok: !1 };
  let items = [
    ...new Set(
      String(raw ?? "").split(/\s+/).filter(Boolean)
    )
  ];
  return items.length === 0 ? { ok: !0, scope: FULL_ACCESS_SCOPE, scopes: [FULL_ACCESS_SCOPE] } : items.includes(FULL_ACCESS_SCOPE) ? items.length === 1 ? { ok: !0, scope: FULL_ACCESS_SCOPE, scopes: [FULL_ACCESS_SCOPE] } : { ok: !1 } : items.every(isPatScope) ? { ok: !0, scope: items.join(" "), scopes: items } : { ok: !1 };
}
var PACKAGING_SCOPES = /* @__PURE__ */ new Set(["vso.packaging", "vso.packaging_write", "vso.packaging_manage"]);
function isPackagingOnly(scopes) {
  return scopes.length > 0 && scopes.every((s) => PACKAGING_SCOPES.has(s));
}

// emulator/pats/policy.ts
var DAY_MS = 24 * 3600 * 1e3;
function allowed(list, user) {
  let ids = [user.upn.toLowerCase(), user.oid.toLowerCase()];
  return list.some((entry) => ids.includes(entry.toLowerCase()));
}
function applyPolicies(policy, input) {
  let { user } = input, rc = policy.restrictCreation;
  if (input.isCreate && rc.enabled && !allowed(rc.allowList, user) && !(rc.allowPackagingOnly && isPackagingOnly(input.scopes)))
    return { error: "disablePatCreationPolicyViolation" };
  if (policy.restrictFullScope.enabled && input.scopes.includes(FULL_ACCESS_SCOPE) && !allowed(policy.restrictFullScope.allowList, user))
    return { error: "fullScopePatPolicyViolation" };
  if (input.allOrgs) {
    let blockedAfter = policy.globalCreationBlockedAfter ? Date.parse(policy.globalCreationBlockedAfter) : NaN;
    if (!Number.isNaN(blockedAfter) && input.now >= blockedAfter)
      return { error: "globalPATCreationBlocked" };
    if (policy.restrictGlobal.enabled && !allowed(policy.restrictGlobal.allowList, user))
      return { error: "globalPatPolicyViolation" };
  }
  let ml = policy.maxLifespan;
  if (ml.enabled && !allowed(ml.allowList, user)) {
    let limit = input.lifespanStart + ml.days * DAY_MS;
    if (input.validTo > limit)
      return ml.mode === "reject" ? { error: "patLifespanPolicyViolation" } : { validTo: limit };
  }
  return { validTo: input.validTo };
}

// emulator/pats/results.ts
var PAT_ERROR_MESSAGES = {
  displayNameRequired: "A display name is required.",
  invalidDisplayName: "The display name is invalid or longer than 256 characters after HTML encoding.",
  invalidScope: "The scope is invalid.",
  invalidValidTo: "The expiration date is invalid.",
  invalidAuthorizationId: "The authorization id is invalid.",
  tokenNotFound: "The personal access token was not found.",
  invalidToken: "The personal access token is not valid (it has been revoked).",
  expiredPatCannotBeExtended: "An expired personal access token cannot be extended.",
  fullScopePatPolicyViolation: "Your organization policy restricts the creation of full-scoped personal access tokens.",
  globalPatPolicyViolation: "Your organization policy restricts the creation of global personal access tokens.",
  globalPATCreationBlocked: "The creation of global personal access tokens is no longer supported.",
  patLifespanPolicyViolation: "The expiration date exceeds the maximum lifespan allowed by your organization policy.",
  disablePatCreationPolicyViolation: "Your organization policy restricts the creation of personal access tokens.",
  invalidTargetAccounts: "The target accounts are invalid."
};
function patTokenView(ctx, pat, token) {
  return {
    displayName: pat.displayName,
    validTo: pat.validTo,
    scope: pat.scope,
    targetAccounts: pat.allOrgs ? null : [ctx.config.organizationId],
    validFrom: pat.validFrom,
    authorizationId: pat.authorizationId,
    token
  };
}
function successResult(ctx, pat, token) {
  return { patToken: patTokenView(ctx, pat, token), patTokenError: "none", patTokenErrorMessage: null };
}
function errorResult(error) {
  return { patToken: null, patTokenError: error, patTokenErrorMessage: PAT_ERROR_MESSAGES[error] };
}

// emulator/pats/create.ts
var DAY_MS2 = 24 * 3600 * 1e3, MAX_DISPLAY_NAME = 256;
function checkDisplayName(raw) {
  let encoded = htmlEncode(typeof raw == "string" ? raw : "");
  return encoded.trim() === "" ? { error: "displayNameRequired" } : encoded.length > MAX_DISPLAY_NAME ? { error: "invalidDisplayName" } : { name: encoded };
}
async function createPat(req, res, ctx) {
  let user = guardPatApi(req, ctx, "write"), body = await readJsonObject(req, "patTokenCreateRequest"), answer = (error) => sendJson(res, 200, errorResult(error)), now = ctx.clock.now(), name2 = checkDisplayName(body.displayName);
  if ("error" in name2) return answer(name2.error);
  let scope = normalizePatScope(body.scope);
  if (!scope.ok) return answer("invalidScope");
  let requested = body.validTo === void 0 || body.validTo === null ? now + ctx.config.pats.defaultLifetimeDays * DAY_MS2 : parseDate(body.validTo);
  if (Number.isNaN(requested) || requested <= now && ctx.config.pats.pastValidTo === "reject") return answer("invalidValidTo");
  if (body.allOrgs !== void 0 && typeof body.allOrgs != "boolean") return answer("invalidTargetAccounts");
  let allOrgs = body.allOrgs === !0, decision = applyPolicies(ctx.state.data.policy, {
    user,
    scopes: scope.scopes,
    allOrgs,
    validTo: requested,
    lifespanStart: now,
    now,
    isCreate: !0
  });
  if ("error" in decision) return answer(decision.error);
  let validTo = Math.min(decision.validTo, now + ctx.config.pats.maxLifetimeDays * DAY_MS2), token = newPatToken(), pat = {
    authorizationId: (0, import_node_crypto9.randomUUID)(),
    ownerOid: user.oid,
    ownerUpn: user.upn,
    displayName: name2.name,
    scope: scope.scope,
    validFrom: formatValidFrom(now),
    validTo: formatValidTo(validTo),
    allOrgs,
    tokenHash: hashSecret(token),
    revokedAt: null
  };
  ctx.state.data.pats[pat.authorizationId] = pat, ctx.persist(), sendJson(res, 200, successResult(ctx, pat, token));
}

// emulator/pats/list.ts
var FILTERS = ["active", "revoked", "expired", "all"], SORTS = ["displayName", "displayDate", "status"], STATUS_ORDER = { active: 0, expired: 1, revoked: 2 };
function badArgument(name2, value) {
  return azureDevOpsError(400, `The value '${value}' is not valid for ${name2}.\r
Parameter name: ${name2}`, {
    typeKey: "ArgumentException",
    typeName: "System.ArgumentException, mscorlib",
    eventId: 0
  });
}
function oneOf(value, allowed2, fallback, name2) {
  if (value === null || value === "") return fallback;
  let found = allowed2.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw badArgument(name2, value);
  return found;
}
function encodeContinuation(nextRow) {
  return Buffer.from(`${nextRow}-patapitoken`, "utf8").toString("base64");
}
function decodeContinuation(token) {
  if (!token) return 1;
  let match = /^(\d+)-patapitoken$/.exec(Buffer.from(token, "base64").toString("utf8")), row = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(row) || row < 1) throw badArgument("continuationToken", token);
  return row;
}
function parseTop(raw) {
  if (raw === null || raw === "") return 20;
  let top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw badArgument("$top", raw);
  return Math.min(top, 100);
}
function compare(sort, now) {
  return (a, b) => {
    let d = 0;
    return sort === "displayName" && (d = a.displayName.localeCompare(b.displayName, "en", { sensitivity: "base" })), sort === "displayDate" && (d = Date.parse(a.validTo) - Date.parse(b.validTo)), sort === "status" && (d = STATUS_ORDER[patStatus(a, now)] - STATUS_ORDER[patStatus(b, now)]), d !== 0 ? d : a.authorizationId.localeCompare(b.authorizationId);
  };
}
function listPats(req, res, ctx) {
  let user = guardPatApi(req, ctx, "read"), now = ctx.clock.now(), filter = oneOf(req.query.get("displayFilterOption"), FILTERS, "active", "displayFilterOption"), sort = oneOf(req.query.get("sortByOption"), SORTS, "displayName", "sortByOption"), ascending = (req.query.get("isSortAscending") ?? "true").toLowerCase() !== "false", top = parseTop(req.query.get("$top")), startRow = decodeContinuation(req.query.get("continuationToken")), mine = Object.values(ctx.state.data.pats).filter((p) => p.ownerOid === user.oid).filter((p) => filter === "all" || patStatus(p, now) === filter).sort(compare(sort, now));
  ascending || mine.reverse();
  let page = mine.slice(startRow - 1, startRow - 1 + top), nextRow = startRow + page.length;
  sendJson(res, 200, {
    continuationToken: nextRow <= mine.length ? encodeContinuation(nextRow) : "",
    patTokens: page.map((p) => patTokenView(ctx, p, null))
  });
}
function getPat(req, res, ctx) {
  let user = guardPatApi(req, ctx, "read"), id = req.query.get("authorizationId") ?? "", pat = isGuid(id) ? Object.values(ctx.state.data.pats).find(
    (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid
  ) : void 0;
  sendJson(res, 200, pat ? successResult(ctx, pat, null) : errorResult("tokenNotFound"));
}

// emulator/pats/revoke.ts
function revokePat(req, res, ctx) {
  let user = guardPatApi(req, ctx, "write"), id = req.query.get("authorizationId") ?? req.query.get("authorizationid") ?? "";
  if (!isGuid(id))
    throw azureDevOpsError(
      400,
      `The value '${id}' is not a valid authorizationId.\r
Parameter name: authorizationId`,
      {
        typeKey: "ArgumentException",
        typeName: "System.ArgumentException, mscorlib",
        eventId: 0
      }
    );
  let pat = Object.values(ctx.state.data.pats).find(
    (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid
  );
  if (pat)
    pat.revokedAt || (pat.revokedAt = new Date(ctx.clock.now()).toISOString(), ctx.persist());
  else {
    let mode = ctx.config.pats.revokeUnknown;
    if (mode === "tokenNotFound") return sendJson(res, 200, errorResult("tokenNotFound"));
    if (mode === "404")
      throw azureDevOpsError(404, `The personal access token with authorization id ${id} was not found.`, {
        typeKey: "SessionTokenNotFoundException",
        typeName: "Microsoft.VisualStudio.Services.DelegatedAuthorization.SessionTokenNotFoundException, Microsoft.VisualStudio.Services.WebApi"
      });
  }
  res.writeHead(204), res.end();
}

// emulator/pats/update.ts
var DAY_MS3 = 24 * 3600 * 1e3;
async function updatePat(req, res, ctx) {
  let user = guardPatApi(req, ctx, "write"), body = await readJsonObject(req, "patTokenUpdateRequest"), answer = (error) => sendJson(res, 200, errorResult(error)), now = ctx.clock.now(), id = typeof body.authorizationId == "string" ? body.authorizationId : "";
  if (!isGuid(id)) return answer("invalidAuthorizationId");
  let pat = Object.values(ctx.state.data.pats).find(
    (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid
  );
  if (!pat) return answer("tokenNotFound");
  let status = patStatus(pat, now);
  if (status === "revoked") return answer("invalidToken");
  if (status === "expired") return answer("expiredPatCannotBeExtended");
  let displayName = pat.displayName;
  if (body.displayName !== void 0 && body.displayName !== null) {
    let checked = checkDisplayName(body.displayName);
    if ("error" in checked) return answer(checked.error);
    displayName = checked.name;
  }
  let scope = { scope: pat.scope, scopes: pat.scope.split(" ") };
  if (body.scope !== void 0 && body.scope !== null) {
    let checked = normalizePatScope(body.scope);
    if (!checked.ok) return answer("invalidScope");
    scope = checked;
  }
  let validTo = Date.parse(pat.validTo);
  if (body.validTo !== void 0 && body.validTo !== null && (validTo = parseDate(body.validTo), Number.isNaN(validTo) || validTo <= now))
    return answer("invalidValidTo");
  if (body.allOrgs !== void 0 && body.allOrgs !== null && typeof body.allOrgs != "boolean")
    return answer("invalidTargetAccounts");
  let allOrgs = typeof body.allOrgs == "boolean" ? body.allOrgs : pat.allOrgs, created = Date.parse(pat.validFrom), decision = applyPolicies(ctx.state.data.policy, {
    user,
    scopes: scope.scopes,
    allOrgs,
    validTo,
    lifespanStart: created,
    now,
    isCreate: !1
  });
  if ("error" in decision) return answer(decision.error);
  pat.displayName = displayName, pat.scope = scope.scope, pat.allOrgs = allOrgs, pat.validTo = formatValidTo(Math.min(decision.validTo, created + ctx.config.pats.maxLifetimeDays * DAY_MS3)), ctx.persist(), sendJson(res, 200, successResult(ctx, pat, null));
}

// emulator/pats/module.ts
var PATH = "/:org/_apis/tokens/pats", hasAuthorizationId = (url) => [...url.searchParams.keys()].some((k) => k.toLowerCase() === "authorizationid");
function signInRoute(_req, res) {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }), res.end(signInPage());
}
function describePats(ctx) {
  let now = ctx.clock.now();
  return Object.values(ctx.state.data.pats).map(({ tokenHash: _hash, ...rest }) => ({
    ...rest,
    status: patStatus(rest, now)
  }));
}
var patsModule = {
  name: "pats",
  routes: [
    {
      id: "pats.get",
      family: "azure-devops",
      method: "GET",
      path: PATH,
      when: hasAuthorizationId,
      handler: getPat
    },
    { id: "pats.list", family: "azure-devops", method: "GET", path: PATH, handler: listPats },
    { id: "pats.create", family: "azure-devops", method: "POST", path: PATH, handler: createPat },
    { id: "pats.update", family: "azure-devops", method: "PUT", path: PATH, handler: updatePat },
    { id: "pats.revoke", family: "azure-devops", method: "DELETE", path: PATH, handler: revokePat },
    {
      id: "signin",
      family: "azure-devops",
      method: "GET",
      path: "/_signin",
      handler: signInRoute,
      throttled: !1
    }
  ],
  inspect: (ctx) => ({ pats: describePats(ctx) })
};

// emulator/keyvault/wire.ts
var KEY_VAULT_RESOURCE2 = "https://vault.azure.net", KEY_VAULT_APP_ID = "cfa8b339-82a2-471a-a3c9-0fc0be7a4093", SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
function kvError(status, code, message, inner) {
  return { status, body: { error: { code, message, ...inner ? { innererror: { code: inner } } : {} } } };
}
function challenge(authority, message) {
  return {
    ...kvError(401, "Unauthorized", message),
    headers: { "WWW-Authenticate": `Bearer authorization="${authority}", resource="${KEY_VAULT_RESOURCE2}"` }
  };
}
function secretNotFound(name2, version) {
  let id = version ? `${name2}/${version}` : name2;
  return kvError(
    404,
    "SecretNotFound",
    `A secret with (name/id) ${id} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`
  );
}
function secretBundle(vaultUrl2, name2, secret) {
  return {
    value: secret.value,
    ...secret.contentType === void 0 ? {} : { contentType: secret.contentType },
    id: `${vaultUrl2}/secrets/${name2}/${secret.version}`,
    attributes: {
      enabled: secret.enabled,
      created: secret.created,
      updated: secret.updated,
      recoveryLevel: "Recoverable+Purgeable",
      recoverableDays: 90
    },
    ...secret.tags === void 0 ? {} : { tags: secret.tags }
  };
}
var SUPPORTED_API_VERSIONS = ["7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "2025-07-01"];
function checkApiVersion(apiVersion) {
  if (apiVersion === null || apiVersion === "")
    return kvError(
      400,
      "BadParameter",
      "The request URI contains an invalid parameter: api-version is required."
    );
  if (!SUPPORTED_API_VERSIONS.includes(apiVersion))
    return kvError(
      400,
      "BadParameter",
      `The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (7.4).`
    );
}

// emulator/keyvault/access.ts
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function keyVaultSeed(ctx) {
  let seed = isObject(ctx.config.keyVault) ? ctx.config.keyVault : {}, sp = ctx.config.servicePrincipal;
  return {
    name: "emulator",
    authorization: "accessPolicy",
    access: [{ objectId: sp.oid, appId: sp.clientId, permissions: ["get", "set"] }],
    secrets: {},
    ...seed
  };
}
function initialSecrets(ctx, seed) {
  return { "bot-refresh-token": ctx.state.data.botRefreshToken, ...seed.secrets };
}
function checkAccess(seed, caller2, permission) {
  if (seed.access.some(
    (g) => (g.objectId !== void 0 && g.objectId.toLowerCase() === caller2.oid.toLowerCase() || g.appId !== void 0 && g.appId.toLowerCase() === caller2.appid.toLowerCase()) && g.permissions.includes(permission)
  )) return;
  let who = `appid=${caller2.appid};oid=${caller2.oid};iss=${caller2.issuer}`;
  return seed.authorization === "rbac" ? kvError(
    403,
    "Forbidden",
    `Caller is not authorized to perform action on resource.\r
If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r
Caller: ${who}\r
Action: 'Microsoft.KeyVault/vaults/secrets/${permission === "get" ? "getSecret" : "setSecret"}/action'\r
Resource: '/vaults/${seed.name}'\r
Assignment: (not found)\r
Vault: ${seed.name};location=local\r
`,
    "ForbiddenByRbac"
  ) : kvError(
    403,
    "Forbidden",
    `The user, group or application '${who}' does not have secrets ${permission} permission on key vault '${seed.name};location=local'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
    "AccessDenied"
  );
}

// emulator/keyvault/store.ts
var import_node_crypto10 = require("node:crypto");
function newVersionId() {
  return (0, import_node_crypto10.randomBytes)(16).toString("hex");
}
var SecretStore = class {
  constructor(data = {}) {
    this.data = data;
  }
  data;
  /** The latest version, or a given one; undefined when the secret or version does not exist. */
  get(name2, version) {
    let versions = this.data[name2.toLowerCase()];
    if (!(!versions || versions.length === 0))
      return version === void 0 || version === "" ? versions[versions.length - 1] : versions.find((v) => v.version === version.toLowerCase());
  }
  /** Appends a new version (a PUT never overwrites: Key Vault keeps every version). */
  set(name2, input, nowSeconds) {
    let version = {
      version: newVersionId(),
      value: input.value,
      enabled: !0,
      created: nowSeconds,
      updated: nowSeconds,
      ...input.contentType === void 0 ? {} : { contentType: input.contentType },
      ...input.tags === void 0 ? {} : { tags: input.tags }
    }, key = name2.toLowerCase();
    return this.data[key] = [...this.data[key] ?? [], version], version;
  }
  /** The original name's spelling is not kept: Key Vault answers with the name as stored. */
  names() {
    return Object.keys(this.data).sort();
  }
  /** For GET /_emulator/state: no values, ever. */
  describe() {
    return this.names().map((name2) => ({
      name: name2,
      versions: (this.data[name2] ?? []).map(({ value: _value, ...rest }) => rest)
    }));
  }
  /** The raw data, for persistence only. */
  toJSON() {
    return this.data;
  }
  replace(data) {
    this.data = data;
  }
};

// emulator/keyvault/routes.ts
var KEY_VAULT_MODULE = "keyvault";
function secretStore(ctx) {
  let data = ctx.state.moduleData(KEY_VAULT_MODULE, () => {
    let store = new SecretStore();
    for (let [name2, value] of Object.entries(initialSecrets(ctx, keyVaultSeed(ctx))))
      store.set(name2, { value }, ctx.clock.nowSeconds());
    return { secrets: store.toJSON() };
  });
  return new SecretStore(data.secrets);
}
var KeyVaultFailure = class extends Error {
  constructor(error) {
    super(error.body.error.message);
    this.error = error;
  }
  error;
};
function fail(error) {
  throw new KeyVaultFailure(error);
}
var AUDIENCES = /* @__PURE__ */ new Set([KEY_VAULT_RESOURCE, `${KEY_VAULT_RESOURCE}/`, KEY_VAULT_APP_ID]);
function caller(req, ctx, permission) {
  let apiVersionError = checkApiVersion(req.query.get("api-version"));
  apiVersionError && fail(apiVersionError);
  let authority = `${ctx.url}/${ctx.config.tenantId}`, id = req.identity;
  id.kind === "anonymous" && fail(challenge(authority, "AKV10000: Request is missing a Bearer or PoP token.")), id.kind !== "user" && id.kind !== "app" && fail(challenge(authority, "The bearer token is not a valid access token for Key Vault.")), AUDIENCES.has(id.audience) || fail(
    challenge(authority, `AKV10022: Invalid audience. Expected ${KEY_VAULT_RESOURCE}, found: ${id.audience}.`)
  );
  let who = {
    oid: id.oid,
    appid: id.appid,
    issuer: typeof id.claims.iss == "string" ? id.claims.iss : ""
  }, denied = checkAccess(keyVaultSeed(ctx), who, permission);
  denied && fail(denied);
}
function vaultUrl(ctx) {
  return ctx.config.keyVaultUrl.replace(/\/+$/, "");
}
function checkName(name2) {
  SECRET_NAME.test(name2) || fail(kvError(400, "BadParameter", `The request URI contains an invalid name: ${name2}`));
}
async function run(res, body) {
  try {
    await body();
  } catch (e) {
    if (!(e instanceof KeyVaultFailure)) throw e;
    sendJson(res, e.error.status, e.error.body, e.error.headers ?? {});
  }
}
function getSecret(req, res, ctx) {
  return run(res, () => {
    caller(req, ctx, "get");
    let name2 = req.params.name ?? "", version = req.params.version ?? "";
    checkName(name2);
    let secret = secretStore(ctx).get(name2, version);
    (!secret || !secret.enabled) && fail(secretNotFound(name2, version || void 0)), sendJson(res, 200, secretBundle(vaultUrl(ctx), name2, secret));
  });
}
function parseSetBody(raw) {
  let body;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    fail(kvError(400, "BadParameter", "The request body is not valid JSON."));
  }
  let b = typeof body == "object" && body !== null ? body : {};
  typeof b.value != "string" && fail(kvError(400, "BadParameter", "Property 'value' is required and must be a string."));
  let tags = b.tags;
  return tags === void 0 || typeof tags == "object" && tags !== null && Object.values(tags).every((t) => typeof t == "string") || fail(kvError(400, "BadParameter", "Property 'tags' must map names to strings.")), {
    value: b.value,
    ...typeof b.contentType == "string" ? { contentType: b.contentType } : {},
    ...tags === void 0 ? {} : { tags }
  };
}
function setSecret(req, res, ctx) {
  return run(res, async () => {
    caller(req, ctx, "set");
    let name2 = req.params.name ?? "";
    checkName(name2);
    let input = parseSetBody(await req.body()), secret = secretStore(ctx).set(name2, input, ctx.clock.nowSeconds());
    ctx.persist(), sendJson(res, 200, secretBundle(vaultUrl(ctx), name2, secret));
  });
}
var keyVaultRoutes = [
  // `*version` also matches no version and a trailing slash: both mean "latest", as on the real service.
  {
    id: "keyvault.get-secret",
    family: "plain",
    method: "GET",
    path: "/keyvault/secrets/:name/*version",
    handler: getSecret
  },
  {
    id: "keyvault.set-secret",
    family: "plain",
    method: "PUT",
    path: "/keyvault/secrets/:name",
    handler: setSecret
  }
];

// emulator/keyvault/module.ts
var keyVaultModule = {
  name: KEY_VAULT_MODULE,
  routes: keyVaultRoutes,
  start(ctx) {
    secretStore(ctx);
  },
  inspect(ctx) {
    return { keyVault: { url: ctx.config.keyVaultUrl, secrets: secretStore(ctx).describe() } };
  }
};

// emulator/oidc/azure-pipelines.ts
var import_node_crypto11 = require("node:crypto");

// emulator/oidc/discovery.ts
function discoveryDocument(issuer, jwksPath, claims) {
  return {
    issuer,
    jwks_uri: `${issuer}${jwksPath}`,
    subject_types_supported: ["public", "pairwise"],
    response_types_supported: ["id_token"],
    claims_supported: claims,
    id_token_signing_alg_values_supported: ["RS256"],
    scopes_supported: ["openid"]
  };
}
var GITHUB_CLAIMS = [
  "sub",
  "aud",
  "exp",
  "iat",
  "iss",
  "jti",
  "nbf",
  "ref",
  "sha",
  "repository",
  "repository_id",
  "repository_owner",
  "repository_owner_id",
  "run_id",
  "run_number",
  "run_attempt",
  "actor",
  "actor_id",
  "workflow",
  "workflow_ref",
  "event_name",
  "ref_type",
  "job_workflow_ref",
  "runner_environment"
], AZURE_PIPELINES_CLAIMS = ["sub", "aud", "exp", "iat", "iss", "nbf", "jti"];

// emulator/oidc/settings.ts
function defaults(ctx) {
  return {
    github: {
      repository: "octo/demo",
      repositoryId: "123456789",
      repositoryOwnerId: "987654",
      ref: "refs/heads/main",
      sha: "0123456789abcdef0123456789abcdef01234567",
      runId: "4242424242",
      runNumber: "7",
      runAttempt: "1",
      actor: "octocat",
      actorId: "583231",
      workflow: "CI",
      eventName: "push",
      environment: null,
      subject: null,
      tokenLifetimeSeconds: 300
    },
    azurePipelines: {
      // The framework's default federated credential trusts sc://<org>/<project>/kv-connection.
      serviceConnections: [{ id: ctx.config.azurePipelines.serviceConnectionId, name: "kv-connection" }],
      tokenLifetimeSeconds: 600
    }
  };
}
function isObject2(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function oidcSeed(ctx) {
  let base = defaults(ctx), seed = isObject2(ctx.config.oidc) ? ctx.config.oidc : {}, github = isObject2(seed.github) ? seed.github : {}, pipelines = isObject2(seed.azurePipelines) ? seed.azurePipelines : {};
  return {
    github: { ...base.github, ...github },
    azurePipelines: { ...base.azurePipelines, ...pipelines }
  };
}
function githubSubject(seed) {
  return seed.subject ? seed.subject : seed.environment ? `repo:${seed.repository}:environment:${seed.environment}` : seed.eventName === "pull_request" ? `repo:${seed.repository}:pull_request` : `repo:${seed.repository}:ref:${seed.ref}`;
}

// emulator/oidc/azure-pipelines.ts
var AZURE_PIPELINES_KEY = "azure-pipelines-oidc";
function oidcToken(req, res, ctx) {
  let header2 = req.headers.authorization ?? "", token = /^bearer\s+/i.test(header2) ? header2.replace(/^bearer\s+/i, "").trim() : "", expected = new URL(ctx.config.azurePipelines.oidcRequestUri).pathname.toLowerCase();
  if (token !== ctx.config.azurePipelines.accessToken || req.path.toLowerCase() !== expected)
    throw azureDevOpsError(401, "TF400813: The user '' is not authorized to access this resource.", {
      typeKey: "UnauthorizedRequestException"
    });
  if (!req.query.get("api-version"))
    throw azureDevOpsError(
      400,
      'No api-version was supplied for the POST request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").',
      {
        typeKey: "VssVersionNotSpecifiedException",
        typeName: "Microsoft.VisualStudio.Services.WebApi.VssVersionNotSpecifiedException, Microsoft.VisualStudio.Services.WebApi"
      }
    );
  let seed = oidcSeed(ctx).azurePipelines, id = req.query.get("serviceConnectionId") ?? "", connection = seed.serviceConnections.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (!connection) {
    let value = `There is no explicit reference to service connection ${id} from current stage __default.__default.`;
    throw new HttpError(400, { count: value.length, value });
  }
  let now = ctx.clock.nowSeconds(), claims = {
    jti: (0, import_node_crypto11.randomUUID)(),
    sub: `sc://${ctx.config.organization}/${ctx.config.project}/${connection.name}`,
    aud: TOKEN_EXCHANGE_AUDIENCE,
    iss: ctx.config.azurePipelines.issuer,
    nbf: now,
    iat: now,
    exp: now + seed.tokenLifetimeSeconds
  };
  sendJson(res, 200, { oidcToken: ctx.keys.sign(claims, AZURE_PIPELINES_KEY) });
}
var azurePipelinesRoutes = [
  {
    id: "oidc.azure-pipelines.token",
    family: "azure-devops",
    method: "POST",
    path: "/:org/:project/_apis/distributedtask/hubs/:hub/plans/:plan/jobs/:job/oidctoken",
    handler: oidcToken
  },
  {
    id: "oidc.azure-pipelines.discovery",
    family: "plain",
    method: "GET",
    path: "/azure-pipelines-oidc/:organizationId/.well-known/openid-configuration",
    handler: (_req, res, ctx) => sendJson(
      res,
      200,
      discoveryDocument(ctx.config.azurePipelines.issuer, "/.well-known/jwks", AZURE_PIPELINES_CLAIMS)
    )
  },
  {
    id: "oidc.azure-pipelines.jwks",
    family: "plain",
    method: "GET",
    path: "/azure-pipelines-oidc/:organizationId/.well-known/jwks",
    handler: (_req, res, ctx) => sendJson(res, 200, ctx.keys.jwks(AZURE_PIPELINES_KEY))
  }
];

// emulator/oidc/github.ts
var import_node_crypto12 = require("node:crypto");
var GITHUB_KEY = "github-oidc";
function bearer(req) {
  let header2 = req.headers.authorization ?? "";
  return /^bearer\s+/i.test(header2) ? header2.replace(/^bearer\s+/i, "").trim() : void 0;
}
function githubClaims(ctx, audience) {
  let seed = oidcSeed(ctx).github, [owner = ""] = seed.repository.split("/"), now = ctx.clock.nowSeconds(), workflowRef = `${seed.repository}/.github/workflows/ci.yml@${seed.ref}`;
  return {
    jti: (0, import_node_crypto12.randomUUID)(),
    sub: githubSubject(seed),
    // GitHub's default audience is the URL of the repository owner.
    aud: audience ?? `https://github.com/${owner}`,
    ref: seed.ref,
    sha: seed.sha,
    repository: seed.repository,
    repository_owner: owner,
    repository_owner_id: seed.repositoryOwnerId,
    repository_id: seed.repositoryId,
    repository_visibility: "private",
    run_id: seed.runId,
    run_number: seed.runNumber,
    run_attempt: seed.runAttempt,
    actor: seed.actor,
    actor_id: seed.actorId,
    workflow: seed.workflow,
    event_name: seed.eventName,
    ref_type: seed.ref.startsWith("refs/tags/") ? "tag" : "branch",
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    runner_environment: "github-hosted",
    ...seed.environment ? { environment: seed.environment } : {},
    iss: ctx.config.github.issuer,
    nbf: now - 5,
    iat: now,
    exp: now + seed.tokenLifetimeSeconds
  };
}
function requestToken(req, res, ctx) {
  if (bearer(req) !== ctx.config.github.requestToken)
    throw new HttpError(401, {
      message: "Unauthorized: the bearer token is missing or not valid for this job."
    });
  let audience = req.query.get("audience");
  sendJson(res, 200, { value: ctx.keys.sign(githubClaims(ctx, audience || null), GITHUB_KEY) });
}
var githubRoutes = [
  {
    id: "oidc.github.token",
    family: "plain",
    method: "GET",
    path: "/github-oidc/token",
    handler: requestToken
  },
  {
    id: "oidc.github.discovery",
    family: "plain",
    method: "GET",
    path: "/github-oidc/.well-known/openid-configuration",
    handler: (_req, res, ctx) => sendJson(res, 200, discoveryDocument(ctx.config.github.issuer, "/.well-known/jwks", GITHUB_CLAIMS))
  },
  {
    id: "oidc.github.jwks",
    family: "plain",
    method: "GET",
    path: "/github-oidc/.well-known/jwks",
    handler: (_req, res, ctx) => sendJson(res, 200, ctx.keys.jwks(GITHUB_KEY))
  }
];

// emulator/oidc/module.ts
var oidcModule = {
  name: "oidc",
  routes: [...githubRoutes, ...azurePipelinesRoutes]
};

// emulator/resources/git-route.ts
var import_promises2 = require("node:fs/promises"), import_node_os2 = __toESM(require("node:os")), import_node_path3 = __toESM(require("node:path")), import_promises3 = require("node:stream/promises");

// emulator/git.ts
var import_node_child_process = require("node:child_process"), import_promises = require("node:fs/promises"), import_node_os = __toESM(require("node:os")), import_node_path2 = __toESM(require("node:path")), import_node_stream = require("node:stream");
function isolatedEnv(extra = {}) {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: import_node_os.default.tmpdir(),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    LANG: "C",
    ...extra
  };
}
function runGit(args, options = {}) {
  return new Promise((resolve, reject) => {
    let child = (0, import_node_child_process.spawn)("git", args, { cwd: options.cwd, env: isolatedEnv(options.env), stdio: "pipe" }), out = [], err = [];
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c)), child.on("error", reject), child.on("close", (code) => {
      code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new Error(`git ${args[0] ?? ""} exited ${code}: ${Buffer.concat(err).toString("utf8")}`));
    });
  });
}
var SEED_IDENTITY = {
  GIT_AUTHOR_NAME: "Emulator",
  GIT_AUTHOR_EMAIL: "emulator@example.invalid",
  GIT_COMMITTER_NAME: "Emulator",
  GIT_COMMITTER_EMAIL: "emulator@example.invalid",
  GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
  GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z"
};
async function exists(file) {
  return (0, import_promises.access)(file).then(
    () => !0,
    () => !1
  );
}
async function seedBareRepository(options) {
  let repo = import_node_path2.default.join(options.root, options.name);
  if (await exists(import_node_path2.default.join(repo, "HEAD"))) return repo;
  let branch = options.branch ?? "main";
  await (0, import_promises.mkdir)(repo, { recursive: !0 }), await runGit(["init", "--quiet", "--bare", `--initial-branch=${branch}`, repo]), await runGit(["config", "http.receivepack", "true"], { cwd: repo });
  let work = await (0, import_promises.mkdtemp)(import_node_path2.default.join(import_node_os.default.tmpdir(), "emu-seed-"));
  try {
    let files = options.files ?? { "README.md": `# ${import_node_path2.default.basename(repo, ".git")}
` };
    for (let [file, content] of Object.entries(files))
      await (0, import_promises.mkdir)(import_node_path2.default.dirname(import_node_path2.default.join(work, file)), { recursive: !0 }), await (0, import_promises.writeFile)(import_node_path2.default.join(work, file), content);
    let env = {
      ...SEED_IDENTITY,
      GIT_DIR: repo,
      GIT_WORK_TREE: work,
      GIT_INDEX_FILE: import_node_path2.default.join(work, ".git-index")
    };
    await runGit(["add", "--all", "."], { cwd: work, env }), await runGit(["commit", "--quiet", "-m", options.message ?? "Initial commit"], { cwd: work, env });
  } finally {
    await (0, import_promises.rm)(work, { recursive: !0, force: !0 });
  }
  return repo;
}
function header(headers, name2) {
  let value = headers[name2];
  return Array.isArray(value) ? value[0] : value;
}
function parseCgiHeaders(buffer) {
  let crlf = buffer.indexOf(`\r
\r
`), lf = buffer.indexOf(`

`), useLf = lf !== -1 && (crlf === -1 || lf < crlf), end = useLf ? lf : crlf;
  if (end === -1) return;
  let headers = {}, status = 200;
  for (let line of buffer.subarray(0, end).toString("latin1").split(/\r?\n/)) {
    let colon = line.indexOf(":");
    if (colon <= 0) continue;
    let name2 = line.slice(0, colon).trim(), value = line.slice(colon + 1).trim();
    name2.toLowerCase() === "status" ? status = Number.parseInt(value, 10) || 500 : headers[name2] = value;
  }
  return { status, headers, rest: buffer.subarray(end + (useLf ? 2 : 4)) };
}
function cgiEnv(projectRoot, request) {
  let env = {
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: "1",
    GATEWAY_INTERFACE: "CGI/1.1",
    REQUEST_METHOD: request.method.toUpperCase(),
    PATH_INFO: request.pathInfo,
    QUERY_STRING: request.queryString,
    REMOTE_USER: request.remoteUser,
    REMOTE_ADDR: request.remoteAddr,
    CONTENT_TYPE: header(request.headers, "content-type") ?? ""
  }, length2 = Buffer.isBuffer(request.body) ? String(request.body.length) : header(request.headers, "content-length");
  length2 !== void 0 && (env.CONTENT_LENGTH = length2);
  let encoding = header(request.headers, "content-encoding");
  encoding !== void 0 && (env.HTTP_CONTENT_ENCODING = encoding);
  let protocol = header(request.headers, "git-protocol");
  return protocol !== void 0 && (env.HTTP_GIT_PROTOCOL = protocol), env;
}
function runHttpBackend(projectRoot, request) {
  return new Promise((resolve, reject) => {
    let child = (0, import_node_child_process.spawn)("git", ["http-backend"], {
      signal: request.signal,
      env: isolatedEnv(cgiEnv(projectRoot, request)),
      stdio: "pipe"
    }), stderr = [];
    child.stderr.on("data", (c) => stderr.push(c)), child.on("error", reject), child.stdin.on("error", () => {
    }), Buffer.isBuffer(request.body) ? child.stdin.end(request.body) : request.body ? request.body.pipe(child.stdin) : child.stdin.end();
    let pending = Buffer.alloc(0), started = !1, onData = (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      let head = parseCgiHeaders(pending);
      if (!head) return;
      started = !0, child.stdout.off("data", onData);
      let body = new import_node_stream.PassThrough();
      body.write(head.rest), child.stdout.pipe(body), resolve({ status: head.status, headers: head.headers, body });
    };
    child.stdout.on("data", onData), child.on("close", (code) => {
      if (started) return;
      let detail = Buffer.concat(stderr).toString("utf8");
      reject(new Error(`git http-backend exited ${code} without headers: ${detail}`));
    });
  });
}

// emulator/resources/auth.ts
var import_node_crypto13 = require("node:crypto");
var PROCESS_ID = (0, import_node_crypto13.randomUUID)();
function challengeHeaders(ctx) {
  return {
    "WWW-Authenticate": [
      `Bearer authorization_uri=${ctx.url}/${ctx.config.tenantId}`,
      `Basic realm="${ctx.url}/"`,
      "TFS-Federated"
    ],
    "X-TFS-ProcessId": PROCESS_ID,
    "X-VSS-ResourceTenant": ctx.config.tenantId,
    "X-TFS-FedAuthRealm": `${ctx.url}/`
  };
}
var UnauthorizedError = class extends HttpError {
  constructor(message, challenge2) {
    super(401, azureDevOpsErrorBody(message, { typeKey: "UnauthorizedRequestException" }));
    this.challenge = challenge2;
  }
  challenge;
  send(res) {
    if (res.headersSent || res.destroyed) return;
    let text = JSON.stringify(this.body);
    for (let [name2, value] of Object.entries(this.challenge)) res.setHeader(name2, value);
    res.writeHead(401, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(text)
    }), res.end(text);
  }
}, EXPIRED = "Access Denied: The Personal Access Token used has expired.", REVOKED = "Access Denied: The Personal Access Token used has been revoked.", ANONYMOUS = "TF400813: Resource not available for anonymous access. Client authentication required.";
function notAMember(tenantId, oid) {
  return `TF401444: Please sign-in at least once as ${tenantId}\\${tenantId}\\${oid} in a web browser to enable access to the service.`;
}
function notAuthorized(user) {
  return `TF400813: The user '${user}' is not authorized to access this resource.`;
}
function deadPat(ctx, serviceError) {
  return new UnauthorizedError(notAuthorized(""), {
    ...challengeHeaders(ctx),
    "X-TFS-ServiceError": encodeURIComponent(serviceError)
  });
}
function authenticate(req, ctx) {
  let id = req.identity, challenge2 = challengeHeaders(ctx);
  switch (id.kind) {
    case "pat":
      if (id.status === "expired") throw deadPat(ctx, EXPIRED);
      if (id.status === "revoked") throw deadPat(ctx, REVOKED);
      if (!isOrganizationMember(ctx.config, { oid: id.pat.ownerOid, upn: id.pat.ownerUpn }))
        throw new UnauthorizedError(notAuthorized(id.pat.ownerOid), challenge2);
      return { oid: id.pat.ownerOid, name: id.pat.ownerUpn, scopes: id.scopes };
    case "user":
      if (id.audience !== AZURE_DEVOPS_RESOURCE) throw new UnauthorizedError(notAuthorized(""), challenge2);
      if (!isOrganizationMember(ctx.config, id))
        throw new UnauthorizedError(notAuthorized(id.oid), challenge2);
      return { oid: id.oid, name: id.upn, scopes: id.scopes };
    case "app": {
      if (id.audience !== AZURE_DEVOPS_RESOURCE) throw new UnauthorizedError(notAuthorized(""), challenge2);
      let members = ctx.config.organizationServicePrincipals;
      if (!members.includes(id.oid) && !members.includes(id.appid))
        throw new UnauthorizedError(notAMember(id.tenantId, id.oid), challenge2);
      return { oid: id.oid, name: id.appid, scopes: void 0 };
    }
    case "invalid":
      throw new UnauthorizedError(notAuthorized(""), challenge2);
    case "anonymous":
      throw new UnauthorizedError(ANONYMOUS, challenge2);
  }
}
function authorize(req, ctx, required2) {
  let caller2 = authenticate(req, ctx);
  if (caller2.scopes !== void 0 && !grants(caller2.scopes, required2))
    throw new UnauthorizedError(notAuthorized(caller2.oid), challengeHeaders(ctx));
  return caller2;
}
async function withAuthErrors(res, run2) {
  try {
    await run2();
  } catch (e) {
    if (e instanceof UnauthorizedError) e.send(res);
    else throw e;
  }
}

// emulator/resources/org.ts
var import_node_crypto14 = require("node:crypto");
function checkOrganization(ctx, org) {
  if (org.toLowerCase() !== ctx.config.organization.toLowerCase())
    throw azureDevOpsError(404, `VS800075: The organization '${org}' does not exist.`, {
      typeKey: "HostDoesNotExistException"
    });
}
function checkProject(ctx, project) {
  if (project.toLowerCase() !== ctx.config.project.toLowerCase() && project !== projectId(ctx))
    throw azureDevOpsError(
      404,
      `TF200016: The following project does not exist: ${project}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`,
      { typeKey: "ProjectDoesNotExistWithNameException", eventId: 3e3 }
    );
}
function checkRepository(ctx, repo) {
  if (repo.toLowerCase() !== ctx.config.repository.toLowerCase())
    throw azureDevOpsError(
      404,
      `TF401019: The Git repository with name or identifier ${repo} does not exist or you do not have permissions for the operation you are attempting.`,
      {
        typeKey: "GitRepositoryNotFoundException",
        typeName: "Microsoft.TeamFoundation.Git.Server.GitRepositoryNotFoundException, Microsoft.TeamFoundation.Git.Server",
        errorCode: 0
      }
    );
}
function stableGuid(...parts) {
  let h = (0, import_node_crypto14.createHash)("sha256").update(parts.join("\0")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function projectId(ctx) {
  return stableGuid("project", ctx.config.organizationId, ctx.config.project.toLowerCase());
}

// emulator/resources/git-route.ts
var roots = /* @__PURE__ */ new WeakMap();
function rootOf(ctx) {
  return roots.get(ctx.state)?.dir;
}
async function startGit(ctx) {
  let owned = !ctx.state.file, entry = { dir: ctx.state.file ? import_node_path3.default.join(import_node_path3.default.dirname(ctx.state.file), "git") : await (0, import_promises2.mkdtemp)(import_node_path3.default.join(import_node_os2.default.tmpdir(), "ado-emulator-git-")), owned, ready: Promise.resolve() };
  roots.set(ctx.state, entry), entry.ready = seedRepository(ctx), await entry.ready;
}
function repositoryDir(ctx) {
  let { organization, project, repository } = ctx.config;
  return import_node_path3.default.join(organization, project, `${repository}.git`);
}
function seedRepository(ctx) {
  let root = rootOf(ctx);
  if (!root) throw new Error("git root not started");
  return seedBareRepository({
    root,
    name: repositoryDir(ctx),
    files: { "README.md": `# ${ctx.config.repository}

Seeded by the ado-ephemeral-pat emulator.
` }
  });
}
function resetGit(ctx) {
  let entry = roots.get(ctx.state);
  entry && (entry.ready = entry.ready.then(() => (0, import_promises2.rm)(import_node_path3.default.join(entry.dir, repositoryDir(ctx)), { recursive: !0, force: !0 })).then(() => seedRepository(ctx)).catch((e) => ctx.log.error(`git reset failed: ${e instanceof Error ? e.message : String(e)}`)));
}
async function stopGit(ctx) {
  let root = roots.get(ctx.state);
  root && (await root.ready, roots.delete(ctx.state), root.owned && await (0, import_promises2.rm)(root.dir, { recursive: !0, force: !0, maxRetries: 3 }));
}
function requiredScope(req, rest) {
  return rest === "git-receive-pack" || rest === "info/refs" && req.query.get("service") === "git-receive-pack" ? "vso.code_write" : "vso.code";
}
var serveGit = (rest) => async (req, res, ctx) => {
  await withAuthErrors(res, async () => {
    checkOrganization(ctx, req.params.org ?? ""), checkProject(ctx, req.params.project ?? ""), checkRepository(ctx, req.params.repo ?? "");
    let caller2 = authorize(req, ctx, requiredScope(req, rest)), entry = roots.get(ctx.state);
    await entry?.ready;
    let root = entry?.dir;
    if (!root) throw familyError("azure-devops", 503, "The git service is not started.", ctx.clock.now());
    let hangUp = new AbortController();
    res.on("close", () => {
      res.writableFinished || hangUp.abort();
    });
    let cgi = await runHttpBackend(root, {
      signal: hangUp.signal,
      method: req.method,
      pathInfo: `/${repositoryDir(ctx).split(import_node_path3.default.sep).join("/")}/${rest}`,
      queryString: req.url.search.slice(1),
      headers: req.headers,
      body: req.method === "POST" ? req.raw : void 0,
      remoteUser: caller2.name,
      remoteAddr: req.raw.socket.remoteAddress ?? "127.0.0.1"
    });
    res.writeHead(cgi.status, cgi.headers), cgi.body.on("error", () => res.destroy()), cgi.body.pipe(res), await (0, import_promises3.finished)(res).catch(() => {
    });
  });
}, gitRoutes = [
  {
    id: "git.info-refs",
    family: "azure-devops",
    method: "GET",
    path: "/:org/:project/_git/:repo/info/refs",
    handler: serveGit("info/refs")
  },
  {
    id: "git.upload-pack",
    family: "azure-devops",
    method: "POST",
    path: "/:org/:project/_git/:repo/git-upload-pack",
    handler: serveGit("git-upload-pack")
  },
  {
    id: "git.receive-pack",
    family: "azure-devops",
    method: "POST",
    path: "/:org/:project/_git/:repo/git-receive-pack",
    handler: serveGit("git-receive-pack")
  }
];

// emulator/resources/npm-feed.ts
var import_node_crypto15 = require("node:crypto"), import_node_zlib = require("node:zlib");
var NPM_PACKAGE = "ado-emulator-demo", NPM_VERSION = "1.0.0";
function tarHeader(name2, size) {
  let header2 = Buffer.alloc(512), field = (text, offset, length2) => header2.write(text, offset, length2, "ascii"), octal = (value, length2) => value.toString(8).padStart(length2 - 1, "0");
  field(name2, 0, 100), field(octal(420, 8), 100, 8), field(octal(0, 8), 108, 8), field(octal(0, 8), 116, 8), field(octal(size, 12), 124, 12), field(octal(0, 12), 136, 12), field("        ", 148, 8), field("0", 156, 1), field("ustar\x0000", 257, 8);
  let sum = header2.reduce((total, byte) => total + byte, 0);
  return field(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8), header2;
}
function tarball() {
  let packageJson = Buffer.from(
    `${JSON.stringify({ name: NPM_PACKAGE, version: NPM_VERSION, description: "Served by the emulator" })}
`
  ), padding = Buffer.alloc((512 - packageJson.length % 512) % 512), tar = Buffer.concat([tarHeader("package/package.json", packageJson.length), packageJson, padding]);
  return (0, import_node_zlib.gzipSync)(Buffer.concat([tar, Buffer.alloc(1024)]));
}
var TARBALL = tarball(), INTEGRITY = `sha512-${(0, import_node_crypto15.createHash)("sha512").update(TARBALL).digest("base64")}`, SHASUM = (0, import_node_crypto15.createHash)("sha1").update(TARBALL).digest("hex"), TARBALL_FILE = `${NPM_PACKAGE}-${NPM_VERSION}.tgz`;
function checkPackage(name2) {
  if (name2 !== NPM_PACKAGE)
    throw azureDevOpsError(404, `NotFound: The package '${name2}' wasn't found in the feed.`, {
      typeKey: "PackageNotFoundException"
    });
}
function registryUrl(req, ctx) {
  return `${ctx.url}/${req.params.org ?? ""}/_packaging/${req.params.feed ?? ""}/npm/registry`;
}
function packument(req, res, ctx) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? ""), authorize(req, ctx, "vso.packaging"), checkPackage(req.params.package ?? "");
    let tarballUrl = `${registryUrl(req, ctx)}/${NPM_PACKAGE}/-/${TARBALL_FILE}`, text = JSON.stringify({
      _id: NPM_PACKAGE,
      name: NPM_PACKAGE,
      "dist-tags": { latest: NPM_VERSION },
      versions: {
        [NPM_VERSION]: {
          name: NPM_PACKAGE,
          version: NPM_VERSION,
          description: "Served by the emulator",
          dist: { tarball: tarballUrl, integrity: INTEGRITY, shasum: SHASUM }
        }
      },
      time: { created: "2024-01-01T00:00:00.000Z", [NPM_VERSION]: "2024-01-01T00:00:00.000Z" }
    });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }), res.end(text);
  });
}
function tarballFile(req, res, ctx) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? ""), authorize(req, ctx, "vso.packaging"), checkPackage(req.params.package ?? ""), req.params.file !== TARBALL_FILE && checkPackage(req.params.file ?? ""), res.writeHead(200, { "content-type": "application/octet-stream", "content-length": TARBALL.length }), res.end(TARBALL);
  });
}
var npmFeedRoutes = [
  {
    id: "resources.npm-packument",
    family: "azure-devops",
    method: "GET",
    path: "/:org/_packaging/:feed/npm/registry/:package",
    handler: packument
  },
  {
    id: "resources.npm-tarball",
    family: "azure-devops",
    method: "GET",
    path: "/:org/_packaging/:feed/npm/registry/:package/-/:file",
    handler: tarballFile
  }
];

// emulator/resources/work-items.ts
var PatchError = class extends Error {
  constructor(status, typeKey, message) {
    super(message);
    this.status = status;
    this.typeKey = typeKey;
  }
  status;
  typeKey;
}, INVALID_DOCUMENT = "You must pass a valid patch document in the body of the request.", FIELD_PATH = /^\/fields\/([A-Za-z][\w.]*)$/, READ_ONLY = /* @__PURE__ */ new Set([
  "System.Id",
  "System.Rev",
  "System.CreatedDate",
  "System.ChangedDate",
  "System.ChangedBy"
]);
function isOperation(value) {
  if (typeof value != "object" || value === null) return !1;
  let { op, path: path7 } = value;
  return typeof op == "string" && typeof path7 == "string";
}
function parsePatchDocument(body) {
  if (!Array.isArray(body) || body.length === 0 || !body.every(isOperation))
    throw new PatchError(400, "VssPropertyValidationException", INVALID_DOCUMENT);
  return body;
}
function applyOne(fields, rev, op) {
  let kind = op.op.toLowerCase();
  if (kind === "test" && op.path.toLowerCase() === "/rev") {
    if (Number(op.value) !== rev)
      throw new PatchError(
        412,
        "WorkItemRevisionMismatchException",
        "TF26071: This work item has been changed by someone else since you opened it. You will need to refresh it and discard your changes."
      );
    return;
  }
  let field = FIELD_PATH.exec(op.path)?.[1];
  if (!field) throw new PatchError(400, "VssPropertyValidationException", INVALID_DOCUMENT);
  if (kind !== "test" && READ_ONLY.has(field))
    throw new PatchError(
      400,
      "WorkItemFieldInvalidException",
      `TF401326: Invalid field status 'ReadOnly' for field '${field}'.`
    );
  switch (kind) {
    case "add":
    case "replace":
      fields[field] = op.value;
      return;
    case "remove":
      delete fields[field];
      return;
    case "test":
      if (JSON.stringify(fields[field]) !== JSON.stringify(op.value))
        throw new PatchError(
          400,
          "TestOperationFailedException",
          `Test operation failed for path '${op.path}'.`
        );
      return;
    default:
      throw new PatchError(400, "VssPropertyValidationException", INVALID_DOCUMENT);
  }
}
function applyPatch(item, ops, changedBy, now) {
  let fields = { ...item.fields };
  for (let op of ops) applyOne(fields, item.rev, op);
  let rev = item.rev + 1;
  return fields["System.Rev"] = rev, fields["System.ChangedDate"] = now.toISOString(), fields["System.ChangedBy"] = changedBy, { id: item.id, rev, fields };
}
function seedWorkItems(project, createdBy, now) {
  return [
    ["Task", "Wire the CI job to mint a short-lived PAT", "To Do"],
    ["Bug", "Revoke the PAT even when the job is cancelled", "New"],
    ["User Story", "As a maintainer I never store a long-lived PAT", "Active"]
  ].map(([type, title, state], i) => ({
    id: i + 1,
    rev: 1,
    fields: {
      "System.AreaPath": project,
      "System.TeamProject": project,
      "System.IterationPath": project,
      "System.WorkItemType": type,
      "System.State": state,
      "System.Reason": "New",
      "System.CreatedDate": now.toISOString(),
      "System.CreatedBy": createdBy,
      "System.ChangedDate": now.toISOString(),
      "System.ChangedBy": createdBy,
      "System.CommentCount": 0,
      "System.Title": title,
      "System.Rev": 1
    }
  }));
}

// emulator/resources/rest.ts
var RESOURCES_MODULE = "resources";
function identityRef(ctx, caller2) {
  return {
    displayName: caller2.name,
    id: caller2.oid,
    uniqueName: caller2.name,
    descriptor: `aad.${Buffer.from(caller2.oid).toString("base64url")}`,
    url: `${ctx.url}/${ctx.config.organization}/_apis/Identities/${caller2.oid}`
  };
}
function resourcesData(ctx) {
  return ctx.state.moduleData(RESOURCES_MODULE, () => {
    let bot = { oid: ctx.config.bot.oid, name: ctx.config.bot.username }, items = seedWorkItems(ctx.config.project, identityRef(ctx, bot), new Date(ctx.clock.now()));
    return { workItems: Object.fromEntries(items.map((w) => [String(w.id), w])) };
  });
}
function identity(ctx, caller2) {
  return {
    id: caller2.oid,
    descriptor: `Microsoft.IdentityModel.Claims.ClaimsIdentity;${ctx.config.tenantId}\\${caller2.name}`,
    subjectDescriptor: `aad.${Buffer.from(caller2.oid).toString("base64url")}`,
    providerDisplayName: caller2.name,
    isActive: !0,
    properties: { Account: { $type: "System.String", $value: caller2.name } },
    resourceVersion: 2,
    metaTypeId: 0
  };
}
function connectionData(req, res, ctx) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? "");
    let caller2 = authenticate(req, ctx);
    sendJson(res, 200, {
      authenticatedUser: identity(ctx, caller2),
      authorizedUser: identity(ctx, caller2),
      instanceId: ctx.config.organizationId,
      deploymentId: stableGuid("deployment", ctx.config.organizationId),
      deploymentType: "hosted",
      locationServiceData: {
        serviceOwner: "00025394-6065-48ca-87d9-7f5672854ef7",
        defaultAccessMappingMoniker: "PublicAccessMapping",
        lastChangeId: 1,
        lastChangeId64: 1
      }
    });
  });
}
function projectBody(ctx) {
  let id = projectId(ctx);
  return {
    id,
    name: ctx.config.project,
    url: `${ctx.url}/${ctx.config.organization}/_apis/projects/${id}`,
    state: "wellFormed",
    revision: 1,
    visibility: "private",
    lastUpdateTime: "2024-01-01T00:00:00Z"
  };
}
function projects(req, res, ctx) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? ""), authorize(req, ctx, "vso.project"), sendJson(res, 200, { count: 1, value: [projectBody(ctx)] });
  });
}
function workItemBody(ctx, item) {
  let url = `${ctx.url}/${ctx.config.organization}/${projectId(ctx)}/_apis/wit/workItems/${item.id}`;
  return { id: item.id, rev: item.rev, fields: item.fields, _links: { self: { href: url } }, url };
}
function findWorkItem(ctx, id) {
  let item = /^\d+$/.test(id) ? resourcesData(ctx).workItems[String(Number(id))] : void 0;
  if (!item)
    throw azureDevOpsError(
      404,
      `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
      {
        typeKey: "WorkItemUnauthorizedAccessException",
        typeName: "Microsoft.TeamFoundation.WorkItemTracking.Server.WorkItemUnauthorizedAccessException, Microsoft.TeamFoundation.WorkItemTracking.Server",
        errorCode: 600180,
        eventId: 3200
      }
    );
  return item;
}
function workItem(req, res, ctx) {
  return withAuthErrors(res, async () => {
    checkOrganization(ctx, req.params.org ?? ""), checkProject(ctx, req.params.project ?? "");
    let writing = req.method === "PATCH", caller2 = authorize(req, ctx, writing ? "vso.work_write" : "vso.work"), item = findWorkItem(ctx, req.params.id ?? "");
    if (!writing) {
      sendJson(res, 200, workItemBody(ctx, item));
      return;
    }
    let type = String(req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json-patch+json")
      throw azureDevOpsError(
        415,
        `The request indicated a Content-Type of "${type ?? ""}" for method type "PATCH" which is not supported. Valid content types for this method are: application/json-patch+json.`,
        { typeKey: "VssRequestContentTypeNotSupportedException" }
      );
    try {
      let updated = applyPatch(
        item,
        parsePatchDocument(await req.json()),
        identityRef(ctx, caller2),
        new Date(ctx.clock.now())
      );
      resourcesData(ctx).workItems[String(item.id)] = updated, ctx.persist(), sendJson(res, 200, workItemBody(ctx, updated));
    } catch (e) {
      throw e instanceof PatchError ? azureDevOpsError(e.status, e.message, { typeKey: e.typeKey }) : e;
    }
  });
}
var restRoutes = [
  {
    id: "resources.connection-data",
    family: "azure-devops",
    method: "GET",
    path: "/:org/_apis/connectionData",
    handler: connectionData
  },
  {
    id: "resources.projects",
    family: "azure-devops",
    method: "GET",
    path: "/:org/_apis/projects",
    handler: projects
  },
  {
    id: "resources.work-item",
    family: "azure-devops",
    method: ["GET", "PATCH"],
    path: "/:org/:project/_apis/wit/workitems/:id",
    handler: workItem
  }
];

// emulator/resources/module.ts
var resourcesModule = {
  name: RESOURCES_MODULE,
  routes: [...restRoutes, ...gitRoutes, ...npmFeedRoutes],
  async start(ctx) {
    resourcesData(ctx), await startGit(ctx);
  },
  reset(ctx) {
    resetGit(ctx);
  },
  stop(ctx) {
    return stopGit(ctx);
  },
  inspect(ctx) {
    return { workItems: Object.values(resourcesData(ctx).workItems).map((w) => ({ id: w.id, rev: w.rev, title: w.fields["System.Title"] })) };
  }
};

// emulator/modules.ts
var routeModules = [
  entraModule,
  patsModule,
  resourcesModule,
  keyVaultModule,
  oidcModule
];

// emulator/request-log.ts
var SAFE_QUERY_PARAMS = /* @__PURE__ */ new Set([
  "api-version",
  "authorizationid",
  "displayfilteroption",
  "sortbyoption",
  "issortascending",
  "$top",
  "service"
]);
function redactQuery(query) {
  let out = {};
  for (let [name2, value] of query) out[name2] = SAFE_QUERY_PARAMS.has(name2.toLowerCase()) ? value : null;
  return out;
}
function createRequestLog(capacity) {
  let entries = [];
  return {
    add(entry) {
      entries.push(entry), entries.length > capacity && (entries = entries.slice(entries.length - capacity));
    },
    list: () => [...entries],
    clear() {
      entries = [];
    }
  };
}

// emulator/router.ts
function compile(pattern) {
  let parts = pattern.split("/").filter((p, i) => i > 0 || p !== "");
  return parts.map((part, i) => {
    if (part.startsWith(":")) return { kind: "param", name: part.slice(1) };
    if (part.startsWith("*")) {
      if (i !== parts.length - 1) throw new Error(`route pattern ${pattern}: *rest must be the last segment`);
      return { kind: "rest", name: part.slice(1) };
    }
    return { kind: "literal", text: part.toLowerCase() };
  });
}
var RANK2 = { literal: 0, param: 1, rest: 2 };
function bySpecificity(a, b) {
  let n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    let d = RANK2[a.segments[i].kind] - RANK2[b.segments[i].kind];
    if (d !== 0) return d;
  }
  return b.segments.length - a.segments.length;
}
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function matchSegments(segments, parts) {
  let params = {};
  for (let i = 0; i < segments.length; i++) {
    let seg = segments[i];
    if (seg.kind === "rest")
      return params[seg.name] = parts.slice(i).map(decode).join("/"), params;
    let part = parts[i];
    if (part === void 0 || seg.kind === "literal" && decode(part).toLowerCase() !== seg.text) return;
    if (seg.kind === "param") {
      if (part === "") return;
      params[seg.name] = decode(part);
    }
  }
  return parts.length === segments.length ? params : void 0;
}
function methodAllowed(route, method) {
  return route.method === "*" ? !0 : typeof route.method == "string" ? route.method === method || route.method === "GET" && method === "HEAD" : route.method.includes(method);
}
function createRouter(routes) {
  let seen = /* @__PURE__ */ new Set();
  for (let r of routes) {
    if (seen.has(r.id)) throw new Error(`duplicate route id ${r.id}`);
    seen.add(r.id);
  }
  let compiled = routes.map((route) => ({ route, segments: compile(route.path) })).sort(bySpecificity);
  return {
    match(method, url) {
      let parts = url.pathname.split("/").slice(1), mismatch;
      for (let c of compiled) {
        let params = matchSegments(c.segments, parts);
        if (!(!params || c.route.when && !c.route.when(url))) {
          if (methodAllowed(c.route, method)) return { route: c.route, params };
          mismatch ??= c.route;
        }
      }
      return mismatch ? { methodMismatch: mismatch } : void 0;
    },
    routes: () => routes
  };
}

// emulator/server.ts
var import_node_http = require("node:http");

// emulator/request.ts
var BodyTooLargeError = class extends Error {
  constructor(limit) {
    super(`request body exceeds ${limit} bytes`);
    this.limit = limit;
  }
  limit;
};
function readBody(raw, limit) {
  return new Promise((resolve, reject) => {
    let declared = Number(raw.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    let chunks = [], size = 0, onData = (chunk) => {
      if (size += chunk.length, size > limit) {
        raw.off("data", onData), raw.pause(), reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    raw.on("data", onData), raw.once("end", () => resolve(Buffer.concat(chunks))), raw.once("error", reject);
  });
}
function createEmulatorRequest(init) {
  let body, readAll = () => body ??= readBody(init.raw, init.maxBodyBytes);
  return {
    method: init.raw.method ?? "GET",
    url: init.url,
    path: init.url.pathname,
    query: init.url.searchParams,
    headers: init.raw.headers,
    params: init.params,
    identity: init.identity,
    routeId: init.routeId,
    raw: init.raw,
    body: readAll,
    async json() {
      let text = (await readAll()).toString("utf8");
      if (text.trim() === "") throw jsonReaderError();
      try {
        return JSON.parse(text);
      } catch {
        throw jsonReaderError();
      }
    },
    async form() {
      let type = String(init.raw.headers["content-type"] ?? "").toLowerCase(), buffer = await readAll();
      if (!type.startsWith("application/x-www-form-urlencoded")) {
        if (buffer.length > 0 && init.family !== "entra")
          throw familyError(init.family, 415, `Unsupported content type '${type}'.`, init.now());
        return new URLSearchParams();
      }
      return new URLSearchParams(buffer.toString("utf8"));
    }
  };
}

// emulator/throttle.ts
var RATE_LIMIT_RESOURCE = "ATCPU";
function throttledError(retryAfterSeconds, limit, remaining, resetEpochSeconds) {
  return azureDevOpsError(
    429,
    `TF400733: The request has been canceled: Request was blocked due to exceeding usage of resource '${RATE_LIMIT_RESOURCE}' in namespace 'User'.`,
    { typeKey: "ClientRequestThrottledException", eventId: 3e3 },
    {
      "retry-after": String(retryAfterSeconds),
      "x-ratelimit-resource": RATE_LIMIT_RESOURCE,
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-reset": String(resetEpochSeconds)
    }
  );
}
function createThrottle(settings) {
  let usage = /* @__PURE__ */ new Map();
  return {
    charge(key, nowMs) {
      let s = settings();
      if (!s.enabled) return;
      let windowMs = s.windowSeconds * 1e3, recent = (usage.get(key) ?? []).filter((u) => u.at > nowMs - windowMs), used = recent.reduce((sum, u) => sum + u.cost, 0);
      if (used + s.costPerRequest > s.budget) {
        usage.set(key, recent);
        let oldest = recent[0]?.at ?? nowMs, newest = recent.at(-1)?.at ?? nowMs, retryAfter = Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1e3));
        return throttledError(
          retryAfter,
          s.budget,
          Math.max(0, s.budget - used),
          Math.ceil((newest + windowMs) / 1e3)
        );
      }
      recent.push({ at: nowMs, cost: s.costPerRequest }), usage.set(key, recent);
    },
    clear: () => usage.clear()
  };
}

// emulator/server.ts
var ENTRA_SEGMENTS = /* @__PURE__ */ new Set([
  "oauth2",
  "discovery",
  "v2.0",
  ".well-known",
  "common",
  "organizations",
  "consumers"
]);
function familyForUnknownPath(pathname) {
  let segments = pathname.toLowerCase().split("/").filter(Boolean);
  return segments[0] === "_emulator" ? "plain" : segments.slice(0, 2).some((s) => ENTRA_SEGMENTS.has(s)) ? "entra" : "azure-devops";
}
function notFound(family, pathname, nowMs) {
  return family === "azure-devops" ? azureDevOpsError(404, `The resource cannot be found. Path: ${pathname}`, {
    typeKey: "VssResourceNotFoundException",
    typeName: "Microsoft.VisualStudio.Services.WebApi.VssResourceNotFoundException, Microsoft.VisualStudio.Services.WebApi"
  }) : familyError(family, 404, `The requested path ${pathname} does not exist.`, nowMs);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function dropConnection(req, reset) {
  let socket = req.socket;
  if (reset && typeof socket.resetAndDestroy == "function")
    try {
      socket.resetAndDestroy();
      return;
    } catch {
    }
  socket.destroy();
}
function swallowResponse(res, onEnd) {
  let r = res;
  return r.writeHead = (status) => (res.statusCode = status, res), r.flushHeaders = () => {
  }, r.write = () => !0, r.end = () => (onEnd(), res), res;
}
function createRequestListener(p) {
  return (req, res) => {
    handle(p, req, res).catch((error) => {
      p.ctx.log.error(`unhandled failure: ${error instanceof Error ? error.message : String(error)}`), !res.headersSent && !res.destroyed ? sendHttpError(res, familyError("plain", 500, "internal error", p.ctx.clock.now())) : res.destroy();
    });
  };
}
async function handle(p, req, res) {
  let { ctx } = p, started = Date.now();
  req.on("error", () => {
  });
  let url;
  try {
    url = new URL(req.url ?? "/", ctx.url);
  } catch {
    sendHttpError(res, familyError("azure-devops", 400, "The request URL is invalid.", ctx.clock.now()));
    return;
  }
  let method = (req.method ?? "GET").toUpperCase(), matched = p.router.match(method, url), identity2 = { kind: "anonymous" };
  try {
    identity2 = resolveIdentity(req.headers, ctx.keys, ctx.clock, ctx.state.data);
  } catch {
    identity2 = { kind: "invalid", scheme: "unknown", reason: "unreadable" };
  }
  let route, fault, dropped = !1, logIt = () => {
    route?.internal || p.requestLog.add({
      time: new Date(ctx.clock.now()).toISOString(),
      method,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      route: route?.id ?? "unknown",
      status: dropped ? 0 : res.statusCode,
      identity: describeIdentity(identity2),
      durationMs: Date.now() - started,
      ...fault ? { fault: fault.action } : {}
    });
  }, logged = !1, logOnce = () => {
    logged || (logged = !0, logIt());
  };
  if (res.once("finish", logOnce), res.once("close", logOnce), !matched) {
    sendHttpError(res, notFound(familyForUnknownPath(url.pathname), url.pathname, ctx.clock.now()));
    return;
  }
  if ("methodMismatch" in matched) {
    route = void 0;
    let family = matched.methodMismatch.family, error = family === "azure-devops" ? azureDevOpsError(405, `The requested resource does not support http method '${method}'.`, {
      typeKey: "HttpMethodNotAllowedException"
    }) : familyError(family, 405, `The method ${method} is not allowed here.`, ctx.clock.now());
    sendHttpError(res, error);
    return;
  }
  route = matched.route;
  let emuReq = createEmulatorRequest({
    raw: req,
    url,
    params: matched.params,
    identity: identity2,
    routeId: route.id,
    family: route.family,
    maxBodyBytes: ctx.config.limits.maxBodyBytes,
    now: () => ctx.clock.now()
  }), target = res;
  if (!route.internal && (fault = p.faults.take(route.id, method), fault))
    switch (ctx.log.debug(`fault ${fault.action} on ${route.id}`), fault.delayMs && (await emuReq.body().catch(() => {
    }), await sleep(fault.delayMs)), fault.action) {
      case "drop-before":
      case "reset-before":
        dropped = !0, dropConnection(req, fault.action === "reset-before"), logOnce();
        return;
      case "status": {
        let status = fault.status ?? 503, error = fault.body === void 0 ? familyError(route.family, status, `Injected fault: HTTP ${status}.`, ctx.clock.now()) : new HttpError(status, fault.body);
        sendHttpError(res, error);
        return;
      }
      case "throttle": {
        let retryAfter = fault.retryAfterSeconds ?? 1, resetAt = Math.ceil(ctx.clock.now() / 1e3) + retryAfter;
        sendHttpError(res, throttledError(retryAfter, ctx.config.throttling.budget, 0, resetAt));
        return;
      }
      case "commit-late": {
        await emuReq.body().catch(() => {
        });
        let status = fault.status ?? 503;
        sendHttpError(
          res,
          familyError(route.family, status, `Injected fault: HTTP ${status}.`, ctx.clock.now())
        ), p.faults.later(() => {
          let sink = swallowResponse(new import_node_http.ServerResponse(req), () => {
          });
          Promise.resolve().then(() => route.handler(emuReq, sink, ctx)).catch((error) => {
            ctx.log.error(
              `late commit of ${route.id} failed: ${error instanceof Error ? error.message : String(error)}`
            );
          });
        }, fault.commitAfterMs ?? 1e3);
        return;
      }
      case "drop-after":
        target = swallowResponse(res, () => {
          dropped = !0, dropConnection(req, !1);
        });
        break;
      case "delay":
        break;
    }
  if (route.throttled ?? route.family === "azure-devops") {
    let refused = p.throttle.charge(throttleKey(identity2, req.socket.remoteAddress ?? ""), ctx.clock.now());
    if (refused) {
      sendHttpError(target, refused);
      return;
    }
  }
  try {
    await route.handler(emuReq, target, ctx);
  } catch (error) {
    if (error instanceof HttpError)
      sendHttpError(target, error);
    else if (error instanceof BodyTooLargeError) {
      let tooLarge = familyError(
        route.family,
        413,
        `The request body exceeds ${error.limit} bytes.`,
        ctx.clock.now()
      );
      sendHttpError(target, new HttpError(413, tooLarge.body, { connection: "close" }));
    } else
      ctx.log.error(`route ${route.id} failed: ${error instanceof Error ? error.message : String(error)}`), sendHttpError(
        target,
        familyError(route.family, 500, "TF400898: An Internal Error Occurred.", ctx.clock.now())
      );
  }
  fault?.action === "drop-after" && !dropped && (dropped = !0, dropConnection(req, !1));
}

// emulator/tls.ts
var import_node_crypto17 = require("node:crypto"), import_node_fs2 = require("node:fs"), import_node_path4 = __toESM(require("node:path"));

// emulator/x509.ts
var import_node_crypto16 = require("node:crypto"), import_node_net = require("node:net");

// emulator/asn1.ts
function length(n) {
  if (n < 128) return Buffer.from([n]);
  let bytes = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function tlv(tag, content) {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}
var sequence = (...items) => tlv(48, Buffer.concat(items)), set = (...items) => tlv(49, Buffer.concat(items));
var boolean = (value) => tlv(1, Buffer.from([value ? 255 : 0])), octetString = (content) => tlv(4, content), utf8String = (text) => tlv(12, Buffer.from(text, "utf8")), bitString = (content) => tlv(3, Buffer.concat([Buffer.from([0]), content]));
function integer(value) {
  let bytes = typeof value == "number" ? Buffer.from(evenHex(value.toString(16)), "hex") : value, start = 0;
  for (; start < bytes.length - 1 && bytes[start] === 0; ) start++;
  return bytes = bytes.subarray(start), (bytes[0] ?? 0) & 128 && (bytes = Buffer.concat([Buffer.from([0]), bytes])), tlv(2, bytes);
}
function evenHex(hex) {
  return hex.length % 2 === 0 ? hex : `0${hex}`;
}
function objectIdentifier(oid) {
  let parts = oid.split(".").map(Number), first = parts[0] ?? 0, second = parts[1] ?? 0, out = [first * 40 + second];
  for (let part of parts.slice(2)) {
    let chunk = [part & 127];
    for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(v & 127 | 128);
    out.push(...chunk);
  }
  return tlv(6, Buffer.from(out));
}
function time(date) {
  let iso = date.toISOString().replace(/[-:T]/g, "").replace(/\.\d+Z$/, "Z");
  return date.getUTCFullYear() < 2050 ? tlv(23, Buffer.from(iso.slice(2), "ascii")) : tlv(24, Buffer.from(iso, "ascii"));
}
var explicit = (n, content) => tlv(160 | n, content), implicitPrimitive = (n, content) => tlv(128 | n, content);

// emulator/x509.ts
var OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  subjectAltName: "2.5.29.17",
  subjectKeyIdentifier: "2.5.29.14",
  authorityKeyIdentifier: "2.5.29.35"
};
function name(commonName) {
  return sequence(
    set(
      sequence(objectIdentifier(OID.organization), utf8String("ado-ephemeral-pat emulator"))
    ),
    set(sequence(objectIdentifier(OID.commonName), utf8String(commonName)))
  );
}
function keyIdentifier(publicKey) {
  return (0, import_node_crypto16.createHash)("sha1").update(publicKey.export({ type: "spki", format: "der" })).digest();
}
function extension(oid, critical, value) {
  return sequence(
    objectIdentifier(oid),
    ...critical ? [boolean(!0)] : [],
    octetString(value)
  );
}
function ipBytes(ip) {
  if ((0, import_node_net.isIPv4)(ip)) return Buffer.from(ip.split(".").map(Number));
  let [head = "", tail = ""] = ip.split("::"), h = head ? head.split(":") : [], t = ip.includes("::") && tail ? tail.split(":") : [], groups = ip.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return Buffer.concat(groups.map((g) => Buffer.from(g.padStart(4, "0"), "hex")));
}
function keyUsage(isCA) {
  return isCA ? Buffer.from([3, 2, 1, 134]) : Buffer.from([3, 2, 7, 128]);
}
function extensions(req) {
  let list = [
    extension(OID.basicConstraints, !0, sequence(...req.isCA ? [boolean(!0)] : [])),
    extension(OID.keyUsage, !0, keyUsage(req.isCA)),
    extension(OID.subjectKeyIdentifier, !1, octetString(keyIdentifier(req.publicKey))),
    extension(
      OID.authorityKeyIdentifier,
      !1,
      sequence(implicitPrimitive(0, keyIdentifier(req.issuerPublicKey)))
    )
  ];
  if (!req.isCA) {
    list.push(extension(OID.extKeyUsage, !1, sequence(objectIdentifier(OID.serverAuth))));
    let names = [
      ...(req.dnsNames ?? []).map((d) => implicitPrimitive(2, Buffer.from(d, "ascii"))),
      ...(req.ipAddresses ?? []).map((ip) => implicitPrimitive(7, ipBytes(ip)))
    ];
    list.push(extension(OID.subjectAltName, !1, sequence(...names)));
  }
  return explicit(3, sequence(...list));
}
function createCertificate(req) {
  let algorithm = sequence(objectIdentifier(OID.ecdsaWithSha256)), serial = (0, import_node_crypto16.randomBytes)(16);
  serial[0] = (serial[0] ?? 0) & 127;
  let tbs = sequence(
    explicit(0, integer(2)),
    integer(serial),
    algorithm,
    name(req.issuerCommonName),
    sequence(time(req.notBefore), time(req.notAfter)),
    name(req.subjectCommonName),
    req.publicKey.export({ type: "spki", format: "der" }),
    extensions(req)
  ), signature = (0, import_node_crypto16.sign)("sha256", tbs, req.issuerKey);
  return `-----BEGIN CERTIFICATE-----
${sequence(tbs, algorithm, bitString(signature)).toString("base64").replace(/(.{64})/g, `$1
`).trimEnd()}
-----END CERTIFICATE-----
`;
}
function publicKeyOf(privateKey) {
  return (0, import_node_crypto16.createPublicKey)(privateKey);
}

// emulator/tls.ts
var CA_COMMON_NAME = "ado-ephemeral-pat emulator CA", DAY_MS4 = 24 * 3600 * 1e3;
function newKey() {
  return (0, import_node_crypto17.generateKeyPairSync)("ec", { namedCurve: "P-256" }).privateKey;
}
async function exists2(file) {
  return import_node_fs2.promises.access(file).then(
    () => !0,
    () => !1
  );
}
async function waitFor(file, timeoutMs) {
  let deadline = Date.now() + timeoutMs;
  for (; !await exists2(file); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${file}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
async function ensureCertificateAuthority(dir) {
  let caCertFile = import_node_path4.default.resolve(dir, "ca.pem"), caKeyFile = import_node_path4.default.resolve(dir, "ca-key.pem");
  if (await import_node_fs2.promises.mkdir(import_node_path4.default.dirname(caCertFile), { recursive: !0 }), await exists2(caCertFile)) return { caCertFile, caKeyFile };
  let key = newKey(), publicKey = publicKeyOf(key), now = Date.now(), cert = createCertificate({
    subjectCommonName: CA_COMMON_NAME,
    issuerCommonName: CA_COMMON_NAME,
    publicKey,
    issuerKey: key,
    issuerPublicKey: publicKey,
    isCA: !0,
    notBefore: new Date(now - DAY_MS4),
    notAfter: new Date(now + 10 * 365 * DAY_MS4)
  }), suffix = `${process.pid}.${(0, import_node_crypto17.randomBytes)(4).toString("hex")}.tmp`, keyTmp = `${caKeyFile}.${suffix}`, certTmp = `${caCertFile}.${suffix}`;
  await import_node_fs2.promises.writeFile(keyTmp, key.export({ type: "pkcs8", format: "pem" }), { mode: 384 }), await import_node_fs2.promises.writeFile(certTmp, cert);
  try {
    await import_node_fs2.promises.link(keyTmp, caKeyFile), await import_node_fs2.promises.rename(certTmp, caCertFile);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    await waitFor(caCertFile, 1e4);
  } finally {
    await import_node_fs2.promises.rm(keyTmp, { force: !0 }), await import_node_fs2.promises.rm(certTmp, { force: !0 });
  }
  return { caCertFile, caKeyFile };
}
var LOOPBACK_NAMES = { dnsNames: ["localhost"], ipAddresses: ["127.0.0.1", "::1"] };
async function createServerCertificate(ca, names = LOOPBACK_NAMES) {
  let caCert = await import_node_fs2.promises.readFile(ca.caCertFile, "utf8"), caKey = (0, import_node_crypto17.createPrivateKey)(await import_node_fs2.promises.readFile(ca.caKeyFile, "utf8")), key = newKey(), now = Date.now();
  return { cert: createCertificate({
    subjectCommonName: names.dnsNames[0] ?? names.ipAddresses[0] ?? "localhost",
    issuerCommonName: CA_COMMON_NAME,
    publicKey: publicKeyOf(key),
    issuerKey: caKey,
    issuerPublicKey: publicKeyOf(caKey),
    isCA: !1,
    notBefore: new Date(now - DAY_MS4),
    notAfter: new Date(now + 365 * DAY_MS4),
    ...names
  }), key: String(key.export({ type: "pkcs8", format: "pem" })), ca: caCert };
}

// emulator/index.ts
function resolveCaDir(options) {
  return options.caDir ? options.caDir : process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR ? process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR : options.dataDir ? import_node_path5.default.join(options.dataDir, "ca") : (0, import_node_fs3.mkdtempSync)(import_node_path5.default.join(import_node_os3.default.tmpdir(), "ado-emulator-ca-"));
}
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject), server.listen(port, "127.0.0.1", () => {
      server.off("error", reject), resolve(server.address().port);
    });
  });
}
function buildInfo(url, caCertFile, config, botRefreshToken) {
  return {
    ready: !0,
    url,
    authorityHost: url,
    vsspsUrl: url,
    azureDevOpsUrl: url,
    caCertFile,
    tenantId: config.tenantId,
    organization: config.organization,
    project: config.project,
    repository: config.repository,
    bot: {
      username: config.bot.username,
      password: config.bot.password,
      refreshToken: botRefreshToken,
      clientId: config.bot.clientId
    },
    servicePrincipal: {
      clientId: config.servicePrincipal.clientId,
      clientSecret: config.servicePrincipal.clientSecret
    },
    keyVaultUrl: config.keyVaultUrl,
    github: { requestUrl: config.github.requestUrl, requestToken: config.github.requestToken },
    azurePipelines: {
      oidcRequestUri: config.azurePipelines.oidcRequestUri,
      accessToken: config.azurePipelines.accessToken,
      serviceConnectionId: config.azurePipelines.serviceConnectionId
    }
  };
}
async function startEmulator(options = {}) {
  resolveConfig(options.config, "https://127.0.0.1:0");
  let envLevel = process.env.ADO_EPHEMERAL_PAT_EMULATOR_LOG, log = createLogger(options.logLevel ?? envLevel ?? "silent"), ca = await ensureCertificateAuthority(resolveCaDir(options)), certificate = await createServerCertificate(ca), server = (0, import_node_https.createServer)({ cert: certificate.cert, key: certificate.key }), url = `https://127.0.0.1:${await listen(server, options.port ?? 0)}`;
  try {
    let config = resolveConfig(options.config, url), store = createStateStore(options.dataDir, () => freshState(config.policy, config.bot.refreshToken));
    config.bot.refreshToken && (store.data.botRefreshToken = config.bot.refreshToken);
    let clock = createClock(store.data.clockOffsetMs), keys = createSigningKeys(store.data.signingKeys);
    keys.jwks();
    let ctx = {
      url,
      config,
      state: store,
      clock,
      keys,
      log,
      persist() {
        store.data.signingKeys = keys.export(), store.data.clockOffsetMs = clock.offsetMs(), store.save();
      }
    }, modules = options.modules ?? routeModules, faults = createFaultTable(), requestLog = createRequestLog(config.limits.requestLogSize), throttle = createThrottle(() => config.throttling), control = createControlModule({ faults, requestLog, throttle, modules: () => modules }), router = createRouter([...control.routes, ...modules.flatMap((m) => m.routes)]);
    server.on("request", createRequestListener({ ctx, router, faults, requestLog, throttle })), server.on("clientError", (_err, socket) => socket.destroy());
    for (let m of modules) await m.start?.(ctx);
    ctx.persist(), log.info(`listening on ${url} (state: ${store.file ?? "memory"}, CA: ${ca.caCertFile})`);
    let info = buildInfo(url, ca.caCertFile, config, store.data.botRefreshToken), closing;
    return {
      ...info,
      info: () => ({ ...info }),
      context: ctx,
      close() {
        return closing ??= (async () => {
          await new Promise((resolve) => {
            server.close(() => resolve()), server.closeAllConnections();
          });
          for (let m of modules) await m.stop?.(ctx);
          log.info("stopped");
        })(), closing;
      }
    };
  } catch (error) {
    throw server.close(), error;
  }
}

// emulator/main.ts
function fail2(code, message) {
  process.stderr.write(`emulator: ${message}
`), process.exit(code);
}
function readSeed(file) {
  if (!file) return;
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read --config ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`--config ${file} is not valid JSON: ${e.message}`);
  }
}
function defaultCaDir(options) {
  return options.caDir ? options.caDir : process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR ? process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR : options.dataDir ? import_node_path6.default.join(options.dataDir, "ca") : import_node_path6.default.join(import_node_os4.default.tmpdir(), `ado-ephemeral-pat-emulator-ca-${import_node_os4.default.userInfo().uid}`);
}
async function main() {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    throw e instanceof UsageError && fail2(2, `${e.message}

${USAGE}`), e;
  }
  if (options.help) {
    process.stderr.write(USAGE);
    return;
  }
  let log = createLogger(options.logLevel);
  process.on("uncaughtException", (e) => log.error(`uncaught: ${e.message}`)), process.on(
    "unhandledRejection",
    (e) => log.error(`unhandled rejection: ${e instanceof Error ? e.message : String(e)}`)
  );
  let emulator;
  try {
    emulator = await startEmulator({
      port: options.port,
      config: readSeed(options.configFile),
      dataDir: options.dataDir,
      caDir: defaultCaDir(options),
      logLevel: options.logLevel
    });
  } catch (e) {
    e instanceof ConfigError && fail2(2, `bad config: ${e.message}`), fail2(1, `cannot start: ${e instanceof Error ? e.message : String(e)}`);
  }
  let stop = (signal) => {
    log.info(`${signal}: stopping`), emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once("SIGINT", () => stop("SIGINT")), process.once("SIGTERM", () => stop("SIGTERM")), process.stdout.write(`${JSON.stringify(emulator.info())}
`);
}
main();
