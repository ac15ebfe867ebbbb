/** Portuguese phrasing of hiring mail (Brazil and Portugal). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const PORTUGUESE_PHRASES = definePhrases('pt', {
  rejection: [
    [
      3.5,
      '(?:optamos|optámos|escolhemos|decidimos) (?:por |seguir com |avançar com )?(?:um|uma) (?:outr[oa] )?(?:candidat|perfil|profissional)\\p{L}*'
    ],
    [4, 'não (?:foi|foste|fostes) (?:selecionad|aprovad|escolhid)\\p{L}*'],
    [4, '(?:decidimos|optamos por|optámos por|resolvemos) (?:seguir|avançar|prosseguir|continuar) com outr\\p{L}*'],
    [3.5, 'perfil (?:mais|melhor) (?:alinhado|adequado|aderente|ajustado)'],
    [4, 'não (?:seguiremos|avançaremos|prosseguiremos|daremos (?:seguimento|continuidade))'],
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
    [3.5, '(?:você é|és) (?:exatamente )?a pessoa que (?:procurávamos|estávamos procurando|buscávamos)'],
    [4, 'oferecer(?:-lhe|-te)? (?:a|o|uma|um) (?:vaga|posição|cargo|função|contrato|lugar)'],
    [1, 'parabéns', 'none'],
    [4, '(?:você|tu) (?:foi|foste) (?:aprovad|selecionad|escolhid)[oa] para (?:a|o) (?:vaga|posição|função|cargo)'],
    [3.5, '(?:lhe |te )?fazer uma proposta|(?:lhe |te )?(?:oferecemos|oferecer|oferecê-l[oa]) (?:a|uma|o) (?:vaga|posição|função|cargo)'],
    [4, 'a vaga é (?:sua|tua)|contar com você na (?:nossa )?equipe'],
    [
      4,
      '(?:temos o prazer|é com (?:grande )?(?:prazer|alegria|satisfação)|temos a alegria) (?:de |em )?(?:lhe |te )?(?:oferecer|propor|informar que (?:você |)(?:foi |)(?:selecionad|aprovad))'
    ],
    [3.5, 'proposta (?:de contratação|salarial|de admissão)'],
    [2, '(?:bem-vind[oa]|boas-vindas) (?:à|a) (?:equipe|equipa)'],
    [
      4,
      '(?:prazer|felizes|satisfação) (?:de|em) (?:confirmar que queremos você|oferecer|lhe oferecer|te oferecer)|queremos você na equipe'
    ],
    [3.5, 'proposta (?:formal|de emprego|de trabalho|assinada)|carta (?:de )?oferta'],
    [1.2, 'salário|início em', 'negation']
  ],
  interview_request: [
    [
      3.5,
      '(?:gostaríamos|gostaria) de (?:convidá-l[oa]|te convidar|o convidar|a convidar|conversar com você|marcar|agendar|conhecê-l[oa]|te conhecer)'
    ],
    [3, 'agendar (?:uma|a) (?:entrevista|conversa|reunião|chamada|videochamada)'],
    [1.5, 'disponibilidade'],
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
    [3.5, '(?:teste|prova|avaliação|desafio) (?:online|técnic[oa]|prátic[oa]|de conhecimentos|de lógica)|plataforma de avaliação'],
    [3.5, 'case prático|caso prático|teste (?:online|técnico|prático)|avaliação (?:técnica|online)|desafio técnico|exercício prático']
  ],
  acknowledgement: [
    [2.5, '(?:vamos|iremos) analisar (?:o seu|a sua|seu|sua|o teu|a tua) (?:perfil|candidatura|currículo|cv)'],
    [4, 'candidatura foi (?:submetida|enviada|registada|registrada|concluída) com sucesso'],
    [3, 'agradecemos o envio d[oa] (?:seu |sua )?(?:currículo|cv|candidatura)'],
    [
      4,
      'confirmamos a rece(?:p)?ção d[ao]|confirmamos o recebimento d[ao]|(?:sua|tua) candidatura (?:para [^.]{1,80} )?(?:foi|já foi) (?:recebida|registrada|registada)|recebemos (?:a |o )?(?:sua |seu |tua |teu )?(?:candidatura|currículo|cv|inscrição)'
    ],
    [3, 'confirmação de candidatura|candidatura recebida|agradecemos (?:a sua|o seu|sua|seu) (?:candidatura|interesse)'],
    [4, '(?:recebemos|confirmamos a rece(?:ç|p)ção d[ao]) (?:a |o )?(?:sua |seu )?(?:candidatura|currículo|cv)'],
    [2.5, 'obrigad[oa] por (?:se candidatar|sua candidatura|seu interesse)|será analisad[oa] com atenção|analisaremos o seu perfil']
  ],
  update: [
    [2.5, 'atrasou|(?:está|estão) (?:demorando|levando) mais|ainda estamos (?:conversando|entrevistando|falando)'],
    [
      2.5,
      'obrigad[oa] (?:pel[ao]|por) (?:sua |seu |tua |teu |a |o )?(?:\\p{L}+ )?(?:mensagem|e-?mail|contato|contacto|retorno|palavras|paciência)|que bom receber (?:seu|sua|o seu|a sua|teu|tua) (?:e-?mail|mensagem)'
    ],
    [2, '(?:esperamos|contamos|pretendemos) (?:ter|tomar|chegar a) uma decisão|continua (?:no processo|em análise)'],
    [2.5, '(?:estamos|ainda estamos) (?:finalizando|avaliando|analisando|concluindo)|passando para dar um retorno|triagem está levando'],
    [1.5, 'referências|atraso'],
    // "para seguirmos com a sua admissão, envie…": the paperwork after a yes.
    [
      3,
      '(?:sua|tua|seu|teu|da|para a) (?:admissão|contratação)(?! (?:foi|está) (?:aprovad|confirmad))|exame admissional|documentos admissionais'
    ]
  ],
  unrelated: [
    [
      3,
      'recibo (?:de pagamento|n[º.o])|(?:o )?seu recibo|fatura|comprovante|seu pedido|o seu pedido|bilhete|passagem (?:aérea|de ônibus|de comboio|de trem)|cartão de embarque|iptu|imposto|débito direto'
    ],
    [3.5, 'confirme (?:o )?seu e-?mail|redefinir (?:a )?(?:sua )?senha|senha (?:foi )?alterada']
  ]
})
