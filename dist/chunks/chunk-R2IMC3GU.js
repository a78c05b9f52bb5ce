import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/sources/aps/secrets.ts
var REMOVED = "[REMOVED]";
var SECRET_KEY = /^(access[_-]?token|refresh[_-]?token|id[_-]?token|token|assertion|client[_-]?secret|secret|password|authorization|private[_-]?key|code[_-]?verifier)$/i;
var JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
var SECRET_PAIR = /(["']?(?:access_token|refresh_token|id_token|assertion|client_secret|authorization|private_key)["']?\s*[:=]\s*["']?)([^"'&\s,}]+)/gi;
function isSensitiveParam(name) {
  return /token|secret|assertion|password|signature|code|key/i.test(name);
}
var SecretRegistry = class {
  constructor(setSecret) {
    this.setSecret = setSecret;
  }
  setSecret;
  #values = /* @__PURE__ */ new Set();
  /** Registers a secret (and, for a multi-line PEM, each of its lines). Returns the value for chaining. */
  add(value) {
    if (!value) return value;
    const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => !/^-----(BEGIN|END) /.test(l));
    for (const v of [value, ...lines]) {
      if (v.length < 8 || this.#values.has(v)) continue;
      this.#values.add(v);
      this.setSecret(v);
    }
    return value;
  }
  get values() {
    return [...this.#values].sort((a, b) => b.length - a.length);
  }
  /** Removes every known secret, every JWT and every `key=value` credential pair from free text. */
  scrubText(text) {
    let out = text;
    for (const v of this.values) out = out.split(v).join(REMOVED);
    return out.replace(JWT, REMOVED).replace(SECRET_PAIR, (_m, prefix) => `${prefix}${REMOVED}`);
  }
  /** Deep copy of a parsed JSON value with credential-named keys blanked and known secrets removed everywhere. */
  scrubJson(value) {
    if (typeof value === "string") return this.scrubText(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubJson(v));
    if (value !== null && typeof value === "object") {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        out[this.scrubText(k)] = SECRET_KEY.test(k) && v !== null && typeof v !== "object" ? REMOVED : this.scrubJson(v);
      }
      return out;
    }
    return value;
  }
};

export {
  REMOVED,
  isSensitiveParam,
  SecretRegistry
};
