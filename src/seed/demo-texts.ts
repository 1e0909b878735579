// The Spanish words of the demo year: case subjects and descriptions, answers, reasons, survey comments,
// improvement actions and FAQ entries, and the invented people who file them. Every name, document
// number and address here is made up; e-mail addresses use the reserved example.org domain.
import type { AccessDecision, PqrsKind } from '../domain/pqrs/events.js';
import type { SeededRandom } from './seeded-random.js';

/** Values a template's {placeholders} are filled from. */
const FILLERS: Readonly<Record<string, readonly string[]>> = {
  municipio: [
    'Zipaquirá',
    'Facatativá',
    'Fusagasugá',
    'Girardot',
    'Soacha',
    'Chía',
    'Mosquera',
    'Madrid',
    'Cajicá',
    'Villeta',
    'La Mesa',
    'Ubaté',
    'Pacho',
    'Tocancipá',
    'Sibaté',
  ],
  sede: [
    'la sede principal',
    'la oficina de Zipaquirá',
    'el punto de atención de Girardot',
    'la sede de Fusagasugá',
    'la oficina de Soacha',
    'el punto de atención de Facatativá',
  ],
  programa: [
    'el subsidio de vivienda',
    'el subsidio familiar en dinero',
    'el programa de becas',
    'los cursos de formación para el trabajo',
    'el programa de adulto mayor',
    'la jornada escolar complementaria',
    'el programa de crédito social',
  ],
  documento: [
    'el certificado de afiliación',
    'el paz y salvo de aportes',
    'la constancia de pagos del último año',
    'el certificado de beneficiarios',
    'la copia del contrato de prestación de servicios',
  ],
  mes: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre'],
  centro: [
    'el centro recreativo de Girardot',
    'el parque vacacional de Villeta',
    'el centro de convenciones de Chía',
    'el club campestre de La Mesa',
  ],
};

interface CaseTemplate {
  readonly subject: string;
  readonly description: string;
}

