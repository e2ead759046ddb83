import type { CellMark } from '../../core/port/workbookPort';
import { columnLetters } from './cellReference';
import { escapeXml } from './escapeXml';
import { encodeOoxmlEscapes } from './ooxmlEscapes';

/** A sheet's notes as a comments part (ECMA-376 Part 1, 18.7). */
export function commentsXml(notes: readonly CellMark[]): string {
  const list = notes
    .map((n) => `<comment ref="${columnLetters(n.col)}${n.row + 1}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(encodeOoxmlEscapes(n.note ?? ''))}</t></r></text></comment>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Dossier</author></authors><commentList>${list}</commentList></comments>`;
}

/** The VML drawing Excel needs to show a sheet's notes (hidden until the cell is hovered). */
export function notesVml(notes: readonly CellMark[], sheetNumber: number): string {
  const shapes = notes
    .map(
      (n, k) =>
        `<v:shape id="_x0000_s${sheetNumber * 1024 + 1 + k}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${k + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 3}, 15, ${n.row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}
