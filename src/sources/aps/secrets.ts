/**
 * Every credential and every minted token is registered here the moment it exists: the logger masks it from then
 * on, and recordings and error messages are scrubbed of it. Pure apart from the `setSecret` callback it is given.
 */

export const REMOVED = '[REMOVED]';

/**
 * Keys whose string values are credentials in any APS or OAuth payload. `tokens`/`tokensConsumed` (usage figures)
 * must not match, hence the anchors.
 */
const SECRET_KEY =
  /^(access[_-]?token|refresh[_-]?token|id[_-]?token|token|assertion|client[_-]?secret|secret|password|authorization|private[_-]?key|code[_-]?verifier)$/i;

/** A JSON Web Token (header.payload.signature, base64url) — minted tokens and assertions alike. */
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

/** `"access_token": "…"` or `refresh_token=…` inside text that is not valid JSON (a truncated token response). */
const SECRET_PAIR =
  /(["']?(?:access_token|refresh_token|id_token|assertion|client_secret|authorization|private_key)["']?\s*[:=]\s*["']?)([^"'&\s,}]+)/gi;

/** Query parameters that could carry a credential: their values never reach a message or a recording. */
export function isSensitiveParam(name: string): boolean {
  return /token|secret|assertion|password|signature|code|key/i.test(name);
}

export class SecretRegistry {
  readonly #values = new Set<string>();

  constructor(private readonly setSecret: (value: string) => void) {}

  /** Registers a secret (and, for a multi-line PEM, each of its lines). Returns the value for chaining. */
  add(value: string | undefined): string | undefined {
    if (!value) return value;
    // A PEM's "-----BEGIN …" lines are not secret; masking them would only garble ordinary output.
    const lines = value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => !/^-----(BEGIN|END) /.test(l));
    for (const v of [value, ...lines]) {
      // Short fragments are skipped: masking 4 characters would mask ordinary words.
      if (v.length < 8 || this.#values.has(v)) continue;
      this.#values.add(v);
      this.setSecret(v);
    }
    return value;
  }

  get values(): readonly string[] {
    // Longest first, so that a secret containing another is removed whole.
    return [...this.#values].sort((a, b) => b.length - a.length);
  }

  /** Removes every known secret, every JWT and every `key=value` credential pair from free text. */
  scrubText(text: string): string {
    let out = text;
    for (const v of this.values) out = out.split(v).join(REMOVED);
    return out.replace(JWT, REMOVED).replace(SECRET_PAIR, (_m, prefix: string) => `${prefix}${REMOVED}`);
  }

  /** Deep copy of a parsed JSON value with credential-named keys blanked and known secrets removed everywhere. */
  scrubJson(value: unknown): unknown {
    if (typeof value === 'string') return this.scrubText(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubJson(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[this.scrubText(k)] =
          SECRET_KEY.test(k) && v !== null && typeof v !== 'object' ? REMOVED : this.scrubJson(v);
      }
      return out;
    }
    return value;
  }
}
