/** A customer sheet of `rows` rows, every other phone and e-mail in need of a fix, the id column as text (the pane harness and the Cancel tests). */
export function customersNeedingFixes(rows: number): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Total Spend']];
  for (let r = 1; r <= rows; r++) {
    const n = String(10_000_000 + r);
    out.push([`C${r}`, `客户${r}`, r % 2 ? `138-${n.slice(0, 4)}-${n.slice(4)}` : `+86138${n}`, r % 2 ? ` C${r}@EXAMPLE.COM ` : `c${r}@example.com`, r % 3 ? '李娜' : '王强', r * 3]);
  }
  return out;
}