const CASE_TEMPLATES: Readonly<Record<PqrsKind, readonly CaseTemplate[]>> = {
  PETITION: [
    {
      subject: 'Solicitud de revisión de {programa}',
      description:
        'Solicito se revise mi postulación a {programa}, radicada en {mes}, porque no he recibido respuesta sobre su estado.',
    },
    {
      subject: 'Actualización de datos de beneficiarios',
      description:
        'Pido que se actualicen los datos de mis beneficiarios; adjunto registro civil de nacimiento de mi hija menor.',
    },
    {
      subject: 'Solicitud de cita para asesoría',
      description:
        'Requiero una cita con un asesor en {sede} para conocer los requisitos de {programa} en {municipio}.',
    },
    {
      subject: 'Inscripción en {programa}',
      description:
        'Solicito información y la inscripción de mi núcleo familiar en {programa}; vivimos en {municipio}.',
    },
    {
      subject: 'Reprogramación de reserva en {centro}',
      description:
        'Pido reprogramar la reserva que hice para {centro} en {mes}, por una incapacidad médica que adjunto.',
    },
    {
      subject: 'Devolución de aportes pagados dos veces',
      description:
        'El aporte del mes de {mes} se pagó dos veces por error del operador de planilla; solicito la devolución del valor duplicado.',
    },
  ],
  INFORMATION_REQUEST: [
    {
      subject: 'Solicitud de {documento}',
      description: 'Solicito la expedición de {documento} para presentarlo ante una entidad financiera.',
    },
    {
      subject: 'Copia de contratos celebrados en {mes}',
      description:
        'En ejercicio del derecho de acceso a la información pública, solicito copia de los contratos celebrados por la corporación en {mes}.',
    },
    {
      subject: 'Información sobre ejecución presupuestal',
      description: 'Solicito el informe de ejecución presupuestal de {programa} con corte a {mes}.',
    },
    {
      subject: 'Relación de beneficiarios por municipio',
      description:
        'Pido el número de beneficiarios de {programa} en {municipio}, sin datos personales, para un estudio académico.',
    },
    {
      subject: 'Copia del expediente de mi postulación',
      description: 'Solicito copia completa del expediente de mi postulación a {programa}.',
    },
    {
      subject: 'Tarifas vigentes de {centro}',
      description: 'Solicito las tarifas vigentes por categoría de afiliado para {centro}.',
    },
  ],
  CONSULTATION: [
    {
      subject: 'Consulta sobre requisitos de {programa}',
      description:
        'Consulto si un trabajador independiente que cotiza sobre dos salarios mínimos puede acceder a {programa}.',
    },
    {
      subject: 'Consulta sobre cuota monetaria por hijo con discapacidad',
      description:
        'Pregunto si la cuota monetaria se paga doble por un hijo con discapacidad y qué documentos se exigen.',
    },
    {
      subject: 'Alcance de la afiliación de pensionados',
      description:
        'Consulto qué servicios puede usar un pensionado afiliado voluntariamente y con qué tarifa.',
    },
    {
      subject: 'Interpretación del reglamento de crédito social',
      description:
        'Solicito concepto sobre si el reglamento de crédito social permite refinanciar una deuda vigente.',
    },
  ],
  COMPLAINT: [
    {
      subject: 'Mala atención en {sede}',
      description:
        'El día de ayer fui atendido de manera descortés en {sede}; el funcionario no quiso recibir mis documentos.',
    },
    {
      subject: 'Demora en la atención presencial',
      description: 'Esperé más de dos horas para ser atendido en {sede} y solo había una ventanilla abierta.',
    },
    {
      subject: 'Línea telefónica sin respuesta',
      description: 'Llevo una semana llamando a la línea de atención y nadie contesta; la llamada se corta.',
    },
    {
      subject: 'Estado de las instalaciones de {centro}',
      description:
        'Durante mi visita a {centro} encontré baños sin agua y zonas húmedas cerradas sin previo aviso.',
    },
  ],
  CLAIM: [
    {
      subject: 'Cuota monetaria no pagada en {mes}',
      description:
        'No recibí la cuota monetaria de {mes} aunque mi empleador está al día con los aportes; solicito el pago.',
    },
    {
      subject: 'Cobro indebido en {centro}',
      description:
        'En {centro} me cobraron la tarifa de no afiliado pese a presentar el carné vigente; pido el reintegro.',
    },
    {
      subject: 'Rechazo injustificado de postulación',
      description:
        'Mi postulación a {programa} fue rechazada por un documento que sí entregué; solicito que se revise la decisión.',
    },
    {
      subject: 'Descuento no autorizado del crédito social',
      description:
        'Se descontó de mi nómina una cuota del crédito social que ya había pagado en {mes}; pido la corrección.',
    },
  ],
  SUGGESTION: [
    {
      subject: 'Ampliar horario de atención en {municipio}',
      description:
        'Sugiero ampliar el horario del punto de atención de {municipio} los sábados en la mañana.',
    },
    {
      subject: 'Turnos digitales',
      description: 'Propongo un sistema de turnos por la página web para evitar filas en {sede}.',
    },
    {
      subject: 'Más cupos en {programa}',
      description: 'Sugiero abrir más cupos en {programa} para los municipios de la provincia.',
    },
  ],
  DENUNCIATION: [
    {
      subject: 'Presunto cobro por trámites gratuitos',
      description:
        'Una persona ofrece en las afueras de {sede} agilizar trámites a cambio de dinero, diciendo que es funcionaria.',
    },
    {
      subject: 'Posible irregularidad en contratación',
      description:
        'Denuncio posibles irregularidades en un contrato de mantenimiento de {centro} celebrado en {mes}.',
    },
    {
      subject: 'Uso indebido de subsidio',
      description:
        'Denuncio que una familia de {municipio} recibe el subsidio con información falsa sobre su núcleo familiar.',
    },
  ],
  INTERAUTHORITY: [
    {
      subject: 'Requerimiento de la Personería de {municipio}',
      description:
        'La Personería Municipal de {municipio} solicita información sobre las quejas recibidas de habitantes del municipio en {mes}.',
    },
    {
      subject: 'Solicitud de la Contraloría Departamental',
      description:
        'La Contraloría Departamental solicita el informe de PQRS del trimestre y los planes de mejoramiento en curso.',
    },
    {
      subject: 'Oficio de la Alcaldía de {municipio}',
      description:
        'La Alcaldía de {municipio} pide el listado de beneficiarios de {programa} en su jurisdicción para cruzar información.',
    },
  ],
  HABEAS_DATA_CONSULTATION: [
    {
      subject: 'Consulta sobre mis datos personales',
      description: 'Solicito conocer qué datos personales míos tiene la caja y con qué finalidad los usa.',
    },
  ],
  HABEAS_DATA_CLAIM: [
    {
      subject: 'Corrección de mis datos personales',
      description:
        'Solicito corregir la dirección y el teléfono registrados, que no corresponden a los míos.',
    },
  ],
};

