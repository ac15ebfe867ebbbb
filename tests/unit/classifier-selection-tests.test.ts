/**
 * Selection steps outside software and the news between them, found on a blind training batch (training-19: Spanish and
 * Portuguese from Spain and Latin America, teachers, nurses, drivers, civil-service exams). Each cause is written here in
 * several languages, in sentences of our own, before the phrases that read them:
 * - a named test (written, theory, practical, psychometric, language, objective exam) is an assessment, and where the
 *   rules name it clearly the text model does not swap it for an interview by its words (a day, a place, "confirm");
 * - a test passed, then an interview, is an interview;
 * - a recorded video interview is an interview;
 * - a salary question, a changed calendar, an application kept after a job was re-advertised and a list of documents are
 *   updates, never rejections;
 * - "decidió no continuar con tu postulación" is a rejection; "je te propose le poste" an offer; an offer "should one
 *   arise" is none;
 * - an employment office's information session is no job step.
 * Over 300 lines: each cause is one table of sentences in several languages.
 */
import { describe, expect, it } from 'vitest'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string, address = 'rrhh@employer.example') =>
  mailMessage({ date: '2026-10-20T09:00:00Z', from: { name: 'Selección', address }, subject, text })

const CASES: Array<[string, MessageCategory, string, string]> = [
  // A named test, in the words of schools, clinics, fleets and exam boards.
  [
    'es-AR',
    'assessment',
    'Búsqueda contable',
    'Hola, ¿cómo va? Pasaste a la siguiente etapa: una evaluación escrita de 45 minutos sobre liquidación de sueldos. Es el jueves 5 a las 10 en nuestra oficina de calle Corrientes.'
  ],
  [
    'es-CL',
    'assessment',
    'Proceso conductor',
    'Estimado: te invitamos a rendir el examen psicotécnico en nuestro centro de Rancagua el lunes 9 a las 9:00. Trae tu licencia y cédula.'
  ],
  [
    'es-MX',
    'assessment',
    'Siguiente paso',
    'Hola, antes de la entrevista pedimos a todos los aspirantes contestar unas pruebas psicométricas en línea; el enlace vence el viernes. Cuando tengamos los resultados te marco para agendar la entrevista.'
  ],
  [
    'es-ES',
    'assessment',
    'Recepción',
    'Buenas tardes: el siguiente paso es una prueba de inglés por teléfono de unos 20 minutos con nuestra responsable de formación. ¿Te viene bien el martes?'
  ],
  [
    'pt-BR',
    'assessment',
    'Programa de estágio',
    'Oi! Você passou para a etapa de testes: são dois testes de raciocínio e um de perfil, na plataforma, até domingo às 23h59.'
  ],
  [
    'pt-BR',
    'assessment',
    'Concurso público',
    'Prezado candidato, a prova objetiva será aplicada no domingo, 8 de março, às 9h, na Escola Estadual Dom Pedro. Leve documento com foto.'
  ],
  [
    'pt-PT',
    'assessment',
    'Candidatura operador',
    'Bom dia, gostaríamos que realizasse uma avaliação prática no armazém na próxima quarta-feira às 9h, com o chefe de turno.'
  ],
  [
    'fr',
    'assessment',
    'Votre candidature',
    "Bonjour, avant l'entretien nous vous proposons un test d'anglais par téléphone d'une vingtaine de minutes. Seriez-vous disponible jeudi ?"
  ],
  [
    'it',
    'assessment',
    'Receptionist',
    'Buongiorno, le proponiamo una prova di lingua tedesca al telefono, martedì alle 11, con la nostra responsabile del ricevimento.'
  ],
  [
    'de',
    'assessment',
    'Rezeption',
    'Hallo Frau Berg, vor dem Gespräch machen wir einen kurzen Sprachtest am Telefon, auf Englisch und Französisch. Passt Ihnen Dienstag?'
  ],
  [
    'es-ES',
    'assessment',
    'Oposición auxiliar administrativo',
    'Se le cita a la realización del segundo ejercicio de la fase de oposición el sábado 21 a las 10:00 en el IES Miguel Servet.'
  ],
  [
    'es-CL',
    'assessment',
    'Proceso',
    'Estimada, como parte del proceso debe completar la batería psicométrica en línea antes del viernes 16.'
  ],
  [
    'fr',
    'assessment',
    'Questionnaires',
    'Dans le cadre de votre candidature, nous vous invitons à compléter les questionnaires de personnalité en ligne avant le 22 octobre.'
  ],
  [
    'es-ES',
    'assessment',
    'Oposición',
    'Se ha publicado la lista definitiva de admitidos y se fija la fecha del primer ejercicio: sábado 21 a las 10:00 en el IES Sierra.'
  ],
  [
    'es-ES',
    'assessment',
    'Siguiente paso',
    'Hola, como siguiente paso te pedimos que hagas un pequeño ejercicio: un plan de redes para una marca de cafeteras. Tienes hasta el lunes.'
  ],
  [
    'pt-BR',
    'assessment',
    'Próximo passo',
    'Oi, como próximo passo pedimos que você faça um pequeno desafio: um plano de mídia para uma marca de tênis, até segunda.'
  ],
  // A test passed, then the interview: the test is behind, the interview is the step.
  [
    'es-AR',
    'interview_request',
    'Resultado',
    'Hola, te cuento que aprobaste el examen escrito con un 9. La próxima instancia es la entrevista con el director, el lunes 2 a las 10.'
  ],
  [
    'pt-BR',
    'interview_request',
    'Processo seletivo',
    'Oi! Você foi aprovado(a) na prova prática. A próxima etapa é a entrevista com a gerente; tenho horários na terça às 14h ou na quarta às 10h.'
  ],
  [
    'es-AR',
    'interview_request',
    'Búsqueda',
    'Hola, te esperamos para la entrevista con la jefa del servicio, que te va a contar cómo trabajamos, el jueves 29/10 a las 11 h en el tercer piso.'
  ],
  [
    'pt-BR',
    'interview_request',
    'Entrevista',
    'Oi Ana, te esperamos para a entrevista com a coordenadora de enfermagem, na quinta-feira às 14h, no 2º andar.'
  ],
  [
    'it',
    'interview_request',
    'Colloquio',
    'Gentile Anna, la aspettiamo per il colloquio con la coordinatrice infermieristica e il primario, giovedì 29 alle ore 10.'
  ],
  [
    'fr',
    'interview_request',
    'Entretien',
    "Bonjour, nous vous attendons pour l'entretien avec la directrice des soins et la cadre du service, jeudi 29 à 10 h."
  ],
  [
    'pt-BR',
    'interview_request',
    'Seu perfil',
    'Olá! Adoramos seu perfil e queremos bater um papo com você sobre a vaga. Qual o melhor horário na quinta?'
  ],
  // A recorded video interview is an interview, not a test.
  [
    'pt-BR',
    'interview_request',
    'Nova etapa',
    'Olá! A próxima etapa é uma entrevista em vídeo gravada: três perguntas, até 2 minutos cada. Prazo: sexta-feira.'
  ],
  [
    'es',
    'interview_request',
    'Siguiente etapa',
    'Hola, el siguiente paso es una videoentrevista grabada: responderás cuatro preguntas frente a la cámara antes del domingo.'
  ],
  // A salary question, a changed calendar, an application kept, documents: news, no step and no rejection.
  [
    'es-CO',
    'update',
    'Vacante analista',
    'Buen día, antes de programar la entrevista con la gerencia necesito conocer tu aspiración salarial y desde cuándo podrías empezar.'
  ],
  [
    'fr',
    'update',
    'Poste de comptable',
    "Bonjour, pourriez-vous m'indiquer vos prétentions salariales et la durée de votre préavis avant que je transmette votre dossier ?"
  ],
  [
    'es-PE',
    'update',
    'Proceso CAS 014',
    'Se comunica la modificación del cronograma del proceso: la entrevista personal pasa al lunes 9 de noviembre y los resultados al miércoles 11.'
  ],
  [
    'pt-BR',
    'update',
    'Processo seletivo',
    'Informamos que o cronograma do processo seletivo foi alterado: a divulgação do resultado passa para o dia 20 de novembro.'
  ],
  [
    'en',
    'update',
    'Selection process',
    'Please note the timetable for the selection process has been revised: shortlisting now closes on 12 November and interviews follow the week after.'
  ],
  [
    'es',
    'update',
    'Tu postulación',
    'Hola, quizá viste el aviso publicado otra vez: ampliamos la jornada. Tu postulación sigue vigente, no hace falta que te postules de nuevo.'
  ],
  [
    'it',
    'update',
    'Documenti',
    'Gentile candidato, per completare la valutazione del suo profilo ci serve il certificato del casellario giudiziale e copia del diploma.'
  ],
  [
    'es-AR',
    'update',
    'Documentación',
    'Hola, para avanzar con el alta necesitamos el certificado de antecedentes penales y copia del título. Podés mandarlos escaneados.'
  ],
  [
    'pt-BR',
    'update',
    'Documentos',
    'Oi, para seguir com a admissão preciso da certidão de antecedentes criminais e da carteira de vacinação atualizada.'
  ],
  [
    'es-AR',
    'update',
    'Alta',
    'Buen día, para avanzar con el alta necesito que me mandes la documentación: DNI de ambos lados, CUIL y constancia de CBU.'
  ],
  [
    'pt-BR',
    'update',
    'Contratação',
    'Olá, para seguir com a sua contratação envie a documentação: RG, CPF, PIS e comprovante de residência.'
  ],
  [
    'es',
    'update',
    'Oposiciones',
    'Se ha publicado la relación provisional de aprobados del segundo ejercicio; hay diez días hábiles para alegaciones.'
  ],
  ['pt-BR', 'update', 'Concurso', 'A homologação das inscrições foi publicada no site; a classificação preliminar sai no dia 30.'],
  ['es-CO', 'update', 'Proceso', 'Hola, el proceso está un poco demorado porque la gerente sigue de vacaciones; cuando vuelva te escribo.'],
  [
    'en-US',
    'update',
    'Quick question',
    'Hi Sam, before I put you on the calendar with our manager: the pay range for this role is $19-$22/hr. Does that work for you?'
  ],
  [
    'en-IN',
    'update',
    'Next steps',
    'Dear Candidate, congratulations on clearing the technical round. Kindly share your current CTC, expected CTC and notice period by tomorrow.'
  ],
  [
    'en-AU',
    'update',
    'Your application',
    "Hi, just a note: it's taking a bit longer than we planned, as the partners are tied up with tax season. You should hear from us by mid-November."
  ],
  // A place on a panel or a reserve list after the interview: news, not an offer.
  [
    'en-IE',
    'update',
    'Panel',
    'Following your interview you have been placed on a panel from which future vacancies may be filled. You are 3rd on the panel.'
  ],
  [
    'es',
    'update',
    'Proceso auxiliar',
    'Tras la entrevista, has quedado incluida en nuestra bolsa de trabajo para sustituciones; te llamaremos cuando surja una.'
  ],
  ['pt-BR', 'update', 'Resultado', 'Olá, você ficou no cadastro reserva do processo e será chamada conforme surgirem vagas.'],
  [
    'it',
    'update',
    'Esito',
    'Gentile dottoressa, a seguito del colloquio lei è stata inserita nella graduatoria per incarichi a tempo determinato.'
  ],
  [
    'fr',
    'update',
    'Résultat',
    "Madame, à l'issue de l'entretien vous êtes inscrite sur la liste d'aptitude pour les remplacements à venir."
  ],
  // A rejection in Latin American words, an offer in the tu form.
  [
    'es-MX',
    'rejection',
    'Actualización',
    'Hola, la empresa revisó tu perfil para la vacante y decidió no continuar con tu postulación. Te deseamos éxito.'
  ],
  [
    'es-PE',
    'rejection',
    'Proceso',
    'Hola Marco, gracias por tu tiempo. En esta oportunidad no avanzarás a la siguiente etapa del proceso.'
  ],
  [
    'es-ES',
    'rejection',
    'Candidatura',
    'Hola, tras valorar todas las candidaturas hemos decidido seguir adelante con perfiles más ajustados a lo que necesita el equipo.'
  ],
  [
    'pt-BR',
    'rejection',
    'Processo',
    'Olá, depois de analisar tudo decidimos seguir com perfis mais próximos do que a vaga pede neste momento.'
  ],
  [
    'es-CL',
    'rejection',
    'Postulación',
    'Hola Javiera, gracias por postular. Lamentablemente tu perfil no fue seleccionado para continuar en el proceso.'
  ],
  ['es-CO', 'rejection', 'Vacante', 'Estimada, le informamos que la vacante ya fue ocupada. Agradecemos su interés en nuestra empresa.'],
  // A test failed, the post offered to someone else.
  [
    'nl-BE',
    'rejection',
    'Resultaat',
    'Beste kandidaat, je behaalde 22/50 op de schriftelijke proef. Je bent dus niet geslaagd voor deze selectie.'
  ],
  [
    'es-AR',
    'rejection',
    'Resultado',
    'Hola, te escribimos para contarte que no aprobaste el examen teórico, así que no podés seguir en el proceso.'
  ],
  ['pt-BR', 'rejection', 'Resultado', 'Olá, infelizmente você foi reprovada na prova prática e não seguirá para a entrevista.'],
  ['de', 'rejection', 'Ergebnis', 'Sehr geehrte Frau Berg, leider haben Sie den schriftlichen Test nicht bestanden.'],
  [
    'pt-BR',
    'rejection',
    'Retorno',
    'Oi Carla, obrigada pela conversa. No fim decidimos oferecer a vaga a outra candidata, com mais tempo de loja.'
  ],
  ['it', 'rejection', 'Esito', 'Gentile Marco, alla fine abbiamo deciso di offrire il posto a un altro candidato con più esperienza.'],
  ['pt-BR', 'rejection', 'Atualização', 'Olá, a empresa analisou seu perfil e decidiu não seguir com a sua candidatura para esta vaga.'],
  [
    'fr-CH',
    'offer',
    'Suite à ton essai',
    'Salut, merci pour jeudi. Je te propose le poste de commis de cuisine à plein temps dès janvier, salaire 4 100 brut. Tu me dis d’ici lundi ?'
  ]
]

