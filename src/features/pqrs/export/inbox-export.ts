// "Exportar" on the Bandeja: every case of the view as it is filtered and ordered there, every page of
// it, as a CSV or an Excel workbook. The filter is the list's own (PqrsListSearch, then PqrsQueries.list
// page after page), so the file holds exactly the cases the screen lists for this caller. The cells are
// printed by the reports' renderers (es-CO values, dd/mm/aaaa, UTF-8 with BOM, no cell read as a formula).
// The petitioner is shown through PersonalDataAccess, masked as the case page masks it and recorded in the
// personal-data access log like every unmasked view; a role that may not find cases by the person (an
// auditor) gets no petitioner column at all.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../../engine/application-errors.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { CLOCK } from '../../../engine/tokens.js';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import {
  PQRS_CHANNEL_LABELS,
  PQRS_KIND_LABELS,
  PQRS_STATUS_LABELS,
  TRAFFIC_LIGHT_LABELS,
} from '../../../domain/pqrs/labels.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { PersonalDataAccess } from '../../../personal-data/personal-data-access.js';
import { personSearchScopeOf } from '../../../personal-data/personal-data-masking.js';
import { PersonalTexts } from '../../../personal-data/personal-texts.js';
import {
  bogotaWallClock,
  formatDay,
  renderTableCsv,
  renderTableXlsx,
  type ReportColumn,
  type ReportTable,
  type ReportValue,
} from '../../reports/index.js';
import { PqrsListSearch } from '../pqrs-list-search.js';
import { PqrsQueries, type CaseView } from '../read-models/pqrs-queries.js';
import type { InboxExportRequest } from './inbox-export-request.js';

/** Cases read per page of the list: the keyset pages pqrsList serves, only larger. */
const EXPORT_PAGE_SIZE = 500;

const SHEET_NAME = 'Bandeja';

export interface InboxExportFile {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly fileName: string;
  readonly rowCount: number;
}

const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const PETITIONER_COLUMN: ReportColumn = { key: 'petitioner', header: 'Peticionario', format: 'text' };

/** What the Bandeja shows of a case, in its order; the petitioner after the subject where the role sees it. */
function columnsFor(showsPetitioner: boolean): ReportColumn[] {
  return [
    { key: 'radicado', header: 'Radicado', format: 'text' },
    { key: 'kind', header: 'Tipo', format: 'text' },
    { key: 'channel', header: 'Canal', format: 'text' },
    { key: 'subject', header: 'Asunto', format: 'text' },
    ...(showsPetitioner ? [PETITIONER_COLUMN] : []),
    { key: 'dependency', header: 'Dependencia', format: 'text' },
    { key: 'assignee', header: 'Responsable', format: 'text' },
    { key: 'status', header: 'Estado', format: 'text' },
    { key: 'receivedAt', header: 'Radicada', format: 'instant' },
    { key: 'dueDate', header: 'Vence', format: 'date' },
    { key: 'trafficLight', header: 'Semáforo', format: 'text' },
    { key: 'businessDaysLeft', header: 'Días hábiles restantes', format: 'integer' },
  ];
}

