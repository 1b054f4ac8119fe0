/**
 * Debian's chromium for every browser test: Playwright's own browser download cannot run here. The
 * flags keep it from reaching for the network on its own (this machine refuses such connections).
 */
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
