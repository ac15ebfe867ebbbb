/**
 * The left navigation: Next up (with how many actions are due within a day), Applications, Settings,
 * the primary "Add application" button, and at its foot whether the mail is being read (MailStatus).
 */
import type { Route } from '../lib/router'
import { hrefTo } from '../lib/router'
import { MailStatus } from './MailStatus'

interface Props {
  route: Route
  dueCount: number
  /** Proposed changes waiting in Review. */
  reviewCount?: number
  onAdd: () => void
}

export function Sidebar({ route, dueCount, reviewCount = 0, onAdd }: Props) {
  const current = route.page === 'application' ? 'applications' : route.page
  const item = (
    page: 'next' | 'applications' | 'review' | 'insights' | 'settings',
    label: string,
    badge?: number,
    badgeWord = 'due within a day'
  ) => (
    <li>
      <a
        href={hrefTo({ page } as Route)}
        className={current === page ? 'nav-link active' : 'nav-link'}
        aria-current={current === page ? 'page' : undefined}
      >
        <span>{label}</span>
        {badge ? (
          <span className="nav-badge" title={`${badge} ${badgeWord}`}>
            {badge}
            <span className="visually-hidden"> {badgeWord}</span>
          </span>
        ) : null}
      </a>
    </li>
  )
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        <span className="brand-name">Afterview</span>
      </div>
      <button type="button" className="btn btn-primary btn-block" onClick={onAdd}>
        Add application
      </button>
      <ul className="nav-list">
        {item('next', 'Next up', dueCount)}
        {item('applications', 'Applications')}
        {item('review', 'Review', reviewCount, 'to review')}
        {item('insights', 'Insights')}
        {item('settings', 'Settings')}
      </ul>
      <MailStatus />
    </nav>
  )
}