@Injectable()
export class InboxExport {
  constructor(
    @Inject(PqrsQueries) private readonly queries: PqrsQueries,
    @Inject(PqrsListSearch) private readonly listSearch: PqrsListSearch,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
    @Inject(PersonalDataAccess) private readonly personalData: PersonalDataAccess,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  async export(request: InboxExportRequest, origin: CommandOrigin): Promise<InboxExportFile> {
    const readAt = this.clock();
    const cases = await this.casesOf(request, origin);
    const showsPetitioner = personSearchScopeOf(origin.actor).kind !== 'NONE';
    const table: ReportTable = {
      type: 'table',
      title: 'Bandeja de casos',
      columns: columnsFor(showsPetitioner),
      rows: await this.rowsOf(cases, showsPetitioner, origin),
    };
    const bytes =
      request.format === 'csv'
        ? renderTableCsv(table)
        : await renderTableXlsx(table, SHEET_NAME, {
            title: `Bandeja de casos · ${this.config.reports.officeName}`,
            creator: this.config.reports.entityName,
            created: readAt,
          });
    return {
      bytes,
      mediaType: MEDIA_TYPES[request.format],
      fileName: `bandeja_${fileNameTimeOf(readAt)}.${request.format}`,
      rowCount: cases.length,
    };
  }

  /**
   * Every case of the view, page after page in the view's order. An export holds every case in memory and
   * shows each petitioner, so a view larger than config.exportMaxRows (VENTANILLA_EXPORT_MAX_ROWS) is
   * refused at its first page, and the reader narrows it.
   */
  private async casesOf(request: InboxExportRequest, origin: CommandOrigin): Promise<CaseView[]> {
    const filter = await this.listSearch.filterOf(request.filter, origin);
    const cases: CaseView[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.queries.list(filter, EXPORT_PAGE_SIZE, after, request.sort);
      // The count comes with the first page, before any other is read; cases filed while the pages are
      // read may still push the view past the limit, and are refused the same way.
      if (
        page.totalCount > this.config.exportMaxRows ||
        cases.length + page.nodes.length > this.config.exportMaxRows
      ) {
        throw await this.tooManyCases(request, Math.max(page.totalCount, cases.length + page.nodes.length));
      }
      cases.push(...page.nodes);
      if (!page.hasNextPage || page.endCursor === null) return cases;
      after = page.endCursor;
    }
  }

  private async tooManyCases(request: InboxExportRequest, count: number): Promise<BadUserInput> {
    const described = await this.describe(request);
    return new BadUserInput(
      'filter',
      `La vista tiene ${count.toLocaleString('es-CO')} casos (${described}) y una exportación lleva hasta ` +
        `${this.config.exportMaxRows.toLocaleString('es-CO')}: acote los filtros (por ejemplo, las fechas de radicación) y exporte por partes.`,
    );
  }

  /** The view's filter as the Bandeja's filter bar names it: "Estado: Asignada; Canal: Web". */
  private async describe({ filter }: InboxExportRequest): Promise<string> {
    const parts: string[] = [];
    if (filter.status)
      parts.push(`Estado: ${PQRS_STATUS_LABELS[filter.status as keyof typeof PQRS_STATUS_LABELS]}`);
    if (filter.kind) parts.push(`Tipo: ${PQRS_KIND_LABELS[filter.kind as keyof typeof PQRS_KIND_LABELS]}`);
    if (filter.channel)
      parts.push(`Canal: ${PQRS_CHANNEL_LABELS[filter.channel as keyof typeof PQRS_CHANNEL_LABELS]}`);
    if (filter.assigneeId) {
      const user = (await this.users.findManyByIds([filter.assigneeId])).get(filter.assigneeId);
      parts.push(`Asignado a: ${user ? (user.fullName ?? user.username) : filter.assigneeId}`);
    }
    if (filter.overdue !== null && filter.overdue !== undefined) {
      parts.push(`Vencimiento: ${filter.overdue ? 'solo vencidas' : 'sin vencer'}`);
    }
    if (filter.text?.trim()) parts.push(`Búsqueda: «${filter.text.trim()}»`);
    if (filter.receivedFrom) parts.push(`Radicadas desde: ${formatDay(filter.receivedFrom)}`);
    if (filter.receivedTo) parts.push(`Radicadas hasta: ${formatDay(filter.receivedTo)}`);
    return parts.length === 0 ? 'sin filtros' : `filtros: ${parts.join('; ')}`;
  }

  private async rowsOf(
    cases: readonly CaseView[],
    showsPetitioner: boolean,
    origin: CommandOrigin,
  ): Promise<Record<string, ReportValue>[]> {
    const subjects = await this.texts.reveal(cases.map((view) => view.subject));
    const assignees = await this.users.findManyByIds([
      ...new Set(cases.flatMap((view) => (view.assigneeId ? [view.assigneeId] : []))),
    ]);
    // One batch for the whole file: one read of the vault and one record in the access log.
    const batch = {};
    const petitioners = showsPetitioner
      ? await Promise.all(cases.map((view) => this.petitionerOf(batch, view, origin)))
      : [];
    return cases.map((view, index) => {
      const assignee = view.assigneeId ? assignees.get(view.assigneeId) : undefined;
      return {
        radicado: view.radicado,
        kind: PQRS_KIND_LABELS[view.kind],
        channel: PQRS_CHANNEL_LABELS[view.channel],
        subject: subjects[index] ?? '',
        ...(showsPetitioner ? { petitioner: petitioners[index] ?? null } : {}),
        dependency: view.dependency,
        assignee: assignee ? (assignee.fullName ?? assignee.username) : null,
        status: PQRS_STATUS_LABELS[view.status],
        receivedAt: view.receivedAt,
        dueDate: view.dueDate,
        trafficLight: view.trafficLight === null ? null : TRAFFIC_LIGHT_LABELS[view.trafficLight],
        businessDaysLeft: this.queries.businessDaysLeftOf(view),
      };
    });
  }

  /** The petitioner's name as the case page shows it to this caller (masked unless they may see it). */
  private async petitionerOf(batch: object, view: CaseView, origin: CommandOrigin): Promise<string | null> {
    if (view.petitionerId === null) return 'Anónimo';
    const shown = await this.personalData.show(batch, origin, {
      personId: view.petitionerId,
      version: view.petitionerVersion,
      holder: { reference: view.radicado, assigneeId: view.assigneeId, filedBy: view.receivedBy ?? null },
    });
    return shown.erased ? 'Datos suprimidos' : shown.name;
  }
}

/** 2026-12-05_1044: when the cases were read, on Bogotá's wall clock like the reports' file names. */
function fileNameTimeOf(instant: Date): string {
  const clock = bogotaWallClock(instant.toISOString());
  return `${clock.year}-${clock.month}-${clock.day}_${clock.hour}${clock.minute}`;
}
