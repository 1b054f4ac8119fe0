/*
 * What the app's "save a file" path (an object URL on a clicked <a download>) saved during a test, as
 * name and blob; jsdom navigates nowhere, so the click is caught instead.
 */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = []
  let lastBlob: Blob | null = null
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      lastBlob = blob
      return 'blob:http://localhost/download'
    }),
    revokeObjectURL: vi.fn(),
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: lastBlob! })
  })
  onTestFinished(() => {
    vi.restoreAllMocks()
  })
  return saved
}
