// Where each field of the filing form lives on the page, so a problem can move the cursor to it. A group
// (radio buttons, check boxes) carries the id on its container: the cursor goes to its chosen option, or
// to the first one.
import type { FilingField } from '../logic/filing-form';

export function filingFieldId(field: FilingField): string {
  return `radicar-${field.replace('.', '-')}`;
}

export function focusFilingField(field: FilingField): void {
  const element = document.getElementById(filingFieldId(field));
  if (!element) return;
  const target = element.matches('input, textarea, select, button')
    ? element
    : element.querySelector<HTMLElement>(
        'input:checked, input:not([type="hidden"]), textarea, select, button',
      );
  (target ?? element).focus();
}
