// One label, one count: every PQRS figure the Tablero shows is printed by the Informe de PQRS under the
// same label, with the same value. The scenario mixes what made them disagree before: cases received
// before the period and answered in it, cases received before it and still open (one overdue), cases
// received in it and answered on time, late or not at all.
import { parse } from 'csv-parse/sync';
import {
  headlineFigureCards,
  headlineFigures,
  type DashboardBucket,
} from '../../web/src/logic/dashboard-figures.js';
import { addCalendarDays, bogotaDateOf } from '../../src/domain/shared/time.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

// What the Tablero asks for (DashboardPage.tsx), as far as its headline figures read.
const DASHBOARD = `
  query ($from: Date!, $to: Date!) {
    indicators(from: $from, to: $to, granularity: MONTH) {
      buckets {
        label from to
        pqrs {
          received { total byKind { key value } byChannel { key value } }
          answered { total }
          answeredOnTime { total }
          onTimeRate
          open { total }
          overdue { total }
        }
        satisfaction { overall { answered satisfied satisfactionIndex } }
      }
    }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ANSWER = `
  mutation ($radicado: String!, $answeredAt: DateTime!) {
    answerPqrs(radicado: $radicado, answer: "Se atiende lo solicitado.", answeredAt: $answeredAt,
      lateEntryReason: "Respuesta registrada después.") { radicado }
  }`;
const ISSUE = `
  mutation ($from: Date!, $to: Date!) {
    report(kind: PQRS, from: $from, to: $to, format: CSV) { downloadUrl }
  }`;

// The period: the last sixty days, today included. Dates are counted back from today, as the event store
// records every fact at the wall clock's instant; the spans are wide enough for any holidays between.
const today = bogotaDateOf(new Date().toISOString());
const daysAgo = (days: number) => addCalendarDays(today, -days);
const PERIOD = { from: daysAgo(60), to: today };

function filing(kind: string, receivedOn: string) {
  return {
    kind,
    channel: 'WEB',
    subject: 'Certificado de afiliación',
    description: 'Solicito el certificado de afiliación.',
    petitioner: {
      name: 'Yolanda Díaz',
      documentType: 'CC',
      documentNumber: '9900000147',
      email: 'yolanda@correo.example',
      phone: null,
      address: null,
    },
    receivedAt: `${receivedOn}T09:00:00-05:00`,
    lateEntryReason: 'Radicación registrada después.',
  };
}

/** The report's label–value rows: counts as written in Colombia ("1.234"), rates as "80,0 %". */
function reportFigures(csv: string): Map<string, number | null> {
  const rows = parse(csv.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const figures = new Map<string, number | null>();
  for (const [label, value, ...rest] of rows) {
    if (value === undefined || rest.some((cell) => cell !== '')) continue;
    if (/^\d{1,3}(\.\d{3})*$/.test(value)) figures.set(label, Number(value.replace(/\./g, '')));
    else if (/^\d+(,\d+)? %$/.test(value))
      figures.set(label, Number(value.replace(',', '.').slice(0, -2)) / 100);
    else if (value === '' || value === 'Sin datos') figures.set(label, null);
  }
  return figures;
}

describe('the Tablero and the Informe de PQRS name each figure the same way', () => {
  let ventanilla: VentanillaHarness;
  let token: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    token = await ventanilla.login();
    const receive = async (kind: string, on: string) =>
      (
        (await ventanilla.ok(RECEIVE, { input: filing(kind, on) }, token)) as {
          receivePqrs: { radicado: string };
        }
      ).receivePqrs.radicado;
    const answer = (radicado: string, on: string) =>
      ventanilla.ok(ANSWER, { radicado, answeredAt: `${on}T16:00:00-05:00` }, token);

    // Received before the period: one answered in it on time (17 days, under 15 business days), one never
    // answered (long overdue).
    await answer(await receive('PETITION', daysAgo(75)), daysAgo(58));
    await receive('COMPLAINT', daysAgo(100));
    // Received in it: answered on time (10 days), answered late (38 days), open and overdue (35 days),
    // open and not yet due (yesterday).
    await answer(await receive('PETITION', daysAgo(40)), daysAgo(30));
    await answer(await receive('PETITION', daysAgo(40)), daysAgo(2));
    await receive('CLAIM', daysAgo(35));
    await receive('SUGGESTION', daysAgo(1));
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('every PQRS figure of the Tablero is in the report under its label, with the same value', async () => {
    const { indicators } = (await ventanilla.ok(DASHBOARD, PERIOD, token)) as {
      indicators: { buckets: DashboardBucket[] };
    };
    const cards = headlineFigureCards(headlineFigures(indicators.buckets));

    const { report } = (await ventanilla.ok(ISSUE, PERIOD, token)) as { report: { downloadUrl: string } };
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, report.downloadUrl), {
      headers: { authorization: `Bearer ${token}` },
    });
    const printed = reportFigures(await response.text());

    const pqrsCards = cards.filter((card) => card.id !== 'satisfaction');
    // Rates print with one decimal of a percent (66,7 %): compared at that precision.
    const asPrinted = (amount: number | null | undefined) =>
      amount === null || amount === undefined ? amount : Math.round(amount * 1000) / 1000;
    expect(pqrsCards.map((card) => [card.label, printed.get(card.label)])).toEqual(
      pqrsCards.map((card) => [card.label, asPrinted(card.amount)]),
    );
    // The scenario tells the views apart: were they still one label, the counts would have to agree.
    expect(Object.fromEntries(pqrsCards.map((card) => [card.id, card.amount]))).toEqual({
      received: 4,
      answered: 3,
      'on-time-rate': 2 / 3,
      open: 3,
      overdue: 2,
    });
    expect(printed.get('De las recibidas en el periodo: respondidas al corte')).toBe(2);
    expect(printed.get('De las recibidas en el periodo: abiertas al corte')).toBe(2);
    expect(printed.get('De las recibidas en el periodo: vencidas sin respuesta al corte')).toBe(1);
  });
});