const ANSWERS: Readonly<Record<PqrsKind, readonly string[]>> = {
  PETITION: [
    'Se atendió la petición: la solicitud fue revisada y aprobada; el resultado se envió al correo registrado.',
    'Se informa que su solicitud fue tramitada y quedó registrada en el sistema; puede consultarla en la página web.',
    'Revisada la solicitud, se le informa el procedimiento y los documentos que debe aportar en la sede más cercana.',
  ],
  INFORMATION_REQUEST: [
    'Se remite la información solicitada en archivo adjunto, conforme a la Ley 1712 de 2014.',
    'Se entrega la información pública solicitada; los datos personales de terceros se omiten por reserva legal.',
  ],
  CONSULTATION: [
    'En respuesta a su consulta, el reglamento vigente establece las condiciones que se explican en el concepto adjunto.',
    'Se emite concepto: el caso consultado sí está cubierto, siempre que se cumplan los requisitos indicados.',
  ],
  COMPLAINT: [
    'Lamentamos lo ocurrido; se adelantó la revisión con el área responsable y se tomaron medidas para que no se repita.',
    'Se verificó la situación descrita y se reforzó la capacitación del personal de atención.',
  ],
  CLAIM: [
    'Revisado el reclamo, se encontró procedente y se ordenó el pago correspondiente en el siguiente ciclo.',
    'Se verificaron los registros: el reclamo no procede porque el valor se liquidó correctamente; se adjunta el detalle.',
    'Se corrigió el error y se reintegró el valor cobrado de más a la cuenta registrada.',
  ],
  SUGGESTION: [
    'Agradecemos su sugerencia; fue remitida al comité de servicio para su estudio en la próxima planeación.',
    'Su sugerencia fue acogida y se incluirá en el plan de mejora del servicio.',
  ],
  DENUNCIATION: [
    'Se dio traslado de los hechos a la Oficina de Control Interno Disciplinario, que abrió la indagación correspondiente.',
    'Se verificaron los hechos denunciados y se adoptaron las medidas administrativas del caso.',
  ],
  INTERAUTHORITY: [
    'Se remite a la autoridad solicitante la información requerida, dentro del término legal.',
    'Se da respuesta al oficio con el informe solicitado y sus anexos.',
  ],
  HABEAS_DATA_CONSULTATION: [
    'Se informan los datos personales registrados, su finalidad y las autorizaciones otorgadas.',
  ],
  HABEAS_DATA_CLAIM: [
    'Se corrigieron los datos personales indicados y se retiró la leyenda de reclamo en trámite.',
  ],
};

const ACCESS_DENIAL_ANSWERS = [
  'Se niega el acceso: la información solicitada contiene datos personales de terceros protegidos por la Ley 1581 de 2012.',
  'Se niega el acceso por tratarse de información reservada según el artículo 19 de la Ley 1712 de 2014.',
];

