package se.syfte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.analytics.core.Scope;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;

/** The salespeople the caller may see; any other id, in the organisation or not, is not found. */
@RestController
@Tag(name = "Salespeople", description = "The salespeople the caller may see")
class SalespeopleApiController {

    private final SalespersonRepository salespeople;
    private final TeamRepository teams;

    SalespeopleApiController(SalespersonRepository salespeople, TeamRepository teams) {
        this.salespeople = salespeople;
        this.teams = teams;
    }

    record SalespersonJson(long id, String name, String team) {}

    @GetMapping("/api/v1/salespeople")
    @Operation(summary = "The salespeople in scope, with their teams")
    List<SalespersonJson> list(Scope visible) {
        Map<Long, String> teamNames = teamNames(visible);
        return salespeople.findAll(visible.orgId()).stream()
                .filter(person -> visible.includes(person.id()))
                .map(person -> new SalespersonJson(person.id(), person.name(), teamNames.get(person.teamId())))
                .toList();
    }

    @GetMapping("/api/v1/salespeople/{id}")
    @Operation(summary = "One salesperson in scope")
    SalespersonJson one(Scope visible, @PathVariable long id) {
        return salespeople.findAll(visible.orgId()).stream()
                .filter(person -> person.id() == id && visible.includes(person.id()))
                .findFirst()
                .map(person -> new SalespersonJson(
                        person.id(), person.name(), teamNames(visible).get(person.teamId())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<Long, String> teamNames(Scope visible) {
        return teams.findAll(visible.orgId()).stream().collect(Collectors.toMap(Team::id, Team::name));
    }
}
