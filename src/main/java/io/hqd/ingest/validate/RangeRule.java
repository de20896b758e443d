package io.hqd.ingest.validate;

import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.ingest.ElementDomain;
import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;

/** Each value within its element's domain: ≥ 0, 0/1 for yes/no, 0–8 for levels, 0–100 for percents. */
public final class RangeRule implements ValidationRule {
    @Override public String id() { return "range"; }
    @Override public String label() { return "数值超出允许范围"; }
    @Override public String todo() { return "按指标口径核对后填写允许范围内的数"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        Map<String, Indicator> elements = ctx.elements(s);
        for (ReadCell c : s.values().values()) {
            Indicator e = elements.get(c.element());
            if (e == null) {
                out.add(Finding.at(c.where(), SubRule.ELEMENT_LEVEL.id, SubRule.ELEMENT_LEVEL.severity, "「" + c.element()
                        + "」不是本类单位在 " + s.periodCode() + " 应报的指标，数值未读取", c.rawText(), c.element()));
                continue;
            }
            ElementDomain d = ElementDomain.of(e);
            if (!d.contains(c.value())) {
                out.add(Finding.at(c.where(), id(), severity(), e.name() + "：填报值 " + c.value().toPlainString()
                        + " 不在允许范围内，" + d.describe(), c.rawText(), e.code()));
            }
        }
    }
}
