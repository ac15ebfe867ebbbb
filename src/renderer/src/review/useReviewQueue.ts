/**
 * The review queue, kept fresh: loads once and again whenever data changes (a mail was
 * filed and classified, a proposal was decided in another window).
 */
import { useCallback, useEffect, useState } from 'react'
import type { ReviewQueue } from '../../../shared/api'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function useReviewQueue(): { queue?: ReviewQueue; error?: string; reload: () => Promise<void> } {
  const [queue, setQueue] = useState<ReviewQueue>()
  const [error, setError] = useState<string>()
  const reload = useCallback(async () => {
    try {
      setQueue(await client.listProposals({ status: 'open' }))
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }, [])
  useEffect(() => {
    void reload()
    return client.on('dataChanged', () => void reload())
  }, [reload])
  return { queue, error, reload }
}
