/*
 * The token-mediating backend (OAuth 2.0 for Browser-Based Apps, "Token-Mediating Backend"), in njs
 * for nginx's JavaScript module: the portal's token and revocation requests arrive here on its own
 * origin, are checked against what the portal sends and nothing more, and go on to Nextoria with the
 * client's credentials added. The browser never holds the secret; PKCE and state stay the portal's.
 *
 * Wiring: deploy/oauth-backend.conf (locations, limits, upstream). Settings: `oauth_client`, the
 * preloaded oauth-client.json (client_id, redirect_uri, token_endpoint_auth_method, client_secret),
 * read by nginx's master process at start and reload, so it may be readable by root only.
 *
 * Written for njs 0.7.9 (Debian 12's libnginx-mod-http-js): no optional chaining, no URL class.
 * Nothing here logs a request body, a token or the secret: log lines name fields, never values.
 */
/* global ngx, oauth_client -- njs's global object, and the preloaded oauth-client.json */
import qs from 'querystring';

const METHODS = ['client_secret_basic', 'client_secret_post'];

/** What the portal (oauth4webapi as a public client) sends, per endpoint and grant; nothing else passes. */
const GRANTS = {
    authorization_code: { required: ['grant_type', 'code', 'redirect_uri', 'code_verifier', 'client_id'], optional: [] },
    refresh_token: { required: ['grant_type', 'refresh_token', 'client_id'], optional: ['scope'] },
};
const REVOCATION = { required: ['token', 'client_id'], optional: ['token_type_hint'] };

/** Which parameters a request may carry: by grant on the token endpoint; undefined for another grant. */
function acceptedFor(kind, grantType) {
    if (kind === 'revoke') return REVOCATION;
    return grantType === 'authorization_code' || grantType === 'refresh_token' ? GRANTS[grantType] : undefined;
}

