// Typing into a date field the way staff do: the field is a row of parts (day, month, year, hour,
// minute), not one text box, so Playwright's fill() cannot set it; one clicks the first part, clears
// the field and types.
import type { Locator } from 'playwright-core';

/** Types `text` ("05/03/2026", "05/03/2026 14:30") into the date field `field` (its group or label). */
export async function typeDate(field: Locator, text: string): Promise<void> {
  const page = field.page();
  await field.locator('[role="spinbutton"]').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** A calendar day ('2026-03-05') as one types it into a date field: 05/03/2026. */
export function typedDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}
