/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes inside them ("Ra""as" in idn-area-data), commas and
 * line breaks inside quotes, CRLF or LF. Written here rather than pulled in because the build step must not
 * depend on anything beyond Node itself.
 *
 * @param {string} text
 * @returns {string[][]} rows of fields; a trailing newline does not make an empty row
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += c;
    }
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Rows as objects keyed by the header line, so a column reordering in a new package version cannot silently
 * swap names and codes.
 *
 * @param {string} text
 * @param {readonly string[]} required columns that must be present
 * @returns {Record<string, string>[]}
 */
export function parseCsvObjects(text, required) {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV has no header line');
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`CSV lacks column "${column}" (has: ${header.join(', ')})`);
  }
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => {
      if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, header has ${header.length}: ${r.join(',')}`);
      return Object.fromEntries(header.map((h, k) => [h, r[k]]));
    });
}
