import { presentation, rules, SEED_RULES } from '../citation.js';
import { deepFreeze } from '../plain.js';
import type { ChecklistData } from '../documents.js';
import { annexVariants2025, documents2022, individualEntrepreneurStatement2025, translationAdvice } from './2025-442/documents.js';

const advice = { ru: translationAdvice.ru, cite: presentation(translationAdvice.line) };

/**
 * The document lists by edition id. Kept apart from the editions so that only the checklist carries the annexes'
 * text; a new edition adds its entry here (data, no code).
 */
export const CHECKLISTS: Readonly<Record<string, ChecklistData>> = deepFreeze({
  '2022': {
    // 004 l.111-128: the 8 documents; which measure needs which (payroll sheets, digital strategy) was marked on the
    // slide and is lost in the text (RULES.md §1).
    common: { items: documents2022, cite: presentation(111), someMeasuresOnly: { first: presentation(documents2022[0]!.line), last: presentation(documents2022.at(-1)!.line) } },
    translationAdvice: advice,
  },
  '2025-442': {
    variants: annexVariants2025,
    source: { act: 'rules-308', seed: SEED_RULES },
    individualEntrepreneurStatement: { ru: individualEntrepreneurStatement2025.ru, cite: rules('13', individualEntrepreneurStatement2025.line, '5') },
    translationAdvice: advice,
  },
});
