package se.syfte.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.syfte.analytics.activity.Activity;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.purposes.Purpose;

/**
 * Visit counts with a row per salesperson (those without visits too) and a column per purpose,
 * added up over the periods of the activity figures, plus the team's totals, which sum the same
 * visits rather than average the rows.
 */
public record VisitCountTable(List<Purpose> purposes, List<Row> rows, Row team) {

    public record Row(String salesperson, String team, List<Long> visitsByPurpose, long unclassified, long total) {}

    public static VisitCountTable of(
            List<Purpose> purposes, List<Salesperson> salespeople, List<Team> teams, List<Activity> counts) {
        Map<Long, String> teamNames = new HashMap<>();
        teams.forEach(team -> teamNames.put(team.id(), team.name()));
        Map<Long, Map<String, Long>> bySalesperson = new HashMap<>();
        Map<String, Long> teamTotals = new HashMap<>();
        for (Activity count : counts) {
            String purpose = count.purposeCode() == null ? "" : count.purposeCode();
            bySalesperson
                    .computeIfAbsent(count.salespersonId(), id -> new HashMap<>())
                    .merge(purpose, count.visits(), Long::sum);
            teamTotals.merge(purpose, count.visits(), Long::sum);
        }
        List<Row> rows = salespeople.stream()
                .map(person -> row(
                        person.name(),
                        teamNames.get(person.teamId()),
                        purposes,
                        bySalesperson.getOrDefault(person.id(), Map.of())))
                .toList();
        return new VisitCountTable(purposes, rows, row(null, null, purposes, teamTotals));
    }

    private static Row row(String name, String team, List<Purpose> purposes, Map<String, Long> visits) {
        List<Long> byPurpose =
                purposes.stream().map(p -> visits.getOrDefault(p.code(), 0L)).toList();
        long total = visits.values().stream().mapToLong(Long::longValue).sum();
        return new Row(name, team, byPurpose, visits.getOrDefault("", 0L), total);
    }

    /** One row per team instead of per salesperson, in the order the teams first appear; the team's column counts salespeople. */
    public VisitCountTable byTeam() {
        Map<String, List<Row>> byTeam = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byTeam.computeIfAbsent(row.team(), t -> new java.util.ArrayList<>())
                .add(row));
        List<Row> teams = byTeam.entrySet().stream()
                .map(entry -> new Row(
                        entry.getKey(),
                        Integer.toString(entry.getValue().size()),
                        java.util.stream.IntStream.range(0, purposes.size())
                                .mapToObj(i -> entry.getValue().stream()
                                        .mapToLong(row -> row.visitsByPurpose().get(i))
                                        .sum())
                                .toList(),
                        entry.getValue().stream().mapToLong(Row::unclassified).sum(),
                        entry.getValue().stream().mapToLong(Row::total).sum()))
                .sorted(java.util.Comparator.comparing(Row::salesperson, se.syfte.analytics.core.NameOrder.SWEDISH))
                .toList();
        return new VisitCountTable(purposes, teams, team);
    }

    public boolean hasVisits() {
        return team.total() > 0;
    }

    public boolean hasUnclassified() {
        return team.unclassified() > 0;
    }
}
