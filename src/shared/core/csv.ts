/**
 * Writes CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) for
 * export. Reading is done by a maintained parser on the main side (main/services/read-csv.ts).
 */

function quote(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function writeCsv(header: string[], rows: string[][], sep = ','): string {
  return [header, ...rows].map((r) => r.map((v) => quote(v, sep)).join(sep)).join('\r\n') + '\r\n'
}
