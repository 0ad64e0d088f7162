/**
 * The bytes of `stableJson(records)` (two-space indent, final newline), made one record at a
 * time: a national feed's services.json is larger than the longest string V8 can hold.
 */
export function jsonArrayBytes(records: readonly unknown[]): Buffer {
  if (records.length === 0) return Buffer.from('[]\n');
  const chunks: Buffer[] = [Buffer.from('[\n')];
  records.forEach((record, index) => {
    // JSON strings hold no raw line breaks, so every line break is indentation.
    const text = `  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}${index < records.length - 1 ? ',\n' : '\n'}`;
    chunks.push(Buffer.from(text));
  });
  chunks.push(Buffer.from(']\n'));
  return Buffer.concat(chunks);
}
