import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/plural.ts
function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export {
  count
};
