/** What makes mail match an application (its own file: the manager and the pass both need it). */
import type { MatchableApplication } from '../../../shared/core/message-match'
import { createHash } from 'node:crypto'
import { messageIdKey } from '../../../shared/core/mail-message'
import type { Store } from '../../store'

/** What makes mail match an application: when it changes, earlier mail is matched again. */
export function identityOf(app: Pick<MatchableApplication, 'company' | 'role' | 'companyDomain' | 'contacts' | 'sentMessageIds'>): string {
  // Their names too: a contact writing from another address is known by her name (matcher-strangers.ts).
  const contacts = app.contacts
    .map((c) => `${c.name}<${c.email ?? ''}>`)
    .sort()
    .join(',')
  return [app.company, app.role, app.companyDomain ?? '', contacts, app.sentMessageIds.map(messageIdKey).sort().join(',')].join('|')
}

/** What identifies every application (identityOf), as one hash: read from the digests, no application file. */
export function identityStamp(store: Pick<Store, 'applicationDigests'>): string {
  return createHash('sha256')
    .update(
      store.applicationDigests
        .all()
        .map((a) => `${a.id}\u0000${identityOf(a)}`)
        .sort()
        .join('\u0001')
    )
    .digest('hex')
}
