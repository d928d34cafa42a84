package org.bridgehead.simulator.seed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bridgehead.simulator.store.Person;

/**
 * Generated colleagues for the Global Address List: names from several countries, a department,
 * title, office, phones, address and manager each, some with an alias address. The same seed
 * gives the same people. Phone numbers are from ranges reserved for fiction.
 */
final class DirectoryGenerator {
    static final List<String> GIVEN = List.of("Adèle", "Ahmed", "Amélie", "Anders", "Anna", "Arjun",
            "Beatriz", "Camille", "Carlos", "Chen", "Clara", "Dmitri", "Elena", "Élodie", "Farah", "Felix", "Giulia",
            "Grace", "Gustav", "Hugo", "Ingrid", "Isabel", "Jakob", "James", "Jana", "Javier", "Julia", "Karim",
            "Katarzyna", "Laila", "Lars", "Léa", "Leon", "Lina", "Luca", "Maja", "Malik", "Marco", "Margaux",
            "Mei", "Mohammed", "Nadia", "Nils", "Nina", "Omar", "Paula", "Pedro", "Rafael", "Rania", "Ruth",
            "Samuel", "Sara", "Sebastian", "Siddharth", "Simone", "Stefan", "Tariq", "Théo", "Ursula", "Valentina",
            "Victor", "Wei", "Yara", "Yusuf");
    static final List<String> SURNAMES = List.of("Abbott", "Alvarez", "Bauer", "Bernard", "Bianchi",
            "Carvalho", "Castro", "Chowdhury", "Costa", "Dahl", "Dupont", "Eriksen", "Fischer", "Fontaine",
            "Gómez", "Hansen", "Hoffmann", "Ivanova", "Jansen", "Kowalski", "Kumar", "Laurent", "Lindqvist",
            "López", "Mäkinen", "Marino", "Meyer", "Novotná", "O'Brien", "Okafor", "Olsen", "Papadopoulos",
            "Pereira", "Petrov", "Quinn", "Ricci", "Roux", "Sato", "Schneider", "Silva", "Singh", "Sørensen",
            "Tanaka", "Thompson", "Vasquez", "Vogel", "Walsh", "Weber", "Yilmaz", "Zhang");
    private static final Map<String, List<String>> TITLES = Map.ofEntries(
            Map.entry("Engineering", List.of("Software Engineer", "Senior Software Engineer", "Test Engineer")),
            Map.entry("IT Operations", List.of("Systems Engineer", "Network Administrator", "Service Desk Analyst")),
            Map.entry("Finance", List.of("Accountant", "Financial Analyst", "Accounts Payable Clerk")),
            Map.entry("Product", List.of("Product Owner", "UX Researcher", "Product Designer")),
            Map.entry("Sales", List.of("Account Manager", "Sales Representative", "Sales Operations Analyst")),
            Map.entry("Legal", List.of("Paralegal", "Contract Manager")),
            Map.entry("Customer Support", List.of("Support Specialist", "Support Team Lead")),
            Map.entry("Marketing", List.of("Content Writer", "Campaign Manager", "Graphic Designer")),
            Map.entry("Human Resources", List.of("HR Generalist", "Talent Acquisition Partner")),
            Map.entry("Facilities", List.of("Facilities Coordinator", "Receptionist")));
    private static final List<String> DEPARTMENTS = TITLES.keySet().stream().sorted().toList();

    private final Random random;
    private final Map<String, String> heads;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param heads     department to the address of its head, who becomes the manager of its people;
     *                  a department missing here is headed by its first generated person
     * @param taken     addresses already in the directory
     */
    DirectoryGenerator(long seed, Map<String, String> heads, Set<String> taken) {
        this.random = new Random(seed);
        this.heads = new HashMap<>(heads);
        taken.forEach(a -> this.taken.add(a.toLowerCase(Locale.ROOT)));
    }

    List<Person> people(int count) {
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(next(i));
        }
        return people;
    }

    private Person next(int number) {
        String given = GIVEN.get(random.nextInt(GIVEN.size()));
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String address = freeAddress(ascii(given) + "." + ascii(surname));
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        List<String> titles = TITLES.get(department);
        DemoPeople.Site site = DemoPeople.SITES.get(random.nextInt(DemoPeople.SITES.size()));
        int extension = 100 + (number % 900);
        String office = site.city() + " " + (1 + random.nextInt(5)) + "." + String.format("%02d", 1 + random.nextInt(30));
        List<String> aliases = random.nextInt(3) == 0
                ? List.of(freeAddress(ascii(given).charAt(0) + ascii(surname))) : List.of();
        // a department without a head gets its first generated person as one
        String head = heads.computeIfAbsent(department, d -> address);
        String manager = head.equals(address) ? null : head;
        return new Person(address, given + " " + surname, given, surname, titles.get(random.nextInt(titles.size())),
                department, DemoPeople.COMPANY, office, site.phone(extension),
                random.nextInt(2) == 0 ? site.mobile(extension) : null, site.street(), site.city(),
                site.postalCode(), site.country(), site.state(), random.nextInt(5) == 0 ? site.phone(extension + 1) : null,
                random.nextInt(6) == 0 ? site.phone(extension + 2) : null, manager, aliases, null);
    }

    private String freeAddress(String localPart) {
        String candidate = localPart + "@example.com";
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = localPart + n + "@example.com";
        }
        return candidate;
    }

    /** A name as the local part of an address: lower case ASCII letters only. */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("ø", "o").replace("ł", "l").replaceAll("[^a-z]", "");
    }
}
