/** A form control's text by name, trimmed ('' when there is none). */
export function formText(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  return control && 'value' in control && typeof control.value === 'string' ? control.value.trim() : '';
}
