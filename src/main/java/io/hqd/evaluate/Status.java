package io.hqd.evaluate;

/** The judgement of one target for one entity and period, as printed on paper. */
public enum Status {
    met("达标"),
    on_track("按进度"),
    behind("滞后"),
    not_met("未达标"),
    no_data("无数据"),
    not_applicable("不适用");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
