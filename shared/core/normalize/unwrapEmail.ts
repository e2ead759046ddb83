/** `mailto:` links, with any `?subject=…` they carry. */
const MAILTO = /^mailto:([^?]*)(?:\?.*)?$/i;
/** `Name <address>` as mail programs copy it; the name may be quoted. */
const DISPLAY_NAME = /^[^<>@]*<([^<>]+)>$/;
/** Brackets and quotes pasted around a bare address. */
const WRAPPED = /^[(（[【"'“‘]+([^()（）[\]【】"'“”‘’]+)[)）\]】"'”’]+$/;
/** Punctuation a sentence leaves after an address. */
const TRAILING = /[.,;:。，；：]+$/;

/**
 * The address inside the ways people paste one: a `mailto:` link, a display
 * name with the address in angle brackets, brackets or quotes around it,
 * a full stop or comma after it. The text is already width-folded and
 * trimmed; `。` and `．` in a host name are read as dots. Text that holds
 * more than one `@` is returned as it is (two addresses are an error).
 */
export function unwrapEmail(text: string): string {
  let t = text;
  const mailto = MAILTO.exec(t);
  if (mailto) t = mailto[1]!.trim();
  const named = DISPLAY_NAME.exec(t);
  if (named) t = named[1]!.trim();
  const wrapped = WRAPPED.exec(t);
  if (wrapped) t = wrapped[1]!.trim();
  t = t.replace(TRAILING, '').replace(/[。．]/g, '.');
  return t.indexOf('@') === t.lastIndexOf('@') ? t : text;
}
