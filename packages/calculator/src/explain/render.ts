import type { ChecklistResult, DocText } from '../rules/checklist/build-checklist.js';
import { InputError, issue } from '../rules/errors.js';
import type { EligibilityResult } from '../rules/eligibility/check-eligibility.js';
import type { ObligationResult } from '../rules/obligation/track-obligation.js';
import type { EstimateResult } from '../rules/reimbursement/estimate.js';
import type { ServiceDeadlineResult } from '../rules/timeline/service-deadline.js';
import type { Citation } from '../law/citation.js';
import { editionTitle, formatCitation, formatDate, formatDocText, formatMessage, formatTenge, interpretationText, total, type FormatOptions, type Message } from './format.js';
import type { Edition } from '../law/editions/types.js';
import { packOf } from './pack.js';
import { nameIn } from './names.js';
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
export const sentence = total((m: Message, c: Citation | undefined, lang: Lang, options?: FormatOptions): string => {
  const text = formatMessage(m, lang, options);
  return c ? `${text} [${formatCitation(c, lang)}]` : text;
}, ['message'], 'message-key');

/**
 * A whole result as plain text in `lang`: every check, reason, cap, checklist item or checkpoint as a sentence with
 * its citation, then the edition, the date it was computed for and the interpretations it rests on. For printing,
 * copying and e-mail; the widgets render the same messages as HTML.
 */
export const format = total((result: AnyResult, lang: Lang, options?: FormatOptions): string => {
  packOf(lang);
  if (result === null || typeof result !== 'object') throw new InputError([issue([], 'not-a-result')]);
  const editions: readonly Edition[] = options !== null && typeof options === 'object' && Array.isArray(options.editions) ? options.editions : [];
  const o: FormatOptions = { editions };
  const title = (id: string) => editionTitle(id, lang, editions);
  const doc = (t: DocText) => formatDocText(t, lang, editions);
  const out: string[] = [];
  const head = (date: string) => `${L.computedFor[lang]}: ${formatDate(date, lang)} · ${L.edition[lang]}: ${title(result.edition.id)}`;
  switch (result.kind) {
    case 'eligibility':
      out.push(`${nameIn(lang, 'measures', result.measure)} — ${L.verdict[result.verdict][lang]}`);
      for (const m of result.summary) out.push(formatMessage(m, lang, o));
      for (const c of result.checks) out.push(`[${nameIn(lang, 'statuses', c.status)}] ${sentence(c.message, c.citation, lang, o)}`);
      out.push(head(result.applicationDate));
      break;
    case 'estimate':
      out.push(`${nameIn(lang, 'measures', result.measure)} — ${L.total[lang]}: ${formatTenge(result.total, lang)}`);
      for (const line of result.lines) {
        out.push(`${line.index + 1}. ${nameIn(lang, 'costTypes', line.costType)}: ${formatTenge(line.amount, lang)} — ${(line.status === 'included' ? L.included : L.excluded)[lang]}, ${formatTenge(line.reimbursable, lang)}`);
        for (const r of line.reasons) out.push(`   ${sentence(r.message, r.citation, lang, o)}`);
      }
      for (const c of result.caps) out.push(sentence(c.message, c.citation, lang, o));
      out.push(head(result.applicationDate));
      break;
    case 'checklist':
      out.push(doc(result.heading));
      for (const it of result.items) {
        const cond = it.condition ? ` (${formatMessage(it.condition, lang, o)})` : '';
        out.push(`${it.number ? it.number + ') ' : '• '}${doc(it.text)}${cond} [${formatCitation(it.citation, lang)}]${lang !== 'ru' ? ` (${L.unofficial[lang]})` : ''}`);
        if (it.alternative) out.push(`   ${formatMessage(it.alternative.condition, lang, o)}: ${doc(it.alternative.text)}`);
      }
      for (const n of result.notes) out.push(`* ${doc(n.text)} [${formatCitation(n.citation, lang)}]`);
      out.push(head(result.applicationDate));
      break;
    case 'obligation':
      out.push(`${L.target[lang]}: ${formatTenge(result.target, lang)} · ${L.deadline[lang]}: ${formatDate(result.deadline, lang)}`);
      out.push(sentence(result.message, result.citations.target, lang, o));
      for (const c of result.checkpoints) out.push(`${formatDate(c.date, lang)}: ${formatTenge(c.achieved, lang)} / ${formatTenge(c.required, lang)} — ${c.status}`);
      for (const m of result.messages) out.push(formatMessage(m, lang, o));
      out.push(head(result.asOf));
      break;
    case 'service-deadline':
      out.push(`${L.accepted[lang]}: ${formatDate(result.acceptedOn, lang)} · ${L.deadline[lang]}: ${formatDate(result.deadline, lang)}`);
      for (const m of result.messages) out.push(sentence(m.message, m.citation, lang, o));
      out.push(head(result.submitted.date));
      break;
  }
  if ('notes' in result && Array.isArray(result.notes) && result.kind !== 'checklist') {
    for (const n of result.notes as Message[]) out.push(formatMessage(n, lang, o));
  }
  if (result.interpretations.length) {
    out.push(`${L.interpretations[lang]}: ${result.interpretations.map((i) => `${i.n}. ${interpretationText(result.edition.id, i.id, lang, editions)}`).join(' ')}`);
  }
  return out.join('\n');
}, [], 'not-a-result');
