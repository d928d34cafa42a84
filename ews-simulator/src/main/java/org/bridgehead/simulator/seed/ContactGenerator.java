package org.bridgehead.simulator.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bridgehead.simulator.ews.SeedItems;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;

/**
 * Personal contacts as people keep them: clients and suppliers at other companies with work and
 * mobile numbers, some with a home address, a birthday, notes, categories, a web site, and every
 * {@code photoEvery}-th a picture. Names come from the directory's lists; addresses are at
 * {@code .example} domains and numbers in ranges reserved for fiction. The same seed gives the same
 * contacts.
 */
final class ContactGenerator {
    private static final List<String> COMPANIES = List.of("Northwind Traders", "Contoso Pharmaceuticals",
            "Fabrikam Logistics", "Tailspin Toys", "Wingtip Catering", "Lucerne Publishing", "Adventure Works",
            "Proseware", "Litware Labs", "Coho Vineyard", "Alpine Ski House", "Woodgrove Bank");
    private static final List<String> TITLES = List.of("Account Manager", "Buyer", "Consultant", "Project Lead",
            "Sales Director", "Office Manager", "Chief Executive", "Engineer", "Designer", "Accountant");
    private static final List<String> CATEGORIES = List.of("Clients", "Suppliers", "Conference", "Friends", "Family");
    private static final List<String> CITIES = List.of("Manchester;England;M1 1AE;United Kingdom",
            "Hamburg;Hamburg;20095;Germany", "Bordeaux;Nouvelle-Aquitaine;33000;France",
            "Chicago;IL;60601;United States", "Toronto;ON;M5H 2N2;Canada", "Winnipeg;MB;R3C 4T3;Canada");

    private final Random random;
    private final int photoEvery;
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    ContactGenerator(long seed, int photoEvery) {
        this.random = new Random(seed);
        this.photoEvery = photoEvery;
    }

    /** Creates {@code count} contacts in the folder and returns them in order. */
    List<ItemState> fill(SeedItems items, long folderNumber, int count) throws ItemOperationException {
        List<ItemState> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String given = DirectoryGenerator.GIVEN.get(random.nextInt(DirectoryGenerator.GIVEN.size()));
            String surname = DirectoryGenerator.SURNAMES.get(random.nextInt(DirectoryGenerator.SURNAMES.size()));
            String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
            String domain = DirectoryGenerator.ascii(company.split(" ")[0]) + ".example";
            String local = DirectoryGenerator.ascii(given) + "." + DirectoryGenerator.ascii(surname);
            String email = local + "@" + domain;
            for (int n = 2; !taken.add(email); n++) {
                email = local + n + "@" + domain;
            }
            ItemState contact = items.create(folderNumber, contact(i, given, surname, company, domain, email));
            if (photoEvery > 0 && i % photoEvery == 0) {
                contact = items.attachPicture(contact, PhotoMaker.jpeg(email));
            }
            created.add(contact);
        }
        return created;
    }

    private String contact(int number, String given, String surname, String company, String domain, String email) {
        StringBuilder xml = new StringBuilder("<t:Contact>");
        if (random.nextInt(4) == 0) {
            xml.append(leaf("Body", "Met at the " + (2020 + random.nextInt(6)) + " trade fair.")
                    .replace("<t:Body>", "<t:Body BodyType=\"Text\">"));
        }
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        xml.append("<t:Categories>").append(leaf("String", category)).append("</t:Categories>");
        xml.append(leaf("DisplayName", given + " " + surname)).append(leaf("GivenName", given))
                .append(leaf("CompanyName", company));
        xml.append("<t:EmailAddresses>").append(entry("EmailAddress1", email));
        if (random.nextInt(5) == 0) {
            xml.append(entry("EmailAddress2", DirectoryGenerator.ascii(given) + number + "@mail.example"));
        }
        xml.append("</t:EmailAddresses>");
        if (random.nextInt(3) == 0) {
            String[] city = CITIES.get(random.nextInt(CITIES.size())).split(";");
            xml.append("<t:PhysicalAddresses><t:Entry Key=\"Home\">")
                    .append(leaf("Street", (1 + random.nextInt(120)) + " Market Street")).append(leaf("City", city[0]))
                    .append(leaf("State", city[1])).append(leaf("CountryOrRegion", city[3]))
                    .append(leaf("PostalCode", city[2])).append("</t:Entry></t:PhysicalAddresses>");
        }
        xml.append("<t:PhoneNumbers>")
                .append(entry("BusinessPhone", String.format("+44 20 7946 0%03d", random.nextInt(1000))));
        if (random.nextBoolean()) {
            xml.append(entry("MobilePhone", String.format("+44 7700 900%03d", random.nextInt(1000))));
        }
        xml.append("</t:PhoneNumbers>");
        if (random.nextInt(3) == 0) {
            LocalDate birthday = LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
            xml.append(leaf("Birthday", birthday + "T00:00:00Z"));
        }
        if (random.nextInt(2) == 0) {
            xml.append(leaf("BusinessHomePage", "https://www." + domain + "/"));
        }
        xml.append(leaf("JobTitle", TITLES.get(random.nextInt(TITLES.size())))).append(leaf("Surname", surname));
        return xml.append("</t:Contact>").toString();
    }

    static String leaf(String name, String text) {
        return "<t:" + name + ">" + escape(text) + "</t:" + name + ">";
    }

    private static String entry(String key, String text) {
        return "<t:Entry Key=\"" + key + "\">" + escape(text) + "</t:Entry>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
