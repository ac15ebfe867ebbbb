/**
 * One mail server (IMAP or SMTP): host, port and how the connection is encrypted.
 * Its own file so that accounts.ts and oauth-providers.ts both import it from below.
 */
import { z } from 'zod'

export const MailSecurity = z.enum(['tls', 'starttls', 'none'])
export type MailSecurity = z.infer<typeof MailSecurity>
export const SECURITY_LABELS: Record<MailSecurity, string> = {
  tls: 'TLS (encrypted from the start)',
  starttls: 'STARTTLS (upgraded to encrypted)',
  none: 'None (unencrypted — only for a server on this computer)'
}

export const MailServer = z.object({
  host: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'is empty')
    .max(253, 'is too long')
    .regex(/^[a-z0-9.:[\]-]+$/, 'is not a host name like imap.example.com'),
  port: z.number().int('must be a whole number').min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535'),
  security: MailSecurity
})
export type MailServer = z.infer<typeof MailServer>
