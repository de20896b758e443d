package io.hqd.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

/**
 * A lean pull scanner over the inflated bytes of a sheet or shared-strings part: start and end tags, attributes
 * read where they lie (no maps), element text with references and CDATA decoded. The JDK's StAX parser, which it
 * replaces for these parts, was a fifth of an ingest. It keeps the parser's refusals: a DOCTYPE anywhere refuses
 * the file as unsafe, and anything not well-formed (bad UTF-8 or characters, unmatched tags, unknown entities, text
 * outside the root, a start tag inside a value) throws {@link XMLStreamException}, which the opener reports as a
 * damaged file just as it did the parser's. Namespace prefixes are tolerated and ignored ({@code <x:c>} is
 * {@code c}); a prefixed attribute never matches a plain name, as with StAX.
 */
final class SheetXmlScanner {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;

    private final byte[] b;
    private final int n;
    private int p;
    /** Open elements' qualified names (start, length), to match end tags. */
    private int[] open = new int[32];
    private int depth;
    private boolean rootSeen;
    /** The last start tag closed itself: the next event is its end. */
    private boolean selfClosed;
    /** The current tag's local name. */
    private int localStart;
    private int localEnd;
    /** The current start tag's attributes: name start, name end, value start, value end (inside the quotes). */
    private int[] attrs = new int[32];
    private int attrCount;

    private SheetXmlScanner(byte[] bytes, int from) {
        this.b = bytes;
        this.n = bytes.length;
        this.p = from;
    }

    /** A scanner over a part's bytes: UTF-8 (with or without BOM), or transcoded from the encoding it declares. */
    static SheetXmlScanner of(byte[] bytes) throws XMLStreamException {
        byte[] utf8 = utf8(bytes);
        int from = utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF ? 3 : 0;
        checkCharacters(utf8, from);
        SheetXmlScanner s = new SheetXmlScanner(utf8, from);
        s.declaration();
        return s;
    }

