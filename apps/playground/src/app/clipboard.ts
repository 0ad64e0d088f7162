/**
 * Copies text with the asynchronous clipboard API. When the browser refuses
 * (no permission, an insecure context, an old browser), the text in the field
 * is selected instead, so Ctrl+C does the rest; the caller tells the user which.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<'copied' | 'failed'> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (field) {
      field.focus();
      field.select();
    }
    return 'failed';
  }
}
