/** Upper-cases an input's text in place, keeping the caret (and selection) where the user left it. */
export function upperCaseInPlace(input: HTMLInputElement): string {
  const { value, selectionStart: start, selectionEnd: end, selectionDirection } = input;
  const upper = value.toUpperCase();
  if (upper !== value) {
    input.value = upper;
    if (start !== null && end !== null) {
      // Measured on the upper-cased prefix: a few letters grow when upper-cased (ß -> SS).
      const at = (i: number) => value.slice(0, i).toUpperCase().length;
      input.setSelectionRange(at(start), at(end), selectionDirection ?? undefined);
    }
  }
  return upper;
}