describe('selection tests and the news between them, in several languages', () => {
  it.each(CASES)('%s %s: %s', (_, category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Madrid' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
    // An update by its own words, not the fallback for mail filed with no clear wording.
    if (category === 'update') expect(result.lowConfidence, result.reasons.join('; ')).toBe(false)
  })
})

describe('a test the rules clearly name stays an assessment with the text model, though it is arranged like an interview', () => {
  it.each([
    [
      'en',
      'Driving assessment',
      'Hi, thanks for applying for the driver job. Next step is a driving assessment with one of our trainers, about an hour around town in one of the vans. Thursday at 8 at the yard works for us. Let me know if that suits.'
    ],
    [
      'pt-PT',
      'Aula assistida',
      'Caro professor, antes de decidirmos gostaríamos que lecionasse uma aula assistida de 45 minutos a uma turma do 9.º ano, na quinta-feira às 11h. O tema é à sua escolha. Peço que me confirme a disponibilidade.'
    ]
  ])('%s: %s', (_, subject, text) => {
    const result = classifyMessage(mail(subject, text), { relatedToApplication: true, direction: 'in' })
    expect(result.category, result.reasons.join('; ')).toBe('assessment')
  })
})

describe('a piece of work to hand back by a day makes the test it names clear', () => {
  it.each([
    [
      'nl',
      'Opdracht',
      'Hoi Sam, de volgende stap is een schriftelijke opdracht: een kort adviesstuk over de begroting. Graag uiterlijk vrijdag terugsturen.'
    ],
    [
      'en',
      'Next step',
      'Hi Sam, the next step is a short written exercise on our month-end close. Please send it back to us by Friday noon.'
    ],
    ['fr', 'Deuxième étape', 'Bonjour, voici un exercice de rédaction pour la deuxième étape, à nous renvoyer avant jeudi midi.'],
    ['pt-BR', 'Case', 'Oi Sam, segue o case prático da segunda etapa. Você pode enviar sua solução até sexta às 18h.']
  ])('%s: %s', (_, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true })
    expect(result.category, result.reasons.join('; ')).toBe('assessment')
    expect(result.confidence).toBeGreaterThanOrEqual(0.85)
  })
})

