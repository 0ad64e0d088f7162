/** A local address is shown as the path the user typed, not as a `file:` URL. */
export function displayLocation(url: string): string {
  return url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
}
