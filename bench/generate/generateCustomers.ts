import type { CellValue } from '../../shared/core/cell';
import { FEMALE_FIRST, MALE_FIRST, pickWeighted, SURNAMES } from './englishNames';
import { Random } from './random';

export interface GenerateOptions {
  readonly rows: number;
  readonly seed?: number;
  /** Share of rows that are a second entry of an earlier customer. */
  readonly duplicateRate?: number;
  /** Share of cells typed in a non-standard but valid form. */
  readonly messRate?: number;
  /** Share of cells that are simply wrong (`12345` as a phone, `john@`). */
  readonly errorRate?: number;
  /** Header language. */
  readonly headers?: 'zh' | 'en';
  /** "Today" the dates are generated around. */
  readonly today?: string;
  /** Share of customers with an English name (the rest Chinese); 0.12 by default. */
  readonly englishNames?: number;
  /**
   * Share of duplicates entered with another phone and no or another
   * e-mail: found, if at all, by name, birthday, company and address. 0 by
   * default (then the generator draws exactly as before this option).
   */
  readonly contactless?: number;
  /**
   * English names drawn as common as they are in the US census (see
   * englishNames: about 290 pairs of strangers share a full name in 10,000
   * English-named rows), or from 15 first names × 15 surnames, all equally
   * common (about 222,000 such pairs): a stress case, and the generator's
   * only English names before.
   */
  readonly englishNameSet?: 'census' | 'dense';
}

export interface GeneratedCustomers {
  /** Header row + one row per customer. */
  readonly values: CellValue[][];
  readonly truth: {
    /** Sheet row numbers (header = 1) of rows that are the same customer. */
    readonly duplicatePairs: Array<[number, number]>;
    /** Pairs built to look alike but be different people (same name, shared landline, family address). */
    readonly hardNegativePairs: Array<[number, number]>;
  };
}

export const HEADERS = {
  zh: ['客户编号', '姓名', '公司', '电话', '邮箱', '性别', '生日', '省份', '城市', '地址', '来源', '负责人', '客户等级', '客户阶段', '标签', '首次购买', '最近购买', '订单数', '累计消费', '满意度', '营销许可', '最近联系', '下次回访', '创建日期', '更新日期', '备注'],
  en: ['Customer ID', 'Name', 'Company', 'Phone', 'Email', 'Gender', 'Birthday', 'Province/State', 'City', 'Address', 'Source', 'Owner', 'Grade', 'Stage', 'Tags', 'First Purchase', 'Last Purchase', 'Orders', 'Total Spend', 'Satisfaction', 'Marketing Consent', 'Last Contact', 'Next Follow-up', 'Created', 'Updated', 'Notes'],
} as const;

const C = Object.fromEntries(HEADERS.en.map((h, i) => [h, i])) as Record<(typeof HEADERS.en)[number], number>;

const CHINESE_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '华', '红', '志强', '晓东', '雪', '婷', '宇航', '子涵', '欣怡', '浩然', '梓萱', '一鸣', '思远', '佳怡', '俊杰', '雨桐'];
// Characters of two-character given names, combined freely: real files hold tens of thousands of distinct names.
const GIVEN_CHARS = ['子', '梓', '浩', '宇', '欣', '雨', '思', '佳', '俊', '嘉', '家', '晓', '建', '志', '文', '明', '海', '春', '秀', '丽', '玉', '国', '德', '永', '红', '云', '慧', '静', '婷', '涵', '轩', '萱', '睿', '博', '泽', '怡', '琪', '悦', '晨', '昊', '然', '航', '鹏', '辉', '敏', '杰', '磊', '涛', '娜', '芳'];
const TRADITIONAL: Record<string, string> = { 张: '張', 陈: '陳', 刘: '劉', 杨: '楊', 赵: '趙', 黄: '黃', 吴: '吳', 孙: '孫', 马: '馬', 郑: '鄭', 梁: '梁', 谢: '謝', 韩: '韓', 冯: '馮', 邓: '鄧', 伟: '偉', 丽: '麗', 强: '強', 军: '軍', 艳: '艷', 杰: '傑', 涛: '濤', 华: '華', 红: '紅', 东: '東', 静: '靜', 娟: '娟' };
/** The dense set (englishNameSet 'dense'). */
const ENGLISH_FIRST = ['John', 'Mary', 'David', 'Sarah', 'Michael', 'Emma', 'James', 'Olivia', 'Robert', 'Linda', 'William', 'Grace', 'Daniel', 'Sophie', 'Thomas'];
const ENGLISH_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Anderson', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Green', 'Baker'];
const COMPANY_STEMS = ['华为', '腾讯', '阿里', '美的', '格力', '海尔', '联想', '比亚迪', '顺丰', '京东', '网易', '小米', '万科', '招商', '平安', '中兴', '蓝海', '星辰', '远航', '恒信'];
const COMPANY_FORMS = ['有限公司', '股份有限公司', '科技有限公司', '贸易有限公司'];
const PLACES: Array<[string, string, string]> = [['广东', '深圳', '0755'], ['广东', '广州', '020'], ['北京', '北京', '010'], ['上海', '上海', '021'], ['浙江', '杭州', '0571'], ['江苏', '南京', '025'], ['四川', '成都', '028'], ['湖北', '武汉', '027']];
const STREETS = ['人民路', '解放路', '中山路', '建设路', '和平路', '科技园路', '滨海大道', '长江路'];
const OWNERS = ['王芳', '李娜', '张敏', '刘洋', '陈静', 'Alice Chen'];
const SOURCES = [['Website', '官网', '网站'], ['Referral', '转介绍', '推荐'], ['Event', '展会活动', '展会'], ['Phone', '电话'], ['Social media', '社交媒体', '微信'], ['Store', '门店'], ['Other', '其他']];
const GRADES = ['A', 'B', 'C', 'D'];
const STAGES = [['Prospect', '潜在'], ['New', '新客户'], ['Active', '活跃'], ['Loyal', '忠诚'], ['At risk', '流失风险'], ['Churned', '已流失']];
const TAGS = ['VIP', '团购', '母婴', '数码', '美妆', '家居', '户外', '图书', '企业采购', '复购'];
const US_AREA_CODES = ['212', '415', '646', '312', '617', '206', '213', '305'];
const MOBILE_PREFIXES = ['138', '139', '136', '137', '150', '151', '152', '158', '159', '182', '186', '187', '188', '135', '177', '199'];

