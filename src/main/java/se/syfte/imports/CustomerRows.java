package se.syfte.imports;

import se.syfte.customers.OrgNumber;

/** Customers, with a Swedish organisation number checked by its check digit. */
record CustomerRows(ImportSink sink) implements RowReader {

    @Override
    public void read(Cells cells) {
        String name = cells.required("name");
        String externalId = cells.uniqueKey();
        String number = cells.optional("org_number");
        OrgNumber orgNumber = null;
        if (number != null) {
            orgNumber = OrgNumber.parse(number).orElse(null);
            if (orgNumber == null) {
                cells.reject(
                        "org_number",
                        number,
                        "not a valid Swedish organisation number (NNNNNN-NNNN with its check digit)");
            }
        }
        if (cells.ok()) {
            sink.customer(new ImportRows.CustomerRow(
                    cells.source(),
                    name,
                    externalId,
                    orgNumber,
                    cells.optional("segment"),
                    cells.optional("industry")));
        }
    }
}
