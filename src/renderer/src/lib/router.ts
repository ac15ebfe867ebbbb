/**
 * A tiny hash router. Routes are plain data so other parts (notifications, the tray,
 * deep links) can build them: `hrefTo({ page: 'application', id, action: key })` gives
 * "#/application/<id>?action=<key>" (and `{ page: 'review', proposal: id }` gives "#/review?proposal=<id>"), and
 * `navigate(route)` goes there.
 */
import { useMemo, useSyncExternalStore } from 'react'

export type Route =
  | { page: 'next' }
  | { page: 'applications' }
  | { page: 'review'; proposal?: string }
  | { page: 'insights' }
  | { page: 'application'; id: string; action?: string }
  | { page: 'settings'; section?: string }

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = raw.split('?')
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const params = new URLSearchParams(query)
  switch (parts[0]) {
    case 'applications':
      return { page: 'applications' }
    case 'review': {
      const proposal = params.get('proposal')
      return proposal ? { page: 'review', proposal } : { page: 'review' }
    }
    case 'insights':
      return { page: 'insights' }
    case 'application':
      if (parts[1]) {
        const action = params.get('action')
        return action ? { page: 'application', id: parts[1], action } : { page: 'application', id: parts[1] }
      }
      return { page: 'applications' }
    case 'settings':
      return parts[1] ? { page: 'settings', section: parts[1] } : { page: 'settings' }
    default:
      return { page: 'next' }
  }
}

export function hrefTo(route: Route): string {
  switch (route.page) {
    case 'next':
      return '#/next'
    case 'applications':
      return '#/applications'
    case 'review':
      return route.proposal ? `#/review?proposal=${encodeURIComponent(route.proposal)}` : '#/review'
    case 'insights':
      return '#/insights'
    case 'application':
      return `#/application/${encodeURIComponent(route.id)}${route.action ? `?action=${encodeURIComponent(route.action)}` : ''}`
    case 'settings':
      return route.section ? `#/settings/${encodeURIComponent(route.section)}` : '#/settings'
  }
}

export function navigate(route: Route): void {
  const href = hrefTo(route)
  if (window.location.hash !== href) window.location.hash = href
}

function onHashChange(changed: () => void): () => void {
  window.addEventListener('hashchange', changed)
  return () => window.removeEventListener('hashchange', changed)
}

/**
 * The current route; re-renders when the hash changes. React reads the address again when
 * it starts listening, so a change between the first paint and that moment is not missed.
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(onHashChange, () => window.location.hash)
  return useMemo(() => parseHash(hash), [hash])
}
