/**
 * Rejections the way small employers, schools and councils write them, without a stock word: the post given to
 * someone else, promoted from within, not opened after all, no longer open, the selection concluded with others.
 * Sentences written for this test in five languages; the last ones must not read as a rejection.
 */
import { describe, expect, it } from 'vitest'
// The phrase layer: what the rules know of each sentence. The text model's second opinion on filed mail is measured on
// whole mails (mail-corpus.test.ts) and pinned in classifier-second-opinion.test.ts.
import { byRules as classifyMessage } from '../../src/shared/core/classifier'
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
    ['Esito', "Gentile Sam, la selezione si è conclusa con l'individuazione di altri candidati, ai quali è stata proposta l'assunzione."],
    ['Re: Maths post', 'Dear Sam, the Board met last night and has recommended another candidate for appointment to the post.'],
    ['Ihre Bewerbung', 'Sehr geehrte Frau Lee, wir möchten Ihnen mitteilen, dass wir die Stelle inzwischen besetzt haben.'],
    ['Re: kandidatuur', 'Dag Sam, bedankt om dinsdag langs te komen. We zijn intussen met iemand uit het dorp in zee gegaan.']
  ])('%s: %s', (subject, text) => {
    const result = classify(subject, text)
    expect(result.category).toBe('rejection')
  })

  it('does not read thanks for coming by as a new invitation, in any language', () => {
    for (const [subject, text] of [
      ['Re: kandidatuur', 'Dag Sam, bedankt om donderdag langs te komen. Ik laat je volgende week iets weten.'],
      ['Re: candidature', "Bonjour Sam, merci d'être passée jeudi pour l'entretien. Je reviens vers vous la semaine prochaine."],
      ['Re: candidatura', 'Oi Sam, obrigada por ter vindo à entrevista ontem. Te dou um retorno na semana que vem.'],
      ['Re: candidatura', 'Ciao Sam, grazie per essere passata al colloquio di ieri. Ti faccio sapere la prossima settimana.']
    ])
      expect(classify(subject, text).category, text).not.toBe('interview_request')
  })

  it('does not read an offer, or a question about the post, as one', () => {
    expect(classify('Good news', "Hi Sam, we've offered the job to you, congratulations! The contract follows.").category).not.toBe(
      'rejection'
    )
    expect(classify('Question', 'Hola Sam, ¿sigues interesada aunque la plaza empiece en enero?').category).not.toBe('rejection')
  })
})

describe('offers without the stock words', () => {
  it.each([
    ['Contract', "Dear Sam, further to Ronan's call, I'm delighted to send on your contract of employment for the position."],
    ['Your letter', 'Hi Sam, please find attached your offer letter; the start date is in January.'],
    ['Wie geht es weiter', 'Hallo Frau Lee, unser Geschäftsführer möchte Sie sehr gern als Teamleiterin an Bord holen.'],
    ['Angebot', 'Hallo Frau Lee, bitte geben Sie mir bis Freitag Bescheid, ob Sie das Angebot annehmen.']
  ])('%s: %s', (subject, text) => {
    expect(classify(subject, text).category).toBe('offer')
  })
})
