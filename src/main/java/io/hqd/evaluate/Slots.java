package io.hqd.evaluate;

/** Which quarters of the year a figure may use per reporter: all, or those a like-for-like comparison keeps. */
@FunctionalInterface
public interface Slots {
    Slots ALL = (reporter, quarter) -> true;

    boolean keep(String reporter, int quarterOfYear);
}
