package io.hqd.run;

import static io.hqd.warehouse.schema.ops.Tables.RUN_NAME;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The one name people see for a run: "运行 #6（2026Q3，例行）" on the console, in {@code hqd runs}, on the
 * web runs page, on every page of a pack and in its manifest; "运行6" in folder and file names.
 * <p>
 * The rule: a run is its run key (the {@code run} job parameter). The nightly job, the stage jobs it
 * starts and every restart share that key, so they share the name. The number counts keys in the order
 * they were first started in this home (ops.run_name). The kind says how the run came about, read
 * from the key's form: a date (N20261129) is the day's routine run, R… a rerun a person asked for,
 * A… a run a person started in the browser for a period never run before (按需), U… a web upload,
 * DEMO-… the demo. The keys are made here only ({@link #routineKey}, {@link #rerunKey}, {@link #requestedKey}).
 */
public record RunName(String key, int number, String periodCode) {

    /** The name of the run with this key, numbering it if it is new; the period is kept from the first job that had one. */
    public static RunName of(DSLContext dsl, String key, String periodCode) {
        dsl.insertInto(RUN_NAME)
                .set(RUN_NAME.RUN_KEY, key)
                .set(RUN_NAME.NUMBER, DSL.select(DSL.coalesce(DSL.max(RUN_NAME.NUMBER), 0).plus(1)).from(RUN_NAME))
                .set(RUN_NAME.PERIOD_CODE, periodCode)
                .set(RUN_NAME.CREATED_AT, LocalDateTime.now())
                .onConflict(RUN_NAME.RUN_KEY).doNothing()
                .execute();
        if (periodCode != null) {
            dsl.update(RUN_NAME).set(RUN_NAME.PERIOD_CODE, periodCode)
                    .where(RUN_NAME.RUN_KEY.eq(key), RUN_NAME.PERIOD_CODE.isNull()).execute();
        }
        return dsl.selectFrom(RUN_NAME).where(RUN_NAME.RUN_KEY.eq(key))
                .fetchOne(r -> new RunName(r.getRunKey(), r.getNumber(), r.getPeriodCode()));
    }

    /** The name of a recorded run, read only (for pages that must not write while a job runs); empty when not yet started. */
    public static java.util.Optional<RunName> find(DSLContext dsl, String key) {
        return dsl.selectFrom(RUN_NAME).where(RUN_NAME.RUN_KEY.eq(key))
                .fetchOptional(r -> new RunName(r.getRunKey(), r.getNumber(), r.getPeriodCode()));
    }

    /** The name of a run that was recorded (or numbers it now). */
    public static RunName of(DSLContext dsl, String key) {
        return of(dsl, key, null);
    }

    private static final java.time.format.DateTimeFormatter SECOND =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** The day's routine run (the CLI without --rerun, the schedule): N20261129. */
    public static String routineKey(java.time.LocalDate day) {
        return "N" + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** A rerun a person asked for: R20261129T101500. */
    public static String rerunKey(LocalDateTime at) {
        return "R" + at.format(SECOND);
    }

    /**
     * The key of a run a person starts in the browser: 按需 (A20261129T101500) for a period no run of this home
     * has had or been asked for yet, otherwise a rerun (R…), as {@code --rerun} is on the command line.
     */
    public static String requestedKey(DSLContext dsl, String periodCode, LocalDateTime at) {
        boolean runBefore = dsl.fetchExists(RUN_NAME, RUN_NAME.PERIOD_CODE.eq(periodCode))
                || dsl.fetchExists(io.hqd.warehouse.schema.ops.Tables.RUN_REQUEST,
                        io.hqd.warehouse.schema.ops.Tables.RUN_REQUEST.PERIOD_CODE.eq(periodCode));
        return runBefore ? rerunKey(at) : "A" + at.format(SECOND);
    }

    /** "运行 #6（2026Q3，例行）" */
    public String label() {
        String kind = kind();
        String detail = periodCode == null ? kind : kind.isEmpty() ? periodCode : periodCode + "，" + kind;
        return "运行 #" + number + (detail.isEmpty() ? "" : "（" + detail + "）");
    }

    /** "运行6": the name in folder and file names (no '#', no spaces or brackets for shells). */
    public String fileTag() {
        return "运行" + number;
    }

    /** How the run came about, from the form of its key (see the class comment). */
    public String kind() {
        if (key.matches("N\\d{8}")) {
            return "例行";
        }
        if (key.matches("R\\d{8}T\\d{6}")) {
            return "重新运行";
        }
        if (key.matches("A\\d{8}T\\d{6}")) {
            return "按需";
        }
        if (key.startsWith("U")) {
            return "网页上传";
        }
        if (key.startsWith("DEMO-")) {
            return "示例";
        }
        return "";
    }
}
