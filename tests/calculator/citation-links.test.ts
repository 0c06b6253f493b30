/**
 * Citations link to the act's page on adilet.zan.kz (issue "The widgets in the field", item 9): the link is data of
 * the law (`ACT_LINKS`), the SDK's `citationUrl` picks the visitor's language version, and the sources that have no
 * public page (the 2022 presentation, the project's interpretations) get no link. Results carry no links.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACT_LINKS, EDITIONS, citationUrl, isInputError, estimateReimbursement, type Citation } from '@qazindustry/productivity-calculator';

const RULES_RU = 'https://adilet.zan.kz/rus/docs/V2200028320';
const ORDER_RU = 'https://adilet.zan.kz/rus/docs/V2500037172';

describe('citationUrl: the act of a citation on adilet.zan.kz', () => {
  const p14: Citation = { act: 'rules-308', paragraph: '14' };

  test('a paragraph of the Rules links to the Rules No. 308 (registered No. 28320), in the visitor’s language', () => {
    assert.equal(citationUrl(p14, 'ru'), RULES_RU);
    assert.equal(citationUrl(p14, 'kk'), 'https://adilet.zan.kz/kaz/docs/V2200028320');
    // no English text of the Rules is known on adilet: English readers get the Russian page
    assert.equal(citationUrl(p14, 'en'), RULES_RU);
    assert.equal(citationUrl({ act: 'rules-308', annex: '3', item: '8' }, 'ru'), RULES_RU);
  });

  test('an item of Order No. 442 links to the Order (registered No. 37172)', () => {
    assert.equal(citationUrl({ act: 'order-442', paragraph: '4' }, 'ru'), ORDER_RU);
    assert.equal(citationUrl({ act: 'order-442', paragraph: '4' }, 'kk'), 'https://adilet.zan.kz/kaz/docs/V2500037172');
  });

  test('the 2022 presentation and the project’s interpretations have no link', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      assert.equal(citationUrl({ act: 'interpretation', interpretation: 5 }, lang), undefined);
      assert.equal(citationUrl({ act: 'presentation-2022', line: 53 }, lang), undefined);
    }
  });

  test('an act with no entry has no link, prototype keys included; what is not a citation, or not a language, is an InputError', () => {
    for (const act of ['constructor', '__proto__', 'toString', 'labour-code']) assert.equal(citationUrl({ act } as never, 'ru'), undefined, act);
    for (const x of [undefined, null, 1, 'rules-308', {}, { act: 42 }]) assert.throws(() => citationUrl(x as never, 'ru'), isInputError, String(x));
    for (const l of [undefined, 'de', 'constructor']) assert.throws(() => citationUrl(p14, l as never), isInputError, String(l));
  });

  test('the links are frozen data of the law, https pages of adilet.zan.kz only', () => {
    assert.ok(Object.isFrozen(ACT_LINKS));
    for (const [act, links] of Object.entries(ACT_LINKS)) {
      assert.ok(Object.isFrozen(links), act);
      for (const url of Object.values(links)) assert.match(url, /^https:\/\/adilet\.zan\.kz\/(rus|kaz|eng)\/docs\/[A-Z0-9]+$/, act);
    }
  });

  test('every citation of the built-in editions to the Rules or the Order has a link; results hold none', () => {
    const acts = new Set<string>();
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (typeof (v as Citation).act === 'string') acts.add((v as Citation).act);
      for (const x of Object.values(v)) walk(x);
    };
    for (const e of EDITIONS) walk(e);
    for (const act of ['rules-308', 'order-442']) assert.ok(acts.has(act) && citationUrl({ act } as Citation, 'ru'), act);
    const r = estimateReimbursement({ applicationDate: '2026-03-31', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: '1000000', date: '2025-06-01' }] });
    assert.doesNotMatch(JSON.stringify(r), /adilet|https?:/);
  });
});
