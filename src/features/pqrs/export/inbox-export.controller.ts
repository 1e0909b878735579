// The Bandeja's export over plain HTTP, as report files are served: a browser or a script saves the file,
// behind the same bearer token and roles as pqrsList. A GET that answers the file itself (rather than a
// mutation answering a download address) because nothing is kept: the file is the view as it is now, read
// when asked, like the list it mirrors.
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { ALL_ROLES, Origin, Roles } from '../../../identity/auth.js';
import { InboxExport } from './inbox-export.js';
import { inboxExportRequestOf } from './inbox-export-request.js';

@Controller('pqrs')
export class InboxExportController {
  constructor(@Inject(InboxExport) private readonly inboxExport: InboxExport) {}

  @Get('export')
  @Roles(...ALL_ROLES)
  async export(
    @Query() query: Record<string, unknown>,
    @Origin() origin: CommandOrigin,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.inboxExport.export(inboxExportRequestOf(query), origin);
    response
      .status(200)
      .set({
        'Content-Type': file.mediaType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Content-Length': String(file.bytes.length),
        'X-Row-Count': String(file.rowCount),
        'Cache-Control': 'no-store',
      })
      .end(file.bytes);
  }
}
