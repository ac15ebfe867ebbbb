/** Ids for new documents: a short random one, and a readable slug of a name or address. */
import { randomUUID } from 'node:crypto'

export function newId(prefix = ''): string {
  return `${prefix}${randomUUID().slice(0, 8)}`
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
