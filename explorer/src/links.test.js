import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkKind } from './links.js';

test('a partner on either side makes a partnership', () => {
  assert.equal(linkKind('LEAD', 'PARTNER'), 'PARTNER');
  assert.equal(linkKind('PARTNER', 'LEAD'), 'PARTNER');
});

test('two issuers issued together; anything else acted together', () => {
  assert.equal(linkKind('ISSUER', 'ISSUER'), 'CO_ISSUER');
  assert.equal(linkKind('LEAD', 'PARTICIPANT'), 'CO_ACTOR');
  assert.equal(linkKind('ISSUER', 'LEAD'), 'CO_ACTOR');
});
