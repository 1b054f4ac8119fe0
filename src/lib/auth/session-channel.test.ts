import { broadcast, nextTokensFor, onSessionMessage, withRefreshLock, type SessionMessage } from './session-channel'

const CHANNEL = 'nextoria.portal.session'
const tokens = (sessionId: string, accessToken = 'at_1'): SessionMessage => ({
  type: 'tokens',
  sessionId,
  accessToken,
  refreshToken: 'rt_1',
  expiresAt: 2_000,
  refreshAt: 1_000,
})

/** Another tab of this origin. */
function otherTab() {
  const channel = new BroadcastChannel(CHANNEL)
  const received: SessionMessage[] = []
  channel.onmessage = (event: MessageEvent<SessionMessage>) => void received.push(event.data)
  onTestFinished(() => channel.close())
  return { received, post: (message: SessionMessage) => channel.postMessage(message) }
}

afterEach(() => vi.unstubAllGlobals())

describe('the channel between tabs of one sign-in', () => {
  it('carries this tab’s messages to the others, and theirs to this one’s listeners', async () => {
    const tab = otherTab()
    const heard: SessionMessage[] = []
    const stop = onSessionMessage((message) => heard.push(message))
    broadcast({ type: 'signed-out', sessionId: 's1' })
    await vi.waitFor(() => expect(tab.received).toEqual([{ type: 'signed-out', sessionId: 's1' }]))
    tab.post(tokens('s1'))
    await vi.waitFor(() => expect(heard).toEqual([tokens('s1')]))
    stop()
    tab.post(tokens('s1', 'at_2'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(heard).toHaveLength(1)
  })

  it('waits for the next tokens of one sign-in, ignoring everything else', async () => {
    const tab = otherTab()
    const next = nextTokensFor('s1', 2_000)
    tab.post({ type: 'signed-out', sessionId: 's1' })
    tab.post(tokens('s2', 'at_other'))
    tab.post(tokens('s1', 'at_mine'))
    await expect(next).resolves.toEqual(tokens('s1', 'at_mine'))
  })

  it('gives up after the grace period, and stops listening', async () => {
    const tab = otherTab()
    const started = Date.now()
    await expect(nextTokensFor('s1', 100)).resolves.toBeNull()
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
    const heard: SessionMessage[] = []
    const stop = onSessionMessage((message) => heard.push(message))
    onTestFinished(stop)
    tab.post(tokens('s1'))
    await vi.waitFor(() => expect(heard).toHaveLength(1))
  })
})

describe('the refresh lock', () => {
  it('is held per sign-in across tabs, where the browser has Web Locks', async () => {
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => task())
    vi.stubGlobal('navigator', { locks: { request } })
    await expect(withRefreshLock('s1', () => Promise.resolve('done'))).resolves.toBe('done')
    expect(request).toHaveBeenCalledWith('nextoria.portal.refresh.s1', expect.any(Function))
  })

  it('runs the task as it is where there are none', async () => {
    vi.stubGlobal('navigator', {})
    await expect(withRefreshLock('s1', () => Promise.resolve('done'))).resolves.toBe('done')
    vi.stubGlobal('navigator', undefined)
    await expect(withRefreshLock('s1', () => Promise.resolve('again'))).resolves.toBe('again')
  })
})

describe('without BroadcastChannel', () => {
  it('works alone: sends nothing, hears nothing, throws nothing', async () => {
    vi.resetModules()
    vi.stubGlobal('BroadcastChannel', undefined)
    const channel = await import('./session-channel')
    const heard = vi.fn()
    channel.onSessionMessage(heard)
    expect(() => channel.broadcast({ type: 'signed-out', sessionId: 's1' })).not.toThrow()
    await expect(channel.nextTokensFor('s1', 10)).resolves.toBeNull()
    expect(heard).not.toHaveBeenCalled()
  })
})
