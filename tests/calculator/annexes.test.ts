import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  annexVariants2025,
  documents2022,
  individualEntrepreneurStatement2025,
  translationAdvice,
} from '@qazindustry/productivity-calculator/editions/2025-442/documents';

import { annexesKk, annexesEn } from '@qazindustry/productivity-calculator';

/** The three texts of an annex entry: the Russian of the data, Kazakh and English from their translations. */
const tri = (key: string, ru: string) => ({ kk: annexesKk[key] ?? '', ru, en: annexesEn[key] ?? '' });

/** Seed 002 (Order No. 442) and seed 004 (2022 presentation), read independently of the data module. */
const seed002 = readFileSync(
  new URL('../../../tests/fixtures/seeds/002_6054b853f54b7591.txt', import.meta.url),
  'utf8',
).split(/\r?\n/);
const seed004 = readFileSync(
  new URL('../../../tests/fixtures/seeds/004_39281feb78c805ea.txt', import.meta.url),
  'utf8',
).split(/\r?\n/);

/** Whitespace (NBSP included) collapsed to single spaces. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** 1-based line of a seed, collapsed. */
const line002 = (n: number): string => collapse(seed002[n - 1] ?? '');
const line004 = (n: number): string => collapse(seed004[n - 1] ?? '');
const stripEnd = (s: string): string => s.replace(/[;.]$/, '');

interface SeedItem {
  n: number;
  line: number;
  text: string;
}

/**
 * The numbered sub-items between a variant's heading and its non-resident paragraph. A paragraph that does not
 * start with a number continues the sub-item before it (Annex 3 sub-item 11) and is joined with a single space.
 */
function seedItems(headingLine: number, nonResidentLine: number): SeedItem[] {
  const items: SeedItem[] = [];
  for (let ln = headingLine + 1; ln < nonResidentLine; ln++) {
    const text = line002(ln);
    if (text === '') continue;
    const m = /^(\d+)\) (.*)$/.exec(text);
    if (m) {
      items.push({ n: Number(m[1]), line: ln, text: m[2] ?? '' });
    } else {
      const last = items.at(-1);
      assert.ok(last, `line ${ln} continues no numbered sub-item: ${text}`);
      last.text = `${last.text} ${text}`;
    }
  }
  return items.map((it) => ({ ...it, text: stripEnd(it.text) }));
}

const LABEL: Record<string, string> = {
  'annex3-competence': 'Annex 3 (competence)',
  'annex4-energy-audit': 'Annex 4 (energy audit)',
  'annex4-supervised-installation': 'Annex 4 (supervised installation)',
  'annex4-installation': 'Annex 4 (installation)',
  'annex4-tech-equipment': 'Annex 4 (technological equipment)',
  'annex5-organization': 'Annex 5 (organisation of production)',
  'annex5-1-digital': 'Annex 5-1 (digital equipment)',
};
const EXPECTED_COUNTS: Record<string, number> = {
  'annex3-competence': 13,
  'annex4-energy-audit': 9,
  'annex4-supervised-installation': 13,
  'annex4-installation': 12,
  'annex4-tech-equipment': 11,
  'annex5-organization': 9,
  'annex5-1-digital': 11,
};

/** Checks a translated text: present, Latin QazIndustry, no letter-spaced Kazakh, not a copy of the Russian. */
function assertTranslations(where: string, text: { kk: string; ru: string; en: string }): void {
  for (const lang of ['kk', 'en'] as const) {
    const t = text[lang];
    assert.ok(t.trim().length > 0, `${where}: ${lang} is empty`);
    assert.ok(!t.includes('QazІndustry'), `${where}: ${lang} spells QazIndustry with a Cyrillic І`);
    assert.notEqual(t, text.ru, `${where}: ${lang} is the Russian text`);
  }
  assert.ok(!/(\S ){4,}\S/.test(text.kk), `${where}: kk has a letter-spaced word: ${text.kk}`);
  assert.ok(text.ru.trim().length > 0, `${where}: ru is empty`);
}

