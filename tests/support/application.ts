/** A tracked application for tests of the pure core (matcher, planner): only what a test is about, the rest as the app would fill it. */
import { Application } from '../../src/shared/model'

export const application = (fields: Record<string, unknown> & { id: string; company: string }): Application =>
  Application.parse({ role: '', stage: 'applied', createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-10-01T00:00:00Z', ...fields })
