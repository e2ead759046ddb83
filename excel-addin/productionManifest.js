// The manifest's development URLs (the https dev server on localhost:3000)
// rewritten to where the production build is hosted. Shared by the webpack
// build and the manifest test.
const DEV_BASE_URL = 'https://localhost:3000/';
/** Where the production build is served unless DOSSIER_BASE_URL says otherwise: a placeholder host, so a real deployment sets DOSSIER_BASE_URL (see excel-addin/webpack.config.js). */
const DEFAULT_BASE_URL = 'https://dossier.example.com/excel/';

function productionBaseUrl(env = process.env) {
  const base = (env.DOSSIER_BASE_URL || DEFAULT_BASE_URL).trim();
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (!/^https:\/\/[^/\s]+\//.test(withSlash)) {
    throw new Error(`DOSSIER_BASE_URL must be an https:// address (Office loads add-ins only over https); got "${base}".`);
  }
  return withSlash;
}

function productionManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, DEFAULT_BASE_URL, productionBaseUrl, productionManifest };
