// Responsible units: each list form with the phrase that motivated it.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';

const para = '这是一段足够长的正文内容，用来说明该项工作的具体要求和实施办法';

/** Units of the first task of a one-section document built around `item`. */
function unitsOfItem(item: string, extra = ''): string[] {
  const doc = extract(['一、重点任务', item, '2.其他工作。做好其他相关工作，确保各项任务落到实处。', extra].join('\n'));
  const task = doc.tasks[0]!;
  return doc.responsibleUnits.filter((u) => u.taskId === task.id).map((u) => `${u.name}/${u.role}`);
}

describe('responsible units', () => {
  it('责任单位： line under a task, split at ，and 、, elliptical members expanded (seed 003)', () => {
    expect(unitsOfItem(`1.增强乡镇(街道)行政执行能力。${para}。\n责任单位:各县(市、区)民政局,市局基政科、社管科、区划科`)).toEqual([
      '各县(市、区)民政局/responsible',
      '市局基政科/responsible',
      '市局社管科/responsible',
      '市局区划科/responsible',
    ]);
  });

  it('keeps 各县(市、区)民政局 whole: no split inside parentheses', () => {
    expect(unitsOfItem(`1.健全完善村(居)民自治机制。${para}。\n责任单位：各县(市、区)民政局`)).toEqual(['各县(市、区)民政局/responsible']);
  });

  it('a line that is only a unit list, without a label (seed 003 task 12)', () => {
    expect(unitsOfItem(`1.强化村(社区)服务能力。${para}。\n各县(市、区)民政局,市局基政科`)).toEqual(['各县(市、区)民政局/responsible', '市局基政科/responsible']);
  });

  it('参加单位： is a support role; bare place names before 烟台市政府 are elliptical members (corpus 027)', () => {
    expect(unitsOfItem(`1.依托山东自由贸易试验区建设，发展区块链跨境支付结算。${para}。（牵头单位：省地方金融监管局、人民银行济南分行，参加单位：济南、青岛、烟台市政府）`)).toEqual([
      '省地方金融监管局/lead',
      '人民银行济南分行/lead',
      '济南/support',
      '青岛/support',
      '烟台市政府/support',
    ]);
    expect(unitsOfItem(`1.支持高水平建设国家健康医疗大数据中心（北方）。${para}。（牵头单位：省卫生健康委，参加单位：省大数据局）`)).toEqual([
      '省卫生健康委/lead',
      '省大数据局/support',
    ]);
  });

  it('a bracket mid-sentence glosses a word, it assigns nobody (corpus 028: 理事会（董事会）、监事会)', () => {
    const note = '（列第一位者为牵头单位，其他单位按职责分工负责。下同）';
    expect(unitsOfItem(`1.持续完善现代学校制度。建立健全民办学校理事会（董事会）、监事会制度。${para}。（省教育厅、省财政厅负责）`, note)).toEqual([
      '省教育厅/lead',
      '省财政厅/responsible',
    ]);
  });

  it('牵头单位： and 责任单位： in one parenthetical (corpus 030)', () => {
    expect(unitsOfItem(`1.高标准建设齐鲁科学城。${para}。（牵头单位：市科技局、市发展改革委，责任单位：市工业和信息化局、市自然资源和规划局）`)).toEqual([
      '市科技局/lead',
      '市发展改革委/lead',
      '市工业和信息化局/responsible',
      '市自然资源和规划局/responsible',
    ]);
  });

  it('配合单位： is support; 负责单位： and 责任部门： are responsible', () => {
    expect(unitsOfItem(`1.推进数据共享。${para}。\n牵头单位：市大数据局；配合单位：市公安局、市民政局`)).toEqual(['市大数据局/lead', '市公安局/support', '市民政局/support']);
    expect(unitsOfItem(`1.推进数据共享。${para}。\n负责单位：市大数据局`)).toEqual(['市大数据局/responsible']);
    expect(unitsOfItem(`1.推进数据共享。${para}。\n责任部门：市大数据局`)).toEqual(['市大数据局/responsible']);
  });

  it('（省民政厅牵头，各相关部门参与）: the generic 各相关部门 is dropped (seed 001 row 15)', () => {
    expect(unitsOfItem(`1.加快城乡社区公共服务体系建设。${para}（省民政厅牵头，各相关部门参与）。`)).toEqual(['省民政厅/lead']);
  });

  it('a role word covers the names before it: 省民政厅、省质监局牵头 (seed 001 row 16)', () => {
    expect(unitsOfItem(`1.推进标准化建设。${para}（省民政厅、省质监局牵头，其他相关部门参与）。`)).toEqual(['省民政厅/lead', '省质监局/lead']);
  });

  it('省综治办牵头，省经信委等其他有关部门参与: 等其他有关部门 dropped from the name (seed 001 row 22)', () => {
    expect(unitsOfItem(`1.推进智慧社区建设。${para}（省综治办牵头，省经信委等其他有关部门参与）。`)).toEqual(['省综治办/lead', '省经信委/support']);
  });

  it('省委办公厅牵头、省民政厅等有关部门配合: roles per member when each carries its own (seed 001 row 26)', () => {
    expect(unitsOfItem(`1.巩固清理整改成果。${para}（省委办公厅牵头、省民政厅等有关部门配合）。`)).toEqual(['省委办公厅/lead', '省民政厅/support']);
  });

  it('（XX、YY负责） lists are responsible; with 列第一位者为牵头单位 the first leads (corpus 014, 023)', () => {
    expect(unitsOfItem(`1.提前适用政策。${para}。（海关总署、财政部、税务总局负责）`)).toEqual(['海关总署/responsible', '财政部/responsible', '税务总局/responsible']);
    expect(unitsOfItem(`1.完善农机装备创新体系。${para}。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）`)).toEqual([
      '工业和信息化部/lead',
      '发展改革委/responsible',
      '科技部/responsible',
    ]);
    // corpus 014: the note is a clause of the same parenthetical
    expect(unitsOfItem(`1.提前适用政策。${para}。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）`)).toEqual([
      '税务总局/lead',
      '财政部/responsible',
      '海关总署/responsible',
    ]);
  });

  it('（X、Y指导） and X指导，Y负责落实 name responsible units (corpus 015)', () => {
    expect(unitsOfItem(`1.推进建设。${para}。（生态环境部指导，试点城市政府负责落实）`)).toEqual(['生态环境部/responsible', '试点城市政府/responsible']);
  });

  it('drops 会同有关部门 and what comes before 由 (corpus 017, 012)', () => {
    expect(unitsOfItem(`1.加大激励。${para}。（国家发展改革委会同有关部门负责组织实施）`)).toEqual(['国家发展改革委/responsible']);
    expect(unitsOfItem(`1.完善标准。${para}（技工院校内由人力资源社会保障行政部门负责）。`)).toEqual(['人力资源社会保障行政部门/responsible']);
  });

  it('a labelled list ends at ；(corpus 020: （负责部门：…；适用范围：…）)', () => {
    expect(unitsOfItem(`1.放宽准入。${para}。（负责部门：商务部、海关总署；适用范围：均为所有自贸试验区）`)).toEqual(['商务部/responsible', '海关总署/responsible']);
  });

  it('由X负责 and 由X牵头，Y配合 (seed 001)', () => {
    expect(unitsOfItem(`1.提升社区工作者专业化发展水平。${para}，由街道(乡镇)负责日常管理，社区统筹使用。`)).toEqual(['街道(乡镇)/responsible']);
    expect(unitsOfItem(`1.优化社区资源配置。老城区社区用房不足的，由县(市、区)政府牵头,街道(乡镇)和有关部门配合,多途径解决。`)).toEqual([
      '县(市、区)政府/lead',
      '街道(乡镇)/support',
    ]);
  });

  it('not units: 由X组成 names members, 由X主导/组织 names an actor (seed 002, seed 003)', () => {
    expect(unitsOfItem(`1.健全领导协调机制。国务院批复同意建立由民政部牵头，中央组织部、公安部等13个部门和单位组成的联席会议制度。`)).toEqual([]);
    expect(unitsOfItem(`1.增强议事协商能力。${para}，由乡镇(街道)党(工)委主导开展议事协商。`)).toEqual([]);
  });

  it('not units: 由X负责人 is a person in charge (corpus 213), but 由X负责 still is', () => {
    expect(unitsOfItem(`1.审核申请材料。申请人提供原件交由企业负责人核对，审核属实的，企业应当加盖公章。`)).toEqual([]);
    expect(unitsOfItem(`1.审核申请材料。方案由单位主要负责同志审定。`)).toEqual([]);
    expect(unitsOfItem(`1.审核申请材料。由区人力资源社会保障局负责审核。`)).toEqual(['区人力资源社会保障局/responsible']);
  });

  it('unit/subject-lead: a unit that leads as the clause subject (corpus 211, 090, 083)', () => {
    expect(unitsOfItem(`1.完善配套政策。市人力资源社会保障部门应牵头会同相关部门制定实施细则。`)).toEqual(['市人力资源社会保障部门/lead']);
    expect(unitsOfItem(`1.试点指导单位。交通运输部运输服务司牵头，科技司、人事教育司配合。`)).toEqual(['交通运输部运输服务司/lead', '科技司/support', '人事教育司/support']);
    expect(unitsOfItem(`1.发挥智库作用。中国信息通信研\n究院、中国互联网协会要牵头设立标准。`)).toEqual(['中国信息通信研究院/lead', '中国互联网协会/lead']);
  });

  it('not unit/subject-lead: a principle, an object of guidance, an alternative, a clause', () => {
    expect(unitsOfItem(`1.坚持协同推进。坚持政府牵头，社会参与。`)).toEqual([]);
    expect(unitsOfItem(`1.加快标准研究。引导行业龙头企业牵头制定标准。`)).toEqual([]);
    expect(unitsOfItem(`1.明确申报主体。申报主体包括制造业企业，或制造业企业牵头的联合体。`)).toEqual([]);
    expect(unitsOfItem(`1.健全工作机制。各省人民政府要建立省级政府办公厅牵头的工作机制。`)).toEqual([]);
  });

  it('unit/line: a closed line under a heading that names units, or one stating a role (corpus 090)', () => {
    expect(unitsOfItem(`1.试点单位。\n北京工业大学。`)).toEqual(['北京工业大学/responsible']);
    expect(unitsOfItem(`1.监督。\n监察机构、监察专员对派驻或者派出它的监察委员会负责。`)).toEqual([]);
  });

  it('does not split 省人力资源和社会保障厅 at 和', () => {
    expect(unitsOfItem(`1.落实待遇保障。${para}。（省人力资源和社会保障厅负责）`)).toEqual(['省人力资源和社会保障厅/responsible']);
  });

  it('every unit span points at the name as written', () => {
    const doc = extract(['一、重点任务', `1.推进智慧社区建设。${para}。\n责任单位:各县(市、区)民政局,市局基政科、社事科`].join('\n'));
    for (const u of doc.responsibleUnits) expect(doc.source.text!.slice(u.span[0], u.span[1])).toBe(u.text);
    expect(doc.responsibleUnits.map((u) => [u.text, u.name])).toEqual([
      ['各县(市、区)民政局', '各县(市、区)民政局'],
      ['市局基政科', '市局基政科'],
      ['社事科', '市局社事科'],
    ]);
  });
});

