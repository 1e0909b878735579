// The data each template may name, as `{{placeholder}}` in Spanish: one catalogue with the description an
// ADMIN reads beside the editor and a sample value for the preview, and per template the ones it allows
// (and the few it must name: a prórroga notice without its new date would not be the notice the law asks).
import { TEMPLATE_KEYS, type TemplateKey } from '../notifications/notice-kinds.js';

/** One datum a template may name. */
export interface PlaceholderInfo {
  /** es-CO, read by the ADMIN editing the template. */
  readonly description: string;
  /** What the preview shows in its place. */
  readonly example: string;
}

/** Every placeholder any template may name. */
export const PLACEHOLDERS = {
  nombreEntidad: {
    description: 'Nombre de la entidad (configuración VENTANILLA_ENTITY_NAME); se llena solo.',
    example: 'Corporación pública departamental de Cundinamarca',
  },
  nombreOficina: {
    description: 'Nombre de la oficina que responde (configuración VENTANILLA_OFFICE_NAME); se llena solo.',
    example: 'Oficina de Atención al Cliente',
  },
  radicado: {
    description: 'Número de radicado del caso.',
    example: 'PQRS-2026-000123',
  },
  fechaRadicacion: {
    description: 'Fecha en que se radicó la solicitud (dd/mm/aaaa).',
    example: '05/03/2026',
  },
  tipo: {
    description: 'Tipo de solicitud en palabras (Petición, Queja, Reclamo, Consulta…).',
    example: 'Petición',
  },
  asunto: {
    description: 'Asunto de la solicitud.',
    example: 'Certificado de afiliación',
  },
  nombre: {
    description: 'Nombre del destinatario; «Peticionario anónimo» cuando la solicitud es anónima.',
    example: 'Ana María Gómez',
  },
  fechaVencimiento: {
    description: 'Fecha de vencimiento del término para responder, la vigente (dd/mm/aaaa).',
    example: '26/03/2026',
  },
  terminoCorreDesde: {
    description:
      'Día desde el que corre el término (día 1: el hábil siguiente a la radicación, art. 54 de la Ley 1437 de 2011), dd/mm/aaaa; vacío en casos radicados antes de registrarlo (úselo dentro de {{#terminoCorreDesde}}…{{/terminoCorreDesde}}).',
    example: '06/03/2026',
  },
  terminoDias: {
    description: 'Término legal para responder, en días hábiles (un número).',
    example: '15',
  },
  codigoAcceso: {
    description:
      'Código de consulta de la Ventanilla virtual; vacío si la solicitud no se radicó en el portal (úselo dentro de {{#codigoAcceso}}…{{/codigoAcceso}}).',
    example: 'K7QM-2XPD-9RTA-4HNB',
  },
  enlaceConsulta: {
    description: 'Dirección de la página donde el peticionario consulta su caso.',
    example: 'https://ventanilla.entidad.gov.co/ventanilla/consulta',
  },
  informacionSolicitada: {
    description: 'Lo que la entidad pide para completar la petición (artículo 17).',
    example: 'Copia legible del documento de identidad del titular de la afiliación.',
  },
  fechaRequerimiento: {
    description: 'Fecha en que se pidió completar la petición (dd/mm/aaaa).',
    example: '10/03/2026',
  },
  fechaLimiteCompletar: {
    description:
      'Último día para completar la petición; después se decreta el desistimiento tácito (dd/mm/aaaa).',
    example: '10/04/2026',
  },
  motivo: {
    description: 'Razones de la actuación: de la prórroga, del traslado o de la decisión.',
    example: 'La respuesta requiere información que debe remitir otra dependencia.',
  },
  numeroActo: {
    description: 'Número del acto administrativo motivado que decreta el desistimiento tácito (artículo 17).',
    example: 'Resolución 031 de 2026',
  },
  nuevaFechaVencimiento: {
    description: 'Nueva fecha de vencimiento tras la prórroga (dd/mm/aaaa).',
    example: '16/04/2026',
  },
  entidad: {
    description: 'Entidad competente a la que se trasladó la petición.',
    example: 'Superintendencia Nacional de Salud',
  },
  fechaTraslado: {
    description: 'Fecha del traslado (dd/mm/aaaa).',
    example: '09/03/2026',
  },
  respuesta: {
    description: 'Texto de la respuesta.',
    example: 'Adjuntamos el certificado de afiliación solicitado, expedido el 20/03/2026.',
  },
  numeroSalida: {
    description: 'Radicado de salida del oficio de respuesta.',
    example: 'SAL-2026-000045',
  },
  fechaRespuesta: {
    description: 'Fecha de la respuesta (dd/mm/aaaa).',
    example: '20/03/2026',
  },
  anexos: {
    description:
      'Nombres de los archivos anexos, separados por comas; vacío si no hay (úselo dentro de {{#anexos}}…{{/anexos}}).',
    example: 'Certificado de afiliación.pdf',
  },
  decision: {
    description: 'La decisión sobre la solicitud de afiliación, en palabras: «aprobada» o «rechazada».',
    example: 'aprobada',
  },
  numeroSolicitud: {
    description:
      'Número de la solicitud de afiliación (AFI-año-consecutivo); vacío en las recibidas antes de que se numeraran (úselo dentro de {{#numeroSolicitud}}…{{/numeroSolicitud}}).',
    example: 'AFI-2026-000042',
  },
  numeroAfiliado: {
    description: 'Número de afiliado asignado; vacío si la solicitud no fue aprobada.',
    example: 'AF-2026-000321',
  },
  fechaSolicitud: {
    description: 'Fecha en que se recibió la solicitud de afiliación (dd/mm/aaaa).',
    example: '02/03/2026',
  },
  fechaDecision: {
    description: 'Fecha de la decisión (dd/mm/aaaa).',
    example: '12/03/2026',
  },
  fecha: {
    description: 'Fecha del resumen (dd/mm/aaaa).',
    example: '23/03/2026',
  },
  vencidos: {
    description: 'Cuántos casos a su cargo están vencidos (un número).',
    example: '2',
  },
  porVencer: {
    description: 'Cuántos casos a su cargo están por vencer (un número).',
    example: '3',
  },
  casos: {
    description:
      'Las listas de casos, cada una con su título y un caso por línea (radicado, tipo, vencimiento, días ' +
      'hábiles): los vencidos, los por vencer y los que esperan información del peticionario; para un ' +
      'coordinador, además, los vencidos de la oficina por funcionario.',
    example:
      'Sus casos vencidos (1):\n' +
      '  - PQRS-2026-000101 · Queja · venció el 19/03/2026 · 2 días hábiles de retraso\n\n' +
      'Sus casos por vencer (3 días hábiles o menos) (1):\n' +
      '  - PQRS-2026-000118 · Petición · vence el 25/03/2026 · quedan 2 días hábiles\n\n' +
      'Sus casos en espera de información del peticionario (0):\n' +
      '  Ninguno.',
  },
  motivosPrioridad: {
    description: 'Los motivos de atención prioritaria del caso (art. 20 y art. 5.6 del CPACA).',
    example: 'Riesgo de perjuicio irremediable a un derecho fundamental',
  },
  enlaceCaso: {
    description: 'Dirección del caso en Ventanilla (personal).',
    example: 'https://ventanilla.entidad.gov.co/casos/2026-000123',
  },
  enlaceTrabajo: {
    description: 'Dirección de «Mi trabajo» en Ventanilla.',
    example: 'https://ventanilla.entidad.gov.co/mi-trabajo',
  },
} as const satisfies Readonly<Record<string, PlaceholderInfo>>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** A placeholder as one template allows it. */
export interface TemplatePlaceholder extends PlaceholderInfo {
  readonly name: PlaceholderName;
  /** The template's body must name it: the notice would not say what the law asks without it. */
  readonly required: boolean;
}

