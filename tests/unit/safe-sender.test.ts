import { describe, expect, it } from 'vitest'
import { domainWarning, neutralize, safeSender } from '../../src/shared/core/safe-sender'

describe('showing a sender safely', () => {
  it('neutralizes bidi overrides and zero-width characters in a display name', () => {
    const s = safeSender({ name: 'Dana\u200B Whit\u202Eyelfield\u202C', address: 'dana@acmerobotics.com' })
    expect(s.name).toBe('Dana Whityelfield')
    expect(s.label).not.toMatch(/[\u200B\u202E\u202C]/)
    expect(s.warnings.join(' ')).toMatch(/hidden direction or zero-width/)
    expect(neutralize('a\u2066b\u2069c\u200Dd\uFEFF')).toBe('abcd')
  })

  it('never shows an address written inside the name as if it were the sender', () => {
    const s = safeSender('"dana.whitfield@acmerobotics.com" <dana@attacker.test>')
    expect(s.name).toBe('')
    expect(s.label).toBe('dana@attacker.test')
    expect(s.warnings[0]).toBe(
      'the name contains the address dana.whitfield@acmerobotics.com, but the mail was sent from dana@attacker.test'
    )
    const atDomain = safeSender({ name: 'Dana Whitfield @ACMErobotics.com', address: 'dana@attacker.test' })
    expect(atDomain.label).toBe('Dana Whitfield <dana@attacker.test>')
  })

  it('leaves an ordinary sender alone', () => {
    expect(safeSender('Dana Whitfield <dana@acmerobotics.com>', { knownDomains: ['acmerobotics.com'] })).toEqual({
      name: 'Dana Whitfield',
      address: 'dana@acmerobotics.com',
      label: 'Dana Whitfield <dana@acmerobotics.com>',
      warnings: []
    })
    expect(safeSender('dana@acmerobotics.com').label).toBe('dana@acmerobotics.com')
    expect(safeSender({ name: 'José Núñez', address: 'jose@empresa.es' }).warnings).toEqual([])
  })

  it('flags mixed-script and lookalike domains (homoglyphs)', () => {
    expect(domainWarning('\u0430cmerobotics.com')).toMatch(/mixes letters from different alphabets/) // Cyrillic а
    expect(domainWarning('xn--cmerobotics-7ve.com')).toMatch(/punycode/)
    expect(domainWarning('acmerob0tics.com', ['acmerobotics.com'])).toBe(
      'the domain acmerob0tics.com looks like acmerobotics.com but is not it'
    )
    expect(domainWarning('acrnerobotics.com', ['acmerobotics.com'])).toMatch(/looks like acmerobotics\.com/)
    expect(domainWarning('acmerobotics.com', ['acmerobotics.com'])).toBeUndefined()
    expect(safeSender({ name: 'Dana', address: 'dana@\u0430cmerobotics.com' }).warnings).toHaveLength(1)
  })

  it('cuts an endless display name', () => {
    expect(safeSender({ name: 'x'.repeat(10_000), address: 'a@b.test' }).name).toHaveLength(80)
  })
})
