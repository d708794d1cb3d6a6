import { resolve } from 'node:path'
import { SERVER_DIR } from '../../server-dir'
import type { BannerConfig, DialogConfig } from './banner-config'

/** The browser sources of the banner (web/banner): the loader and the dialog. */
export const BANNER_SOURCES = resolve(SERVER_DIR, '../web/banner')
const PLACEHOLDER = '__CUSTOS_CONFIG__'
const UI_PLACEHOLDER = '__CUSTOS_UI__'

export interface BannerBundles {
  /** The loader with __CUSTOS_CONFIG__ where each organisation's configuration goes. */
  loader: string
  /** The dialog with __CUSTOS_UI__ where the organisation's cookie names and services go. */
  ui: string
}

let bundles: Promise<BannerBundles> | undefined

/**
 * Builds the two bundles once per process with esbuild (minified IIFEs, no eval, for the browsers of the last
 * years) from web/banner; decision 0034 says why they are built on first use rather than shipped prebuilt.
 */
export function bannerBundles(): Promise<BannerBundles> {
  if (bundles) return bundles
  const built: Promise<BannerBundles> = Promise.all(
    ['loader', 'ui'].map(async (name) => {
      // esbuild is loaded with the first banner request, not at start-up.
      const { build } = await import('esbuild')
      const out = await build({
        entryPoints: [resolve(BANNER_SOURCES, `${name}.ts`)],
        bundle: true,
        minify: true,
        format: 'iife',
        target: ['chrome100', 'firefox100', 'safari16.4'],
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      })
      return out.outputFiles[0]?.text ?? ''
    }),
  ).then(([loader = '', ui = '']) => {
    if (!loader.includes(PLACEHOLDER) || !ui.includes(UI_PLACEHOLDER))
      throw new Error('The banner bundles lost their configuration placeholder')
    return { loader, ui }
  })
  bundles = built
  built.catch(() => {
    bundles = undefined
  })
  return built
}

/** The loader of one organisation: its configuration as a JSON literal (never evaluated as code by the page). */
export function loaderWith(loader: string, config: BannerConfig): string {
  return loader.replace(PLACEHOLDER, () => jsonLiteral(config))
}

export function dialogWith(ui: string, config: DialogConfig): string {
  return ui.replace(UI_PLACEHOLDER, () => jsonLiteral(config))
}

// JSON in a script: `<` escaped so a service name can never close a script element it is inlined into.
const jsonLiteral = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
