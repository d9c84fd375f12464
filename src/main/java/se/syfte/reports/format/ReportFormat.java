package se.syfte.reports.format;

public enum ReportFormat {
    TABLE,
    CSV,
    JSON,
    XLSX
}
