/**
 * An agency recruiter (Sam, at a staffing agency) puts the user forward to two of her clients. The user tracked the
 * first application with Sam as its contact, and the second by the client's own name and domain. Sam then writes
 * about the second client. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'

let w: MailWorld
beforeEach(async () => {
  w = await startMailWorld()
}, 120_000)
afterEach(() => w?.close())

it("the agency recruiter's mail about her second client is filed on that client's application", async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Management Accountant', companyDomain: 'acmerobotics.test' }, [
    { name: 'Sam Okafor', email: 'sam.okafor@brightstaff.test', title: 'Recruiter, Brightstaff' }
  ])
  const northwind = await w.track({ company: 'Northwind Traders', role: 'Financial Analyst', companyDomain: 'northwind.test' })
  const id = `<sam-${Date.now()}@brightstaff.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: { name: 'Sam Okafor', address: 'sam.okafor@brightstaff.test' },
      to: `candidate@${w.mail.domain}`,
      subject: 'Northwind Traders - interview for the Financial Analyst role',
      messageId: id,
      body:
        'Hi Jordan,\n\nGreat news: Northwind Traders would like to interview you for the Financial Analyst role on ' +
        'Thursday at 14:00 at their Leeds office. Can you confirm?\n\nSam Okafor\nSenior Recruiter, Brightstaff'
    })
  )
  await w.connectAndSync()
  const where = (appId: string) =>
    w
      .filedOn(appId)
      .filter((m) => m.messageId === id)
      .map((m) => m.reason)
  expect({ northwind: where(northwind), acme: where(acme) }).toEqual({ northwind: [expect.any(String)], acme: [] })
}, 120_000)
