// A small step form's checks before sending: blank required fields, a field a file can stand in for, and
// files still on their way.
import { stepProblems, type StepFieldRule } from '../../web/src/logic/step-form.js';

const DOCUMENT_FIELDS: readonly StepFieldRule[] = [
  {
    name: 'evidenceReference',
    requiredMessage: 'Adjunte el archivo del documento o indique dónde reposa.',
    optionalWithFile: true,
  },
];

describe('a step form before sending', () => {
  it('names each blank required field with its own message', () => {
    const fields = [
      { name: 'note', requiredMessage: 'Describa el avance.' },
      { name: 'evidence', requiredMessage: 'Indique la evidencia del avance.' },
    ];
    expect(stepProblems(fields, { note: '  ', evidence: 'Acta 12' }, null)).toEqual({
      note: 'Describa el avance.',
    });
    expect(stepProblems(fields, { note: 'Hecho', evidence: 'Acta 12' }, null)).toEqual({});
  });

  it('lets where a document rests stay blank once its file is attached, and only then', () => {
    expect(stepProblems(DOCUMENT_FIELDS, {}, { ids: [], pending: false })).toEqual({
      evidenceReference: 'Adjunte el archivo del documento o indique dónde reposa.',
    });
    expect(stepProblems(DOCUMENT_FIELDS, {}, { ids: ['adjunto-1'], pending: false })).toEqual({});
    expect(stepProblems(DOCUMENT_FIELDS, { evidenceReference: 'Carpeta 3' }, null)).toEqual({});
  });

  it('waits for files still on their way, under the argument the server names', () => {
    expect(
      stepProblems(
        DOCUMENT_FIELDS,
        { evidenceReference: 'Carpeta 3' },
        { ids: [], pending: true },
        'input.attachmentId',
      ),
    ).toEqual({ 'input.attachmentId': 'Espere a que terminen de enviarse los archivos.' });
  });
});
