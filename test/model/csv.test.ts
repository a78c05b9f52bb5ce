import { describe, expect, it } from 'vitest';
import { CsvRowReader, CsvSyntaxError, parseCsv } from '../../src/model/csv.js';

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

describe('CsvRowReader (a file read in pieces)', () => {
  // Quotes, a doubled quote, a quoted line end of each kind, \r\n, a bare \r, a BOM and an empty line.
  const text = '\ufeffa,b\r\n"x,1","say ""hi"""\n"two\r\nlines",z\r"three\rparts",\n\nlast,"q"';
  const expected = [
    { line: 1, fields: ['a', 'b'] },
    { line: 2, fields: ['x,1', 'say "hi"'] },
    { line: 3, fields: ['two\r\nlines', 'z'] },
    { line: 5, fields: ['three\rparts', ''] },
    { line: 8, fields: ['last', 'q'] },
  ];

  const readPieces = (pieces: string[]) => {
    const rows: { line: number; fields: string[] }[] = [];
    const reader = new CsvRowReader((fields, line) => rows.push({ line, fields }));
    for (const piece of pieces) reader.push(piece);
    reader.end();
    return rows;
  };

  it('gives the same rows and lines wherever the text is cut, into two pieces or three', () => {
    expect(readPieces([text])).toEqual(expected);
    for (let i = 0; i <= text.length; i++) {
      expect(readPieces([text.slice(0, i), text.slice(i)]), `cut at ${i}`).toEqual(expected);
      for (let j = i; j <= text.length; j += 3)
        expect(readPieces([text.slice(0, i), text.slice(i, j), text.slice(j)]), `cut at ${i}, ${j}`).toEqual(
          expected,
        );
    }
  });

  it('reads a piece of one character at a time', () => {
    expect(readPieces([...text])).toEqual(expected);
  });

  it('names the line of a quote left open at the real end, not at the end of a piece', () => {
    const pieces = ['a,b\n1,"2', '\n3', ',4'];
    try {
      readPieces(pieces);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(2);
      expect((error as CsvSyntaxError).message).toContain('unterminated quoted field');
    }
  });
});
