package se.syfte.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.organisation.Organisation;
import se.syfte.purposes.Purpose;
import se.syfte.reports.Column;
import se.syfte.reports.ColumnType;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/**
 * Turns report tables into what a page shows: numbers, amounts and dates in Swedish or English
 * format (1 234,5 kr / 29 nov. 2026 against 1,234.5 SEK / Nov 29, 2026), purpose codes as names,
 * and the team's "ALL" row in words.
 */
@Component
public class ReportViews {

    private static final List<String> PURPOSE_COLUMNS =
            List.of("purpose", "from_purpose", "to_purpose", "furthest_purpose");

    /** Columns whose values are codes a person reads in words. */
    private static final List<String> CODED_COLUMNS = List.of("outcome", "status", "channel");

    private final MessageSource messages;

    ReportViews(MessageSource messages) {
        this.messages = messages;
    }

    /** How one page formats: the reader's language, the organisation's currency, the purposes' names. */
    public Formatting formatting(Organisation organisation, List<Purpose> purposes, Locale locale) {
        return new Formatting(
                organisation.currency(),
                purposes,
                messages.getMessage("step.WON", null, FunnelSteps.WON, locale),
                locale);
    }

    public ReportView view(ReportTable table, Formatting formatting) {
        return view(table, formatting, (column, value) -> null);
    }

    /** @param links where a cell leads, by column name and cell text; null for no link */
    public ReportView view(ReportTable table, Formatting formatting, BiFunction<String, String, String> links) {
        List<ReportView.Header> headers = table.columns().stream()
                .map(column -> new ReportView.Header(column.name(), label(column, formatting), isNumber(column)))
                .toList();
        List<List<ReportView.Cell>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<ReportView.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Column column = table.columns().get(i);
                Object cell = row.get(i);
                String text = text(column, cell, formatting);
                cells.add(new ReportView.Cell(
                        text,
                        plain(column, cell),
                        isNumber(column),
                        cell instanceof String name && !ReportContext.ALL.equals(name)
                                ? links.apply(column.name(), name)
                                : null));
            }
            rows.add(List.copyOf(cells));
        }
        return new ReportView(
                messages.getMessage("report." + table.title(), null, table.title(), formatting.locale()),
                headers,
                List.copyOf(rows));
    }

    /** A cohort's "reached_QUOTE" column is named after its step's purpose. */
    private String label(Column column, Formatting formatting) {
        if (column.name().startsWith("reached_")
                && !column.name().equals("reached_from")
                && !column.name().equals("reached_to")) {
            String step = column.name().substring("reached_".length());
            return messages.getMessage(
                    "column.reached", new Object[] {formatting.purposeName(step)}, formatting.locale());
        }
        return messages.getMessage("column." + column.name(), null, column.name(), formatting.locale());
    }

    private String text(Column column, Object cell, Formatting formatting) {
        if (cell == null) {
            return "–";
        }
        if (cell instanceof String text) {
            if (ReportContext.ALL.equals(text)) {
                return messages.getMessage("report.all", null, text, formatting.locale());
            }
            if (CODED_COLUMNS.contains(column.name())) {
                return messages.getMessage("value." + column.name() + "." + text, null, text, formatting.locale());
            }
            return PURPOSE_COLUMNS.contains(column.name()) ? formatting.purposeName(text) : text;
        }
        if (cell instanceof Boolean yes) {
            return messages.getMessage(yes ? "report.yes" : "report.no", null, formatting.locale());
        }
        return formatting.format(column.type(), cell);
    }

    private static String plain(Column column, Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number && column.type() != ColumnType.INTEGER) {
            return new BigDecimal(number.toString())
                    .setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return cell.toString();
    }

    private static boolean isNumber(Column column) {
        return switch (column.type()) {
            case INTEGER, RATE, AMOUNT, HOURS, DAYS -> true;
            case TEXT, DATE, BOOLEAN -> false;
        };
    }

    /**
     * Number and date formats of one language; the Swedish krona is "kr" in Swedish. One is made
     * for each page and used by its thread alone: it keeps its number formats (not thread-safe),
     * for making one per cell was a tenth of a large page's time.
     */
    public static final class Formatting {
        private final String currency;
        private final Map<String, String> purposeNames;
        private final String won;
        private final Locale locale;
        private final NumberFormat integers;
        private final NumberFormat percents;
        private final NumberFormat oneDecimal;

        Formatting(String currency, List<Purpose> purposes, String won, Locale locale) {
            this.currency = currency;
            this.won = won;
            this.locale = locale;
            this.purposeNames = purposes.stream()
                    .collect(java.util.stream.Collectors.toMap(Purpose::code, purpose -> purpose.name(locale)));
            this.integers = NumberFormat.getIntegerInstance(locale);
            this.percents = NumberFormat.getPercentInstance(locale);
            percents.setMaximumFractionDigits(0);
            this.oneDecimal = NumberFormat.getNumberInstance(locale);
            oneDecimal.setMaximumFractionDigits(1);
            oneDecimal.setMinimumFractionDigits(0);
        }

        public Locale locale() {
            return locale;
        }

        /** A purpose's name; also a step's, which is WON after the last or several purposes sharing one step. */
        public String purposeName(String code) {
            if (FunnelSteps.WON.equals(code)) {
                return won;
            }
            String name = purposeNames.get(code);
            if (name != null) {
                return name;
            }
            return java.util.Arrays.stream(code.split("\\|"))
                    .map(shared -> purposeNames.getOrDefault(shared, shared))
                    .collect(java.util.stream.Collectors.joining(" / "));
        }

        public String format(ColumnType type, Object cell) {
            double number = cell instanceof Number n ? n.doubleValue() : 0;
            return switch (type) {
                case INTEGER -> integers.format(((Number) cell).longValue());
                case RATE -> percent(number);
                case AMOUNT -> amount(number);
                case HOURS -> oneDecimal.format(number) + " h";
                case DAYS -> oneDecimal.format(number);
                case DATE -> date((LocalDate) cell);
                case TEXT, BOOLEAN -> cell.toString();
            };
        }

        public String percent(double rate) {
            return percents.format(rate);
        }

        public String amount(double amount) {
            String unit = "SEK".equals(currency) && "sv".equals(locale.getLanguage()) ? "kr" : currency;
            return oneDecimal.format(amount) + " " + unit;
        }

        public String date(LocalDate date) {
            return Dates.format(date, locale);
        }
    }
}
