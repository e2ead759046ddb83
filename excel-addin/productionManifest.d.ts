export const DEV_BASE_URL: string;
export const DEFAULT_BASE_URL: string;
export function productionBaseUrl(env?: Record<string, string | undefined>): string;
export function productionManifest(xml: string, baseUrl: string): string;
