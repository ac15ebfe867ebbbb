/**
 * The window: sidebar on the left, the current page on the right, warnings on top,
 * toasts at the bottom. Pages are chosen by the hash route (lib/router.ts).
 */
import { useEffect, useRef, useState } from 'react'
import { client } from './api-client'
import { ApplicationForm } from './components/ApplicationForm'
import { Banner } from './components/Banner'
import { ReminderPermission } from './components/ReminderPermission'
import { Sidebar } from './components/Sidebar'
import { ToastProvider } from './components/Toasts'
import { OverviewProvider, useOverview } from './lib/data'
import { isDueWithinADay } from './lib/format'
import { useRoute, type Route } from './lib/router'
import { ApplicationPage } from './pages/ApplicationPage'
import { ApplicationsPage } from './pages/ApplicationsPage'
import { NextUpPage } from './pages/NextUpPage'
import { SettingsPage } from './pages/SettingsPage'
import { ReviewPage } from './review/ReviewPage'
import { InsightsPage } from './insights/InsightsPage'
import { useReviewQueue } from './review/useReviewQueue'

export function App() {
  return (
    <ToastProvider>
      <OverviewProvider>
        <Shell />
      </OverviewProvider>
    </ToastProvider>
  )
}

const TITLES: Record<Route['page'], string> = {
  next: 'Next up',
  applications: 'Applications',
  review: 'Review',
  insights: 'Insights',
  application: 'Application',
  settings: 'Settings'
}

function Shell() {
  const route = useRoute()
  const { overview, now } = useOverview()
  const [adding, setAdding] = useState(false)
  const reviewCount = useReviewQueue().queue?.open ?? 0
  const dueCount = overview?.actions.filter((a) => isDueWithinADay(a.dueAt, now)).length ?? 0

  useEffect(
    () =>
      client.on('navigate', ({ path }) => {
        window.location.hash = `#${path.replace(/^#?\/?/, '/')}`
      }),
    []
  )
  useEffect(() => {
    document.title = `${TITLES[route.page]} — Afterview`
  }, [route.page])
  // After moving to another page, start keyboard focus and scrolling at its top (not on first load).
  const firstRoute = useRef(true)
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false
      return
    }
    document.getElementById('main')?.focus({ preventScroll: true })
    document.getElementById('main')?.scrollTo(0, 0)
  }, [route])

  const add = () => setAdding(true)
  return (
    <div className="layout">
      <Sidebar route={route} dueCount={dueCount} reviewCount={reviewCount} onAdd={add} />
      <main id="main" className="main" tabIndex={-1}>
        <div className="banners">
          <Banner />
          {/* Asked where reminders matter, once there is something to be reminded of. */}
          {route.page === 'next' && (overview?.actions.length ?? 0) > 0 && <ReminderPermission />}
        </div>
        {route.page === 'next' && <NextUpPage onAdd={add} />}
        {route.page === 'applications' && <ApplicationsPage onAdd={add} />}
        {route.page === 'review' && <ReviewPage proposal={route.proposal} />}
        {route.page === 'insights' && <InsightsPage />}
        {route.page === 'application' && <ApplicationPage key={route.id} id={route.id} action={route.action} />}
        {route.page === 'settings' && <SettingsPage section={route.section} />}
      </main>
      {adding && <ApplicationForm onClose={() => setAdding(false)} />}
    </div>
  )
}
