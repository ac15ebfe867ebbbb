/**
 * Warnings the user must read (a damaged data file set aside, …): from getStatus at
 * start-up and from `notice` events. Each can be dismissed.
 */
import { useEffect, useState } from 'react'
import { client } from '../api-client'

interface Warning {
  id: number
  level: 'info' | 'warning' | 'error'
  message: string
}

export function Banner() {
  const [warnings, setWarnings] = useState<Warning[]>([])
  useEffect(() => {
    let next = 1
    const add = (level: Warning['level'], message: string) =>
      setWarnings((list) => (list.some((w) => w.message === message) ? list : [...list, { id: next++, level, message }]))
    client.getStatus(undefined).then(
      (s) => s.warnings.forEach((w) => add('warning', w)),
      () => {}
    )
    return client.on('notice', (n) => add(n.level, n.message))
  }, [])
  return (
    <>
      {warnings.map((w) => (
        <div key={w.id} className={`banner banner-${w.level}`} role={w.level === 'info' ? 'status' : 'alert'}>
          <span>{w.message}</span>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-label="Hide this warning"
            onClick={() => setWarnings((l) => l.filter((x) => x.id !== w.id))}
          >
            Got it
          </button>
        </div>
      ))}
    </>
  )
}
