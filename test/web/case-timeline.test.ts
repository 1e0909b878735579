// The case's timeline names every event the history can hold in Spanish and says who did it and when, on
// Bogotá's clock, both when it happened and when it was recorded.
import { PQRS_EVENT_SCHEMA_VERSIONS } from '../../src/domain/pqrs/index.js';
import { CASE_EVENT_LABELS, eventDetail, timelineEntryOf } from '../../web/src/logic/case-timeline.js';

describe('the timeline of a case', () => {
  it('has a Spanish name for every event of a case and for the improvement-action milestones it shows', () => {
    for (const type of [...Object.keys(PQRS_EVENT_SCHEMA_VERSIONS), 'ActionFormulated', 'ActionClosed'])
      expect(CASE_EVENT_LABELS[type]).toEqual(expect.stringMatching(/^[A-ZÁÉÍÓÚ]/));
  });

  it('says who did it, in which role, and when it happened and was recorded, in Bogotá', () => {
    const entry = timelineEntryOf({
      id: 'e1',
      type: 'Answered',
      occurredAt: '2026-04-08T15:05:00.000Z',
      recordedAt: '2026-04-09T04:30:00.000Z',
      actor: { id: 'u1', username: 'coordinadora', role: 'COORDINATOR' },
      data: {
        onTime: true,
        dueDate: '2026-04-08',
        accessDecision: null,
        answer: 'Se expide el certificado.',
      },
    });
    expect(entry).toEqual({
      id: 'e1',
      title: 'Respondida',
      detail: 'A tiempo (vencía el 08/04/2026). Se expide el certificado.',
      who: 'coordinadora (Coordinador)',
      occurredAt: '08/04/2026 10:05',
      recordedAt: '08/04/2026 23:30',
    });
  });

  it('keeps an unknown event type and a deleted user readable', () => {
    const entry = timelineEntryOf({
      id: 'e2',
      type: 'SomethingNew',
      occurredAt: '2026-04-08T15:05:00Z',
      recordedAt: '2026-04-08T15:05:00Z',
      actor: { id: 'gone', username: null, role: 'AGENT' },
      data: {},
    });
    expect(entry).toMatchObject({ title: 'SomethingNew', detail: null, who: 'Usuario eliminado (Agente)' });
  });

  it('tells what each step said', () => {
    expect(
      eventDetail('Received', {
        kind: 'PETITION',
        channel: 'EMAIL',
        dueDate: '2026-04-08',
        termBusinessDays: 15,
      }),
    ).toBe('Petición recibida por correo electrónico. Vence el 08/04/2026 (término de 15 días hábiles).');
    expect(
      eventDetail('Received', {
        kind: 'CLAIM',
        channel: 'PHONE',
        dueDate: '2026-04-08',
        termBusinessDays: 15,
      }),
    ).toBe('Reclamo recibido por teléfono. Vence el 08/04/2026 (término de 15 días hábiles).');
    expect(
      eventDetail('Received', {
        kind: 'SUGGESTION',
        channel: 'IN_PERSON',
        dueDate: '2026-04-08',
        termBusinessDays: 15,
      }),
    ).toBe('Sugerencia recibida en persona. Vence el 08/04/2026 (término de 15 días hábiles).');
    expect(
      eventDetail('Received', {
        kind: 'NEW_KIND',
        channel: 'FAX',
        dueDate: '2026-04-08',
        termBusinessDays: 15,
      }),
    ).toBe('Recibida: NEW_KIND, canal FAX. Vence el 08/04/2026 (término de 15 días hábiles).');
    expect(
      eventDetail(
        'Assigned',
        { assigneeId: 'u9', dependency: 'Jurídica', previousAssigneeId: 'u1' },
        new Map([['u9', 'Ana Pérez']]),
      ),
    ).toBe('A Ana Pérez, dependencia Jurídica. Reasignación.');
    expect(
      eventDetail('Assigned', { assigneeId: 'u9', dependency: 'Jurídica', previousAssigneeId: null }),
    ).toBe('Dependencia: Jurídica.');
    expect(
      eventDetail('DeadlineExtended', {
        previousDueDate: '2026-04-08',
        newDueDate: '2026-04-20',
        reason: 'Concepto.',
      }),
    ).toBe('Del 08/04/2026 al 20/04/2026. Motivo: Concepto.');
    expect(
      eventDetail('Answered', {
        onTime: false,
        dueDate: '2026-04-08',
        accessDecision: 'DENIED',
        answer: 'No.',
      }),
    ).toBe('Fuera de término (venció el 08/04/2026). Niega el acceso. No.');
    expect(eventDetail('Withdrawn', { mode: 'TACIT', reason: 'Sin respuesta.' })).toBe(
      'Tácito: no completó la petición en un mes. Motivo: Sin respuesta.',
    );
    expect(eventDetail('ActionClosed', { effective: false })).toBe('Cerró no eficaz.');
    expect(eventDetail('Closed', { closedAt: '2026-04-10T15:00:00Z' })).toBeNull();
  });

  it('says how many files came with the filing, the information provided and the answer', () => {
    const file = { id: 'a1', fileName: 'x', mediaType: 'application/pdf', size: 10, sha256: '0'.repeat(64) };
    expect(
      eventDetail('Received', {
        kind: 'COMPLAINT',
        channel: 'WEB',
        dueDate: '2026-04-08',
        termBusinessDays: 15,
        attachments: [file],
      }),
    ).toBe(
      'Queja recibida por la página web. Vence el 08/04/2026 (término de 15 días hábiles). Con 1 archivo adjunto.',
    );
    expect(
      eventDetail('InformationProvided', {
        note: 'Copia.',
        dueDate: '2026-04-20',
        attachments: [file, file],
      }),
    ).toBe('Aportó: Copia. El término vuelve a correr: vence el 20/04/2026. Con 2 archivos adjuntos.');
    expect(eventDetail('Answered', { answer: 'Sí.', attachments: [] })).toBe('Sí.');
  });

  it('shows the beginning of a long answer only', () => {
    const detail = eventDetail('Answered', { answer: 'a'.repeat(1000) }) ?? '';
    expect(detail.length).toBe(280);
    expect(detail.endsWith('…')).toBe(true);
  });
});

