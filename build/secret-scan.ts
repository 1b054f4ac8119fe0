import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/*
 * Looks for credentials in built files. Everything in dist/ is public; the bundle inlines every VITE_*
 * variable the code names (src/lib/config.ts, and VITE_API_MOCKING in src/main.tsx), so a secret put
 * into one of them by mistake ends up here.
 */

export type SecretFinding = { file: string; line: number; rule: string; excerpt: string }

/** Shapes of real credentials, from the providers' documented formats and the fake API's own tokens. */
export const SECRET_PATTERNS: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'bearer token', pattern: /\bBearer\s+[A-Za-z0-9\-._~+/]{16,}=*/g },
  { rule: 'fake API token (at_/rt_/grant_)', pattern: /\b(?:at|rt|grant)_[0-9a-f]{48}\b/g },
  { rule: 'JWT or base64 JSON', pattern: /\beyJ[A-Za-z0-9_-]{16,}(?:\.[A-Za-z0-9_-]*){0,2}/g },
  { rule: 'private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/g },
  { rule: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { rule: 'AWS secret access key', pattern: /aws.{0,24}?['"`][0-9A-Za-z/+]{40}['"`]/gi },
  { rule: 'Stripe secret or restricted key', pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}/g },
  { rule: 'Stripe webhook secret', pattern: /\bwhsec_[0-9A-Za-z]{20,}/g },
  { rule: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g },
  { rule: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { rule: 'Slack webhook', pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+/g },
  { rule: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { rule: 'OpenAI-style key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}/g },
]

/** A value assigned to a name that says it is secret: `clientSecret:"…"`, `API_KEY = '…'`. */
const SECRET_ASSIGNMENT =
  /([A-Za-z0-9_$-]*(?:secret|api[_-]?key|apikey|passw(?:or)?d|passwd|private[_-]?key|access[_-]?token|refresh[_-]?token|auth[_-]?token|credential)[A-Za-z0-9_$-]*)["']?\s*[:=]\s*["'`]([^"'`\s]{12,})["'`]/gi

/** Shannon entropy in bits per character: ~4+ for random keys, under 3.5 for words and identifiers. */
export function entropy(text: string): number {
  const counts = new Map<string, number>()
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1)
  let bits = 0
  for (const count of counts.values()) {
    const p = count / text.length
    bits -= p * Math.log2(p)
  }
  return bits
}

const HIGH_ENTROPY = 3.5

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 20), index + Math.min(length, 60) + 20).replace(/\s+/g, ' ')
}

export function scanText(text: string, file: string): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const { rule, pattern } of SECRET_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ file, rule, line: lineOf(text, match.index), excerpt: excerpt(text, match.index, match[0].length) })
    }
  }
  for (const match of text.matchAll(SECRET_ASSIGNMENT)) {
    const value = match[2] ?? ''
    if (entropy(value) < HIGH_ENTROPY) continue
    findings.push({
      file,
      rule: `high-entropy value assigned to ${match[1]}`,
      line: lineOf(text, match.index),
      excerpt: excerpt(text, match.index, match[0].length),
    })
  }
  return findings
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Every file under `dir`, whatever its kind: HTML, JS, CSS, sourcemaps, the nginx include. */
export function scanDirectory(dir: string): SecretFinding[] {
  return filesUnder(dir).flatMap((path) => scanText(readFileSync(path, 'utf8'), relative(dir, path)))
}

export function describeFindings(findings: SecretFinding[]): string[] {
  return findings.map(({ file, line, rule, excerpt }) => `${file}:${line} ${rule}: …${excerpt}…`)
}
