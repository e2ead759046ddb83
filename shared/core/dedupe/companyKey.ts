import { simplified } from './chineseText';

// Legal forms, longest first so 股份有限公司 goes before 有限公司.
const LEGAL_FORMS = [
  '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团', '公司',
  'co., ltd.', 'co ltd', 'co.,ltd', 'company limited', 'limited', 'ltd', 'inc', 'incorporated', 'llc', 'l.l.c.', 'corp', 'corporation', 'gmbh', 'plc', 'co', 'company',
];

/** A company name without legal form, punctuation, spacing, case or traditional characters: 腾讯科技有限公司 ≈ 騰訊科技. */
export function companyKey(raw: string): string {
  let text = simplified(raw.normalize('NFKC')).toLowerCase().trim();
  for (let changed = true; changed; ) {
    changed = false;
    const stripped = text.replace(/[\s\p{P}\p{S}]+$/u, '');
    for (const form of LEGAL_FORMS) {
      if (stripped.endsWith(form) && stripped.length > form.length) {
        text = stripped.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}
