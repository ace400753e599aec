import type { Feature } from 'write-excel-file/universal';
import {
  findElement,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** How each sheet prints: the row of column headers repeated on every page. */
export interface SheetPrint {
  name: string;
  /** 1-based row number of the column headers. */
  headerRow: number;
}

// Children of <worksheet> in the order the format requires (ECMA-376 part 1, CT_Worksheet).
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture',
  'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

function put(xml: string, tag: string, markup: string): string {
  const existing = findElement(xml, tag);
  return existing ? replaceElement(xml, existing, markup) : insertElementMarkupAccordingToOrderOfSiblings(xml, markup, WORKSHEET_ORDER, 'worksheet');
}

/** A sheet name quoted for a formula: 'Hồ sơ'!$5:$5. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * A write-excel-file feature that makes each sheet print as a report page: A4
 * landscape, scaled to the page's width (as many pages down as it takes),
 * centred, narrow margins, the header row repeated on every page and
 * "Trang N/M" at the foot. The library writes none of this itself.
 */
export function printLayout(sheets: readonly SheetPrint[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml: string) {
            let out = put(xml, 'sheetPr', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
            out = put(out, 'printOptions', getSelfClosingTagMarkup('printOptions', { horizontalCentered: 1 }));
            out = put(out, 'pageMargins', getSelfClosingTagMarkup('pageMargins', { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }));
            out = put(out, 'pageSetup', getSelfClosingTagMarkup('pageSetup', { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 }));
            return put(out, 'headerFooter', `<headerFooter><oddFooter>${sanitizeTextContent('&CTrang &P/&N')}</oddFooter></headerFooter>`);
          },
        },
        'xl/workbook.xml': {
          transform(xml: string) {
            const names = sheets
              .map((s, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sanitizeTextContent(`${quoted(s.name)}!$${s.headerRow}:$${s.headerRow}`)}</definedName>`)
              .join('');
            const existing = findElement(xml, 'definedNames');
            const markup = `<definedNames>${names}</definedNames>`;
            return existing ? replaceElement(xml, existing, markup) : insertElementMarkupAccordingToOrderOfSiblings(xml, markup, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
          },
        },
      },
    },
  };
}