describe('an application kept after a job was re-advertised is no rejection, with the text model too', () => {
  it.each([
    [
      'fr',
      'Votre candidature',
      "Bonjour, vous avez peut-être vu que l'annonce a été republiée : nous passons le poste à temps plein. Votre candidature reste bien entendu valable, je reviendrai vers vous pour un second entretien fin novembre."
    ],
    [
      'pt-BR',
      'Sobre a vaga',
      'Oi, talvez você tenha visto que a vaga foi publicada de novo, porque incluímos plantão aos sábados. Sua candidatura continua valendo, não precisa se inscrever de novo. Me confirma se segue com interesse?'
    ],
    [
      'en',
      'Your application',
      'Hi, you may have seen the post advertised again - we have added weekend cover to it. Your application is still live and you do not need to apply again; could you let me know you are still interested?'
    ]
  ])('%s: %s', (_, subject, text) => {
    const result = classifyMessage(mail(subject, text), { relatedToApplication: true, direction: 'in' })
    expect(result.category, result.reasons.join('; ')).toBe('update')
  })
})

describe('an application received with thanks stays an acknowledgement with the text model', () => {
  it.each([
    [
      'fr',
      'Candidature aide-soignante',
      'Bonjour, merci pour ta candidature, bien reçue. Je la passe à notre cadre de santé qui regarde les dossiers cette semaine et je te redis quelque chose d’ici mardi prochain.'
    ],
    [
      'es',
      'Postulación auxiliar',
      'Hola, gracias por tu interés; tu postulación, recibida. Se la paso a la coordinadora del turno noche, que revisa los perfiles esta semana, y te escribo antes del viernes.'
    ]
  ])('%s: %s', (_, subject, text) => {
    const result = classifyMessage(mail(subject, text), { relatedToApplication: true, direction: 'in' })
    expect(result.category, result.reasons.join('; ')).toBe('acknowledgement')
  })
})

