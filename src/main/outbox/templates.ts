/**
 * The template library: the defaults shipped in resources/templates (read from disk once),
 * overlaid by the user's own templates and edits (the 'templates' collection; a user
 * template with a built-in id replaces that built-in one until it is reset).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StoredTemplate, TemplateView } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import { MAIL_ACTION_KINDS } from '../../shared/core/planner'
import { parseTemplateFile, type Template } from '../../shared/core/templates'
import type { Store } from '../store'

/** resources/templates: next to out/ in the build and the packaged app, three up from src/main/outbox. */
export function templatesDir(): string | undefined {
  return [join(__dirname, '..', '..', 'resources', 'templates'), join(__dirname, '..', '..', '..', 'resources', 'templates')].find((dir) =>
    existsSync(join(dir, 'thank-you.md'))
  )
}

let builtIns: Template[] | undefined
/** The defaults shipped with the app, read once. */
export function builtInTemplates(): Template[] {
  if (!builtIns) {
    const dir = templatesDir()
    if (!dir)
      throw new AfterviewError(
        'internal',
        'The default follow-up templates are missing from this installation. Reinstall Afterview, or write your own in Settings → Templates.'
      )
    builtIns = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => parseTemplateFile(readFileSync(join(dir, f), 'utf8'), f.slice(0, -3)))
      .sort((a, b) => MAIL_ACTION_KINDS.indexOf(a.kind) - MAIL_ACTION_KINDS.indexOf(b.kind))
  }
  return builtIns
}
const isBuiltIn = (id: string) => builtInTemplates().some((t) => t.id === id)

export function listTemplates(store: Store): TemplateView[] {
  const own = new Map(store.templates.all().map((t) => [t.id, t]))
  const views: TemplateView[] = builtInTemplates().map((t) => {
    const changed = own.get(t.id)
    return changed
      ? { ...changed, id: t.id, builtIn: true, customized: true }
      : { id: t.id, kind: t.kind, name: t.name, subject: t.subject, body: t.body, builtIn: true, customized: false }
  })
  for (const t of own.values()) {
    if (!isBuiltIn(t.id)) views.push({ ...t, builtIn: false, customized: false })
  }
  return views
}

/** Templates for drafting: the user's own of a kind come before the built-in one. */
export function templatesForDrafting(store: Store): Template[] {
  return listTemplates(store).map((t) => ({ ...t, builtIn: t.builtIn && !t.customized }))
}

function slugId(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'template'
  let id = base
  for (let n = 2; taken(id); n++) id = `${base}-${n}`
  return id
}

export async function saveTemplate(store: Store, input: Omit<StoredTemplate, 'id'> & { id?: string }): Promise<TemplateView[]> {
  const id = input.id ?? slugId(input.name, (candidate) => isBuiltIn(candidate) || !!store.templates.get(candidate))
  await store.templates.put({ ...input, id })
  return listTemplates(store)
}

export async function removeTemplate(store: Store, id: string): Promise<TemplateView[]> {
  if (!store.templates.get(id)) {
    throw new AfterviewError(
      'not_found',
      isBuiltIn(id) ? 'This built-in template has not been changed, so there is nothing to reset.' : 'That template no longer exists.'
    )
  }
  await store.templates.remove(id)
  return listTemplates(store)
}
