/**
 * Customer mail from an employer's own domain: the council that bills your council tax, the hospital trust that books
 * your outpatient appointment, the shop that ships your order. Applying to Leeds City Council, an NHS trust or a
 * supermarket does not make their service mail part of the application: filed there it would sit on the timeline
 * as a "reply" and move the follow-up plan. Such mail comes from a service mailbox and never speaks of hiring; a
 * person's own address is always filed, whatever it says ("are you free for a call tomorrow?").
 */
import { localPartOf, type MailMessage } from './mail-message'
import { hasRecruitingWord } from './classifier/job-evidence'

const SERVICE_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|orders?|order-?updates?|shipping|shipments?|delivery|deliveries|tracking|billing|invoices?|facturation|facturaci[oó]n|facturas?|fatturazione|rechnungs?|rechnungen|fakturor|faktur[ay]?|payments?|receipts?|statements?|customer[-._]?(?:service|services|care|support)?|customers|council[-._]?tax|counciltax|revenues?|bins?|waste|recycling|parking|housing|benefits|appointments?|bookings?|reservations?|reservas|reservierung(?:en)?|prenotazion[ei]|bokning(?:ar)?|rezerwacj[ae]|outpatients?|patients?|marketing|offers|deals|promotions?|rewards|loyalty|membership|members|tickets?)(?:[-._+\d].*)?$/i

/** Words of public competitions, tests and contracts the recruiting words leave out: the filing errs on keeping mail. */
const HIRING_TOO =
  /concors|avviso pubblico|bando|graduatori|domanda di partecipazione|titoli ed esami|incaric|assunzion|oposici|convocatori|concurso|ausschreibung|auswahlverfahren|sélection|selection|shortlist|panel|assessment|\bexam(?:s|en|ination)?\b|prueba|prova|proef|\btest|contrat|contract|vertrag|start date|onboarding|salary|salario|stipendio|gehalt|salaire|salaris|recrut|recrui|contrata|einstell/i

/** Service mail of a shop, a council or a clinic that says nothing of hiring: not filed on an application by its domain alone. */
export function isCustomerMail(message: MailMessage): boolean {
  // Headers alone (the sync's first look, the header index): the body may speak of hiring, so it is read first.
  if (message.text === '' || !SERVICE_MAILBOX.test(localPartOf(message.from.address))) return false
  const text = `${message.subject}\n${message.text.slice(0, 3_000)}`
  return !hasRecruitingWord(text) && !HIRING_TOO.test(text)
}
