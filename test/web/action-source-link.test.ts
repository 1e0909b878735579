// An improvement action's origin opens where it can be seen, for whoever may open that screen.
import { actionSourcePath } from '../../web/src/logic/action-source-link.js';

it('opens the PQRS case it was formulated from, by its radicado', () => {
  expect(actionSourcePath({ kind: 'PQRS', reference: ' pqrs-2026-000123 ' }, ['COORDINATOR'])).toBe(
    '/casos/PQRS-2026-000123',
  );
  // A reference that is not a radicado names no case.
  expect(actionSourcePath({ kind: 'PQRS', reference: 'el caso de la señora' }, ['COORDINATOR'])).toBeNull();
});

it('opens the survey results and the indicators; an audit finding stays text', () => {
  expect(actionSourcePath({ kind: 'SURVEY', reference: 'P3 de la encuesta de servicio' }, ['ADMIN'])).toBe(
    '/encuestas',
  );
  expect(actionSourcePath({ kind: 'INDICATOR', reference: 'Oportunidad, marzo de 2026' }, ['ADMIN'])).toBe(
    '/tablero',
  );
  expect(actionSourcePath({ kind: 'AUDIT', reference: 'Informe 2026-02, hallazgo 4' }, ['ADMIN'])).toBeNull();
});

it('links nothing the person may not open', () => {
  for (const kind of ['PQRS', 'SURVEY', 'INDICATOR'] as const)
    expect(actionSourcePath({ kind, reference: 'PQRS-2026-000001' }, [])).toBeNull();
});

it('opens the management review whose decision an action comes from', () => {
  const reviewId = '7f1c2d3e-0000-4000-9000-0000000000aa';
  expect(actionSourcePath({ kind: 'MANAGEMENT_REVIEW', reference: `${reviewId}/2` }, ['AUDITOR'])).toBe(
    `/planeacion/revision-por-la-direccion/${reviewId}`,
  );
  expect(actionSourcePath({ kind: 'MANAGEMENT_REVIEW', reference: 'comité de julio' }, ['ADMIN'])).toBeNull();
  expect(actionSourcePath({ kind: 'MANAGEMENT_REVIEW', reference: `${reviewId}/2` }, [])).toBeNull();
});
