// The Auditoría screen's rules: the search in the URL and as the server's filter, the Spanish names of
// event types per category, the replay's steps, the case's state in words, and the verdicts.
import {
  auditEventsFilterOf,
  auditSearchFromParams,
  auditSearchProblems,
  auditTrailVerdict,
  caseStateRows,
  categoryOfStream,
  EMPTY_AUDIT_SEARCH,
  EVENT_TYPE_OPTIONS,
  formatAuditInstant,
  eventSubject,
  eventTypeLabel,
  eventTypeOptionValue,
  hexOfDigest,
  historyEventLabel,
  isEmptySearch,
  issuedReportForFile,
  paramsWithAuditSearch,
  parseEventTypeOptionValue,
  replayInstants,
  replayMarks,
  replayStepText,
  reportFileVerdict,
  reportRegenerationVerdict,
} from '../../web/src/logic/audit.js';

describe('the search in the URL', () => {
  const search = {
    radicado: 'pqrs-2026-000042 ',
    actorId: 'u-7',
    category: 'pqrs-',
    type: 'Assigned',
    from: '2026-03-01',
    to: '2026-03-31',
    petitioner: '',
  };

  it('goes to the URL and comes back the same, with the radicado written as the server writes it', () => {
    const params = paramsWithAuditSearch(search);
    expect(params.toString()).toBe(
      'radicado=PQRS-2026-000042&actor=u-7&categoria=pqrs-&tipo=Assigned&desde=2026-03-01&hasta=2026-03-31',
    );
    expect(auditSearchFromParams(params)).toEqual({ ...search, radicado: 'PQRS-2026-000042' });
  });

  it('never puts the petitioner (a person’s name or document) in the URL', () => {
    const params = paramsWithAuditSearch({ ...search, petitioner: 'Yolanda Díaz 9900000147' });

    expect(params.toString()).not.toMatch(/Yolanda|9900000147/);
    expect(auditSearchFromParams(params).petitioner).toBe('');
  });

  it('keeps the case being replayed and drops the parts cleared', () => {
    const params = paramsWithAuditSearch(
      { ...EMPTY_AUDIT_SEARCH, type: '' },
      new URLSearchParams('caso=PQRS-2026-000001&tipo=Assigned&categoria=pqrs-'),
    );
    expect(params.toString()).toBe('caso=PQRS-2026-000001');
  });

  it('ignores what does not make sense in a URL: a date that is not one, a type without its category', () => {
    expect(auditSearchFromParams(new URLSearchParams('desde=2026-02-30&hasta=ayer&tipo=Assigned'))).toEqual(
      EMPTY_AUDIT_SEARCH,
    );
    expect(isEmptySearch(auditSearchFromParams(new URLSearchParams('')))).toBe(true);
    expect(isEmptySearch({ ...EMPTY_AUDIT_SEARCH, actorId: 'u-1' })).toBe(false);
  });
});

describe('the search sent to the server', () => {
  it('turns the days into the instants that open and close them in Bogotá, both included', () => {
    expect(
      auditEventsFilterOf({
        ...EMPTY_AUDIT_SEARCH,
        from: '2026-03-01',
        to: '2026-03-31',
        radicado: ' pqrs-2026-000001',
      }),
    ).toEqual({
      radicado: 'PQRS-2026-000001',
      actorId: null,
      category: null,
      type: null,
      from: '2026-03-01T00:00:00.000-05:00',
      to: '2026-03-31T23:59:59.999-05:00',
      petitioner: null,
    });
  });

  it('sends the petitioner as typed, without the spaces around it', () => {
    expect(auditEventsFilterOf({ ...EMPTY_AUDIT_SEARCH, petitioner: ' Yolanda Díaz ' })).toMatchObject({
      petitioner: 'Yolanda Díaz',
    });
  });

  it('sends a type only with its category, and a category alone for "every event of it"', () => {
    expect(auditEventsFilterOf({ ...EMPTY_AUDIT_SEARCH, type: 'Assigned' })).toMatchObject({
      category: null,
      type: null,
    });
    expect(auditEventsFilterOf({ ...EMPTY_AUDIT_SEARCH, category: 'affiliation-' })).toMatchObject({
      category: 'affiliation-',
      type: null,
    });
  });

  it('refuses a period that ends before it starts, next to the last day', () => {
    expect(auditSearchProblems({ ...EMPTY_AUDIT_SEARCH, from: '2026-03-02', to: '2026-03-01' })).toEqual({
      to: 'La fecha final es anterior a la inicial.',
    });
    expect(auditSearchProblems({ ...EMPTY_AUDIT_SEARCH, from: '2026-03-01', to: '2026-03-01' })).toEqual({});
    expect(auditSearchProblems({ ...EMPTY_AUDIT_SEARCH, from: '2026-13-01' })).toEqual({
      from: 'La fecha inicial no es válida.',
    });
  });
});

