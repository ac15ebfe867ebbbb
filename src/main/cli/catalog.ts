/**
 * Every CLI command's name, one-line summary, usage and options, and nothing else: what
 * `afterview --help` and `afterview <command> --help` print, and what the arguments are
 * checked against. It loads none of the app (store, services, classifier), so help is
 * quick (issue 14); a command's file adds what it does (commands/).
 */
import type { Command } from './command'

type CommandInfo = Omit<Command, 'run'>

const OAUTH_USAGE = `afterview account add --oauth google|microsoft|generic --email E [--imap HOST:PORT --smtp HOST:PORT] [--client-id ID] [--client-secret S] [--issuer URL] [--tenant T] [--scope "A B"] [--no-browser]
  The client id may also come from AFTERVIEW_OAUTH_<PROVIDER>_CLIENT_ID (and _CLIENT_SECRET).`

const OAUTH_OPTIONS = {
  oauth: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  issuer: { type: 'string' },
  tenant: { type: 'string' },
  scope: { type: 'string' },
  'no-browser': { type: 'boolean' }
} as const

const EML_OPTIONS = { json: { type: 'boolean' as const }, me: { type: 'string' as const, multiple: true } }

export const CATALOG = {
  serve: {
    name: 'serve',
    summary: 'run Afterview in your browser (same app, no Electron needed)',
    usage: 'afterview serve [--port N] [--data-dir DIR]',
    options: { port: { type: 'string' } }
  },
  import: {
    name: 'import',
    summary: 'import applications from a JSON or CSV file (or the demo employer with --demo)',
    usage: `afterview import FILE [--date-order day-first|month-first] [--data-dir DIR]
       afterview import --demo   (the employer of the npm run mail:dev demo mailbox)
  JSON or CSV is read from the content, whatever the file is called (a CSV saved as .txt works).
  --date-order day-first|month-first: how to read dates like 03/04/2026 that could be either;
  without it they follow the settings, else each one is listed to fix.`,
    // --format is still accepted from older scripts; the content decides.
    options: { format: { type: 'string' }, demo: { type: 'boolean' }, 'date-order': { type: 'string' } }
  },
  export: {
    name: 'export',
    summary: 'export all applications as JSON (re-importable) or CSV',
    usage: 'afterview export [--format json|csv] [FILE] [--data-dir DIR]',
    options: { format: { type: 'string' } }
  },
  due: {
    name: 'due',
    summary: 'list the follow-ups to do, most urgent first',
    usage: `afterview due [--json] [--at ISO-TIME] [--data-dir DIR]
  --json: one line per follow-up {applicationId, kind, dueAt, reason, title, key}; none due prints no lines (exit 0).`,
    options: { json: { type: 'boolean' }, at: { type: 'string' } }
  },
  account: {
    name: 'account',
    summary: 'add, test, list, sign in again or remove mail accounts',
    usage: `afterview account add --email E [--imap HOST:PORT --smtp HOST:PORT] [--user U] [--security tls|starttls|none] [--smtp-security tls|starttls|none] [--allow-self-signed] [--no-test]
       (without --imap and --smtp the servers are looked up from the address, as the app's form does)
       ${OAUTH_USAGE}
       afterview account test [ID|EMAIL]
       afterview account list [--json]   (--json: one line per account)
       afterview account sign-in [ID|EMAIL] [--client-secret S] [--no-browser]   (an account signed in with Google, Microsoft or another provider, whose sign-in expired)
       afterview account remove ID|EMAIL
The password is read from AFTERVIEW_PASSWORD, piped stdin, or asked for (hidden).`,
    options: {
      email: { type: 'string' },
      imap: { type: 'string' },
      smtp: { type: 'string' },
      user: { type: 'string' },
      security: { type: 'string' },
      'smtp-security': { type: 'string' },
      'allow-self-signed': { type: 'boolean' },
      'no-test': { type: 'boolean' },
      'lookback-days': { type: 'string' },
      json: { type: 'boolean' },
      ...OAUTH_OPTIONS
    }
  },
  sync: {
    name: 'sync',
    summary: 'read your mailbox and file replies on applications (keeps watching unless --once)',
    usage: `afterview sync [--once] [--json] [--account ID|EMAIL] [--data-dir DIR]
  --json: one line per message filed {messageId, applicationId, direction, from, subject, date, reason}.`,
    options: { once: { type: 'boolean' }, json: { type: 'boolean' }, account: { type: 'string' } }
  },
  classify: {
    name: 'classify',
    summary: 'say which application each .eml file belongs to and what it means (changes nothing)',
    usage: 'afterview classify [--json] [--me YOUR-ADDRESS] FILE.eml… [--data-dir DIR]',
    options: EML_OPTIONS
  },
  explain: {
    name: 'explain',
    summary: 'explain in plain words where a .eml file was filed and why it was classified so',
    usage: 'afterview explain [--me YOUR-ADDRESS] FILE.eml… [--data-dir DIR]',
    options: EML_OPTIONS
  },
  stats: {
    name: 'stats',
    summary: 'how the search is going: response rate, time to reply, funnel, what has stalled',
    usage: 'afterview stats [--json] [--since YYYY-MM-DD] [--at ISO-TIME] [--data-dir DIR]',
    options: { json: { type: 'boolean' }, since: { type: 'string' }, at: { type: 'string' } }
  },
  calendar: {
    name: 'calendar',
    summary: 'export interviews and due follow-ups as an .ics file for your calendar',
    usage: 'afterview calendar export [FILE] [--data-dir DIR]'
  }
} as const satisfies Record<string, CommandInfo>

type CommandName = keyof typeof CATALOG

/** In the order `afterview help` lists them: the catalog's own order. */
export const COMMAND_NAMES = Object.keys(CATALOG) as readonly CommandName[]

export function commandInfo(name: string): CommandInfo | undefined {
  return Object.hasOwn(CATALOG, name) ? CATALOG[name as CommandName] : undefined
}
