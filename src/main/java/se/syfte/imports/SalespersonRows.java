package se.syfte.imports;

/** Salespeople by name and team; later rows of the same import may name them. */
record SalespersonRows(ImportSink sink, KnownNames names) implements RowReader {

    @Override
    public void read(Cells cells) {
        String name = cells.required("name");
        String team = cells.required("team");
        if (cells.ok()) {
            sink.salesperson(new ImportRows.SalespersonRow(cells.source(), name, team, cells.optional("email")));
            names.addSalesperson(name);
        }
    }
}
