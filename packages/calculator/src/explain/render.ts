import type { ChecklistResult } from '../rules/checklist/build-checklist.js';
import type { EligibilityResult } from '../rules/eligibility/check-eligibility.js';
import type { ObligationResult } from '../rules/obligation/track-obligation.js';
import type { EstimateResult } from '../rules/reimbursement/estimate.js';
import type { ServiceDeadlineResult } from '../rules/timeline/service-deadline.js';
import type { Citation } from '../law/citation.js';
import { formatCitation, formatDate, formatMessage, formatTenge, type Message } from './format.js';
import { COST_TYPE_NAMES_OF, MEASURE_NAMES_OF, STATUS_NAMES_OF } from './names.js';
import type { Lang } from '../law/text.js';

export type AnyResult = EligibilityResult | EstimateResult | ChecklistResult | ObligationResult | ServiceDeadlineResult;

const L = {
  computedFor: { kk: 'Есеп күні', ru: 'Расчёт на дату', en: 'Computed for' },
  edition: { kk: 'Редакция', ru: 'Редакция', en: 'Edition' },
  verdict: {
    eligible: { kk: 'Өтінім беруге болады', ru: 'Можно подать заявку', en: 'Eligible' },
    ineligible: { kk: 'Өтінім беруге болмайды', ru: 'Подать заявку нельзя', en: 'Not eligible' },
    incomplete: { kk: 'Жауаптар жеткіліксіз', ru: 'Недостаточно ответов', en: 'Incomplete' },
  },
  total: { kk: 'Өтелетін сома', ru: 'Сумма возмещения', en: 'Reimbursement' },
  included: { kk: 'есепке алынды', ru: 'учтено', en: 'included' },
  excluded: { kk: 'есепке алынбады', ru: 'не учтено', en: 'excluded' },
  target: { kk: 'Межелі көрсеткіш', ru: 'Целевой показатель', en: 'Target' },
  deadline: { kk: 'Мерзім', ru: 'Срок', en: 'Deadline' },
  accepted: { kk: 'Қабылданған күн', ru: 'Дата приёма', en: 'Accepted on' },
  unofficial: { kk: 'ресми емес аударма', ru: 'неофициальный перевод', en: 'unofficial translation' },
  interpretations: { kk: 'Түсіндірмелер', ru: 'Толкования', en: 'Interpretations' },
} as const;

/** A sentence followed by its citation: "… [Rules No. 308, p. 14]". */
export function sentence(m: Message, c: Citation | undefined, lang: Lang): string {
  const text = formatMessage(m, lang);
  return c ? `${text} [${formatCitation(c, lang)}]` : text;
}

/**
 * A whole result as plain text in `lang`: every check, reason, cap, checklist item or checkpoint as a sentence with
 * its citation, then the edition, the date it was computed for and the interpretations it rests on. For printing,
 * copying and e-mail; the widgets render the same messages as HTML.
 */
export function format(result: AnyResult, lang: Lang): string {
  const out: string[] = [];
  const head = (date: string) => `${L.computedFor[lang]}: ${formatDate(date, lang)} · ${L.edition[lang]}: ${result.edition.title[lang]}`;
  switch (result.kind) {
    case 'eligibility':
      out.push(`${MEASURE_NAMES_OF(lang)[result.measure]} — ${L.verdict[result.verdict][lang]}`);
      for (const m of result.summary) out.push(formatMessage(m, lang));
      for (const c of result.checks) out.push(`[${STATUS_NAMES_OF(lang)[c.status]}] ${sentence(c.message, c.citation, lang)}`);
      out.push(head(result.applicationDate));
      break;
    case 'estimate':
      out.push(`${MEASURE_NAMES_OF(lang)[result.measure]} — ${L.total[lang]}: ${formatTenge(result.total, lang)}`);
      for (const line of result.lines) {
        out.push(`${line.index + 1}. ${COST_TYPE_NAMES_OF(lang)[line.costType]}: ${formatTenge(line.amount, lang)} — ${(line.status === 'included' ? L.included : L.excluded)[lang]}, ${formatTenge(line.reimbursable, lang)}`);
        for (const r of line.reasons) out.push(`   ${sentence(r.message, r.citation, lang)}`);
      }
      for (const c of result.caps) out.push(sentence(c.message, c.citation, lang));
      out.push(head(result.applicationDate));
      break;
    case 'checklist':
      out.push(result.heading[lang]);
      for (const it of result.items) {
        const cond = it.condition ? ` (${formatMessage(it.condition, lang)})` : '';
        out.push(`${it.number ? it.number + ') ' : '• '}${it.text[lang]}${cond} [${formatCitation(it.citation, lang)}]${lang !== 'ru' ? ` (${L.unofficial[lang]})` : ''}`);
        if (it.alternative) out.push(`   ${formatMessage(it.alternative.condition, lang)}: ${it.alternative.text[lang]}`);
      }
      for (const n of result.notes) out.push(`* ${n.text[lang]} [${formatCitation(n.citation, lang)}]`);
      out.push(head(result.applicationDate));
      break;
    case 'obligation':
      out.push(`${L.target[lang]}: ${formatTenge(result.target, lang)} · ${L.deadline[lang]}: ${formatDate(result.deadline, lang)}`);
      out.push(sentence(result.message, result.citations.target, lang));
      for (const c of result.checkpoints) out.push(`${formatDate(c.date, lang)}: ${formatTenge(c.achieved, lang)} / ${formatTenge(c.required, lang)} — ${c.status}`);
      for (const m of result.messages) out.push(formatMessage(m, lang));
      out.push(head(result.asOf));
      break;
    case 'service-deadline':
      out.push(`${L.accepted[lang]}: ${formatDate(result.acceptedOn, lang)} · ${L.deadline[lang]}: ${formatDate(result.deadline, lang)}`);
      for (const m of result.messages) out.push(sentence(m.message, m.citation, lang));
      out.push(head(result.submitted.date));
      break;
  }
  if ('notes' in result && Array.isArray(result.notes) && result.kind !== 'checklist') {
    for (const n of result.notes as Message[]) out.push(formatMessage(n, lang));
  }
  if (result.interpretations.length) {
    out.push(`${L.interpretations[lang]}: ${result.interpretations.map((i) => `${i.n}. ${i.text[lang]}`).join(' ')}`);
  }
  return out.join('\n');
}