describe('unit lists found in review', () => {
  const unitsOf = (item: string): string[] => unitsOfItem(item);
  it('…按职责分工配合 (corpus 004) and 海关', () => {
    expect(unitsOf(`1.扩大出口。${para}（合肥海关牵头，省商务厅、省贸促会按职责分工配合）。`)).toEqual(['合肥海关/lead', '省商务厅/support', '省贸促会/support']);
  });
  it('X及各地区按职责分工负责 (corpus 034)', () => {
    expect(unitsOf(`1.做好服务。${para}（应急部、公安部、国家卫生健康委及各地区按职责分工负责）。`)).toEqual(['应急部/responsible', '公安部/responsible', '国家卫生健康委/responsible', '各地区/responsible']);
  });
  it('a 和 inside a name is not a list: 市工业和信息化局及专班成员单位 (corpus 031)', () => {
    expect(unitsOf(`1.培育产业。${para}（市工业和信息化局及专班成员单位负责）。`)).toEqual(['市工业和信息化局/responsible', '专班成员单位/responsible']);
  });
  it('牵头考核单位： inside a time note (corpus 001)', () => {
    expect(unitsOf(`1.完成适老化改造。${para}。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）`)).toEqual(['市审批服务局/lead']);
  });
  it('generic names with a prefix are dropped: 市相关部门, 相关行业主管部门', () => {
    expect(unitsOf(`1.推进应用。${para}（市大数据局牵头，市相关部门、相关行业主管部门配合）。`)).toEqual(['市大数据局/lead']);
  });
});

