/**
 * The template library: the defaults shipped in resources/templates (bundled as text),
 * overlaid by the user's own templates and edits (the 'templates' collection; a user
 * template with a built-in id replaces that built-in one until it is reset).
 */
import answer from '../../../resources/templates/answer.md?raw'
import applicationFollowUp from '../../../resources/templates/application-follow-up.md?raw'
import closeOut from '../../../resources/templates/close-out.md?raw'
import nextSteps from '../../../resources/templates/next-steps.md?raw'
import secondFollowUp from '../../../resources/templates/second-follow-up.md?raw'
import thankYou from '../../../resources/templates/thank-you.md?raw'
import type { StoredTemplate, TemplateView } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import { parseTemplateFile, type Template } from '../../shared/core/templates'
import type { Store } from '../store'

const FILES: Record<string, string> = {
  'thank-you': thankYou,
  'next-steps': nextSteps,
  'second-follow-up': secondFollowUp,
  'application-follow-up': applicationFollowUp,
  'close-out': closeOut,
  answer
}

export const BUILT_IN_TEMPLATES: readonly Template[] = Object.entries(FILES).map(([id, text]) => parseTemplateFile(text, id))

export function listTemplates(store: Store): TemplateView[] {
  const own = new Map(store.templates.all().map((t) => [t.id, t]))
  const views: TemplateView[] = BUILT_IN_TEMPLATES.map((t) => {
    const changed = own.get(t.id)
    return changed
      ? { ...changed, id: t.id, builtIn: true, customized: true }
      : { id: t.id, kind: t.kind, name: t.name, subject: t.subject, body: t.body, builtIn: true, customized: false }
  })
  for (const t of own.values()) {
    if (!FILES[t.id]) views.push({ ...t, builtIn: false, customized: false })
  }
  return views
}

/** Templates for drafting: the user's own of a kind come before the built-in one. */
export function templatesForDrafting(store: Store): Template[] {
  return listTemplates(store).map((t) => ({ ...t, builtIn: t.builtIn && !t.customized }))
}

function slugId(name: string, taken: (id: string) => boolean): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'template'
  let id = base
  for (let n = 2; taken(id); n++) id = `${base}-${n}`
  return id
}

export async function saveTemplate(store: Store, input: Omit<StoredTemplate, 'id'> & { id?: string }): Promise<TemplateView[]> {
  const id = input.id ?? slugId(input.name, (candidate) => !!FILES[candidate] || !!store.templates.get(candidate))
  await store.templates.put({ ...input, id })
  return listTemplates(store)
}

export async function removeTemplate(store: Store, id: string): Promise<TemplateView[]> {
  if (!store.templates.get(id)) {
    throw new AfterviewError('not_found', FILES[id] ? 'This built-in template has not been changed, so there is nothing to reset.' : 'That template no longer exists.')
  }
  await store.templates.remove(id)
  return listTemplates(store)
}
