'use strict';

/** A plain-text table: the first column left-aligned, the others right. */
function textTable(header, lines) {
  const cells = lines.map(line => line.map(String));
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map(l => l[i].length)),
  );
  const row = line =>
    line
      .map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ');
  return [
    row(header),
    row(widths.map(w => '-'.repeat(w))),
    ...cells.map(row),
  ].join('\n');
}

module.exports = { textTable };
