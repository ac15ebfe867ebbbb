/**
 * The state of one draft in the compose view: opened (or created) from its action, saved
 * as the user types (debounced, with "Saving…"/"Saved"), and sent or scheduled with the
 * latest text saved first.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftView, SendResult } from '../../../shared/api'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export type Fields = { accountId?: string; to: string; cc: string; subject: string; body: string }
export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

const SAVE_AFTER_MS = 500

export const splitAddresses = (text: string): string[] => text.split(/[,;\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean)
const fieldsOf = (v: DraftView): Fields => ({ accountId: v.draft.accountId, to: v.draft.to.join(', '), cc: v.draft.cc.join(', '), subject: v.draft.subject, body: v.draft.body })

export function useDraft(applicationId: string, actionKey: string) {
  const [view, setView] = useState<DraftView>()
  const [fields, setFields] = useState<Fields>()
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState<false | 'sending' | 'scheduling' | 'resolving'>(false)
  const [result, setResult] = useState<SendResult>()
  const timer = useRef<number | undefined>(undefined)
  const pending = useRef<Fields | undefined>(undefined)

  useEffect(() => {
    let live = true
    client.openDraft({ applicationId, actionKey }).then((v) => {
      if (!live) return
      setView(v)
      setFields(fieldsOf(v))
    }, (e) => live && setError(errorText(e)))
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
      const saved = await client.saveDraft({ draftId: view.draft.id, patch: { accountId: next.accountId, to: splitAddresses(next.to), cc: splitAddresses(next.cc), subject: next.subject, body: next.body } })
      setView(saved)
      setSaveState('saved')
      setError(undefined)
      return saved
    } catch (e) {
      setSaveState('error')
      setError(errorText(e))
      return undefined
    }
  }, [view])

  const change = (patch: Partial<Fields>) => {
    if (!fields) return
    const next = { ...fields, ...patch }
    setFields(next)
    pending.current = next
    setSaveState('saving')
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void save(), SAVE_AFTER_MS)
  }

  useEffect(() => () => {
    window.clearTimeout(timer.current)
    if (pending.current && view) void client.saveDraft({ draftId: view.draft.id, patch: { ...pending.current, to: splitAddresses(pending.current.to), cc: splitAddresses(pending.current.cc) } }).catch(() => undefined)
  }, [view])

  const run = async (kind: 'sending' | 'scheduling' | 'resolving', act: (draftId: string) => Promise<SendResult>) => {
    if (!view || busy) return
    setBusy(kind)
    setError(undefined)
    try {
      const saved = await save()
      if (!saved) return
      const r = await act(saved.draft.id)
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
  }

  return {
    view, fields, saveState, error, busy, result, change, useThread,
    send: () => run('sending', (draftId) => client.sendDraft({ draftId })),
    schedule: (sendAt: string) => run('scheduling', (draftId) => client.scheduleDraft({ draftId, sendAt })),
    resolve: (choice: 'send_again' | 'was_sent' | 'send_now' | 'edit' | 'cancel') => run('resolving', (draftId) => client.resolveSend({ draftId, choice })),
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
      await client.discardDraft({ draftId: view.draft.id })
    }
  }
}
