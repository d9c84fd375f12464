package se.syfte.reports;

public record Column(String name, ColumnType type) {

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    public static Column rate(String name) {
        return new Column(name, ColumnType.RATE);
    }

    public static Column amount(String name) {
        return new Column(name, ColumnType.AMOUNT);
    }

    public static Column hours(String name) {
        return new Column(name, ColumnType.HOURS);
    }

    public static Column days(String name) {
        return new Column(name, ColumnType.DAYS);
    }

    public static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    public static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }
}
