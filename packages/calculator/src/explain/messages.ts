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
    ru: 'Категория субъекта предпринимательства — {size} ({source}): мера доступна.',
    en: 'The business is {size} ({source}): it may receive this measure.',
  },
  'size.pass-exception': {
    kk: 'Ірі кәсіпкерлік субъектісі ({source}) «қызметкерлердің құзыретін арттыру» шарасын ала алады: бұл – 3-тармақтың 1) тармақшасындағы ерекшелік.',
    ru: 'Субъект крупного предпринимательства ({source}) может получить меру «повышение компетенции работников»: это исключение подпункта 1) пункта 3.',
    en: 'A large business ({source}) may receive “raising the competence of employees”: the exception of p. 3, sub-item 1.',
  },
  'size.pass-any': {
    kk: 'Бұл шараға кез келген санаттағы кәсіпкерлік субъектісі, оның ішінде ірі кәсіпкерлік субъектісі өтінім бере алады.',
    ru: 'На эту меру может подать заявку субъект предпринимательства любой категории, в том числе крупного.',
    en: 'A business of any size, large included, may apply for this measure.',
  },
  'size.fail-large': {
    kk: 'Ірі кәсіпкерлік субъектісі ({source}) бұл шараны ала алмайды. Ол мына шараға өтінім бере алады: {open}.',
    ru: 'Субъект крупного предпринимательства ({source}) не может получить эту меру. Он может подать заявку на меру: {open}.',
    en: 'A large business ({source}) cannot receive this measure. It can still apply for: {open}.',
  },
  'size.fail': {
    kk: 'Бұл редакция бойынша тек шағын және орта кәсіпкерлік субъектілері өтінім бере алады; кәсіпорын – {size} ({source}).',
    ru: 'По этой редакции подать заявку могут только субъекты малого и среднего предпринимательства; предприятие — {size} ({source}).',
    en: 'Under this edition only small and medium businesses may apply; the business is {size} ({source}).',
  },
  'size.unknown': {
    kk: 'Кәсіпкерлік субъектісінің санаты белгісіз: санатты көрсетіңіз немесе қызметкерлердің орташа жылдық санын және орташа жылдық табысты беріңіз.',
    ru: 'Категория субъекта предпринимательства не указана: укажите её или среднегодовую численность работников и среднегодовой доход.',
    en: 'The business size is not given: state it, or give the average annual headcount and average annual income.',
  },
  'size.unknown-mci': {
    kk: '{year} жылға арналған АЕК деректерде жоқ, сондықтан санатты табыс бойынша анықтау мүмкін емес: санатты тікелей көрсетіңіз.',
    ru: 'МРП на {year} год нет в данных, поэтому категорию по доходу определить нельзя: укажите категорию прямо.',
    en: 'The MCI of {year} is not in the data, so the size cannot be derived from income: state the size.',
  },
  'size.source-stated': { kk: 'өтініш берушінің көрсетуі бойынша', ru: 'со слов заявителя', en: 'as stated' },
  'size.source-derived': {
    kk: 'Кәсіпкерлік кодекстің 24-бабы бойынша есептелді: {headcount} адам, табыс {income} = {incomeMci} АЕК, {year} жылғы АЕК {mci} теңге',
    ru: 'определено по статье 24 Предпринимательского кодекса: {headcount} чел., доход {income} = {incomeMci} МРП, МРП {year} года {mci} тенге',
    en: 'derived under Entrepreneurial Code art. 24: {headcount} staff, income {income} = {incomeMci} MCI at the {year} MCI of {mci} tenge',
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
    kk: 'Акцияларының (жарғылық капиталдағы қатысу үлестерінің) {share} %-ы мемлекетке, ұлттық басқарушы холдингке, ұлттық холдингке немесе ұлттық компанияға тиесілі ({threshold} % немесе одан көп): мемлекеттік ынталандыру шараларын пайдалануға болмайды.',
    ru: '{share} % акций (долей участия в уставном капитале) принадлежат государству, национальному управляющему холдингу, национальному холдингу или национальной компании ({threshold} % и более): меры государственного стимулирования недоступны.',
    en: '{share} % of the shares (participation interests) belong to the state, a national managing holding, a national holding or a national company ({threshold} % or more): the stimulation measures are not available.',
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
    kk: 'мемлекеттік-жекешелік әріптестік шарты бойынша құрылған кәсіпкерлерге',
    ru: 'предпринимателей, созданных в рамках договора государственно-частного партнёрства',
    en: 'entrepreneurs set up under a public-private partnership agreement',
  },
  // ── yes / no questions ────────────────────────────────────────────────────────────────────────────────────
  'unrepaidBreach.pass': {
    kk: 'Шығындарды өтеу туралы келісімнің талаптарын бұзып, ақшаны қайтармаған жағдай жоқ.',
    ru: 'Нет нарушенного Соглашения о возмещении затрат с невозвращёнными средствами.',
    en: 'No breached reimbursement agreement with money not returned.',
  },
  'unrepaidBreach.fail': {
    kk: 'Шығындарды өтеу туралы келісімнің талаптарын бұзып, берілген ақшаны қайтармаған өтініш беруші шараларды пайдалана алмайды; ақшаны қайтарғаннан кейін бұл кедергі жойылады.',
    ru: 'Заявитель, нарушивший условия Соглашения о возмещении затрат и не вернувший выданные средства, не может воспользоваться мерами; после возврата средств это препятствие отпадает.',
    en: 'An applicant that breached a reimbursement agreement and has not returned the money cannot use the measures; returning the money removes this obstacle.',
  },
  'unrepaidBreach.unknown': {
    kk: 'Бұрынғы келісім бұзылып, ақша қайтарылмағаны туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, есть ли нарушенное соглашение с невозвращёнными средствами.',
    en: 'Not answered whether a breached agreement with money not returned exists.',
  },
  'sezParticipant.pass': {
    kk: 'Арнайы экономикалық аймақтың қатысушысы емес.',
    ru: 'Не является участником специальной экономической зоны.',
    en: 'Not a participant of a special economic zone.',
  },
  'sezParticipant.fail': {
    kk: 'Арнайы экономикалық аймақтардың (АЭА) қатысушылары мемлекеттік ынталандыру шараларын пайдалана алмайды.',
    ru: 'Участники специальных экономических зон (СЭЗ) не могут воспользоваться мерами государственного стимулирования.',
    en: 'Participants of special economic zones (SEZ) cannot use the stimulation measures.',
  },
  'sezParticipant.unknown': {
    kk: 'Арнайы экономикалық аймаққа қатысуы туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, является ли заявитель участником СЭЗ.',
    en: 'Not answered whether the applicant participates in a special economic zone.',
  },
  'otherBudgetFunding.pass': {
    kk: 'Шығындар басқа мемлекеттік ынталандыру шаралары бойынша бюджеттен қаржыландырылмаған (өтінімдегі растау).',
    ru: 'Затраты не финансировались из бюджета по другим мерам государственного стимулирования (подтверждение в заявке).',
    en: 'The costs were not financed from the budget under other state stimulation measures (declared in the application).',
  },
  'otherBudgetFunding.fail': {
    kk: 'Басқа мемлекеттік ынталандыру шаралары бойынша республикалық немесе жергілікті бюджеттен қаржыландырылған шығындар өтелмейді.',
    ru: 'Затраты, профинансированные из республиканского или местного бюджета по другим мерам государственного стимулирования, не возмещаются.',
    en: 'Costs financed from the republican or a local budget under other state stimulation measures are not reimbursed.',
  },
  'otherBudgetFunding.unknown': {
    kk: 'Шығындар басқа шаралар бойынша бюджеттен қаржыландырылғаны туралы сұраққа жауап берілмеген (өтінімде растау қажет).',
    ru: 'Не отвечено, финансировались ли затраты из бюджета по другим мерам (заявка требует это подтвердить).',
    en: 'Not answered whether the costs were financed from the budget under other measures (the application requires the declaration).',
  },
  'courtBan.pass': {
    kk: 'Қызметке тыйым салу туралы заңды күшіне енген сот шешімі жоқ.',
    ru: 'Нет вступившего в силу решения суда о запрещении деятельности.',
    en: 'No court decision in force banning the activity.',
  },
  'courtBan.fail': {
    kk: 'Қызметке немесе жекелеген қызмет түрлеріне тыйым салу туралы заңды күшіне енген сот шешімі (үкімі) – мемлекеттік қызметті көрсетуден бас тарту негізі.',
    ru: 'Вступившее в законную силу решение (приговор) суда о запрещении деятельности или отдельных видов деятельности — основание для отказа в оказании государственной услуги.',
    en: 'A court decision (sentence) in force banning the activity or certain activities is a ground for refusing the service.',
  },
  'courtBan.unknown': {
    kk: 'Қызметке тыйым салу туралы сот шешімі бар-жоғы туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, есть ли решение суда о запрещении деятельности.',
    en: 'Not answered whether a court decision bans the activity.',
  },
  'industrialInnovativeSubject.pass': {
    kk: 'Өтініш беруші – өнеркәсіптік-инновациялық қызмет субъектісі.',
    ru: 'Заявитель — субъект промышленно-инновационной деятельности.',
    en: 'The applicant is a subject of industrial-innovative activity.',
  },
  'industrialInnovativeSubject.fail': {
    kk: 'Шаралар өнеркәсіптік-инновациялық жобаларды іске асыратын немесе өңдеу өнеркәсібінің қазақстандық тауарларын, жұмыстарын және қызметтерін ілгерілететін жеке және (немесе) заңды тұлғаларға, жай серіктестіктерге ғана беріледі.',
    ru: 'Меры предоставляются только физическим и (или) юридическим лицам, простым товариществам, реализующим промышленно-инновационные проекты либо продвигающим казахстанские товары, работы и услуги обрабатывающей промышленности.',
    en: 'The measures are only for natural or legal persons and simple partnerships implementing industrial-innovative projects or promoting Kazakhstani manufacturing goods, works and services.',
  },
  'industrialInnovativeSubject.unknown': {
    kk: 'Өтініш берушінің өнеркәсіптік-инновациялық қызмет субъектісі екені туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, является ли заявитель субъектом промышленно-инновационной деятельности.',
    en: 'Not answered whether the applicant is a subject of industrial-innovative activity.',
  },
  'personalDataConsent.pass': {
    kk: 'Қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісім беріледі.',
    ru: 'Согласие на доступ к персональным данным ограниченного доступа даётся.',
    en: 'Consent to access restricted personal data is given.',
  },
  'personalDataConsent.fail': {
    kk: '"Дербес деректер және оларды қорғау туралы" Заңның 8-бабына сәйкес келісімнің болмауы – бас тарту негізі.',
    ru: 'Отсутствие согласия в соответствии со статьёй 8 Закона "О персональных данных и их защите" — основание для отказа.',
    en: 'No consent under art. 8 of the Law on personal data and their protection is a ground for refusal.',
  },
  'personalDataConsent.unknown': {
    kk: 'Дербес деректерге қол жеткізуге келісім туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, даётся ли согласие на доступ к персональным данным.',
    en: 'Not answered whether consent to access personal data is given.',
  },
  'inProducersRegister.pass': {
    kk: 'Өтініш беруші қазақстандық тауар өндірушілер тізілімінде тұр.',
    ru: 'Заявитель находится в реестре казахстанских товаропроизводителей.',
    en: 'The applicant is in the register of Kazakhstani commodity producers.',
  },
  'inProducersRegister.fail': {
    kk: '{from} бастап өтініш беруші қазақстандық тауар өндірушілер тізілімінде тұруы тиіс; тізілімге енгеннен кейін өтінім беруге болады.',
    ru: 'С {from} заявитель должен находиться в реестре казахстанских товаропроизводителей; подать заявку можно после включения в реестр.',
    en: 'From {from} the applicant must be in the register of Kazakhstani commodity producers; it can apply once it is included.',
  },
  'inProducersRegister.unknown': {
    kk: 'Өтініш берушінің қазақстандық тауар өндірушілер тізілімінде тұрғаны туралы сұраққа жауап берілмеген ({from} бастап талап етіледі).',
    ru: 'Не отвечено, находится ли заявитель в реестре казахстанских товаропроизводителей (требуется с {from}).',
    en: 'Not answered whether the applicant is in the register of Kazakhstani commodity producers (required from {from}).',
  },
  'inProducersRegister.not-applicable': {
    kk: 'Тізілім талабы {from} бастап қолданылады; өтінім {date} беріледі.',
    ru: 'Требование о реестре действует с {from}; заявка подаётся {date}.',
    en: 'The register requirement applies from {from}; the application is filed on {date}.',
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
    en: 'To check the growth of tax payments, give the totals for: {years}.',
  },
  'taxGrowth.unknown-exemption': {
    kk: 'Салық аударымдары жыл сайын өспеген ({series}), бірақ өтініш беруші салықтан босатылған немесе жеті жылдан аз бұрын тіркелген болса, талап қолданылмайды: осы сұрақтарға жауап беріңіз.',
    ru: 'Налоговые отчисления не росли ежегодно ({series}), но требование не применяется, если заявитель освобождён от налогов или зарегистрирован менее семи лет назад: ответьте на эти вопросы.',
    en: 'Tax payments did not grow every year ({series}), but the requirement does not apply to an applicant exempt from taxes or registered less than seven years ago: answer those questions.',
  },
  'taxGrowth.not-applicable-exempt': {
    kk: 'Заңнамаға сәйкес салық төлеуден босатылған субъектіге салық аударымдарының өсуі талабы қолданылмайды.',
    ru: 'Требование о росте налоговых отчислений не распространяется на субъектов, освобождённых от уплаты налогов в соответствии с законодательством.',
    en: 'The tax-growth requirement does not apply to a subject exempt from taxes by law.',
  },
  'taxGrowth.not-applicable-young': {
    kk: 'Өтініш беруші {registered} тіркелген – өтінім келіп түскен күнге ({receipt}) дейін {years} күнтізбелік жылдан аз: салық аударымдарының өсуі талабы қолданылмайды.',
    ru: 'Заявитель зарегистрирован {registered} — менее {years} календарных лет до даты поступления заявки ({receipt}): требование о росте налоговых отчислений не применяется.',
    en: 'Registered on {registered}, less than {years} calendar years before the receipt date ({receipt}): the tax-growth requirement does not apply.',
  },
  'taxGrowth.entrepreneur-statement': {
    kk: 'Дара кәсіпкер өтінімге соңғы 3 жылдағы дербес шоттан үзінді көшірме қоса береді.',
    ru: 'Индивидуальный предприниматель прилагает к заявке выписку из лицевого счёта за последние 3 года.',
    en: 'An individual entrepreneur attaches a statement of their personal tax account for the last 3 years.',
  },
  // ── priority goods ────────────────────────────────────────────────────────────────────────────────────────
  'priorityGoods.pass': {
    kk: 'Өтініш беруші басым тауарлар тізбесіндегі өнімді шығарады.',
    ru: 'Заявитель производит продукцию из перечня приоритетных товаров.',
    en: 'The applicant produces goods on the list of priority goods.',
  },
  'priorityGoods.fail': {
    kk: '{until} дейін басым тауарлар тізбесіндегі өнімді шығару талап етіледі (растайтын құжаттар тізбеде).',
    ru: 'До {until} требуется производство продукции из перечня приоритетных товаров (подтверждающие документы — в перечне).',
    en: 'Until {until} the applicant must produce goods on the list of priority goods (the documents proving it are on the list).',
  },
  'priorityGoods.fail-always': {
    kk: 'Бұл редакция бойынша тек басым тауарлар тізбесіндегі өнімді шығаратын кәсіпорындар өтінім бере алады.',
    ru: 'По этой редакции подать заявку могут только предприятия, производящие продукцию из перечня приоритетных товаров.',
    en: 'Under this edition only businesses producing goods on the list of priority goods may apply.',
  },
  'priorityGoods.unknown': {
    kk: 'Басым тауарлар тізбесіндегі өнімді шығаратыны туралы сұраққа жауап берілмеген.',
    ru: 'Не отвечено, производит ли заявитель продукцию из перечня приоритетных товаров.',
    en: 'Not answered whether the applicant produces goods on the list of priority goods.',
  },
  'priorityGoods.unknown-after': {
    kk: 'Басым тауарлар туралы құжаттар {until} дейін ғана талап етіледі; бұл талаптың өзі (13-тармақтың 1)–4) тармақшалары) одан кейін сақтала ма, бастапқы мәтіндерде жоқ. Басым тауарларды шығаратын өтініш беруші бұл тексерістен өтеді.',
    ru: 'Документы о приоритетных товарах требуются только до {until}; сохраняется ли само требование (подпункты 1)–4) пункта 13) после этого, в исходных текстах нет. Заявитель, производящий приоритетные товары, эту проверку проходит.',
    en: 'Priority-goods documents are required only until {until}; whether the requirement itself (p. 13, sub-items 1–4) survives is not in the source texts. An applicant that produces priority goods passes this check.',
  },
  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.eligible': {
    kk: 'Барлық тексеріс сәтті өтті: өтініш беруші «{measure}» шарасына өтінім бере алады.',
    ru: 'Все проверки пройдены: заявитель может подать заявку на меру «{measure}».',
    en: 'Every check passes: the applicant may apply for “{measure}”.',
  },
  'verdict.ineligible': {
    kk: '«{measure}» шарасы бойынша өтінім қабылданбайды: {failed}.',
    ru: 'Заявка по мере «{measure}» не может быть одобрена: {failed}.',
    en: 'An application for “{measure}” cannot succeed: {failed}.',
  },
  'verdict.ineligible-open': {
    kk: 'Өтініш берушіге әлі де ашық шаралар: {open}.',
    ru: 'Заявителю остаются доступны меры: {open}.',
    en: 'Still open to the applicant: {open}.',
  },
  'verdict.incomplete': {
    kk: 'Әлі жауап берілмеген сұрақтар бар: {unknown}. Оларға жауап бермейінше, нәтиже белгісіз.',
    ru: 'Остались вопросы без ответа: {unknown}. Пока на них нет ответа, результат не определён.',
    en: 'Some questions are still open: {unknown}. Until they are answered, the result is not known.',
  },
  // ── reimbursement reasons ─────────────────────────────────────────────────────────────────────────────────
  'cost.included-service': {
    kk: 'Акт күні {date} – өтінім берілген күнге ({filing}) дейінгі 24 айдың ішінде ({from} бастап): {amount} × {rate} = {reimbursable}.',
    ru: 'Дата акта {date} — в пределах 24 месяцев до даты подачи заявки ({filing}), начиная с {from}: {amount} × {rate} = {reimbursable}.',
    en: 'The act is dated {date}, within the 24 months before filing on {filing} (from {from}): {amount} × {rate} = {reimbursable}.',
  },
  'cost.included-equipment': {
    kk: 'Соңғы төлем {date} – өтінім келіп түскен күнге ({receipt}) дейінгі 24 айдың ішінде ({from} бастап), сондықтан жабдықтың жалпы құны есептеледі: {amount} × {rate} = {reimbursable}.',
    ru: 'Последний платёж {date} — в пределах 24 месяцев до даты поступления заявки ({receipt}), начиная с {from}, поэтому учитывается общая стоимость оборудования: {amount} × {rate} = {reimbursable}.',
    en: 'The last payment, on {date}, is within the 24 months before receipt on {receipt} (from {from}), so the whole cost of the equipment counts: {amount} × {rate} = {reimbursable}.',
  },
  'cost.excluded-before-window': {
    kk: '{date} күні – {from} бұрын, яғни {months} айдан ертерек: шығын өтелмейді.',
    ru: 'Дата {date} — раньше {from}, то есть более {months} месяцев назад: затраты не возмещаются.',
    en: 'Dated {date}, before {from}, more than {months} months back: not reimbursed.',
  },
  'cost.excluded-before-window-equipment': {
    kk: 'Соңғы төлем {date} – {from} бұрын, яғни өтінім келіп түскенге дейін {months} айдан ертерек: жабдық өтелмейді.',
    ru: 'Последний платёж {date} — раньше {from}, то есть более {months} месяцев до поступления заявки: оборудование не возмещается.',
    en: 'The last payment, on {date}, is before {from}, more than {months} months before receipt: the equipment is not reimbursed.',
  },
  'cost.excluded-after-application': {
    kk: '{date} күні – өтінім берілген күннен ({filing}) кейін: өтінімге дейін жұмсалмаған шығын өтелмейді.',
    ru: 'Дата {date} — после даты подачи заявки ({filing}): затраты, не понесённые до подачи заявки, не возмещаются.',
    en: 'Dated {date}, after the application was filed on {filing}: a cost not incurred before applying is not reimbursed.',
  },
  'cost.excluded-per-diem': {
    kk: 'Тәуліктік шығыстар ешқашан өтелмейді.',
    ru: 'Суточные не возмещаются никогда.',
    en: 'Per diem is never reimbursed.',
  },
  'cost.excluded-digital-kind': {
    kk: 'Цифрлық жабдық ретінде тек 3D-сканер, 3D-принтер және сканерлеу мен көшіру функциялары бар кең форматты плоттер өтеледі.',
    ru: 'Как цифровое оборудование возмещаются только 3D-сканер, 3D-принтер и плоттер-широкоформатный принтер с функциями сканера и копирования.',
    en: 'Only a 3D scanner, a 3D printer and a wide-format plotter with scanning and copying are reimbursed as digital equipment.',
  },
  'cost.note-digital-kind': {
    kk: 'Жабдық 3D-сканер, 3D-принтер немесе кең форматты плоттер болуы тиіс (тізбе толық).',
    ru: 'Оборудование должно быть 3D-сканером, 3D-принтером или широкоформатным плоттером (перечень исчерпывающий).',
    en: 'The equipment must be a 3D scanner, a 3D printer or a wide-format plotter (the list is exhaustive).',
  },
  'cost.excluded-tech-category': {
    kk: 'Логистикалық, тоңазытқыш жабдық, крандар, көлік құралдары және жүк тиегіштер технологиялық жабдыққа жатпайды.',
    ru: 'Логистическое, холодильное оборудование, краны, транспортные средства и погрузчики не относятся к технологическому оборудованию.',
    en: 'Logistics and refrigeration equipment, cranes, vehicles and loaders are not technological equipment.',
  },
  'cost.excluded-used': {
    kk: 'Бұрын пайдаланылған жабдық өтелмейді: тек пайдалануда болмаған жабдық.',
    ru: 'Бывшее в эксплуатации оборудование не возмещается: только не бывшее в эксплуатации.',
    en: 'Equipment used before is not reimbursed: only equipment never used.',
  },
  'cost.excluded-course-too-long': {
    kk: 'Курс {months} айдан ұзақ ({from} – {to}): оқу ұзақтығы 3 айдан аспауы тиіс.',
    ru: 'Курс длится более {months} месяцев ({from} — {to}): продолжительность обучения не более 3 месяцев.',
    en: 'The course runs longer than {months} months ({from} to {to}): training may last at most 3 months.',
  },
  'cost.accommodation-limited': {
    kk: 'Тұру {nights} түн; {kind} үшін {months} айдан аспайтын тұру өтеледі ({allowed} түн): {amount} × {allowed}/{nights} = {counted}.',
    ru: 'Проживание {nights} ночей; при {kind} возмещается не более {months} мес. ({allowed} ночей): {amount} × {allowed}/{nights} = {counted}.',
    en: 'The stay is {nights} nights; for {kind} at most {months} month(s) are reimbursed ({allowed} nights): {amount} × {allowed}/{nights} = {counted}.',
  },
  'cost.note-accommodation-period': {
    kk: 'Тұру кәсіптік даярлау мен қайта даярлауда 1 айдан, біліктілікті арттыруда 3 айдан аспауы тиіс: кезеңін енгізсеңіз, тексеріледі.',
    ru: 'Проживание возмещается не более 1 месяца при подготовке и переподготовке и не более 3 месяцев при повышении квалификации: укажите период, чтобы это проверить.',
    en: 'Accommodation is reimbursed for at most 1 month of training or retraining and 3 months of qualification upgrade: give the period to check it.',
  },
  'cost.note-travel-once': {
    kk: 'Оқу орнына дейін және кері қарай жол жүру бір рет өтеледі (купе вагон, экономикалық сынып).',
    ru: 'Проезд к месту обучения и обратно возмещается однократно (купейный вагон, экономический класс).',
    en: 'Travel to the place of training and back is reimbursed once (coupé rail, economy air).',
  },
  'cost.decree-not-checked': {
    kk: 'Үкіметтің № 256 қаулысындағы шектер тексерілмеді (деректерде жоқ): мәлімделген сома есепке алынды.',
    ru: 'Нормы постановления Правительства № 256 не проверены (их нет в данных): учтена заявленная сумма.',
    en: 'The limits of Government Decree No. 256 were not checked (they are not in the data): the amount claimed is counted.',
  },
  'cost.decree-limited': {
    kk: '№ 256 қаулы бойынша шек {limit}: {amount} орнына {limit} есептеледі.',
    ru: 'Норма по постановлению № 256 — {limit}: вместо {amount} учитывается {limit}.',
    en: 'The Decree No. 256 limit is {limit}: {limit} counts instead of {amount}.',
  },
  'cost.converted': {
    kk: '{foreign} {currency} × {rate} (Ұлттық Банктің {date} күнгі бағамы) = {kzt}.',
    ru: '{foreign} {currency} × {rate} (курс Национального Банка на {date}) = {kzt}.',
    en: '{foreign} {currency} × {rate} (National Bank rate of {date}) = {kzt}.',
  },
  'cost.rate-note': {
    kk: 'Бұл редакцияда цифрлық технологиялар үшін мөлшерлеме 40–50 % деп көрсетілген; 50 % қолданылатын ереже бастапқы мәтіндерде жоқ, сондықтан 40 % көрсетілген.',
    ru: 'В этой редакции для цифровых технологий указано 40–50 %; правила выбора 50 % в исходных текстах нет, поэтому показано 40 %.',
    en: 'This edition gives 40–50 % for digital technologies; the rule choosing 50 % is not in the source texts, so 40 % is shown.',
  },
  // ── caps ──────────────────────────────────────────────────────────────────────────────────────────────────
  'cap.within': {
    kk: '{group}: есептелген {requested}, жылдық шек {cap}, осы жылы алынғаны {received}: {granted} өтеледі.',
    ru: '{group}: начислено {requested}, годовой лимит {cap}, получено в этом году {received}: возмещается {granted}.',
    en: '{group}: {requested} computed, yearly cap {cap}, already received this year {received}: {granted} reimbursed.',
  },
  'cap.binding': {
    kk: '{group}: есептелген {requested} шектен асады (шек {cap}, осы жылы алынғаны {received}, қалғаны {remaining}): {granted} өтеледі.',
    ru: '{group}: начисленные {requested} превышают лимит (лимит {cap}, получено в этом году {received}, остаток {remaining}): возмещается {granted}.',
    en: '{group}: the {requested} computed exceed the cap ({cap}, already received this year {received}, remaining {remaining}): {granted} reimbursed.',
  },
  'cap.not-per-year': {
    kk: 'Бұл редакцияның дереккөзі шектің күнтізбелік жылға ма, жоқ па екенін айтпайды.',
    ru: 'Источник этой редакции не говорит, действует ли лимит на календарный год.',
    en: 'This edition’s source does not say whether the cap is per calendar year.',
  },
  'edition.partial': {
    kk: 'Бұл нәтиже ішінара редакция бойынша есептелді ({edition}): сол кезде күшінде болған Қағидалардың кейбір ережелері бастапқы мәтіндерде жоқ.',
    ru: 'Результат рассчитан по неполной редакции ({edition}): часть действовавших тогда норм Правил отсутствует в исходных текстах.',
    en: 'This result comes from a partial edition ({edition}): part of the Rules then in force is not in the source texts.',
  },
  'edition.unconfirmed-start': {
    kk: '{date} күні № 442 бұйрықтың қолданысқа енгізілу күніне жақын; ол күн ресми расталмаған ({from} деп алынды): нәтиже басқа редакцияға қатысты болуы мүмкін.',
    ru: 'Дата {date} близка ко дню вступления в силу приказа № 442, который официально не подтверждён (принято {from}): результат может относиться к другой редакции.',
    en: 'The date {date} is close to the entry into force of Order No. 442, which is not confirmed (taken as {from}): the result may belong to the other edition.',
  },
  // ── obligation ────────────────────────────────────────────────────────────────────────────────────────────
  'obligation.met': {
    kk: 'Қарсы міндеттеме орындалды: келісімнен бергі түсім {achieved} ≥ межелі көрсеткіш {target}.',
    ru: 'Встречное обязательство выполнено: доход с даты соглашения {achieved} ≥ целевого показателя {target}.',
    en: 'The counter-obligation is met: revenue since the agreement {achieved} ≥ the target {target}.',
  },
  'obligation.on-track': {
    kk: 'Кесте бойынша: {achieved} ≥ {months} айға қажетті {pace}; межелі көрсеткіш {target} {deadline} дейін.',
    ru: 'По графику: {achieved} ≥ {pace}, нужных за {months} мес.; целевой показатель {target} до {deadline}.',
    en: 'On track: {achieved} ≥ the {pace} needed after {months} months; target {target} by {deadline}.',
  },
  'obligation.behind': {
    kk: 'Кестеден артта: {months} айда {pace} қажет, түсім {achieved}; межелі көрсеткіш {target} {deadline} дейін. Қазір аяқталса, қайтарылатын сома {refund} болар еді.',
    ru: 'Отставание от графика: за {months} мес. нужно {pace}, доход {achieved}; целевой показатель {target} до {deadline}. Если бы срок истёк сейчас, возврат составил бы {refund}.',
    en: 'Behind: {pace} needed after {months} months, revenue {achieved}; target {target} by {deadline}. If the term ended now, the refund would be {refund}.',
  },
  'obligation.missed': {
    kk: 'Қарсы міндеттеме {deadline} дейін орындалмады: түсім {achieved}, межелі көрсеткіш {target}; қол жеткізілген үлес {ratio}, қайтарылатын сома {refund} (хабарламадан кейін 30 күнтізбелік күн ішінде).',
    ru: 'Встречное обязательство не выполнено к {deadline}: доход {achieved}, целевой показатель {target}; достигнутая доля {ratio}, возврат {refund} (в течение 30 календарных дней после уведомления).',
    en: 'The counter-obligation was not met by {deadline}: revenue {achieved}, target {target}; share achieved {ratio}, refund {refund} (within 30 calendar days of the notice).',
  },
  'obligation.coverage': {
    kk: 'Түсім {until} дейін енгізілген.',
    ru: 'Доход внесён по {until}.',
    en: 'Revenue is entered up to {until}.',
  },
  'obligation.prorated': {
    kk: '{from} – {to} кезеңі келісім мерзімінің шегінен шығады: оның түсімі күндер бойынша бөлінді ({counted} есептелді).',
    ru: 'Период {from} — {to} выходит за границу срока соглашения: его доход разделён по дням (учтено {counted}).',
    en: 'The period {from} to {to} crosses the edge of the agreement’s term: its revenue was split by days ({counted} counted).',
  },
  // ── service term ──────────────────────────────────────────────────────────────────────────────────────────
  'service.accepted-same-day': {
    kk: 'Өтінім {acceptedOn} жұмыс уақытында түсті және сол күні қабылданады.',
    ru: 'Заявка поступила в рабочее время {acceptedOn} и принимается в тот же день.',
    en: 'The application arrived during working hours on {acceptedOn} and is accepted that day.',
  },
  'service.accepted-next-working-day': {
    kk: 'Өтінім {submitted} жұмыс уақытынан тыс немесе демалыс (мереке) күні түсті: келесі жұмыс күні, {acceptedOn} қабылданады.',
    ru: 'Заявка поступила {submitted} после рабочего времени или в выходной (праздничный) день: принимается следующим рабочим днём, {acceptedOn}.',
    en: 'The application arrived on {submitted} after hours or on a day off: it is accepted on the next working day, {acceptedOn}.',
  },
  'service.accepted-next-day': {
    kk: 'Өтінім жүйеге түскен күннің келесі күні тіркеледі: {acceptedOn}.',
    ru: 'Заявка регистрируется на следующий день после поступления в систему: {acceptedOn}.',
    en: 'The application is registered on the day after it reached the system: {acceptedOn}.',
  },
  'service.deadline': {
    kk: 'Қызмет көрсету мерзімі – {days} жұмыс күні, қабылдау күні есепке алынбайды: {deadline} дейін.',
    ru: 'Срок оказания услуги — {days} рабочих дней, день приёма не считается: до {deadline}.',
    en: 'The service term is {days} working days, the day of acceptance not counted: until {deadline}.',
  },
  'service.site-visit': {
    kk: 'Барып тексеру мерзімді {visit} жұмыс күнге тоқтатады: {deadline} дейін.',
    ru: 'Выезд приостанавливает срок на {visit} рабочих дней: до {deadline}.',
    en: 'A site visit suspends the term by {visit} working days: until {deadline}.',
  },
  'service.provisional': {
    kk: '{years} жылдың жұмыс күндерінің күнтізбесі алдын ала: мерзім өзгеруі мүмкін.',
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
    kk: 'Тізілімнен үзінді {from} бастап талап етіледі.',
    ru: 'Выписка из реестра требуется с {from}.',
    en: 'The register extract is required from {from}.',
  },
  'checklist.omitted-condition': {
    kk: 'Шарт орындалмайды: {condition}.',
    ru: 'Условие не выполняется: {condition}.',
    en: 'The condition does not hold: {condition}.',
  },
  'checklist.non-resident': {
    kk: 'Орындаушы (сатушы) – бейрезидент: {n}) тармақшадағы құжаттың орнына ұсынылады.',
    ru: 'Исполнитель (продавец) — нерезидент: представляется взамен документа подпункта {n}).',
    en: 'The executor (seller) is a non-resident: given instead of the document of sub-item {n}.',
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
    kk: 'өтініш беруші салық төлеуден босатылса',
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
    en: 'if the executor (seller) is a non-resident of Kazakhstan',
  },
} satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;
