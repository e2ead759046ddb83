/**
 * Personal data as a shared report shows it: enough to recognise a customer
 * you know, not enough to contact one you don't. 张伟 → 张*, John Smith →
 * J*** S****, +8613812345678 → +86138****5678, john@x.com → j***@x.com.
 */
export function maskName(name: string): string {
  const text = name.trim();
  if (/\p{Script=Han}/u.test(text)) {
    const chars = [...text.replace(/\s+/g, '')];
    return chars.length <= 1 ? '*' : chars[0]! + '*'.repeat(chars.length - 1);
  }
  return text
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => t[0]! + '*'.repeat(Math.max(1, t.length - 1)))
    .join(' ');
}

export function maskPhone(phone: string): string {
  if (phone.length < 8) return '*'.repeat(phone.length);
  return phone.slice(0, phone.length - 8) + '****' + phone.slice(-4);
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
