/**
 * The OAuth2 part of the mail harness (mail-servers.ts `oauth2` option; RECIPES "OAuth2"):
 * Dovecot validates the bearer JWT itself (`passdb driver = oauth2`, `introspection_mode =
 * local`, the issuer's public key as PEM at DIR/keys/default/RS256/<kid>), for XOAUTH2 and
 * OAUTHBEARER; smtp-server checks XOAUTH2 tokens with jose against the same key and issuer.
 * A token is good when its signature, issuer and expiry hold and its `sub` is the login name.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { importSPKI, jwtVerify } from 'jose'

export interface OAuth2Options {
  issuerUrl: string
  publicKeyPem: string
  kid: string
}

/** Writes the key and the oauth2 passdb settings; returns the passdb block for dovecot.conf. */
export async function writeDovecotOAuth2(dir: string, options: OAuth2Options): Promise<string> {
  if (!/^[A-Za-z0-9_-]+$/.test(options.kid))
    throw new Error(`mail harness: key id ${JSON.stringify(options.kid)} is not safe as a file name`)
  const keyDir = path.join(dir, 'keys', 'default', 'RS256')
  await fs.mkdir(keyDir, { recursive: true, mode: 0o755 })
  for (const d of [path.join(dir, 'keys'), path.join(dir, 'keys', 'default'), keyDir]) await fs.chmod(d, 0o755)
  await fs.writeFile(path.join(keyDir, options.kid), options.publicKeyPem, { mode: 0o644 })
  const ext = path.join(dir, 'dovecot-oauth2.conf.ext')
  await fs.writeFile(
    ext,
    `introspection_mode = local
local_validation_key_dict = fs:posix:prefix=${dir}/keys/
issuers = ${options.issuerUrl}
username_attribute = sub
`,
    { mode: 0o644 }
  )
  return `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${ext}
}
`
}

/** Checks an XOAUTH2 bearer token for `user` (the login name); resolves true when it is good. */
export function bearerVerifier(options: OAuth2Options): (user: string, token: string) => Promise<boolean> {
  const key = importSPKI(options.publicKeyPem, 'RS256')
  return async (user, token) => {
    try {
      const { payload } = await jwtVerify(token, await key, { issuer: options.issuerUrl, algorithms: ['RS256'] })
      return typeof payload.sub === 'string' && payload.sub.toLowerCase() === user.toLowerCase()
    } catch {
      return false
    }
  }
}
