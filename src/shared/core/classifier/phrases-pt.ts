/** Portuguese phrasing of hiring mail (Brazil and Portugal). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const PORTUGUESE_PHRASES = definePhrases('pt', {
  rejection: [
    [4, 'não (?:vamos|iremos|poderemos|podemos) (?:avançar|prosseguir|seguir) com (?:a )?(?:sua|tua) candidatura'],
    [4, '(?:lamentamos|sentimos muito) (?:informar|comunicar)'],
    [
      4,
      'não (?:poderemos|podemos) oferecer-?(?:lhe|te)? a vaga|(?:optamos|decidimos seguir) (?:por|com) outr[oa]s? (?:candidat[oa]s?|perfis|perfil)'
    ],
    [4, 'vaga (?:foi|já foi) (?:preenchida|encerrada)'],
    [0.8, 'infelizmente|lamentavelmente']
  ],
  offer: [
    [
      4,
      '(?:prazer|felizes|satisfação) (?:de|em) (?:confirmar que queremos você|oferecer|lhe oferecer|te oferecer)|queremos você na equipe'
    ],
    [3.5, 'proposta (?:formal|de emprego|de trabalho|assinada)|carta (?:de )?oferta'],
    [1.2, 'salário|início em', 'negation']
  ],
  interview_request: [
    [
      4,
      '(?:convidar|convidá-lo|convidá-la|convidamos) (?:você )?(?:para|a) (?:uma |a )?(?:[\\p{L}-]+ ){0,2}(?:entrevista|videochamada|conversa|reunião)'
    ],
    [
      3,
      '(?:teria|tem|terias) disponibilidade para (?:uma|a) (?:entrevista|videochamada|conversa)|convite para entrevista|agendamento de entrevista',
      'both'
    ],
    [2.5, 'gostaríamos que viesse|sugiro', 'none'],
    [0.8, 'entrevista', 'none']
  ],
  assessment: [
    [3.5, 'case prático|caso prático|teste (?:online|técnico|prático)|avaliação (?:técnica|online)|desafio técnico|exercício prático']
  ],
  acknowledgement: [
    [4, '(?:recebemos|confirmamos a rece(?:ç|p)ção d[ao]) (?:a |o )?(?:sua |seu )?(?:candidatura|currículo|cv)'],
    [2.5, 'obrigad[oa] por (?:se candidatar|sua candidatura|seu interesse)|será analisad[oa] com atenção|analisaremos o seu perfil']
  ],
  update: [
    [2.5, '(?:estamos|ainda estamos) (?:finalizando|avaliando|analisando|concluindo)|passando para dar um retorno|triagem está levando'],
    [1.5, 'referências|atraso']
  ],
  unrelated: [[3.5, 'confirme (?:o )?seu e-?mail|redefinir (?:a )?(?:sua )?senha|senha (?:foi )?alterada']]
})
