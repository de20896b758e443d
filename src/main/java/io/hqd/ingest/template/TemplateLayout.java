package io.hqd.ingest.template;

import java.util.List;

/** Where things are in an hqd submission template; the writer and the reader share these. */
public final class TemplateLayout {
    private TemplateLayout() {
    }

    public static final String SHEET = "填报表";
    public static final String META_SHEET = "_hqd";

    public static final int TITLE_ROW = 0;
    public static final int REPORTER_ROW = 1;
    public static final int PERIOD_ROW = 2;
    public static final int NOTE_ROW = 3;
    public static final int HEADER_ROW = 4;
    public static final int FIRST_DATA_ROW = 5;

    public static final int COL_SEQ = 0;
    public static final int COL_CODE = 1;
    public static final int COL_NAME = 2;
    public static final int COL_UNIT = 3;
    public static final int COL_VALUE = 4;
    public static final int COL_PREVIOUS = 5;
    public static final int COL_DEFINITION = 6;

    /** Form identity (表号, 制定机关, 有效期) in the 口径说明 column of the rows above the header. */
    public static final int COL_FORM_ID = 6;
    /** Rows after the last element: one blank, then the signature block (never in the 本期数值 column). */
    public static final int SIGNATURE_GAP = 1;

    public static final List<String> HEADERS = List.of("序号", "指标代码", "指标名称", "单位", "本期数值", "上期数值", "口径说明");

    /** Keys of the hidden metadata sheet, one per row: key in column A, value in column B. */
    public static final String KEY_TEMPLATE_ID = "template_id";
    public static final String KEY_VERSION = "version";
    public static final String KEY_REPORTER_TYPE = "reporter_type";
    public static final String KEY_REPORTER_CODE = "reporter_code";
    public static final String KEY_REPORTER_NAME = "reporter_name";
    public static final String KEY_PERIOD = "period";
    public static final String KEY_ELEMENTS = "elements";
}
