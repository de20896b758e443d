package io.hqd.ingest.read;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * An .xlsx opened as the zip it is (java.util.zip): its content types, relationships and parts, each part
 * read only when asked for, within the limits (entry size and inflate ratio, as POI's ZipSecureFile checks
 * them). POI's OPCPackage, which it replaces on the streaming path, read every part into memory and built
 * objects for every part and relationship: a tenth of an ingest. A DOCTYPE in the package's own XML refuses
 * the file, as POI did.
 */
final class XlsxZip implements Closeable {
    /** One relationship of a part: the target resolved to a part name (leading "/"), or null when external. */
    record Rel(String id, String type, String target) {
    }

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final String CORE_PROPERTIES =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    /** Bytes read from an entry before its inflate ratio is judged (POI's grace size). */
    private static final long GRACE_BYTES = 100 * 1024;

    private final ZipFile zip;
    private final Limits limits;
    /** Entries by part name, lower case (part names are case-insensitive). */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    /** Set when a part proved to be a zip bomb while streaming: the refusal the caller reports. */
    private RejectedFileException refusal;

    private XlsxZip(ZipFile zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the zip and reads its content types; refuses a zip that is no Office package, or a bomb by its directory. */
    static XlsxZip open(Path file, Limits limits) throws IOException, XMLStreamException, RejectedFileException {
        XlsxZip z = new XlsxZip(new ZipFile(file.toFile()), limits);
        try {
            z.index();
            return z;
        } catch (IOException | XMLStreamException | RejectedFileException | RuntimeException e) {
            z.close();
            throw e;
        }
    }

    private void index() throws IOException, XMLStreamException, RejectedFileException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            if (e.getSize() > limits.maxEntryBytes()) {
                throw bomb();
            }
            entries.put(key("/" + e.getName()), e);
        }
        ZipEntry types = entries.get(key("/[Content_Types].xml"));
        if (types == null) {
            throw FileRule.NOT_A_WORKBOOK.reject("文件是压缩包或其他格式，不是 Excel 工作簿，系统无法读取。请用 Excel 或 WPS 另存为 .xlsx 后重新报送");
        }
        eachStart("/[Content_Types].xml", x -> {
            String type = x.getAttributeValue(null, "ContentType");
            if (x.getLocalName().equals("Default") && x.getAttributeValue(null, "Extension") != null && type != null) {
                defaults.put(x.getAttributeValue(null, "Extension").toLowerCase(Locale.ROOT), type);
            } else if (x.getLocalName().equals("Override") && x.getAttributeValue(null, "PartName") != null && type != null) {
                overrides.put(key(x.getAttributeValue(null, "PartName")), type);
            }
        });
    }

    /** Part names, as in the zip with a leading "/". */
    List<String> parts() {
        List<String> out = new ArrayList<>();
        for (ZipEntry e : entries.values()) {
            out.add("/" + e.getName());
        }
        return out;
    }

    boolean exists(String part) {
        return part != null && entries.containsKey(key(part));
    }

    /** The part's content type: its override, else its extension's default; null when the package names none. */
    String contentType(String part) {
        String type = overrides.get(key(part));
        if (type != null) {
            return type;
        }
        int dot = part.lastIndexOf('.');
        return dot < part.lastIndexOf('/') || dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The relationships of a part ("/" for the package's own), in document order; none when it has no .rels part. */
    List<Rel> relationships(String part) throws IOException, XMLStreamException, RejectedFileException {
        int slash = part.lastIndexOf('/');
        String dir = part.substring(0, slash + 1);
        String rels = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Rel> out = new ArrayList<>();
        if (!exists(rels)) {
            return out;
        }
        eachStart(rels, x -> {
            if (x.getLocalName().equals("Relationship")) {
                String target = x.getAttributeValue(null, "Target");
                boolean external = "External".equals(x.getAttributeValue(null, "TargetMode"));
                out.add(new Rel(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Type"),
                        external || target == null ? null : resolve(dir, target)));
            }
        });
        return out;
    }

    /** The part's bytes, inflated within the limits: a bomb throws, and {@link #refusal} says so. */
    InputStream open(String part) throws IOException {
        ZipEntry e = entries.get(key(part));
        if (e == null) {
            throw new IOException("缺少部件 " + part);
        }
        long compressed = Math.max(1, e.getCompressedSize());
        return new FilterInputStream(zip.getInputStream(e)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limits.maxEntryBytes() || read > GRACE_BYTES && (double) compressed / read < limits.minInflateRatio()) {
                    refusal = bomb();
                    throw new IOException("Zip bomb detected: " + part);
                }
            }
        };
    }

    /**
     * Parses the package's core properties as POI did when it opened a package, only so that a DOCTYPE there
     * still refuses the file (nothing of them is used).
     */
    void checkCoreProperties() throws IOException, XMLStreamException, RejectedFileException {
        for (Rel r : relationships("/")) {
            if (CORE_PROPERTIES.equals(r.type()) && exists(r.target())) {
                eachStart(r.target(), x -> { });
            }
        }
    }

    /** The refusal a part's stream raised (a zip bomb), or null. */
    RejectedFileException refusal() {
        return refusal;
    }

    /** What to do at each start element of the package's own XML. */
    interface OnStart {
        void at(XMLStreamReader x) throws XMLStreamException, RejectedFileException;
    }

    /** Streams a part of the package's own XML (content types, relationships); a DOCTYPE refuses the file. */
    void eachStart(String part, OnStart on) throws IOException, XMLStreamException, RejectedFileException {
        try (InputStream in = open(part)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw FileRule.UNSAFE_XML.reject("文件中含有不允许的 XML 内容（文档类型声明/外部实体），已拒收");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    on.at(x);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static RejectedFileException bomb() {
        return FileRule.ZIP_BOMB.reject("文件解压后异常巨大（疑似压缩炸弹），已拒收");
    }

    private static String key(String part) {
        return part.toLowerCase(Locale.ROOT);
    }

    /** A relationship target as a part name: absolute, or relative to the source part's folder, dot segments removed. */
    static String resolve(String dir, String target) {
        String t = target.contains("%") ? URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8) : target;
        String path = t.startsWith("/") ? t : dir + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(s);
            }
        }
        return "/" + String.join("/", segments);
    }
}
