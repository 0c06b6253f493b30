/** Copies text; true when the browser allowed it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints the page with every folded part of the widget open (the readings of the Rules are in a <details>), so
 * that the printout holds the whole calculation; folds them back afterwards.
 */
export function printOpen(root: ParentNode): void {
  const closed = [...root.querySelectorAll('details:not([open])')];
  closed.forEach((d) => d.setAttribute('open', ''));
  try {
    window.print();
  } finally {
    closed.forEach((d) => d.removeAttribute('open'));
  }
}
