// The FAQ editor: lists written as text, the checks in the server's words, an edit reduced to what
// changed, the steps each role may take on an entry, and the history told in words.
import {
  EMPTY_FAQ_DRAFT,
  faqContentOf,
  faqDraftOf,
  faqDraftProblems,
  faqEntrySteps,
  faqUpdateInput,
  historyStepChange,
  historyStepTitle,
  parseList,
} from '../../web/src/logic/faq-entries.js';

const entry = {
  question: '¿Cómo obtengo el certificado de afiliación?',
  answer: 'Pídalo en la ventanilla.',
  category: 'Afiliaciones',
  tags: ['afiliación', 'certificado'],
  linkedRadicados: ['PQRS-2026-000001'],
};

describe('the entry form', () => {
  it('reads lists separated by commas, semicolons or lines, each item once', () => {
    expect(parseList(' certificado,  afiliación ;\n certificado ,, ')).toEqual(['certificado', 'afiliación']);
  });

  it('asks for question, answer and category, and well-formed radicados', () => {
    expect(faqDraftProblems(EMPTY_FAQ_DRAFT)).toEqual({
      question: 'Escriba la pregunta.',
      answer: 'Escriba la respuesta.',
      category: 'Indique la categoría de la pregunta.',
    });
    expect(
      faqDraftProblems({ ...faqDraftOf(entry), linkedRadicados: 'PQRS-2026-000001, 2026-7' }).linkedRadicados,
    ).toBe('El radicado 2026-7 no tiene la forma PQRS-AAAA-NNNNNN.');
  });

  it('sends tags in lower case and radicados in upper case, sorted, as the server keeps them', () => {
    expect(
      faqContentOf({
        question: ' ¿Pregunta? ',
        answer: ' Respuesta ',
        category: ' Afiliaciones ',
        tags: 'Certificado, AFILIACIÓN',
        linkedRadicados: 'pqrs-2026-000002, PQRS-2026-000001',
      }),
    ).toEqual({
      question: '¿Pregunta?',
      answer: 'Respuesta',
      category: 'Afiliaciones',
      tags: ['afiliación', 'certificado'],
      linkedRadicados: ['PQRS-2026-000001', 'PQRS-2026-000002'],
    });
  });

  it('an edit sends only what changed; reordering a list is no change', () => {
    const draft = faqDraftOf(entry);
    expect(faqUpdateInput(entry, { ...draft, tags: 'Certificado, afiliación' })).toEqual({});
    expect(
      faqUpdateInput(entry, { ...draft, answer: 'Descárguelo en la página web.', tags: 'certificado' }),
    ).toEqual({ answer: 'Descárguelo en la página web.', tags: ['certificado'] });
  });
});

describe('the steps on an entry', () => {
  it('a coordinator edits, publishes a draft and retires it', () => {
    expect(faqEntrySteps(['COORDINATOR'], 'DRAFT')).toEqual({ edit: true, publish: true, retire: true });
    expect(faqEntrySteps(['COORDINATOR'], 'PUBLISHED')).toEqual({ edit: true, publish: false, retire: true });
    expect(faqEntrySteps(['COORDINATOR'], 'RETIRED')).toEqual({ edit: true, publish: true, retire: false });
  });

  it('an agent edits drafts only and neither publishes nor retires; an auditor does nothing', () => {
    expect(faqEntrySteps(['AGENT'], 'DRAFT')).toEqual({ edit: true, publish: false, retire: false });
    expect(faqEntrySteps(['AGENT'], 'PUBLISHED')).toEqual({ edit: false, publish: false, retire: false });
    expect(faqEntrySteps(['AUDITOR'], 'DRAFT')).toEqual({ edit: false, publish: false, retire: false });
  });
});

describe('the history', () => {
  it('names each step with its version and says what it changed', () => {
    expect(historyStepTitle({ type: 'FaqEntryUpdated', version: 2 })).toBe('Editada · versión 2');
    expect(historyStepChange({ type: 'FaqEntryCreated', changedFields: ['question', 'answer'] })).toBe(
      'Redactó la entrada.',
    );
    expect(
      historyStepChange({ type: 'FaqEntryUpdated', changedFields: ['answer', 'tags', 'linkedRadicados'] }),
    ).toBe('Cambió la respuesta, las etiquetas y los radicados vinculados.');
    expect(historyStepChange({ type: 'FaqEntryUpdated', changedFields: ['category'] })).toBe(
      'Cambió la categoría.',
    );
    expect(
      historyStepChange({ type: 'FaqEntryRetired', changedFields: [], reason: 'Cambió el trámite.' }),
    ).toBe('La retiró: Cambió el trámite.');
    expect(historyStepChange({ type: 'FaqEntryPublished', changedFields: [] })).toBe(
      'La publicó para consulta.',
    );
  });
});