test('the seven document-list variants come in the order of the annexes', () => {
  assert.deepEqual(
    annexVariants2025.map((v) => v.id),
    Object.keys(LABEL),
  );
  assert.deepEqual(
    annexVariants2025.map((v) => v.annex),
    ['3', '4', '4', '4', '4', '5', '5-1'],
  );
});

for (const v of annexVariants2025) {
  const label = LABEL[v.id] ?? v.id;
  const count = EXPECTED_COUNTS[v.id];

  test(`${label} lists the ${count} documents of item 8 in the seed's order and wording`, () => {
    const fromSeed = seedItems(v.heading.line, v.nonResident.line);
    assert.equal(v.items.length, count);
    assert.equal(fromSeed.length, count);
    assert.deepEqual(
      v.items.map((it) => it.n),
      Array.from({ length: count ?? 0 }, (_, i) => i + 1),
      'sub-item numbers run 1..k without gaps',
    );
    assert.deepEqual(
      fromSeed.map((it) => it.n),
      Array.from({ length: count ?? 0 }, (_, i) => i + 1),
    );
    v.items.forEach((item, i) => {
      const s = fromSeed[i];
      assert.ok(s);
      assert.equal(item.n, s.n, `${label}, position ${i + 1}`);
      assert.equal(item.ru, s.text, `${label}, sub-item ${item.n}`);
      assert.equal(item.line, s.line, `${label}, sub-item ${item.n}: line`);
    });
  });

  test(`${label} cites, for every document, the seed line where its sub-item starts`, () => {
    for (const item of v.items) {
      assert.ok(line002(item.line).startsWith(`${item.n})`), `${label}, sub-item ${item.n}: line ${item.line}`);
    }
  });

  test(`${label} opens with the heading sentence of the seed`, () => {
    const heading = line002(v.heading.line);
    assert.ok(heading.startsWith('При получении возмещения затрат'), `line ${v.heading.line}: ${heading}`);
    assert.equal(`${v.heading.ru}:`, heading);
  });

  test(`${label} replaces the sub-item the seed names for a non-resident executor`, () => {
    const para = line002(v.nonResident.line);
    assert.ok(para.startsWith('В случае, если исполнителем выступает нерезидент'), para);
    const m = /в подпункте (\d+)\)/.exec(para);
    assert.ok(m, para);
    assert.equal(v.nonResident.replaces, Number(m[1]));
    assert.ok(v.items.some((it) => it.n === v.nonResident.replaces));
    assert.ok(para.includes(`предоставляются ${v.nonResident.ru}`), v.nonResident.ru);
  });

  test(`${label} names the Tax Code note's sub-items as the seed does`, () => {
    const note = v.taxCodeNote;
    if (v.annex === '3') {
      assert.equal(note, undefined, 'Annex 3 has no Tax Code note');
      return;
    }
    assert.ok(note, 'the note is present');
    const para = line002(note.line);
    assert.ok(para.startsWith('Документы, указанные в подпунктах'), para);
    const named = [...(para.split('оформляются')[0] ?? '').matchAll(/(\d+)\)/g)].map((m) => Number(m[1]));
    assert.deepEqual([...note.items], named);
    assert.equal(note.ru, para);
  });

  test(`${label} has a Kazakh and an English text for every Russian one`, () => {
    assertTranslations(`${label} heading`, tri(`${v.id}.heading`, v.heading.ru));
    for (const item of v.items) assertTranslations(`${label} sub-item ${item.n}`, tri(`${v.id}.${item.n}`, item.ru));
    assertTranslations(`${label} non-resident`, tri(`${v.id}.nonResident`, v.nonResident.ru));
    if (v.taxCodeNote) assertTranslations(`${label} Tax Code note`, tri(`${v.id}.taxCodeNote`, v.taxCodeNote.ru));
  });
}

