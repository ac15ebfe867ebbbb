/**
 * Interviews and due follow-ups in the user's own calendar: a .ics download, and in
 * browser mode a subscription address (its own token, read-only, .ics only).
 */
import { useEffect, useState } from 'react'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'

export function CalendarCard() {
  const toast = useToast()
  const [feed, setFeed] = useState<string | null>(null)
  useEffect(() => {
    client.getCalendarFeed(undefined).then(
      (f) => setFeed(f.path ? `${window.location.origin}${f.path}` : null),
      () => setFeed(null)
    )
  }, [])
  const download = async () => {
    try {
      const { content, fileName } = await client.exportCalendar(undefined)
      const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar' }))
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      document.body.append(a)
      a.click()
      a.remove()
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  const copy = async () => {
    if (!feed) return
    try {
      await navigator.clipboard.writeText(feed)
      toast('Calendar address copied')
    } catch {
      toast('Select the address and copy it.', { tone: 'error' })
    }
  }
  const reset = async () => {
    try {
      const f = await client.resetCalendarFeed(undefined)
      setFeed(f.path ? `${window.location.origin}${f.path}` : null)
      toast('New calendar address made; the old one no longer works.')
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading" className="section-title">
        Your calendar
      </h2>
      <p>
        Put your interviews and the follow-ups that are due into the calendar you already use. Importing a newer file updates the same
        events instead of adding copies.
      </p>
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void download()}>
          Download calendar (.ics)
        </button>
      </div>
      {feed && (
        <div className="calendar-feed">
          <label htmlFor="calendar-feed-url" className="inline-label">
            Subscribe address (for a calendar app on this computer)
          </label>
          <div className="button-row">
            <input id="calendar-feed-url" className="calendar-feed-url" readOnly value={feed} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="btn" onClick={() => void copy()}>
              Copy
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => void reset()}>
              New address
            </button>
          </div>
          <p className="small muted">
            It works while browser mode runs; start it with <code>afterview serve --port N</code> so the address stays the same. Anyone with
            the address can read this calendar, nothing else.
          </p>
        </div>
      )}
    </section>
  )
}
