package se.syfte.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import se.syfte.analytics.core.Window;

/**
 * The query that asks the reports API for the whole of what a page shows: its window, its team or
 * salesperson, in the reader's language ({@code fragments/report :: downloads}).
 */
public final class ReportQuery {

    private ReportQuery() {}

    public static String of(Window window, Optional<String> team, Optional<String> salesperson, Locale locale) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("from", window.from())
                .queryParam("to", window.to());
        team.ifPresent(name -> query.queryParam("team", name));
        salesperson.ifPresent(name -> query.queryParam("salesperson", name));
        query.queryParam("lang", locale.getLanguage().equals("sv") ? "sv" : "en");
        return query.encode().build().toUriString();
    }
}
