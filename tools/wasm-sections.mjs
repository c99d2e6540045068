// Walks the sections of a wasm binary (the harness measures them, the post-build hook rewrites
// the export section).

/** Reads an unsigned LEB128 number of `bytes` at `at`; returns [value, next offset]. */
export function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** An unsigned LEB128 encoding of `n`. */
export function uleb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

/** Every section of the wasm `bytes`, in order: { id, start, body, end } (body: its contents). */
export function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length;) { // after the magic number and version
    const [size, body] = leb(bytes, at + 1);
    out.push({ id: bytes[at], start: at, body, end: body + size });
    at = body + size;
  }
  return out;
}
