package io.hqd.ingest.read;

import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/** Whether an OOXML package carries a VBA project (an .xlsm, or an .xlsx renamed from one): by its content type or its usual name. */
final class MacroCheck {
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";

    private MacroCheck() {
    }

    static boolean hasMacros(OPCPackage pkg) throws InvalidFormatException {
        return pkg.getParts().stream().anyMatch(p -> p.getContentType().equals(VBA_PROJECT)
                || p.getPartName().getName().toLowerCase(Locale.ROOT).endsWith("/vbaproject.bin"));
    }
}
