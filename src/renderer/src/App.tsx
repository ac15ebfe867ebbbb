import { useEffect, useState } from 'react'
import type { Overview } from '../../shared/api'
import { client } from './api-client'

export function App() {
  const [overview, setOverview] = useState<Overview>()
  useEffect(() => {
    void client.getOverview({}).then(setOverview)
  }, [])
  return (
    <main>
      <h1>Next up</h1>
      <ul>{overview?.actions.map((a) => <li key={a.key}>{a.title}</li>)}</ul>
    </main>
  )
}
