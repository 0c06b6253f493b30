import type { LocalizedText } from './text.js';

/**
 * Sentences of the results, by key, in Kazakh, Russian and English; `{name}` is a parameter. The Kazakh follows
 * GLOSSARY.md (работник → қызметкер, заявка → өтінім, заявитель → өтініш беруші). The citation is appended by
 * `format`, never written here.
 */
export const MESSAGES = {
  // ── eligibility: business size (p.3 sub-item 1; Entrepreneurial Code art. 24) ─────────────────────────────
  'size.pass': {
    kk: 'Кәсіпкерлік субъектісінің санаты – {size} ({source}): бұл шараны алуға болады.',
    ru: 'Категория субъекта предпринимательства — {size} ({source}): эту меру получить можно.',
    en: 'The business category is {size} ({source}): it may receive this measure.',
  },
  'size.pass-exception': {
    kk: 'Ірі кәсіпкерлік субъектісі ({source}) «қызметкерлердің құзыретін арттыру» шарасын ала алады: бұл – 3-тармақтың 1) тармақшасында көзделген ерекшелік.',
    ru: 'Субъект крупного предпринимательства ({source}) может получить меру «повышение компетенции работников»: это исключение, предусмотренное подпунктом 1) пункта 3.',
    en: 'A large business ({source}) may receive the measure “raising the competence of employees”: this is the exception in p. 3, sub-item 1.',
  },
  'size.pass-any': {
    kk: 'Бұл шараға кез келген санаттағы кәсіпкерлік субъектісі, оның ішінде ірі кәсіпкерлік субъектісі өтінім бере алады.',
    ru: 'На эту меру может подать заявку субъект предпринимательства любой категории, в том числе субъект крупного предпринимательства.',
    en: 'A business of any category, including a large business, may apply for this measure.',
  },
  'size.fail-large': {
    kk: 'Ірі кәсіпкерлік субъектісі ({source}) бұл шараны ала алмайды. Ол мына шараға өтінім бере алады: {open}.',
    ru: 'Субъект крупного предпринимательства ({source}) не может получить эту меру. Он может подать заявку на следующую меру: {open}.',
    en: 'A large business ({source}) cannot receive this measure. It may apply for: {open}.',
  },
  'size.fail': {
    kk: 'Бұл редакция бойынша тек шағын және орта кәсіпкерлік субъектілері өтінім бере алады; өтініш берушінің санаты – {size} ({source}).',
    ru: 'По этой редакции подать заявку могут только субъекты малого и среднего предпринимательства; категория заявителя — {size} ({source}).',
    en: 'Under this edition only small and medium-sized businesses may apply; the applicant’s category is {size} ({source}).',
  },
  'size.unknown': {
    kk: 'Кәсіпкерлік субъектісінің санаты көрсетілмеген: санатты не қызметкерлердің жылдық орташа санын және жылдық орташа табысын көрсетіңіз.',
    ru: 'Категория субъекта предпринимательства не указана: укажите её либо среднегодовую численность работников и среднегодовой доход.',
    en: 'The business category is not given: state it, or give the average annual number of employees and the average annual income.',
  },
  'size.unknown-mci': {
    kk: '{year} жылға арналған АЕК деректерде жоқ, сондықтан санатты табыс бойынша айқындау мүмкін емес: санатты тікелей көрсетіңіз.',
    ru: 'МРП на {year} год нет в данных, поэтому категорию по доходу определить нельзя: укажите категорию прямо.',
    en: 'The MCI for {year} is not in the data, so the category cannot be derived from income: state the category.',
  },
  'size.source-stated': { kk: 'өтініш берушінің деректері бойынша', ru: 'по данным заявителя', en: 'as stated by the applicant' },
  'size.source-derived': {
    kk: 'Кәсіпкерлік кодексінің 24-бабы бойынша айқындалды: {headcount} адам, табыс {income} = {incomeMci} АЕК, {year} жылғы АЕК – {mci} теңге',
    ru: 'определено по статье 24 Предпринимательского кодекса: {headcount} чел., доход {income} = {incomeMci} МРП, МРП {year} года {mci} тенге',
    en: 'determined under art. 24 of the Entrepreneurial Code: {headcount} employees, income {income} = {incomeMci} MCI, the {year} MCI being {mci} tenge',
  },
  // ── state share (p.3 sub-item 2) ──────────────────────────────────────────────────────────────────────────
  'stateShare.pass': {
    kk: 'Мемлекеттің, ұлттық басқарушы холдингтің, ұлттық холдингтің немесе ұлттық компанияның үлесі {share} % – {threshold} %-дан аз.',
    ru: 'Доля государства, национального управляющего холдинга, национального холдинга или национальной компании — {share} %, меньше {threshold} %.',
    en: 'The share of the state, a national managing holding, a national holding or a national company is {share} %, below {threshold} %.',
  },
  'stateShare.pass-exception': {
    kk: 'Үлес {share} % болса да, шектеу {holder} қолданылмайды.',
    ru: 'Хотя доля составляет {share} %, ограничение не распространяется на {holder}.',
    en: 'The share is {share} %, but the restriction does not apply to {holder}.',
  },
  'stateShare.fail': {
    kk: 'Акцияларының (жарғылық капиталға қатысу үлестерінің) {share} %-ы мемлекетке, ұлттық басқарушы холдингке, ұлттық холдингке немесе ұлттық компанияға тиесілі ({threshold} % және одан да көп): мемлекеттік ынталандыру шараларын пайдалануға болмайды.',
    ru: '{share} % акций (долей участия в уставном капитале) принадлежат государству, национальному управляющему холдингу, национальному холдингу или национальной компании ({threshold} % и более): меры государственного стимулирования недоступны.',
    en: '{share} % of the shares (participatory interests in the charter capital) belong to the state, a national managing holding, a national holding or a national company ({threshold} % or more): state stimulation measures are not available.',
  },
  'stateShare.unknown': {
    kk: 'Мемлекеттің (ұлттық холдингтің, ұлттық компанияның) тікелей немесе жанама үлесі көрсетілмеген.',
    ru: 'Не указана прямая или косвенная доля государства (национального холдинга, национальной компании).',
    en: 'The direct or indirect share of the state (a national holding, a national company) is not given.',
  },
  'holder.social-entrepreneurial-corporation': {
    kk: 'әлеуметтік-кәсіпкерлік корпорацияға',
    ru: 'социально-предпринимательскую корпорацию',
    en: 'the social-entrepreneurial corporation',
  },
  'holder.public-private-partnership': {
    kk: 'мемлекеттік-жеке серіктестік туралы шарт шеңберінде құрылған кәсіпкерлерге',
    ru: 'предпринимателей, учреждённых в рамках договора о государственно-частном партнёрстве',
    en: 'entrepreneurs established under a public-private partnership agreement',
  },
  // ── yes / no questions ────────────────────────────────────────────────────────────────────────────────────
  'unrepaidBreach.pass': {
    kk: 'Шығындарды өтеу туралы келісімнің талаптарын бұзып, берілген ақша қаражатын қайтармаған жағдай жоқ.',
    ru: 'Нет случаев нарушения условий Соглашения о возмещении затрат без возврата выданных денежных средств.',
    en: 'There is no breach of a cost reimbursement agreement with the funds paid out not returned.',
  },
  'unrepaidBreach.fail': {
    kk: 'Шығындарды өтеу туралы келісімнің талаптарын бұзып, берілген ақша қаражатын қайтармаған өтініш беруші мемлекеттік ынталандыру шараларын пайдалана алмайды; ақша қаражаты қайтарылғаннан кейін бұл кедергі жойылады.',
    ru: 'Заявитель, нарушивший условия Соглашения о возмещении затрат и не вернувший выданные денежные средства, не может воспользоваться мерами государственного стимулирования; после возврата средств это препятствие отпадает.',
    en: 'An applicant that breached the conditions of a cost reimbursement agreement and has not returned the funds paid out cannot use state stimulation measures; once the funds are returned, this obstacle is removed.',
  },
  'unrepaidBreach.unknown': {
    kk: 'Шығындарды өтеу туралы келісімнің талаптарын бұзып, берілген ақша қаражатын қайтармаған жағдай бар ма деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, были ли нарушены условия Соглашения о возмещении затрат без возврата выданных денежных средств.',
    en: 'No answer to the question whether a cost reimbursement agreement was breached and the funds paid out were not returned.',
  },
  'sezParticipant.pass': {
    kk: 'Өтініш беруші арнайы экономикалық аймақтың қатысушысы емес.',
    ru: 'Заявитель не является участником специальной экономической зоны.',
    en: 'The applicant is not a participant of a special economic zone.',
  },
  'sezParticipant.fail': {
    kk: 'Арнайы экономикалық аймақтардың (АЭА) қатысушылары мемлекеттік ынталандыру шараларын пайдалана алмайды.',
    ru: 'Участники специальных экономических зон (СЭЗ) не могут воспользоваться мерами государственного стимулирования.',
    en: 'Participants of special economic zones (SEZ) cannot use state stimulation measures.',
  },
  'sezParticipant.unknown': {
    kk: 'Өтініш беруші арнайы экономикалық аймақтың қатысушысы болып табыла ма деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, является ли заявитель участником специальной экономической зоны.',
    en: 'No answer to the question whether the applicant is a participant of a special economic zone.',
  },
  'otherBudgetFunding.pass': {
    kk: 'Шығындар басқа мемлекеттік ынталандыру шаралары шеңберінде бюджет қаражаты есебінен қаржыландырылмаған (өтінімде расталады).',
    ru: 'Затраты не финансировались за счёт бюджетных средств в рамках иных мер государственного стимулирования (подтверждается в заявке).',
    en: 'The costs were not financed from the budget under other state stimulation measures (confirmed in the application).',
  },
  'otherBudgetFunding.fail': {
    kk: 'Басқа мемлекеттік ынталандыру шаралары шеңберінде республикалық және/немесе жергілікті бюджет қаражаты есебінен қаржыландырылған шығындар өтелмейді.',
    ru: 'Затраты, профинансированные за счёт средств республиканского и/или местного бюджетов в рамках иных мер государственного стимулирования, не возмещаются.',
    en: 'Costs financed from the republican and/or local budgets under other state stimulation measures are not reimbursed.',
  },
  'otherBudgetFunding.unknown': {
    kk: 'Шығындар басқа мемлекеттік ынталандыру шаралары шеңберінде бюджет қаражаты есебінен қаржыландырылды ма деген сұраққа жауап берілмеген (мұны өтінімде растау қажет).',
    ru: 'Нет ответа на вопрос, финансировались ли затраты за счёт бюджетных средств в рамках иных мер государственного стимулирования (это нужно подтвердить в заявке).',
    en: 'No answer to the question whether the costs were financed from the budget under other state stimulation measures (this must be confirmed in the application).',
  },
  'courtBan.pass': {
    kk: 'Қызметке тыйым салу туралы заңды күшіне енген сот шешімі жоқ.',
    ru: 'Нет вступившего в силу решения суда о запрещении деятельности.',
    en: 'There is no court decision in force banning the activity.',
  },
  'courtBan.fail': {
    kk: 'Қызметке немесе жекелеген қызмет түрлеріне тыйым салу туралы заңды күшіне енген сот шешімі (үкімі) – мемлекеттік қызмет көрсетуден бас тарту үшін негіз.',
    ru: 'Вступившее в законную силу решение (приговор) суда о запрещении деятельности или отдельных видов деятельности — основание для отказа в оказании государственной услуги.',
    en: 'A court decision (sentence) in force banning the activity or certain types of activity is a ground for refusing the public service.',
  },
  'courtBan.unknown': {
    kk: 'Қызметке тыйым салу туралы заңды күшіне енген сот шешімі бар ма деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, есть ли вступившее в законную силу решение суда о запрещении деятельности.',
    en: 'No answer to the question whether a court decision in force bans the activity.',
  },
  'industrialInnovativeSubject.pass': {
    kk: 'Өтініш беруші – өнеркәсіптік-инновациялық қызмет субъектісі.',
    ru: 'Заявитель — субъект промышленно-инновационной деятельности.',
    en: 'The applicant is a subject of industrial-innovative activity.',
  },
  'industrialInnovativeSubject.fail': {
    kk: 'Шаралар өнеркәсіптік-инновациялық жобаларды іске асыратын немесе өңдеу өнеркәсібінің қазақстандық тауарларын, жұмыстарын және қызметтерін ілгерілететін жеке және (немесе) заңды тұлғаларға, жай серіктестіктерге ғана беріледі.',
    ru: 'Меры предоставляются только физическим и (или) юридическим лицам, простым товариществам, реализующим промышленно-инновационные проекты либо продвигающим казахстанские товары, работы и услуги обрабатывающей промышленности.',
    en: 'The measures are granted only to natural and/or legal persons and simple partnerships that implement industrial-innovative projects or promote Kazakhstani goods, works and services of the manufacturing industry.',
  },
  'industrialInnovativeSubject.unknown': {
    kk: 'Өтініш беруші өнеркәсіптік-инновациялық қызмет субъектісі болып табыла ма деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, является ли заявитель субъектом промышленно-инновационной деятельности.',
    en: 'No answer to the question whether the applicant is a subject of industrial-innovative activity.',
  },
  'personalDataConsent.pass': {
    kk: 'Қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісім беріледі.',
    ru: 'Согласие на доступ к персональным данным ограниченного доступа даётся.',
    en: 'Consent to access restricted personal data is given.',
  },
  'personalDataConsent.fail': {
    kk: '«Дербес деректер және оларды қорғау туралы» Заңның 8-бабына сәйкес берілетін келісімнің болмауы – бас тарту үшін негіз.',
    ru: 'Отсутствие согласия, предоставляемого в соответствии со статьёй 8 Закона «О персональных данных и их защите», — основание для отказа.',
    en: 'The lack of consent given under art. 8 of the Law “On personal data and their protection” is a ground for refusal.',
  },
  'personalDataConsent.unknown': {
    kk: 'Дербес деректерге қол жеткізуге келісім беріле ме деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, даётся ли согласие на доступ к персональным данным.',
    en: 'No answer to the question whether consent to access personal data is given.',
  },
  'inProducersRegister.pass': {
    kk: 'Өтініш беруші қазақстандық тауар өндірушілер тізілімінде тұр.',
    ru: 'Заявитель находится в реестре казахстанских товаропроизводителей.',
    en: 'The applicant is in the register of Kazakhstani manufacturers.',
  },
  'inProducersRegister.fail': {
    kk: '{from} бастап өтініш беруші қазақстандық тауар өндірушілер тізілімінде тұруы тиіс; тізілімге енгізілгеннен кейін өтінім беруге болады.',
    ru: 'С {from} заявитель должен находиться в реестре казахстанских товаропроизводителей; подать заявку можно после включения в реестр.',
    en: 'From {from} the applicant must be in the register of Kazakhstani manufacturers; it may apply once it is included in the register.',
  },
  'inProducersRegister.unknown': {
    kk: 'Өтініш беруші қазақстандық тауар өндірушілер тізілімінде тұр ма деген сұраққа жауап берілмеген ({from} бастап талап етіледі).',
    ru: 'Нет ответа на вопрос, находится ли заявитель в реестре казахстанских товаропроизводителей (требуется с {from}).',
    en: 'No answer to the question whether the applicant is in the register of Kazakhstani manufacturers (required from {from}).',
  },
  'inProducersRegister.not-applicable': {
    kk: 'Тізілімде тұру талабы {from} бастап қолданылады, ал өтінім {date} күні беріледі.',
    ru: 'Требование о нахождении в реестре действует с {from}, а заявка подаётся {date}.',
    en: 'The register requirement applies from {from}, and the application is filed on {date}.',
  },
  // ── tax growth (p.13 sub-item 5) ──────────────────────────────────────────────────────────────────────────
  'taxGrowth.pass': {
    kk: 'Салық аударымдары жыл сайын өсті: {series}.',
    ru: 'Налоговые отчисления ежегодно росли: {series}.',
    en: 'Tax payments grew every year: {series}.',
  },
  'taxGrowth.fail': {
    kk: 'Өтінім берілген күнге дейінгі 3 жылда салық аударымдары жыл сайын өспеген: {series}.',
    ru: 'Налоговые отчисления за 3 года до даты подачи заявки не увеличивались ежегодно: {series}.',
    en: 'Tax payments did not grow every year over the 3 years before filing: {series}.',
  },
  'taxGrowth.unknown-years': {
    kk: 'Салық аударымдарының өсуін тексеру үшін мына жылдардың сомалары қажет: {years}.',
    ru: 'Для проверки роста налоговых отчислений нужны суммы за годы: {years}.',
    en: 'To check the growth of tax payments, the totals for these years are needed: {years}.',
  },
  'taxGrowth.unknown-exemption': {
    kk: 'Салық аударымдары жыл сайын өспеген ({series}), бірақ өтініш беруші салықтарды төлеуден босатылса немесе ол тіркелген күннен бастап өтінім келіп түскен күнге дейін жеті күнтізбелік жылдан аз уақыт өтсе, бұл талап қолданылмайды: осы сұрақтарға жауап беріңіз.',
    ru: 'Налоговые отчисления не росли ежегодно ({series}), но требование не применяется, если заявитель освобождён от уплаты налогов или с даты его регистрации до даты поступления заявки прошло менее семи календарных лет: ответьте на эти вопросы.',
    en: 'Tax payments did not grow every year ({series}), but the requirement does not apply if the applicant is exempt from taxes or was registered less than seven calendar years before the application was received: answer those questions.',
  },
  'taxGrowth.not-applicable-exempt': {
    kk: 'Салық аударымдарының өсуі талабы заңнамаға сәйкес салықтарды төлеуден босатылған субъектілерге қолданылмайды.',
    ru: 'Требование о росте налоговых отчислений не распространяется на субъектов, освобождённых от уплаты налогов в соответствии с законодательством.',
    en: 'The tax-growth requirement does not apply to a subject exempt from taxes by law.',
  },
  'taxGrowth.not-applicable-young': {
    kk: 'Өтініш беруші {registered} күні тіркелген – өтінім келіп түскен күнге ({receipt}) дейін {years} күнтізбелік жылдан аз уақыт өткен: салық аударымдарының өсуі талабы қолданылмайды.',
    ru: 'Заявитель зарегистрирован {registered} — менее {years} календарных лет до даты поступления заявки ({receipt}): требование о росте налоговых отчислений не применяется.',
    en: 'The applicant was registered on {registered}, less than {years} calendar years before the application was received ({receipt}): the tax-growth requirement does not apply.',
  },
  'taxGrowth.entrepreneur-statement': {
    kk: 'Дара кәсіпкер өтінімге соңғы 3 жылдағы барлық салықтар бойынша дербес шоттан үзінді көшірме қоса береді.',
    ru: 'Индивидуальный предприниматель прилагает к заявке выписку из лицевого счёта по всем налогам за последние 3 года.',
    en: 'An individual entrepreneur attaches to the application a statement of their personal tax account covering all taxes for the last 3 years.',
  },
  // ── priority goods ────────────────────────────────────────────────────────────────────────────────────────
  'priorityGoods.pass': {
    kk: 'Өтініш беруші басым тауарлар тізбесіне енгізілген өнімді өндіреді.',
    ru: 'Заявитель производит продукцию, включённую в перечень приоритетных товаров.',
    en: 'The applicant produces goods on the list of priority goods.',
  },
  'priorityGoods.fail': {
    kk: '{until} дейін басым тауарлар тізбесіне енгізілген өнімді өндіру талап етіледі (растайтын құжаттар құжаттар тізбесінде көрсетілген).',
    ru: 'До {until} требуется производство продукции, включённой в перечень приоритетных товаров (подтверждающие документы указаны в перечне документов).',
    en: 'Until {until} the applicant must produce goods on the list of priority goods (the supporting documents are in the document checklist).',
  },
  'priorityGoods.fail-always': {
    kk: 'Бұл редакция бойынша тек басым тауарлар тізбесіне енгізілген өнімді өндіретін кәсіпорындар өтінім бере алады.',
    ru: 'По этой редакции подать заявку могут только предприятия, производящие продукцию, включённую в перечень приоритетных товаров.',
    en: 'Under this edition only businesses producing goods on the list of priority goods may apply.',
  },
  'priorityGoods.unknown': {
    kk: 'Өтініш беруші басым тауарлар тізбесіне енгізілген өнімді өндіре ме деген сұраққа жауап берілмеген.',
    ru: 'Нет ответа на вопрос, производит ли заявитель продукцию, включённую в перечень приоритетных товаров.',
    en: 'No answer to the question whether the applicant produces goods on the list of priority goods.',
  },
  'priorityGoods.unknown-after': {
    kk: 'Басым тауарлар туралы құжаттар {until} дейін ғана талап етіледі; бұл талаптың өзі (13-тармақтың 1)–4) тармақшалары) одан кейін де сақтала ма, бастапқы мәтіндерде бұл туралы айтылмаған. Басым тауарларды өндіретін өтініш беруші бұл тексерістен өтеді.',
    ru: 'Документы о приоритетных товарах требуются только до {until}; сохраняется ли после этого само требование (подпункты 1)–4) пункта 13), в исходных текстах не сказано. Заявитель, производящий приоритетные товары, эту проверку проходит.',
    en: 'Priority-goods documents are required only until {until}; whether the requirement itself (p. 13, sub-items 1–4) survives is not in the source texts. An applicant that produces priority goods passes this check.',
  },
  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.eligible': {
    kk: 'Барлық тексерістен өтті: өтініш беруші «{measure}» шарасына өтінім бере алады.',
    ru: 'Все проверки пройдены: заявитель может подать заявку на меру «{measure}».',
    en: 'All checks passed: the applicant may apply for the measure “{measure}”.',
  },
  'verdict.ineligible': {
    kk: '«{measure}» шарасы бойынша өтінім қанағаттандырылмайды: {failed}',
    ru: 'Заявка по мере «{measure}» не может быть удовлетворена: {failed}',
    en: 'An application for the measure “{measure}” cannot be granted: {failed}',
  },
  'verdict.ineligible-open': {
    kk: 'Өтініш берушіге мына шаралар қолжетімді болып қалады: {open}.',
    ru: 'Заявителю остаются доступны меры: {open}.',
    en: 'These measures remain available to the applicant: {open}.',
  },
  'verdict.incomplete': {
    kk: 'Әлі жауап берілмеген сұрақтар бар, сондықтан нәтиже белгісіз: {unknown}',
    ru: 'Остались вопросы без ответа, поэтому результат не определён: {unknown}',
    en: 'Some questions are still unanswered, so the result is not known: {unknown}',
  },
  // ── reimbursement reasons ─────────────────────────────────────────────────────────────────────────────────
  'cost.included-service': {
    kk: 'Актінің күні – {date}, бұл өтінім берілген күнге ({filing}) дейінгі 24 ай ішінде ({from} бастап): {amount} × {rate} = {reimbursable}.',
    ru: 'Дата акта {date} — в пределах 24 месяцев до даты подачи заявки ({filing}), начиная с {from}: {amount} × {rate} = {reimbursable}.',
    en: 'The act is dated {date}, within the 24 months before filing on {filing} (from {from}): {amount} × {rate} = {reimbursable}.',
  },
  'cost.included-equipment': {
    kk: 'Соңғы төлем {date} күні жасалған, бұл өтінім келіп түскен күнге ({receipt}) дейінгі 24 ай ішінде ({from} бастап), сондықтан жабдықтың жалпы құны есепке алынады: {amount} × {rate} = {reimbursable}.',
    ru: 'Последний платёж {date} — в пределах 24 месяцев до даты поступления заявки ({receipt}), начиная с {from}, поэтому учитывается общая стоимость оборудования: {amount} × {rate} = {reimbursable}.',
    en: 'The last payment, on {date}, is within the 24 months before receipt on {receipt} (from {from}), so the whole cost of the equipment counts: {amount} × {rate} = {reimbursable}.',
  },
  'cost.excluded-before-window': {
    kk: 'Күні – {date}, яғни {from} күнінен ерте, өтінім берілген күнге дейін {months} айдан астам бұрын: шығын өтелмейді.',
    ru: 'Дата {date} — раньше {from}, то есть более чем за {months} мес. до даты подачи заявки: затраты не возмещаются.',
    en: 'Dated {date}, before {from}, i.e. more than {months} months before the application was filed: the cost is not reimbursed.',
  },
  'cost.excluded-before-window-equipment': {
    kk: 'Соңғы төлем {date} күні, яғни {from} күнінен ерте, өтінім келіп түскен күнге дейін {months} айдан астам бұрын жасалған: жабдық құны өтелмейді.',
    ru: 'Последний платёж {date} — раньше {from}, то есть более чем за {months} мес. до даты поступления заявки: стоимость оборудования не возмещается.',
    en: 'The last payment, on {date}, is before {from}, i.e. more than {months} months before the application was received: the equipment cost is not reimbursed.',
  },
  'cost.excluded-after-application': {
    kk: 'Күні – {date}, бұл өтінім берілген күннен ({filing}) кейін: өтінім берілгенге дейін жұмсалмаған шығын өтелмейді.',
    ru: 'Дата {date} — после даты подачи заявки ({filing}): затраты, не понесённые до подачи заявки, не возмещаются.',
    en: 'Dated {date}, after the application was filed on {filing}: a cost not incurred before applying is not reimbursed.',
  },
  'cost.excluded-per-diem': {
    kk: 'Тәуліктік шығындар ешбір жағдайда өтелмейді.',
    ru: 'Затраты на суточные не возмещаются ни в каком случае.',
    en: 'Per-diem costs are never reimbursed.',
  },
  'cost.excluded-digital-kind': {
    kk: 'Цифрлық жабдық ретінде тек 3D-сканер, 3D-принтер және сканерлеу және көшіру функциялары бар плоттер – кең форматты принтер өтеледі.',
    ru: 'Как цифровое оборудование возмещаются только 3D-сканер, 3D-принтер и плоттер-широкоформатный принтер с функциями сканера и копирования.',
    en: 'Only a 3D scanner, a 3D printer and a plotter (wide-format printer) with scanning and copying functions are reimbursed as digital equipment.',
  },
  'cost.note-digital-kind': {
    kk: 'Жабдық 3D-сканер, 3D-принтер немесе кең форматты плоттер болуы тиіс (тізбе түпкілікті).',
    ru: 'Оборудование должно быть 3D-сканером, 3D-принтером или широкоформатным плоттером (перечень исчерпывающий).',
    en: 'The equipment must be a 3D scanner, a 3D printer or a wide-format plotter (the list is exhaustive).',
  },
  'cost.excluded-tech-category': {
    kk: 'Логистикалық, тоңазытқыш жабдық, крандар, көлік құралдары және жүк тиегіштер технологиялық жабдыққа жатпайды.',
    ru: 'Логистическое, холодильное оборудование, краны, транспортные средства и погрузчики не относятся к технологическому оборудованию.',
    en: 'Logistics and refrigeration equipment, cranes, vehicles and loaders are not technological equipment.',
  },
  'cost.excluded-used': {
    kk: 'Пайдалануда болған жабдық өтелмейді: тек пайдалануда болмаған жабдық өтеледі.',
    ru: 'Бывшее в эксплуатации оборудование не возмещается: возмещается только оборудование, не бывшее в эксплуатации.',
    en: 'Equipment that has been in use is not reimbursed: only equipment never used is.',
  },
  'cost.excluded-course-too-long': {
    kk: 'Оқу курсы {months} айдан ұзаққа созылады ({from} – {to}): оқу ұзақтығы 3 айдан аспауы тиіс.',
    ru: 'Курс длится более {months} месяцев ({from} — {to}): продолжительность обучения составляет не более 3 месяцев.',
    en: 'The course runs longer than {months} months ({from} to {to}): training may last at most 3 months.',
  },
  'cost.accommodation-limited': {
    kk: 'Тұру ұзақтығы – {nights} тәулік; {kind} кезінде {months} айдан аспайтын тұру өтеледі ({allowed} тәулік): {amount} × {allowed}/{nights} = {counted}.',
    ru: 'Срок проживания — {nights} сут.; при {kind} возмещается проживание не более {months} мес. ({allowed} сут.): {amount} × {allowed}/{nights} = {counted}.',
    en: 'The stay is {nights} nights; for {kind}, accommodation of at most {months} month(s) is reimbursed ({allowed} nights): {amount} × {allowed}/{nights} = {counted}.',
  },
  'cost.note-accommodation-period': {
    kk: 'Тұру шығындары кәсіптік даярлау мен қайта даярлау кезінде 1 айдан, біліктілікті арттыру кезінде 3 айдан аспайтын мерзімге өтеледі: мұны тексеру үшін кезеңді көрсетіңіз.',
    ru: 'Проживание возмещается не более 1 месяца при профессиональной подготовке и переподготовке и не более 3 месяцев при повышении квалификации: укажите период, чтобы это проверить.',
    en: 'Accommodation is reimbursed for at most 1 month of vocational training or retraining and at most 3 months of advanced training: give the period to check this.',
  },
  'cost.note-travel-once': {
    kk: 'Оқу орнына дейін және кері қарай жол жүру бір рет өтеледі (темір жолмен – купе вагон тарифі бойынша, әуе көлігімен – экономикалық сынып тарифі бойынша).',
    ru: 'Проезд к месту обучения и обратно возмещается однократно (железной дорогой — по тарифу купейного вагона, воздушным транспортом — по тарифу экономического класса).',
    en: 'Travel to the place of training and back is reimbursed once (by rail at the compartment-car fare, by air at the economy-class fare).',
  },
  'cost.decree-not-checked': {
    kk: 'Үкіметтің № 256 қаулысында белгіленген шекті нормалар тексерілмеді (олар деректерде жоқ): мәлімделген сома есепке алынды.',
    ru: 'Предельные нормы, установленные постановлением Правительства № 256, не проверены (их нет в данных): учтена заявленная сумма.',
    en: 'The maximum rates set by Government Decree No. 256 were not checked (they are not in the data): the amount claimed is counted.',
  },
  'cost.decree-limited': {
    kk: '№ 256 қаулы бойынша шекті норма – {limit}: {amount} орнына {limit} есепке алынады.',
    ru: 'Предельная норма по постановлению № 256 — {limit}: вместо {amount} учитывается {limit}.',
    en: 'The maximum rate under Decree No. 256 is {limit}: {limit} counts instead of {amount}.',
  },
  'cost.converted': {
    kk: '{foreign} {currency} × {rate} (Ұлттық Банктің {date} күнгі бағамы) = {kzt}.',
    ru: '{foreign} {currency} × {rate} (курс Национального банка на {date}) = {kzt}.',
    en: '{foreign} {currency} × {rate} (National Bank rate of {date}) = {kzt}.',
  },
  'cost.rate-note': {
    kk: 'Бұл редакцияда цифрлық технологиялар үшін мөлшерлеме 40–50 % деп көрсетілген; 50 % қолданылатын ереже бастапқы мәтіндерде жоқ, сондықтан 40 % көрсетілген.',
    ru: 'В этой редакции для цифровых технологий указано 40–50 %; правила выбора 50 % в исходных текстах нет, поэтому показано 40 %.',
    en: 'This edition gives 40–50 % for digital technologies; the rule choosing 50 % is not in the source texts, so 40 % is shown.',
  },
  // ── caps ──────────────────────────────────────────────────────────────────────────────────────────────────
  'cap.within': {
    kk: '{group}: есептелген сома {requested}, жылдық шек {cap}, осы жылы алынғаны {received}: {granted} өтеледі.',
    ru: '{group}: рассчитано {requested}, годовой лимит {cap}, уже получено в этом году {received}: возмещается {granted}.',
    en: '{group}: {requested} computed, yearly cap {cap}, already received this year {received}: {granted} is reimbursed.',
  },
  'cap.binding': {
    kk: '{group}: есептелген сома {requested} шектен асады (шек {cap}, осы жылы алынғаны {received}, қалғаны {remaining}): {granted} өтеледі.',
    ru: '{group}: рассчитанная сумма {requested} превышает лимит (лимит {cap}, уже получено в этом году {received}, остаток {remaining}): возмещается {granted}.',
    en: '{group}: the computed {requested} exceeds the cap ({cap}, already received this year {received}, remaining {remaining}): {granted} is reimbursed.',
  },
  'cap.not-per-year': {
    kk: 'Бұл редакцияның дереккөзінде шектің күнтізбелік жылға белгіленген-белгіленбегені көрсетілмеген.',
    ru: 'В источнике этой редакции не указано, установлен ли лимит на календарный год.',
    en: 'This edition’s source does not say whether the cap is per calendar year.',
  },
  'edition.partial': {
    kk: 'Бұл нәтиже толық емес редакция бойынша есептелді ({edition}): сол кезде қолданыста болған Қағидалардың кейбір ережелері бастапқы мәтіндерде жоқ.',
    ru: 'Результат рассчитан по неполной редакции ({edition}): часть действовавших тогда норм Правил отсутствует в исходных текстах.',
    en: 'This result comes from a partial edition ({edition}): part of the Rules then in force is not in the source texts.',
  },
  'edition.unconfirmed-start': {
    kk: '{date} күні № 442 бұйрықтың қолданысқа енгізілу күніне жақын; ол күн ресми расталмаған ({from} деп алынды): нәтиже басқа редакцияға қатысты болуы мүмкін.',
    ru: 'Дата {date} близка ко дню введения в действие приказа № 442; этот день официально не подтверждён (принято {from}): результат может относиться к другой редакции.',
    en: 'The date {date} is close to the entry into force of Order No. 442, and that day is not officially confirmed (taken as {from}): the result may belong to the other edition.',
  },
  // ── obligation ────────────────────────────────────────────────────────────────────────────────────────────
  'obligation.met': {
    kk: 'Қарсы міндеттеме орындалды: келісім жасалғаннан бергі кіріс {achieved} ≥ нысаналы индикатор {target}.',
    ru: 'Встречное обязательство выполнено: доход с даты заключения соглашения {achieved} ≥ целевой индикатор {target}.',
    en: 'The counter-obligation is met: revenue since the agreement was concluded {achieved} ≥ the target {target}.',
  },
  'obligation.on-track': {
    kk: 'Кестеге сай: кіріс {achieved} ≥ {months} айға қажетті {pace}; нысаналы индикатор {target} – {deadline} дейін.',
    ru: 'По графику: доход {achieved} ≥ {pace}, необходимых за {months} мес.; целевой индикатор {target} — до {deadline}.',
    en: 'On track: revenue {achieved} ≥ the {pace} needed after {months} months; target {target} by {deadline}.',
  },
  'obligation.behind': {
    kk: 'Кестеден қалып барады: {months} айда {pace} қажет, кіріс {achieved}; нысаналы индикатор {target} – {deadline} дейін. Мерзім қазір аяқталса, қайтарылатын сома {refund} болар еді.',
    ru: 'Отставание от графика: за {months} мес. нужно {pace}, доход {achieved}; целевой индикатор {target} — до {deadline}. Если бы срок истёк сейчас, возврат составил бы {refund}.',
    en: 'Behind schedule: {pace} needed after {months} months, revenue {achieved}; target {target} by {deadline}. If the term ended now, the refund would be {refund}.',
  },
  'obligation.missed': {
    kk: 'Қарсы міндеттеме {deadline} дейін орындалмады: кіріс {achieved}, нысаналы индикатор {target}; қол жеткізілген үлес {ratio}, қайтарылатын сома {refund} (хабарламаны алған күннен бастап 30 күнтізбелік күн ішінде).',
    ru: 'Встречное обязательство не выполнено к {deadline}: доход {achieved}, целевой индикатор {target}; достигнутая доля {ratio}, возврат {refund} (в течение 30 календарных дней со дня получения уведомления).',
    en: 'The counter-obligation was not met by {deadline}: revenue {achieved}, target {target}; share achieved {ratio}, refund {refund} (within 30 calendar days of receiving the notice).',
  },
  'obligation.coverage': {
    kk: 'Кіріс деректері {until} күнді қоса алғанда енгізілген.',
    ru: 'Данные о доходе внесены по {until} включительно.',
    en: 'Revenue is entered up to and including {until}.',
  },
  'obligation.prorated': {
    kk: '{from} – {to} кезеңі келісім мерзімінің шегінен шығады: оның кірісі күндер бойынша бөлінді ({counted} есепке алынды).',
    ru: 'Период {from} — {to} выходит за границу срока соглашения: его доход разделён по дням (учтено {counted}).',
    en: 'The period {from} to {to} crosses the edge of the agreement’s term: its revenue was split by days ({counted} counted).',
  },
  // ── service term ──────────────────────────────────────────────────────────────────────────────────────────
  'service.accepted-same-day': {
    kk: 'Өтінім {acceptedOn} күні жұмыс уақытында түсті және сол күні қабылданады.',
    ru: 'Заявка поступила в рабочее время {acceptedOn} и принимается в тот же день.',
    en: 'The application arrived during working hours on {acceptedOn} and is accepted that day.',
  },
  'service.accepted-next-working-day': {
    kk: 'Өтінім {submitted} күні жұмыс уақыты аяқталғаннан кейін немесе демалыс (мереке) күні түсті: ол келесі жұмыс күні – {acceptedOn} қабылданады.',
    ru: 'Заявка поступила {submitted} после рабочего времени или в выходной (праздничный) день: принимается следующим рабочим днём, {acceptedOn}.',
    en: 'The application arrived on {submitted} after working hours or on a day off (holiday): it is accepted on the next working day, {acceptedOn}.',
  },
  'service.accepted-next-day': {
    kk: 'Өтінім жүйеге түскен күннің келесі күні тіркеледі: {acceptedOn}.',
    ru: 'Заявка регистрируется на следующий день после поступления в систему: {acceptedOn}.',
    en: 'The application is registered on the day after it reached the system: {acceptedOn}.',
  },
  'service.deadline': {
    kk: 'Мемлекеттік қызметті көрсету мерзімі – {days} жұмыс күні, қабылданған күн есепке алынбайды: {deadline} дейін.',
    ru: 'Срок оказания государственной услуги — {days} рабочих дней, день приёма не учитывается: до {deadline}.',
    en: 'The public service takes {days} working days, not counting the day of acceptance: until {deadline}.',
  },
  'service.site-visit': {
    kk: 'Өндірістік объектіге бару мерзімді {visit} жұмыс күнге тоқтата тұрады: {deadline} дейін.',
    ru: 'Выезд на производственный объект приостанавливает срок на {visit} раб. дн.: до {deadline}.',
    en: 'An on-site visit to the production facility suspends the term by {visit} working days: until {deadline}.',
  },
  'service.provisional': {
    kk: '{years} жылғы жұмыс күндерінің күнтізбесі алдын ала ғана белгілі: мерзім өзгеруі мүмкін.',
    ru: 'Производственный календарь на {years} год предварительный: срок может измениться.',
    en: 'The working-day calendar of {years} is provisional: the date may change.',
  },
  // ── checklist ─────────────────────────────────────────────────────────────────────────────────────────────
  'checklist.omitted-priority-goods': {
    kk: 'Басым тауарлар туралы құжаттар {until} дейін ғана талап етілді.',
    ru: 'Документы о приоритетных товарах требовались только до {until}.',
    en: 'Priority-goods documents were required only until {until}.',
  },
  'checklist.omitted-register': {
    kk: 'Тізілімнен үзінді көшірме {from} бастап талап етіледі.',
    ru: 'Выписка из реестра требуется с {from}.',
    en: 'The register extract is required from {from}.',
  },
  'checklist.omitted-condition': {
    kk: 'Шарт орындалмайды: {condition}.',
    ru: 'Условие не выполняется: {condition}.',
    en: 'The condition does not hold: {condition}.',
  },
  'checklist.non-resident': {
    kk: 'Орындаушы (сатушы) – бейрезидент: {n}) тармақшада көрсетілген құжаттың орнына ұсынылады.',
    ru: 'Исполнитель (продавец) — нерезидент: представляется взамен документа, указанного в подпункте {n}).',
    en: 'The contractor (seller) is a non-resident: submitted instead of the document in sub-item {n}.',
  },
  'condition.claimsTravel': {
    kk: 'жол жүру шығыстары мәлімделсе',
    ru: 'если заявлены расходы на проезд',
    en: 'if travel costs are claimed',
  },
  'condition.claimsAccommodation': {
    kk: 'тұру шығыстары мәлімделсе',
    ru: 'если заявлены расходы на проживание',
    en: 'if accommodation costs are claimed',
  },
  'condition.taxExempt': {
    kk: 'өтініш беруші салықтарды төлеуден босатылса',
    ru: 'если заявитель освобождён от уплаты налогов',
    en: 'if the applicant is exempt from taxes',
  },
  'condition.individualEntrepreneur': {
    kk: 'өтініш беруші дара кәсіпкер болса',
    ru: 'если заявитель — индивидуальный предприниматель',
    en: 'if the applicant is an individual entrepreneur',
  },
  'condition.nonResidentExecutor': {
    kk: 'орындаушы (сатушы) Қазақстан Республикасының бейрезиденті болса',
    ru: 'если исполнитель (продавец) — нерезидент Республики Казахстан',
    en: 'if the contractor (seller) is a non-resident of the Republic of Kazakhstan',
  },
} satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;
