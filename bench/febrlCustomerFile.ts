import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../shared/core/cell';

/**
 * A FEBRL file read as a customer file of the default template: Name
 * (given name + surname), Address (street number, address lines,
 * postcode), City (suburb), Province/State and Birthday, and no identifier
 * column (soc_sec_id and rec_id are left out). `entities[k]` is the person
 * of data row k (rec-N-…), the ground truth, never shown to matching.
 */
export function febrlCustomerFile(dir: string, file: string): { values: CellValue[][]; entities: string[] } {
  const lines = readFileSync(join(dir, file), 'latin1').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]!.split(',').map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  const [rec, given, surname, number, line1, line2, suburb, postcode, state, dob] = ['rec_id', 'given_name', 'surname', 'street_number', 'address_1', 'address_2', 'suburb', 'postcode', 'state', 'date_of_birth'].map(col);
  const values: CellValue[][] = [['Name', 'Address', 'City', 'Province/State', 'Birthday']];
  const entities: string[] = [];
  for (const line of lines.slice(1)) {
    // FEBRL puts a space after every comma, and its values hold no commas.
    const f = line.split(',').map((v) => v.trim());
    const join = (parts: Array<string | undefined>, sep: string) => parts.filter((p) => p).join(sep) || null;
    entities.push(/^rec-(\d+)/.exec(f[rec!]!)![1]!);
    values.push([
      join([f[given!], f[surname!]], ' '),
      join([join([f[number!], f[line1!]], ' ') ?? undefined, f[line2!], f[postcode!]], ', '),
      f[suburb!] || null,
      f[state!] || null,
      f[dob!] || null,
    ]);
  }
  return { values, entities };
}
