// The answer form's fields for a complete denial of access (Ley 1712 de 2014 arts. 18, 19, 21 and 28; Ley
// 1755 de 2015 art. 25) and for an answer given verbally to a verbal petition (Decreto 1166 de 2016). Pure:
// the dialog lays them out; the tests read them. The rules are the domain's; these only ask early.
import { ACCESS_EXCEPTION_LABELS } from '../../../src/domain/pqrs/access-denial.js';
import { VERBAL_ANSWER_MODE_LABELS, VERBAL_CHANNELS } from '../../../src/domain/pqrs/verbal-petitions.js';
import type { PqrsChannel } from '../../../src/domain/pqrs/events.js';
import type { CaseActionDraft, CaseActionField, CaseActionFieldSpec } from './case-actions.js';

/** The public version's two answers, as the form offers them. */
export const PUBLIC_VERSION_LABELS: Readonly<Record<'true' | 'false', string>> = {
  true: 'Sí: se entregó una versión pública del resto (acceso parcial, art. 21)',
  false: 'No: toda la información está cubierta por la excepción (negación total)',
};

/** The norm, the harm argued and the public version: asked when the decision withholds information. */
export function accessDenialFields(): readonly CaseActionFieldSpec[] {
  return [
    {
      name: 'accessDenialProvision',
      label: 'Norma que establece la excepción (Ley 1755 de 2015, art. 25)',
      kind: 'multiline',
      helperText:
        'Obligatoria si la respuesta niega el acceso: la disposición constitucional o legal que impide la entrega, citada con precisión.',
    },
    {
      name: 'accessDenialHarm',
      label: 'Daño presente, probable y específico que causaría la entrega (Ley 1712 de 2014, art. 28)',
      kind: 'multiline',
      helperText: 'Obligatorio si la respuesta niega el acceso: la entidad carga con su prueba.',
    },
    {
      name: 'publicVersionDelivered',
      label: 'Versión pública del resto (Ley 1712 de 2014, art. 21)',
      kind: 'choice',
      helperText: 'Obligatorio si la respuesta niega el acceso, total o parcialmente.',
      options: Object.entries(PUBLIC_VERSION_LABELS).map(([value, label]) => ({ value, label })),
    },
  ];
}

/** The answer's form for a petition made in person or by phone: it may be answered the same way. */
export function verbalAnswerFields(channel: string | undefined): readonly CaseActionFieldSpec[] {
  if (channel === undefined || !VERBAL_CHANNELS.includes(channel as PqrsChannel)) return [];
  return [
    {
      name: 'verbalAnswer',
      label: 'Respuesta dada verbalmente (Decreto 1166 de 2016)',
      kind: 'choice',
      helperText:
        'Si respondió de viva voz, elija cómo: el texto de la respuesta queda como su constancia escrita y no se genera oficio ni aviso. Una negación del acceso siempre es escrita.',
      options: [
        { value: WRITTEN_ANSWER, label: 'Por escrito: con oficio y aviso al peticionario' },
        ...Object.entries(VERBAL_ANSWER_MODE_LABELS).map(([value, label]) => ({ value, label })),
      ],
    },
  ];
}

/** The verbal-answer choice that means a written answer (no verbalAnswer sent). */
export const WRITTEN_ANSWER = 'WRITTEN';

/** The verbalAnswer variable of the draft: a mode, or nothing for a written answer. */
export function verbalAnswerVariable(draft: CaseActionDraft): Record<string, unknown> {
  const chosen = (draft.verbalAnswer ?? '').trim();
  return chosen === '' || chosen === WRITTEN_ANSWER ? {} : { verbalAnswer: chosen };
}

/** What a denial is missing, by field, with the domain's words. */
export function accessDenialProblems(draft: CaseActionDraft): Partial<Record<CaseActionField, string>> {
  const problems: Partial<Record<CaseActionField, string>> = {};
  const blank = (field: CaseActionField) => (draft[field] ?? '').trim() === '';
  if (blank('accessDenialProvision')) {
    problems.accessDenialProvision =
      'Indique la norma constitucional o legal que establece la excepción invocada.';
  }
  if (blank('accessDenialHarm')) {
    problems.accessDenialHarm = 'Explique el daño presente, probable y específico que causaría la entrega.';
  }
  const publicVersion = (draft.publicVersionDelivered ?? '').trim();
  if (publicVersion === '') {
    problems.publicVersionDelivered = 'Indique si se entregó una versión pública de la parte no protegida.';
  } else if (draft.accessDecision === 'PARTIALLY_GRANTED' && publicVersion !== 'true') {
    problems.publicVersionDelivered =
      'Un acceso concedido parcialmente entrega una versión pública que reserva solo la parte indispensable.';
  } else if (draft.accessDecision === 'DENIED' && publicVersion === 'true') {
    problems.publicVersionDelivered =
      'Si se entregó una versión pública del resto, registre la decisión como acceso concedido parcialmente.';
  }
  return problems;
}

/** The denial's variables as the mutation takes them. */
export function accessDenialVariables(draft: CaseActionDraft): Record<string, unknown> {
  const text = (field: CaseActionField) => (draft[field] ?? '').trim();
  const publicVersion = text('publicVersionDelivered');
  return {
    accessDenialProvision: text('accessDenialProvision') || null,
    accessDenialHarm: text('accessDenialHarm') || null,
    publicVersionDelivered: publicVersion === '' ? null : publicVersion === 'true',
  };
}

/** What the case page says of a denial's completeness and of a verbal answer, as label and value. */
export interface AnswerFactsOfCase {
  readonly accessDecision?: string | null;
  readonly accessException?: string | null;
  readonly accessDenialProvision?: string | null;
  readonly accessDenialHarm?: string | null;
  readonly publicVersionDelivered?: boolean | null;
  readonly verbalAnswer?: string | null;
}

/** What a denial recorded before these facts were kept says of each. */
export const NOT_RECORDED = 'No registrado';

export function answerFactLines(pqrs: AnswerFactsOfCase): (readonly [string, string])[] {
  const lines: (readonly [string, string])[] = [];
  if (pqrs.verbalAnswer) {
    const mode =
      VERBAL_ANSWER_MODE_LABELS[pqrs.verbalAnswer as keyof typeof VERBAL_ANSWER_MODE_LABELS] ??
      pqrs.verbalAnswer;
    lines.push([
      'Forma de la respuesta',
      `${mode} (Decreto 1166 de 2016): notificada en el acto; el texto de la respuesta es su constancia escrita.`,
    ]);
  }
  if (pqrs.accessDecision === 'DENIED' || pqrs.accessDecision === 'PARTIALLY_GRANTED') {
    lines.push(
      [
        'Excepción invocada',
        pqrs.accessException
          ? (ACCESS_EXCEPTION_LABELS[pqrs.accessException as keyof typeof ACCESS_EXCEPTION_LABELS] ??
            pqrs.accessException)
          : NOT_RECORDED,
      ],
      ['Norma que establece la excepción', pqrs.accessDenialProvision ?? NOT_RECORDED],
      ['Daño argumentado (art. 28)', pqrs.accessDenialHarm ?? NOT_RECORDED],
      [
        'Versión pública del resto (art. 21)',
        pqrs.publicVersionDelivered === null || pqrs.publicVersionDelivered === undefined
          ? NOT_RECORDED
          : pqrs.publicVersionDelivered
            ? 'Entregada'
            : 'No entregada',
      ],
    );
  }
  return lines;
}
