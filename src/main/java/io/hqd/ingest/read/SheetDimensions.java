package io.hqd.ingest.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * Refuses absurd sheets before building the workbook: a streaming pass over each worksheet's XML
 * counts rows and the widest column in constant memory. A DOCTYPE in a sheet is refused outright.
 */
final class SheetDimensions {
    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final Limits limits;

    SheetDimensions(Limits limits) {
        this.limits = limits;
    }

    void check(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getPartsByContentType(WORKSHEET)) {
            int rows = 0;
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                try {
                    while (r.hasNext()) {
                        int ev = r.next();
                        if (ev == XMLStreamConstants.DTD) {
                            throw FileRule.UNSAFE_XML.reject("工作表中含有文档类型声明（DTD），已拒收");
                        }
                        if (ev != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        String name = r.getLocalName();
                        if (name.equals("row") && ++rows > limits.maxRows()) {
                            throw tooBig("行数超过 " + limits.maxRows());
                        }
                        if (name.equals("c")) {
                            String ref = r.getAttributeValue(null, "r");
                            if (ref != null && new CellReference(ref).getCol() >= limits.maxColumns()) {
                                throw tooBig("列数超过 " + limits.maxColumns() + "（单元格 " + ref + "）");
                            }
                        }
                    }
                } finally {
                    r.close();
                }
            }
        }
    }

    void check(Workbook wb) throws RejectedFileException {
        for (Sheet s : wb) {
            if (s.getLastRowNum() >= limits.maxRows()) {
                throw tooBig("工作表「" + s.getSheetName() + "」行数超过 " + limits.maxRows());
            }
            for (Row row : s) {
                if (row.getLastCellNum() > limits.maxColumns()) {
                    throw tooBig("工作表「" + s.getSheetName() + "」列数超过 " + limits.maxColumns());
                }
            }
        }
    }

    private RejectedFileException tooBig(String what) {
        return FileRule.TOO_MANY_CELLS.reject("表格尺寸异常（" + what + "），不是正常的季度报表，已拒收");
    }
}
