/**
 * Browser mode's token must reach only Afterview. Browsers send a 127.0.0.1 cookie to
 * every port on 127.0.0.1, so here the user, with Afterview open, visits another local web
 * server: it must never see the token, not in a cookie, a header or an address.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { callApi, pageToken } from './api'
import { expect, test } from './fixtures'

test('another local web server never receives the access token', async ({ afterview, app: page, context }) => {
  const token = new URL(afterview.url).searchParams.get('token')!
  expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
  await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible()
  // The page took the token and wiped it from the address bar; it works through the header.
  expect(page.url()).not.toContain(token)
  expect(await pageToken(page)).toBe(token)
  await callApi(page, 'createApplication', { fields: { company: 'Acme Robotics', role: 'Engineer' } })
  expect((await context.cookies()).filter((c) => c.value.includes(token))).toEqual([])

  const seen: IncomingMessage[] = []
  const other = createServer((req, res) => {
    seen.push(req)
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(
      req.url === '/'
        ? `<!doctype html><title>Other</title><img src="/pixel.png"><script>fetch('/probe', { credentials: 'include' })</script>`
        : ''
    )
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  try {
    const port = (other.address() as AddressInfo).port
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect.poll(() => seen.map((r) => r.url)).toEqual(expect.arrayContaining(['/', '/pixel.png', '/probe']))
    for (const req of seen) {
      expect(JSON.stringify({ url: req.url, headers: req.headers }), req.url).not.toContain(token)
    }
    // Back on Afterview in the same tab (before the other server goes away), without the link:
    // still signed in, the data is there.
    await page.goto(afterview.url.replace(/\?token=.*$/, '#/applications'))
    await expect(page.getByText('Acme Robotics')).toBeVisible()
  } finally {
    other.closeAllConnections()
    await new Promise((resolve) => other.close(resolve))
  }
  for (const req of seen) expect(JSON.stringify({ url: req.url, headers: req.headers }), req.url).not.toContain(token)
})

test('a tab without the link is told how to get in, and sees no data', async ({ afterview, browser }) => {
  const fresh = await browser.newPage()
  try {
    await fresh.goto(afterview.url.replace(/\?token=.*$/, ''))
    await expect(fresh.getByText(/printed in your terminal/).first()).toBeVisible()
  } finally {
    await fresh.close()
  }
})

test('the printed link with a page after # opens that page, and the token leaves the address bar', async ({ afterview, page }) => {
  await page.goto(`${afterview.url}#/settings/desktop`)
  await expect(page.getByRole('heading', { name: 'Desktop' })).toBeVisible()
  expect(new URL(page.url()).search).toBe('')
  expect(new URL(page.url()).hash).toBe('#/settings/desktop')
})

test('a page asked for while Afterview is still starting is the page shown', async ({ afterview, page }) => {
  // On a busy machine the address can change after the first paint but before the page
  // listens for changes (a deep link from a notification, a test's goto). Here the address
  // changes right after React's first commit, which is exactly that gap, every time.
  await page.addInitScript({
    content: `
      const seen = new MutationObserver(() => {
        if (!document.getElementById('root')?.firstChild) return
        seen.disconnect()
        history.replaceState(null, '', '#/settings/desktop')
      })
      seen.observe(document, { childList: true, subtree: true })`
  })
  await page.goto(afterview.url)
  await expect(page.getByRole('heading', { name: 'Desktop' })).toBeVisible()
})
