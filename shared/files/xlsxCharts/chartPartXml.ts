import type { CellValue } from '../../core/cell';
import { cellToText } from '../../core/normalize/cellToText';
import type { ChartSpec } from '../../core/port/workbookPort';
import { cellRef } from './cellRef';
import { escapeXml } from './escapeXml';

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DEFAULT_COLOUR = '0072B2';
const TEXT = '595959';

/**
 * One chart part (xl/charts/chartN.xml, ECMA-376 Part 1 §21.2) for a
 * ChartSpec over cells of `sheet`: series refer to the cells, so the chart
 * follows edits, and carry cached values, so a reader draws it without
 * recalculating. Element order follows the schema's sequences, which Excel
 * enforces (an element out of order makes it "repair" the file).
 */
export function chartPartXml(chart: ChartSpec, sheet: string, values: readonly (readonly CellValue[])[]): string {
  const lang = /\p{Script=Han}/u.test(chart.title) ? 'zh' : 'en';
  const points = chart.rowCount - 1;
  const firstData = chart.sourceRow + 1;
  const series = chart.seriesColumns ?? Array.from({ length: chart.columnCount - 1 }, (_, i) => i + 1);
  const colours = (chart.colors ?? []).map((c) => c.replace('#', '').toUpperCase());
  const cell = (r: number, c: number): CellValue => values[r]?.[c] ?? null;
  const categories = Array.from({ length: points }, (_, i) => cellToText(cell(firstData + i, chart.sourceCol)));
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(cellRef(sheet, firstData, chart.sourceCol, points))}</c:f><c:strCache><c:ptCount val="${points}"/>${categories.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  const format = escapeXml(chart.numberFormat || 'General');
  const ser = series
    .map((s, k) => {
      const col = chart.sourceCol + s;
      const colour = colours[k] ?? DEFAULT_COLOUR;
      const name = cellToText(cell(chart.sourceRow, col));
      const nums = Array.from({ length: points }, (_, i) => cell(firstData + i, col));
      const tx = `<c:tx><c:strRef><c:f>${escapeXml(cellRef(sheet, chart.sourceRow, col))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
      const val = `<c:val><c:numRef><c:f>${escapeXml(cellRef(sheet, firstData, col, points))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${points}"/>${nums
        .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
        .join('')}</c:numCache></c:numRef></c:val>`;
      const head = `<c:idx val="${k}"/><c:order val="${k}"/>${tx}`;
      if (chart.kind === 'pie') {
        const dPts = categories.map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${fill(colours[i % Math.max(1, colours.length)] ?? DEFAULT_COLOUR)}<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`).join('');
        return `<c:ser>${head}${dPts}${labels(format, 'pie')}${cat}${val}</c:ser>`;
      }
      if (chart.kind === 'line') {
        const dPt = chart.partialLast && points > 0 ? `<c:dPt><c:idx val="${points - 1}"/><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker><c:bubble3D val="0"/><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr></c:dPt>` : '';
        return `<c:ser>${head}<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(colour)}</c:spPr></c:marker>${dPt}${labels(format, 'line')}${cat}${val}<c:smooth val="0"/></c:ser>`;
      }
      // The unfinished period: hatched in the series colour with a dashed outline, apart in colour and in greyscale print.
      const dPt = chart.partialLast && points > 0 ? `<c:dPt><c:idx val="${points - 1}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${colour}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill><a:ln w="12700"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr></c:dPt>` : '';
      return `<c:ser>${head}<c:spPr>${fill(colour)}</c:spPr><c:invertIfNegative val="0"/>${dPt}${labels(format, 'bar')}${cat}${val}</c:ser>`;
    })
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"><a:solidFill><a:srgbClr val="262626"/></a:solidFill></a:defRPr></a:pPr><a:r><a:rPr lang="${lang === 'zh' ? 'zh-CN' : 'en-US'}" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  let plot: string;
  if (chart.kind === 'pie') {
    plot = `<c:pieChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const horizontal = chart.kind === 'bar';
    const body = chart.kind === 'line' ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>` : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
    const scale = `${chart.axisMax !== undefined ? `<c:max val="${chart.axisMax}"/>` : ''}${chart.axisMin !== undefined ? `<c:min val="${chart.axisMin}"/>` : ''}`;
    // Horizontal bars list categories top-down in the table's order (reversed axis), with the value axis kept at the bottom.
    const catAx = `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>${axisText(0)}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
    // Every bar and point carries its value, so the value axis shows only where the measure has a scale (1–5, 0–100%):
    // no long amount labels to turn, less ink.
    const hideAxis = chart.axisMin === undefined && chart.axisMax === undefined;
    const valAx = `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${scale}</c:scaling><c:delete val="${hideAxis ? 1 : 0}"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${axisText(0)}<c:crossAx val="1001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${chart.axisMax !== undefined && chart.axisMin !== undefined && chart.axisMax - chart.axisMin <= 5 ? `<c:majorUnit val="${chart.axisMax - chart.axisMin <= 1 ? 0.25 : 1}"/>` : ''}</c:valAx>`;
    plot = `${body}${catAx}${valAx}`;
  }
  const legend = chart.kind === 'pie' || series.length > 1 ? `<c:legend><c:legendPos val="${chart.kind === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/>${axisText(0)}</c:legend>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`;
}

function fill(colour: string): string {
  return `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
}

/** Axis and legend text: grey, 9 pt, never rotated (rot 0 makes Excel wrap a long label instead of turning it). */
function axisText(rot: number): string {
  return `<c:txPr><a:bodyPr rot="${rot}" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="${TEXT}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

/** Values written on the bars (the reader needs no gridline to read a figure); a pie shows shares. */
function labels(format: string, kind: 'bar' | 'line' | 'pie'): string {
  const pie = kind === 'pie';
  return `<c:dLbls><c:numFmt formatCode="${pie ? '0%' : format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${axisText(0)}<c:dLblPos val="${pie ? 'bestFit' : kind === 'line' ? 't' : 'outEnd'}"/><c:showLegendKey val="0"/><c:showVal val="${pie ? 0 : 1}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="${pie ? 1 : 0}"/><c:showBubbleSize val="0"/>${pie ? '<c:showLeaderLines val="1"/>' : ''}</c:dLbls>`;
}
