import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'

/*
 * openapi.yaml, read at run time as JSON Schema 2020-12 (which OpenAPI 3.1 schemas are), so a mock
 * answer can be checked against the contract itself rather than against types that might lag it.
 */
// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
const SPEC_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../openapi.yaml')
const SPEC_ID = 'openapi.yaml'
const API_PATH_PREFIX = '/v1'

type ResponseObject = { $ref?: string; content?: Record<string, { schema?: unknown }> }
type OperationObject = { responses?: Record<string, ResponseObject> }
type Spec = {
  paths: Record<string, Record<string, OperationObject>>
  components: Record<string, Record<string, unknown>>
}

export type MockedResponse = { method: string; url: string; status: number; contentType: string | null; body: unknown }

const pointerToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1')

function templateToRegExp(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${pattern}$`)
}

export function loadSpec(): Spec {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as Spec
}

export function createContract(spec: Spec = loadSpec()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(spec, SPEC_ID)

  const validators = new Map<string, ValidateFunction>()
  /** Compiles `{ $ref: pointer }` into the spec once; pointers are into the whole document. */
  function validatorAt(pointer: string): ValidateFunction {
    let validate = validators.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` })
      validators.set(pointer, validate)
    }
    return validate
  }

  const templates = Object.keys(spec.paths).map((template) => ({ template, regexp: templateToRegExp(template) }))

  function findOperation(method: string, pathname: string) {
    const match = templates.find(({ regexp }) => regexp.test(pathname))
    const operation = match && spec.paths[match.template]?.[method.toLowerCase()]
    return match && operation ? { template: match.template, operation } : undefined
  }

  /** The declared response for a status: exact code, then its `5XX` range, then `default`. */
  function findResponse(operation: OperationObject, status: number) {
    const responses = operation.responses ?? {}
    const key = [String(status), `${String(status).charAt(0)}XX`, 'default'].find((k) => k in responses)
    if (!key) return undefined
    let response = responses[key] as ResponseObject
    let pointerBase = ''
    if (response.$ref) {
      const name = response.$ref.split('/').pop() as string
      response = spec.components.responses?.[name] as ResponseObject
      pointerBase = `/components/responses/${pointerToken(name)}`
    }
    return { key, response, pointerBase }
  }

  /** Every way the answer departs from the contract, as readable lines; empty when it conforms. */
  function validateResponse({ method, url, status, contentType, body }: MockedResponse): string[] {
    const pathname = new URL(url).pathname
    const at = pathname.indexOf(`${API_PATH_PREFIX}/`)
    if (at === -1) return []
    const apiPath = pathname.slice(at + API_PATH_PREFIX.length)
    const where = `${method.toUpperCase()} ${apiPath} → ${status}`

    const found = findOperation(method, apiPath)
    if (!found) return [`${where}: no such operation in openapi.yaml`]
    const declared = findResponse(found.operation, status)
    if (!declared) return [`${where}: status ${status} is not declared for ${found.template}`]

    const mediaTypes = Object.keys(declared.response.content ?? {})
    if (mediaTypes.length === 0) {
      return body === null ? [] : [`${where}: the contract declares no body, but one was sent`]
    }
    const mediaType = mediaTypes.find((type) => contentType?.startsWith(type))
    if (!mediaType) return [`${where}: content type ${contentType ?? 'none'} is not one of ${mediaTypes.join(', ')}`]
    if (mediaType !== 'application/json') return []

    const pointer = declared.pointerBase
      ? `${declared.pointerBase}/content/${pointerToken(mediaType)}/schema`
      : `/paths/${pointerToken(found.template)}/${method.toLowerCase()}/responses/${pointerToken(declared.key)}/content/${pointerToken(mediaType)}/schema`
    const validate = validatorAt(pointer)
    if (validate(body)) return []
    return (validate.errors ?? []).map((error) => {
      const extra = 'unevaluatedProperty' in error.params ? ` (${String(error.params.unevaluatedProperty)})` : ''
      const additional = 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''
      return `${where}: body${error.instancePath} ${error.message ?? 'is invalid'}${extra}${additional}`
    })
  }

  /** Validates a value against a named component schema, e.g. for the docs' examples. */
  function validateSchema(name: string, value: unknown): string[] {
    const validate = validatorAt(`/components/schemas/${pointerToken(name)}`)
    if (validate(value)) return []
    return (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message ?? 'is invalid'}`)
  }

  return { validateResponse, validateSchema, validatorAt, spec }
}

export type Contract = ReturnType<typeof createContract>
