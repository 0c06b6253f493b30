import type { BusinessSize, CostType, CourseKind, Measure } from '../domain.js';
import type { LocalizedText } from './text.js';

/** Names of the measures (p.12 of the Rules; Kazakh per GLOSSARY.md A). */
export const MEASURE_NAMES: Record<Measure, LocalizedText> = {
  competence: { kk: 'қызметкерлердің құзыретін арттыру', ru: 'повышение компетенции работников', en: 'raising the competence of employees' },
  digital: { kk: 'цифрлық технологияларды енгізу', ru: 'внедрение цифровых технологий', en: 'introducing digital technologies' },
  process: { kk: 'технологиялық процестерді жетілдіру', ru: 'совершенствование технологических процессов', en: 'improving technological processes' },
  organization: { kk: 'өндірісті ұйымдастыру тиімділігін арттыру', ru: 'повышение эффективности организации производства', en: 'raising the efficiency of production organisation' },
};

export const COST_TYPE_NAMES: Record<CostType, LocalizedText> = {
  training: { kk: 'оқыту (орындаушының қызметтері)', ru: 'обучение (услуги исполнителя)', en: 'training (the contractor’s services)' },
  travel: { kk: 'оқу орнына дейін және кері қарай жол жүру', ru: 'проезд к месту обучения и обратно', en: 'travel to the place of training and back' },
  accommodation: { kk: 'оқу кезінде тұру', ru: 'проживание в период обучения', en: 'accommodation during the course' },
  'per-diem': { kk: 'тәуліктік шығындар', ru: 'затраты на суточные', en: 'per-diem costs' },
  'foreign-employee': { kk: 'шетелдік қызметкерді еңбек шарты бойынша тарту', ru: 'привлечение иностранного работника по трудовому договору', en: 'engaging a foreign employee under a labour contract' },
  'digital-equipment': { kk: 'цифрлық жабдықты сатып алу', ru: 'приобретение цифрового оборудования', en: 'purchase of digital equipment' },
  'digital-systems': { kk: 'басқарудың автоматтандырылған жүйелері, Индустрия 4.0 элементтері', ru: 'автоматизированные системы управления, элементы Индустрии 4.0', en: 'automated control systems, Industry 4.0 elements' },
  'energy-audit': { kk: 'энергия аудитін жүргізу', ru: 'проведение энергоаудита', en: 'conducting an energy audit' },
  'tech-equipment': { kk: 'технологиялық жабдықты сатып алу', ru: 'приобретение технологического оборудования', en: 'purchase of technological equipment' },
  'supervised-installation': { kk: 'жабдықтың шеф-монтажы', ru: 'шеф-монтаж оборудования', en: 'supervised installation of equipment' },
  installation: { kk: 'жабдықты монтаждау', ru: 'монтаж оборудования', en: 'installation of equipment' },
  'process-services': { kk: 'технологиялық процестерге арналған өзге қызметтер', ru: 'иные услуги по технологическим процессам', en: 'other services for technological processes' },
  'progressive-technologies': { kk: 'прогрессивті басқарушылық және өндірістік технологиялар', ru: 'прогрессивные управленческие и производственные технологии', en: 'advanced management and production technologies' },
};

export const SIZE_NAMES: Record<BusinessSize, LocalizedText> = {
  micro: { kk: 'шағын кәсіпкерлік (микрокәсіпкерлік)', ru: 'малое предпринимательство (микропредпринимательство)', en: 'small business (micro business)' },
  small: { kk: 'шағын кәсіпкерлік', ru: 'малое предпринимательство', en: 'small business' },
  medium: { kk: 'орта кәсіпкерлік', ru: 'среднее предпринимательство', en: 'medium-sized business' },
  large: { kk: 'ірі кәсіпкерлік', ru: 'крупное предпринимательство', en: 'large business' },
};

export const COURSE_KIND_NAMES: Record<CourseKind, LocalizedText> = {
  'professional-training': { kk: 'кәсіптік даярлау', ru: 'профессиональной подготовке', en: 'vocational training' },
  retraining: { kk: 'қайта даярлау', ru: 'переподготовке', en: 'retraining' },
  'qualification-upgrade': { kk: 'біліктілікті арттыру', ru: 'повышении квалификации', en: 'advanced training' },
};

export const CAP_GROUP_NAMES: Record<string, LocalizedText> = {
  competence: { kk: 'Қызметкерлердің құзыретін арттыру', ru: 'Повышение компетенции работников', en: 'Raising the competence of employees' },
  digital: { kk: 'Цифрлық технологиялар', ru: 'Цифровые технологии', en: 'Digital technologies' },
  process: { kk: 'Технологиялық процестер', ru: 'Технологические процессы', en: 'Technological processes' },
  'process-equipment': { kk: 'Технологиялық жабдық', ru: 'Технологическое оборудование', en: 'Technological equipment' },
  'process-installation': { kk: 'Жабдықты монтаждау және шеф-монтажы', ru: 'Монтаж и шеф-монтаж оборудования', en: 'Installation and supervised installation of equipment' },
  equipment: { kk: 'Технологиялық және цифрлық жабдық', ru: 'Технологическое и цифровое оборудование', en: 'Technological and digital equipment' },
  organization: { kk: 'Өндірісті ұйымдастыру', ru: 'Организация производства', en: 'Organisation of production' },
};

export const STATUS_NAMES: Record<'pass' | 'fail' | 'unknown' | 'not-applicable', LocalizedText> = {
  pass: { kk: 'сәйкес', ru: 'соответствует', en: 'passes' },
  fail: { kk: 'сәйкес емес', ru: 'не соответствует', en: 'fails' },
  unknown: { kk: 'белгісіз', ru: 'неизвестно', en: 'unknown' },
  'not-applicable': { kk: 'қолданылмайды', ru: 'не применяется', en: 'not applicable' },
};
