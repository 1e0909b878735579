// A refused operation shows the server's Spanish message, next to the field it blamed when the form has
// that field, above the form otherwise.
import { generalMessage, messageForField, ruleErrorOf } from '../../web/src/logic/rule-errors.js';

describe('a refused operation', () => {
  it('keeps the server’s message and the field it blamed', () => {
    const error = ruleErrorOf(
      {
        graphQLErrors: [
          {
            message: 'Indique por qué se rechaza el documento.',
            extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
          },
        ],
      },
      'No fue posible.',
    );
    expect(error).toEqual({ message: 'Indique por qué se rechaza el documento.', field: 'reason' });
    expect(messageForField('reason', undefined, error)).toBe('Indique por qué se rechaza el documento.');
    expect(messageForField('reason', 'Local.', error)).toBe('Local.');
    expect(messageForField('evidence', undefined, error)).toBeUndefined();
    expect(generalMessage(error, ['reason'])).toBeNull();
    expect(generalMessage(error, ['evidence'])).toBe('Indique por qué se rechaza el documento.');
  });

  it('says the server could not be reached when the network failed', () => {
    expect(
      ruleErrorOf({ graphQLErrors: [], networkError: new Error('Failed to fetch') }, 'No fue posible.')
        ?.message,
    ).toMatch(/comunicarse con el servidor/);
    expect(ruleErrorOf(undefined, 'No fue posible.')).toBeNull();
  });
});
