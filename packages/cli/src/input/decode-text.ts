/**
 * Turns the bytes of a file someone gave us into text, refusing what is not
 * UTF-8 instead of replacing it. No Node built-ins: the feed check in the
 * browser can use it too.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const REPLACEMENT = '\uFFFD';
/** How many leading bytes to look at when guessing UTF-16 without a byte order mark. */
const SAMPLE_BYTES = 4096;

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** UTF-16 text of mostly ASCII has a NUL in every other byte; UTF-8 JSON has none at all. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls += 1;
  return nuls > 0 && nuls * 4 >= sample.length;
}

/**
 * The offset of the first byte that is not valid UTF-8. The lenient decoder puts
 * one U+FFFD where each bad sequence was; the valid text before it, encoded
 * again, has exactly the length of the bytes before it. A U+FFFD that was in the
 * file (bytes EF BF BD) is skipped.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    offset += encoder.encode(text.slice(from, at)).length;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line += 1;
  return line;
}

/**
 * Decodes a user's file as UTF-8. A UTF-8 byte order mark is dropped (Windows
 * editors write one); UTF-16 and invalid UTF-8 are refused with one line that
 * says what to do, naming the file as `shownAs`.
 */
export function decodeUserText(bytes: Uint8Array, shownAs: string): DecodeResult {
  if (startsWithUtf16Bom(bytes) || looksLikeUtf16(bytes)) {
    return { ok: false, message: `${shownAs} is UTF-16 text: save it as UTF-8 and try again` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    return {
      ok: false,
      message: `${shownAs} is not valid UTF-8 at byte ${offset} (line ${lineOfByte(bytes, offset)}): save it as UTF-8 and try again`,
    };
  }
}
