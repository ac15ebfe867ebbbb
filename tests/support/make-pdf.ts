/**
 * A minimal valid one-page PDF with the given lines of text (Helvetica, correct xref offsets):
 * enough for PDF.js to read, small enough to write into a test's mail; `paddingBytes` makes it
 * as large as a real letter.
 */
export function makePdf(lines: readonly string[], options: { paddingBytes?: number } = {}): Buffer {
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`)
  const content = `BT /F1 12 Tf 72 720 Td 14 TL\n${lines.map((l) => `(${escape(l)}) '`).join('\n')}\nET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    // An object nothing refers to, as large as asked: a letter with embedded fonts and a scanned signature.
    ...(options.paddingBytes ? [`<< /Length ${options.paddingBytes} >>\nstream\n${'x'.repeat(options.paddingBytes)}\nendstream`] : [])
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** A mail with a short cover note and one attachment, base64-encoded as mail clients send it. */
export function mailWithAttachment(attachment: Buffer, options: { filename?: string; contentType?: string; body?: string } = {}): string {
  const base64 = attachment.toString('base64').replace(/.{76}/g, '$&\r\n')
  return [
    'From: Dana Whitfield <dana@acme-robotics.example>',
    'To: Sam Candidate <candidate@mail.candidate.example>',
    'Subject: Your letter',
    'Date: Mon, 30 Nov 2026 10:15:00 +0000',
    'Message-ID: <offer-letter-1@acme-robotics.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="part"',
    '',
    '--part',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body ?? 'Hi Sam,\r\n\r\nPlease find the attached letter.\r\n\r\nBest,\r\nDana',
    '--part',
    `Content-Type: ${options.contentType ?? 'application/pdf'}; name="${options.filename ?? 'offer-letter.pdf'}"`,
    `Content-Disposition: attachment; filename="${options.filename ?? 'offer-letter.pdf'}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--part--',
    ''
  ].join('\r\n')
}
