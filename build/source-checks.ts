import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import ts from 'typescript'
import { filesUnder } from './secret-scan.ts'

/*
 * Rules about what the app's own code may do, checked on its syntax tree (not on text, so comments
 * and strings that merely mention a name do not count), independent of ESLint's configuration:
 * API text only ever reaches the page as text, nothing of the session goes to localStorage or cookies
 * (localStorage is for the device's display preferences, in one module), and every link that opens a
 * new tab cuts the opener and the referrer.
 */

export type SourceFinding = { file: string; line: number; rule: string }

/** Properties and methods that parse a string as HTML. */
const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc'])

/** Only the session's own modules may use sessionStorage (the refresh token, the PKCE verifier). */
const SESSION_STORAGE_ALLOWED = /^src\/lib\/auth\//

/**
 * The one module that may use localStorage: the device's display preferences (the theme), which are
 * nothing of the session. Exactly this file; anything else that reaches for localStorage is refused.
 */
export const LOCAL_STORAGE_ALLOWED = 'src/lib/preferences/device-preference.ts'

function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined
  if (ts.isStringLiteralLike(node)) return node.text
  if (ts.isJsxExpression(node)) return stringValue(node.expression)
  if (ts.isParenthesizedExpression(node)) return stringValue(node.expression)
  return undefined
}

const hasTokens = (value: string | undefined, ...tokens: string[]) =>
  value !== undefined && tokens.every((token) => value.split(/[\s,]+/).includes(token))

function jsxAttribute(element: ts.JsxOpeningLikeElement, name: string): ts.JsxAttribute | undefined {
  return element.attributes.properties.find(
    (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && ts.isIdentifier(p.name) && p.name.text === name,
  )
}

export function checkSource(text: string, file: string): SourceFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const findings: SourceFinding[] = []
  const report = (node: ts.Node, rule: string) =>
    findings.push({ file, rule, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 })

  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') {
      report(node, 'dangerouslySetInnerHTML: render API text as text')
    }
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const target = jsxAttribute(node, 'target')
      if (target && stringValue(target.initializer) !== '_self') {
        const rel = stringValue(jsxAttribute(node, 'rel')?.initializer)
        if (!hasTokens(rel, 'noopener', 'noreferrer')) report(node, 'target without rel="noopener noreferrer"')
      }
    }
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text
      const onDocument = node.expression.getText(source) === 'document'
      if (HTML_SINKS.has(name) || (onDocument && (name === 'write' || name === 'writeln'))) report(node, `${name}: a string parsed as HTML`)
      if (onDocument && name === 'cookie') report(node, 'document.cookie: nothing of the session in cookies')
    }
    if (ts.isIdentifier(node) && node.text === 'localStorage' && file !== LOCAL_STORAGE_ALLOWED) {
      report(node, 'localStorage: nothing of the session may live there')
    }
    if (ts.isIdentifier(node) && node.text === 'sessionStorage' && !SESSION_STORAGE_ALLOWED.test(file)) {
      report(node, 'sessionStorage outside src/lib/auth/')
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source)
      if (callee === 'eval' || callee === 'window.eval') report(node, 'eval')
      if (callee === 'window.open' && !hasTokens(stringValue(node.arguments[2]), 'noopener', 'noreferrer')) {
        report(node, 'window.open without "noopener,noreferrer"')
      }
      if (/^(window\.)?set(Timeout|Interval)$/.test(callee) && node.arguments[0] && stringValue(node.arguments[0]) !== undefined) {
        report(node, `${callee} with a string of code`)
      }
    }
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Function') report(node, 'new Function')
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

const isTestCode = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('src/test/')

/** The app's shipped sources under `dir` (tests and test helpers excluded; generated types skipped). */
export function checkAppSources(root: string, dir = 'src'): SourceFinding[] {
  return filesUnder(`${root}/${dir}`)
    .map((path) => relative(root, path))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !isTestCode(file))
    .flatMap((file) => checkSource(readFileSync(`${root}/${file}`, 'utf8'), file))
}

export const describeSourceFindings = (findings: SourceFinding[]) => findings.map((f) => `${f.file}:${f.line} ${f.rule}`)