/** Filled from the configuration by the renderer in every template (a value given overrides them). */
export const OFFICE_PLACEHOLDERS = [
  'nombreEntidad',
  'nombreOficina',
] as const satisfies readonly PlaceholderName[];

/** What every notice about a case may name. */
const CASE_FACTS = ['radicado', 'fechaRadicacion', 'tipo', 'asunto', 'nombre'] as const;

/**
 * Per template, the placeholders it allows, those marked `!` required in its body. The office's names
 * (OFFICE_PLACEHOLDERS) are allowed everywhere.
 */
const ALLOWED: Readonly<Record<TemplateKey, readonly string[]>> = {
  ACKNOWLEDGMENT: [
    ...CASE_FACTS,
    'radicado!',
    'fechaVencimiento!',
    'terminoDias!',
    'terminoCorreDesde',
    'codigoAcceso',
    'enlaceConsulta',
  ],
  INFORMATION_REQUEST: [
    ...CASE_FACTS,
    'radicado!',
    'informacionSolicitada!',
    'fechaRequerimiento',
    'fechaLimiteCompletar!',
    'enlaceConsulta',
  ],
  EXTENSION: [
    ...CASE_FACTS,
    'radicado!',
    'motivo!',
    'fechaVencimiento',
    'nuevaFechaVencimiento!',
    'enlaceConsulta',
  ],
  TRANSFER: [...CASE_FACTS, 'radicado!', 'entidad!', 'motivo', 'fechaTraslado', 'enlaceConsulta'],
  TRANSFER_COPY: [...CASE_FACTS, 'radicado!', 'entidad!', 'motivo', 'fechaTraslado'],
  ANSWER: [...CASE_FACTS, 'radicado!', 'numeroSalida!', 'fechaRespuesta', 'anexos', 'enlaceConsulta'],
  TACIT_WITHDRAWAL: [
    ...CASE_FACTS,
    'radicado!',
    'fechaRequerimiento!',
    'informacionSolicitada',
    'fechaLimiteCompletar',
    'enlaceConsulta',
  ],
  TACIT_WITHDRAWAL_DECREE: [
    ...CASE_FACTS,
    'radicado!',
    'numeroActo!',
    'motivo!',
    'fechaRequerimiento!',
    'informacionSolicitada',
    'fechaLimiteCompletar',
    'enlaceConsulta',
  ],
  AFFILIATION_DECISION: [
    'nombre',
    'decision!',
    'numeroSolicitud',
    'numeroAfiliado',
    'motivo',
    'fechaSolicitud',
    'fechaDecision',
  ],
  PRIORITY_ALERT: [
    'radicado!',
    'fechaRadicacion',
    'tipo',
    'asunto',
    'motivosPrioridad!',
    'fechaVencimiento',
    'enlaceCaso',
  ],
  ANSWER_LETTER: [...CASE_FACTS, 'respuesta!', 'numeroSalida', 'fechaRespuesta', 'anexos'],
  DAILY_DIGEST: ['nombre', 'fecha', 'vencidos', 'porVencer', 'casos!', 'enlaceTrabajo'],
};

