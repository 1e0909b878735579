// The attachment routes answer every refusal as one flat JSON object, `{ code, message, field }` (and
// `retryAfterSeconds` with a 429), which the filing form shows beside the file it concerns. Application
// errors keep the codes and messages the gateway gives them (formatGraphQLError, the one place errors are
// formatted); multer's refusals of the multipart body are put in Spanish; a file cut off at the size limit
// is refused naming it.
import {
  Catch,
  HttpException,
  Inject,
  Logger,
  PayloadTooLargeException,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { refuseOversizedUpload } from '../domain/shared/attachments.js';
import { TooManyRequests } from '../engine/application-errors.js';
import { formatGraphQLError } from '../graphql/error-format.js';
import type { AttachmentRequest } from './attachment-callers.js';
import { AttachmentRefusal } from './attachment-uploads.js';

const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
};

const logger = new Logger('Adjuntos');

@Catch()
export class AttachmentHttpErrors implements ExceptionFilter {
  constructor(@Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<AttachmentRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    const refusal = this.refusalOf(exception, request);
    if (refusal.status >= 500 && refusal.cause !== undefined) {
      const cause = refusal.cause;
      logger.error(
        `${refusal.code}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`,
      );
    }
    if (exception instanceof TooManyRequests)
      response.setHeader('retry-after', String(exception.retryAfterSeconds));
    response.status(refusal.status).json({
      code: refusal.code,
      message: refusal.message,
      ...(refusal.field === undefined ? {} : { field: refusal.field }),
      ...(exception instanceof TooManyRequests ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
    });
  }

  private refusalOf(exception: unknown, request: AttachmentRequest): AttachmentRefusal {
    if (exception instanceof AttachmentRefusal) return exception;
    if (exception instanceof PayloadTooLargeException) {
      // multer stopped receiving the file at the limit: its whole size is unknown.
      const refused = refuseOversizedUpload(
        request.attachmentFileName ?? 'archivo',
        this.config.attachmentLimits,
      );
      return AttachmentRefusal.of(refused);
    }
    if (exception instanceof HttpException) {
      // multer's and busboy's refusals of the body itself (a second file, another field, a broken form).
      return new AttachmentRefusal(
        400,
        'BAD_REQUEST',
        'Envíe un solo archivo, en el campo «file» de un formulario multipart/form-data.',
        'file',
      );
    }
    const formatted = formatGraphQLError({ message: 'error' }, exception);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const field = formatted.extensions?.['field'];
    return new AttachmentRefusal(
      STATUS_OF_CODE[code] ?? 500,
      code,
      formatted.message,
      typeof field === 'string' ? field : undefined,
    );
  }
}
