package io.hqd.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The fast path of {@link NumberText#normalize} gives exactly what NFKC plus removing whitespace gives. */
class NormalizeTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The rule as stated: NFKC, no-break and ideographic spaces as spaces, then no whitespace. */
    private static String byNfkc(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(s.replace('\u00a0', ' ').replace('\u3000', ' ')).replaceAll("");
    }

    @Test
    void everyCharacterTheFastPathTakesIsOneNfkcLeavesAlone() {
        for (char c = 0; c < 0xffff; c++) {
            String one = "a" + c + " 医" + c;
            if (NumberText.withoutAsciiSpaces(one) != null) {
                assertEquals(byNfkc(one), NumberText.normalize(one), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void theEdgesOfTheFastPathRanges() {
        // the first and last printable ASCII and CJK unified ideograph are taken; their neighbours are not
        for (char c : new char[] {0x21, 0x7e, 0x4e00, 0x9fff}) {
            assertEquals(String.valueOf(c), NumberText.withoutAsciiSpaces(String.valueOf(c)));
        }
        for (char c : new char[] {0x7f, 0x4dff, 0xa000, 0xff10, 0x3000, 0xa0}) {
            assertNull(NumberText.withoutAsciiSpaces(String.valueOf(c)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void textWithFullWidthFormsOrUnicodeSpacesGoesThroughNfkc() {
        for (String s : List.of("１２３．５", "出院人数（人次）", "12\u00a0345", "门诊\u3000人次", "e\u0301", "Ⅳ级", "㎡", "\t1 2\r\n")) {
            assertEquals(byNfkc(s), NumberText.normalize(s), s);
        }
        assertEquals("", NumberText.normalize(null));
        assertEquals("12.5天", NumberText.normalize(" 12.5 天 "));
    }

    @Test
    void plainTextComesBackAsItIs() {
        String s = "出院人数12.5";
        assertSame(s, NumberText.normalize(s));
    }

    @Test
    void labelKeysAreTheSameFromTheCacheAsComputed() {
        for (int round = 0; round < 2; round++) { // the second round reads the cache
            assertEquals("出院人数(人次)", NameMatcher.rawKey("1、出院人数（人次）"));
            assertEquals("出院人数", NameMatcher.strippedKey("1、出院人数（人次）"));
            assertEquals("出院人数", NameMatcher.strippedKey("（二）出院 人数"));
            assertEquals("(人次)", NameMatcher.strippedKey("(人次)"), "a label that is only a unit keeps it");
            assertEquals("", NameMatcher.rawKey(null));
        }
    }
}
