/**
 * The sections of the Settings page, in order. To add one (Mail accounts, Templates,
 * Reminders…): write a component in this folder and add one entry here. The id becomes
 * the deep link `#/settings/<id>`.
 */
import type { ComponentType } from 'react'
import { DataSection } from './DataSection'
import { DesktopSection } from './DesktopSection'
import { PlannerSection } from './PlannerSection'
import { ProfileSection } from './ProfileSection'
import { TemplatesSection } from './Templates'
import { MailAccounts } from './MailAccounts'
import { OAuthSignIn } from './OAuthSignIn'

export interface SettingsSection {
  id: string
  /** Shown in the section list and as the section heading. */
  title: string
  /** One line under the title. */
  description?: string
  component: ComponentType
}

export const settingsSections: SettingsSection[] = [
  {
    id: 'mail',
    title: 'Mail accounts',
    description: 'Connect your mailbox so Afterview notices replies by itself.',
    component: MailAccounts
  },
  {
    id: 'sign-in',
    title: 'Sign in with Google or Microsoft',
    description: 'Connect a mailbox by signing in through your browser instead of typing a password.',
    component: OAuthSignIn
  },
  { id: 'follow-ups', title: 'Follow-ups', description: 'When Afterview plans thank-yous and follow-ups.', component: PlannerSection },
  { id: 'profile', title: 'Your name', description: 'Used to sign the messages Afterview drafts for you.', component: ProfileSection },
  {
    id: 'templates',
    title: 'Templates',
    description: 'The drafts your follow-ups start from. Edit them or add your own.',
    component: TemplatesSection
  },
  { id: 'desktop', title: 'Desktop', description: 'Notifications, the tray, and starting at login.', component: DesktopSection },
  { id: 'data', title: 'Import and export', description: 'Bring in your spreadsheet, or take your data with you.', component: DataSection }
]
