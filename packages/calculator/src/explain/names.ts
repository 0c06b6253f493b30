import type { BusinessSize, CostType, CourseKind, Measure } from '../law/domain.js';
import { languagePack, type LanguagePack } from './pack.js';
import type { Lang, LocalizedText } from '../law/text.js';
import { own } from '../law/plain.js';
import { InputError, issue } from '../rules/errors.js';

type Names = LanguagePack['names'];

function namesOf(lang: Lang): Names | undefined {
  return languagePack(lang)?.names;
}

/** The names of the measures (p.12) in `lang` (empty until the language is registered). */
export function MEASURE_NAMES_OF(lang: Lang): Readonly<Record<Measure, string>> {
  return namesOf(lang)?.measures ?? ({} as Record<Measure, string>);
}
export function COST_TYPE_NAMES_OF(lang: Lang): Readonly<Record<CostType, string>> {
  return namesOf(lang)?.costTypes ?? ({} as Record<CostType, string>);
}
export function SIZE_NAMES_OF(lang: Lang): Readonly<Record<BusinessSize, string>> {
  return namesOf(lang)?.sizes ?? ({} as Record<BusinessSize, string>);
}
export function COURSE_KIND_NAMES_OF(lang: Lang): Readonly<Record<CourseKind, string>> {
  return namesOf(lang)?.courseKinds ?? ({} as Record<CourseKind, string>);
}
export function CAP_GROUP_NAMES_OF(lang: Lang): Readonly<Record<string, string>> {
  return namesOf(lang)?.capGroups ?? {};
}
export function STATUS_NAMES_OF(lang: Lang): Readonly<Record<'pass' | 'fail' | 'unknown' | 'not-applicable', string>> {
  return namesOf(lang)?.statuses ?? ({} as Record<'pass' | 'fail' | 'unknown' | 'not-applicable', string>);
}

/** One name in `lang`: the pack's, else the id itself (never empty, never an inherited property). */
export function nameIn(lang: Lang, table: 'measures' | 'costTypes' | 'sizes' | 'courseKinds' | 'capGroups' | 'statuses', id: string): string {
  const t = own(namesOf(lang)?.[table] as Readonly<Record<string, string>> | undefined, id);
  return typeof t === 'string' && t !== '' ? t : String(id);
}

/** One name in the three languages, e.g. `localizedName('measures', 'competence')`. */
export function localizedName<K extends keyof Names>(table: K, key: keyof Names[K] & string): LocalizedText {
  if (typeof table !== 'string' || !['measures', 'costTypes', 'sizes', 'courseKinds', 'capGroups', 'statuses', 'acts'].includes(table) || typeof key !== 'string') {
    throw new InputError([issue(['name'], 'type', { expected: 'string' })]);
  }
  const get = (lang: Lang) => own(namesOf(lang)?.[table] as Readonly<Record<string, string>> | undefined, key) ?? '';
  return { kk: get('kk'), ru: get('ru'), en: get('en') };
}
