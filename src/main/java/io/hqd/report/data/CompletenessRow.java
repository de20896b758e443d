package io.hqd.report.data;

/** Whether one hospital's report for the period arrived, on time, and was accepted. */
public record CompletenessRow(String countyName, String countySummary, String hospitalCode, String hospitalName,
                              String state, String receivedText, String fileName) {
    public String getCountyName() { return countyName; }
    public String getCountySummaryLine() { return countyName + "：" + countySummary; }
    public String getHospitalName() { return hospitalName; }
    public String getState() { return state; }
    public String getReceivedText() { return receivedText; }
    public String getFileName() { return fileName; }
}
