package io.hqd.ingest.read;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.hqd.catalog.Indicator;

/**
 * Finds the element a header or row label means, by code, catalog name or alias (the catalog's
 * {@code aliases} column). Labels are compared after removing numbering ("1、", "（二）"), spaces,
 * full-width forms and a trailing unit in brackets ("出院人数（人次）").
 */
public final class NameMatcher {

    /** Outline numbering before a label; "2.1.3" is tried before "2." so it goes as a whole. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^([0-9]+(\\.[0-9]+)+|[(（]?[0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[、.．)）])");
    private static final Pattern TRAILING_UNIT = Pattern.compile("[(（][^()（）]{1,8}[)）]$");

    private final Map<String, Set<String>> codesByKey = new HashMap<>();
    private final Map<String, Indicator> byCode = new HashMap<>();

    public NameMatcher(Collection<Indicator> elements) {
        for (Indicator e : elements) {
            byCode.putIfAbsent(e.code(), e);
            add(e.code(), e.code());
            add(e.name(), e.code());
            for (String a : e.aliases()) {
                add(a, e.code());
            }
        }
    }

    private void add(String label, String code) {
        for (String k : new String[] {rawKey(label), strippedKey(label)}) {
            if (!k.isEmpty()) {
                codesByKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(code);
            }
        }
    }

    /**
     * Keys of labels already seen, shared by every file: the same headers and row labels come in every
     * submission, and normalizing them was a large part of reading. Bounded: past the cap keys are computed.
     */
    private static final int KEY_CACHE_CAP = 20_000;
    private static final Map<String, String> RAW_KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> STRIPPED_KEYS = new ConcurrentHashMap<>();

    static String rawKey(String label) {
        return cached(RAW_KEYS, label == null ? "" : label, NameMatcher::computeRawKey);
    }

    static String strippedKey(String label) {
        return cached(STRIPPED_KEYS, label == null ? "" : label, NameMatcher::computeStrippedKey);
    }

    private static String cached(Map<String, String> cache, String label, UnaryOperator<String> compute) {
        String key = cache.get(label);
        if (key == null) {
            key = compute.apply(label);
            if (cache.size() < KEY_CACHE_CAP) {
                cache.put(label, key);
            }
        }
        return key;
    }

    private static String computeRawKey(String label) {
        String s = NumberText.normalize(label).toLowerCase(Locale.ROOT);
        return NUMBERING.matcher(s).replaceFirst("");
    }

    private static String computeStrippedKey(String label) {
        String s = rawKey(label);
        String withoutUnit = TRAILING_UNIT.matcher(s).replaceFirst("");
        return withoutUnit.isEmpty() ? s : withoutUnit;
    }

    /** The codes a label may mean: empty when unknown, more than one when ambiguous. */
    public Set<String> match(String label) {
        Set<String> exact = codesByKey.get(rawKey(label));
        if (exact != null && exact.size() == 1) {
            return exact;
        }
        Set<String> loose = codesByKey.get(strippedKey(label));
        return loose != null ? loose : exact != null ? exact : Set.of();
    }

    public Indicator element(String code) {
        return byCode.get(code);
    }

    public boolean isCode(String text) {
        return byCode.containsKey(NumberText.normalize(text));
    }
}