const PARTIAL_ACCESS_ANSWERS = [
  'Se entrega parcialmente la información: se omiten los apartes que contienen datos reservados.',
];

export const EXTENSION_REASONS = [
  'La respuesta requiere información de otra dependencia que aún no ha sido remitida.',
  'El volumen de documentos por revisar exige un término adicional.',
  'Se requiere concepto de la Oficina Jurídica antes de responder de fondo.',
  'Se está verificando la información con el operador de planilla.',
];

export const TRANSFER_DESTINATIONS: readonly (readonly [entity: string, reason: string])[] = [
  [
    'Superintendencia del Subsidio Familiar',
    'La materia de la petición es de competencia del ente de vigilancia.',
  ],
  ['Secretaría de Salud de Cundinamarca', 'La petición versa sobre la prestación de servicios de salud.'],
  ['Administradora Colombiana de Pensiones', 'La petición se refiere a aportes a pensión.'],
  ['Alcaldía Municipal de Soacha', 'El asunto corresponde a un programa del municipio.'],
  ['Servicio Nacional de Aprendizaje', 'La petición trata sobre cursos que ofrece otra entidad.'],
];

export const INFORMATION_REQUEST_NOTES = [
  'Falta copia legible del documento de identidad del peticionario.',
  'Debe indicar el número de la postulación o de la factura a la que se refiere.',
  'Debe aportar el certificado laboral con fecha de expedición no mayor a 30 días.',
  'No se indica la dirección de notificación ni el período al que se refiere la solicitud.',
];

export const INFORMATION_PROVIDED_NOTES = [
  'El peticionario aportó el documento pedido por correo electrónico.',
  'El peticionario completó la información en la ventanilla de radicación.',
  'Se recibió por correspondencia la información faltante.',
];

export const EXPRESS_WITHDRAWAL_REASONS = [
  'El peticionario informó por escrito que desiste de la solicitud.',
  'El peticionario manifestó que el asunto ya fue resuelto y retira la petición.',
];

export const TACIT_WITHDRAWAL_REASON =
  'Vencido el mes sin que el peticionario completara la petición (art. 17, Ley 1755 de 2015).';

export function caseText(kind: PqrsKind, random: SeededRandom): CaseTemplate {
  const template = random.pick(CASE_TEMPLATES[kind]);
  // One draw per placeholder, the same in subject and description: "{programa}" names one programme.
  const chosen = new Map<string, string>();
  // A filler that starts with "el" joins a "de" or "a" before it as Spanish writes it: "del", "al".
  const fill = (text: string): string =>
    text.replace(/(\b(?:de|a) )?\{(\w+)\}/g, (placeholder, before: string | undefined, name: string) => {
      const values = FILLERS[name];
      if (values === undefined) return placeholder;
      if (!chosen.has(name)) chosen.set(name, random.pick(values));
      const value = chosen.get(name)!;
      if (before === undefined) return value;
      return value.startsWith('el ') ? `${before.trimEnd()}l ${value.slice(3)}` : `${before}${value}`;
    });
  return { subject: fill(template.subject), description: fill(template.description) };
}

export function answerText(
  kind: PqrsKind,
  accessDecision: AccessDecision | null,
  random: SeededRandom,
): string {
  if (accessDecision === 'DENIED') return random.pick(ACCESS_DENIAL_ANSWERS);
  if (accessDecision === 'PARTIALLY_GRANTED') return random.pick(PARTIAL_ACCESS_ANSWERS);
  return random.pick(ANSWERS[kind]);
}

// ----- invented people -----

const FIRST_NAMES = [
  'María',
  'Luz',
  'Ana',
  'Carmen',
  'Diana',
  'Paola',
  'Sandra',
  'Gloria',
  'Natalia',
  'Juliana',
  'José',
  'Luis',
  'Carlos',
  'Jorge',
  'Andrés',
  'Felipe',
  'Camilo',
  'Óscar',
  'Hernán',
  'Miguel',
  'Sebastián',
  'Valentina',
  'Daniela',
  'Yolanda',
];

