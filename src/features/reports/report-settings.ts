// The office's report settings: the entity's names printed on every report, the indicator targets and
// the Contraloría column mapping. Parsed and checked at start-up (config/configuration.ts), so a wrong
// file fails fast naming what is wrong.
import { isContraloriaField, type ContraloriaColumn } from './builders/contraloria-export.js';
import {
  DEFAULT_INDICATOR_TARGETS,
  MANAGEMENT_INDICATOR_CODES,
  type IndicatorTargets,
  type ManagementIndicatorCode,
} from './builders/management-report.js';

export interface ReportSettings {
  readonly entityName: string;
  readonly officeName: string;
  readonly indicatorTargets: IndicatorTargets;
  readonly contraloriaColumns: readonly ContraloriaColumn[];
}

/** `{"targets": {"PQRS_TIMELINESS": 0.95, ...}}`: any indicator left out keeps its default target. */
export function parseIndicatorTargets(json: string): IndicatorTargets | string {
  const parsed = parseJsonObject(json);
  if (typeof parsed === 'string') return parsed;
  const targets = parsed.targets;
  if (typeof targets !== 'object' || targets === null || Array.isArray(targets))
    return 'debe tener un objeto "targets" de código de indicador a meta';
  const merged: Record<string, number> = { ...DEFAULT_INDICATOR_TARGETS };
  for (const [code, target] of Object.entries(targets)) {
    if (!(MANAGEMENT_INDICATOR_CODES as readonly string[]).includes(code))
      return `nombra el indicador "${code}"; los indicadores son ${MANAGEMENT_INDICATOR_CODES.join(', ')}`;
    if (typeof target !== 'number' || !Number.isFinite(target) || target < 0)
      return `la meta de ${code} debe ser un número no negativo`;
    merged[code as ManagementIndicatorCode] = target;
  }
  return merged as IndicatorTargets;
}

/** `{"columns": [{"field": "radicado", "header": "Número de radicado"}, ...]}`, in output order. */
export function parseContraloriaColumns(json: string): ContraloriaColumn[] | string {
  const parsed = parseJsonObject(json);
  if (typeof parsed === 'string') return parsed;
  const columns = parsed.columns;
  if (!Array.isArray(columns) || columns.length === 0) return 'debe tener una lista "columns" no vacía';
  const result: ContraloriaColumn[] = [];
  for (const [index, column] of columns.entries()) {
    const { field, header } = (column ?? {}) as { field?: unknown; header?: unknown };
    if (typeof field !== 'string' || !isContraloriaField(field))
      return `la columna ${index + 1} nombra el campo "${String(field)}", que no existe`;
    if (typeof header !== 'string' || header.trim() === '')
      return `la columna ${index + 1} (${field}) necesita un encabezado ("header")`;
    result.push({ field, header: header.trim() });
  }
  return result;
}

function parseJsonObject(json: string): Record<string, unknown> | string {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
    return 'debe ser un objeto JSON';
  } catch {
    return 'no es JSON válido';
  }
}
