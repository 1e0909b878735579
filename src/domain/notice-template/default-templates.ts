// The text of every template before an ADMIN publishes one: version 1 of each key. Shipped in code, not in
// a configuration file, because a notice records the version it used and version 1 must read the same for
// as long as the log keeps that notice: a file edited on one server would change, after the fact, what
// every notice sent with version 1 said. A better text is published as version 2; the spec pins these
// texts so that changing one here fails a test first.
import type { TemplateKey } from '../notifications/notice-kinds.js';

export interface TemplateText {
  readonly subject: string;
  readonly body: string;
}

/** The defaults count as version 1 of every key; the first published version is 2. */
export const DEFAULT_TEMPLATE_VERSION = 1;

const SIGNATURE = 'Cordialmente,\n\n{{nombreOficina}}\n{{nombreEntidad}}';

const NO_REPLY =
  'Este mensaje se envía desde una dirección que no recibe respuestas. Para cualquier trámite sobre esta ' +
  'solicitud, cite el radicado {{radicado}}.';

const TRACKING =
  '{{#enlaceConsulta}}Puede consultar el estado de su solicitud en {{enlaceConsulta}}.{{/enlaceConsulta}}';

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKey, TemplateText>> = {
  ACKNOWLEDGMENT: {
    subject: 'Radicado {{radicado}}: recibimos su solicitud',
    body: [
      'Respetado(a) {{nombre}}:',
      '{{nombreEntidad}} recibió su solicitud el {{fechaRadicacion}} y le asignó el radicado {{radicado}}.',
      'Tipo de solicitud: {{tipo}}\nAsunto: {{asunto}}',
      'De acuerdo con el artículo 14 de la Ley 1755 de 2015, la entidad tiene {{terminoDias}} días hábiles ' +
        'para responder, contados desde el día hábil siguiente a la radicación: la respuesta vence el ' +
        '{{fechaVencimiento}}. Si para resolver se necesita información adicional, se la pediremos dentro de ' +
        'los diez (10) días hábiles siguientes a la radicación (artículo 17) y el término se suspenderá ' +
        'hasta que usted la aporte.',
      '{{#codigoAcceso}}Su código de consulta es {{codigoAcceso}}. Guárdelo y no lo comparta: con el ' +
        'radicado, da acceso a su solicitud y a la respuesta. La entidad no lo conserva y no puede ' +
        'enviárselo de nuevo.{{/codigoAcceso}}',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  INFORMATION_REQUEST: {
    subject: 'Radicado {{radicado}}: le pedimos completar su solicitud',
    body: [
      'Respetado(a) {{nombre}}:',
      'Para resolver su solicitud {{radicado}}, radicada el {{fechaRadicacion}} (asunto: {{asunto}}), ' +
        'necesitamos que nos aporte lo siguiente:',
      '{{informacionSolicitada}}',
      'Conforme al artículo 17 de la Ley 1755 de 2015, el término para responder queda suspendido desde ' +
        'esta solicitud y se reanudará el día hábil siguiente a aquel en que usted aporte lo pedido. Tiene ' +
        'plazo hasta el {{fechaLimiteCompletar}} (un mes). Si no completa la solicitud dentro de ese plazo ' +
        'ni pide antes una prórroga, se entenderá que desistió de ella y se archivará, sin perjuicio de ' +
        'que pueda presentarla de nuevo con los requisitos completos.',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  EXTENSION: {
    subject: 'Radicado {{radicado}}: ampliación del plazo para responder',
    body: [
      'Respetado(a) {{nombre}}:',
      'Le informamos que no es posible responder su solicitud {{radicado}}, radicada el ' +
        '{{fechaRadicacion}} (asunto: {{asunto}}), dentro del término inicial' +
        '{{#fechaVencimiento}}, que vence el {{fechaVencimiento}}{{/fechaVencimiento}}, por el siguiente motivo:',
      '{{motivo}}',
      'Por ello, y conforme al parágrafo del artículo 14 de la Ley 1755 de 2015, le daremos respuesta a ' +
        'más tardar el {{nuevaFechaVencimiento}}. Este plazo no excede el doble del término inicialmente ' +
        'previsto.',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  TRANSFER: {
    subject: 'Radicado {{radicado}}: su solicitud fue remitida a {{entidad}}',
    body: [
      'Respetado(a) {{nombre}}:',
      'Revisada su solicitud {{radicado}}, radicada el {{fechaRadicacion}} (asunto: {{asunto}}), ' +
        'encontramos que el asunto no es de competencia de {{nombreEntidad}}.' +
        '{{#motivo}} {{motivo}}{{/motivo}}',
      'Por ello, conforme al artículo 21 de la Ley 1755 de 2015, la remitimos' +
        '{{#fechaTraslado}} el {{fechaTraslado}}{{/fechaTraslado}} a {{entidad}}, que es la entidad ' +
        'competente, con copia de esta comunicación. El término para responderle se cuenta desde el día ' +
        'siguiente a la recepción de su solicitud por esa entidad, a la que podrá dirigirse en adelante.',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  TRANSFER_COPY: {
    subject: 'Traslado por competencia de la solicitud {{radicado}}',
    body: [
      'Respetados señores de {{entidad}}:',
      'Conforme al artículo 21 de la Ley 1755 de 2015, remitimos por competencia la solicitud que ' +
        '{{nombre}} radicó ante {{nombreEntidad}} el {{fechaRadicacion}} con el número {{radicado}} ' +
        '(tipo: {{tipo}}; asunto: {{asunto}}), que se adjunta.{{#motivo}} {{motivo}}{{/motivo}}',
      'El término para responderla corre desde el día siguiente a su recepción por ustedes. Enviamos ' +
        'copia de esta comunicación al peticionario.',
      SIGNATURE,
    ].join('\n\n'),
  },
  ANSWER: {
    subject: 'Radicado {{radicado}}: respuesta a su solicitud',
    body: [
      'Respetado(a) {{nombre}}:',
      'Adjuntamos el oficio {{numeroSalida}}{{#fechaRespuesta}} del {{fechaRespuesta}}{{/fechaRespuesta}}, ' +
        'con el que {{nombreEntidad}} responde su solicitud {{radicado}}, radicada el {{fechaRadicacion}} ' +
        '(asunto: {{asunto}}), en los términos del artículo 14 de la Ley 1755 de 2015.',
      '{{#anexos}}Anexos: {{anexos}}.{{/anexos}}',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  TACIT_WITHDRAWAL: {
    subject: 'Radicado {{radicado}}: desistimiento tácito de su solicitud',
    body: [
      'Respetado(a) {{nombre}}:',
      'El {{fechaRequerimiento}} le pedimos completar su solicitud {{radicado}}, radicada el ' +
        '{{fechaRadicacion}} (asunto: {{asunto}}){{#informacionSolicitada}}, aportando lo siguiente: ' +
        '{{informacionSolicitada}}{{/informacionSolicitada}}.',
      'Vencido el plazo{{#fechaLimiteCompletar}} (el {{fechaLimiteCompletar}}){{/fechaLimiteCompletar}} ' +
        'sin recibir lo pedido ni una solicitud de prórroga, y conforme al artículo 17 de la Ley 1755 de ' +
        '2015, se entiende que usted desistió de su solicitud y esta se archiva. Contra esta decisión ' +
        'solo procede el recurso de reposición. Puede presentar de nuevo su solicitud con los requisitos ' +
        'completos en cualquier momento.',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  PRIORITY_ALERT: {
    subject: 'Alerta: radicado {{radicado}} con riesgo para la vida o la integridad del peticionario',
    body: [
      'A la coordinación de {{nombreOficina}}:',
      'El {{fechaRadicacion}} se radicó la solicitud {{radicado}} ({{tipo}}; asunto: {{asunto}}), en la que ' +
        'se invoca un riesgo de perjuicio inminente para la vida o la integridad del peticionario. ' +
        'Motivos de prioridad: {{motivosPrioridad}}.',
      'Conforme al artículo 20 de la Ley 1755 de 2015, la solicitud se atiende con prioridad y deben ' +
        'adoptarse de inmediato las medidas de urgencia necesarias para conjurar el peligro, sin perjuicio ' +
        'del trámite que corresponda. Vence el {{fechaVencimiento}}.',
      '{{#enlaceCaso}}Abra el caso en {{enlaceCaso}}.{{/enlaceCaso}}',
      SIGNATURE,
    ].join('\n\n'),
  },
  TACIT_WITHDRAWAL_DECREE: {
    subject: 'Radicado {{radicado}}: desistimiento tácito de su solicitud ({{numeroActo}})',
    body: [
      'Respetado(a) {{nombre}}:',
      'El {{fechaRequerimiento}} le pedimos completar su solicitud {{radicado}}, radicada el ' +
        '{{fechaRadicacion}} (asunto: {{asunto}}){{#informacionSolicitada}}, aportando lo siguiente: ' +
        '{{informacionSolicitada}}{{/informacionSolicitada}}.',
      'Vencido el plazo{{#fechaLimiteCompletar}} (el {{fechaLimiteCompletar}}){{/fechaLimiteCompletar}} ' +
        'sin recibir lo pedido, y conforme al artículo 17 de la Ley 1755 de 2015, mediante el acto ' +
        'administrativo {{numeroActo}} se decretó el desistimiento tácito de su solicitud y su archivo.',
      'Motivación: {{motivo}}',
      'Contra esta decisión solo procede el recurso de reposición. Puede presentar de nuevo su solicitud ' +
        'con los requisitos completos en cualquier momento; al radicarla, cite el radicado {{radicado}}.',
      TRACKING,
      SIGNATURE,
      NO_REPLY,
    ].join('\n\n'),
  },
  AFFILIATION_DECISION: {
    subject: 'Su solicitud de afiliación fue {{decision}}',
    body: [
      'Respetado(a) {{nombre}}:',
      'Le informamos que su solicitud de afiliación' +
        '{{#fechaSolicitud}}, recibida el {{fechaSolicitud}},{{/fechaSolicitud}} fue {{decision}}' +
        '{{#fechaDecision}} el {{fechaDecision}}{{/fechaDecision}}.',
      '{{#numeroAfiliado}}Su número de afiliado es {{numeroAfiliado}}; cítelo en sus trámites con la ' +
        'entidad.{{/numeroAfiliado}}',
      '{{#motivo}}Motivo: {{motivo}}\n\nSi no está de acuerdo con esta decisión, puede interponer los ' +
        'recursos de reposición y, si procede, de apelación, dentro de los diez (10) días hábiles ' +
        'siguientes a esta notificación (artículos 74 y 76 de la Ley 1437 de 2011), o presentar una nueva ' +
        'solicitud.{{/motivo}}',
      SIGNATURE,
    ].join('\n\n'),
  },
  ANSWER_LETTER: {
    subject: 'Respuesta a su solicitud «{{asunto}}»',
    body: [
      'Respetado(a) señor(a):',
      'En atención a su solicitud ({{tipo}}) radicada el {{fechaRadicacion}} con el número {{radicado}}, ' +
        'nos permitimos dar respuesta en los siguientes términos:',
      '{{respuesta}}',
      'Con esta comunicación damos respuesta de fondo a su solicitud, en los términos del artículo 14 de ' +
        'la Ley 1755 de 2015. Si necesita más información, cite el radicado {{radicado}}.',
      'Cordialmente,',
    ].join('\n\n'),
  },
  DAILY_DIGEST: {
    subject: 'Sus vencimientos al {{fecha}}: {{vencidos}} vencidos, {{porVencer}} por vencer',
    body: [
      'Hola, {{nombre}}:',
      'Estos son los casos a su cargo que están vencidos o por vencer al {{fecha}}:',
      '{{casos}}',
      'Los términos se cuentan en días hábiles (artículo 14 de la Ley 1755 de 2015). Una prórroga debe ' +
        'avisarse al peticionario antes del vencimiento (parágrafo del artículo 14).',
      '{{#enlaceTrabajo}}Revíselos en Mi trabajo: {{enlaceTrabajo}}{{/enlaceTrabajo}}',
      '{{nombreOficina}}',
    ].join('\n\n'),
  },
};
