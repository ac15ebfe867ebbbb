/**
 * The bench's tracked mail in the shapes it really comes in, not only as a few lines of plain
 * text. A whole-process bench on short plain mail could not see what large mail costs: a
 * queue of unparsed bodies took a first scan of 100,000 messages to 320 MB (issue 14).
 * Four shapes, one after another:
 *   - plain text, a few lines (a reply typed on a phone);
 *   - text and HTML alternatives, the earlier message quoted (a webmail reply), about 6 KB;
 *   - HTML only, a table layout with its footer (an applicant-tracking system's notice), about 25 KB;
 *   - text, HTML with Office's styles, and the signature's logo as an inline image (an Outlook mail), about 35 KB.
 */

/** Stands in for a company logo: 20 KB that do not compress, the same in every run. */
const LOGO = (() => {
  const bytes = Buffer.alloc(20_000)
  let x = 2463534242
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes.toString('base64').replace(/.{76}/g, '$&\r\n')
})()

const FOOTER =
  'This message was sent on behalf of the hiring team. We are an equal opportunity employer and value diversity; all ' +
  'qualified applicants receive consideration without regard to race, colour, religion, sex, sexual orientation, gender ' +
  'identity, national origin, disability or veteran status. To stop receiving these emails, update your candidate ' +
  'preferences. Read how we handle your data in our candidate privacy notice.'

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const paragraphs = (text: string) =>
  text
    .split(/\r\n\r\n/)
    .map(
      (p) =>
        `<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333;">${escapeHtml(p).replace(/\r\n/g, '<br>')}</p>`
    )
    .join('\r\n')

/** `plain` (from makeMessage: text/plain) as the `i`-th tracked mail would come; every fourth stays as it is. */
export function shapedLikeRealMail(plain: string, i: number): string {
  const shape = i % 4
  if (shape === 0) return plain
  const at = plain.indexOf('\r\n\r\n')
  const text = plain.slice(at + 4).replace(/\r\n$/, '')
  const head = plain.slice(0, at).replace(/\r\nContent-Type: [^\r]*\r\nContent-Transfer-Encoding: [^\r]*/, '')
  const part = (type: string, body: string) => `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`
  const multipart = (type: string, boundary: string, parts: string[]) =>
    `Content-Type: multipart/${type}; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}`).join('')}--${boundary}--\r\n`
  if (shape === 1) {
    const earlier =
      `Thank you for applying. We have received your application and the team will review it this week.\r\n\r\nKind regards,\r\nThe recruiting team\r\n`.repeat(
        12
      )
    const quoted = `${text}\r\n\r\nOn Mon, 3 Nov 2025 at 09:12, Recruiting <jobs@example.test> wrote:\r\n${earlier.replace(/^/gm, '> ')}`
    const html = `<div dir="ltr">${paragraphs(text)}</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paragraphs(earlier)}</blockquote></div>`
    return `${head}\r\n${multipart('alternative', `alt${i}`, [part('text/plain', quoted), part('text/html', html)])}`
  }
  if (shape === 2) {
    const rows = Array.from(
      { length: 40 },
      (_, k) =>
        `<tr><td class="spacer" style="padding:0 24px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#777777;">${k === 0 ? paragraphs(text) : k % 10 === 0 ? FOOTER : '&nbsp;'}</td></tr>`
    ).join('\r\n')
    const html = `<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0;padding:0}.btn{background:#0b5fff;color:#ffffff;border-radius:4px;padding:10px 18px;text-decoration:none}@media (max-width:600px){.spacer{padding:0 12px!important}}</style></head><body><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center"><table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">${rows}<tr><td style="padding:24px;"><a class="btn" href="https://careers.example.test/candidate/home?utm_source=email&amp;utm_medium=notification">View your application</a></td></tr></table></td></tr></table></body></html>`
    return `${head}\r\n${part('text/html', `${html}\r\n${`<!-- ${FOOTER} -->\r\n`.repeat(40)}`)}`
  }
  const style = `<style><!--\r\n@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\r\n@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\r\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n--></style>`
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>${style.repeat(20)}</head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">${paragraphs(text)}<p class="MsoNormal"><img width="160" height="48" src="cid:image001.png@01DB${i}" alt="logo"></p><p class="MsoNormal" style="font-size:8pt;color:gray">${FOOTER}</p></div></body></html>`
  const image = `Content-Type: image/png; name="image001.png"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <image001.png@01DB${i}>\r\nContent-Disposition: inline; filename="image001.png"\r\n\r\n${LOGO}\r\n`
  const alternative = multipart('alternative', `alt${i}`, [part('text/plain', `${text}\r\n\r\n${FOOTER}`), part('text/html', html)])
  return `${head}\r\n${multipart('related', `rel${i}`, [alternative, image])}`
}
