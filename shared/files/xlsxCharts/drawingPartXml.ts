import type { ChartSpec } from '../../core/port/workbookPort';

const DEFAULT_COLUMNS = 8;
const DEFAULT_ROWS = 15;

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one graphic frame per
 * chart, anchored by two cells so it moves and sizes with the grid; the
 * n-th chart refers to the drawing's relationship `rId{n+1}`.
 */
export function drawingPartXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const toCol = chart.anchorCol + (chart.widthColumns ?? DEFAULT_COLUMNS);
    const toRow = chart.anchorRow + (chart.heightRows ?? DEFAULT_ROWS);
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${chart.anchorCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchorRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`;
}
