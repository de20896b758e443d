package io.hqd.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises OpenDocument files (.ods from LibreOffice or WPS): a zip like .xlsx, whose first entry is
 * an uncompressed {@code mimetype} naming the document kind. POI would only say, in English, that the
 * package is not OOXML.
 */
final class OpenDocument {
    private static final String PREFIX = "application/vnd.oasis.opendocument.";

    private OpenDocument() {
    }

    /** The kind in words ("OpenDocument 电子表格（.ods）"), or null when the file is not OpenDocument. */
    static String kind(Path file) {
        byte[] head = new byte[128];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            return null;
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("mimetype" + PREFIX);
        if (at < 0) {
            return null;
        }
        return text.startsWith("spreadsheet", at + 8 + PREFIX.length()) ? "OpenDocument 电子表格（.ods）" : "OpenDocument 文档";
    }
}
