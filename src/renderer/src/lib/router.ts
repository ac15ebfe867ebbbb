/**
 * A tiny hash router. Routes are plain data so other parts (notifications, the tray,
 * deep links) can build them: `hrefTo({ page: 'application', id, action: key })` gives
 * "#/application/<id>?action=<key>", and `navigate(route)` goes there.
 */
import { useEffect, useState } from 'react'

export type Route =
  | { page: 'next' }
  | { page: 'applications' }
  | { page: 'review' }
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
    case 'review':
      return { page: 'review' }
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
      return '#/review'
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

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
