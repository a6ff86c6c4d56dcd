/** One closeness helper for every unit test (tests/unit/support/approx.ts): no test writes its own. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { codeFiles } from '../support/imports';

const HELPER = 'tests/unit/support/approx.ts';
const OWN = /\b(?:const|function)\s+(near|close|approx|isClose|expectClose|closeTo|nearly)\b/;

it('no test file defines its own approx helper', () =>
  expect(
    codeFiles('tests')
      .filter((f) => f !== HELPER && OWN.test(readFileSync(f, 'utf8')))
      .map((f) => `${f}: ${OWN.exec(readFileSync(f, 'utf8'))![0]}`),
  ).toEqual([]));

it('the helper is where the tests import it from', () => expect(readFileSync(HELPER, 'utf8')).toMatch(OWN));
