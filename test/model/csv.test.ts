import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/model/csv.js';

describe('parseCsv', () => {
  it.each([
    ['\\n', 'a,b\n1,2\n3,4\n'],
    ['\\r\\n', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['bare \\r', 'a,b\r1,2\r3,4\r'],
  ])('reads rows ended by %s and numbers their lines', (_name, text) => {
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('counts lines inside quoted fields, whatever the line end', () => {
    expect(parseCsv('a\r"x\ry"\rz\r').map((r) => r.line)).toEqual([1, 2, 4]);
    expect(parseCsv('a\r\n"x\r\ny"\r\nz\r\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('names the line of a syntax error after bare \\r line ends', () => {
    try {
      parseCsv('a,b\r1,2\r3,"4\r');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });
});
