import { screen } from '@testing-library/react'
import { HttpResponse, http as untypedHttp } from 'msw'
import { authenticate } from '../../mocks/auth'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { violationHeaders } from '../../mocks/scenarios/violation'
import { SEED } from '../../mocks/seed'
import { toMe } from '../../mocks/views'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

/** `/me` as the fake API answers it, but with the workspace colour replaced: outside openapi.yaml, so marked. */
function answerMeWithBrandColour(brandColor: unknown) {
  server.use(
    untypedHttp.get('*/v1/me', ({ request }) => {
      const me = toMe(authenticate(request).user)
      return HttpResponse.json(
        { ...me, workspace: { ...me.workspace, brand_color: brandColor } },
        { headers: violationHeaders('malformed-brand-color') },
      )
    }),
  )
}

describe('a workspace colour outside the spec', () => {
  it.each([['red;background:url(x)'], ['expression(alert(1))'], ['#12345'], ['#GGGGGG'], [''], [123456], [null]])(
    'brand_color %j: every signed-in page still renders, in the default colour',
    async (brandColor) => {
      signInAs(SEED.users.ordinary)
      answerMeWithBrandColour(brandColor)
      const { container } = renderRoute('/')

      expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
      expect(screen.getByRole('banner')).toHaveTextContent(db.workspace.name)
      expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument()
      const shell = container.querySelector<HTMLElement>('.shell')!
      expect(shell.style.getPropertyValue('--brand')).toBe('#2b59c3')
      expect(shell.style.getPropertyValue('--brand-text')).toBe('#2b59c3')
      expect(shell.style.getPropertyValue('--on-brand')).toBe('#ffffff')
    },
  )

  it('a valid colour is still the agency’s own', async () => {
    signInAs(SEED.users.ordinary)
    answerMeWithBrandColour('#1D4ED8')
    const { container } = renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    expect(container.querySelector<HTMLElement>('.shell')!.style.getPropertyValue('--brand')).toBe('#1D4ED8')
  })
})
