package se.syfte.imports;

/** Where the rows an import understands go, one at a time as they are read. */
public interface ImportSink {

    void salesperson(ImportRows.SalespersonRow row);

    void customer(ImportRows.CustomerRow row);

    void visit(ImportRows.VisitRow row);

    void deal(ImportRows.DealRow row);

    void order(ImportRows.OrderRow row);

    void target(ImportRows.TargetRow row);
}
