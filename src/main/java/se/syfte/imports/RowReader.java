package se.syfte.imports;

/** Checks the rows of one kind, handing each it understands to the sink and rejecting the others cell by cell. */
interface RowReader {

    /** The date forms a person may write, named in a rejected date's reason. */
    ImportText DATE_FORMS = ImportText.reason("notDate");

    void read(Cells cells);

    /** A deal's or order's currency, SEK when the row gives none. */
    static String currency(Cells cells) {
        String currency = cells.optional("currency");
        return currency == null ? "SEK" : currency.toUpperCase(java.util.Locale.ROOT);
    }
}