describe('event types in Spanish', () => {
  it('names a type by its category: a PQRS assignment and an affiliation’s are told apart', () => {
    expect(eventTypeLabel('pqrs-', 'Assigned')).toBe('Asignación');
    expect(eventTypeLabel('affiliation-', 'Assigned')).toBe('Asignación de la afiliación');
    expect(eventTypeLabel('pqrs-', 'Answered')).toBe('Respuesta');
    expect(eventTypeLabel('affiliation-', 'Answered')).toBe('Decisión notificada');
  });

  it('shows the code of a type it does not know rather than hiding the event', () => {
    expect(eventTypeLabel('pqrs-', 'SomethingNew')).toBe('SomethingNew');
    expect(eventTypeLabel('calendar-', 'NonWorkingDayAdded')).toBe('NonWorkingDayAdded');
  });

  it('offers each type once, its value carrying the category', () => {
    const values = EVENT_TYPE_OPTIONS.map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('pqrs-:Assigned');
    expect(values).toContain('affiliation-:Assigned');
    expect(parseEventTypeOptionValue(eventTypeOptionValue('survey-response-', 'SurveyAnswered'))).toEqual({
      category: 'survey-response-',
      type: 'SurveyAnswered',
    });
    expect(parseEventTypeOptionValue('pqrs-')).toEqual({ category: 'pqrs-', type: '' });
  });

  it('names what an event is about: a case by its radicado, anything else by its kind and id', () => {
    expect(
      eventSubject({ category: 'pqrs-', entityId: 'PQRS-2026-000001', radicado: 'PQRS-2026-000001' }),
    ).toBe('PQRS-2026-000001');
    expect(eventSubject({ category: 'affiliation-', entityId: 'a1', radicado: null })).toBe(
      'Afiliaciones a1',
    );
  });

  it('reads a stream’s category as the server does, longest known prefix first', () => {
    expect(categoryOfStream('survey-instrument-7f')).toBe('survey-instrument-');
    expect(categoryOfStream('user-42')).toBe('user-');
    expect(categoryOfStream('calendar-2026')).toBe('calendar-');
  });

  it('names a case history’s improvement-action milestones as such', () => {
    expect(historyEventLabel({ stream: 'improvement-action-x', type: 'ActionFormulated' })).toBe(
      'Acción de mejora formulada',
    );
    expect(historyEventLabel({ stream: 'pqrs-PQRS-2026-000001', type: 'Received' })).toBe('Radicación');
  });
});

describe('instants for auditors', () => {
  it('shows an instant in Bogotá time down to the second', () => {
    expect(formatAuditInstant('2026-03-02T15:00:05.123Z')).toBe('02/03/2026 10:00:05');
    expect(formatAuditInstant('2026-03-03T04:59:59Z')).toBe('02/03/2026 23:59:59');
    expect(formatAuditInstant('no es un instante')).toBe('no es un instante');
  });
});

