import type { DraftValue } from '../../shared/api';

/**
 * The named fields of a form whose inputs the page does not control, as a draft keeps
 * them: text and choices as strings, ticks as true or false, a multiple choice as a list.
 * Passwords are never kept.
 */
export function formValues(form: HTMLFormElement): Record<string, DraftValue> {
  const values: Record<string, DraftValue> = {};
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLSelectElement) &&
      !(element instanceof HTMLTextAreaElement)
    )
      continue;
    if (!element.name || element.type === 'password' || element.type === 'submit') continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox')
      values[element.name] = element.checked;
    else if (element instanceof HTMLSelectElement && element.multiple)
      values[element.name] = Array.from(element.selectedOptions).map((o) => o.value);
    else values[element.name] = element.value;
  }
  return values;
}

/** Puts kept values back into such a form. */
export function fillForm(form: HTMLFormElement | null, data: Record<string, DraftValue>): void {
  if (!form) return;
  for (const [name, value] of Object.entries(data)) {
    const element = form.elements.namedItem(name);
    if (element instanceof HTMLInputElement && element.type === 'checkbox')
      element.checked = value === true;
    else if (element instanceof HTMLSelectElement && element.multiple && Array.isArray(value)) {
      for (const option of Array.from(element.options))
        option.selected = value.includes(option.value);
    } else if (
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      typeof value === 'string'
    )
      element.value = value;
  }
}
