// Whether a chart has anything to draw. A period with no buckets, or whose every figure is zero or
// missing, would draw empty axes (or a flat line at 0) that read as "something went wrong": the figure
// says "Sin datos para el periodo" instead. Pure: no React.

/** What a figure says in place of a chart with nothing to draw. */
export const NO_CHART_DATA = 'Sin datos para el periodo';

/** The words a chart's table uses for a missing value. */
const MISSING = 'sin datos';

/** A chart's data as its table shows it: the first column names the row, the others are its figures. */
export function chartHasData(data: { readonly rows: readonly (readonly (string | number)[])[] }): boolean {
  return data.rows.some((row) =>
    row
      .slice(1)
      .some((cell) => (typeof cell === 'number' ? cell !== 0 : cell.trim() !== '' && cell !== MISSING)),
  );
}