describe('the replay of a case', () => {
  const events = [
    { stream: 'pqrs-P', type: 'Assigned', recordedAt: '2026-03-02T15:05:00.000Z' },
    { stream: 'pqrs-P', type: 'Received', recordedAt: '2026-03-02T15:00:00.000Z' },
    { stream: 'improvement-action-a', type: 'ActionFormulated', recordedAt: '2026-03-02T15:05:00.000Z' },
    { stream: 'pqrs-P', type: 'Answered', recordedAt: '2026-03-10T21:30:00.000Z' },
  ];

  it('steps through the distinct instants the events were recorded at, oldest first', () => {
    expect(replayInstants(events)).toEqual([
      '2026-03-02T15:00:00.000Z',
      '2026-03-02T15:05:00.000Z',
      '2026-03-10T21:30:00.000Z',
    ]);
    expect(replayInstants([])).toEqual([]);
  });

  it('marks every step and labels only the first and the last, in Bogotá time', () => {
    expect(replayMarks(replayInstants(events))).toEqual([
      { value: 0, label: '02/03/2026 10:00:00' },
      { value: 1 },
      { value: 2, label: '10/03/2026 16:30:00' },
    ]);
    expect(replayMarks(['2026-03-02T15:00:00.000Z'])).toEqual([{ value: 0, label: '02/03/2026 10:00:00' }]);
  });

  it('reads a step aloud with everything recorded at that instant', () => {
    const instants = replayInstants(events);
    expect(replayStepText(instants, 1, events)).toBe(
      'Paso 2 de 3: 02/03/2026 10:05:00, Asignación, Acción de mejora formulada',
    );
    expect(replayStepText(instants, 5, events)).toBe('');
  });
});

describe('the state of a case in words', () => {
  const received = {
    status: 'RECEIVED',
    radicado: 'PQRS-2026-000001',
    kind: 'PETITION',
    channel: 'EMAIL',
    subject: 'Certificado de afiliación',
    receivedAt: '2026-03-02T15:00:00.000Z',
    dueDate: '2026-03-24',
    assignee: null,
    informationRequest: null,
  };

  it('shows what a received case knows, and nothing that does not apply yet', () => {
    expect(caseStateRows(received)).toEqual([
      { label: 'Estado', value: 'Radicada' },
      { label: 'Tipo', value: 'Petición' },
      { label: 'Canal', value: 'Correo electrónico' },
      { label: 'Asunto', value: 'Certificado de afiliación' },
      { label: 'Radicada', value: '02/03/2026 10:00' },
      { label: 'Fecha de vencimiento', value: '24/03/2026' },
    ]);
  });

  it('names the assignee and says whether the answer came on time', () => {
    const answered = {
      ...received,
      status: 'ANSWERED',
      assignee: { id: 'u-7', dependency: 'Atención al Cliente' },
      answeredAt: '2026-03-10T21:30:00.000Z',
      answeredOnTime: true,
    };
    const rows = caseStateRows(answered, new Map([['u-7', 'Laura Gómez']]));
    expect(rows[0]).toEqual({ label: 'Estado', value: 'Respondida' });
    expect(rows).toContainEqual({ label: 'Asignada a', value: 'Laura Gómez' });
    expect(rows).toContainEqual({ label: 'Dependencia', value: 'Atención al Cliente' });
    expect(rows).toContainEqual({ label: 'Respondida', value: '10/03/2026 16:30 (a tiempo)' });
    expect(caseStateRows({ ...answered, answeredOnTime: false })).toContainEqual({
      label: 'Respondida',
      value: '10/03/2026 16:30 (fuera de término)',
    });
    expect(caseStateRows(answered)).toContainEqual({ label: 'Asignada a', value: 'u-7' });
  });

  it('says a case not yet received is not, and reads nothing into what is not a state', () => {
    expect(caseStateRows({ status: 'NOT_RECEIVED' })).toEqual([
      { label: 'Estado', value: 'Aún no radicado' },
    ]);
    expect(caseStateRows(null)).toEqual([]);
  });
});

