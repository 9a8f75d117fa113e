/** The reader's "Lede stays off here" list: a host matches itself and its subdomains. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (/^[a-z]+:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^\*\./, '').replace(/^www\./, '').replace(/\/.*$/, '').replace(/:\d+$/, '');
  return /^[a-z0-9.-]+$/.test(s) && s.includes('.') ? s : /^[a-z0-9-]+$/.test(s) ? s : null;
}

export function isSiteDisabled(hostname: string, disabled: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return disabled.some((site) => host === site || host.endsWith(`.${site}`));
}
