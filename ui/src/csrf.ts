// The CSRF token of a signed-in browser session. The service sets it as the XSRF-TOKEN cookie; the page sends
// it back (as a header, or a form field) with every post. No cookie means no cookie session (a bearer token).

export function csrfToken(): string | null {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]!) : null;
}
