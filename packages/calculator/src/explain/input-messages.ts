import type { InputIssueCode } from '../errors.js';
import type { LocalizedText } from './text.js';

type Params = Record<string, string | LocalizedText>;

/** Messages of input errors. Kazakh per GLOSSARY.md; {x} is replaced by the parameter x. */
const MESSAGES: Record<InputIssueCode, LocalizedText> = {
  required: {
    kk: 'Бұл мән міндетті.',
    ru: 'Это значение обязательно.',
    en: 'This value is required.',
  },
  type: {
    kk: 'Мәннің түрі дұрыс емес: {expected} күтіледі.',
    ru: 'Неверный тип значения: ожидается {expected}.',
    en: 'Wrong kind of value: expected {expected}.',
  },
  'unknown-field': {
    kk: 'Белгісіз өріс: {keys}.',
    ru: 'Неизвестное поле: {keys}.',
    en: 'Unknown field: {keys}.',
  },
  date: {
    kk: 'Күн ЖЖЖЖ-АА-КК түрінде жазылған, шын мәнінде бар күн болуы тиіс (мысалы, 2026-03-10).',
    ru: 'Дата должна быть существующей датой в виде ГГГГ-ММ-ДД (например, 2026-03-10).',
    en: 'The date must be a real date written YYYY-MM-DD (for example 2026-03-10).',
  },
  'date-range': {
    kk: 'Күн 1900-01-01 мен 2199-12-31 аралығында болуы тиіс.',
    ru: 'Дата должна быть в пределах от 1900-01-01 до 2199-12-31.',
    en: 'The date must lie between 1900-01-01 and 2199-12-31.',
  },
  datetime: {
    kk: 'Уақыт ЖЖЖЖ-АА-ККTсс:мм түрінде болуы тиіс (мысалы, 2026-03-20T19:00), қажет болса, +05:00 сияқты уақыт белдеуімен.',
    ru: 'Время должно быть в виде ГГГГ-ММ-ДДTчч:мм (например, 2026-03-20T19:00), при необходимости с часовым поясом, например +05:00.',
    en: 'The time must be written YYYY-MM-DDThh:mm (for example 2026-03-20T19:00), optionally with an offset such as +05:00.',
  },
  amount: {
    kk: 'Сома теріс емес сан болуы тиіс, бөлшек бөлігінде ең көбі {decimals} цифр (мысалы, 1500000.00).',
    ru: 'Сумма должна быть неотрицательным числом, не более {decimals} знаков в дробной части (например, 1500000.00).',
    en: 'The amount must be a non-negative number with at most {decimals} decimals (for example 1500000.00).',
  },
  rate: {
    kk: 'Бағам нөлден үлкен сан болуы тиіс (Ұлттық Банктің бір валюта бірлігіне шаққандағы теңгемен бағамы).',
    ru: 'Курс должен быть числом больше нуля (курс Национального банка в тенге за единицу валюты).',
    en: 'The rate must be a number above zero (the National Bank rate in tenge per unit of the currency).',
  },
  percent: {
    kk: 'Үлес 0-ден 100-ге дейінгі пайыз болуы тиіс.',
    ru: 'Доля должна быть процентом от 0 до 100.',
    en: 'The share must be a percentage from 0 to 100.',
  },
  count: {
    kk: 'Мән бүтін сан болуы тиіс: ең азы {min}, ең көбі {max}.',
    ru: 'Значение должно быть целым числом: не менее {min} и не более {max}.',
    en: 'The value must be a whole number: at least {min} and at most {max}.',
  },
  positive: {
    kk: 'Сома нөлден үлкен болуы тиіс.',
    ru: 'Сумма должна быть больше нуля.',
    en: 'The amount must be above zero.',
  },
  choice: {
    kk: 'Белгісіз мән. Мүмкін мәндер: {options}.',
    ru: 'Неизвестное значение. Допустимые значения: {options}.',
    en: 'Unknown value. Allowed values: {options}.',
  },
  currency: {
    kk: 'Валюта үш латын әрпінен тұратын ISO 4217 коды болуы тиіс (мысалы, USD).',
    ru: 'Валюта должна быть трёхбуквенным латинским кодом ISO 4217 (например, USD).',
    en: 'The currency must be a three-letter ISO 4217 code (for example USD).',
  },
  'too-many': {
    kk: 'Жазбалар тым көп: ең көбі {maximum}.',
    ru: 'Слишком много записей: не более {maximum}.',
    en: 'Too many entries: at most {maximum}.',
  },
  'cost-type-measure': {
    kk: '«{costType}» шығын түрі «{measure}» шарасына жатпайды. Бұл шараның шығын түрлері: {options}.',
    ru: 'Вид затрат «{costType}» не относится к мере «{measure}». Виды затрат этой меры: {options}.',
    en: 'The cost type “{costType}” does not belong to the measure “{measure}”. The cost types of this measure are: {options}.',
  },
  'cost-type-required': {
    kk: 'Бұл шара үшін шығын түрін таңдаңыз: {options}.',
    ru: 'Для этой меры выберите вид затрат: {options}.',
    en: 'Choose the cost type for this measure: {options}.',
  },
  'rate-missing': {
    kk: '{currency} валютасындағы төлем үшін Ұлттық Банктің төлем күнгі бағамы қажет (Қағидалардың 19-тармағы).',
    ru: 'Для платежа в валюте {currency} нужен курс Национального банка на дату платежа (п. 19 Правил).',
    en: 'A payment in {currency} needs the National Bank rate on the date of the payment (p. 19 of the Rules).',
  },
  'date-missing': {
    kk: 'Күнін көрсетіңіз: қызмет үшін – көрсетілген қызметтер (орындалған жұмыстар) актісінің күні, жабдық үшін – төлем күндері.',
    ru: 'Укажите дату: для услуги — дату акта оказанных услуг (выполненных работ), для оборудования — даты платежей.',
    en: 'Give the date: for a service, the date of the act of services rendered (work performed); for equipment, the payment dates.',
  },
  'payments-sum': {
    kk: 'Төлемдердің сомасы ({payments}) шығын сомасына ({amount}) тең емес.',
    ru: 'Сумма платежей ({payments}) не равна сумме затрат ({amount}).',
    en: 'The payments add up to {payments}, not to the amount {amount}.',
  },
  'receipt-before-filing': {
    kk: 'Өтінімнің келіп түскен күні оның берілген күнінен ерте бола алмайды.',
    ru: 'Дата поступления заявки не может быть раньше даты её подачи.',
    en: 'The date the application is received cannot be earlier than the date it is filed.',
  },
  'before-first-edition': {
    kk: '{date} күні Қағидалардың бірде-бір редакциясы қолданылмайды: ең ерте редакция {first} бастап қолданылады.',
    ru: 'На дату {date} не действует ни одна редакция Правил: самая ранняя действует с {first}.',
    en: 'No edition of the Rules applies on {date}: the earliest applies from {first}.',
  },
  'period-order': {
    kk: 'Кезеңнің басы оның соңынан кейін бола алмайды.',
    ru: 'Начало периода не может быть позже его конца.',
    en: 'A period cannot start after it ends.',
  },
  'period-overlap': {
    kk: 'Бұл кезең {other} кезеңімен қабаттасады: әр күннің кірісі бір рет қана есепке алынады.',
    ru: 'Этот период пересекается с периодом {other}: доход за каждый день учитывается один раз.',
    en: 'This period overlaps the period {other}: each day’s revenue counts once.',
  },
  'period-after-as-of': {
    kk: 'Кезең {asOf} күнінен кейін аяқталады: әлі аяқталмаған кезеңнің кірісін енгізуге болмайды.',
    ru: 'Период заканчивается после {asOf}: доход за незавершённый период вносить нельзя.',
    en: 'The period ends after {asOf}: revenue of a period not yet over cannot be entered.',
  },
  'as-of-before-agreement': {
    kk: 'Есептеу күні келісім жасалған күннен ерте бола алмайды.',
    ru: 'Дата расчёта не может быть раньше даты соглашения.',
    en: 'The calculation date cannot be earlier than the agreement date.',
  },
  'calendar-not-covered': {
    kk: '{year} жылғы жұмыс күндерінің күнтізбесі деректерде жоқ: мерзімді есептеу мүмкін емес.',
    ru: 'Производственного календаря на {year} год нет в данных: срок посчитать нельзя.',
    en: 'The working-day calendar of {year} is not in the data: the term cannot be counted.',
  },
  'calendar-provisional': {
    kk: '{year} жылғы күнтізбе алдын ала ғана белгілі (демалыс күндерінің ауыстырылуы жарияланбаған); алдын ала нәтиже алу үшін allowProvisional параметрін беріңіз.',
    ru: 'Календарь на {year} год известен лишь предварительно (переносы выходных не опубликованы); для предварительного результата передайте allowProvisional.',
    en: 'The calendar of {year} is provisional (transfers of days off are not published); pass allowProvisional for a provisional result.',
  },
  'office-closed': {
    kk: 'Көрсетілетін қызметті берушінің кеңсесі бұл уақытта жұмыс істемейді (дүйсенбі–жұма 8:30–17:30, түскі үзіліс 12:30–14:30).',
    ru: 'Офис услугодателя в это время не работает (понедельник–пятница 8:30–17:30, перерыв 12:30–14:30).',
    en: 'The provider’s office is closed at that time (Monday to Friday 8:30–17:30, lunch 12:30–14:30).',
  },
  'tax-year': {
    kk: 'Салық аударымдарының кілті төрт таңбалы жыл болуы тиіс (мысалы, "2025").',
    ru: 'Ключ налоговых отчислений должен быть годом из четырёх цифр (например, "2025").',
    en: 'A tax-payment key must be a four-digit year (for example "2025").',
  },
};

export function inputMessage(code: InputIssueCode, params: Params = {}): LocalizedText {
  const t = MESSAGES[code];
  const fill = (s: string, lang: keyof LocalizedText) =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = params[k];
      return v === undefined ? `{${k}}` : typeof v === 'string' ? v : v[lang];
    });
  return { kk: fill(t.kk, 'kk'), ru: fill(t.ru, 'ru'), en: fill(t.en, 'en') };
}
