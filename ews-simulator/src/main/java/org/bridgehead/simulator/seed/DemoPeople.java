package org.bridgehead.simulator.seed;

import java.util.List;
import java.util.Map;
import org.bridgehead.simulator.store.Person;

/**
 * The demo company's Global Address List. Phone numbers are from ranges reserved for fiction
 * (UK 020 7946 0xxx, France 01 99 00 xx xx, US 555-0xxx); some people have a picture.
 */
final class DemoPeople {
    static final String COMPANY = "Example Industries";

    private DemoPeople() {
    }

    /** An office building: its address and how its fictional phone numbers look. */
    record Site(String street, String city, String postalCode, String country, String state, String phonePrefix,
                String mobilePrefix) {

        /** A number of the site's fictional range; {@code extension} from 100 to 999. */
        String phone(int extension) {
            return phonePrefix + digits(extension);
        }

        String mobile(int extension) {
            return mobilePrefix + digits(extension);
        }

        private String digits(int extension) {
            String three = String.format("%03d", extension % 1000);
            return phonePrefix.startsWith("+33") ? three.charAt(0) + " " + three.substring(1) : three;
        }
    }

    private static final Site LYON = new Site("12 Quai Saint-Antoine", "Lyon", "69002", "France",
            "Auvergne-Rhône-Alpes", "+33 1 99 00 1", "+33 6 99 00 1");
    private static final Site LONDON = new Site("40 Bermondsey Street", "London", "SE1 3UD", "United Kingdom",
            "England", "+44 20 7946 0", "+44 7700 900");
    private static final Site BERLIN = new Site("Torstraße 140", "Berlin", "10119", "Germany", "Berlin",
            "+49 30 555 0", "+49 151 555 0");
    private static final Site BOSTON = new Site("200 Seaport Boulevard", "Boston", "02210", "United States", "MA",
            "+1 617 555 0", "+1 617 555 1");
    static final List<Site> SITES = List.of(LYON, LONDON, BERLIN, BOSTON);

    /** Generated colleagues beside the named ones: the demo directory has the named people and this many. */
    static final int GENERATED = 190;
    private static final long GENERATOR_SEED = 1389L;

