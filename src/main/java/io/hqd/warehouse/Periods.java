package io.hqd.warehouse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarterly reporting periods, coded {@code 2025Q3}. */
public record Periods(int year, int quarter) implements Comparable<Periods> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})\\s*[Qq]\\s*([1-4])");

    public static Periods parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("报告期「" + code + "」格式不对，应为 年份Q季度，例如 2025Q3");
        }
        return new Periods(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The latest quarter that has ended on or before {@code today}. */
    public static Periods latestComplete(LocalDate today) {
        int q = (today.getMonthValue() - 1) / 3 + 1;
        return q == 1 ? new Periods(today.getYear() - 1, 4) : new Periods(today.getYear(), q - 1);
    }

    /** Codes of the quarters of years 1900–2199, built once: a figure run asks for them millions of times. */
    private static final String[] CODES = new String[300 * 4];

    public String code() {
        int i = (year - 1900) * 4 + quarter - 1;
        if (year < 1900 || year >= 2200 || quarter < 1 || quarter > 4) {
            return year + "Q" + quarter;
        }
        String c = CODES[i];
        if (c == null) {
            c = year + "Q" + quarter;
            CODES[i] = c;   // a benign race: every thread writes the same text
        }
        return c;
    }
    public String label() { return year + "年第" + "一二三四".charAt(quarter - 1) + "季度"; }
    public LocalDate start() { return LocalDate.of(year, quarter * 3 - 2, 1); }
    public LocalDate end() { return YearMonth.of(year, quarter * 3).atEndOfMonth(); }
    public Periods previous() { return quarter == 1 ? new Periods(year - 1, 4) : new Periods(year, quarter - 1); }
    public Periods next() { return quarter == 4 ? new Periods(year + 1, 1) : new Periods(year, quarter + 1); }

    /** The quarters of this period's year up to and including this one (year to date). */
    public List<Periods> yearToDate() {
        List<Periods> out = new ArrayList<>();
        for (int q = 1; q <= quarter; q++) {
            out.add(new Periods(year, q));
        }
        return out;
    }

    /** Fraction of the year elapsed at the end of this quarter (0.25 .. 1). */
    public double yearFraction() { return quarter / 4.0; }

    @Override
    public int compareTo(Periods o) {
        return Integer.compare(year * 4 + quarter, o.year * 4 + o.quarter);
    }

    @Override
    public String toString() { return code(); }
}
