package io.hqd.report.data;

import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL_ATTRIBUTE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/** A hospital as the pack groups it: its tier and type on the period's last day, and its region. */
public record HospitalInfo(String code, String name, String regionCode, String tier, String type) {

    /** 三级综合, 二级中医 … (妇幼 and 中医 read as types on their own). */
    public String group() {
        return (tier == null ? "" : tier) + (type == null ? "" : type);
    }

    public static Map<String, HospitalInfo> load(DSLContext dsl, LocalDate day) {
        Map<String, HospitalInfo> out = new HashMap<>();
        var rows = dsl.select(HOSPITAL.CODE, HOSPITAL.NAME, HOSPITAL.REGION_CODE, HOSPITAL_ATTRIBUTE.TIER, HOSPITAL_ATTRIBUTE.TYPE)
                .from(HOSPITAL).leftJoin(HOSPITAL_ATTRIBUTE).on(HOSPITAL_ATTRIBUTE.HOSPITAL_CODE.eq(HOSPITAL.CODE)
                        .and(HOSPITAL_ATTRIBUTE.VALID_FROM.le(day))
                        .and(HOSPITAL_ATTRIBUTE.VALID_TO.isNull().or(HOSPITAL_ATTRIBUTE.VALID_TO.gt(day))))
                .fetch();
        for (var r : rows) {
            out.put(r.value1(), new HospitalInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        }
        return out;
    }
}
