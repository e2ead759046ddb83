/**
 * Folds full-width letters, digits and punctuation (`１３８`, `ＡＢＣ`, `＋`,
 * the ideographic space) to their ASCII forms with Unicode NFKC, the
 * normalization Unicode defines for exactly this compatibility mapping.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}