describe('由X负责 whose X holds a verb, and lines that go on past their role word (corpus 063, 137, 179)', () => {
  const unitsOf = (item: string): string[] => unitsOfItem(item);
  it('must not match: 由A公司和B公司成立运营公司负责 (063), 由…部门建议…对直接负责的主管人员 (137)', () => {
    expect(unitsOf(`1.建设运营。${para}。由济南科金信息技术有限公司和软通智慧信息技术有限公司成立运营公司负责创新中心建设运营。`)).toEqual([]);
    expect(unitsOf(`1.违法责任。${para}。情节严重的，由密码管理部门建议有关国家机关、单位对直接负责的主管人员依法给予处分。`)).toEqual([]);
  });
  it('a verb before 的 is part of the name: 由县（区）人民政府指定的教育主管部门负责 (179)', () => {
    expect(unitsOf(`1.移交管理。${para}。移交后由县（区）人民政府指定的教育主管部门负责管理。`)).toEqual(['县（区）人民政府指定的教育主管部门/responsible']);
  });
  it('must not match as a unit line: 区县工业和信息化主管部门负责审核辖区服务资源使用单位 (063)', () => {
    expect(unitsOf(`1.审核。${para}。\n区县工业和信息化主管部门负责审核辖区服务资源使用单位`)).toEqual([]);
  });
  it('a unit line with roles still counts: 交通运输部运输服务司牵头，科技司配合。', () => {
    expect(unitsOf(`1.试点。${para}。\n交通运输部运输服务司牵头，科技司配合。`)).toEqual(['交通运输部运输服务司/lead', '科技司/support']);
  });
});

