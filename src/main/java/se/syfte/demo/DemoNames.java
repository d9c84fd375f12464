package se.syfte.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.syfte.customers.OrgNumber;

/** Swedish company names, organisation numbers, segments and industries for the demo. */
final class DemoNames {

    static final String CONSTRUCTION = "Bygg";
    static final String FACILITY_SERVICES = "Fastighetsservice";

    /** Industry → name stems; short stems join the first part ("Norrbygg"), long ones follow it. */
    private static final Map<String, List<String>> STEMS = Map.of(
            CONSTRUCTION,
            List.of("bygg", "Entreprenad", "Byggservice", "Mark & Anläggning", "betong"),
            "Outsourcing",
            List.of("Outsourcing", "Ekonomitjänster", "Bemanning", "Kundservice", "Lönetjänster"),
            FACILITY_SERVICES,
            List.of("Fastighetsservice", "städ", "Facility Management", "Fönsterputs", "Förvaltning"),
            "IT",
            List.of("data", "IT-konsult", "Systemutveckling", "Nätverk", "Digital"),
            "Tillverkning",
            List.of("Mekaniska", "Verkstäder", "plast", "Industri", "trä"),
            "Logistik",
            List.of("Logistik", "åkeri", "Transport", "lager", "frakt"));

    private static final List<String> INDUSTRIES =
            List.of(CONSTRUCTION, "Outsourcing", FACILITY_SERVICES, "IT", "Tillverkning", "Logistik");

    private static final List<String> FIRST_PARTS = List.of(
            "Norr",
            "Söder",
            "Väst",
            "Öster",
            "Berg",
            "Sjö",
            "Dal",
            "Skog",
            "Ek",
            "Lind",
            "Al",
            "Stål",
            "Sten",
            "Gran",
            "Björk",
            "Ås",
            "Hav",
            "Fjäll",
            "Strand",
            "Vik",
            "Kungs",
            "Mälar",
            "Vänern",
            "Roslags",
            "Upplands",
            "Hallands",
            "Skåne",
            "Göta",
            "Svea",
            "Nordic",
            "Polar",
            "Kust",
            "Älv",
            "Bro",
            "Hamn",
            "Torg",
            "Kron",
            "Lilje",
            "Rosen",
            "Ljung");

    private static final List<String> SUFFIXES = List.of("AB", "AB", "AB", "AB", "i Sverige AB", "Gruppen AB");

    static final List<String> SEGMENTS = List.of("Storföretag", "Medelstora företag", "Småföretag");

    private DemoNames() {}

    static List<String> industries() {
        return INDUSTRIES;
    }

    /** {@code count} distinct company names in {@code industry} order, none of them in {@code taken}. */
    static List<DemoData.Company> companies(Random random, int count, Set<String> taken) {
        Set<String> names = new LinkedHashSet<>();
        List<DemoData.Company> companies = new ArrayList<>();
        while (companies.size() < count) {
            String industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
            List<String> stems = STEMS.get(industry);
            String stem = stems.get(random.nextInt(stems.size()));
            String first = FIRST_PARTS.get(random.nextInt(FIRST_PARTS.size()));
            String suffix = SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            String name = Character.isLowerCase(stem.charAt(0))
                    ? first + stem + " " + suffix
                    : first + " " + stem + " " + suffix;
            if (!taken.contains(name) && names.add(name)) {
                companies.add(new DemoData.Company(name, orgNumber(random), segment(random), industry));
            }
        }
        return companies;
    }

    /** A limited company's number: 556 and six digits, then the check digit. */
    static OrgNumber orgNumber(Random random) {
        return OrgNumber.withCheckDigit("556" + String.format("%06d", random.nextInt(1_000_000)));
    }

    static String segment(Random random) {
        int draw = random.nextInt(10);
        return draw < 2 ? SEGMENTS.get(0) : draw < 6 ? SEGMENTS.get(1) : SEGMENTS.get(2);
    }

    static String email(String personName) {
        String ascii = personName
                .toLowerCase()
                .replace('å', 'a')
                .replace('ä', 'a')
                .replace('ö', 'o')
                .replace('é', 'e');
        return ascii.replace(' ', '.') + "@demo.syfte.se";
    }
}
