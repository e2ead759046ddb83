/**
 * Okabe & Ito's eight colours (Color Universal Design, 2002): told apart
 * with every common colour-vision deficiency and in greyscale print, so
 * every format draws its series with them in this order (black last).
 */
export const REPORT_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'] as const;

/** The colour of an unfinished period: the series colour's grey stand-in, drawn hatched or dashed besides. */
export const PARTIAL_COLOUR = '#999999';
