/**
 * URLs from the API that end up in an `href`. Lit escapes attribute values but not schemes: a
 * `javascript:` or `data:` URL in an `href` would run when clicked, so only web URLs become links.
 */

/** Whether a URL from the API may become a link: only `http:` and `https:` URLs may. */
export function isLinkable(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]/i.test(url.trim());
}
