package io.hqd.demo;

import java.util.SplittableRandom;

/**
 * Deterministic draws keyed by strings (reporter, period, element ...): the same key gives the same
 * number in every run and in any iteration order, so the demo data never depends on the wall clock
 * or on the order files are written in.
 */
final class Draws {

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    /** A random generator seeded by the key. */
    SplittableRandom random(String... key) {
        return new SplittableRandom(hash(key));
    }

    /** Uniform in [0, 1). */
    double unit(String... key) {
        return random(key).nextDouble();
    }

    /** Uniform in [lo, hi). */
    double between(double lo, double hi, String... key) {
        return lo + (hi - lo) * unit(key);
    }

    long hash(String... key) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (String part : key) {
            for (int i = 0; i < part.length(); i++) {
                h = (h ^ part.charAt(i)) * 0x100000001B3L;
            }
            h = (h ^ 0x1F) * 0x100000001B3L; // separator: ("ab","c") differs from ("a","bc")
        }
        // splitmix64 finaliser spreads the FNV state over all bits
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