describe('the verdicts of the verifications', () => {
  it('says the audit trail is whole, with how much was checked', () => {
    expect(
      auditTrailVerdict({ ok: true, streamsChecked: 3, eventsChecked: 12, firstMismatch: null }),
    ).toEqual({
      ok: true,
      text: 'La cadena de auditoría está íntegra: se verificaron 12 eventos en 3 flujos y ninguno fue alterado.',
    });
    expect(auditTrailVerdict({ ok: true, streamsChecked: 1, eventsChecked: 1 }).text).toContain(
      '1 evento en 1 flujo',
    );
  });

  it('names the first altered event and why, in plain words', () => {
    const verdict = auditTrailVerdict({
      ok: false,
      streamsChecked: 2,
      eventsChecked: 5,
      firstMismatch: {
        stream: 'pqrs-PQRS-2026-000001',
        revision: 1,
        type: 'Assigned',
        reason: 'HASH_MISMATCH',
      },
    });
    expect(verdict).toEqual({
      ok: false,
      text: 'Se encontró una alteración en el registro: el evento 2 del flujo pqrs-PQRS-2026-000001 (Asignación) no coincide con la huella con la que se registró: su contenido fue modificado. Se revisaron 5 eventos en 2 flujos hasta encontrarla.',
    });
  });

  it('spells out what the whole-log checks found where no single event is to blame, and counts the rest', () => {
    const finding = (radicado: string) => ({
      kind: 'RADICADO_WITHOUT_CASE',
      description: `Radicado sin caso: ${radicado} fue emitido, pero el registro no tiene su caso.`,
    });
    const verdict = auditTrailVerdict({
      ok: false,
      streamsChecked: 9,
      eventsChecked: 40,
      firstMismatch: null,
      findings: ['PQRS-2026-000001', 'PQRS-2026-000002', 'PQRS-2026-000003', 'PQRS-2026-000004'].map(finding),
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.text).toBe(
      'La verificación de la cadena de auditoría falló (40 eventos en 9 flujos revisados). Hallazgos (4): ' +
        'Radicado sin caso: PQRS-2026-000001 fue emitido, pero el registro no tiene su caso. ' +
        'Radicado sin caso: PQRS-2026-000002 fue emitido, pero el registro no tiene su caso. ' +
        'Radicado sin caso: PQRS-2026-000003 fue emitido, pero el registro no tiene su caso. … y 1 más.',
    );
  });

  it('gives the last signed head of a whole log, for the auditor to keep', () => {
    const head = `VLH1.40.${'a'.repeat(64)}.${'S'.repeat(86)}`;
    expect(
      auditTrailVerdict({
        ok: true,
        streamsChecked: 9,
        eventsChecked: 40,
        signedHeads: 2,
        lastSignedHead: head,
      }).text,
    ).toBe(
      `La cadena de auditoría está íntegra: se verificaron 40 eventos en 9 flujos y ninguno fue alterado. Cabezas firmadas verificadas: 2; la última: ${head}.`,
    );
  });

  it('writes a digest as the server writes hashes', () => {
    expect(hexOfDigest(new Uint8Array([0, 15, 16, 255]).buffer)).toBe('000f10ff');
  });

  it('says whether a downloaded file is the one issued', () => {
    const report = {
      fileName: 'informe-pqrs.pdf',
      issuedAt: '2026-07-01T14:00:00.000Z',
      contentHash: 'c'.repeat(64),
    };
    const matching = reportFileVerdict({ matches: true, report }, 'informe-pqrs.pdf', 'a'.repeat(64));
    expect(matching.ok).toBe(true);
    expect(matching.text).toContain(
      'es exactamente el que se entregó al emitir el informe el 01/07/2026 09:00',
    );
    const other = reportFileVerdict({ matches: false, report }, 'copia.pdf', 'b'.repeat(64));
    expect(other.ok).toBe(false);
    expect(other.text).toContain('fue modificado o es otro archivo');
    expect(
      reportRegenerationVerdict({ matches: false, regeneratedContentHash: 'd'.repeat(64), report }).text,
    ).toBe(
      `Al regenerar el informe con sus mismos datos de emisión el contenido no coincide: se emitió con la huella ${'c'.repeat(64)} y hoy da ${'d'.repeat(64)}.`,
    );
  });

  it('finds the issued report a file came from by its name', () => {
    const reports = [
      { id: 'r1', fileName: 'a.pdf' },
      { id: 'r2', fileName: 'b.csv' },
    ];
    expect(issuedReportForFile(reports, 'b.csv')?.id).toBe('r2');
    expect(issuedReportForFile(reports, 'b (1).csv')).toBeNull();
  });
});
