package io.hqd.ingest.receipt;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import io.hqd.ingest.read.Grid;
import io.hqd.ingest.read.GridSheet;
import io.hqd.ingest.read.SheetPrint;

/**
 * The workbook-level parts of a receipt {@link MarkedReceipt} writes: the workbook (sheets, their visibility, the
 * repeated rows and print areas {@link SheetCopy} and {@link ExcelReceipt#layout} set with POI), its relationships
 * and the package's content types. Sheet {@code n} (1: 回执) is {@code xl/worksheets/sheet<n>.xml}, relationship rId{@code n+1}.
 */
final class ReceiptWorkbookXml {
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private ReceiptWorkbookXml() {
    }

    static String workbook(Grid submitted, List<String> names) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"").append(CopiedSheetXml.MAIN)
                .append("\" xmlns:r=\"").append(RELS.substring(0, RELS.length() - 1)).append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            x.append("<sheet name=\"").append(CleanReceipt.xml(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 2).append('"');
            GridSheet.Visibility v = i == 0 ? GridSheet.Visibility.VISIBLE : submitted.sheets().get(i - 1).visibility();
            x.append(switch (v) {
                case VISIBLE -> "";
                case HIDDEN -> " state=\"hidden\"";
                case VERY_HIDDEN -> " state=\"veryHidden\"";
            }).append("/>");
        }
        x.append("</sheets><definedNames>");
        name(x, "_xlnm.Print_Titles", 0, SheetNameFormatter.format(ExcelReceipt.SHEET) + "!$" + (ExcelReceipt.HEADER_ROW + 1)
                + ":$" + (ExcelReceipt.HEADER_ROW + 1));
        for (int i = 1; i < names.size(); i++) {
            GridSheet src = submitted.sheets().get(i - 1);
            SheetPrint p = src.print();
            String sheet = SheetNameFormatter.format(names.get(i));
            int header = SheetCopy.headerRow(src);
            CellRangeAddress rows = p.titleRows() != null ? p.titleRows()
                    : header >= 0 ? new CellRangeAddress(0, header, -1, -1) : null;
            List<String> titles = new ArrayList<>();
            if (p.titleColumns() != null) {
                titles.add(sheet + "!$" + CellReference.convertNumToColString(p.titleColumns().getFirstColumn()) + ":$"
                        + CellReference.convertNumToColString(p.titleColumns().getLastColumn()));
            }
            if (rows != null) {
                titles.add(sheet + "!$" + (rows.getFirstRow() + 1) + ":$" + (rows.getLastRow() + 1));
            }
            if (!titles.isEmpty()) {
                name(x, "_xlnm.Print_Titles", i, String.join(",", titles));
            }
            if (p.area() != null) {
                CellRangeAddress a = p.area();
                name(x, "_xlnm.Print_Area", i, sheet + "!" + new CellReference(a.getFirstRow(), a.getFirstColumn(), true, true)
                        .formatAsString() + ":" + new CellReference(a.getLastRow(), a.getLastColumn(), true, true).formatAsString());
            }
        }
        return x.append("</definedNames></workbook>").toString();
    }

    private static void name(StringBuilder x, String name, int sheet, String formula) {
        x.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append("\">")
                .append(CleanReceipt.xml(formula)).append("</definedName>");
    }

    static String workbookRels(int copied) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                .append("<Relationship Id=\"rId1\" Target=\"styles.xml\" Type=\"").append(RELS).append("styles\"/>");
        for (int i = 1; i <= copied + 1; i++) {
            x.append("<Relationship Id=\"rId").append(i + 1).append("\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\" Type=\"").append(RELS).append("worksheet\"/>");
        }
        return x.append("</Relationships>").toString();
    }

    static String contentTypes(int copied, List<List<CopiedSheetXml.Marked>> notes) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"").append(OFFICE).append("vmlDrawing\" Extension=\"vml\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("extended-properties+xml\" PartName=\"/docProps/app.xml\"/>")
                .append("<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.styles+xml\" PartName=\"/xl/styles.xml\"/>")
                .append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>");
        for (int i = 1; i <= copied + 1; i++) {
            x.append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/sheet")
                    .append(i).append(".xml\"/>");
            if (i > 1 && !notes.get(i - 2).isEmpty()) {
                x.append("<Override ContentType=\"").append(OFFICE).append("spreadsheetml.comments+xml\" PartName=\"/xl/comments")
                        .append(i).append(".xml\"/>");
            }
        }
        return x.append("</Types>").toString();
    }

}
