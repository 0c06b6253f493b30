/**
 * @qazindustry/productivity-calculator — the labour-productivity reimbursement of Kazakhstan (Rules No. 308 as
 * amended by Order No. 442 of 17.10.2025) as effective-dated data, every answer explained in Kazakh, Russian and
 * English. This entry registers the three languages; `…/core` registers none (for web pages that load one).
 */
import { registerAnnexTexts, registerLanguage } from './explain/pack.js';
import kk from './i18n/kk.js';
import ru from './i18n/ru.js';
import en from './i18n/en.js';
import annexesKk from './i18n/annexes-kk.js';
import annexesEn from './i18n/annexes-en.js';
import { localizedName } from './explain/names.js';
import { MEASURES, COST_TYPES, BUSINESS_SIZES, COURSE_KINDS } from './law/domain.js';

registerLanguage(kk);
registerLanguage(ru);
registerLanguage(en);
registerAnnexTexts('kk', annexesKk);
registerAnnexTexts('en', annexesEn);

export * from './core.js';
export { kk, ru, en, annexesKk, annexesEn };

const table = <K extends string>(keys: readonly K[], name: 'measures' | 'costTypes' | 'sizes' | 'courseKinds') =>
  Object.fromEntries(keys.map((k) => [k, localizedName(name, k as never)])) as Record<K, import('./law/text.js').LocalizedText>;

/** Names in the three languages, e.g. `MEASURE_NAMES.competence.kk`. */
export const MEASURE_NAMES = table(MEASURES, 'measures');
export const COST_TYPE_NAMES = table(COST_TYPES, 'costTypes');
export const SIZE_NAMES = table(BUSINESS_SIZES, 'sizes');
export const COURSE_KIND_NAMES = table(COURSE_KINDS, 'courseKinds');

/** Every result sentence in the three languages, by key (`formatMessage` renders them with their parameters). */
export const MESSAGES = Object.fromEntries(
  Object.keys(en.messages).map((k) => [k, { kk: (kk.messages as Record<string, string>)[k] ?? '', ru: (ru.messages as Record<string, string>)[k] ?? '', en: (en.messages as Record<string, string>)[k] ?? '' }]),
) as Record<import('./explain/pack.js').MessageKey, import('./law/text.js').LocalizedText>;
