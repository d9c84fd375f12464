package se.syfte.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.core.Scope;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;

/**
 * Runs a report of SPEC §4 for an organisation, within what the caller may see: pages, API and
 * command line all come here. It knows every {@link Figure} by name; {@link ReportContexts} resolves the cut.
 */
@Service
public class ReportService {

    private final SalespersonRepository salespeople;
    private final ReportContexts contexts;
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    ReportService(SalespersonRepository salespeople, ReportContexts contexts, List<Figure> figures) {
        this.salespeople = salespeople;
        this.contexts = contexts;
        figures.forEach(figure -> this.figures.put(figure.name(), figure));
    }

    /** The report names, in the order the figures list themselves. */
    public List<String> names() {
        return List.copyOf(figures.keySet());
    }

    public Optional<Figure> figure(String name) {
        return Optional.ofNullable(figures.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every salesperson of the organisation: the scope of its administrators and of the command line. */
    public Scope wholeOrganisation(Organisation organisation) {
        return new Scope(
                organisation.id(),
                salespeople.findAll(organisation.id()).stream()
                        .map(Salesperson::id)
                        .collect(Collectors.toSet()));
    }

    /** @throws IllegalArgumentException when no figure has that name, or it is one salesperson's and none is given */
    @Transactional(readOnly = true)
    public Report run(Organisation organisation, Scope visible, String name, ReportRequest request) {
        Figure figure = figure(name).orElseThrow(() -> new IllegalArgumentException("unknown report '" + name + "'"));
        ReportContext context = contexts.resolve(organisation, visible, request);
        if (figure.forOneSalesperson() && context.single().isEmpty()) {
            throw new IllegalArgumentException(
                    "the " + figure.name() + " report is for one salesperson: give --salesperson");
        }
        return figure.run(context);
    }
}
