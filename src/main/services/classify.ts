/**
 * `classifyMail`: reads saved messages against the stored applications and says what
 * each means, changing nothing (the same matcher, classifier and proposals as mail sync).
 */
import type { Services } from '../../shared/api'
import { classifyMessage } from '../../shared/core/classifier'
import { proposeChanges } from '../../shared/core/consequences'
import { extractFacts, NO_FACTS } from '../../shared/core/facts'
import { messageIdKey } from '../../shared/core/mail-message'
import { createMatcher } from '../../shared/core/matcher'
import { parseMessage } from '../mail/parse-message'
import type { ServiceContext } from '../service-context'

export type ClassifyServices = Pick<Services, 'classifyMail'>

export function createClassifyServices(ctx: ServiceContext): ClassifyServices {
  return {
    async classifyMail({ messages, me }) {
      const { store } = ctx
      const applications = store.applications.all()
      const userAddresses = [...store.accounts.all().map((a) => a.email), ...(me ?? [])].map((a) => a.toLowerCase())
      const known = new Map<string, string>()
      for (const app of applications)
        for (const e of app.events) if (e.message?.messageId) known.set(messageIdKey(e.message.messageId), app.id)
      const timeZone = store.settings.current.planner.timeZone || undefined
      const matcher = createMatcher(applications, { userAddresses, knownMessageIds: known, timeZone })
      const out = []
      for (const { name, emlBase64 } of messages) {
        try {
          const message = await parseMessage(Buffer.from(emlBase64, 'base64'))
          const match = matcher.match(message)
          const app = match ? applications.find((a) => a.id === match.applicationId) : undefined
          const result = classifyMessage(message, { relatedToApplication: !!match, direction: match?.direction ?? 'in', timeZone })
          const proposals = match?.direction === 'out' ? [] : proposeChanges(result, message, app ?? null, { userAddresses })
          const silent =
            match?.direction === 'out' || result.category === 'unrelated' || (result.automatic && result.category !== 'acknowledgement')
          const facts = silent ? NO_FACTS : extractFacts(message, { userAddresses })
          out.push({
            name,
            match,
            result,
            proposals,
            facts,
            ...(app ? { application: { id: app.id, company: app.company, role: app.role } } : {})
          })
        } catch (error) {
          out.push({ name, error: (error as Error).message })
        }
      }
      return out
    }
  }
}
