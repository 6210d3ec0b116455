// Sentence patterns for the synthetic corpus, written for the benchmark (no text is
// taken from the seed articles or anywhere else). Slots: {a} {b} {c} entity names,
// {place} a place, {m} an amount, {n} a count, {p} a percentage, {y} the article's
// year, {y0} an earlier year, {x} a product or project name, {s} a sector.

export type TextLanguage = 'en' | 'zh-Hans' | 'ru' | 'bn' | 'id' | 'es';

export interface LanguagePhrases {
  /** Sentences that can open a summary. */
  openers: readonly string[];
  sentences: readonly string[];
  headlines: readonly string[];
  sectors: readonly string[];
  /** Joins sentences: Chinese needs no space after its full stop. */
  join: string;
}

const SECTORS_EN = [
  'electric vehicles', 'battery cells', 'cloud computing', 'chip design', 'payments', 'robotics', 'solar panels',
  'logistics', 'online retail', 'satellite internet', 'biotech', 'smartphones', 'driver-assistance software',
  'data centres', 'gaming', 'ride hailing',
];

export const PHRASES: Record<TextLanguage, LanguagePhrases> = {
  en: {
    join: ' ',
    sectors: SECTORS_EN,
    openers: [
      '{a} has raised {m} in a round led by {b}, according to the report.',
      '{a} said it expects to ship its first {x} units before the end of {y}.',
      'The report says {a} and {b} have been in talks since early {y} about a joint venture in {s}.',
      'According to the outlet, a new deal values {a} at about {m}.',
      '{a} has confirmed a partnership with {b} on {s}, the article says.',
      '{b} has agreed to buy a stake in {a} for {m}, the report says.',
    ],
    sentences: [
      'The money will go into {s} and a new plant in {place}.',
      'Shares of {a} rose {p} per cent after the announcement, while {b} fell slightly.',
      'Analysts quoted in the article said demand for {s} remains strong despite tighter credit.',
      '{b} did not respond to questions about the size of its stake.',
      '{c} is named as an adviser; its role is not described further.',
      'Regulators in {place} still have to approve the transaction.',
      'The company plans to hire {n} engineers over the next two years.',
      'A spokesperson for {a} declined to comment on the figures.',
      'The article compares the round with earlier investments by {b} in {s}.',
      'Sales of the {x} model reached {n} thousand units in the last quarter, the report says.',
      '{a} was founded in {y0} and has since expanded into {s}.',
      'The text gives no date for the closing of the deal.',
      'Competition from {b} and {c} has pushed prices down across the {s} market.',
      'The outlet cites two people familiar with the matter but names neither.',
      'Part of the funds will repay loans taken out in {y0}, the filing shows.',
      '{a} now counts {n} customers in {place}, up from about half that a year earlier.',
      'The report describes {b} as the largest outside shareholder of {a}.',
      'Earlier coverage put the figure higher; this report does not explain the difference.',
      'The project, code-named {x}, is meant to cut production costs by {p} per cent.',
      'A government fund in {place} will take a minority stake, according to the filing.',
      'The chief executive is quoted as saying the market for {s} will double within five years.',
      'No independent source confirms the valuation given in the report.',
      '{b} first invested in {a} in {y0}, the report recalls.',
      'The new factory in {place} is due to open in {y} with room for {n} workers.',
      'The article lists {c} among the suppliers but gives no contract value.',
      'Orders for the {x} line doubled after a price cut of {p} per cent.',
    ],
    headlines: [
      '{a} raises {m} in round led by {b}',
      '{a} and {b} discuss {s} joint venture',
      '{a} plans new {s} plant in {place}',
      '{b} takes stake in {a}',
      '{a} launches {x} as {s} race heats up',
      '{a} shares jump after {b} deal',
      '{a} sets {y} target for {x} production',
      '{b} backs {a} expansion into {s}',
    ],
  },
  'zh-Hans': {
    join: '',
    sectors: ['电动汽车', '电池', '云计算', '芯片设计', '支付', '机器人', '光伏', '物流', '电商', '卫星互联网', '生物科技', '智能手机', '自动驾驶', '数据中心', '游戏', '网约车'],
    openers: [
      '据报道,{a}完成了{m}融资,由{b}领投。',
      '{a}表示,预计在{y}年底前交付首批{x}产品。',
      '报道称,{a}与{b}自{y}年初以来一直在商谈{s}领域的合资事宜。',
      '按照最新交易,{a}的估值约为{m}。',
    ],
    sentences: [
      '这笔资金将用于{s}业务以及在{place}的新工厂。',
      '消息公布后,{a}股价上涨{p}%,{b}则小幅下跌。',
      '分析人士认为,尽管信贷收紧,{s}需求依然强劲。',
      '{b}没有回应关于持股比例的问题。',
      '{c}担任顾问,但报道没有说明其具体角色。',
      '该交易仍需获得{place}监管机构的批准。',
      '公司计划在未来两年招聘{n}名工程师。',
      '{a}发言人拒绝对上述数字置评。',
      '报道还提到{b}此前在{s}领域的多笔投资。',
      '上个季度,{x}车型的销量达到{n}千辆。',
      '{a}成立于{y0}年,此后进入{s}领域。',
      '报道援引两位知情人士的话,但没有透露他们的姓名。',
    ],
    headlines: ['{a}完成{m}融资,{b}领投', '{a}与{b}洽谈{s}合资', '{a}拟在{place}新建{s}工厂', '{b}入股{a}'],
  },
  ru: {
    join: ' ',
    sectors: ['электромобили', 'аккумуляторы', 'облачные вычисления', 'проектирование чипов', 'платежи', 'робототехника', 'солнечные панели', 'логистика', 'онлайн-торговля', 'спутниковый интернет', 'биотехнологии', 'смартфоны', 'автопилот', 'центры обработки данных', 'игры', 'такси'],
    openers: [
      'По данным издания, {a} привлекла {m} в раунде, который возглавила {b}.',
      '{a} рассчитывает поставить первые изделия {x} до конца {y} года.',
      'Как сообщается, {a} и {b} с начала {y} года обсуждают совместное предприятие в сфере «{s}».',
      'Новая сделка оценивает {a} примерно в {m}.',
    ],
    sentences: [
      'Средства пойдут на направление «{s}» и новый завод в регионе {place}.',
      'После объявления акции {a} выросли на {p}%, а бумаги {b} немного подешевели.',
      'Аналитики считают, что спрос в сегменте «{s}» остаётся высоким, несмотря на дорогие кредиты.',
      '{b} не ответила на вопросы о размере своей доли.',
      'Советником выступает {c}, однако его роль не раскрывается.',
      'Сделку ещё должны одобрить регуляторы.',
      'Компания планирует нанять {n} инженеров в течение двух лет.',
      'Представитель {a} отказался комментировать эти цифры.',
      'Продажи модели {x} за квартал составили {n} тысяч штук.',
      '{a} основана в {y0} году и с тех пор работает в сегменте «{s}».',
      'Издание ссылается на два источника, знакомых с ситуацией, но не называет их.',
      'Часть денег пойдёт на погашение кредитов, взятых в {y0} году.',
    ],
    headlines: ['{a} привлекла {m}', '{a} и {b} обсуждают совместное предприятие', '{b} купит долю в {a}', '{a} построит завод в регионе {place}'],
  },
  bn: {
    join: ' ',
    sectors: ['বৈদ্যুতিক গাড়ি', 'ব্যাটারি', 'ক্লাউড কম্পিউটিং', 'চিপ নকশা', 'পেমেন্ট', 'রোবোটিক্স', 'সৌর প্যানেল', 'লজিস্টিকস', 'অনলাইন কেনাকাটা', 'স্যাটেলাইট ইন্টারনেট', 'জৈবপ্রযুক্তি', 'স্মার্টফোন', 'চালকবিহীন গাড়ি', 'ডেটা সেন্টার', 'গেমিং', 'রাইড শেয়ারিং'],
    openers: [
      'প্রতিবেদন অনুযায়ী, {a} {m} তহবিল সংগ্রহ করেছে, যার নেতৃত্বে ছিল {b}।',
      '{a} জানিয়েছে, {y} সালের মধ্যে প্রথম {x} পণ্য বাজারে আসবে।',
      '{a} ও {b} {y} সালের শুরু থেকে {s} খাতে একটি যৌথ উদ্যোগ নিয়ে আলোচনা করছে।',
      'নতুন চুক্তিতে {a}-এর মূল্য ধরা হয়েছে প্রায় {m}।',
    ],
    sentences: [
      'এই অর্থ {s} খাতে এবং {place}-এ একটি নতুন কারখানায় ব্যয় করা হবে।',
      'ঘোষণার পর {a}-এর শেয়ারের দাম {p} শতাংশ বেড়েছে।',
      'বিশ্লেষকদের মতে, ঋণের খরচ বাড়লেও {s} খাতে চাহিদা এখনও বেশি।',
      '{b} তাদের অংশীদারিত্বের পরিমাণ নিয়ে কোনো মন্তব্য করেনি।',
      '{c} উপদেষ্টা হিসেবে কাজ করছে, তবে তার ভূমিকা স্পষ্ট নয়।',
      'লেনদেনটি এখনও নিয়ন্ত্রক সংস্থার অনুমোদনের অপেক্ষায় রয়েছে।',
      'প্রতিষ্ঠানটি আগামী দুই বছরে {n} জন প্রকৌশলী নিয়োগের পরিকল্পনা করছে।',
      '{a}-এর একজন মুখপাত্র এই পরিসংখ্যান নিয়ে মন্তব্য করতে রাজি হননি।',
      'গত প্রান্তিকে {x} মডেলের বিক্রি {n} হাজার ইউনিটে পৌঁছেছে।',
      '{a} প্রতিষ্ঠিত হয় {y0} সালে এবং পরে {s} খাতে প্রবেশ করে।',
      'প্রতিবেদনে দুজন সূত্রের কথা বলা হলেও তাদের নাম জানানো হয়নি।',
    ],
    headlines: ['{a} সংগ্রহ করল {m}', '{a} ও {b}-এর যৌথ উদ্যোগের আলোচনা', '{b} কিনছে {a}-এর অংশ', '{place}-এ নতুন কারখানা করবে {a}'],
  },
  id: {
    join: ' ',
    sectors: ['kendaraan listrik', 'sel baterai', 'komputasi awan', 'desain cip', 'pembayaran', 'robotika', 'panel surya', 'logistik', 'belanja daring', 'internet satelit', 'bioteknologi', 'ponsel pintar', 'mobil otonom', 'pusat data', 'gim', 'transportasi daring'],
    openers: [
      'Menurut laporan itu, {a} menghimpun dana {m} dalam putaran yang dipimpin {b}.',
      '{a} menargetkan produk {x} pertama dikirim sebelum akhir {y}.',
      '{a} dan {b} disebut sudah berunding sejak awal {y} tentang usaha patungan di bidang {s}.',
      'Kesepakatan terbaru menilai {a} sekitar {m}.',
    ],
    sentences: [
      'Dana tersebut akan dipakai untuk bisnis {s} dan pabrik baru di {place}.',
      'Setelah pengumuman itu, saham {a} naik {p} persen, sementara saham {b} sedikit turun.',
      'Analis menilai permintaan {s} tetap kuat meski bunga pinjaman naik.',
      '{b} tidak menjawab pertanyaan soal besaran sahamnya.',
      '{c} bertindak sebagai penasihat, tetapi perannya tidak dijelaskan.',
      'Transaksi ini masih menunggu persetujuan regulator di {place}.',
      'Perusahaan berencana merekrut {n} insinyur dalam dua tahun ke depan.',
      'Juru bicara {a} menolak berkomentar tentang angka tersebut.',
      'Penjualan model {x} mencapai {n} ribu unit pada kuartal terakhir.',
      '{a} didirikan pada {y0} dan kemudian masuk ke bisnis {s}.',
      'Laporan itu mengutip dua sumber yang mengetahui rencana tersebut tanpa menyebut nama.',
    ],
    headlines: ['{a} raih pendanaan {m}', '{a} dan {b} jajaki usaha patungan {s}', '{b} beli saham {a}', '{a} bangun pabrik {s} di {place}'],
  },
  es: {
    join: ' ',
    sectors: ['vehículos eléctricos', 'baterías', 'computación en la nube', 'diseño de chips', 'pagos', 'robótica', 'paneles solares', 'logística', 'comercio electrónico', 'internet por satélite', 'biotecnología', 'teléfonos inteligentes', 'conducción autónoma', 'centros de datos', 'videojuegos', 'transporte por aplicación'],
    openers: [
      'Según el informe, {a} recaudó {m} en una ronda liderada por {b}.',
      '{a} prevé entregar las primeras unidades de {x} antes de que termine {y}.',
      '{a} y {b} negocian desde principios de {y} una empresa conjunta de {s}.',
      'La última operación valora {a} en unos {m}.',
    ],
    sentences: [
      'El dinero se destinará a {s} y a una nueva planta en {place}.',
      'Tras el anuncio, las acciones de {a} subieron un {p} %, mientras que las de {b} bajaron ligeramente.',
      'Los analistas creen que la demanda de {s} sigue siendo fuerte pese al crédito caro.',
      '{b} no respondió a las preguntas sobre el tamaño de su participación.',
      '{c} actúa como asesor, aunque el texto no detalla su papel.',
      'La operación aún necesita la aprobación de los reguladores de {place}.',
      'La empresa planea contratar a {n} ingenieros en los próximos dos años.',
      'Un portavoz de {a} declinó comentar las cifras.',
      'Las ventas del modelo {x} alcanzaron {n} mil unidades en el último trimestre.',
      '{a} se fundó en {y0} y después entró en el negocio de {s}.',
      'El medio cita a dos personas al tanto de la operación, sin nombrarlas.',
    ],
    headlines: ['{a} recauda {m}', '{a} y {b} estudian una empresa conjunta', '{b} compra una participación en {a}', '{a} abrirá una planta en {place}'],
  },
};

