// Outbound links are limited to http, https and mailto (issue 8); inside the app, links are routes
// after "#". An address that comes from data (a plan file, an import) goes through safeHref before it
// becomes an href, so that "javascript:…", "data:…" or "vbscript:…" can never be followed. Pure.

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The address if it is a route of the app ("#…") or an http, https or mailto URL; else undefined. */
export function safeHref(address: string | null | undefined): string | undefined {
  if (typeof address !== "string") return undefined;
  if (address.startsWith("#")) return address;
  // Browsers ignore leading blanks and control characters and tabs or newlines inside a scheme
  // ("java\tscript:"): the URL parser does the same, so judge what it makes of the text.
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    // Relative addresses ("page.html", "//host") are not made from data in this app.
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? address : undefined;
}
