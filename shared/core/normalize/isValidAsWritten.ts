import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

/**
 * Members of the library's numbering plan that its typings leave out. They
 * are what its own validation reads (`isValid.js`, `helpers/getNumberType.js`,
 * `metadata.js` of libphonenumber-js 1.13).
 */
interface NumberingPlanRules {
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/**
 * The number types the library tries (`getNumberType.js`), mobile first: a
 * number is valid when any type matches, whatever the order, and most phones
 * of a customer file are mobiles (China's fixed-line pattern is its longest).
 */
const NUMBER_TYPES = ['MOBILE', 'FIXED_LINE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
/** The longest calling code (ITU E.164: three digits). */
const MAX_CALLING_CODE_LENGTH = 3;

interface TypeRule {
  readonly pattern: RegExp;
  readonly lengths: readonly number[] | undefined;
}

/** One calling code's rules, compiled from the library's metadata the first time a number with that code is met. */
interface CallingCodeRules {
  /** The national prefix (`0` in China) as the parser strips it; null where there is none. */
  readonly nationalPrefix: RegExp | null;
  readonly nationalNumber: RegExp;
  /** Null when the plan lists no number types: then the national pattern decides alone. */
  readonly types: readonly TypeRule[] | null;
}

/** Countries' calling codes and the non-geographic ones (+800 freephone), as the library's `hasCallingCode` knows them. */
const callingCodes = new Set([...Object.keys(metadataJson.country_calling_codes), ...Object.keys(metadataJson.nonGeographic)]);
const rulesByCallingCode = new Map<string, CallingCodeRules>();

/**
 * Whether an E.164 number (`+` and digits) is valid exactly as written, by
 * the library's own metadata and rules, without its parser or a
 * `PhoneNumber`: most phones of a kept file are E.164 already, and the
 * library builds about ten objects to validate one, which made these
 * checks five times slower than the patterns they run.
 *
 * It answers what `new PhoneNumber(e164, metadata).isValid()` answers (the
 * calling code's main country's plan, the same patterns and possible
 * lengths; tests compare the two on every calling code), except that a
 * number starting with its national prefix after the calling code (`+86 0…`)
 * is not valid as written: the parser strips that prefix, so it is left to
 * the parser. False only means "ask the parser", which also knows a shared
 * calling code's other countries (a Canadian +1 number is not in the US
 * plan this reads).
 */
export function isValidAsWritten(e164: string): boolean {
  for (let end = 2; end <= MAX_CALLING_CODE_LENGTH + 1 && end < e164.length; end++) {
    const callingCode = e164.slice(1, end);
    if (!callingCodes.has(callingCode)) continue;
    // Calling codes are prefix-free, so the first one found is the number's.
    const rules = rulesOf(callingCode);
    const national = e164.slice(end);
    if (rules.nationalPrefix !== null && rules.nationalPrefix.test(national)) return false;
    if (!rules.nationalNumber.test(national)) return false;
    if (rules.types === null) return true;
    for (const type of rules.types) {
      if ((type.lengths === undefined || type.lengths.includes(national.length)) && type.pattern.test(national)) return true;
    }
    return false;
  }
  return false;
}

function rulesOf(callingCode: string): CallingCodeRules {
  let rules = rulesByCallingCode.get(callingCode);
  if (rules === undefined) {
    rulesByCallingCode.set(callingCode, (rules = compileRules(callingCode)));
  }
  return rules;
}

function compileRules(callingCode: string): CallingCodeRules {
  const metadata = new Metadata(metadataJson);
  // A calling code selects its main country's plan, or its non-geographic one (+800), as `PhoneNumber.isValid` does.
  metadata.selectNumberingPlan(callingCode as CountryCode);
  const plan = metadata.numberingPlan as unknown as NumberingPlanRules;
  const prefix = plan.nationalPrefixForParsing();
  const types: TypeRule[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    // A type without a pattern never matches (`isNumberTypeEqualTo`).
    if (type === undefined || !type.pattern()) continue;
    const lengths = type.possibleLengths();
    types.push({ pattern: whole(type.pattern()), lengths: lengths ? lengths : undefined });
  }
  return {
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    nationalNumber: whole(plan.nationalNumberPattern()),
    types: plan.hasTypes() ? types : null,
  };
}

/** A metadata pattern matching a whole number, as the library's `matchesEntirely` applies it. */
function whole(source: string): RegExp {
  return new RegExp(`^(?:${source})$`);
}
