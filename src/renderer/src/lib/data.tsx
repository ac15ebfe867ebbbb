/**
 * Keeps the overview (Next up + applications) fresh: loads it once, reloads when the
 * services say data changed, and ticks a clock so "due in 5 h" stays true.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import type { ApplicationDetail, Overview } from '../../../shared/api'
import { client } from '../api-client'
import { errorText } from './format'

interface OverviewState {
  overview?: Overview
  error?: string
  now: number
  refresh: () => Promise<void>
}

const OverviewContext = createContext<OverviewState>({ now: Date.now(), refresh: async () => {} })

export function OverviewProvider({ children }: { children: ReactNode }) {
  const [overview, setOverview] = useState<Overview>()
  const [error, setError] = useState<string>()
  const [now, setNow] = useState(() => Date.now())
  const loading = useRef<Promise<void> | undefined>(undefined)
  const again = useRef(false)

  const refresh = useCallback(async () => {
    if (loading.current) {
      again.current = true
      return loading.current
    }
    loading.current = (async () => {
      do {
        again.current = false
        try {
          setOverview(await client.getOverview({}))
          setError(undefined)
          setNow(Date.now())
        } catch (e) {
          setError(errorText(e))
        }
      } while (again.current)
      loading.current = undefined
    })()
    return loading.current
  }, [])

  useEffect(() => {
    void refresh()
    const off = client.on('dataChanged', () => void refresh())
    const tick = window.setInterval(() => setNow(Date.now()), 30_000)
    return () => {
      off()
      window.clearInterval(tick)
    }
  }, [refresh])

  return <OverviewContext.Provider value={{ overview, error, now, refresh }}>{children}</OverviewContext.Provider>
}

export const useOverview = () => useContext(OverviewContext)

/** One application with its planned actions; reloads when it changes. */
export function useApplication(id: string) {
  const [detail, setDetail] = useState<ApplicationDetail>()
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      setDetail(await client.getApplication({ id }))
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }, [id])
  useEffect(() => {
    setDetail(undefined)
    void load()
    return client.on('dataChanged', (p) => {
      if (!p.applicationIds || p.applicationIds.includes(id)) void load()
    })
  }, [id, load])
  return { detail, error, setDetail, reload: load }
}
