// The attachment routes, plain HTTP so a browser sends and saves files as they are:
//   POST /attachments/public-session  → { token, expiresAt }: an upload token for the public filing form;
//   POST /attachments                 → { id, fileName, mediaType, size, sha256 }: one file, field `file`;
//   GET  /attachments/:id             → the file (staff token, or ?radicado=…&code=… for the public).
import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { BadUserInput } from '../engine/application-errors.js';
import { Public } from '../identity/auth.js';
import { PublicRateLimit } from '../public-channel/public-rate-limits.js';
import { AttachmentCallers, type AttachmentCaller, type AttachmentRequest } from './attachment-callers.js';
import { FILE_ACCESS_LOG, type FileAccessLog } from './attachment-registry.js';
import { AttachmentDownloads, type DownloadCaller } from './attachment-downloads.js';
import { AttachmentHttpErrors } from './attachment-http-errors.js';
import { AttachmentUploads, type UploadedAttachment } from './attachment-uploads.js';
import { UploadTokens, type IssuedUploadToken } from './upload-tokens.js';

/** What multer hands over of the one file received (memory storage). */
interface ReceivedFile {
  readonly originalname: string;
  readonly buffer: Buffer;
}

@Controller('attachments')
@UseFilters(AttachmentHttpErrors)
export class AttachmentsController {
  constructor(
    @Inject(AttachmentUploads) private readonly uploads: AttachmentUploads,
    @Inject(AttachmentDownloads) private readonly downloads: AttachmentDownloads,
    @Inject(UploadTokens) private readonly uploadTokens: UploadTokens,
    @Inject(FILE_ACCESS_LOG) private readonly accessLog: FileAccessLog,
  ) {}

  @Post('public-session')
  @Public()
  @PublicRateLimit('session')
  @HttpCode(201)
  openPublicSession(): Promise<IssuedUploadToken> {
    return this.uploadTokens.issue();
  }

  @Post()
  @AttachmentCallers({ staff: ['ADMIN', 'COORDINATOR', 'AGENT'], public: 'UPLOAD_TOKEN' })
  // After the caller is known (guards run first): a refused caller's file is never received.
  @UseInterceptors(FileInterceptor('file'))
  @HttpCode(201)
  upload(
    @UploadedFile() file: ReceivedFile | undefined,
    @Req() request: AttachmentRequest,
  ): Promise<UploadedAttachment> {
    if (file === undefined) {
      throw new BadUserInput(
        'file',
        'No llegó ningún archivo: envíelo en el campo «file» de un formulario multipart/form-data.',
      );
    }
    const caller = request.attachmentCaller!;
    return this.uploads.upload(
      { originalName: file.originalname, bytes: file.buffer },
      caller.kind === 'STAFF' ? { kind: 'STAFF', actorId: caller.actorId } : { kind: 'PUBLIC' },
    );
  }

  @Get(':id')
  @AttachmentCallers({ staff: ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'], public: 'ACCESS_CODE' })
  async download(
    @Param('id') id: string,
    @Req() request: AttachmentRequest,
    @Res() response: Response,
  ): Promise<void> {
    const caller = request.attachmentCaller!;
    const { attachment, bytes, ownerId } = await this.downloads.open(id, downloadCallerOf(caller));
    // A staff member's download of someone's personal data is recorded before the bytes leave, as every
    // unmasked view is; the citizen's own download (radicado and code) is theirs to make.
    if (caller.kind === 'STAFF' && ownerId !== null) {
      await this.accessLog.recordDownload(
        { id: caller.actorId, role: caller.role },
        { ownerId, attachmentId: attachment.id, sha256: attachment.sha256 },
      );
    }
    // Content-Disposition from Express (the content-disposition package): an ASCII fallback and the
    // RFC 5987 filename* for names with accents.
    response.attachment(attachment.fileName);
    response
      .status(200)
      .set({
        // The kind sniffed at upload, never one guessed from the name.
        'Content-Type': attachment.mediaType,
        'Content-Length': String(bytes.byteLength),
        'X-Content-SHA256': attachment.sha256,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
}

function downloadCallerOf(caller: AttachmentCaller): DownloadCaller {
  switch (caller.kind) {
    case 'STAFF':
      return { kind: 'STAFF', role: caller.role as Extract<DownloadCaller, { kind: 'STAFF' }>['role'] };
    case 'PUBLIC_ACCESS_CODE':
      return { kind: 'PUBLIC', radicado: caller.radicado, accessCode: caller.accessCode };
    case 'PUBLIC_UPLOAD':
      throw new Error('Una sesión de carga no descarga archivos.');
  }
}
