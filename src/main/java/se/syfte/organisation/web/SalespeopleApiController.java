package se.syfte.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.Visibility;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;

/** The salespeople the caller may see; any other id, in the organisation or not, is not found. */
@RestController
class SalespeopleApiController {

    private final SalespersonRepository salespeople;
    private final TeamRepository teams;

    SalespeopleApiController(SalespersonRepository salespeople, TeamRepository teams) {
        this.salespeople = salespeople;
        this.teams = teams;
    }

    record SalespersonJson(long id, String name, String team) {}

    @GetMapping("/api/v1/salespeople")
    List<SalespersonJson> list(@AuthenticationPrincipal SignedInUser user) {
        Map<Long, String> teamNames = teamNames(user);
        return salespeople.findAll(user.account().orgId()).stream()
                .filter(person -> Visibility.sees(user.account(), person))
                .map(person -> new SalespersonJson(person.id(), person.name(), teamNames.get(person.teamId())))
                .toList();
    }

    @GetMapping("/api/v1/salespeople/{id}")
    SalespersonJson one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return salespeople.findAll(user.account().orgId()).stream()
                .filter(person -> person.id() == id && Visibility.sees(user.account(), person))
                .findFirst()
                .map(person -> new SalespersonJson(
                        person.id(), person.name(), teamNames(user).get(person.teamId())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<Long, String> teamNames(SignedInUser user) {
        return teams.findAll(user.account().orgId()).stream().collect(Collectors.toMap(Team::id, Team::name));
    }
}
