// The attachment limits read from the environment: 10 MB per file, 10 files and 25 MB per filing unless
// configured; a wrong value stops the start, naming its variable.
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';

const MB = 1024 * 1024;

describe('the attachment limits', () => {
  it('default to 10 MB per file, 10 files and 25 MB per filing', () => {
    expect(loadConfiguration({}).attachmentLimits).toEqual({
      maxFileBytes: 10 * MB,
      maxFilesPerFiling: 10,
      maxTotalBytesPerFiling: 25 * MB,
    });
  });

  it('read VENTANILLA_ATTACHMENT_MAX_FILE_MB, _MAX_FILES and _MAX_TOTAL_MB, fractions of a megabyte too', () => {
    expect(
      loadConfiguration({
        VENTANILLA_ATTACHMENT_MAX_FILE_MB: '2,5',
        VENTANILLA_ATTACHMENT_MAX_FILES: '3',
        VENTANILLA_ATTACHMENT_MAX_TOTAL_MB: '0.5',
      }).attachmentLimits,
    ).toEqual({ maxFileBytes: 2.5 * MB, maxFilesPerFiling: 3, maxTotalBytesPerFiling: 0.5 * MB });
  });

  it.each([
    ['VENTANILLA_ATTACHMENT_MAX_FILE_MB', '0'],
    ['VENTANILLA_ATTACHMENT_MAX_FILE_MB', 'diez'],
    ['VENTANILLA_ATTACHMENT_MAX_FILE_MB', '2048'],
    ['VENTANILLA_ATTACHMENT_MAX_TOTAL_MB', '-5'],
    ['VENTANILLA_ATTACHMENT_MAX_FILES', '0'],
    ['VENTANILLA_ATTACHMENT_MAX_FILES', '2.5'],
    ['VENTANILLA_ATTACHMENT_MAX_FILES', '101'],
  ])('refuse %s=%s, naming the variable', (variable, value) => {
    const load = () => loadConfiguration({ [variable]: value });
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(new RegExp(`^Configuración inválida: ${variable} debe ser`));
  });
});
