/**
 * The writer hands the candidate on (issue 11): "please don't reply to me, reply to Anna (anna.price@…)", "svara till min
 * kollega Sofia Bergkvist", "réponds plutôt à Annie, mon adjointe (en copie)", "replying to Mr. Raghunath directly",
 * "merci de vous adresser au service du personnel : recrutement@…", "Rachel (copied) will send the letter … let her
 * know". A verb of answering, then a name (a few small words such as "directly" or "my colleague" may come between),
 * then the address written next to it, else the copied colleague's whose first or last name it is. Words that hand on
 * to nobody with an address ("reply to this email", "confirm with Anna", nobody copied) leave the writer.
 */
import { EMAIL_IN_TEXT as EMAIL, domainOf, type MailAddress, type MailMessage } from '../mail-message'
import { isSharedDomain } from '../classifier/senders'

export interface HandedOn {
  name: string
  email: string
  evidence: string
}

const VERBS = [
  // English
  '(?:please )?(?:reply|respond|write|send (?:it|them|your (?:\\w+ )?(?:answer|reply|confirmation|acceptance))) (?:back |directly |instead |rather )?to',
  'replying (?:back |directly )?to|(?:contact|email|e-mail|get in touch with|liaise with)|(?:confirm|arrange|book|check) (?:[\\w-]+ ){0,3}?with',
  // German, Dutch, Swedish
  'antworten sie (?:bitte )?(?:direkt )?(?:an)?|wenden sie sich (?:bitte )?(?:direkt )?an|schreiben sie (?:bitte )?(?:direkt )?an|melden sie sich (?:bitte )?(?:direkt )?bei',
  '(?:bevestigen|bevestig het|melden|reageren|reageer|antwoord|mail) (?:even |graag |dan )?(?:bij|aan|naar)|neem (?:even )?contact op met',
  'svara (?:direkt )?(?:till|på)?|kontakta|hör av dig till|mejla|skriv till',
  // Spanish, Portuguese, French, Italian
  'contést(?:a|ale|ele|enle)|respónde(?:le)?|responde(?:le)?|escríbe(?:le)?|escribe(?:le)?|confírma(?:le|selo)?|dirígete|diríjase|contacta con',
  'trate|fale|responda|escreva|contacte|contate|confirme|dirija-se',
  "répon(?:ds|dez|dre)|écri(?:s|vez|re)|contacte[rz]?|adresse[rz]?-vous|vous adresser|t'adresser|confirme[rz]? (?:\\p{L}+ ){0,2}?auprès (?:de|d')",
  'rispond\\p{L}*|scriv\\p{L}*|contatt\\p{L}*|si rivolga|rivolgersi|rivolgiti'
].join('|')
const HANDOFF = new RegExp(`(?<![\\p{L}])(?:${VERBS})(?=\\s)`, 'giu')
/** "let her know", "reply to him": the one copied colleague the mail names. */
const PRONOUN =
  /(?<![\p{L}])(?:let (?:her|him) know|(?:reply|respond|write|send it) (?:back )?to (?:her|him)|(?:contact|email) (?:her|him))(?![\p{L}])/giu
const plain = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
/** Small words between the verb and the name: "directly", "plutôt à", "min kollega", "com a", "Mr.". */
const FILLER = new Set(
  (
    'to with at directly instead rather back please our my your ' +
    'an bei aan naar bij met direkt bitte gerne meine meinen kollegin kollegen even graag dan mijn collega onze ' +
    'till på direkt min kollega vår ' +
    'a al à au aux auprès de d du la le les el o os com con para ao à plutôt directement directamente diretamente direttamente mon ma ta ton votre notre adjoint adjointe collègue collaboratrice mi compañera compañero minha meu colega alla al allo la mia mio collega nostra nostro ' +
    'mr mr. mrs mrs. ms ms. dr dr. frau herr sr. sra. sr sra srta. dona don m. mme mlle dhr. mevr. sig. sig.ra dott. dott.ssa'
  )
    .split(' ')
    .map((word) => plain(word))
)
/** "reply to me": the writer, not someone else. */
const SELF = /^(?:me|us|mir|mich|uns|moi|nous|mí|mi|mim|nós|mig|oss|mij|ons|me\.|this|these|the)$/i
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|&|van|de|der|den|da|di|del|von)$/u

/** The colleague copied (or addressed beside the user) whose first or last name is one of the written name's words. */
function copiedNamed(message: MailMessage, words: readonly string[], isUsers: (a: string) => boolean): MailAddress | undefined {
  const wanted = new Set(words.map(plain))
  return recipients(message).find((a) => {
    if (!a.address || isUsers(a.address.toLowerCase()) || !a.name) return false
    const parts = a.name.replace(/^"|"$/g, '').trim().split(/\s+/)
    return parts.length > 0 && (wanted.has(plain(parts[0])) || wanted.has(plain(parts[parts.length - 1])))
  })
}