    /** Each department's head, the manager of its people; heads report to the CTO or the CEO. */
    static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("Engineering", "alice@example.com"), Map.entry("IT Operations", "henrik.johansson@example.com"),
            Map.entry("Finance", "juergen.mueller@example.com"), Map.entry("Product", "chloe.dubois@example.com"),
            Map.entry("Sales", "maria.garcia@example.com"), Map.entry("Legal", "francois.lefevre@example.com"),
            Map.entry("Customer Support", "fatima.elamrani@example.com"),
            Map.entry("Marketing", "daniela.ortiz@example.com"), Map.entry("Human Resources", "ines.martins@example.com"),
            Map.entry("Facilities", "emma.schmidt@example.com"), Map.entry("Management", "olivier.moreau@example.com"));
    private static final String CEO = "olivier.moreau@example.com";
    private static final String CTO = "ethan.miller@example.com";
    private static final java.util.Set<String> REPORTING_TO_CTO = java.util.Set.of("Engineering", "IT Operations",
            "Product");

    static final Person ALICE = person("alice@example.com", "Alice", "Archer", "Engineering Manager", "Engineering",
            "Lyon 3.12", "+33 1 99 00 10 12", "+33 6 99 00 10 12", LYON);
    static final Person BOB = person("bob@example.com", "Bob", "Baker", "Systems Administrator", "IT Operations",
            "London 2.04", "+44 20 7946 0204", "+44 7700 900204", LONDON);

    /** Everyone in the directory, the two demo users included: the named people, then the generated. */
    static List<Person> all() {
        List<Person> all = new java.util.ArrayList<>(named());
        all.addAll(new DirectoryGenerator(GENERATOR_SEED, HEADS,
                all.stream().map(Person::address).collect(java.util.stream.Collectors.toSet())).people(GENERATED));
        return List.copyOf(all);
    }

    /** Who has a picture: the two demo users and every third of the others. */
    static boolean hasPhoto(int index) {
        return index < 2 || index % 3 == 0;
    }

    /** The named people, whose details the tests and the README rely on. */
    static List<Person> named() {
        return List.of(ALICE, BOB,
                person("chloe.dubois@example.com", "Chloé", "Dubois", "Product Manager", "Product", "Lyon 3.20",
                        "+33 1 99 00 10 20", null, LYON),
                person("juergen.mueller@example.com", "Jürgen", "Müller", "Head of Finance", "Finance",
                        "Berlin 1.07", "+49 30 555 0107", "+49 151 555 0107", BERLIN),
                person("soren.nielsen@example.com", "Søren", "Nielsen", "Security Engineer", "IT Operations",
                        "Berlin 1.15", "+49 30 555 0115", null, BERLIN),
                person("maria.garcia@example.com", "María José", "García", "Account Executive", "Sales",
                        "Boston 4.02", "+1 617 555 0142", "+1 617 555 0143", BOSTON),
                person("francois.lefevre@example.com", "François", "Lefèvre", "Legal Counsel", "Legal",
                        "Lyon 4.01", "+33 1 99 00 14 01", null, LYON),
                person("zoe.clarke@example.com", "Zoë", "Clarke", "UX Designer", "Product", "London 3.11",
                        "+44 20 7946 0311", null, LONDON),
                person("lukasz.nowak@example.com", "Łukasz", "Nowak", "Backend Developer", "Engineering",
                        "Berlin 2.03", "+49 30 555 0203", null, BERLIN),
                person("daniel.evans@example.com", "Daniel", "Evans", "Support Engineer", "Customer Support",
                        "London 1.09", "+44 20 7946 0109", "+44 7700 900109", LONDON),
                person("daniela.ortiz@example.com", "Daniela", "Ortiz", "Marketing Lead", "Marketing",
                        "Boston 3.05", "+1 617 555 0135", null, BOSTON),
                person("henrik.johansson@example.com", "Henrik", "Johansson", "Site Reliability Engineer",
                        "IT Operations", "Berlin 2.10", "+49 30 555 0210", null, BERLIN),
                person("aisha.khan@example.com", "Aisha", "Khan", "Data Analyst", "Finance", "London 2.15",
                        "+44 20 7946 0215", null, LONDON),
                person("kenji.watanabe@example.com", "Kenji", "Watanabe", "Frontend Developer", "Engineering",
                        "Boston 2.08", "+1 617 555 0128", null, BOSTON),
                person("ines.martins@example.com", "Inês", "Martins", "Recruiter", "Human Resources", "Lyon 1.04",
                        "+33 1 99 00 11 04", null, LYON),
                person("olivier.moreau@example.com", "Olivier", "Moreau", "Chief Executive Officer", "Management",
                        "Lyon 5.01", "+33 1 99 00 15 01", "+33 6 99 00 15 01", LYON),
                person("emma.schmidt@example.com", "Emma", "Schmidt", "Office Manager", "Facilities",
                        "Berlin 0.02", "+49 30 555 0002", null, BERLIN),
                person("noah.williams@example.com", "Noah", "Williams", "Sales Engineer", "Sales", "Boston 4.10",
                        "+1 617 555 0150", null, BOSTON),
                person("priya.raman@example.com", "Priya", "Raman", "QA Engineer", "Engineering", "London 3.02",
                        "+44 20 7946 0302", null, LONDON),
                person("mateo.rossi@example.com", "Mateo", "Rossi", "Controller", "Finance", "Lyon 4.11",
                        "+33 1 99 00 14 11", null, LYON),
                person("hannah.becker@example.com", "Hannah", "Becker", "Technical Writer", "Product",
                        "Berlin 2.17", "+49 30 555 0217", null, BERLIN),
                person("oliver.brown@example.com", "Oliver", "Brown", "Helpdesk Technician", "IT Operations",
                        "London 1.01", "+44 20 7946 0101", null, LONDON),
                person("sofia.andersson@example.com", "Sofia", "Andersson", "People Partner", "Human Resources",
                        "Berlin 1.02", "+49 30 555 0102", null, BERLIN),
                person("lucas.martin@example.com", "Lucas", "Martin", "DevOps Engineer", "IT Operations",
                        "Lyon 2.06", "+33 1 99 00 12 06", null, LYON),
                person("fatima.elamrani@example.com", "Fatima", "El Amrani", "Customer Success Manager",
                        "Customer Support", "Lyon 1.12", "+33 1 99 00 11 12", null, LYON),
                person("ethan.miller@example.com", "Ethan", "Miller", "Chief Technology Officer", "Management",
                        "Boston 5.01", "+1 617 555 0101", "+1 617 555 0102", BOSTON),
                person("agnieszka.wojcik@example.com", "Agnieszka", "Wójcik", "Payroll Specialist", "Finance",
                        "Berlin 1.11", "+49 30 555 0111", null, BERLIN),
                person("tomas.novak@example.com", "Tomáš", "Novák", "Network Engineer", "IT Operations",
                        "Berlin 2.21", "+49 30 555 0221", null, BERLIN));
    }

    private static Person person(String address, String given, String surname, String title, String department,
                                 String office, String phone, String mobile, Site site) {
        return new Person(address, given + " " + surname, given, surname, title, department, COMPANY, office, phone,
                mobile, site.street(), site.city(), site.postalCode(), site.country(), site.state(), null, null,
                managerOf(address, department), List.of(), null);
    }

    private static String managerOf(String address, String department) {
        String head = HEADS.get(department);
        if (!address.equals(head)) {
            return head;
        }
        if (address.equals(CEO)) {
            return null;
        }
        return REPORTING_TO_CTO.contains(department) ? CTO : CEO;
    }
}
