// CSV for Excel and pandas: BOM, one row per task, units with roles, formula-safe cells.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../src/emit/csv.js';
import { extractDocument } from '../../src/index.js';
import { parseCsv } from '../helpers/csv.js';
import { read, SEEDS } from '../helpers/fixtures.js';

describe('CSV output', () => {
  const doc = extractDocument(read(SEEDS, '001_689cad3dc45a0018.txt'), { path: 'seeds/001.txt' });
  const csv = toCsv(doc);
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 BOM and the header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per task, body and table rows alike (seed 001: 18 body items, 31 table rows)', () => {
    expect(rows).toHaveLength(1 + doc.tasks.length);
    expect(rows.filter((r) => r[2] === 'body')).toHaveLength(18);
    expect(rows.filter((r) => r[2] === 'table')).toHaveLength(31);
  });

  it('writes units with their roles (row 22: 省综治办牵头，省经信委等其他有关部门参与)', () => {
    const row = rows.find((r) => r[6]!.startsWith('推进智慧社区建设'))!;
    expect(row[7]).toBe('省综治办(牵头); 省经信委(配合)');
    expect(row[3]).toBe('部门重点工作任务分工');
    expect(row[11]).toBe('22');
  });

  it('writes the section path of body tasks', () => {
    expect(rows[1]![3]).toBe('二、推进城乡社区治理体系现代化');
    expect(rows[1]![4]).toBe('(一)');
  });

  it('quotes commas and quotes, and defuses cells a spreadsheet would run as a formula', () => {
    const text = '一、工作任务\n1.=SUM(A1:A2)加强"管理",落实责任。推进各项工作落实。';
    const one = parseCsv(toCsv(extractDocument(text, { path: 'x.txt' })).slice(1));
    expect(one[1]![6]).toBe('\'=SUM(A1:A2)加强"管理",落实责任。推进各项工作落实。');
  });
});