describe('the notices and the answer’s review in the history', () => {
  it('are named in Spanish with what proves them', () => {
    expect(CASE_EVENT_LABELS['NotificationSent']).toBe('Aviso enviado');
    expect(
      eventDetail('NotificationRequested', { kind: 'EXTENSION', channel: 'EMAIL', dueBy: '2026-04-08' }),
    ).toBe('Aviso de prórroga, por correo electrónico. A más tardar el 08/04/2026.');
    expect(eventDetail('NotificationRequested', { kind: 'EXTENSION', channel: 'PORTAL' })).toBe(
      'Aviso de prórroga, en la Ventanilla virtual.',
    );
    expect(
      eventDetail('NotificationSent', {
        notificationId: 'PQRS-2026-000001-N2',
        messageId: '<PQRS-2026-000001-N2.1@entidad.gov.co>',
        serverResponse: '250 2.0.0 Ok: queued as 4F2A1',
      }),
    ).toBe(
      'Aviso PQRS-2026-000001-N2, Message-ID <PQRS-2026-000001-N2.1@entidad.gov.co>. El servidor respondió: 250 2.0.0 Ok: queued as 4F2A1',
    );
    expect(
      eventDetail('PostalDispatchRecorded', {
        carrier: '4-72',
        guideNumber: 'RN1',
        dispatchedOn: '2026-03-17',
      }),
    ).toBe('4-72, guía RN1, enviado el 17/03/2026.');
    expect(eventDetail('AnswerReturned', { draft: 1, remarks: 'Cite la norma.' })).toBe(
      'Borrador 1. Observaciones: Cite la norma.',
    );
  });
});
