/** Which folders of the user's own the sync reads (mailbox-list.ts: ownFolders), from what LIST says. */
import { describe, expect, it } from 'vitest'
import { MAX_OWN_FOLDERS, ownFolders } from '../../src/main/mail/sync/mailbox-list'
import { folderRole, isFolderRole, MailboxRole } from '../../src/main/store/sync-state'

/** A LIST entry as imapflow gives it. */
const box = (path: string, options: { delimiter?: string; specialUse?: string; flags?: string[] } = {}) => {
  const delimiter = options.delimiter ?? '/'
  const levels = path.split(delimiter)
  return {
    path,
    delimiter,
    name: levels[levels.length - 1]!,
    parent: levels.slice(0, -1),
    flags: new Set(options.flags ?? []),
    specialUse: options.specialUse
  }
}

describe('ownFolders', () => {
  it('reads folders the user made, at any level, in the server order', () => {
    const list = [box('INBOX', { specialUse: '\\Inbox' }), box('Jobs'), box('Job search/Acme'), box('INBOX.Recruiters', { delimiter: '.' })]
    expect(ownFolders(list)).toEqual(['Jobs', 'Job search/Acme', 'INBOX.Recruiters'])
  })

  it('leaves out the INBOX, folders with a SPECIAL-USE and folders that cannot be opened', () => {
    const list = [
      box('INBOX'),
      box('Sent', { specialUse: '\\Sent' }),
      box('Archive', { specialUse: '\\Archive' }),
      box('Junk', { specialUse: '\\Junk' }),
      box('Trash', { specialUse: '\\Trash' }),
      box('Drafts', { specialUse: '\\Drafts' }),
      box('[Gmail]', { flags: ['\\Noselect', '\\HasChildren'] }),
      box('[Gmail]/Starred', { specialUse: '\\Flagged' }),
      box('Gone', { flags: ['\\NonExistent'] }),
      box('Parent', { flags: ['\\NoSelect'] })
    ]
    expect(ownFolders(list)).toEqual([])
  })

  it('leaves out, by name at any level, what servers without SPECIAL-USE call Trash or Junk, and Exchange folders that hold no mail', () => {
    const list = [
      box('Deleted Items'),
      box('Deleted Items/Old'),
      box('Junk E-mail'),
      box('Outbox'),
      box('Calendar'),
      box('Sync Issues/Conflicts'),
      box('Conversation History'),
      box('Sent Items'),
      box('JOBS')
    ]
    expect(ownFolders(list)).toEqual(['JOBS'])
  })

  it('leaves out the folders Exchange lists beside mail, named in the mailbox language', () => {
    const list = [
      'Kalender',
      'Kontakte',
      'Aufgaben',
      'Notizen',
      'Postausgang',
      'Calendrier',
      'Tâches',
      'Bandeja de salida',
      'Postvak UIT',
      'Bewerbungen'
    ]
    expect(ownFolders(list.map((n) => box(n)))).toEqual(['Bewerbungen'])
  })

  it('leaves out a second Drafts or Trash under a localized name (imapflow gives each SPECIAL-USE to one folder)', () => {
    const list = [
      box('Drafts', { specialUse: '\\Drafts' }),
      box('Trash', { specialUse: '\\Trash' }),
      box('Entwürfe'),
      box('Gelöschte Elemente'),
      box('Brouillons'),
      box('Papelera'),
      box('Bewerbungen')
    ]
    expect(ownFolders(list)).toEqual(['Bewerbungen'])
  })

  it("leaves out other users' and shared namespaces", () => {
    const list = [box('Jobs', { delimiter: '.' }), box('shared.boss', { delimiter: '.' }), box('Public.Recruiting', { delimiter: '.' })]
    expect(ownFolders(list, undefined, ['shared.', 'Public.'])).toEqual(['Jobs'])
  })

  it('reads a folder a user may make for interviews, though Exchange calls its calendar so in Dutch', () => {
    expect(ownFolders([box('Agenda')])).toEqual(['Agenda'])
  })

  it('leaves out the Sent folder the account names, whatever the server calls it', () => {
    expect(ownFolders([box('Gesendet'), box('Bewerbungen')], 'Gesendet')).toEqual(['Bewerbungen'])
  })

  it('leaves out what a SPECIAL-USE flag imapflow does not know marks: Gmail through a preset of another provider', () => {
    // Gmail's LIST: * LIST (\HasNoChildren \Important) "/" "[Gmail]/Important", a copy of much of the INBOX.
    const list = [
      box('INBOX'),
      box('[Gmail]', { flags: ['\\HasChildren', '\\Noselect'] }),
      box('[Gmail]/All Mail', { flags: ['\\All'], specialUse: '\\All' }),
      box('[Gmail]/Important', { flags: ['\\HasNoChildren', '\\Important'] }),
      box('[Gmail]/Sent Mail', { flags: ['\\Sent'], specialUse: '\\Sent' }),
      box('Jobs')
    ]
    expect(ownFolders(list, '[Gmail]/Sent Mail')).toEqual(['Jobs'])
  })

  it('with more folders than are read, reads the shallowest: a top-level "Jobs" before yearly archive subfolders', () => {
    const list = [box('Archives'), ...Array.from({ length: 20 }, (_, k) => box(`Archives/${2006 + k}`)), box('Jobs')]
    const read = ownFolders(list)
    expect(read).toHaveLength(MAX_OWN_FOLDERS)
    expect(read).toContain('Jobs')
    expect(read.slice(0, 2)).toEqual(['Archives', 'Archives/2006']) // in the server's order
  })

  it(`reads at most ${MAX_OWN_FOLDERS} (each costs a STATUS in every pass)`, () => {
    const list = Array.from({ length: MAX_OWN_FOLDERS + 5 }, (_, i) => box(`Project ${i}`))
    expect(ownFolders(list)).toEqual(list.slice(0, MAX_OWN_FOLDERS).map((b) => b.path))
  })
})

describe('folderRole', () => {
  it('is the same for the same path, another for another, and a valid role', () => {
    expect(folderRole('Jobs')).toBe(folderRole('Jobs'))
    expect(folderRole('Jobs')).not.toBe(folderRole('jobs'))
    expect(isFolderRole(folderRole('Jobs'))).toBe(true)
    expect(isFolderRole('archive')).toBe(false)
    expect(MailboxRole.safeParse(folderRole('Job search/Acme')).success).toBe(true)
    expect(MailboxRole.safeParse('folder.../../x').success).toBe(false)
  })
})
