package se.syfte.imports;

import java.util.ArrayList;
import java.util.List;

/** What reading the files gave: the rows understood, the rows rejected, and what else is worth saying. */
public final class ImportPlan {

    final List<ImportRows.SalespersonRow> salespeople = new ArrayList<>();
    final List<ImportRows.CustomerRow> customers = new ArrayList<>();
    final List<ImportRows.VisitRow> visits = new ArrayList<>();
    final List<ImportRows.DealRow> deals = new ArrayList<>();
    final List<ImportRows.OrderRow> orders = new ArrayList<>();
    final List<ImportRows.TargetRow> targets = new ArrayList<>();
    final List<RowRejection> rejections = new ArrayList<>();
    final List<ImportRows.Source> rejectedRows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public List<RowRejection> rejections() {
        return List.copyOf(rejections);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The rows understood, which an import stores (adds, updates or finds unchanged). */
    int rowsToStore() {
        return salespeople.size() + customers.size() + visits.size() + deals.size() + orders.size() + targets.size();
    }
}
