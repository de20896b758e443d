package io.hqd.ingest.read;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/** Whether an OOXML package carries a VBA project (an .xlsm, or an .xlsx renamed from one). */
final class MacroCheck {
    private MacroCheck() {
    }

    static boolean hasMacros(OPCPackage pkg) throws InvalidFormatException {
        return !pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty()
                || pkg.getParts().stream().anyMatch(p -> p.getPartName().getName().toLowerCase().endsWith("vbaproject.bin"))
                || pkg.getParts().stream().anyMatch(p -> p.getContentType().contains("macroEnabled"));
    }
}