const SURNAMES = [
  'Rodríguez',
  'Gómez',
  'Martínez',
  'López',
  'González',
  'Hernández',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Díaz',
  'Rojas',
  'Moreno',
  'Vargas',
  'Castro',
  'Cárdenas',
  'Beltrán',
  'Forero',
  'Garzón',
  'Quintero',
  'Ospina',
  'Parra',
  'Suárez',
  'Bohórquez',
];

const COMPANY_WORDS = [
  [
    'Comercializadora',
    'Distribuciones',
    'Inversiones',
    'Servicios Integrales',
    'Agroindustrias',
    'Transportes',
  ],
  ['Sabana', 'Tequendama', 'Gualivá', 'Sumapaz', 'Rionegro', 'Guavio', 'Almeidas'],
  ['S.A.S.', 'Ltda.', 'S.A.S.', 'y Cía. S.A.S.'],
] as const;

const STREETS = ['Calle', 'Carrera', 'Avenida', 'Diagonal', 'Transversal'];

export interface InventedPerson {
  readonly name: string;
  readonly documentType: string;
  readonly documentNumber: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

/** The `index`-th invented person: unique documents (a reserved-looking 99… range), plausible names. */
export function inventedPerson(index: number, random: SeededRandom): InventedPerson {
  const first = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const secondSurname = random.pick(SURNAMES);
  const name = `${first} ${surname} ${secondSurname}`;
  const withEmail = random.chance(0.7);
  return {
    name,
    documentType: random.chance(0.95) ? 'CC' : 'CE',
    documentNumber: `99${String(index + 1).padStart(8, '0')}`,
    email: withEmail ? `${asciiHandle(first)}.${asciiHandle(surname)}${index + 1}@example.org` : null,
    phone: null,
    address: random.chance(0.6) ? inventedAddress(random) : null,
  };
}

/** An invented company for COMPANY affiliations: a NIT in a made-up range. */
export function inventedCompany(index: number, random: SeededRandom): InventedPerson {
  const [kinds, places, forms] = COMPANY_WORDS;
  const name = `${random.pick(kinds)} ${random.pick(places)} ${random.pick(forms)}`;
  return {
    name,
    documentType: 'NIT',
    documentNumber: `99${String(index + 1).padStart(7, '0')}-${index % 10}`,
    email: `contacto${index + 1}@example.org`,
    phone: null,
    address: inventedAddress(random),
  };
}

function inventedAddress(random: SeededRandom): string {
  return `${random.pick(STREETS)} ${random.integer(1, 120)} # ${random.integer(1, 90)}-${random.integer(1, 99)}, ${random.pick(FILLERS.municipio!)}`;
}

function asciiHandle(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// ----- affiliations -----

// The campaigns the requests come from are the plan's (seed/planning/plan-campaigns.ts), named by id.

export const DOCUMENT_REJECTION_REASONS = [
  'El documento está ilegible.',
  'El certificado tiene más de 30 días de expedido.',
  'El documento no corresponde al solicitante.',
  'Falta la firma del representante legal.',
];

export const AFFILIATION_REJECTION_REASONS = [
  'El solicitante no aportó los documentos requeridos dentro del plazo.',
  'El solicitante ya figura afiliado por medio de otro empleador.',
  'La empresa no acreditó su existencia y representación legal.',
];

export const NOVELTY_DESCRIPTIONS = {
  DATA_UPDATE: [
    'Actualización de dirección y teléfono de contacto.',
    'Inclusión de un nuevo beneficiario (hijo recién nacido).',
    'Cambio de correo electrónico de notificación.',
  ],
  RETIREMENT: [
    'Retiro por terminación del contrato laboral.',
    'Retiro voluntario del afiliado independiente.',
  ],
  REACTIVATION: ['Reactivación por nueva vinculación laboral.', 'Reactivación a solicitud del afiliado.'],
} as const;

// ----- the satisfaction survey -----

export const SURVEY_NAME = 'Encuesta de satisfacción del servicio de Atención al Cliente';

export const SURVEY_QUESTIONS = [
  { id: 'atencion', text: '¿Qué tan satisfecho está con la atención recibida?', kind: 'SCALE_1_5' },
  { id: 'claridad', text: '¿La respuesta fue clara y comprensible?', kind: 'SCALE_1_5' },
  { id: 'oportunidad', text: '¿El tiempo de respuesta fue adecuado?', kind: 'SCALE_1_5' },
  { id: 'resuelta', text: '¿Su solicitud fue resuelta de fondo?', kind: 'YES_NO' },
  { id: 'comentarios', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
] as const;

/** The question demo answers rate lowest: its index falls below the threshold and prompts an action. */
export const WEAKEST_SURVEY_QUESTION = 'oportunidad';

export const SURVEY_COMMENTS_PLEASED = [
  'Muy buena atención, la funcionaria fue amable y clara.',
  'Me respondieron rápido y resolvieron mi caso.',
  'Excelente servicio, gracias.',
  'La respuesta llegó completa y a tiempo.',
];

export const SURVEY_COMMENTS_DISPLEASED = [
  'La respuesta tardó demasiado.',
  'Tuve que llamar varias veces para saber del trámite.',
  'La respuesta no resolvió lo que pregunté.',
  'Deberían informar el estado de la solicitud sin tener que preguntar.',
  'Las filas en la sede son muy largas.',
];

// ----- improvement actions -----

export interface ActionText {
  readonly problem: string;
  readonly rootCause: string;
  readonly action: string;
}

export const PQRS_ACTION_TEXTS: readonly ActionText[] = [
  {
    problem: 'Respuesta extemporánea a una PQRS por demora en la asignación.',
    rootCause: 'Los casos radicados por correo electrónico se asignaban solo una vez por semana.',
    action:
      'Asignar diariamente los casos recibidos por correo y revisar el tablero de vencimientos cada mañana.',
  },
  {
    problem: 'Queja reiterada por mala atención en ventanilla.',
    rootCause: 'El personal nuevo no recibió inducción en protocolo de servicio.',
    action: 'Incluir el protocolo de servicio en la inducción y hacer seguimiento con cliente incógnito.',
  },
  {
    problem: 'Reclamos por cuota monetaria no pagada.',
    rootCause: 'Cruce tardío de la información de planillas con la base de beneficiarios.',
    action: 'Automatizar el cruce semanal de planillas y alertar las inconsistencias antes del pago.',
  },
];

export const SURVEY_ACTION_TEXT: ActionText = {
  problem: 'El índice de satisfacción con la oportunidad de la respuesta está por debajo de la meta.',
  rootCause: 'Los peticionarios no reciben información del avance de su caso mientras se tramita.',
  action: 'Enviar un aviso automático al peticionario al asignar el caso y al vencer la mitad del término.',
};

export const AUDIT_ACTION_TEXTS: readonly ActionText[] = [
  {
    problem: 'Hallazgo de auditoría: expedientes de PQRS sin la constancia de notificación de la respuesta.',
    rootCause: 'El procedimiento no exige adjuntar la constancia antes de cerrar el caso.',
    action: 'Ajustar el procedimiento y verificar la constancia en la lista de chequeo de cierre.',
  },
  {
    problem: 'Hallazgo de auditoría: tablas de retención documental desactualizadas para PQRS.',
    rootCause: 'No se revisaron las tablas tras el cambio de la estructura orgánica.',
    action: 'Actualizar las tablas de retención con Gestión Documental y socializarlas.',
  },
  {
    problem: 'Hallazgo de auditoría: prórrogas sin motivación suficiente.',
    rootCause: 'No hay un formato que guíe la motivación de la prórroga.',
    action: 'Adoptar un formato de prórroga con los motivos exigidos por la Ley 1755 de 2015.',
  },
];

export const INDICATOR_ACTION_TEXTS: readonly ActionText[] = [
  {
    problem: 'El indicador de oportunidad de respuesta a PQRS quedó por debajo de la meta del 90 %.',
    rootCause: 'Concentración de casos en dos funcionarios de la dependencia.',
    action: 'Redistribuir la carga de casos y fijar un tope de casos abiertos por funcionario.',
  },
  {
    problem: 'Aumento de los días promedio de decisión de las afiliaciones.',
    rootCause: 'Revisión manual de documentos que ya están en bases de datos públicas.',
    action: 'Consultar en línea el RUT y el certificado de existencia en vez de exigir la copia.',
  },
];

export const ACTION_PROGRESS_NOTES = [
  'Se elaboró el borrador del procedimiento ajustado.',
  'Se capacitó al equipo de atención en la medida adoptada.',
  'Se implementó el cambio y se hace seguimiento semanal.',
  'Se aprobó el ajuste en el comité de calidad.',
];

export const ACTION_EVIDENCE = [
  'Acta de reunión del comité de calidad',
  'Listado de asistencia a la capacitación',
  'Procedimiento actualizado en el sistema de gestión',
  'Informe de seguimiento del mes',
];

export const EFFECTIVE_EVIDENCE = [
  'El indicador del trimestre siguiente cumplió la meta.',
  'No se repitieron quejas por la misma causa en tres meses.',
];

export const NOT_EFFECTIVE_EVIDENCE = [
  'El indicador siguió por debajo de la meta en el trimestre siguiente.',
  'Se recibieron nuevas quejas por la misma causa.',
];

// ----- FAQ -----

export interface FaqText {
  readonly question: string;
  readonly answer: string;
  readonly category: string;
  readonly tags: readonly string[];
}

export const FAQ_TEXTS: readonly FaqText[] = [
  {
    question: '¿Cómo solicito el certificado de afiliación?',
    answer: 'Puede descargarlo en la página web con su número de documento o pedirlo en cualquier sede.',
    category: 'Afiliaciones',
    tags: ['certificado', 'afiliación'],
  },
  {
    question: '¿Cuánto tarda la respuesta a una petición?',
    answer:
      'Quince días hábiles por regla general; diez para solicitudes de información y treinta para consultas (Ley 1755 de 2015).',
    category: 'PQRS',
    tags: ['términos', 'petición'],
  },
  {
    question: '¿Qué documentos necesito para afiliarme como independiente?',
    answer:
      'Documento de identidad, formulario de afiliación, soporte de ingresos y el último pago de seguridad social.',
    category: 'Afiliaciones',
    tags: ['independientes', 'requisitos'],
  },
  {
    question: '¿Cuándo se paga la cuota monetaria?',
    answer: 'Dentro de los primeros diez días hábiles de cada mes, a la tarjeta o cuenta registrada.',
    category: 'Subsidios',
    tags: ['cuota monetaria', 'pagos'],
  },
  {
    question: '¿Cómo reservo en los centros recreativos?',
    answer: 'Por la página web o en las sedes, con al menos cinco días de anticipación y el carné vigente.',
    category: 'Recreación',
    tags: ['reservas', 'recreación'],
  },
  {
    question: '¿Qué pasa si no completo mi petición cuando me lo piden?',
    answer:
      'Tiene un mes para aportar lo que falta; si no lo hace, la petición se entiende desistida (art. 17, Ley 1755 de 2015).',
    category: 'PQRS',
    tags: ['desistimiento', 'petición incompleta'],
  },
  {
    question: '¿Cómo actualizo mis beneficiarios?',
    answer:
      'Radique el formulario de novedades con el registro civil o el documento que acredite el parentesco.',
    category: 'Afiliaciones',
    tags: ['beneficiarios', 'novedades'],
  },
];
