// Interface text in Chinese and English. Data (names, entry texts) is shown as the API gives it:
// the Chinese name with the English one beside it, or the other way round.

const TEXT = {
  zh: {
    title: 'PolicyGraph 图谱探索',
    switchTo: 'English',
    separator: '、',
    searchPlaceholder: '搜索地区、企业、部委、机构、领域、峰会……（中文或英文）',
    noMatch: '没有找到匹配项',
    searchFailed: '搜索失败',
    loading: '加载中……',
    home: '在上方搜索“互联网+”月度监测报告中的任一地区、企业、部委、机构、领域或峰会，查看其条目、来源链接以及合作的省份；在其“网络”页还可以展开它的关联，并查找两者如何关联。',
    examples: '例如：',
    notFound: '找不到该对象',
    loadFailed: '加载失败',
    aliases: '别名',
    entries: '条目',
    entriesCount: (n) => `条目（共 ${n} 条）`,
    loadMore: '加载更多',
    provinces: '合作的省份',
    provincesIntro: (n) => `在 ${n} 个省级地区有合作或自身活动（其产品仅作为当地服务渠道、或仅出席当地峰会的不计在内），下列每个省份附有依据的条目和来源链接。`,
    noProvinces: '报告中没有它在任何省份合作或活动的记录。',
    via: '实施主体',
    source: '来源',
    damaged: '链接损坏（报告所印链接有误，可能打不开）',
    damagedWhy: '校对说明（英文原文）',
    noSource: '报告未给出链接',
    months: '出现的月份',
    parent: '所属集团',
    subsidiaries: '子公司与分支机构',
    province: '所属省份',
    region: '所在地区',
    city: '举办城市',
    dates: '日期',
    theme: '主题',
    evidence: '依据',
    summits: '峰会',
    navMatrix: '矩阵',
    provinceCol: '省份',
    regionPartners: '在此合作或活动的企业',
    sectorPartners: '在此领域有合作或活动的企业（及其省份）',
    linkedTitle: '关联方（据其条目）',
    linkKinds: { PARTNER: '合作', CO_ISSUER: '联合发文', CO_ACTOR: '共同参与' },
    summitText: (m) => `报告原文（${m} 报告）`,
    figures: '数字',
    participants: '参与方',
    organizerRoles: { HOST: '主办', GUIDE: '指导', ORGANIZER: '承办', CO_ORGANIZER: '协办' },
    participantRoles: { SPEAKER: '演讲', EXHIBITOR: '参展', PARTICIPANT: '参与' },
    policiesIssued: (n) => `发布的文件（${n} 份）`,
    navMap: '地图',
    navTimeline: '时间线',
    all: '全部',
    sector: '领域',
    action: '行动',
    from: '从',
    to: '到',
    reportMonth: '报告月份',
    company: '企业',
    matrixTitle: '企业 × 省份',
    matrixIntro: '每格是把该企业（含其子公司与分支机构）与该省级地区联系起来的条目数（合作或自身活动）；悬停查看联系的类型，点击列出条目及其来源链接。按领域和日期筛选时，条目和峰会都按此筛选；按行动和报告月份筛选时只计条目（峰会没有这两项）。',
    matrixSize: (c, r) => `${c} 家企业，${r} 个省级地区`,
    matrixEmpty: '没有符合条件的条目。',
    mapTitle: '各省级地区的活动',
    mapIntro: '颜色越深，位于该地区（含其城市）的条目越多；点击一个地区打开它的页面。',
    timelineTitle: '各月的条目',
    timelineIntro: '按条目日期所在月份计数；点击一个月份列出该月的条目。',
    monthEntries: (m, n) => `${m} 的条目（共 ${n} 条）`,
    actions: {
      ENTREPRENEURSHIP_INNOVATION: '创业创新', COLLABORATIVE_MANUFACTURING: '协同制造', MODERN_AGRICULTURE: '现代农业',
      SMART_ENERGY: '智慧能源', INCLUSIVE_FINANCE: '普惠金融', PUBLIC_SERVICES: '益民服务',
      EFFICIENT_LOGISTICS: '高效物流', E_COMMERCE: '电子商务', CONVENIENT_TRANSPORT: '便捷交通', GREEN_ECOLOGY: '绿色生态',
      ARTIFICIAL_INTELLIGENCE: '人工智能',
    },
    netButton: '网络',
    netTitle: '网络',
    netBack: '返回条目页',
    netHint: '点击一条连线，查看依据它的条目；点击一个节点，展开它的关联。',
    netHelp: '点击节点展开其关联，点击连线查看依据。',
    netEvidence: (n) => `依据：${n} 条条目`,
    netStructural: '结构关系（如所属、子公司），报告中没有对应条目。',
    netCoActor: '共同参与',
    netExpanded: (name, n) => (n ? `已展开“${name}”：新增 ${n} 个节点（黄色边框）。` : `已展开“${name}”：没有新的关联。`),
    netInRegion: '在',
    netSector: '领域',
    netLineEvidenced: '实线：报告条目为据（越粗，条目越多）',
    netLineStructural: '虚线：结构关系（所属、子公司等），无条目为据',
    netLineSector: '点线：同属一个领域，只是话题相同，并非合作',
    netUnknownName: (name) => `找不到名为“${name}”的地区、企业、部委、机构、领域或峰会；请从输入时的建议中选择一个名称。`,
    netViaSector: (names) => `注意：这条关联经过领域“${names}”，两端的条目只是同属这一领域，并不说明它们有合作。`,
    netConnect: '两者如何关联',
    netFrom: '从',
    netTo: '到',
    netToPlaceholder: '名称，如 天津市',
    netConnectGo: '查找',
    netReset: '恢复邻域',
    netNoPath: (a, b) => `在 4 步之内找不到“${a}”与“${b}”之间的关联。`,
    netPathFound: (n) => `找到一条 ${n} 步的关联；点击连线查看依据。`,
    relTypes: {
      PART_OF: '属于', SUBSIDIARY_OF: '隶属', LOCATED_IN: '位于', OPERATES_IN: '经营于', PROMOTES: '推动',
      IN_REGION: '地区', ACTOR_IN: '参与', PARTNERED_WITH: '合作', CONCERNS: '领域', DUPLICATE_OF: '重复',
      ISSUED: '发布', ANNOUNCES: '公布', HELD_IN: '举办于', ORGANIZED: '主办', TOOK_PART_IN: '参加',
    },
    kinds: {
      CO_ACTION: '合作', OWN_ACTIVITY: '自身活动', CHANNEL: '服务渠道', VENUE: '峰会',
    },
    types: {
      Ministry: '部委', Region: '地区', Company: '企业', Organization: '机构', Sector: '领域', Event: '峰会',
      Initiative: '条目', Policy: '政策',
    },
  },
  en: {
    title: 'PolicyGraph Explorer',
    switchTo: '中文',
    separator: ', ',
    searchPlaceholder: 'Search a region, company, ministry, summit… (Chinese or English)',
    noMatch: 'No match',
    searchFailed: 'Search failed',
    loading: 'Loading…',
    home: 'Search above for any region, company, ministry, organization, sector or summit of the monthly "Internet+" monitoring reports to see its entries, their source links and the provinces it worked in; its Network page expands its links and finds how two of them are connected.',
    examples: 'For example:',
    notFound: 'Not found',
    loadFailed: 'Could not load',
    aliases: 'Also known as',
    entries: 'Entries',
    entriesCount: (n) => `Entries (${n} in all)`,
    loadMore: 'Load more',
    provinces: 'Provinces it worked in',
    provincesIntro: (n) => `Worked with or in ${n} province-level ${n === 1 ? 'region' : 'regions'} (not counting places where its product is only the channel of a local service, or where it only attended a summit); each comes with the entries and source links that say so.`,
    noProvinces: 'The reports record no work of it with or in any province.',
    via: 'Done by',
    source: 'Source',
    damaged: 'damaged link (the report prints it broken; it may not open)',
    damagedWhy: 'curator\'s note',
    noSource: 'no link in the report',
    months: 'Months it appears in',
    parent: 'Group',
    subsidiaries: 'Subsidiaries and branches',
    province: 'Province',
    region: 'Region',
    city: 'Held in',
    dates: 'Dates',
    theme: 'Theme',
    evidence: 'Evidence',
    summits: 'Summits',
    navMatrix: 'Matrix',
    provinceCol: 'Province',
    regionPartners: 'Companies that worked with or in it',
    sectorPartners: 'Companies that worked in this sector (and their provinces)',
    linkedTitle: 'Linked with (by its entries)',
    linkKinds: { PARTNER: 'worked with', CO_ISSUER: 'issued with', CO_ACTOR: 'acted with' },
    summitText: (m) => `The report's text (report of ${m})`,
    figures: 'Figures',
    participants: 'Who took part',
    organizerRoles: { HOST: 'Host', GUIDE: 'Guided by', ORGANIZER: 'Organizer', CO_ORGANIZER: 'Co-organizer' },
    participantRoles: { SPEAKER: 'Spoke', EXHIBITOR: 'Exhibited', PARTICIPANT: 'Took part' },
    policiesIssued: (n) => `Documents it issued (${n})`,
    navMap: 'Map',
    navTimeline: 'Timeline',
    all: 'all',
    sector: 'Sector',
    action: 'Action',
    from: 'From',
    to: 'To',
    reportMonth: 'Report month',
    company: 'Company',
    matrixTitle: 'Companies × provinces',
    matrixIntro: 'Each cell counts the entries linking the company (with its subsidiaries and branches) to the province-level region because it worked with a partner there or acted there itself; hover for the kinds of link, click to list the entries and their source links. The sector and date filters apply to entries and summits; the action and report month filters to entries only (summits have neither).',
    matrixSize: (c, r) => `${c} companies, ${r} province-level regions`,
    matrixEmpty: 'No entry matches.',
    mapTitle: 'Activity by province-level region',
    mapIntro: 'The darker, the more entries located in the region (its cities included); click a region to open its page.',
    timelineTitle: 'Entries by month',
    timelineIntro: 'Counted by the month of the entry\'s date; click a month to list its entries.',
    monthEntries: (m, n) => `Entries of ${m} (${n} in all)`,
    actions: {
      ENTREPRENEURSHIP_INNOVATION: 'entrepreneurship and innovation', COLLABORATIVE_MANUFACTURING: 'collaborative manufacturing',
      MODERN_AGRICULTURE: 'modern agriculture', SMART_ENERGY: 'smart energy', INCLUSIVE_FINANCE: 'inclusive finance',
      PUBLIC_SERVICES: 'services for citizens', EFFICIENT_LOGISTICS: 'efficient logistics', E_COMMERCE: 'e-commerce',
      CONVENIENT_TRANSPORT: 'convenient transport', GREEN_ECOLOGY: 'green ecology', ARTIFICIAL_INTELLIGENCE: 'artificial intelligence',
    },
    netButton: 'Network',
    netTitle: 'Network',
    netBack: 'Back to the entity page',
    netHint: 'Click a link to see the entries that evidence it; click a node to expand its neighbours.',
    netHelp: 'Click a node to expand its neighbours, a link to see its evidence.',
    netEvidence: (n) => `Evidence: ${n} ${n === 1 ? 'entry' : 'entries'}`,
    netStructural: 'A structural link (part of, subsidiary of...): no report entry stands behind it.',
    netCoActor: 'acted with',
    netExpanded: (name, n) => (n ? `Expanded “${name}”: ${n} new ${n === 1 ? 'node' : 'nodes'} (yellow border).` : `Expanded “${name}”: nothing new.`),
    netInRegion: 'in',
    netSector: 'sector',
    netLineEvidenced: 'solid: report entries stand behind it (the thicker, the more)',
    netLineStructural: 'dashed: a structural link (part of, subsidiary of...), no entry behind it',
    netLineSector: 'dotted: the same sector, a shared topic and not a partnership',
    netUnknownName: (name) => `No region, company, ministry, organization, sector or summit is called “${name}”; pick a name from the suggestions as you type.`,
    netViaSector: (names) => `Note: this connection passes through the sector “${names}”: the entries at either end only share that sector, which says nothing of a partnership.`,
    netConnect: 'How are they connected',
    netFrom: 'From',
    netTo: 'to',
    netToPlaceholder: 'a name, e.g. Tianjin',
    netConnectGo: 'Find',
    netReset: 'Back to the neighbourhood',
    netNoPath: (a, b) => `No connection between “${a}” and “${b}” within 4 steps.`,
    netPathFound: (n) => `A connection in ${n} ${n === 1 ? 'step' : 'steps'}; click a link to see its evidence.`,
    relTypes: {
      PART_OF: 'part of', SUBSIDIARY_OF: 'subsidiary of', LOCATED_IN: 'located in', OPERATES_IN: 'operates in', PROMOTES: 'promotes',
      IN_REGION: 'in region', ACTOR_IN: 'acted in', PARTNERED_WITH: 'partnered with', CONCERNS: 'concerns', DUPLICATE_OF: 'repeats',
      ISSUED: 'issued', ANNOUNCES: 'announces', HELD_IN: 'held in', ORGANIZED: 'organized', TOOK_PART_IN: 'took part in',
    },
    kinds: {
      CO_ACTION: 'worked with', OWN_ACTIVITY: 'own activity', CHANNEL: 'service channel', VENUE: 'summit',
    },
    types: {
      Ministry: 'Ministry', Region: 'Region', Company: 'Company', Organization: 'Organization', Sector: 'Sector',
      Event: 'Summit', Initiative: 'Entry', Policy: 'Policy',
    },
  },
};

const KEY = 'policygraph.explorer.lang';

let lang = readStored() || (navigator.language && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');

function readStored() {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'zh' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function currentLang() {
  return lang;
}

export function setLang(value) {
  lang = value;
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en';
}

/** The interface text for a key, in the current language. */
export function t(key, ...args) {
  const value = TEXT[lang][key];
  return typeof value === 'function' ? value(...args) : value;
}

/** An entity's name in the current language, with the other one as a subtitle. */
export function names(entity) {
  if (!entity) {
    return { main: '', other: '' };
  }
  const zh = entity.name || '';
  const en = entity.nameEn || '';
  return lang === 'zh' ? { main: zh, other: en !== zh ? en : '' } : { main: en || zh, other: en ? zh : '' };
}

export function displayName(entity) {
  return names(entity).main;
}
