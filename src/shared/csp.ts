/**
 * The Content-Security-Policy of the window, in one place: injected as a <meta> into the
 * built index.html (Electron loads it from file://) and sent as a header in browser mode.
 * No inline or remote script, no eval, no plugins, nothing framed, no form posts; mail
 * bodies are rendered as sanitized text/HTML with remote images blocked by img-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

/** The same policy for a <meta> tag, where browsers ignore (and complain about) frame-ancestors. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ')
