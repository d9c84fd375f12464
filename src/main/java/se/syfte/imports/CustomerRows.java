package se.syfte.imports;

import se.syfte.customers.OrgNumber;

/**
 * Customers, with a Swedish organisation number checked by its check digit, a tier (A, B or C)
 * and an owner who must be a known salesperson. A manager's row may add a customer or change one
 * of their own; another team's is a rejected row.
 */
record CustomerRows(ImportSink sink, KnownNames names, CustomersInScope scope) implements RowReader {

    @Override
    public void read(Cells cells) {
        String name = cells.required("name");
        String externalId = cells.uniqueKey();
        if (name != null && !scope.mayChange(name, externalId)) {
            cells.reject("name", name, ImportText.reason("otherTeamsCustomer"));
        }
        String number = cells.optional("org_number");
        OrgNumber orgNumber = null;
        if (number != null) {
            orgNumber = OrgNumber.parse(number).orElse(null);
            if (orgNumber == null) {
                cells.reject("org_number", number, ImportText.reason("orgNumber"));
            }
        }
        String tier = cells.optional("tier");
        if (tier != null && !tier.strip().matches("(?i)[abc]")) {
            cells.reject("tier", tier, ImportText.reason("tier"));
        }
        String owner = cells.optional("owner");
        if (owner != null) {
            names.requireSalesperson(cells, "owner", owner);
        }
        if (cells.ok()) {
            sink.customer(new ImportRows.CustomerRow(
                    cells.source(),
                    name,
                    externalId,
                    orgNumber,
                    cells.optional("segment"),
                    cells.optional("industry"),
                    tier == null ? null : tier.strip().toUpperCase(java.util.Locale.ROOT),
                    owner));
        }
    }
}
