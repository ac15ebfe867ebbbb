/** Loads the Insights figures for a period; reloads when data changes. */
import { useCallback, useEffect, useState } from 'react'
import type { Insights } from '../../../shared/api'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function useInsights(since: string | undefined) {
  const [insights, setInsights] = useState<Insights>()
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      setInsights(await client.getInsights(since ? { since } : {}))
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }, [since])
  useEffect(() => {
    void load()
    return client.on('dataChanged', () => void load())
  }, [load])
  return { insights, error, reload: load }
}
