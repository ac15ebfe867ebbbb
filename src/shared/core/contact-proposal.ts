/**
 * An unknown person who writes about an application becomes a contact proposal: the name,
 * address and title their mail gives (signature or headers), never a machine sender and
 * never the user. Pure.
 */
import type { Application } from '../model'
import type { Classification } from './classifier/types'
import { personToAnswer, type Person } from './facts'
import type { MailMessage } from './mail-message'

/** The person to propose as a contact, or undefined when there is none to add. */
export function newContactIn(
  classification: Classification,
  message: MailMessage,
  application: Application,
  userAddresses: readonly string[]
): Person | undefined {
  if (classification.category === 'unrelated' || classification.automatic) return undefined
  const users = userAddresses.map((a) => a.toLowerCase())
  const person = personToAnswer(message, users)
  if (!person || !person.name || users.includes(person.email)) return undefined
  if (application.contacts.some((c) => c.email === person.email)) return undefined
  return person
}
