/** ISO 4217 code of a region's currency, for the regions Dossier's users work in; null where unknown (amounts then show without a symbol). */
const CURRENCIES: Readonly<Record<string, string>> = {
  CN: 'CNY', HK: 'HKD', MO: 'MOP', TW: 'TWD', SG: 'SGD', MY: 'MYR', JP: 'JPY', KR: 'KRW',
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', GB: 'GBP', CH: 'CHF', IN: 'INR',
  DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', IE: 'EUR', PT: 'EUR', FI: 'EUR', GR: 'EUR', LU: 'EUR',
};

export function currencyOfRegion(region: string | undefined): string | null {
  return region ? (CURRENCIES[region.toUpperCase()] ?? null) : null;
}