const FORM = /^application\/x-www-form-urlencoded\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** RFC 7636 §4.1. */
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The client registration from oauth-client.json, or null (and why, in the error log) if unusable. */
function settings() {
    if (typeof oauth_client !== 'object' || oauth_client === null) {
        ngx.log(ngx.ERR, 'oauth-backend: no oauth_client settings (js_preload_object oauth_client from oauth-client.json)');
        return null;
    }
    const s = oauth_client;
    const missing = ['client_id', 'redirect_uri', 'client_secret'].filter((k) => typeof s[k] !== 'string' || s[k] === '');
    if (missing.length > 0) {
        ngx.log(ngx.ERR, 'oauth-backend: oauth-client.json lacks ' + missing.join(', '));
        return null;
    }
    const method = typeof s.token_endpoint_auth_method === 'string' ? s.token_endpoint_auth_method : 'client_secret_basic';
    if (METHODS.indexOf(method) < 0) {
        ngx.log(ngx.ERR, 'oauth-backend: token_endpoint_auth_method must be one of ' + METHODS.join(', '));
        return null;
    }
    const origin = /^https?:\/\/[^/?#]+/i.exec(s.redirect_uri);
    if (!origin) {
        ngx.log(ngx.ERR, 'oauth-backend: redirect_uri in oauth-client.json is not an absolute http(s) URL');
        return null;
    }
    return {
        clientId: s.client_id,
        redirectUri: s.redirect_uri,
        origin: origin[0].toLowerCase(),
        method: method,
        secret: s.client_secret,
    };
}

/** An answer in RFC 6749 §5.2's shape, from the backend itself (Cache-Control and the rest: the conf). */
function fail(r, status, error, description) {
    r.headersOut['Content-Type'] = 'application/json';
    r.return(status, JSON.stringify({ error: error, error_description: description }));
}

/** application/x-www-form-urlencoded, as RFC 6749 §2.3.1 wants each part of the Basic credentials. */
function formEncode(value) {
    return encodeURIComponent(value).replace(/%20/g, '+');
}

/**
 * The request's parameters if the portal could have sent it, else the refusal's [error, description].
 * `kind` is `token` or `revoke`. Parameters without a value count as absent (RFC 6749 §3.1).
 */
function readParameters(r, kind, client) {
    if (r.variables.args) return ['invalid_request', 'No query string is accepted.'];
    if (r.headersIn['Authorization'] !== undefined) {
        // The browser has no credentials to send; this backend adds them. A request that brings its own
        // is not the portal's, and passing both on would authenticate two ways (RFC 6749 §2.3).
        return ['invalid_request', 'Client credentials are added by this server; send none.'];
    }
    const from = r.headersIn['Origin'];
    if (from !== undefined && from.toLowerCase() !== client.origin) return ['invalid_request', 'Cross-origin requests are refused.'];
    if (!FORM.test(r.headersIn['Content-Type'] || '')) {
        return ['invalid_request', 'The body must be application/x-www-form-urlencoded.'];
    }
    const body = r.requestText;
    if (typeof body !== 'string' || body === '') return ['invalid_request', 'The body is empty.'];
    // njs decodes a bad escape (`%E0%A4%A`) to U+FFFD and would pass on a token that is not the one sent.
    if (/%(?![0-9A-Fa-f]{2})/.test(body)) return ['invalid_request', 'The body is not well-formed.'];
    const parsed = qs.parse(body);
    const params = {};
    const names = Object.keys(parsed);
    for (let i = 0; i < names.length; i++) {
        const value = parsed[names[i]];
        if (Array.isArray(value)) return ['invalid_request', 'A parameter is repeated.'];
        if (value.indexOf('\uFFFD') >= 0 || names[i].indexOf('\uFFFD') >= 0) return ['invalid_request', 'The body is not well-formed.'];
        if (value !== '') params[names[i]] = value;
    }

    if (kind === 'token' && params.grant_type === undefined) return ['invalid_request', 'grant_type is required.'];
    const accepted = acceptedFor(kind, params.grant_type);
    if (accepted === undefined) return ['unsupported_grant_type', 'Only authorization_code and refresh_token are accepted.'];
    const known = accepted.required.concat(accepted.optional);
    const extra = Object.keys(params).filter((name) => known.indexOf(name) < 0);
    if (extra.indexOf('client_secret') >= 0 || extra.indexOf('client_assertion') >= 0) {
        return ['invalid_request', 'Client credentials are added by this server; send none.'];
    }
    if (extra.length > 0) return ['invalid_request', 'Unexpected parameter: ' + extra.sort().join(', ') + '.'];
    const absent = accepted.required.filter((name) => params[name] === undefined);
    if (absent.length > 0) return ['invalid_request', 'Missing parameter: ' + absent.join(', ') + '.'];

    if (params.client_id !== client.clientId) return ['invalid_request', 'client_id is not the portal client.'];
    if (params.redirect_uri !== undefined && params.redirect_uri !== client.redirectUri) {
        return ['invalid_request', 'redirect_uri is not the portal redirect URI.'];
    }
    if (params.code_verifier !== undefined && !CODE_VERIFIER.test(params.code_verifier)) {
        return ['invalid_request', 'code_verifier is malformed.'];
    }
    if (params.token_type_hint !== undefined && params.token_type_hint !== 'access_token' && params.token_type_hint !== 'refresh_token') {
        return ['invalid_request', 'token_type_hint must be access_token or refresh_token.'];
    }
    return params;
}

/** The body for Nextoria: the accepted parameters, in a fixed order, and the secret when posted. */
function upstreamBody(kind, params, client) {
    const accepted = acceptedFor(kind, params.grant_type);
    const out = {};
    accepted.required.concat(accepted.optional).forEach((name) => {
        if (params[name] !== undefined) out[name] = params[name];
    });
    if (client.method === 'client_secret_post') out.client_secret = client.secret;
    return qs.stringify(out);
}

/** A JSON object with a string `error`: RFC 6749 §5.2's error response. */
function isOAuthError(text) {
    // Not even an attempt at JSON (an HTML error page) needs no parse; njs 0.7.9's JSON.parse exception
    // also logs two deprecation warnings of its own.
    if (!/^\s*\{/.test(text)) return false;
    try {
        const json = JSON.parse(text);
        return typeof json === 'object' && json !== null && typeof json.error === 'string' && json.error !== '';
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- njs 0.7.9 has no optional catch binding
    } catch (_error) {
        return false;
    }
}

/**
 * Nextoria's answer, passed on with its status and body: a success, or an error in RFC 6749's shape.
 * Anything else (nginx's own 502/504 when Nextoria cannot be reached or does not answer in time, an
 * HTML error page from a proxy in front of it) becomes a 502 `temporarily_unavailable`. No header of
 * Nextoria's passes but Content-Type: never a Set-Cookie, never a WWW-Authenticate challenge (a Basic
 * challenge would make the browser ask the user for a password).
 */
function relay(r, reply) {
    const status = reply.status;
    const text = reply.responseText || '';
    if (status >= 200 && status < 300) {
        const type = reply.headersOut['Content-Type'];
        if (type) r.headersOut['Content-Type'] = type;
        r.return(status, text);
        return;
    }
    if (status >= 400 && isOAuthError(text)) {
        if (status === 401) ngx.log(ngx.WARN, 'oauth-backend: the authorization server refused the portal client credentials (invalid_client?): check oauth-client.json');
        r.headersOut['Content-Type'] = 'application/json';
        r.return(status, text);
        return;
    }
    ngx.log(ngx.WARN, 'oauth-backend: the authorization server answered ' + status + ' without an OAuth error body');
    fail(r, 502, 'temporarily_unavailable', 'The authorization server could not be reached. Please try again in a moment.');
}

/** `js_content` of `location ^~ /oauth/`: /oauth/token and /oauth/revoke, POST only. */
async function endpoint(r) {
    const kind = r.uri === '/oauth/token' ? 'token' : r.uri === '/oauth/revoke' ? 'revoke' : null;
    if (kind === null) return fail(r, 404, 'invalid_request', 'Only /oauth/token and /oauth/revoke are served here.');
    if (r.method !== 'POST') {
        r.headersOut['Allow'] = 'POST';
        return fail(r, 405, 'invalid_request', 'Only POST is accepted.');
    }
    const client = settings();
    if (client === null) return fail(r, 500, 'server_error', 'Sign-in is not set up on this server.');
    const params = readParameters(r, kind, client);
    if (Array.isArray(params)) return fail(r, 400, params[0], params[1]);

    let reply;
    try {
        reply = await r.subrequest('/_oauth_upstream/' + kind, { method: 'POST', body: upstreamBody(kind, params, client) });
    } catch (error) {
        // njs's own message (e.g. the subrequest could not be created); never the body or the headers.
        ngx.log(ngx.ERR, 'oauth-backend: the subrequest to the authorization server failed: ' + error.message);
        return fail(r, 502, 'temporarily_unavailable', 'The authorization server could not be reached. Please try again in a moment.');
    }
    relay(r, reply);
}

/**
 * `js_set $oauth_upstream_authorization`: the Authorization header of the request to Nextoria, with
 * client_secret_basic (RFC 6749 §2.3.1: each part form-urlencoded, then base64); empty otherwise,
 * which nginx then does not send.
 */
function upstreamAuthorization() {
    const client = settings();
    if (client === null || client.method !== 'client_secret_basic') return '';
    return 'Basic ' + Buffer.from(formEncode(client.clientId) + ':' + formEncode(client.secret)).toString('base64');
}

export default { endpoint, upstreamAuthorization };
