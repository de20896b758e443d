package io.hqd.ingest.validate;

import java.util.List;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.template.ReporterType;

/** The reporter is stated, is in the registry, and agrees with the inbox sub-folder the file came in. */
public final class ReporterRule implements ValidationRule {
    @Override public String id() { return "reporter"; }
    @Override public String label() { return "报送单位未写明、不在名录或与文件夹不一致"; }
    @Override public String todo() { return "填写名录中的机构代码，放入本单位的文件夹"; }
    @Override public Severity severity() { return Severity.ERROR; }

    @Override
    public void check(Submission s, ValidationContext ctx, List<Finding> out) {
        String code = s.reporterCode();
        if ((code == null || code.isBlank()) && s.statedName() != null && !s.statedName().isBlank()) {
            out.add(Finding.file(id(), severity(), "单位名称「" + s.statedName() + "」不在机构名录中（名录中的全称与此不同），"
                    + "文件中也没有机构代码，无法确定是哪家单位。请在「医疗机构代码」处填写本单位的代码，或把单位名称改为名录中的全称后重新报送"));
            return;
        }
        if (code == null || code.isBlank()) {
            out.add(Finding.file(id(), severity(), "文件中没有写明报送单位（机构代码或单位名称），也没有放在以机构代码命名的文件夹中，无法确定是谁报送的。请在「医疗机构代码」处填写名录中的本单位代码后重新报送"));
            return;
        }
        boolean known = s.type() == ReporterType.REGION ? ctx.regions().contains(code) : ctx.hospitals().contains(code);
        if (!known) {
            out.add(Finding.file(id(), severity(), (s.type() == ReporterType.REGION ? "区划代码 " : "机构代码 ") + code
                    + " 不在" + (s.type() == ReporterType.REGION ? "区划表" : "机构名录") + "中，无法确定是哪家单位；请核对代码（应为名录中的代码，如 H51040001）后重新报送"));
        }
        if (s.folderCode() != null && !s.folderCode().equals(code)) {
            out.add(Finding.file(SubRule.REPORTER_FOLDER.id, SubRule.REPORTER_FOLDER.severity, "文件放在「" + s.folderCode() + "」的文件夹中，但表内的单位代码是 "
                    + code + "，两者不一致，无法确定是谁报送的。请放入本单位的文件夹，或使用本单位的模板重新填报"));
        }
    }
}
