// A chart with nothing to draw says "Sin datos para el periodo" instead of empty axes.
import { chartHasData } from '../../web/src/logic/chart-data.js';

it('has data when any figure is not zero nor missing', () => {
  expect(
    chartHasData({
      rows: [
        ['Petición', 0],
        ['Queja', 2],
      ],
    }),
  ).toBe(true);
  expect(chartHasData({ rows: [['01/12/2026', 'sin datos', '50 %']] })).toBe(true);
});

it('has none with no rows, only zeros, or only missing figures', () => {
  expect(chartHasData({ rows: [] })).toBe(false);
  expect(
    chartHasData({
      rows: [
        ['Petición', 0],
        ['Queja', 0],
      ],
    }),
  ).toBe(false);
  expect(chartHasData({ rows: [['01/12/2026', 'sin datos', 'sin datos']] })).toBe(false);
  // The row's name is not a figure.
  expect(chartHasData({ rows: [['Recibida', 0]] })).toBe(false);
});
