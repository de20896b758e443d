package io.hqd.report.data;

import static io.hqd.warehouse.schema.marts.Tables.EVALUATION;
import static io.hqd.warehouse.schema.staged.Tables.HOSPITAL;
import static io.hqd.warehouse.schema.staged.Tables.PLAN;
import static io.hqd.warehouse.schema.staged.Tables.TARGET;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.hqd.evaluate.EntityType;

/** The evaluation rows of one period for the hospitals and regions within a pack's region. */
public final class EvaluationQuery {
    private final DSLContext dsl;
    private final Map<String, IndicatorMeta> indicators;

    public EvaluationQuery(DSLContext dsl, Map<String, IndicatorMeta> indicators) {
        this.dsl = dsl;
        this.indicators = indicators;
    }

    public List<EvalFact> fetch(String period, Collection<String> regionCodes) {
        List<EvalFact> out = new ArrayList<>();
        var rows = dsl.select(EVALUATION.fields())
                .select(TARGET.PLAN_CODE, TARGET.INDICATOR, TARGET.KIND, TARGET.OP, TARGET.SCOPE_TIER, TARGET.SCOPE_TYPE,
                        TARGET.NATURE, TARGET.VALUE, TARGET.CONDITION_OP, TARGET.CONDITION_VALUE, PLAN.DOC_NUMBER, PLAN.TITLE,
                        HOSPITAL.REGION_CODE)
                .from(EVALUATION)
                .join(TARGET).on(TARGET.TARGET_CODE.eq(EVALUATION.TARGET_CODE))
                .leftJoin(PLAN).on(PLAN.PLAN_CODE.eq(TARGET.PLAN_CODE))
                .leftJoin(HOSPITAL).on(EVALUATION.ENTITY_TYPE.eq(EntityType.hospital).and(HOSPITAL.CODE.eq(EVALUATION.ENTITY_CODE)))
                .where(EVALUATION.PERIOD_CODE.eq(period))
                .and(HOSPITAL.REGION_CODE.in(regionCodes)
                        .or(EVALUATION.ENTITY_TYPE.ne(EntityType.hospital).and(EVALUATION.ENTITY_CODE.in(regionCodes))))
                .orderBy(EVALUATION.TARGET_CODE, EVALUATION.ENTITY_TYPE, EVALUATION.ENTITY_CODE)
                .fetch();
        for (var r : rows) {
            String doc = r.get(PLAN.DOC_NUMBER);
            String title = r.get(PLAN.TITLE);
            String citation = doc != null && !doc.isBlank() ? doc : "《" + title + "》";
            IndicatorMeta ind = indicators.getOrDefault(r.get(TARGET.INDICATOR), IndicatorMeta.unknown(r.get(TARGET.INDICATOR)));
            String region = r.get(EVALUATION.ENTITY_TYPE).isHospital() ? r.get(HOSPITAL.REGION_CODE) : r.get(EVALUATION.ENTITY_CODE);
            out.add(new EvalFact(r.get(EVALUATION.PERIOD_CODE), r.get(EVALUATION.TARGET_CODE), r.get(TARGET.PLAN_CODE),
                    citation, title, r.get(TARGET.KIND), r.get(TARGET.OP), r.get(TARGET.SCOPE_TIER), r.get(TARGET.SCOPE_TYPE),
                    r.get(TARGET.NATURE), ind, r.get(EVALUATION.ENTITY_TYPE), r.get(EVALUATION.ENTITY_CODE),
                    r.get(EVALUATION.ENTITY_NAME), region, r.get(EVALUATION.NUMERATOR), r.get(EVALUATION.DENOMINATOR),
                    r.get(EVALUATION.VALUE), r.get(EVALUATION.TARGET_VALUE), r.get(EVALUATION.PATH_VALUE),
                    r.get(EVALUATION.STATUS), Boolean.TRUE.equals(r.get(EVALUATION.PROVISIONAL)),
                    withCoverage(r.get(EVALUATION.EVIDENCE), r.get(EVALUATION.COVERAGE_NOTE)),
                    new EvalFact.PlanValues(r.get(TARGET.VALUE), r.get(TARGET.CONDITION_OP), r.get(TARGET.CONDITION_VALUE))));
        }
        return out;
    }

    /** A figure built on partial data says so in words next to its evidence (暂定：缺 …). */
    static String withCoverage(String evidence, String coverageNote) {
        if (coverageNote == null || coverageNote.isEmpty()) {
            return evidence;
        }
        return (evidence == null || evidence.isEmpty() ? "" : evidence + "；") + "暂定：" + coverageNote;
    }
}
