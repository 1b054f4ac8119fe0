import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../db'
import { server } from '../node'
import { SEED } from '../seed'
import { contractWatch } from './contract-watch'
import { createContract, loadSpec } from './openapi-contract'
import { apiAs } from '../test-support/api-as'

let api = apiAs(null)

const spec = loadSpec()
const contract = createContract(spec)

type MediaObject = { schema?: unknown; examples?: Record<string, { $ref?: string; value?: unknown }> }

/** Every example attached to a response body, with the JSON pointer of the schema it illustrates. */
function documentedExamples() {
  const found: { name: string; pointer: string; value: unknown }[] = []
  const escape = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1')
  const collect = (base: string, content: Record<string, MediaObject> | undefined) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        const value = example.$ref
          ? (spec.components.examples?.[example.$ref.split('/').pop()!] as { value: unknown }).value
          : example.value
        found.push({ name: `${base} ${name}`, pointer: `${base}/content/${escape(mediaType)}/schema`, value })
      }
    }
  }
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        collect(`/paths/${escape(path)}/${method}/responses/${status}`, response.content)
      }
    }
  }
  for (const [name, response] of Object.entries(spec.components.responses ?? {})) {
    collect(`/components/responses/${name}`, (response as { content?: Record<string, MediaObject> }).content)
  }
  return found
}

describe('openapi.yaml', () => {
  const examples = documentedExamples()

  it('attaches the docs’ examples to the list and detail answers', () => {
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/paths/~1invoices/get/responses/200'),
        expect.stringContaining('/paths/~1invoices~1{invoice_id}/get/responses/200'),
        expect.stringContaining('/paths/~1projects/get/responses/200'),
        expect.stringContaining('/paths/~1clients~1{client_id}/get/responses/200'),
      ]),
    )
  })

  it.each(examples.map((e) => [e.name, e] as const))('example %s validates against its schema', (_name, example) => {
    const validate = contract.validatorAt(example.pointer)
    expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true)
  })

  it('marks every operation documented or inferred, and says why for inferred ones', () => {
    const methods = ['get', 'put', 'post', 'delete', 'patch']
    for (const pathItem of Object.values(spec.paths)) {
      const operations = Object.entries(pathItem).filter(([key]) => methods.includes(key))
      expect(operations.length).toBeGreaterThan(0)
      for (const [, operation] of operations as [string, Record<string, unknown>][]) {
        expect(['documented', 'inferred']).toContain(operation['x-nextoria-source'])
        if (operation['x-nextoria-source'] === 'inferred') expect(operation['x-nextoria-why']).toEqual(expect.any(String))
      }
    }
  })
})

describe('the contract check over the fake API', () => {
  beforeEach(() => {
    api = apiAs(SEED.users.ordinary)
  })

  it('passes the real handlers', async () => {
    await api.GET('/me')
    await api.GET('/invoices')
    expect(await contractWatch.takeViolations()).toEqual([])
  })

  it('catches a handler that answers a field the spec lacks', async () => {
    const me = (await api.GET('/me')).data
    server.use(untypedHttp.get('*/v1/me', () => HttpResponse.json({ ...me, favourite_colour: 'teal' })))
    await api.GET('/me')
    const violations = await contractWatch.takeViolations()
    expect(violations).toEqual([expect.stringMatching(/GET \/me → 200: .*favourite_colour/)])
  })

  it('catches a field the spec lacks deep in a list item', async () => {
    server.use(
      untypedHttp.get('*/v1/projects', () =>
        HttpResponse.json({
          data: [{ ...db.projects[0], client: { id: 'c', name: 'n' }, team_lead: null }],
          meta: { total: 1, limit: 20, next_cursor: null },
        }),
      ),
    )
    await api.GET('/projects')
    const violations = await contractWatch.takeViolations()
    expect(violations.join('\n')).toMatch(/GET \/projects → 200: body\/data\/0 .*(invited|client_id)/)
  })

  it('catches a missing required field, a wrong type and an undeclared status', async () => {
    server.use(
      untypedHttp.get('*/v1/invoices/:id', () => HttpResponse.json({ id: 'inv_1', total: '12.00' })),
      untypedHttp.get('*/v1/me', () => HttpResponse.json({ error: { code: 'teapot', message: 'no' } }, { status: 418 })),
    )
    await api.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: 'inv_1' } } })
    await api.GET('/me')
    const violations = (await contractWatch.takeViolations()).join('\n')
    expect(violations).toMatch(/must have required property 'number'/)
    expect(violations).toMatch(/body\/total must be integer/)
    expect(violations).toMatch(/GET \/me → 418: status 418 is not declared/)
  })
})
