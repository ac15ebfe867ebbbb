/**
 * An id of this build of Afterview, new at every `electron-vite build` (electron.vite.config.ts
 * defines it): what this build validated before need not be validated again
 * (validated-files.ts). Undefined when running from source (tests, tsx): there,
 * everything is validated every time.
 */
import { userCacheDir } from './user-cache'
import type { ValidatedOptions } from './validated-files'

declare const __AFTERVIEW_BUILD_ID__: string | undefined

export const BUILD_ID: string | undefined = typeof __AFTERVIEW_BUILD_ID__ === 'string' ? __AFTERVIEW_BUILD_ID__ : undefined

/** What openStore needs to skip validating files this build validated before; undefined from source or without a usable cache folder. */
export function validatedFilesOptions(): ValidatedOptions | undefined {
  const cacheDir = BUILD_ID ? userCacheDir('validated') : undefined
  return BUILD_ID && cacheDir ? { buildId: BUILD_ID, cacheDir } : undefined
}
