/**
 * Loads the settings and saves a partial change, reporting errors in plain words.
 */
import { useCallback, useEffect, useState } from 'react'
import type { MethodInput } from '../../../shared/api'
import type { Settings } from '../../../shared/model'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function useSettings() {
  const [settings, setSettings] = useState<Settings>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    client.getSettings(undefined).then(setSettings, (e: unknown) => setError(errorText(e)))
  }, [])
  const save = useCallback(async (change: MethodInput<'updateSettings'>): Promise<boolean> => {
    try {
      setSettings(await client.updateSettings(change))
      setError(undefined)
      return true
    } catch (e) {
      setError(errorText(e))
      return false
    }
  }, [])
  return { settings, error, save }
}
