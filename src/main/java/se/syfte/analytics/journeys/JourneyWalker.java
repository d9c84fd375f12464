package se.syfte.analytics.journeys;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Window;

/**
 * Walks funnel visits into journeys in one pass (SPEC §3, Journeys). It is fed a stream ordered
 * by customer; for each customer first its win events by date, then its funnel visits by
 * salesperson and date. It holds one customer's win dates and one open journey at a time, and
 * hands each journey to the consumer as soon as it ends — including journeys that started before
 * the window, which shape the later ones; choosing the window's journeys is the consumer's.
 *
 * <p>For a visit v and the open journey J: if the customer has a win w with J.start ≤ w &lt;
 * v.date and w ≤ J.last + gap, J is won at the first such w and v opens a new journey; else if
 * v.date − J.last &gt; gap days, J has stalled and v opens a new journey; else v joins J. After a
 * pair's last visit, J is judged at the window's last day d: won at the first w with J.start ≤ w
 * ≤ min(J.last + gap, d); otherwise stalled if d − J.last &gt; gap; otherwise open.
 */
public final class JourneyWalker {

    private final int gapDays;
    private final LocalDate lastDay;
    private final int highestStep;
    private final Consumer<Journey> journeys;

    private final List<LocalDate> wins = new ArrayList<>();
    private Long customer;
    private Long salesperson;
    private boolean visitsBegun;
    private OpenJourney open;

    public JourneyWalker(AnalyticsSettings settings, Window window, int highestStep, Consumer<Journey> journeys) {
        this.gapDays = settings.gapDays();
        this.lastDay = window.lastDay();
        this.highestStep = highestStep;
        this.journeys = journeys;
    }

    /** Walks a whole set of visits and wins held in memory; the order of the lists does not matter. */
    public static List<Journey> walk(
            AnalyticsSettings settings, Window window, int highestStep, List<FunnelVisit> visits, List<WinEvent> wins) {
        List<Journey> result = new ArrayList<>();
        JourneyWalker walker = new JourneyWalker(settings, window, highestStep, result::add);
        List<WinEvent> sortedWins = new ArrayList<>(wins);
        sortedWins.sort(java.util.Comparator.comparingLong(WinEvent::customerId).thenComparing(WinEvent::date));
        List<FunnelVisit> sortedVisits = new ArrayList<>(visits);
        sortedVisits.sort(java.util.Comparator.comparingLong(FunnelVisit::customerId)
                .thenComparingLong(FunnelVisit::salespersonId)
                .thenComparing(FunnelVisit::date));
        int w = 0;
        for (FunnelVisit visit : sortedVisits) {
            while (w < sortedWins.size() && sortedWins.get(w).customerId() <= visit.customerId()) {
                walker.win(sortedWins.get(w++));
            }
            walker.visit(visit);
        }
        walker.finish();
        return result;
    }

    public void win(WinEvent win) {
        if (win.date().isAfter(lastDay)) {
            return;
        }
        if (customer == null || win.customerId() != customer) {
            startCustomer(win.customerId());
        } else if (visitsBegun) {
            throw new IllegalStateException("win events of customer " + customer + " must come before its visits");
        }
        if (!wins.isEmpty() && win.date().isBefore(wins.get(wins.size() - 1))) {
            throw new IllegalStateException("win events of customer " + customer + " must come by date");
        }
        wins.add(win.date());
    }

    public void visit(FunnelVisit visit) {
        if (visit.date().isAfter(lastDay)) {
            return;
        }
        if (customer == null || visit.customerId() != customer) {
            startCustomer(visit.customerId());
        }
        visitsBegun = true;
        if (salesperson == null || visit.salespersonId() != salesperson) {
            closeOpen();
            salesperson = visit.salespersonId();
        }
        if (open == null) {
            open = new OpenJourney(visit);
            return;
        }
        if (visit.date().isBefore(open.last)) {
            throw new IllegalStateException("visits of a pair must come by date: " + visit);
        }
        Optional<LocalDate> won = firstWin(open.start, min(visit.date().minusDays(1), open.last.plusDays(gapDays)));
        if (won.isPresent()) {
            emit(open, JourneyOutcome.WON, won.get());
            open = new OpenJourney(visit);
        } else if (ChronoUnit.DAYS.between(open.last, visit.date()) > gapDays) {
            emit(open, JourneyOutcome.STALLED, null);
            open = new OpenJourney(visit);
        } else {
            open.join(visit);
        }
    }

    /** Judges the last open journey; call once after the last event. */
    public void finish() {
        closeOpen();
    }

    private void startCustomer(long customerId) {
        closeOpen();
        customer = customerId;
        salesperson = null;
        visitsBegun = false;
        wins.clear();
    }

    private void closeOpen() {
        if (open == null) {
            return;
        }
        Optional<LocalDate> won = firstWin(open.start, min(open.last.plusDays(gapDays), lastDay));
        if (won.isPresent()) {
            emit(open, JourneyOutcome.WON, won.get());
        } else if (ChronoUnit.DAYS.between(open.last, lastDay) > gapDays) {
            emit(open, JourneyOutcome.STALLED, null);
        } else {
            emit(open, JourneyOutcome.OPEN, null);
        }
        open = null;
    }

    /** The first win on or after {@code from} and on or before {@code through}. */
    private Optional<LocalDate> firstWin(LocalDate from, LocalDate through) {
        int index = Collections.binarySearch(wins, from);
        if (index < 0) {
            index = -index - 1;
        } else {
            while (index > 0 && wins.get(index - 1).equals(from)) {
                index--;
            }
        }
        return index < wins.size() && !wins.get(index).isAfter(through)
                ? Optional.of(wins.get(index))
                : Optional.empty();
    }

    private void emit(OpenJourney journey, JourneyOutcome outcome, LocalDate wonOn) {
        journeys.accept(new Journey(
                salesperson, customer, journey.start, journey.last, journey.maxStep, outcome, wonOn, journey.reached));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private final class OpenJourney {
        final LocalDate start;
        final LocalDate[] reached = new LocalDate[highestStep];
        LocalDate last;
        int maxStep;

        OpenJourney(FunnelVisit first) {
            this.start = first.date();
            join(first);
        }

        void join(FunnelVisit visit) {
            last = visit.date();
            maxStep = Math.max(maxStep, visit.step());
            for (int step = 1; step <= Math.min(visit.step(), highestStep); step++) {
                if (reached[step - 1] == null) {
                    reached[step - 1] = visit.date();
                }
            }
        }
    }
}
