/** CSV as RFC 4180 writes it: which fields are quoted, how quotes are doubled, CRLF line ends. */
import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/present/csv';

describe.each([
  // Plain text and numbers stay as they are.
  { value: 'pretrain.wall_hours', expected: 'pretrain.wall_hours' },
  { value: 510, expected: '510' },
  { value: 0.1, expected: '0.1' },
  // Nothing is an empty field.
  { value: undefined, expected: '' },
  // A comma, a quote or a line break forces quotes; quotes inside are doubled.
  { value: 'a, b', expected: '"a, b"' },
  { value: 'the “YOLO” "framework"', expected: '"the “YOLO” ""framework"""' },
  { value: 'line\nbreak', expected: '"line\nbreak"' },
  { value: 'cr\r', expected: '"cr\r"' },
  // Spaces at either end are kept by quoting (some readers trim them otherwise).
  { value: ' padded', expected: '" padded"' },
])('csvField($value)', ({ value, expected }) => {
  test(`is ${JSON.stringify(expected)}`, () => expect(csvField(value)).toBe(expected));
});

describe('toCsv', () => {
  test('writes the header, then one CRLF-terminated line per row', () => {
    expect(
      toCsv(
        ['id', 'note'],
        [
          ['a.b', 'x, y'],
          ['c.d', undefined],
        ],
      ),
    ).toBe('id,note\r\na.b,"x, y"\r\nc.d,\r\n');
  });
});
