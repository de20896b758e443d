package io.hqd.report.sections;

/** One line of a page in words: a heading, or a (numbered) sentence under it. A bean: JasperReports reads getters. */
public record Paragraph(String marker, String text, boolean heading) {
    public static Paragraph heading(String text) {
        return new Paragraph("", text, true);
    }

    public static Paragraph line(String text) {
        return new Paragraph("", text, false);
    }

    public static Paragraph item(int n, String text) {
        return new Paragraph(n + ".", text, false);
    }

    public String getMarker() { return marker; }
    public String getText() { return text; }
    public Boolean getHeading() { return heading; }
}