/** The person the writer hands the candidate on to, with an address, or null. */
export function handedOn(own: string, message: MailMessage, isUsers: (address: string) => boolean, fromMachine: boolean): HandedOn | null {
  const sender = message.from.address.toLowerCase()
  // A person hands on within their own organisation or to someone copied; a hiring system to the employer it writes for,
  // never to a consumer address (how phishing reads). A stranger's domain written by a person is not taken.
  const acceptable = (email: string, copied: boolean): boolean =>
    email !== sender &&
    !isUsers(email) &&
    (copied || (fromMachine ? !isSharedDomain(domainOf(email)) : sameOrganisation(domainOf(email), domainOf(sender))))
  // Nobody to hand on to (most mail): no address in the writer's words and nobody else addressed or copied by name. The
  // verbs' search over the whole text was the costliest step of reading facts (issue 11's speed target).
  const copiedByName = recipients(message).some(
    (a) => a.name && a.address && !isUsers(a.address.toLowerCase()) && a.address.toLowerCase() !== sender
  )
  if (!own.includes('@') && !copiedByName) return null
  // With nobody copied by name, only an address written after the verb can be the one: the verbs are looked for in the
  // lines before each address, not in the whole mail (a signature's address is in most mail).
  const searched = copiedByName ? own : linesBeforeAddresses(own)
  // Bounded: a hostile mail's thousand verbs or recipients cost no more than a few.
  let tries = 0
  for (const m of searched.matchAll(HANDOFF)) {
    if (++tries > MAX_TRIES) break
    const after = searched.slice(m.index + m[0].length, m.index + m[0].length + 180).split(/\n\s*\n/)[0]
    const tokens = after.split(/\s+/).filter(Boolean)
    let i = 0
    while (i < tokens.length && i < 6 && FILLER.has(plain(tokens[i]).replace(/[,:]$/, ''))) i++
    const words: string[] = []
    for (; i < tokens.length && words.length < 4; i++) {
      const word = tokens[i].replace(/^[("]+/, '')
      const bare = word.replace(/[,.;:!?)]+$/, '')
      if (!NAME_WORD.test(bare)) break
      words.push(bare)
      if (bare !== word) break
    }
    while (words.length > 0 && !/^\p{Lu}/u.test(words[words.length - 1])) words.pop()
    const sentence = `${m[0]} ${after.split(/(?<=[!?])\s|(?<=[a-z]{3}\.)\s/)[0]}`.trim()
    const written = EMAIL.exec(after.slice(0, 140))?.[0].toLowerCase().replace(/\.$/, '')
    if (words.length > 0) {
      const copied = copiedNamed(message, words, isUsers)
      const email = written && acceptable(written, !!copied && copied.address.toLowerCase() === written) ? written : undefined
      if (email)
        return { name: copied && copied.address.toLowerCase() === email ? copied.name : words.join(' '), email, evidence: sentence }
      if (copied && acceptable(copied.address.toLowerCase(), true))
        return { name: copied.name, email: copied.address.toLowerCase(), evidence: sentence }
      continue
    }
    // No name but an address right after the words: "au service du personnel infirmier : recrutement@…".
    if (written && acceptable(written, false) && !SELF.test(plain(tokens[i] ?? '').replace(/[,.;:]$/, ''))) {
      const between = tokens.slice(i).join(' ')
      const name = between
        .slice(0, between.toLowerCase().indexOf(written))
        .replace(/[\s:(,<]+$/, '')
        .trim()
      if (name.length > 0 && name.length <= 60 && !/[.!?]/.test(name))
        return { name: name[0].toUpperCase() + name.slice(1), email: written, evidence: sentence }
    }
  }
  if (!copiedByName) return null
  tries = 0
  for (const m of own.matchAll(PRONOUN)) {
    if (++tries > MAX_TRIES) break
    const before = own.slice(Math.max(0, m.index - 400), m.index)
    const named = recipients(message).filter(
      (a) =>
        a.name &&
        !isUsers(a.address.toLowerCase()) &&
        new RegExp(`(?<![\\p{L}])${escape(a.name.split(/\s+/)[0])}(?![\\p{L}])`, 'u').test(before)
    )
    if (named.length === 1 && acceptable(named[0].address.toLowerCase(), true))
      return { name: named[0].name, email: named[0].address.toLowerCase(), evidence: m[0] }
  }
  return null
}

const MAX_TRIES = 8
/** How far before an address a verb may stand ("please reply to my colleague Anna Berg, anna.berg@…"). */
const BEFORE_ADDRESS = 240

/** The text around each written address (from BEFORE_ADDRESS before it to just after it), windows that touch merged,
 *  the others apart as paragraphs. */
function linesBeforeAddresses(own: string): string {
  const windows: Array<[number, number]> = []
  for (let at = own.indexOf('@'); at >= 0 && windows.length < MAX_TRIES; at = own.indexOf('@', at + 1)) {
    const start = Math.max(0, at - BEFORE_ADDRESS)
    const end = Math.min(own.length, at + 80)
    const last = windows[windows.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else windows.push([start, end])
  }
  return windows.map(([start, end]) => own.slice(start, end)).join('\n\n')
}
const MAX_RECIPIENTS = 20
const recipients = (message: MailMessage): MailAddress[] => [...message.cc, ...message.to].slice(0, MAX_RECIPIENTS)
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** acme.example and mail.acme.example, or hr.acme.co.uk and acme.co.uk: the same organisation's domain. */
function sameOrganisation(a: string, b: string): boolean {
  const base = (domain: string): string => {
    const labels = domain.toLowerCase().split('.')
    const keep = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu|nhs|gob|gouv)$/.test(labels[labels.length - 2]) ? 3 : 2
    return labels.slice(-keep).join('.')
  }
  return a !== '' && base(a) === base(b)
}
