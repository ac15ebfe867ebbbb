/**
 * Rejections the way small employers, schools and councils write them, without a stock word: the post given to
 * someone else, promoted from within, not opened after all, no longer open, the selection concluded with others.
 * Sentences written for this test in five languages; the last ones must not read as a rejection.
 */
import { describe, expect, it } from 'vitest'
import { classifyMessage } from '../../src/shared/core/classifier'
import { mailMessage } from '../support/mail-message'

const classify = (subject: string, text: string) =>
  classifyMessage(mailMessage({ subject, text }), { relatedToApplication: true, direction: 'in' })

describe('rejections without the stock words', () => {
  it.each([
    [
      'Re: the job',
      "Hi Sam, thanks for coming in. I've given the job to a lad who already works weekends for us. All the best with the search."
    ],
    [
      'Store manager',
      "Hi Sam, I've made my decision and we're going to promote from within: our assistant manager has run the store since spring."
    ],
    ['Re: la clase', 'Hola Sam: al final el comité decidió quedarse con una candidata que ya conocía el centro. Fue una decisión difícil.'],
    ['Le poste', 'Bonjour Sam, je préfère vous le dire franchement : la direction a décidé de ne pas ouvrir le poste cette année.'],
    ['Le poste', "Bonjour, nous vous informons que le recrutement est suspendu jusqu'à nouvel ordre. Merci de votre intérêt."],
    ['A vaga', 'Oi Sam, depois de conversar com a direção, a vaga ficou com uma colega que já trabalhava conosco. Um abraço.'],
    ['Aggiornamento', 'Buongiorno, come promesso la aggiorno: la posizione quindi non è più aperta. Le auguro il meglio.'],
    ['Esito', "Gentile Sam, la selezione si è conclusa con l'individuazione di altri candidati, ai quali è stata proposta l'assunzione."]
  ])('%s: %s', (subject, text) => {
    const result = classify(subject, text)
    expect(result.category).toBe('rejection')
  })

  it('does not read an offer, or a question about the post, as one', () => {
    expect(classify('Good news', "Hi Sam, we've offered the job to you, congratulations! The contract follows.").category).not.toBe(
      'rejection'
    )
    expect(classify('Question', 'Hola Sam, ¿sigues interesada aunque la plaza empiece en enero?').category).not.toBe('rejection')
  })
})
