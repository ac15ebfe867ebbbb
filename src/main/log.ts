/**
 * The process log (stderr). Only for what a developer needs to find a cause: never
 * inputs, never message bodies, never credentials. An error's message, stack and causes
 * can still carry a secret that a library put there (a password in an IMAP LOGIN line, an
 * Authorization header, a token in a URL), so everything written goes through
 * `redactSecrets` first.
 */

const HIDDEN = '[redacted]'

/** Names whose value is a secret, as a key (`pass: 'x'`, `"password":"x"`, `token=x`). */
const SECRET_KEYS = [
  'pass',
  'password',
  'passwd',
  'pwd',
  'secret',
  'client_?secret',
  'token',
  'access_?token',
  'refresh_?token',
  'id_?token',
  'api_?key',
  'auth_?code',
  'code_?verifier',
  'credentials?'
].join('|')

const PATTERNS: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // Authorization: Bearer x / Basic x (an HTTP header, or a header object printed).
  [/(\bauthorization\b["']?\s*[:=]\s*["']?)[^"'\r\n,}]+/gi, `$1${HIDDEN}`],
  // A bearer token anywhere (XOAUTH2's decoded "auth=Bearer x" too).
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${HIDDEN}`],
  // SASL and IMAP logins as they appear in protocol traces.
  [/\b(AUTH(?:ENTICATE)?\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\s+)\S+/gi, `$1${HIDDEN}`],
  [/\b(LOGIN\s+(?:"[^"]*"|\S+)\s+)(?:"(?:[^"\\]|\\.)*"|\S+)/g, `$1${HIDDEN}`],
  // key: 'value', key: "value", "key": "value", key=value (query strings, form bodies).
  [
    new RegExp(`(["']?\\b(?:${SECRET_KEYS})\\b["']?\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[^\\s,;}\\]]+)`, 'gi'),
    (_, key: string, value: string) => (/^["']/.test(value) ? `${key}${value[0]}${HIDDEN}${value[0]}` : `${key}${HIDDEN}`)
  ],
  [new RegExp(`(\\b(?:${SECRET_KEYS})=)[^&\\s"']+`, 'gi'), `$1${HIDDEN}`],
  // user:password@host in an address.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]+:)[^@/\s]+@/gi, `$1${HIDDEN}@`]
]

/** The text with every password, token and Authorization value it carries replaced. */
export function redactSecrets(text: string): string {
  let out = text
  for (const [pattern, replacement] of PATTERNS)
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement)
  return out
}

function describe(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return String(error)
  const own = error.stack ?? `${error.name}: ${error.message}`
  const cause = (error as { cause?: unknown }).cause
  return cause !== undefined && depth < 3 ? `${own}\nCaused by: ${describe(cause, depth + 1)}` : own
}

export function logUnexpected(method: string, error: unknown): void {
  process.stderr.write(redactSecrets(`[afterview] ${method} failed unexpectedly: ${describe(error)}`) + '\n')
}
