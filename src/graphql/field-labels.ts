// The Spanish name staff read for each input field, so a validation message says "el correo electrónico
// del peticionario" rather than "input.petitioner.email". The path itself still travels in the error's
// `field` extension, which the web client uses to put the message next to the right box.

/** What each validated field is called on the screens (test/e2e/validation-messages.test.ts keeps this whole). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  accessCode: 'código de acceso',
  // The office's calendar (addNonWorkingDay / removeNonWorkingDay) and its act.
  day: 'día',
  act: 'acto que declara el cambio',
  number: 'número del acto',
  retroactive: 'retroactivo',
  // Art. 17 (the window's extension, the act of a tacit withdrawal, a new filing) and art. 14.1 (copies).
  askedAt: 'fecha en que se pidió la prórroga',
  actNumber: 'número del acto administrativo',
  refilingOf: 'radicado de la petición desistida',
  deliveredAt: 'fecha de entrega de las copias',
  // The answer's review and a notice's follow-up.
  draft: 'versión del borrador',
  remarks: 'observaciones',
  notificationId: 'aviso',
  carrier: 'empresa de mensajería',
  guideNumber: 'número de guía',
  dispatchedAt: 'fecha de envío',
  outcome: 'resultado del envío',
  on: 'fecha',
  entityEmail: 'correo de la entidad competente',
  accessDecision: 'decisión sobre el acceso',
  accessDenialGround: 'fundamento legal de la negación',
  accessDenialDetail: 'detalle del fundamento legal',
  // Priority at filing (art. 20) and the merit evaluation of anonymous denuncias (Ley 962 art. 81).
  priorityProof: 'prueba sumaria',
  priorityProofAttachmentIds: 'archivos de la prueba sumaria',
  priorityProofAttachments: 'archivos de la prueba sumaria',
  lifeOrIntegrityRisk: 'riesgo para la vida o la integridad',
  admissible: 'procedencia',
  basis: 'fundamento de la evaluación',
  motivation: 'motivación',
  actionReference: 'referencia de la actuación',
  accessException: 'excepción invocada',
  accessDenialProvision: 'norma que establece la excepción',
  accessDenialHarm: 'daño que causaría la entrega',
  publicVersionDelivered: 'versión pública entregada',
  verbalAnswer: 'respuesta verbal',
  action: 'acción',
  active: 'cuenta activa',
  actorId: 'funcionario',
  address: 'dirección',
  affiliationId: 'afiliación',
  answerChannel: 'medio de respuesta',
  attachmentId: 'archivo adjunto',
  attachmentIds: 'archivos adjuntos',
  casesPerGroup: 'casos por grupo',
  challenge: 'verificación',
  dataProcessingConsent: 'autorización de tratamiento de datos',
  person: 'datos de quien presenta',
  website: 'sitio web',
  after: 'cursor de página',
  answer: 'respuesta',
  answeredAt: 'fecha de respuesta',
  answeredOn: 'fecha de respuesta',
  answers: 'respuestas',
  applicant: 'solicitante',
  asOf: 'fecha de corte',
  assigneeId: 'funcionario asignado',
  body: 'texto',
  campaign: 'campaña',
  // Campaigns and media (Planeación).
  campaignId: 'campaña',
  municipalityCode: 'municipio',
  startDate: 'fecha de inicio',
  endDate: 'fecha de cierre',
  channels: 'canales y medios',
  media: 'medios',
  budget: 'presupuesto',
  attendance: 'asistencia',
  actualCost: 'costo ejecutado',
  results: 'resultados',
  legacyName: 'nombre de campaña anterior',
  year: 'año',
  category: 'categoría',
  conclusions: 'conclusiones del informe',
  contentHash: 'huella del contenido',
  currentPassword: 'contraseña actual',
  dependency: 'dependencia',
  description: 'descripción',
  documentNumber: 'número de documento',
  documentType: 'tipo de documento',
  email: 'correo electrónico',
  entity: 'entidad',
  evidence: 'evidencia',
  key: 'plantilla',
  evidenceReference: 'referencia de la evidencia',
  expectedRevision: 'revisión esperada',
  fileSha256: 'huella del archivo',
  filter: 'filtro',
  first: 'cantidad por página',
  format: 'formato',
  from: 'fecha inicial',
  fullName: 'nombre completo',
  id: 'identificador',
  idempotencyKey: 'clave de idempotencia',
  input: 'formulario',
  instrumentId: 'encuesta',
  instrumentVersion: 'versión de la encuesta',
  kind: 'tipo',
  lateEntryReason: 'motivo del registro tardío',
  legalBasis: 'fundamento legal',
  linkedActionId: 'acción de mejora vinculada',
  linkedRadicados: 'radicados vinculados',
  memberNumber: 'número de afiliado',
  name: 'nombre',
  newPassword: 'contraseña nueva',
  note: 'nota',
  providedAt: 'fecha en que se aportó la información',
  password: 'contraseña',
  personId: 'persona',
  petitioner: 'peticionario',
  phone: 'teléfono',
  priority: 'prioridad',
  problem: 'problema',
  question: 'pregunta',
  questionId: 'pregunta',
  questions: 'preguntas',
  radicado: 'radicado',
  radicados: 'radicados de las peticiones análogas',
  reason: 'motivo',
  receivedAt: 'fecha de recibo',
  reference: 'referencia',
  reportId: 'informe',
  requestReference: 'referencia de la solicitud',
  respondent: 'encuestado',
  respondentId: 'encuestado',
  responsibleId: 'responsable',
  roles: 'roles',
  rootCause: 'causa raíz',
  satisfactionThreshold: 'umbral de satisfacción',
  search: 'búsqueda',
  source: 'origen',
  sourceReference: 'referencia del origen',
  stream: 'flujo',
  subject: 'asunto',
  suggest: 'sugerir',
  tags: 'etiquetas',
  text: 'texto',
  to: 'fecha final',
  type: 'tipo',
  username: 'usuario',
  version: 'versión',
  // The action plan (Planeación).
  title: 'nombre',
  goalId: 'meta',
  weight: 'peso',
  indicator: 'indicador',
  target: 'meta del indicador',
  progressPercent: 'porcentaje de avance',
  activityId: 'actividad',
  progressReportId: 'reporte de avance',
  // The risk map (Planeación).
  riskId: 'riesgo',
  cause: 'causa',
  consequence: 'consecuencia',
  probability: 'probabilidad',
  impact: 'impacto',
  periodicity: 'periodicidad del control',
  evidenceDescription: 'registro que deja el control',
  quarter: 'trimestre',
  controlsEffective: 'efectividad de los controles',
  observations: 'observaciones del monitoreo',
  occurredOn: 'fecha de la materialización',
  links: 'vínculos de la materialización',
  // The management review (Planeación).
  reviewId: 'revisión por la dirección',
  meetingDate: 'fecha de la reunión',
  period: 'periodo revisado',
  attendeeIds: 'asistentes',
  improvementAction: 'acción de mejora que formula',
  // Training, the PIC (Planeación).
  needKey: 'necesidad de capacitación',
  needKeys: 'necesidades que atiende',
  topic: 'tema',
  date: 'fecha',
  trainer: 'capacitador',
  passingScore: 'puntaje mínimo para aprobar',
  sessionId: 'sesión de capacitación',
  userId: 'funcionario',
  attended: 'asistió',
  score: 'puntaje de la evaluación',
};

/** Objects whose fields read "… del peticionario", "… del solicitante" and so on. */
const OWNERS: Readonly<Record<string, string>> = {
  petitioner: 'del peticionario',
  person: 'de quien presenta',
  applicant: 'del solicitante',
  respondent: 'del encuestado',
  evidence: 'de la evidencia',
  answers: 'de la respuesta',
  questions: 'de la pregunta',
};

/** Wrappers that add nothing a person would say: `input.subject` is just "asunto". */
const WRAPPERS: ReadonlySet<string> = new Set(['input', 'filter']);

/**
 * The field's Spanish label from its path: the last field's name, then whose it is, then which item of a
 * list ("asunto", "correo electrónico del peticionario", "puntaje de la respuesta n.º 2"). A name without a
 * label keeps its own, so a new field is never hidden, only less friendly.
 */
export function fieldLabel(path: string): string {
  const segments = path.split('.');
  const last = segments.length - 1;
  const name = segments[last];
  const label = FIELD_LABELS[name] ?? name;
  let owner: string | null = null;
  let item: number | null = null;
  for (let index = last - 1; index >= 0; index--) {
    const segment = segments[index];
    if (/^\d+$/.test(segment)) {
      item ??= Number(segment) + 1;
      continue;
    }
    if (WRAPPERS.has(segment)) continue;
    owner = OWNERS[segment] ?? `de ${FIELD_LABELS[segment] ?? segment}`;
    break;
  }
  return [label, owner, item === null ? null : `n.º ${item}`].filter((part) => part !== null).join(' ');
}
