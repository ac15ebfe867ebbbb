/**
 * Bad input comes back as data: each field's problem in plain words, keyed by its path,
 * through the same dispatch every transport (IPC, HTTP, CLI) uses; the window reads the
 * fields, never the sentence.
 */
import { describe, expect, it, vi } from 'vitest'
import { AfterviewError, createClient, dispatch, type Services } from '../../src/shared/api'
import { fieldErrors } from '../../src/renderer/src/lib/format'

const services = { createApplication: vi.fn(), saveDraft: vi.fn() } as unknown as Services

describe('errors with fields', () => {
  it('a missing or wrong field comes back as { path: plain words }, and the service never sees it', async () => {
    const answer = await dispatch(services, 'createApplication', {
      fields: { role: 'Engineer', jobUrl: 'ftp://acme.com', stage: 'applied', notes: '' }
    })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Company is required; Job URL must start with http:// or https://.',
        fields: { 'fields.company': 'Company is required', 'fields.jobUrl': 'Job URL must start with http:// or https://' }
      }
    })
    expect(services.createApplication).not.toHaveBeenCalled()
  })

  it('names an entry in a list in words, not as "patch.to.0"', async () => {
    const answer = await dispatch(services, 'saveDraft', { draftId: 'd1', patch: { to: ['Dana Whitfield'] } })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.fields).toEqual({ 'patch.to.0': 'To (entry 1) is not an email address' })
    expect(answer.error.message).not.toMatch(/patch|\.0/)
  })

  it('zod’s own wording never reaches the user', async () => {
    const answer = await dispatch(services, 'createApplication', { fields: { company: 42, stage: 'maybe', notes: '' }, colour: 'red' })
    if (answer.ok) throw new Error('expected a refusal')
    expect(answer.error.fields).toEqual({
      'fields.company': 'Company should be text',
      'fields.stage': expect.stringMatching(/^Stage must be one of "interested", "applied"/),
      colour: 'Colour is not a field Afterview knows'
    })
    expect(answer.error.message).not.toMatch(/Invalid input|expected string|received/)
  })

  it('the client rethrows the fields, and the window finds them by the field it sent', async () => {
    const client = createClient(
      (name, input) => dispatch(services, name, input),
      () => () => undefined
    )
    const error = await client
      .createApplication({
        fields: { company: '', role: '', stage: 'applied', notes: '' },
        contacts: [{ name: 'Dana', email: 'dana at acme' }]
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AfterviewError)
    expect(fieldErrors(error)).toEqual({
      company: 'Company is empty',
      'contacts.0.email': 'Email address of contact 1 is not an email address'
    })
  })
})

describe('issues parsed without the plain-words map (the store, settings) still read plainly', () => {
  it('rewords zod’s defaults, telling a missing value from a wrong one', async () => {
    const { z } = await import('zod')
    const { describeInvalid, fieldErrorsOf } = await import('../../src/shared/api')
    const schema = z.object({ company: z.string(), durationMinutes: z.number() })
    const result = schema.safeParse({ durationMinutes: 'soon' })
    if (result.success) throw new Error('expected a refusal')
    expect(fieldErrorsOf(result.error)).toEqual({ company: 'Company is required', durationMinutes: 'Length in minutes should be a number' })
    expect(describeInvalid(result.error)).toBe('Company is required; Length in minutes should be a number')
  })
})
