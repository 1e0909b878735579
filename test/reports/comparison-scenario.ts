// A known set of cases over three periods for the Informe de PQRS of layout 6: the first quarter of 2026
// (the report's period), the quarter before it and the first quarter of 2025 (the same period a year
// before), with priority, anonymous, extended, transferred and withdrawn (express and tacit) cases, answers
// notified by e-mail and on the tracking page or not yet, one with its letter; and, in May 2026, complaints
// over twelve dependencies, more than a ranking lists. Business days by the 2026 and 2025 calendars
// (holidays: 12 January, 23 March, 2 and 3 April 2026; 3 and 17 November 2025; 24 March 2025).
import type { PqrsCommand } from '../../src/domain/pqrs/commands.js';
import { pqrsStreamOf } from '../../src/domain/pqrs/events.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
import { bogota, ScenarioLog } from './report-scenario.js';

const sender: Actor = { id: 'ventanilla-notice-sender', role: 'SYSTEM' };

type ReceiveData = Extract<PqrsCommand, { type: 'ReceivePqrs' }>['data'];

export function comparisonScenario(): ScenarioLog {
  const log = new ScenarioLog();
  const receive = (
    radicado: string,
    kind: string,
    channel: string,
    on: string,
    subject: string,
    extra: Partial<ReceiveData> = {},
  ) =>
    log.pqrs(
      radicado,
      {
        type: 'ReceivePqrs',
        data: {
          radicado,
          kind: kind as never,
          channel: channel as never,
          subject,
          description: 'Texto de la solicitud.',
          petitionerId: `person-${radicado}`,
          receivedAt: bogota(on),
          priority: [],
          ...extra,
        },
      },
      bogota(on),
    );
  const assign = (radicado: string, dependency: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'AssignPqrs', data: { assignee: activeStaffMember('agent-1'), dependency } },
      bogota(on, '11:00'),
    );
  const answer = (radicado: string, on: string, outgoingNumber: string | null = null) =>
    log.pqrs(
      radicado,
      {
        type: 'AnswerPqrs',
        data: {
          answer: 'Respuesta de fondo.',
          answeredAt: bogota(on, '16:00'),
          letter:
            outgoingNumber === null
              ? null
              : {
                  attachment: {
                    id: `letter-${radicado}`,
                    fileName: `${outgoingNumber}.pdf`,
                    mediaType: 'application/pdf',
                    size: 1024,
                    sha256: '0'.repeat(64),
                  },
                  outgoingNumber,
                  template: { key: 'ANSWER_LETTER', version: 1 },
                },
        },
      },
      bogota(on, '16:00'),
    );
  const mailServerTookAnswer = (radicado: string, on: string) => {
    const requested = log.recorded.find(
      (event) =>
        event.stream === pqrsStreamOf(radicado) &&
        event.type === 'NotificationRequested' &&
        (event.data as { kind: string }).kind === 'ANSWER',
    );
    const notificationId = (requested!.data as { notificationId: string }).notificationId;
    log.pqrs(
      radicado,
      {
        type: 'RecordNotificationSent',
        data: {
          notificationId,
          round: 1,
          attempt: 1,
          messageId: `<${notificationId}.1@ventanilla.test>`,
          serverResponse: '250 OK',
        },
      },
      bogota(on, '17:00'),
      sender,
    );
  };

  // The first quarter of 2026: nine cases, none in February.
  // 200: petition of 20 January answered on the 23rd (3 business days), its e-mail taken that day.
  receive('2026-000200', 'PETITION', 'WEB', '2026-01-20', 'Certificado de afiliación');
  assign('2026-000200', 'Cartera', '2026-01-20');
  answer('2026-000200', '2026-01-23');
  mailServerTookAnswer('2026-000200', '2026-01-23');
  // 201: a child's petition at risk of harm, 2 March (due the 24th), answered on the 4th (2 days) with
  // letter SAL-2026-000031, its e-mail taken that day.
  receive('2026-000201', 'PETITION', 'WEB', '2026-03-02', 'Cupo escolar', {
    priority: ['FUNDAMENTAL_RIGHT_RISK', 'MINOR'],
  });
  assign('2026-000201', 'Cartera', '2026-03-02');
  answer('2026-000201', '2026-03-04', 'SAL-2026-000031');
  mailServerTookAnswer('2026-000201', '2026-03-04');
  // 202: an anonymous complaint of 3 March answered on the 10th (5 days): published on the tracking page.
  receive('2026-000202', 'COMPLAINT', 'EMAIL', '2026-03-03', 'Mala atención en la sede', {
    petitionerId: null,
    personType: 'ANONYMOUS',
  });
  assign('2026-000202', 'Afiliaciones', '2026-03-03');
  answer('2026-000202', '2026-03-10');
  // 203: a journalist's complaint of 5 March (due the 27th), extended to 10 April on the 20th, answered on
  // the 31st (17 days), not notified.
  receive('2026-000203', 'COMPLAINT', 'WEB', '2026-03-05', 'mala atencion en la sede', {
    priority: ['JOURNALIST'],
  });
  assign('2026-000203', 'Afiliaciones', '2026-03-05');
  log.pqrs(
    '2026-000203',
    { type: 'ExtendDeadline', data: { newDueDate: '2026-04-10', reason: 'Se consulta a otra dependencia.' } },
    bogota('2026-03-20'),
  );
  answer('2026-000203', '2026-03-31');
  // 204: a child's claim of 9 March, due the 31st, still open at the cut: overdue.
  receive('2026-000204', 'CLAIM', 'PHONE', '2026-03-09', 'Cobro indebido', { personType: 'MINOR' });
  assign('2026-000204', 'Cartera', '2026-03-09');
  // 205: a suggestion of 10 March, withdrawn by the petitioner the next day.
  receive('2026-000205', 'SUGGESTION', 'WEB', '2026-03-10', 'Horario de atención');
  log.pqrs(
    '2026-000205',
    { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Ya no lo necesita.' } },
    bogota('2026-03-11'),
  );
  // 206: a suggestion of 11 March answered on the 12th (1 day), not notified.
  receive('2026-000206', 'SUGGESTION', 'IN_PERSON', '2026-03-11', 'horario de atencion');
  answer('2026-000206', '2026-03-12');
  // 207: a petition of 2 March the petitioner never completed (asked on the 3rd): withdrawn tacitly on 6 April.
  receive('2026-000207', 'PETITION', 'MAIL', '2026-03-02', 'Paz y salvo');
  log.pqrs(
    '2026-000207',
    { type: 'RequestInformation', data: { note: 'Indique el número de la obligación.' } },
    bogota('2026-03-03'),
  );
  log.pqrs(
    '2026-000207',
    {
      type: 'WithdrawPqrs',
      data: {
        mode: 'TACIT',
        reason: 'No completó la petición en un mes.',
        actNumber: 'Resolución 012 de 2026',
      },
    },
    bogota('2026-04-06'),
  );
  // 208: a request for information of 12 March transferred the next day.
  receive('2026-000208', 'INFORMATION_REQUEST', 'EMAIL', '2026-03-12', 'Copia de contratos');
  log.pqrs(
    '2026-000208',
    {
      type: 'TransferPqrs',
      data: { entity: 'Gobernación de Cundinamarca', reason: 'Es de su competencia.' },
    },
    bogota('2026-03-13'),
  );

  // The quarter before (October–December 2025): three cases, two answered on time in 2 and 3 days.
  receive('2025-000101', 'PETITION', 'WEB', '2025-10-01', 'Certificado de afiliación');
  answer('2025-000101', '2025-10-03');
  receive('2025-000102', 'COMPLAINT', 'EMAIL', '2025-11-05', 'Mala atención en la sede');
  answer('2025-000102', '2025-11-10');
  receive('2025-000103', 'CLAIM', 'PHONE', '2025-12-01', 'Cobro indebido');

  // The same quarter a year before (January–March 2025): four cases; answered in 2 and 2 days on time,
  // and one the day after its due date (3 March, due the 25th: 24 March is a holiday) in 16 days.
  receive('2025-000001', 'PETITION', 'WEB', '2025-02-03', 'Certificado de afiliación');
  answer('2025-000001', '2025-02-05');
  receive('2025-000002', 'PETITION', 'WEB', '2025-03-03', 'Paz y salvo');
  answer('2025-000002', '2025-03-26');
  receive('2025-000003', 'COMPLAINT', 'WEB', '2025-03-03', 'Demora en la cita');
  answer('2025-000003', '2025-03-05');
  receive('2025-000004', 'SUGGESTION', 'WEB', '2025-03-10', 'Horario de atención');
  log.pqrs(
    '2025-000004',
    { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Ya no lo necesita.' } },
    bogota('2025-03-11'),
  );

  // May 2026: thirteen complaints over twelve dependencies, two of them to «Dependencia A».
  const dependencies = 'ABCDEFGHIJKL'.split('').map((letter) => `Dependencia ${letter}`);
  for (const [at, dependency] of [...dependencies, 'Dependencia A'].entries()) {
    const radicado = `2026-${String(300 + at).padStart(6, '0')}`;
    receive(radicado, 'COMPLAINT', 'WEB', '2026-05-04', `Queja ${at}`);
    assign(radicado, dependency, '2026-05-04');
  }
  return log;
}