describe('items under a heading that names units (corpus 213: （一）申请受理责任部门)', () => {
  const unitsOf = (heading: string, item: string): string[] => {
    const doc = extract(['四、申请受理责任部门及程序', heading, item, '2.其他人才。另行通知。'].join('\n'));
    return doc.responsibleUnits.filter((u) => u.taskId === doc.tasks[0]!.id).map((u) => `${u.name}/${u.role}`);
  };
  it('the clause after the item\'s first sentence is its unit; 由X汇总 a second one', () => {
    expect(unitsOf('（一）申请受理责任部门', '1.高层次人才、区委、区政府批准引进的急需紧缺人才。天河区委组织部人才工作科，天河区天府路1号区机关大院1号楼5016室，咨询电话：020-308622165。')).toEqual(['天河区委组织部人才工作科/responsible']);
    expect(unitsOf('（一）申请受理责任部门', '1.重点企业人才、区重点新引进企业人才。各重点企业联系服务部门具体受理，由天河中央商务区管委会企业服务处汇总，咨询电话：020-88831097。')).toEqual(['各重点企业联系服务部门/responsible', '天河中央商务区管委会企业服务处/responsible']);
  });
  it('must not match: the same item under a heading that names no units, or a clause that is no unit', () => {
    expect(unitsOf('（一）申请条件', '1.高层次人才、区委、区政府批准引进的急需紧缺人才。天河区委组织部人才工作科，天河区天府路1号。')).toEqual([]);
    expect(unitsOf('（一）申请受理责任部门', '1.高层次人才。申请人可通过线上方式提交材料，咨询电话：020-308622165。')).toEqual([]);
  });
});

describe('牵头抓总 is a general charge (corpus 086)', () => {
  const unitsOf = (item: string): string[] => unitsOfItem(item);
  it('must not match: 行政监管部门要牵头抓总', () => expect(unitsOf(`1.加强协同。${para}。行政监管部门要牵头抓总，统筹推进建设。`)).toEqual([]));
  it('still: 市人力资源社会保障部门应牵头会同相关部门制定实施细则 (211)', () => {
    expect(unitsOf(`1.制定细则。${para}。市人力资源社会保障部门应牵头会同相关部门制定实施细则。`)).toEqual(['市人力资源社会保障部门/lead']);
  });
});
