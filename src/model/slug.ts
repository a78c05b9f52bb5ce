/**
 * App ids are untrusted: a page name is derived from the id, safe on every file system (also case-insensitive
 * ones, hence the hash of the exact id). Pure.
 */
export function appSlug(appId: string): string {
  const safe = appId
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .toLowerCase();
  return `${safe || 'app'}-${fnv1a(appId)}`;
}

/** 32-bit FNV-1a as 8 hex digits: small, deterministic, no crypto import needed. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
