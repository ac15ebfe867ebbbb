/** Spanish phrasing of hiring mail (tú and usted forms). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

const TE = '(?:te|le)'
const TU = '(?:tu|su)'

export const SPANISH_PHRASES = definePhrases('es', {
  rejection: [
    [
      4,
      '(?:hemos|han|hemos decidido|decidimos) (?:optado|elegido|seleccionado|decidido) (?:por |a )?(?:otr[oa]s?|un[a]?|a otr[oa]) (?:otr[oa] )?(?:persona|candidat|perfil|profesional)\\p{L}*'
    ],
    [3, '(?:perfil|experiencia) (?:se ajusta|encaja) (?:más|mejor)'],
    [4, 'no (?:has|ha|hayas|haya) (?:sido|resultado) (?:seleccionad|elegid|escogid)\\p{L}*'],
    [3.5, '(?:en esta ocasión|esta vez|por ahora),? no (?:podemos|vamos|hemos|seguiremos|continuaremos|avanzaremos)'],
    [4, 'no (?:seguiremos|continuaremos|avanzaremos) (?:adelante )?con (?:tu|su)'],
    [
      4,
      '(?:hemos decidido|decidimos|hemos optado por|optamos por) (?:continuar|seguir|avanzar|seguir adelante) (?:el proceso )?con otr[oa]s? (?:candidat[oa]s|perfiles|personas)'
    ],
    [4, `no (?:continuar|seguir|avanzar) (?:adelante )?con ${TU} (?:candidatura|proceso|solicitud)`],
    [4, 'no (?:has|ha) sido seleccionad[oa]'],
    [
      4,
      '(?:puesto|vacante|posición|plaza)(?: \\p{L}+){0,3} (?:ya )?(?:ha sido|fue|está|se ha) (?:ya )?(?:cubiert[oa]|cerrad[oa]|cancelad[oa])'
    ],
    [3.5, `(?:sentimos|lamentamos) (?:mucho )?(?:comunicar${TE}|informar${TE}|decir${TE})`],
    [3.5, 'no (?:podemos|vamos a) (?:avanzar|continuar|seguir|ofrecer\\p{L}*)'],
    [0.8, 'lamentablemente|desafortunadamente|por desgracia'],
    [1.5, `${TE} deseamos (?:mucho éxito|lo mejor|suerte)`]
  ],
  offer: [
    [3.5, '(?:eres|es usted) (?:justo )?la persona que (?:buscábamos|estábamos buscando)'],
    [4, '(?:te|le) (?:ha|han|hemos) (?:elegido|seleccionado|escogido) para (?:el|la) (?:puesto|plaza|posición|vacante)'],
    [4, '(?:ofrecerte|ofrecerle|te ofrecemos|le ofrecemos) (?:el|la|un|una) (?:puesto|posición|plaza|contrato|vacante|trabajo|empleo)'],
    [1, 'enhorabuena|felicidades|felicitaciones', 'none'],
    [3.5, 'que te incorpores|que se incorpore|el puesto es (?:tuyo|suyo)'],
    [4, '(?:has|ha) sido (?:seleccionad[oa]|elegid[oa]) para (?:el|la) (?:puesto|posición|vacante|plaza)'],
    [4, '(?:queremos|nos gustaría) (?:que te unas|que se una|contar contigo|contar con usted|incorporarte|ofrecerte)'],
    [2, 'bienvenid[oa] al equipo'],
    [4, `(?:ofrecer${TE}|hacer${TE} (?:una )?oferta (?:para|por)) (?:el puesto|la posición|una oferta|la vacante)`],
    [
      4,
      `(?:nos complace|nos alegra|estamos encantados de|tenemos el placer de) (?:ofrecer${TE}|hacer${TE} llegar (?:nuestra|la) oferta|comunicar${TE} que (?:has|ha) sido seleccionad[oa])`
    ],
    // "Oferta de empleo" is a job advert in Spain, never an offer made to the reader.
    [3.5, '(?:oferta|propuesta) (?:formal|laboral|económica)|propuesta (?:de empleo|de trabajo)|carta (?:de )?oferta'],
    [1.2, 'salario|fecha de incorporación', 'negation']
  ],
  interview_request: [
    [
      3.5,
      'nos gustaría (?:conocerte|conocerle|hablar contigo|hablar con usted|invitarte|invitarle|tener una (?:entrevista|llamada|conversación|reunión))'
    ],
    [
      4,
      '(?:invitarte|invitarle|te invitamos|le invitamos|invitación) a (?:una|la|tu|su) (?:[\\p{L}-]+ ){0,2}(?:entrevista|llamada|reunión|videollamada|conversación)'
    ],
    [
      3,
      '(?:agendar|programar|coordinar|concertar|fijar|organizar) (?:una|la|tu|su) (?:[\\p{L}-]+ ){0,2}(?:entrevista|llamada|reunión|videollamada)',
      'both'
    ],
    [1.5, 'disponibilidad', 'none'],
    [
      2.5,
      `(?:qué|que) (?:día|días|horario|horarios|hora) ${TE} (?:viene|vienen|va|van) bien|${TE} (?:vendría|vendrían|iría|irían|viene) bien (?:una|un|el|la)|${TE} va bien (?:una|un|el|la)`
    ],
    [3, '(?:confirmamos|confirmar|confirmo) (?:tu|la|su) (?:entrevista|llamada|reunión)'],
    [0.8, 'entrevista', 'none']
  ],
  assessment: [
    [
      3.5,
      'prueba (?:online|en línea|técnica|práctica|de nivel|de conocimientos|de aptitud|psicotécnica|escrita)|plataforma de evaluación|evaluación (?:online|técnica|en línea)'
    ],
    [
      3.5,
      'prueba técnica|caso práctico|ejercicio (?:técnico|práctico)|reto técnico|prueba de (?:código|programación)|cuestionario|test (?:técnico|online|psicotécnico)'
    ]
  ],
  acknowledgement: [
    [4, 'acusamos (?:recibo|recepción)'],
    [
      4,
      'confirmamos (?:la )?(?:recepción|recepcion) de (?:tu|su)|(?:tu|su) (?:candidatura|solicitud|cv) (?:para [^.]{1,80} )?(?:ha sido|fue|se ha) (?:recibida|registrada|recibido|registrado)|(?:tu|su) (?:candidatura|solicitud) (?:ya )?(?:ha llegado|nos ha llegado)'
    ],
    [4, `(?:hemos recibido|recibimos) (?:correctamente )?${TU} (?:candidatura|solicitud|cv|currículum)`],
    [2.5, `gracias por (?:${TU} (?:candidatura|solicitud|interés|postulación)|postularte|aplicar|inscribirte)`],
    [
      2.5,
      `(?:revisaremos|vamos a revisar|estudiaremos|analizaremos) ${TU} (?:candidatura|perfil|solicitud|cv)|(?:lo|la) (?:revisaremos|estudiaremos)`
    ],
    [3, `gracias por (?:enviarnos|mandarnos|hacernos llegar) ${TU} (?:cv|currículum|curriculum|candidatura|solicitud)`]
  ],
  update: [
    [2.5, 'se ha retrasado|está tardando más|(?:aún|todavía) estamos (?:entrevistando|hablando|valorando)'],
    [2.5, 'gracias (?:por|de) (?:tu|su) (?:\\p{L}+ )?(?:mensaje|correo|e-?mail|nota|seguimiento|palabras|paciencia|interés en el proceso)'],
    [2.5, '(?:sigues|sigue) (?:en el proceso|en la carrera|siendo candidat\\p{L}*)'],
    [2, '(?:te|le) (?:mantendré|mantendremos|mantengo) (?:informad[oa]|al tanto)|esperamos (?:tomar|tener) una decisión'],
    [2.5, '(?:seguimos|todavía estamos|aún estamos) (?:revisando|evaluando|entrevistando|en proceso)'],
    [3, `(?:actualización|novedades) sobre ${TU} (?:candidatura|proceso)`],
    [2.5, `gracias por ${TU} (?:mensaje|correo|nota|seguimiento)`],
    [1.5, `${TE} (?:daremos|daré) (?:una )?respuesta`],
    [1.5, 'referencias|retraso']
  ],
  unrelated: [
    [
      3,
      'recibo de (?:pago|compra)|tu recibo|factura|justificante de pago|tu pedido|billete|tarjeta de embarque|empadronamiento|sede electrónica|impuesto|domiciliación'
    ],
    [4, '(?:nuevas? )?(?:ofertas de empleo|empleos) (?:para ti|que te pueden interesar|recomendad[oa]s)|alerta de empleo'],
    [
      3.5,
      'contraseña (?:ha sido |fue )?(?:cambiada|restablecida|actualizada)|restablecer (?:tu|su) contraseña|verifica(?:r)? (?:tu|su) (?:correo|cuenta)|código de verificación'
    ]
  ]
})