    /** The bytes as UTF-8: a UTF-16 BOM or another declared encoding is decoded first (no writer of xlsx does this; some tool might). */
    private static byte[] utf8(byte[] bytes) throws XMLStreamException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16).getBytes(StandardCharsets.UTF_8);
        }
        String declared = declaredEncoding(bytes);
        if (declared == null || declared.equalsIgnoreCase("UTF-8") || declared.equalsIgnoreCase("UTF8")) {
            return bytes;
        }
        try {
            return new String(bytes, Charset.forName(declared)).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException("unsupported encoding " + declared);
        }
    }

    /** The encoding named by an XML declaration at the start, or null. */
    private static String declaredEncoding(byte[] b) {
        if (!startsWith(b, 0, "<?xml")) {
            return null;
        }
        int end = Math.min(b.length, 200);
        String head = new String(b, 0, end, StandardCharsets.ISO_8859_1);
        int close = head.indexOf("?>");
        int at = head.indexOf("encoding");
        if (close < 0 || at < 0 || at > close) {
            return null;
        }
        int q = at + 8;
        while (q < close && (head.charAt(q) == ' ' || head.charAt(q) == '=' || head.charAt(q) == '\t' || head.charAt(q) == '\r' || head.charAt(q) == '\n')) {
            q++;
        }
        if (q >= close || head.charAt(q) != '"' && head.charAt(q) != '\'') {
            return null;
        }
        int qe = head.indexOf(head.charAt(q), q + 1);
        return qe < 0 || qe > close ? null : head.substring(q + 1, qe);
    }

    /** Every byte is well-formed UTF-8 of a character XML 1.0 allows (no controls but tab and line ends, no surrogates, no U+FFFE/FFFF). */
    static void checkCharacters(byte[] b, int from) throws XMLStreamException {
        int i = from;
        while (i < b.length) {
            int c = b[i];
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c >= 0) {
                throw malformed("invalid character 0x" + Integer.toHexString(c), i);
            }
            int lead = c & 0xFF;
            int len = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                throw malformed("invalid UTF-8", i);
            }
            int cp = lead & (0x7F >> len);
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    throw malformed("invalid UTF-8", i);
                }
                cp = cp << 6 | cc & 0x3F;
            }
            int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (cp < min || !legal(cp)) {
                throw malformed("invalid UTF-8 or character", i);
            }
            i += len;
        }
    }

    /** Skips an XML declaration at the very start; one anywhere else is an error (as a processing instruction named xml). */
    private void declaration() throws XMLStreamException {
        if (startsWith(b, p, "<?xml") && p + 5 < n && space(b[p + 5])) {
            int close = find("?>", p + 5);
            p = close + 2;
        }
    }

    /** The next start or end tag (text, comments and processing instructions between them are checked and skipped), or EOF. */
    int next() throws XMLStreamException, RejectedFileException {
        if (selfClosed) {
            selfClosed = false;
            depth--;
            return END;
        }
        while (true) {
            skipText();
            if (p >= n) {
                if (depth > 0 || !rootSeen) {
                    throw malformed("document ends before its elements close", p);
                }
                return EOF;
            }
            byte c = at(p + 1);
            if (c == '/') {
                endTag();
                return END;
            }
            if (c == '!' || c == '?') {
                markup();
                continue;
            }
            startTag();
            return START;
        }
    }

    /** Whether the current tag's local name (its prefix ignored) is {@code name}. */
    boolean is(String name) {
        int len = localEnd - localStart;
        if (len != name.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[localStart + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the current start tag's unprefixed attribute {@code name}, decoded, or null. */
    String attr(String name) throws XMLStreamException {
        for (int a = 0; a < attrCount * 4; a += 4) {
            if (same(attrs[a], attrs[a + 1], name)) {
                return decode(attrs[a + 2], attrs[a + 3], true);
            }
        }
        return null;
    }

    /**
     * The text of the current element, read to its end tag (the current event becomes that end): text, references
     * and CDATA joined, comments and processing instructions skipped; a child element is an error, as with StAX.
     */
    String elementText() throws XMLStreamException, RejectedFileException {
        if (selfClosed) {
            selfClosed = false;
            depth--;
            return "";
        }
        String one = null;
        StringBuilder more = null;
        while (true) {
            int s = p;
            while (p < n && b[p] != '<') {
                p++;
            }
            if (p >= n) {
                throw malformed("document ends inside an element", p);
            }
            String piece = null;
            if (p > s) {
                piece = decode(s, p, false);
            } else if (startsWith(b, p, "<![CDATA[")) {
                piece = cdata();
            } else if (at(p + 1) == '/') {
                endTag();
                return more != null ? more.toString() : one != null ? one : "";
            } else if (at(p + 1) == '!' || at(p + 1) == '?') {
                markup();
            } else {
                throw malformed("a start tag where only text may be", p);
            }
            if (piece != null) {
                if (one == null) {
                    one = piece;
                } else {
                    if (more == null) {
                        more = new StringBuilder(one);
                    }
                    more.append(piece);
                }
            }
        }
    }

    /** Text between tags that nobody reads: still checked (references, {@code ]]>}, nothing but spaces outside the root). */
    private void skipText() throws XMLStreamException {
        while (p < n) {
            byte c = b[p];
            if (c == '<') {
                return;
            }
            if (depth == 0 && !space(c)) {
                throw malformed("text outside the root element", p);
            }
            if (c == '&') {
                p = reference(p, null);
                continue;
            }
            if (c == '>' && p >= 2 && b[p - 1] == ']' && b[p - 2] == ']') {
                throw malformed("]]> in text", p);
            }
            p++;
        }
    }

    /** A comment, a processing instruction, CDATA (in {@link #elementText} only) or a DOCTYPE, which refuses the file. */
    private void markup() throws XMLStreamException, RejectedFileException {
        if (startsWith(b, p, "<!--")) {
            int close = find("--", p + 4);
            if (at(close + 2) != '>') {
                throw malformed("-- inside a comment", close);
            }
            p = close + 3;
        } else if (startsWith(b, p, "<!DOCTYPE")) {
            throw FileRule.UNSAFE_XML.reject("工作表中含有文档类型声明（DTD），已拒收");
        } else if (startsWith(b, p, "<![CDATA[")) {
            if (depth == 0) {
                throw malformed("CDATA outside the root element", p);
            }
            cdata();
        } else if (at(p + 1) == '?') {
            int s = p + 2;
            int e = name(s);
            if (e == s || e - s == 3 && (b[s] | 0x20) == 'x' && (b[s + 1] | 0x20) == 'm' && (b[s + 2] | 0x20) == 'l') {
                throw malformed("a processing instruction without a target, or named xml", p);
            }
            p = find("?>", e) + 2;
        } else {
            throw malformed("unknown markup", p);
        }
    }

    /** A CDATA section's text, line ends normalised. */
    private String cdata() throws XMLStreamException {
        int s = p + 9;
        int e = find("]]>", s);
        p = e + 3;
        String raw = new String(b, s, e - s, StandardCharsets.UTF_8);
        return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void startTag() throws XMLStreamException {
        if (depth == 0 && rootSeen) {
            throw malformed("a second root element", p);
        }
        int s = p + 1;
        int e = qname(s);
        int local = localStart; // attribute names below move it
        attrCount = 0;
        p = e;
        while (true) {
            int before = p;
            while (p < n && space(b[p])) {
                p++;
            }
            byte c = at(p);
            if (c == '>') {
                p++;
                break;
            }
            if (c == '/' && at(p + 1) == '>') {
                p += 2;
                selfClosed = true;
                break;
            }
            if (p == before) {
                throw malformed("attributes must be separated by spaces", p);
            }
            attribute();
        }
        localStart = local;
        localEnd = e;
        push(s, e);
        rootSeen = true;
    }

    private void attribute() throws XMLStreamException {
        int ns = p;
        int ne = qname(ns);
        p = ne;
        while (p < n && space(b[p])) {
            p++;
        }
        if (at(p) != '=') {
            throw malformed("= expected after an attribute's name", p);
        }
        p++;
        while (p < n && space(b[p])) {
            p++;
        }
        byte q = at(p);
        if (q != '"' && q != '\'') {
            throw malformed("a quoted attribute value expected", p);
        }
        int vs = ++p;
        while (p < n && b[p] != q) {
            if (b[p] == '<') {
                throw malformed("< in an attribute value", p);
            }
            p = b[p] == '&' ? reference(p, null) : p + 1;
        }
        if (p >= n) {
            throw malformed("unterminated attribute value", vs);
        }
        for (int a = 0; a < attrCount * 4; a += 4) {
            if (attrs[a + 1] - attrs[a] == ne - ns && java.util.Arrays.equals(b, attrs[a], attrs[a + 1], b, ns, ne)) {
                throw malformed("an attribute given twice", ns);
            }
        }
        if (attrCount * 4 == attrs.length) {
            attrs = java.util.Arrays.copyOf(attrs, attrs.length * 2);
        }
        int a = attrCount++ * 4;
        attrs[a] = ns;
        attrs[a + 1] = ne;
        attrs[a + 2] = vs;
        attrs[a + 3] = p;
        p++;
    }

    private void endTag() throws XMLStreamException {
        int s = p + 2;
        int e = qname(s);
        p = e;
        while (p < n && space(b[p])) {
            p++;
        }
        if (at(p) != '>') {
            throw malformed("> expected to close an end tag", p);
        }
        p++;
        if (depth == 0) {
            throw malformed("an end tag without its start", s);
        }
        int os = open[2 * (depth - 1)];
        int oe = open[2 * (depth - 1) + 1];
        if (oe - os != e - s || !java.util.Arrays.equals(b, os, oe, b, s, e)) {
            throw malformed("an end tag that does not match its start", s);
        }
        depth--;
        attrCount = 0;
    }

    private void push(int s, int e) {
        if (2 * depth + 1 >= open.length) {
            open = java.util.Arrays.copyOf(open, open.length * 2);
        }
        open[2 * depth] = s;
        open[2 * depth + 1] = e;
        depth++;
    }

    /** A qualified name from {@code s}: sets the local name (after the one colon allowed); returns its end. */
    private int qname(int s) throws XMLStreamException {
        int e = name(s);
        if (e == s) {
            throw malformed("a name expected", s);
        }
        int colon = -1;
        for (int i = s; i < e; i++) {
            if (b[i] == ':') {
                if (colon >= 0 || i == s || i == e - 1) {
                    throw malformed("a name with a misplaced colon", s);
                }
                colon = i;
            }
        }
        localStart = colon < 0 ? s : colon + 1;
        localEnd = e;
        return e;
    }

    /** The end of an XML name starting at {@code s} (s itself when there is none). */
    private int name(int s) {
        if (s >= n || !nameStart(b[s])) {
            return s;
        }
        int i = s + 1;
        while (i < n && (nameStart(b[i]) || b[i] >= '0' && b[i] <= '9' || b[i] == '-' || b[i] == '.')) {
            i++;
        }
        return i;
    }

    private static boolean nameStart(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c < 0;
    }

    /**
     * The text of bytes [s, e): references decoded, line ends normalised (in an attribute, every tab and line end
     * becomes a space, as XML prescribes; a character reference is kept as it is).
     */
    private String decode(int s, int e, boolean attribute) throws XMLStreamException {
        int i = s;
        while (i < e) {
            byte c = b[i];
            if (c == '&' || c == '\r' || attribute && (c == '\n' || c == '\t')) {
                break;
            }
            if (!attribute && c == '>' && i - s >= 2 && b[i - 1] == ']' && b[i - 2] == ']') {
                throw malformed("]]> in text", i);
            }
            i++;
        }
        if (i == e) {
            return new String(b, s, e - s, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(e - s);
        int run = s;
        while (i < e) {
            byte c = b[i];
            if (c == '&' || c == '\r' || attribute && (c == '\n' || c == '\t')) {
                out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                if (c == '&') {
                    i = reference(i, out);
                } else {
                    out.append(attribute ? ' ' : '\n');
                    i += c == '\r' && i + 1 < e && b[i + 1] == '\n' ? 2 : 1;
                }
                run = i;
                continue;
            }
            if (!attribute && c == '>' && i - s >= 2 && b[i - 1] == ']' && b[i - 2] == ']') {
                throw malformed("]]> in text", i);
            }
            i++;
        }
        out.append(new String(b, run, e - run, StandardCharsets.UTF_8));
        return out.toString();
    }

    /** Reads the reference at {@code at} (an {@code &}), appending its character to {@code out} when given; returns the position after it. */
    private int reference(int at, StringBuilder out) throws XMLStreamException {
        int end = at + 1;
        while (end < n && end - at <= 40 && b[end] != ';') {
            end++;
        }
        if (end >= n || b[end] != ';') {
            throw malformed("an unterminated reference", at);
        }
        int cp;
        if (at(at + 1) == '#') {
            boolean hex = at(at + 2) == 'x';
            int i = at + (hex ? 3 : 2);
            if (i == end) {
                throw malformed("an empty character reference", at);
            }
            cp = 0;
            for (; i < end; i++) {
                int d = Character.digit(b[i], hex ? 16 : 10);
                if (d < 0 || b[i] < 0) {
                    throw malformed("a bad character reference", at);
                }
                cp = cp * (hex ? 16 : 10) + d;
                if (cp > 0x10FFFF) {
                    throw malformed("a character reference out of range", at);
                }
            }
            if (!legal(cp)) {
                throw malformed("a reference to a character XML does not allow", at);
            }
        } else if (same(at + 1, end, "amp")) {
            cp = '&';
        } else if (same(at + 1, end, "lt")) {
            cp = '<';
        } else if (same(at + 1, end, "gt")) {
            cp = '>';
        } else if (same(at + 1, end, "quot")) {
            cp = '"';
        } else if (same(at + 1, end, "apos")) {
            cp = '\'';
        } else {
            throw malformed("an undeclared entity", at);
        }
        if (out != null) {
            out.appendCodePoint(cp);
        }
        return end + 1;
    }

    /** Characters XML 1.0 allows. */
    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private boolean same(int s, int e, String ascii) {
        if (e - s != ascii.length()) {
            return false;
        }
        for (int i = 0; i < e - s; i++) {
            if (b[s + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The position of {@code what} from {@code from}; its absence is a document cut short. */
    private int find(String what, int from) throws XMLStreamException {
        outer:
        for (int i = from; i + what.length() <= n; i++) {
            for (int k = 0; k < what.length(); k++) {
                if (b[i + k] != what.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        throw malformed("document ends before " + what, from);
    }

    private byte at(int i) {
        return i < n ? b[i] : 0;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static XMLStreamException malformed(String what, int at) {
        return new XMLStreamException("not well-formed XML: " + what + " (byte " + at + ")");
    }
}
