import { transformAsync, types as t, type PluginObj } from '@babel/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'

/*
 * Lingui's macros (`t`, `Trans`, `Plural` from @lingui/core/macro and @lingui/react/macro) turn each
 * message into a descriptor with an id, which is what lets `lingui extract` read the messages from the
 * source. They are Babel macros, and @vitejs/plugin-react 6 no longer runs Babel (Oxc does its
 * transforms), so this runs Lingui's Babel plugin alone on the files that import a macro: TypeScript
 * and JSX are only parsed, left for Vite's own transform. (@rolldown/plugin-babel needs Node 22.)
 *
 * Then each descriptor's English text is compiled in place (ICU to Lingui's compiled form, as
 * `lingui compile` does to a catalog), so English needs no catalog at run time: a chunk carries the
 * English of its own components, the first load only the first load's, and German and Arabic
 * catalogs, loaded on demand, replace them by id.
 */

/** `{ id: '…', message: 'Invoice {number}' }` → `{ id: '…', message: ['Invoice ', ['number']] }`. */
export function inlineCompiledMessages(): PluginObj {
  const named = (property: t.ObjectExpression['properties'][number], name: string): property is t.ObjectProperty =>
    t.isObjectProperty(property) && !property.computed && t.isIdentifier(property.key, { name })
  return {
    name: 'nextoria-inline-compiled-messages',
    visitor: {
      ObjectExpression(path) {
        const { properties } = path.node
        const message = properties.find((property) => named(property, 'message'))
        if (!message || !properties.some((property) => named(property, 'id')) || !t.isStringLiteral(message.value)) return
        // Always an array: Lingui warns of an "uncompiled message" for a plain string.
        const compiled = compileMessage(message.value.value)
        message.value = t.valueToNode(typeof compiled === 'string' ? [compiled] : compiled)
      },
    },
  }
}

export function linguiMacro(): Plugin {
  return {
    name: 'nextoria:lingui-macro',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.[cm]?[jt]sx?(\?.*)?$/, exclude: /\/node_modules\// }, code: /@lingui\/(core|react)\/macro/ },
      async handler(code, id) {
        const filename = id.split('?', 1)[0]!
        const typescript = /\.[cm]?tsx?$/.test(filename)
        // `.ts` files are not parsed as JSX: `<T>value` there is a type assertion.
        const jsx = !typescript || filename.endsWith('x')
        const parserOpts = { plugins: [...(typescript ? (['typescript'] as const) : []), ...(jsx ? (['jsx'] as const) : [])] }
        const options = { filename, babelrc: false, configFile: false, sourceType: 'module' as const, sourceMaps: true, parserOpts }
        const expanded = await transformAsync(code, { ...options, plugins: [['@lingui/babel-plugin-lingui-macro', { stripMessageField: false }]] })
        if (!expanded?.code) return null
        const compiled = await transformAsync(expanded.code, { ...options, inputSourceMap: expanded.map ?? undefined, plugins: [inlineCompiledMessages()] })
        return compiled?.code ? { code: compiled.code, map: compiled.map } : null
      },
    },
  }
}