interface Person {
  surname: string;
  given: string;
  english: boolean;
  mobile: string; // 11 digits
  /** A US number (10 digits) the person gives instead of the mobile, for half of English-named people; null for the rest. */
  usPhone: string | null;
  email: string;
  company: string;
  place: [string, string, string];
  address: string;
  birthday: string | null;
}

/**
 * A customer file as people really keep one: phones, dates and choices typed
 * many ways, some plain errors, and a known set of duplicate customers
 * (re-entered with another phone format, traditional characters, a changed
 * e-mail case, blanks) next to look-alikes that are different people. The
 * ground truth lets benchmarks measure duplicate detection.
 */
export function generateCustomers(options: GenerateOptions): GeneratedCustomers {
  const random = new Random(options.seed ?? 42);
  const duplicateRate = options.duplicateRate ?? 0.1;
  const messRate = options.messRate ?? 0.15;
  const errorRate = options.errorRate ?? 0.01;
  const today = Date.parse(`${options.today ?? '2026-11-22'}T00:00:00Z`);
  const values: CellValue[][] = [[...HEADERS[options.headers ?? 'zh']]];
  const people: Person[] = [];
  const rowsOfPerson: number[][] = [];
  const duplicatePairs: Array<[number, number]> = [];
  const hardNegativePairs: Array<[number, number]> = [];
  const usedMobiles = new Set<string>();
  const dense = options.englishNameSet === 'dense';

  const dayOffset = (days: number) => new Date(today - days * 86_400_000);
  const newMobile = () => {
    for (;;) {
      const mobile = random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
      if (!usedMobiles.has(mobile)) {
        usedMobiles.add(mobile);
        return mobile;
      }
    }
  };
  // One number a person: it was drawn afresh for every row of an English-named person, so their duplicates
  // shared no phone three times in four, untouched by `contactless`, which is the option for new contacts.
  const newUsPhone = () => {
    for (;;) {
      const phone = random.pick(US_AREA_CODES) + String(random.int(201, 989)) + String(random.int(0, 9999)).padStart(4, '0');
      if (!usedMobiles.has(phone)) {
        usedMobiles.add(phone);
        return phone;
      }
    }
  };
  const newPerson = (base?: Partial<Person>): Person => {
    const english = base?.english ?? random.chance(options.englishNames ?? 0.12);
    const surname = base?.surname ?? (english ? (dense ? random.pick(ENGLISH_LAST) : pickWeighted(random, SURNAMES)) : random.pick(CHINESE_SURNAMES));
    const given = english ? (dense ? random.pick(ENGLISH_FIRST) : pickWeighted(random, random.chance(0.5) ? MALE_FIRST : FEMALE_FIRST)) : random.chance(0.3) ? random.pick(GIVEN) : random.pick(GIVEN_CHARS) + random.pick(GIVEN_CHARS);
    const mobile = newMobile();
    const place = base?.place ?? random.pick(PLACES);
    const handle = english ? `${given}.${surname}`.toLowerCase() : `user${mobile.slice(-6)}`;
    return {
      surname,
      given,
      english,
      mobile,
      usPhone: english && random.chance(0.5) ? newUsPhone() : null,
      email: random.chance(0.8) ? `${handle}${people.length + 1}@${random.pick(['qq.com', '163.com', 'gmail.com', 'outlook.com', '126.com'])}` : '',
      company: base?.company ?? (random.chance(0.7) ? random.pick(COMPANY_STEMS) + random.pick(['', '华南', '北方', '创新']) + random.pick(COMPANY_FORMS) : ''),
      place,
      address: base?.address ?? `${place[1]}市${random.pick(STREETS)}${random.int(1, 999)}号`,
      birthday: random.chance(0.6) ? iso(new Date(Date.UTC(random.int(1950, 2004), random.int(0, 11), random.int(1, 28)))) : null,
    };
  };

  const messy = (standard: () => CellValue, variants: Array<() => CellValue>) => (random.chance(messRate) ? random.pick(variants)() : standard());
  const phoneCell = (p: Person): CellValue => {
    const us = p.usPhone;
    if (us) return messy(() => `+1 ${us.slice(0, 3)} ${us.slice(3, 6)} ${us.slice(6)}`, [() => `+1 (${us.slice(0, 3)}) ${us.slice(3, 6)}-${us.slice(6)}`, () => `+1-${us.slice(0, 3)}-${us.slice(3, 6)}-${us.slice(6)}`, () => `001 ${us}`]);
    const m = p.mobile;
    return messy(() => `+86${m}`, [
      () => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
      () => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
      () => `0086 ${m}`,
      () => `(+86)${m}`,
      () => toFullWidth(m),
      () => Number(m),
      () => m,
    ]);
  };
  const dateCell = (date: Date | null): CellValue => {
    if (!date) return null;
    const y = date.getUTCFullYear();
    const mo = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    return messy(() => new Date(Date.UTC(y, mo - 1, d)), [
      () => `${y}/${mo}/${d}`,
      () => `${y}年${mo}月${d}日`,
      () => `${y}.${mo}.${d}`,
      () => `${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}`,
      () => iso(date),
    ]);
  };

  const writeRow = (p: Person, id: string | null, variant: boolean): number => {
    const row: CellValue[] = new Array(HEADERS.en.length).fill(null);
    const fullName = p.english ? `${p.given} ${p.surname}` : p.surname + p.given;
    let name = fullName;
    if (variant && !p.english) {
      const r = random.next();
      if (r < 0.35) name = [...fullName].map((ch) => TRADITIONAL[ch] ?? ch).join('');
      else if (r < 0.55) name = `${p.surname} ${p.given}`;
    } else if (variant && p.english && random.chance(0.4)) name = random.chance(0.5) ? `${p.surname}, ${p.given}` : fullName.toUpperCase();
    const created = dayOffset(random.int(30, 1500));
    const updated = dayOffset(random.int(0, Math.min(700, Math.floor((today - created.getTime()) / 86_400_000))));
    const orders = random.chance(0.15) ? 0 : random.int(1, 40);
    const firstPurchase = orders > 0 ? new Date(Math.min(today, created.getTime() + random.int(0, 60) * 86_400_000)) : null;
    const lastPurchase = orders > 0 && firstPurchase ? new Date(Math.min(today, firstPurchase.getTime() + random.int(0, 900) * 86_400_000)) : null;
    const spend = orders > 0 ? Math.round(orders * random.int(80, 3000) * 100) / 100 : 0;
    const source = random.pick(SOURCES);
    const stage = random.pick(STAGES);
    row[C['Customer ID']] = id;
    row[C.Name] = messy(() => name, [() => ` ${name}  `, () => toFullWidthSpaces(name)]);
    row[C.Company] = p.company || null;
    row[C.Phone] = variant && random.chance(0.15) ? null : phoneCell(p);
    row[C.Email] = p.email ? messy(() => p.email, [() => ` ${p.email.toUpperCase()} `, () => capitalize(p.email)]) : null;
    row[C.Gender] = random.chance(0.85) ? messy(() => random.pick(['Male', 'Female']), [() => random.pick(['男', '女', 'm', 'F', '男性'])]) : null;
    row[C.Birthday] = variant && random.chance(0.3) ? null : dateCell(p.birthday ? new Date(`${p.birthday}T00:00:00Z`) : null);
    row[C['Province/State']] = p.place[0];
    row[C.City] = p.place[1];
    row[C.Address] = variant && random.chance(0.3) ? null : p.address;
    row[C.Source] = messy(() => source[0]!, [() => random.pick(source.slice(1).length ? source.slice(1) : source)]);
    row[C.Owner] = random.pick(OWNERS);
    row[C.Grade] = random.chance(0.9) ? messy(() => random.pick(GRADES), [() => random.pick(GRADES).toLowerCase(), () => `${random.pick(GRADES)}级`]) : null;
    row[C.Stage] = messy(() => stage[0]!, [() => stage[1]!]);
    row[C.Tags] = random.chance(0.5) ? Array.from({ length: random.int(1, 3) }, () => random.pick(TAGS)).join(random.pick([', ', '，', '、'])) : null;
    row[C['First Purchase']] = dateCell(firstPurchase);
    row[C['Last Purchase']] = dateCell(lastPurchase);
    row[C.Orders] = orders;
    row[C['Total Spend']] = messy(() => spend, [() => `¥${spend.toLocaleString('en-US')}`, () => `${spend}元`]);
    row[C.Satisfaction] = random.chance(0.7) ? random.int(1, 5) : null;
    row[C['Marketing Consent']] = random.chance(0.9) ? messy(() => random.pick(['Yes', 'No']), [() => random.pick(['是', '否', 'Y', 'N'])]) : null;
    row[C['Last Contact']] = random.chance(0.8) ? dateCell(dayOffset(random.int(0, 500))) : null;
    row[C['Next Follow-up']] = random.chance(0.4) ? dateCell(dayOffset(random.int(-30, 20))) : null;
    row[C.Created] = dateCell(created);
    row[C.Updated] = dateCell(updated);
    row[C.Notes] = random.chance(0.1) ? random.pick(['老客户介绍', '需要发票', 'Prefers e-mail', '周末联系', '=HYPERLINK("http://x")']) : null;
    if (random.chance(errorRate)) row[C.Phone] = random.pick(['12345', '1381234567', 'n/a']);
    if (random.chance(errorRate)) row[C.Email] = random.pick(['john@', 'wang at qq.com']);
    if (random.chance(errorRate)) row[C.Grade] = 'Platinum';
    if (random.chance(errorRate)) row[C.Orders] = -3;
    if (random.chance(errorRate)) row[C.Created] = '2024-13-45';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string') row[c] = asReadFromFile(cell);
    }
    values.push(row);
    return values.length; // the sheet row number of the row just written
  };

  const withOtherContacts = (p: Person): Person => ({ ...p, mobile: newMobile(), usPhone: p.usPhone ? newUsPhone() : null, email: random.chance(0.5) ? '' : `${p.english ? p.given.toLowerCase() : 'mail'}${random.int(100, 999)}@${random.pick(['qq.com', '163.com', 'gmail.com'])}` });
  let nextId = 1;
  const idFor = () => (random.chance(0.01) ? null : `C${String(nextId++).padStart(6, '0')}`);
  while (values.length - 1 < options.rows) {
    const r = random.next();
    if (people.length > 10 && r < duplicateRate) {
      const i = random.int(0, people.length - 1);
      const rows = rowsOfPerson[i]!;
      const person = options.contactless && random.chance(options.contactless) ? withOtherContacts(people[i]!) : people[i]!;
      const row = writeRow(person, idFor(), true);
      duplicatePairs.push([rows[0]!, row]);
      rows.push(row);
    } else if (people.length > 10 && r < duplicateRate + 0.02) {
      // A look-alike: the same common name, or a colleague, or family at the same address.
      const i = random.int(0, people.length - 1);
      const other = people[i]!;
      const kind = random.int(0, 2);
      const p = kind === 0 ? { ...newPerson({ surname: other.surname, english: other.english }), given: other.given } : kind === 1 ? newPerson({ company: other.company, place: other.place, english: other.english }) : newPerson({ surname: other.surname, address: other.address, place: other.place, english: other.english });
      if (kind === 1 && other.company) {
        // a shared landline/switchboard number
        p.mobile = other.mobile;
        p.usPhone = other.usPhone;
      }
      people.push(p);
      const row = writeRow(p, idFor(), false);
      rowsOfPerson.push([row]);
      hardNegativePairs.push([rowsOfPerson[i]![0]!, row]);
    } else {
      const p = newPerson();
      people.push(p);
      rowsOfPerson.push([writeRow(p, idFor(), false)]);
    }
  }
  return { values, truth: { duplicatePairs, hardNegativePairs } };
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function toFullWidthSpaces(text: string): string {
  return text.replace(/ /g, '\u3000');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A cell's text as a file reader hands it over: a string of its own, flat.
 * Built by concatenation, a longer string is a rope (V8 joins the parts
 * lazily, from 13 characters up), which no CSV, xlsx, Office.js or Apps
 * Script reader produces; the first pattern test inside a timed check then
 * copied it flat: 4% of a 100,000-row check (8 alternated runs, median 1896 -> 1815 ms).
 */
function asReadFromFile(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
