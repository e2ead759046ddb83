// Gives bundled Node-style libraries (iconv-lite) the Buffer they expect, in the browser preview only.
export { Buffer } from 'buffer';
