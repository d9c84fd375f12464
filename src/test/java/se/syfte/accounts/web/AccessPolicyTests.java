package se.syfte.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.support.DatabaseTest;
import se.syfte.visitlog.VisitService;
import se.syfte.visits.StoredVisit;
import se.syfte.web.ErrorPages;

/**
 * Every endpoint the application registers, asked by each kind of caller — no one, an admin, a
 * manager of one team, a salesperson, and an admin of another organisation — with ids of their
 * own, of a colleague and of the other organisation. An endpoint missing from the policy fails
 * the first test, so none can be forgotten.
 */
class AccessPolicyTests extends DatabaseTest {

    enum Caller {
        ANONYMOUS,
        ADMIN,
        MANAGER,
        SALESPERSON,
        OTHER_ADMIN
    }

    /** One request to an endpoint, and the status each caller gets. */
    record Probe(
            String endpoint,
            String what,
            Function<Caller, AbstractMockHttpServletRequestBuilder<?>> request,
            int... statuses) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    VisitService visits;

    @Autowired
    se.syfte.accounts.db.AccountRepository repository;

    @Autowired
    org.springframework.context.ApplicationContext context;

    TwoOrganisations world;

    @BeforeEach
    void world() {
        world = new TwoOrganisations(context);
    }

    @Test
    void everyRegisteredEndpointIsInThePolicy() {
        Set<String> registered = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType() == ErrorPages.class) {
                return; // the error page, open to all as /error, whatever the failed request's method
            }
            if (handler.getBeanType() == se.syfte.support.PlantedFailure.class) {
                return; // the tests' own failing page, not part of the application
            }
            mapping.getPathPatternsCondition()
                    .getPatternValues()
                    .forEach(path -> mapping.getMethodsCondition()
                            .getMethods()
                            .forEach(method -> registered.add(method + " " + path)));
            assertThat(mapping.getMethodsCondition().getMethods())
                    .as("%s names its HTTP method", mapping)
                    .isNotEmpty();
        });

        assertThat(registered)
                .containsExactlyInAnyOrderElementsOf(
                        probes().stream().map(Probe::endpoint).distinct().toList());
    }

    @Test
    void eachCallerGetsWhatTheirRoleAndScopeAllowAndNothingElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes()) {
            for (Caller caller : Caller.values()) {
                AbstractMockHttpServletRequestBuilder<?> request =
                        probe.request().apply(caller);
                request.with(csrf());
                if (caller != Caller.ANONYMOUS) {
                    // Signed in afresh for each probe: one of them resets Anna's password, which ends
                    // her sessions and leaves her a one-time password; she chooses one again here.
                    Account fresh = repository
                            .find(account(caller).orgId(), account(caller).id())
                            .orElseThrow();
                    if (fresh.mustChangePassword()) {
                        repository.setPassword(fresh.orgId(), fresh.id(), "{noop}unused", false);
                        fresh = repository.find(fresh.orgId(), fresh.id()).orElseThrow();
                    }
                    request.with(user(TwoOrganisations.signedIn(fresh)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                int expected = probe.statuses()[caller.ordinal()];
                if (status != expected) {
                    wrong.add(probe.endpoint() + " (" + probe.what() + ") as " + caller + ": " + status + ", not "
                            + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSalespeopleListHoldsExactlyThoseInScope() throws Exception {
        Map<Caller, List<String>> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ADMIN, List.of("Anna", "Bo", "Cecilia"));
        expected.put(Caller.MANAGER, List.of("Anna", "Bo"));
        expected.put(Caller.SALESPERSON, List.of("Anna"));
        expected.put(Caller.OTHER_ADMIN, List.of("Dan"));
        for (Map.Entry<Caller, List<String>> entry : expected.entrySet()) {
            mvc.perform(get("/api/v1/salespeople").with(user(TwoOrganisations.signedIn(account(entry.getKey())))))
                    .andExpect(jsonPath("$[*].name")
                            .value(org.hamcrest.Matchers.containsInAnyOrder(
                                    entry.getValue().toArray())));
        }
    }

    /**
     * docs/security.md: a salesperson may open a customer they visit, but its page shows only
     * their own visits, deals and orders, not a colleague's in another team.
     */
    @Test
    void aCustomerSharedWithAnotherTeamShowsEachOnlyTheirOwnVisits() throws Exception {
        visitBy(world.admin, world.anna, "Delad Kund AB");
        long shared = customerVisitedBy(world.admin, world.cecilia, "Delad Kund AB");
        Map<Caller, List<String>> visitors = new EnumMap<>(Caller.class);
        for (Caller caller : List.of(Caller.ADMIN, Caller.MANAGER, Caller.SALESPERSON)) {
            String page = mvc.perform(
                            get("/customers/{id}", shared).with(user(TwoOrganisations.signedIn(account(caller)))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            visitors.put(
                    caller,
                    java.util.stream.Stream.of("Anna", "Cecilia")
                            .filter(page::contains)
                            .toList());
        }

        assertThat(visitors)
                .containsEntry(Caller.ADMIN, List.of("Anna", "Cecilia"))
                .containsEntry(Caller.MANAGER, List.of("Anna"))
                .containsEntry(Caller.SALESPERSON, List.of("Anna"));
    }

    private Account account(Caller caller) {
        return switch (caller) {
            case ADMIN -> world.admin;
            case MANAGER -> world.manager;
            case SALESPERSON -> world.salesperson;
            case OTHER_ADMIN -> world.otherAdmin;
            case ANONYMOUS -> throw new IllegalArgumentException("no one");
        };
    }

    /** A token of the caller's own (of the admin's when no one calls), made for this request. */
    private long ownToken(Caller caller) {
        return accounts.createToken(caller == Caller.ANONYMOUS ? world.admin : account(caller), "probe")
                .id();
    }

    private long visitOf(long salesperson) {
        return visitBy(world.admin, salesperson, "Kund AB").id();
    }

    /** A visit stored by the admin of the salesperson's organisation. */
    private StoredVisit visitBy(Account admin, long salesperson, String customer) {
        return visits.create(
                admin,
                new VisitService.VisitInput(
                        LocalDate.of(2026, 11, 2), null, salesperson, customer, "QUOTE", 60, null, null, null));
    }

    private static String visitBody(long salesperson) {
        return "{\"date\":\"2026-11-03\",\"salespersonId\":" + salesperson
                + ",\"customer\":\"Kund AB\",\"purpose\":\"QUOTE\"}";
    }

    /** The purpose QUOTE of organisation A. */
    private long quote() {
        return context.getBean(se.syfte.purposes.db.PurposeRepository.class).findAll(world.a.id()).stream()
                .filter(purpose -> purpose.code().equals("QUOTE"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long teamOf(long salesperson) {
        return context.getBean(se.syfte.organisation.db.SalespersonRepository.class).findAll(world.a.id()).stream()
                .filter(person -> person.id() == salesperson)
                .findFirst()
                .orElseThrow()
                .teamId();
    }

    private long dansToken() {
        return accounts.createToken(world.otherSalesperson, "dan's").id();
    }

    // Statuses in the order ANONYMOUS, ADMIN, MANAGER, SALESPERSON, OTHER_ADMIN.
    private List<Probe> probes() {
        return List.of(
                new Probe("GET /login", "the sign-in page", c -> get("/login"), 200, 200, 200, 200, 200),
                new Probe("GET /", "the dashboard", c -> get("/"), 302, 200, 200, 200, 200),
                new Probe("GET /account", "one's account", c -> get("/account"), 302, 200, 200, 200, 200),
                new Probe(
                        "POST /account/password",
                        "a wrong current password",
                        c -> post("/account/password").param("current", "wrong").param("password", "x".repeat(12)),
                        302,
                        302,
                        302,
                        302,
                        302),
                new Probe(
                        "POST /account/tokens",
                        "a new token",
                        c -> post("/account/tokens").param("name", "CRM"),
                        302,
                        302,
                        302,
                        302,
                        302),
                new Probe(
                        "POST /account/tokens/{id}/revoke",
                        "one's own token",
                        c -> post("/account/tokens/{id}/revoke", ownToken(c)),
                        302,
                        302,
                        302,
                        302,
                        302),
                new Probe(
                        "POST /account/tokens/{id}/revoke",
                        "another organisation's token",
                        c -> post("/account/tokens/{id}/revoke", dansToken()),
                        302,
                        404,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /admin/users",
                        "the accounts' old address",
                        c -> get("/admin/users"),
                        302,
                        302,
                        403,
                        403,
                        302),
                new Probe("GET /users", "the accounts", c -> get("/users"), 302, 200, 200, 403, 200),
                new Probe(
                        "GET /users/{id}",
                        "Anna's account",
                        c -> get("/users/{id}", world.salesperson.id()),
                        302,
                        200,
                        200,
                        403,
                        404),
                new Probe(
                        "POST /admin/users",
                        "a new account",
                        c -> post("/admin/users")
                                .param("email", "probe-" + System.nanoTime() + "@probe.example")
                                .param("role", "ADMIN"),
                        302,
                        302,
                        403,
                        403,
                        302),
                new Probe(
                        "POST /admin/users/{id}",
                        "changing Anna's account",
                        c -> post("/admin/users/{id}", world.salesperson.id())
                                .param("role", "SALESPERSON")
                                .param("salesperson", "Anna"),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/users/{id}/enabled",
                        "enabling Anna's account",
                        c -> post("/admin/users/{id}/enabled", world.salesperson.id())
                                .param("enabled", "true"),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe("GET /api/v1/users", "the accounts", c -> get("/api/v1/users"), 401, 200, 200, 403, 200),
                new Probe(
                        "GET /api/v1/users/{id}",
                        "Anna's account",
                        c -> get("/api/v1/users/{id}", world.salesperson.id()),
                        401,
                        200,
                        200,
                        403,
                        404),
                new Probe(
                        "POST /api/v1/users",
                        "a new account",
                        c -> post("/api/v1/users")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\":\"probe-" + System.nanoTime()
                                        + "@probe.example\",\"role\":\"ADMIN\"}"),
                        401,
                        201,
                        403,
                        403,
                        201),
                new Probe(
                        "PUT /api/v1/users/{id}",
                        "changing Anna's account",
                        c -> put("/api/v1/users/{id}", world.salesperson.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"role\":\"SALESPERSON\",\"salesperson\":\"Anna\"}"),
                        401,
                        200,
                        403,
                        403,
                        404),
                new Probe(
                        "PUT /api/v1/users/{id}/enabled",
                        "enabling Anna's account",
                        c -> put("/api/v1/users/{id}/enabled", world.salesperson.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"enabled\":true}"),
                        401,
                        200,
                        403,
                        403,
                        404),
                new Probe(
                        "GET /api/v1/customers",
                        "those in scope",
                        c -> get("/api/v1/customers"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /api/v1/customers/{id}",
                        "a customer Anna visits",
                        c -> get("/api/v1/customers/{id}", customerVisitedBy(world.admin, world.anna, "Annas Kund AB")),
                        401,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "GET /api/v1/customers/{id}",
                        "a customer only Cecilia visits",
                        c -> get(
                                "/api/v1/customers/{id}",
                                customerVisitedBy(world.admin, world.cecilia, "Cecilias Kund AB")),
                        401,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "PATCH /api/v1/customers/{id}",
                        "the tier of a customer Anna visits",
                        c -> patch(
                                        "/api/v1/customers/{id}",
                                        customerVisitedBy(world.admin, world.anna, "Annas Kund AB"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"tier\":\"B\"}"),
                        401,
                        200,
                        200,
                        403,
                        404),
                new Probe(
                        "PATCH /api/v1/customers/{id}",
                        "the tier of a customer only Cecilia visits",
                        c -> patch(
                                        "/api/v1/customers/{id}",
                                        customerVisitedBy(world.admin, world.cecilia, "Cecilias Kund AB"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"tier\":\"B\"}"),
                        401,
                        200,
                        404,
                        403,
                        404),
                new Probe(
                        "GET /api/v1/purposes",
                        "one's own organisation's",
                        c -> get("/api/v1/purposes"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /api/v1/targets",
                        "a month's targets of those in scope",
                        c -> get("/api/v1/targets").param("month", "2026-11"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "PUT /api/v1/targets/{month}/{salespersonId}",
                        "Anna's month",
                        c -> put("/api/v1/targets/{month}/{salespersonId}", "2026-11", world.anna)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"targets\":{\"QUOTE\":3}}"),
                        401,
                        200,
                        200,
                        403,
                        404),
                new Probe(
                        "PUT /api/v1/targets/{month}/{salespersonId}",
                        "Cecilia's month, outside the manager's teams",
                        c -> put("/api/v1/targets/{month}/{salespersonId}", "2026-11", world.cecilia)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"targets\":{\"QUOTE\":3}}"),
                        401,
                        200,
                        404,
                        403,
                        404),
                new Probe(
                        "POST /api/v1/imports",
                        "a dry run of a visits file naming Anna",
                        c -> multipart("/api/v1/imports")
                                .file(new MockMultipartFile(
                                        "file",
                                        "visits.csv",
                                        "text/csv",
                                        "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna,Kund AB,QUOTE\n"
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .param("dryRun", "true"),
                        401,
                        200,
                        200,
                        403,
                        200),
                new Probe(
                        "GET /v3/api-docs",
                        "the OpenAPI description",
                        c -> get("/v3/api-docs"),
                        302,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /v3/api-docs.yaml",
                        "the OpenAPI description as YAML",
                        c -> get("/v3/api-docs.yaml"),
                        302,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /v3/api-docs/swagger-config",
                        "Swagger UI's configuration",
                        c -> get("/v3/api-docs/swagger-config"),
                        302,
                        200,
                        200,
                        200,
                        200),
                new Probe("GET /swagger-ui.html", "Swagger UI", c -> get("/swagger-ui.html"), 302, 302, 302, 302, 302),
                new Probe("GET /admin/settings", "the settings", c -> get("/admin/settings"), 302, 200, 403, 403, 200),
                new Probe(
                        "GET /admin/settings/purposes/new",
                        "the form for a new purpose",
                        c -> get("/admin/settings/purposes/new"),
                        302,
                        200,
                        403,
                        403,
                        200),
                new Probe(
                        "GET /admin/settings/purposes/{id}",
                        "organisation A's QUOTE",
                        c -> get("/admin/settings/purposes/{id}", quote()),
                        302,
                        200,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/settings/purposes",
                        "a new purpose of one's own organisation",
                        c -> post("/admin/settings/purposes")
                                .param("code", "PROBE" + System.nanoTime())
                                .param("nameSv", "Provbesök")
                                .param("nameEn", "Probe visit")
                                .param("kind", "CARE")
                                .param("defaultMinutes", "30"),
                        302,
                        302,
                        403,
                        403,
                        302),
                new Probe(
                        "POST /admin/settings/purposes/{id}",
                        "renaming organisation A's QUOTE",
                        c -> post("/admin/settings/purposes/{id}", quote())
                                .param("nameSv", "Offert")
                                .param("nameEn", "Quote")
                                .param("kind", "FUNNEL")
                                .param("step", "2")
                                .param("defaultMinutes", "60"),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/settings/follow-through",
                        "the next-step days and cadence of one's own organisation",
                        c -> post("/admin/settings/follow-through")
                                .param("nextStepDays", "21")
                                .param("cadenceA", "30")
                                .param("cadenceB", "60")
                                .param("cadenceC", "120"),
                        302,
                        302,
                        403,
                        403,
                        302),
                new Probe(
                        "POST /admin/settings/teams",
                        "a new team of one's own organisation",
                        c -> post("/admin/settings/teams").param("name", "Team " + System.nanoTime()),
                        302,
                        302,
                        403,
                        403,
                        302),
                new Probe(
                        "POST /admin/settings/teams/{id}",
                        "renaming organisation A's North",
                        c -> post("/admin/settings/teams/{id}", teamOf(world.anna))
                                .param("name", "North " + System.nanoTime()),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/settings/salespeople",
                        "a new salesperson in organisation A's North",
                        c -> post("/admin/settings/salespeople")
                                .param("name", "Nils " + System.nanoTime())
                                .param("team", String.valueOf(teamOf(world.anna))),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/settings/salespeople/{id}",
                        "renaming Anna",
                        c -> post("/admin/settings/salespeople/{id}", world.anna)
                                .param("name", "Anna " + System.nanoTime())
                                .param("team", String.valueOf(teamOf(world.anna))),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe(
                        "POST /admin/users/{id}/password",
                        "resetting Anna's password",
                        c -> post("/admin/users/{id}/password", world.salesperson.id()),
                        302,
                        302,
                        403,
                        403,
                        404),
                new Probe("GET /admin/audit", "the audit log", c -> get("/admin/audit"), 302, 200, 403, 403, 200),
                new Probe("GET /api/v1/me", "who am I", c -> get("/api/v1/me"), 401, 200, 200, 200, 200),
                new Probe("GET /api/v1/tokens", "one's tokens", c -> get("/api/v1/tokens"), 401, 200, 200, 200, 200),
                new Probe(
                        "POST /api/v1/tokens",
                        "a new token",
                        c -> post("/api/v1/tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"CRM\"}"),
                        401,
                        201,
                        201,
                        201,
                        201),
                new Probe(
                        "DELETE /api/v1/tokens/{id}",
                        "one's own token",
                        c -> delete("/api/v1/tokens/{id}", ownToken(c)),
                        401,
                        204,
                        204,
                        204,
                        204),
                new Probe(
                        "DELETE /api/v1/tokens/{id}",
                        "another organisation's token",
                        c -> delete("/api/v1/tokens/{id}", dansToken()),
                        401,
                        404,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/salespeople",
                        "those in scope",
                        c -> get("/api/v1/salespeople"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /api/v1/salespeople/{id}",
                        "Anna, oneself for the salesperson",
                        c -> get("/api/v1/salespeople/{id}", world.anna),
                        401,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "GET /api/v1/salespeople/{id}",
                        "Bo, a colleague in the managed team",
                        c -> get("/api/v1/salespeople/{id}", world.bo),
                        401,
                        200,
                        200,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/salespeople/{id}",
                        "Cecilia, in a team the manager does not manage",
                        c -> get("/api/v1/salespeople/{id}", world.cecilia),
                        401,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/salespeople/{id}",
                        "Dan, of the other organisation",
                        c -> get("/api/v1/salespeople/{id}", world.dan),
                        401,
                        404,
                        404,
                        404,
                        200),
                new Probe("GET /targets", "the targets grid", c -> get("/targets"), 302, 200, 200, 403, 200),
                new Probe(
                        "POST /targets",
                        "Bo's target",
                        c -> post("/targets").param("month", "2026-12").param("t_" + world.bo + "_" + quote(), "3"),
                        302,
                        302,
                        302,
                        403,
                        404),
                new Probe(
                        "POST /targets",
                        "Cecilia's target, outside the managed team",
                        c -> post("/targets")
                                .param("month", "2026-12")
                                .param("t_" + world.cecilia + "_" + quote(), "3"),
                        302,
                        302,
                        404,
                        403,
                        404),
                new Probe(
                        "POST /targets/copy",
                        "copying last month's",
                        c -> post("/targets/copy").param("month", "2026-12"),
                        302,
                        302,
                        302,
                        403,
                        302),
                new Probe("GET /import", "the import page", c -> get("/import"), 302, 200, 200, 403, 200),
                new Probe(
                        "POST /import",
                        "checking a file",
                        c -> multipart("/import")
                                .file(new MockMultipartFile(
                                        "file",
                                        "visits.csv",
                                        "text/csv",
                                        "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna,Kund AB,QUOTE\n"
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        302,
                        200,
                        200,
                        403,
                        200),
                new Probe(
                        "POST /import/{token}",
                        "storing a file this session did not check",
                        c -> post("/import/{token}", "not-a-token"),
                        302,
                        404,
                        404,
                        403,
                        404),
                new Probe(
                        "POST /import/{token}/columns",
                        "correcting the columns of a file this session did not check",
                        c -> post("/import/{token}/columns", "not-a-token")
                                .param("tableKind", "VISITS")
                                .param("columnTable", "0")
                                .param("columnHeader", "Datum")
                                .param("columnField", "date"),
                        302,
                        404,
                        404,
                        403,
                        404),
                new Probe(
                        "GET /import/rejects/{token}",
                        "a reject file this session did not store",
                        c -> get("/import/rejects/{token}", "not-a-token"),
                        302,
                        404,
                        404,
                        403,
                        404),
                new Probe(
                        "GET /import/template",
                        "the Swedish template",
                        c -> get("/import/template").param("lang", "sv"),
                        302,
                        200,
                        200,
                        403,
                        200),
                new Probe("GET /log", "the quick visit log", c -> get("/log"), 302, 200, 200, 200, 200),
                new Probe(
                        "POST /log",
                        "logging a visit for oneself",
                        c -> post("/log")
                                .param("customer", "Kund AB")
                                .param("date", "2026-11-30")
                                .param("dateConfirmed", "true")
                                .param("purpose", "QUOTE"),
                        302,
                        200, // an admin without a salesperson gets the form again, naming the salesperson
                        403,
                        302,
                        200),
                new Probe(
                        "GET /log/{id}",
                        "correcting a visit of Anna's",
                        c -> get("/log/{id}", visitOf(world.anna)),
                        302,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "POST /log/{id}",
                        "saving a correction of a visit of Anna's",
                        c -> post("/log/{id}", visitOf(world.anna))
                                .param("customer", "Kund AB")
                                .param("date", "2026-11-30")
                                .param("dateConfirmed", "true")
                                .param("purpose", "RELATION"),
                        302,
                        302,
                        403,
                        302,
                        404),
                new Probe(
                        "POST /log/{id}/confirm",
                        "saying how a visit of Anna's went",
                        c -> post("/log/{id}/confirm", visitOf(world.anna)).param("status", "CANCELLED"),
                        302,
                        302,
                        403,
                        302,
                        404),
                new Probe(
                        "POST /log/{id}/confirm",
                        "saying how a visit of Bo's went",
                        c -> post("/log/{id}/confirm", visitOf(world.bo)).param("status", "CANCELLED"),
                        302,
                        302,
                        403,
                        404,
                        404),
                new Probe(
                        "POST /log/{id}/delete",
                        "deleting a visit of Anna's",
                        c -> post("/log/{id}/delete", visitOf(world.anna)),
                        302,
                        302,
                        403,
                        302,
                        404),
                new Probe(
                        "POST /log/{id}/delete",
                        "deleting a visit of Bo's",
                        c -> post("/log/{id}/delete", visitOf(world.bo)),
                        302,
                        302,
                        403,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/visits",
                        "the visits in scope",
                        c -> get("/api/v1/visits"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /api/v1/visits/{id}",
                        "a visit of Anna's",
                        c -> get("/api/v1/visits/{id}", visitOf(world.anna)),
                        401,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "GET /api/v1/visits/{id}",
                        "a visit of Cecilia's, outside the managed team",
                        c -> get("/api/v1/visits/{id}", visitOf(world.cecilia)),
                        401,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "POST /api/v1/visits",
                        "logging a visit for Anna",
                        c -> post("/api/v1/visits")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(visitBody(world.anna)),
                        401,
                        201,
                        403,
                        201,
                        400),
                new Probe(
                        "POST /api/v1/visits",
                        "logging a visit for Bo, a colleague",
                        c -> post("/api/v1/visits")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(visitBody(world.bo)),
                        401,
                        201,
                        403,
                        400,
                        400),
                new Probe(
                        "PUT /api/v1/visits/{id}",
                        "correcting a visit of Anna's",
                        c -> put("/api/v1/visits/{id}", visitOf(world.anna))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(visitBody(world.anna)),
                        401,
                        200,
                        403,
                        200,
                        404),
                new Probe(
                        "PUT /api/v1/visits/{id}",
                        "correcting a visit of Bo's",
                        c -> put("/api/v1/visits/{id}", visitOf(world.bo))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(visitBody(world.bo)),
                        401,
                        200,
                        403,
                        404,
                        404),
                new Probe(
                        "POST /api/v1/visits/{id}/confirm",
                        "saying how a visit of Anna's went",
                        c -> post("/api/v1/visits/{id}/confirm", visitOf(world.anna))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"CANCELLED\"}"),
                        401,
                        200,
                        403,
                        200,
                        404),
                new Probe(
                        "POST /api/v1/visits/{id}/confirm",
                        "saying how a visit of Bo's went",
                        c -> post("/api/v1/visits/{id}/confirm", visitOf(world.bo))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"CANCELLED\"}"),
                        401,
                        200,
                        403,
                        404,
                        404),
                new Probe(
                        "DELETE /api/v1/visits/{id}",
                        "a visit of Anna's",
                        c -> delete("/api/v1/visits/{id}", visitOf(world.anna)),
                        401,
                        204,
                        403,
                        204,
                        404),
                new Probe(
                        "DELETE /api/v1/visits/{id}",
                        "a visit of Cecilia's",
                        c -> delete("/api/v1/visits/{id}", visitOf(world.cecilia)),
                        401,
                        204,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/reports/{name}",
                        "the funnel of everyone in scope",
                        c -> get("/api/v1/reports/{name}", "funnel"),
                        401,
                        200,
                        200,
                        200,
                        200),
                new Probe(
                        "GET /api/v1/reports/{name}",
                        "Bo's funnel",
                        c -> get("/api/v1/reports/{name}", "funnel").param("salesperson", "Bo"),
                        401,
                        200,
                        200,
                        404,
                        404),
                new Probe(
                        "GET /api/v1/reports/{name}",
                        "the South team's activity",
                        c -> get("/api/v1/reports/{name}", "activity").param("team", "South"),
                        401,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /coaching/{id}",
                        "Anna's coaching page, her own for the salesperson",
                        c -> get("/coaching/{id}", world.anna),
                        302,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "GET /coaching/{id}",
                        "Bo's coaching page",
                        c -> get("/coaching/{id}", world.bo),
                        302,
                        200,
                        200,
                        404,
                        404),
                new Probe(
                        "GET /coaching/{id}",
                        "Cecilia's, outside the manager's teams",
                        c -> get("/coaching/{id}", world.cecilia),
                        302,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /customers/{id}",
                        "a customer Anna visits",
                        c -> get("/customers/{id}", customerVisitedBy(world.admin, world.anna, "Annas Kund AB")),
                        302,
                        200,
                        200,
                        200,
                        404),
                new Probe(
                        "GET /customers/{id}",
                        "a customer only Cecilia visits",
                        c -> get("/customers/{id}", customerVisitedBy(world.admin, world.cecilia, "Cecilias Kund AB")),
                        302,
                        200,
                        404,
                        404,
                        404),
                new Probe(
                        "GET /customers/{id}",
                        "another organisation's customer",
                        c -> get("/customers/{id}", customerVisitedBy(world.otherAdmin, world.dan, "Dans Kund AB")),
                        302,
                        404,
                        404,
                        404,
                        200));
    }

    private long customerVisitedBy(Account admin, long salesperson, String customer) {
        return visitBy(admin, salesperson, customer).visit().customerId();
    }
}