/** English facts an editor would pull out, and caveats they would add. */
export const KEY_FACTS = [
  'Round size: {m}',
  'Lead investor: {b}',
  'Planned hiring: {n} engineers',
  'Share move after the news: up {p}%',
  'Founded: {y0}',
  'New plant: {place}',
] as const;

export const CAVEATS = [
  { kind: 'translation', text: 'The machine translation spells the name of {a} in two ways; both are taken to mean the same company.' },
  { kind: 'figure', text: 'The report gives the amount without saying whether it includes debt.' },
  { kind: 'date', text: 'The article carries no date of its own; the date comes from the page metadata.' },
  { kind: 'identity', text: 'Which unit of {b} takes part is not stated; the brief names the group.' },
  { kind: 'attribution', text: 'The figures come from unnamed sources and are not confirmed by {a}.' },
  { kind: 'scope', text: 'It is unclear whether the sales figure covers exports or only the home market.' },
] as const;

export const CONTRADICTION = 'Another report gives a different amount for the same round.';

export const OUTLETS = ['Harbour Ledger', 'Morning Wire', 'Eastgate Business', 'Ridgeline Post', 'Northstar Finance', 'Lantern Daily', 'Coastline Tribune', 'Meridian Review'] as const;

export const CITIES = ['Portvale', 'Kestrel Bay', 'Amberfield', 'Lowmoor', 'Silverford', 'Cardon'] as const;

export const TOPICS = [
  { id: 'electric-vehicles', name: 'Electric vehicles', description: 'Cars, vans and the batteries that drive them.' },
  { id: 'artificial-intelligence', name: 'Artificial intelligence', description: 'Models, chips and the companies that build them.' },
  { id: 'funding', name: 'Funding', description: 'Rounds, stakes and funds.' },
  { id: 'partnerships', name: 'Partnerships', description: 'Joint ventures, licences and alliances.' },
  { id: 'stock-markets', name: 'Stock markets', description: 'Listings, share moves and valuations.' },
  { id: 'semiconductors', name: 'Semiconductors', description: 'Chip design, fabs and their suppliers.' },
  { id: 'energy', name: 'Energy', description: 'Solar, storage and grids.' },
  { id: 'logistics', name: 'Logistics', description: 'Shipping, warehouses and delivery.' },
  { id: 'telecoms', name: 'Telecoms', description: 'Networks, satellites and phones.' },
  { id: 'health', name: 'Health', description: 'Drugs, biotech and hospitals.' },
  { id: 'regulation', name: 'Regulation', description: 'Licences, approvals and rules.' },
  { id: 'consumer-tech', name: 'Consumer tech', description: 'Phones, games and apps.' },
] as const;