/** How the seed words the conditional documents (first words of the sub-item). */
const CONDITIONAL_DOCUMENTS: readonly (readonly [string, string])[] = [
  ['копии документов, подтверждающих производство продукции', 'priorityGoodsDocs'],
  ['выписка из реестра казахстанских товаропроизводителей', 'registerExtract'],
  ['копии документов, подтверждающих освобождение заявителя от уплаты налогов', 'taxExempt'],
  ['копии документов, подтверждающих стоимость проезда', 'claimsTravel'],
  ['копии документов, подтверждающих стоимость проживания', 'claimsAccommodation'],
];

test('the priority-goods, register, tax-exemption, travel and accommodation documents carry their conditions', () => {
  for (const v of annexVariants2025) {
    const label = LABEL[v.id] ?? v.id;
    for (const item of v.items) {
      const expected = CONDITIONAL_DOCUMENTS.find(([prefix]) => item.ru.startsWith(prefix))?.[1];
      assert.equal(item.condition, expected, `${label}, sub-item ${item.n}`);
    }
  }
  const competence = annexVariants2025.find((v) => v.id === 'annex3-competence');
  assert.equal(competence?.items.find((it) => it.n === 11)?.condition, 'claimsTravel');
  assert.equal(competence?.items.find((it) => it.n === 12)?.condition, 'claimsAccommodation');
});

test('Order 442 item 4 is recorded with the sub-item numbers it literally names for each annex', () => {
  // Order annexes 2, 3, 4, 5 are the Rules' annexes 3, 4, 5, 5-1 (l.292).
  const rulesAnnex: Record<string, string> = { '2': '3', '3': '4', '4': '5', '5': '5-1' };
  const named = (lineNo: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const m of line002(lineNo).matchAll(/подпункта (\d+)\)? пункта 8 приложения (\d+)/g)) {
      out.set(rulesAnnex[m[2] ?? ''] ?? '?', Number(m[1]));
    }
    return out;
  };
  const starts = named(308);
  const expires = named(310);
  assert.equal(starts.size, 4);
  assert.equal(expires.size, 4);
  for (const v of annexVariants2025) {
    assert.deepEqual(
      v.literalOrder442Item4,
      { expires: expires.get(v.annex), starts: starts.get(v.annex) },
      LABEL[v.id],
    );
  }
  const tech = annexVariants2025.find((v) => v.id === 'annex4-tech-equipment');
  assert.ok(tech);
  // In the technological-equipment list the literal numbers point at the tax-exemption document and the register.
  assert.equal(tech.items.find((it) => it.n === tech.literalOrder442Item4.expires)?.condition, 'taxExempt');
  assert.equal(tech.items.find((it) => it.n === tech.literalOrder442Item4.starts)?.condition, 'registerExtract');
});

test("an individual entrepreneur's tax-account statement quotes p.13 sub-item 5 of the seed", () => {
  const para = line002(individualEntrepreneurStatement2025.line);
  assert.ok(para.includes('индивидуальный предприниматель'), para);
  assert.ok(para.includes(individualEntrepreneurStatement2025.ru), individualEntrepreneurStatement2025.ru);
  assertTranslations('individual-entrepreneur statement', tri('p13.5-entrepreneur-statement', individualEntrepreneurStatement2025.ru));
});

test('the advice on foreign-language documents is the 2022 presentation sentence', () => {
  const joined = collapse(`${line004(translationAdvice.line)} ${line004(translationAdvice.line + 1)}`);
  assert.equal(`* ${translationAdvice.ru}`, joined);
  assertTranslations('translation advice', tri('translation-advice', translationAdvice.ru));
});

test('the 2022 edition lists the 8 documents of the presentation in its order and wording', () => {
  assert.equal(documents2022.length, 8);
  documents2022.forEach((doc, i) => {
    assert.equal(doc.n, i + 1);
    assert.equal(`${doc.n}. ${doc.ru}`, line004(doc.line));
    assertTranslations(`2022 document ${doc.n}`, tri(`2022.${doc.n}`, doc.ru));
  });
});
