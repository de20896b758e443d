package io.hqd.web;

import java.util.Arrays;

/** What an account may do; stored lower-case in ops.account.role. */
public enum Role {
    HOSPITAL("医疗机构", "填报、上传、查看本机构回执"),
    COUNTY("区县卫健局", "审核本区县机构的报送，退回或审批"),
    CITY("市级统计人员", "完整性、催报、重新运行、报表下发"),
    VIEWER("只读用户", "查看运行记录和报表，不能操作"),
    ADMIN("系统管理员", "账号管理、审计日志，以及统计人员的全部操作");

    private final String label;
    private final String can;

    Role(String label, String can) {
        this.label = label;
        this.can = can;
    }

    public String label() { return label; }
    public String can() { return can; }
    public String code() { return name().toLowerCase(); }
    public String authority() { return "ROLE_" + name(); }

    /** Whether an account of this role speaks for one organisation (hospital, county or city code). */
    public boolean needsOrg() {
        return this == HOSPITAL || this == COUNTY || this == CITY;
    }

    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知角色「" + code + "」，可选：hospital（医疗机构）、county（区县卫健局）、"
                        + "city（市级统计人员）、viewer（只读用户）、admin（系统管理员）"));
    }
}
