package io.hqd.ingest.read;

import java.util.Locale;

/** Whether an OOXML package carries a VBA project (an .xlsm, or an .xlsx renamed from one): by its content type or its usual name. */
final class MacroCheck {
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";

    private MacroCheck() {
    }

    static boolean hasMacros(XlsxZip zip) {
        return zip.parts().stream().anyMatch(p -> VBA_PROJECT.equals(zip.contentType(p))
                || p.toLowerCase(Locale.ROOT).endsWith("/vbaproject.bin"));
    }
}
