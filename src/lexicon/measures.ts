/**
 * Units of measure of indicators, longest first (平方公里 before 公里). The counted noun goes
 * into the subject, the unit keeps only the measure word (15万个 → 150000 个).
 */
export const MEASURE_UNITS: readonly string[] = [
  '个百分点', '百分点', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '万千瓦', '千瓦', '兆瓦', '千公顷', '公顷', '人次', '万亩',
  '微克/立方米', 'μg/m³', '个工作日', '工作日', '个月', '个小时', '小时', '分钟', '周岁', '平米', '公里', '千米', '毫米', '厘米', '公斤', '千克', '美元', '亿元', '万元',
  '%', '％', '‰', '㎡', '亩', '吨', '米', '元', '倍', '人', '名', '户', '个', '家', '所', '项', '条', '件', '座', '台', '套', '辆',
  '张', '床', '间', '栋', '次', '岁', '年', '天', '日', '周', '批', '场', '类', '种', '支', '款', '例',
  '头', '羽', '只', '册', '斤', '根', '门', '艘', '架', '株', '棵', '颗', '枚', '匹', '篇', '份', '首', '幅', '秒钟', '秒',
  // 电力产量108亿度 (kWh, corpus 194); 连续发生3起事故 (130); 每宗减10分 (211); 每满1年计2分 (points, 211) and
  // 每千瓦时加价2分 (a fen, 116): 分 is read only where it cannot be a time, a share or a word (see NOT_POINTS_AFTER).
  '度', '起', '宗', '分', '处',
  // 卧室、起居室温度低于十八摄氏度 (corpus 176) / 不低于18℃; 昼间噪声不超过55分贝.
  '摄氏度', '℃', '°C', '分贝', '毫克', '海里',
  'EFLOPS', 'PFLOPS', 'TFLOPS', 'EFlops', 'PFlops', 'TFlops', 'EB', 'PB', 'TB', 'Gbps', 'Mbps', 'M', '万兆', '千兆', '百兆', '兆',
];

/**
 * 分 is no unit before these: 十分重要 is an adverb (the numeral guard), 3时15分 a time, and
 * 分之 / 分钟 / 分别 / 分局 / 分配 … words of their own.
 */
export const NOT_POINTS_AFTER: readonly string[] = ['之', '钟', '别', '局', '行', '配', '类', '级', '期', '批', '为', '成', '摊', '担', '解', '布', '散', '享', '队', '会', '院', '所', '校', '厂', '店', '社', '处', '站', '支', '部', '公司', '中心'];
/** Words before a number of points written in Chinese numerals: 计二十分 / 加五分 / 扣十分. */
export const POINTS_VERBS: readonly string[] = ['计', '加', '减', '扣', '得', '记', '积'];

/** 部 is a unit (三部电影) unless it begins 部门 / 部委 / 部分 / 部级 / 部属. */
export const UNIT_BU_NOT_BEFORE: readonly string[] = ['门', '委', '分', '级', '属'];

/** Spellings of the same unit. */
export const UNIT_NORMAL: Readonly<Record<string, string>> = { '％': '%', 平米: '平方米', '㎡': '平方米', 百分点: '个百分点', 周岁: '岁', 个工作日: '工作日', 个小时: '小时' };

/**
 * Durations are thresholds only with a comparator (一年以上社区工作经历), never on their own
 * (三年行动计划, 再过5到10年): as time limits they are deadlines (SPEC kind `within`).
 */
export const DURATION_MEASURES: readonly string[] = ['年', '个月', '天', '日', '周', '小时', '个小时', '分钟', '批', '个工作日', '工作日'];

/**
 * After a number of months, the standard it multiplies: 不超过本市3个月最低生活保障标准 (corpus 209) is an
 * amount of money, not a time limit.
 */
export const STANDARD_WORDS: readonly string[] = ['最低生活保障标准', '低保标准', '最低工资标准', '平均工资', '工资', '基本工资', '生活费'];

/** 5个方面 / 三个阶段: counts of the text's own structure, not indicators. */
export const STRUCTURE_NOUNS: readonly string[] = ['方面', '部分', '阶段', '步骤', '环节', '层次', '原则', '要点', '板块', '类别', '大类'];

/** Place words counted after a list of places: 湖南、广东、广西等5省(区). */
export const PLACE_COUNT_WORDS: readonly string[] = ['省', '市', '县', '区', '州'];

/** Magnitudes applied exactly to the number before them (16.4亿 → 1640000000). */
export const MAGNITUDES: Readonly<Record<string, number>> = { 万亿: 12, 千万: 7, 百万: 6, 万: 4, 亿: 8 };
