/** A CSV cell value; empty for null or undefined. */
export type CsvValue = string | number | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  // a text cell starting like a formula would run in a spreadsheet
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text: a header line, then one line per row. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows]
    .map(r => r.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** Hands `csv` to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
