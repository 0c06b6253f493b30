import '@qazindustry/productivity-widgets/define';

const TEXT: Record<string, Record<string, string>> = {
  kk: {
    title: 'Еңбек өнімділігін арттыруға жұмсалған шығындарды өтеу',
    intro: 'Мемлекет қызметкерлерді оқытуға, цифрлық және технологиялық жабдыққа, энергия аудитіне және үнемді өндіріске жұмсалған шығындардың 40 %-ын өтейді. Оның орнына кәсіпорын екі жыл ішінде кірісін өтем сомасының кемінде екі еселенген сомасына арттырады.',
    'h-elig': 'Өтінім бере алатыныңызды тексеріңіз',
    'h-est': 'Өтемді есептеңіз',
    'h-docs': 'Құжаттарды жинаңыз',
    'h-ob': 'Келісімнен кейін: қарсы міндеттеме',
    'h-next': 'Өтінім бергеннен кейін',
  },
  en: {
    title: 'Reimbursement of costs of raising labour productivity',
    intro: 'The state reimburses 40 % of what a company spends on training staff, digital and technological equipment, energy audits and lean production. In return the company grows its revenue, within two years, by at least twice the amount reimbursed.',
    'h-elig': 'Check whether you can apply',
    'h-est': 'Estimate the reimbursement',
    'h-docs': 'Gather the documents',
    'h-ob': 'After the agreement: the counter-obligation',
    'h-next': 'After you file',
  },
};
const ru: Record<string, string> = {};
document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (ru[el.dataset['i18n']!] = el.textContent ?? ''));
TEXT['ru'] = ru;

function setLang(lang: string) {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = TEXT[lang]?.[el.dataset['i18n']!] ?? el.textContent));
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['lang'] === lang)));
}
document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) => b.addEventListener('click', () => setLang(b.dataset['lang']!)));
const initial = new URLSearchParams(location.search).get('lang');
if (initial) setLang(initial);
