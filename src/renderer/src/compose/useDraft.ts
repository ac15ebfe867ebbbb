/**
 * The state of one draft in the compose view: opened (or created) from its action, saved
 * as the user types (debounced, with "Saving…"/"Saved"), and sent or scheduled with the
 * latest text saved first. Every edit is also kept in this window's local storage before
 * any round trip, so a failed save (or a closed window) never loses it: reopening the
 * draft shows the edits and saves them again.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftView, SendResult } from '../../../shared/api'
import { client } from '../api-client'
import { errorText } from '../lib/format'
import { namedByContacts, parseAddressList } from '../../../shared/core/address'
import { fromEditable, toEditable } from '../../../shared/core/templates'

export type Fields = { accountId?: string; to: string; cc: string; subject: string; body: string }
export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

const SAVE_AFTER_MS = 500

/** The addresses of a To or Cc field ("Dana Whitfield <dana@…>, sam@…"). */
export const splitAddresses = (text: string): string[] => parseAddressList(text).addresses.map((a) => a.address)
const named = (v: DraftView, list: string[]) => list.map((address) => namedByContacts(v.contacts, address)).join(', ')
const fieldsOf = (v: DraftView): Fields => ({
  accountId: v.draft.accountId,
  to: named(v, v.draft.to),
  cc: named(v, v.draft.cc),
  subject: toEditable(v.draft.subject),
  body: toEditable(v.draft.body)
})
const patchOf = (f: Fields) => ({
  accountId: f.accountId,
  to: splitAddresses(f.to),
  cc: splitAddresses(f.cc),
  subject: fromEditable(f.subject),
  body: fromEditable(f.body)
})

/** Edits not yet confirmed saved, kept in local storage by draft id. */
const kept = {
  key: (draftId: string) => `afterview.draft-edits.${draftId}`,
  read(draftId: string): Fields | undefined {
    try {
      const raw = window.localStorage.getItem(kept.key(draftId))
      return raw ? (JSON.parse(raw) as Fields) : undefined
    } catch {
      return undefined
    }
  },
  write(draftId: string, fields: Fields) {
    try {
      window.localStorage.setItem(kept.key(draftId), JSON.stringify(fields))
    } catch {
      /* storage full or off: the save still runs */
    }
  },
  forget(draftId: string) {
    try {
      window.localStorage.removeItem(kept.key(draftId))
    } catch {
      /* nothing to do */
    }
  }
}
const same = (a: Fields, b: Fields) =>
  a.accountId === b.accountId && a.to === b.to && a.cc === b.cc && a.subject === b.subject && a.body === b.body

export function useDraft(applicationId: string, actionKey: string) {
  const [view, setView] = useState<DraftView>()
  const [fields, setFields] = useState<Fields>()
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState<false | 'sending' | 'scheduling' | 'resolving'>(false)
  const [result, setResult] = useState<SendResult>()
  const timer = useRef<number | undefined>(undefined)
  const pending = useRef<Fields | undefined>(undefined)
  const resave = useRef(false)

  useEffect(() => {
    let live = true
    client.openDraft({ applicationId, actionKey }).then(
      (v) => {
        if (!live) return
        setView(v)
        const edits = kept.read(v.draft.id)
        const fromServer = fieldsOf(v)
        if (edits && !same(edits, fromServer) && !v.outbox?.state?.match(/^(sent|sending)$/)) {
          setFields(edits) // edits a failed save (or a closed window) left behind
          pending.current = edits
          setSaveState('saving')
          resave.current = true // saved again as soon as the view is in place (below)
        } else {
          if (edits) kept.forget(v.draft.id)
          setFields(fromServer)
        }
      },
      (e) => live && setError(errorText(e))
    )
    return () => {
      live = false
    }
  }, [applicationId, actionKey])

  const save = useCallback(async (): Promise<DraftView | undefined> => {
    window.clearTimeout(timer.current)
    const next = pending.current
    if (!next || !view) return view
    pending.current = undefined
    setSaveState('saving')
    try {
      const saved = await client.saveDraft({ draftId: view.draft.id, patch: patchOf(next) })
      setView(saved)
      setSaveState('saved')
      setError(undefined)
      // Kept while a To or Cc entry is not an address yet: the server only has the good ones.
      if (!pending.current && !parseAddressList(`${next.to},${next.cc}`).invalid.length) kept.forget(view.draft.id)
      return saved
    } catch (e) {
      setSaveState('error')
      setError(errorText(e))
      return undefined
    }
  }, [view])
  useEffect(() => {
    if (!view || !resave.current) return
    resave.current = false
    void save()
  }, [view, save])

  const change = (patch: Partial<Fields>) => {
    if (!fields || !view) return
    const next = { ...fields, ...patch }
    setFields(next)
    kept.write(view.draft.id, next)
    pending.current = next
    setSaveState('saving')
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void save(), SAVE_AFTER_MS)
  }

  useEffect(
    () => () => {
      window.clearTimeout(timer.current)
      const draftId = view?.draft.id
      if (pending.current && draftId)
        void client.saveDraft({ draftId, patch: patchOf(pending.current) }).then(
          () => kept.forget(draftId),
          () => undefined
        )
    },
    [view]
  )

  const run = async (kind: 'sending' | 'scheduling' | 'resolving', act: (draftId: string) => Promise<SendResult>) => {
    if (!view || busy) return
    setBusy(kind)
    setError(undefined)
    try {
      const saved = await save()
      if (!saved) return
      const r = await act(saved.draft.id)
      kept.forget(saved.draft.id)
      setResult(r)
      setView({ ...saved, outbox: r.record })
    } catch (e) {
      setError(errorText(e))
      try {
        setView(await client.getDraft({ draftId: view.draft.id }))
      } catch {
        /* the draft is still shown as typed */
      }
    } finally {
      setBusy(false)
    }
  }

  const useThread = async (on: boolean) => {
    if (!view) return
    await save()
    const v = await client.saveDraft({ draftId: view.draft.id, patch: { useThread: on } })
    setView(v)
    setFields(fieldsOf(v))
    kept.forget(v.draft.id)
  }

  return {
    view,
    fields,
    saveState,
    error,
    busy,
    result,
    change,
    useThread,
    send: () => run('sending', (draftId) => client.sendDraft({ draftId })),
    schedule: (sendAt: string) => run('scheduling', (draftId) => client.scheduleDraft({ draftId, sendAt })),
    resolve: (choice: 'send_again' | 'was_sent' | 'send_now' | 'edit' | 'cancel') =>
      run('resolving', (draftId) => client.resolveSend({ draftId, choice })),
    cancelScheduled: async () => {
      if (!view) return
      try {
        setView(await client.cancelScheduled({ draftId: view.draft.id }))
        setResult(undefined)
      } catch (e) {
        setError(errorText(e))
      }
    },
    discard: async () => {
      if (!view) return
      window.clearTimeout(timer.current)
      pending.current = undefined
      kept.forget(view.draft.id)
      await client.discardDraft({ draftId: view.draft.id })
    }
  }
}
