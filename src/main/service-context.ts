/**
 * What every service and the review engine are handed: the store, the clock and how to
 * tell the windows that data changed. Its own file so the services and the layers below
 * them (review) share it without importing each other.
 */
import type { Store } from './store'

export interface ServiceContext {
  store: Store
  now: () => number
  /** Tells every window that data changed. */
  changed: (applicationIds?: string[]) => void
}
