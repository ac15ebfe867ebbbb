/**
 * At the foot of the sidebar, on every page: whether the user's mail is being read. A job seeker
 * looks at Next up, not at Settings; a refused password or an unreachable server must not leave
 * replies unread for days without a word.
 */
import { useEffect, useState } from 'react'
import type { AccountView } from '../../../shared/accounts'
import { client } from '../api-client'
import { checkedAt } from '../lib/format'
import { mailStatusOf } from '../lib/mail-status'
import { hrefTo } from '../lib/router'

export function MailStatus() {
  const [accounts, setAccounts] = useState<AccountView[]>()
  useEffect(() => {
    let live = true
    const load = () =>
      client.listAccounts(undefined).then(
        (list) => live && setAccounts(list.accounts),
        () => undefined
      )
    void load()
    const offData = client.on('dataChanged', () => void load())
    const offProgress = client.on('syncProgress', (p) => {
      if (p.phase.startsWith('status:')) void load()
    })
    return () => {
      live = false
      offData()
      offProgress()
    }
  }, [])
  if (!accounts) return null
  const status = mailStatusOf(accounts, (iso) => checkedAt(iso, { seconds: false }))
  // Read out when it goes wrong, not at every minute's check.
  const role = status.tone === 'problem' ? 'alert' : status.tone === 'warn' ? 'status' : undefined
  return (
    <div className={`mail-status mail-status-${status.tone}`} role={role}>
      <span className="mail-status-title">{status.title}</span>
      {status.detail && <span className="mail-status-detail">{status.detail}</span>}
      {status.link && (
        <a className="mail-status-link" href={hrefTo({ page: 'settings', section: 'mail' })}>
          {status.link}
        </a>
      )}
    </div>
  )
}
