/**
 * Asking what a saved mail (.eml) means without changing anything: which application it
 * belongs to and why, its category and confidence with the reasons, and what Afterview
 * would propose. How `afterview classify` and `explain` answer "why did it think this?".
 */
import { z } from 'zod'
import type { Classification } from '../core/classifier'
import type { ProposedChange } from '../core/consequences'
import type { MessageMatch } from '../core/matcher'
import type { ExtractedFacts } from '../core/facts'
import { method } from './contract'

export interface ClassifiedMail {
  /** The name it was given (the CLI: the file's path). */
  name: string
  /** Why it could not be read, in plain words; nothing else is set then. */
  error?: string
  application?: { id: string; company: string; role: string }
  match?: MessageMatch | null
  result?: Classification
  proposals?: ProposedChange[]
  /** What the mail said about what happens next (nothing for your own, unrelated or automatic mail). */
  facts?: ExtractedFacts
}

export const classifyApi = {
  classifyMail: method(
    z
      .object({
        messages: z
          .array(
            z
              .object({
                name: z.string().max(4000),
                /** The raw message, base64 (mail is bytes, not always UTF-8). */
                emlBase64: z.string().max(40_000_000)
              })
              .strict()
          )
          .min(1, 'needs at least one message')
          .max(10_000),
        /** Addresses that are the user's besides the connected accounts' (mail from them is "sent by you"). */
        me: z.array(z.string().trim().toLowerCase().max(320)).max(50).optional()
      })
      .strict()
  )<ClassifiedMail[]>()
} as const