describe('an offer that depends on a vacancy arising is no offer', () => {
  it.each([
    'Following your interview you have been placed on our panel. So that we can offer you a post should one arise, please return the vetting form within 10 days.',
    'You are now on our reserve list; to be able to offer you a position if a vacancy arises, we need two references by Friday.'
  ])('%s', (text) => {
    const result = byRules(mail('Panel', text), { relatedToApplication: true })
    expect(result.category === 'offer' && result.confidence >= 0.8, `${result.category} ${result.confidence}`).toBe(false)
  })
})

describe('an employment office’s information session is no job step', () => {
  it.each([
    [
      'Convocatória',
      'Caro utente, fica convocado para uma sessão de informação no Serviço de Emprego no dia 3, às 10h; poderá agendar uma entrevista com o seu técnico.',
      'avisos@emprego.example'
    ],
    [
      'Certificado',
      'El certificado de antecedentes penales que solicitó el día 3 ya puede descargarse con su código. Ministerio de Justicia.',
      'no-responder@justicia.example'
    ],
    [
      'Cita',
      'Tienes cita en tu oficina de empleo el martes a las 9:30 para una sesión informativa; allí podrás concertar una entrevista con tu orientador laboral.',
      'citas@empleo.example'
    ]
  ])('%s', (subject, text, address) => {
    const result = classifyMessage(mail(subject, text, address), { relatedToApplication: false, direction: 'in' })
    expect(result.category, result.reasons.join('; ')).toBe('unrelated')
  })
})