function placeholdersFor(key: TemplateKey): readonly TemplatePlaceholder[] {
  const names = new Map<PlaceholderName, boolean>();
  for (const entry of [...ALLOWED[key], ...OFFICE_PLACEHOLDERS]) {
    const required = entry.endsWith('!');
    const name = (required ? entry.slice(0, -1) : entry) as PlaceholderName;
    names.set(name, (names.get(name) ?? false) || required);
  }
  return [...names].map(([name, required]) => ({ name, required, ...PLACEHOLDERS[name] }));
}

/** Per template key, the placeholders it allows, in the order the editor lists them. */
export const TEMPLATE_PLACEHOLDERS: Readonly<Record<TemplateKey, readonly TemplatePlaceholder[]>> =
  Object.fromEntries(TEMPLATE_KEYS.map((key) => [key, placeholdersFor(key)])) as Record<
    TemplateKey,
    readonly TemplatePlaceholder[]
  >;

/** The templates' names as the ADMIN page shows them. */
export const TEMPLATE_LABELS: Readonly<Record<TemplateKey, string>> = {
  ACKNOWLEDGMENT: 'Acuse de recibo (constancia de radicación)',
  INFORMATION_REQUEST: 'Requerimiento para completar la petición (art. 17)',
  EXTENSION: 'Aviso de prórroga (art. 14, parágrafo)',
  TRANSFER: 'Aviso de traslado por competencia al peticionario (art. 21)',
  TRANSFER_COPY: 'Copia del traslado a la entidad competente (art. 21)',
  ANSWER: 'Aviso de respuesta (correo con el oficio)',
  TACIT_WITHDRAWAL: 'Desistimiento tácito (art. 17), sin número de acto',
  TACIT_WITHDRAWAL_DECREE: 'Acto que decreta el desistimiento tácito (art. 17)',
  AFFILIATION_DECISION: 'Decisión sobre la afiliación',
  PRIORITY_ALERT: 'Alerta de prioridad a la coordinación (art. 20)',
  ANSWER_LETTER: 'Oficio de respuesta (cuerpo de la carta)',
  DAILY_DIGEST: 'Resumen diario de vencimientos (personal)',
};

export function isTemplateKey(value: string): value is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(value);
}

/** The sample values of a template's placeholders, for a preview. */
export function sampleValuesOf(key: TemplateKey): Record<string, string> {
  return Object.fromEntries(TEMPLATE_PLACEHOLDERS[key].map(({ name, example }) => [name, example]));
}
