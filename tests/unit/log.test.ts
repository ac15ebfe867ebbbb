/**
 * The process log never carries a secret: passwords, tokens and Authorization values are
 * replaced in an error's message, its stack and its causes, while what a developer needs
 * (which method, what went wrong, where) stays.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { logUnexpected, redactSecrets } from '../../src/main/log'

let written: string[]

beforeEach(() => {
  written = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
})
afterEach(() => vi.restoreAllMocks())

const SECRETS = ['hunter2-pw', 'ya29.a0AfH6SMBx-token', '1//0g-refresh-token', 'gho_client-secret-9', 'dXNlcjpodW50ZXIy']

describe('logUnexpected', () => {
  it('writes the method and the cause, but no password, token or Authorization value, from message or stack', () => {
    const error = new Error(
      "IMAP login failed for {user: 'candidate', pass: 'hunter2-pw'} with Authorization: Bearer ya29.a0AfH6SMBx-token"
    )
    error.stack = `${error.stack}\n    at refresh (token_url?grant_type=refresh_token&refresh_token=1//0g-refresh-token&client_secret=gho_client-secret-9)`
    logUnexpected('syncNow', error)
    const line = written.join('')
    for (const secret of SECRETS.slice(0, 4)) expect(line).not.toContain(secret)
    expect(line).toContain('[afterview] syncNow failed unexpectedly: Error: IMAP login failed for')
    expect(line).toContain("user: 'candidate'")
    expect(line).toContain('at refresh (token_url?grant_type=refresh_token')
    expect(line).toMatch(/log\.test\.ts:\d+/) // where it happened is kept
  })

  it('follows the cause chain and redacts it too', () => {
    const cause = Object.assign(new Error('SMTP said 535 to AUTH PLAIN dXNlcjpodW50ZXIy'), { code: 'EAUTH' })
    logUnexpected('sendNow', new Error('Sending failed', { cause }))
    const line = written.join('')
    expect(line).toContain('Caused by: Error: SMTP said 535 to AUTH PLAIN [redacted]')
    expect(line).not.toContain('dXNlcjpodW50ZXIy')
  })

  it('redacts a thrown non-Error too', () => {
    logUnexpected('addAccount', { toString: () => 'failed: {"password":"hunter2-pw","email":"me@example.test"}' })
    const line = written.join('')
    expect(line).toContain('"password":"[redacted]"')
    expect(line).toContain('"email":"me@example.test"')
    expect(line).not.toContain('hunter2-pw')
  })
})

describe('redactSecrets', () => {
  it.each([
    ['authorization: Basic dXNlcjpodW50ZXIy', 'authorization: [redacted]'],
    ['{"Authorization":"Bearer abc.def"}', '{"Authorization":"[redacted]"}'],
    ['user=me\x01auth=Bearer abc.def-ghi\x01\x01', 'user=me\x01auth=Bearer [redacted]\x01\x01'],
    ['A1 LOGIN candidate "hunter2 pw"', 'A1 LOGIN candidate [redacted]'],
    ['password=hunter2&user=me', 'password=[redacted]&user=me'],
    [
      '{ accessToken: \'abc\', refresh_token: "def", clientSecret: ghi }',
      '{ accessToken: \'[redacted]\', refresh_token: "[redacted]", clientSecret: [redacted] }'
    ],
    ['https://me:hunter2@mail.example.test/x', 'https://me:[redacted]@mail.example.test/x'],
    ['http://127.0.0.1:4000/?token=abcdef', 'http://127.0.0.1:4000/?token=[redacted]']
  ])('%j → %j', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected)
  })

  it('leaves ordinary diagnostics alone', () => {
    const text =
      "TypeError: Cannot read properties of undefined (reading 'uid')\n    at pass (/app/out/main/index.js:120:7)\nUnexpected token } in JSON at position 5"
    expect(redactSecrets(text)).toBe(text)
  })
})
