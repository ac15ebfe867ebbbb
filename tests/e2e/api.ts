import type { Page } from '@playwright/test'

/** Calls the services the way the window does in browser mode (POST /api/<method>, token cookie). */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(async ([n, i]) => {
    const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) })
    return res.json()
  }, [name, input] as const) as { ok: boolean; value: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`)
  return envelope.value
}
