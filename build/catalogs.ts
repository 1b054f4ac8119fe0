import { readFile } from 'node:fs/promises'
import { formatter } from '@lingui/format-po'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import { parse } from '@messageformat/parser'

/*
 * What makes a catalog complete: every message of the English one, translated, with the same
 * placeholders, valid ICU, and every plural form the language has (Arabic six, German two). The
 * build's catalogs are checked by build/catalogs.test.ts, in `npm test`.
 */

export type CatalogEntry = { message?: string; translation?: string; obsolete?: boolean }
export type Catalog = Record<string, CatalogEntry>

/** A `.po` catalog as Lingui reads it: entries by message id. */
export async function readCatalog(file: string, locale: string): Promise<Catalog> {
  return formatter({ lineNumbers: false }).parse(await readFile(file, 'utf8'), { locale, sourceLocale: 'en', filename: file })
}

type Token = string | [string, ...unknown[]]

/** The placeholders a message names, and the plural forms each of its plurals gives (`{count, plural, one {…} …}`). */
export function messageShape(message: string): { placeholders: Set<string>; plurals: Map<string, Set<string>> } {
  const placeholders = new Set<string>()
  const plurals = new Map<string, Set<string>>()
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue
      const [name, format, options] = token
      placeholders.add(name)
      if (!options || typeof options !== 'object') continue
      const branches = Object.entries(options as Record<string, unknown>)
      if (format === 'plural') plurals.set(name, new Set(branches.map(([key]) => key).filter((key) => !key.startsWith('='))))
      for (const [, branch] of branches) if (Array.isArray(branch)) walk(branch as Token[])
    }
  }
  // Lingui's compiler logs a syntax error and keeps the text as it is; the parser throws.
  parse(message)
  const compiled = compileMessage(message) as string | Token[]
  walk(typeof compiled === 'string' ? [] : compiled)
  return { placeholders, plurals }
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item))

/** Every way `target` (a translation into `locale`) falls short of `source` (English), one line each. */
export function catalogProblems(source: Catalog, target: Catalog, locale: string): string[] {
  const problems: string[] = []
  const forms = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories)
  for (const [id, { message = '' }] of Object.entries(source)) {
    if (source[id]?.obsolete) continue
    const translation = target[id]?.translation
    if (!translation) {
      problems.push(`${locale}: no translation of "${message}"`)
      continue
    }
    let shape
    try {
      shape = messageShape(translation)
    } catch (error) {
      problems.push(`${locale}: the translation of "${message}" is not a valid ICU message (${(error as Error).message})`)
      continue
    }
    const english = messageShape(message)
    if (!sameSet(english.placeholders, shape.placeholders)) {
      problems.push(`${locale}: the translation of "${message}" names {${[...shape.placeholders].join('}, {')}}, English {${[...english.placeholders].join('}, {')}}`)
    }
    for (const [name, given] of shape.plurals) {
      const lacking = [...forms].filter((form) => !given.has(form))
      if (lacking.length) problems.push(`${locale}: the plural {${name}} in the translation of "${message}" lacks ${lacking.join(', ')}`)
    }
  }
  for (const [id, entry] of Object.entries(target)) {
    if (entry.obsolete) problems.push(`${locale}: "${entry.message ?? id}" is obsolete (npm run i18n:extract removes it)`)
    else if (!source[id]) problems.push(`${locale}: "${entry.message ?? id}" is not in the English catalog`)
  }
  return problems
}
