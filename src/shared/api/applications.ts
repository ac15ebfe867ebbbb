/**
 * Applications, contacts, interviews, notes, follow-up actions, settings, import/export.
 */
import { z } from 'zod'
import { Application, ApplicationFields, Contact, DateOrder, Id, Instant, Interview, PlannerSettings, Settings, Stage } from '../model'
import type { NextAction } from '../core/planner'
import { method, none } from './contract'

/** A change of stage a mail proposed that waits for the user in Review: the application is not in that stage yet. */
export interface StageInReview {
  proposalId: string
  /** The stage it would move to (Rejected after a rejection, Offer). */
  stage: Application['stage']
}

export interface ApplicationSummary {
  id: string
  company: string
  role: string
  stage: Application['stage']
  appliedAt?: string
  /** When Afterview started tracking it (added, imported, or accepted from a mail). */
  createdAt: string
  updatedAt: string
  /** The most urgent open action, if any. */
  nextAction?: Pick<NextAction, 'key' | 'kind' | 'title' | 'dueAt'>
  /** The soonest interview that has not ended yet; open applications only. */
  nextInterview?: Pick<Interview, 'id' | 'startsAt' | 'durationMinutes' | 'kind'>
  /** The latest mail from the employer about the process (the planner's meaning: any incoming mail but unrelated mail). */
  lastHeardAt?: string
  /** The latest timeline event, whatever it was (an edit, an import, a mail): the list's order, not news from the employer. */
  lastActivityAt: string
  /** A rejection or offer read from its mail, waiting in Review. */
  stageInReview?: StageInReview
}

export interface Overview {
  now: string
  actions: NextAction[]
  applications: ApplicationSummary[]
}

export interface ApplicationDetail {
  application: Application
  actions: NextAction[]
  /** A rejection or offer read from its mail, waiting in Review; null when none waits. */
  stageInReview: StageInReview | null
}

/** What the desktop the app runs on offers (Settings → Desktop). */
export interface DesktopStatus {
  platform: string
  /** The desktop shows tray icons: closing the window can keep Afterview running there. */
  trayAvailable: boolean
  /** "Launch at login" can be set (the installed app on macOS and Windows). */
  loginItemSupported: boolean
}

export interface AppStatus {
  mode: 'desktop' | 'browser'
  version: string
  dataDir: string
  /** The desktop app only. */
  desktop?: DesktopStatus
  /** Problems the user must know about (a damaged file that was set aside, …), in plain words. */
  warnings: string[]
}

export const ContactInput = Contact.omit({ id: true })
export const InterviewInput = Interview.omit({ id: true })
export const ActionStatus = z.enum(['done', 'dismissed', 'snoozed', 'open'])

export const ImportFormat = z.enum(['json', 'csv'])
export interface ImportResult {
  imported: number
  updated: number
  applicationIds: string[]
}

export const applicationApi = {
  getStatus: method(none)<AppStatus>(),
  getOverview: method(z.object({ at: Instant.optional() }).strict().optional())<Overview>(),
  getApplication: method(z.object({ id: Id }).strict())<ApplicationDetail>(),
  createApplication: method(
    z.object({ fields: ApplicationFields, contacts: z.array(ContactInput).max(50).optional() }).strict()
  )<ApplicationDetail>(),
  updateApplication: method(z.object({ id: Id, fields: ApplicationFields.partial() }).strict())<ApplicationDetail>(),
  setStage: method(z.object({ id: Id, stage: Stage }).strict())<ApplicationDetail>(),
  deleteApplication: method(z.object({ id: Id }).strict())<{ deleted: true }>(),
  addNote: method(z.object({ applicationId: Id, text: z.string().trim().min(1, 'is empty').max(4000) }).strict())<ApplicationDetail>(),
  saveContact: method(z.object({ applicationId: Id, contactId: Id.optional(), contact: ContactInput }).strict())<ApplicationDetail>(),
  removeContact: method(z.object({ applicationId: Id, contactId: Id }).strict())<ApplicationDetail>(),
  saveInterview: method(
    z.object({ applicationId: Id, interviewId: Id.optional(), interview: InterviewInput }).strict()
  )<ApplicationDetail>(),
  removeInterview: method(z.object({ applicationId: Id, interviewId: Id }).strict())<ApplicationDetail>(),
  setActionState: method(
    z
      .object({
        applicationId: Id,
        key: z.string().min(1).max(300),
        status: ActionStatus,
        until: Instant.optional()
      })
      .strict()
      .refine((v) => v.status !== 'snoozed' || !!v.until, { message: 'a snooze needs a time to come back', path: ['until'] })
  )<ApplicationDetail>(),
  getSettings: method(none)<Settings>(),
  updateSettings: method(
    z
      .object({
        planner: PlannerSettings.partial().optional(),
        userName: z.string().max(200).optional(),
        signature: z.string().max(2000).optional(),
        dateOrder: DateOrder.optional()
      })
      .strict()
  )<Settings>(),
  /**
   * JSON or CSV is read from the content, whatever `format` or the file name say (a CSV
   * saved as .txt works; `format` is accepted for older callers); `dateOrder`
   * says how to read dates like 03/04/2026 for this import (else the settings' dateOrder).
   * Refused as a whole, with every problem listed by line and column, when anything is wrong.
   */
  importData: method(
    z
      .object({
        format: ImportFormat.optional(),
        content: z.string().max(50_000_000),
        fileName: z.string().max(500).optional(),
        dateOrder: DateOrder.optional()
      })
      .strict()
  )<ImportResult>(),
  exportData: method(z.object({ format: ImportFormat }).strict())<{ content: string; fileName: string }>()
} as const
