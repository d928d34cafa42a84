package org.bridgehead.imap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five clients append, store, copy, expunge, search and fetch in one folder at once, through the
 * gateway and the EWS simulator. Each keeps its own view of the mailbox from what it was told
 * (EXISTS, EXPUNGE) and checks every answer against it: a FETCH for a sequence number it does not
 * have, an EXPUNGE during FETCH, STORE or SEARCH, a malformed FETCH, or a command not answered OK
 * is an error. At the end all five, and a sixth that selects afresh, must see the same messages
 * with the same flags. Bounded by a number of commands, not by time; the rate is printed, never asserted.
 */
class ConcurrentClientsTest {

    private static final int CLIENTS = 5;
    private static final int COMMANDS_EACH = 40;
    private static final String FOLDER = "Stress";
    private static final Pattern UNTAGGED_NUMBER = Pattern.compile("^\\* (\\d+) (EXISTS|EXPUNGE|FETCH|RECENT)\\b(.*)$",
            Pattern.DOTALL);
    private static final Pattern FETCH_ITEMS = Pattern.compile("^ \\((?:UID \\d+ )?FLAGS \\(([^()]*)\\)(?: UID \\d+)?\\)$");

    @TempDir
    Path cache;

    @Test
    void fiveClientsInOneFolderSeeConsistentSequenceNumbersAndTheSameEndState() throws Exception {
        try (SimulatedGateway gateway = new SimulatedGateway(cache)) {
            try (ImapTestClient setUp = login(gateway)) {
                assertTrue(setUp.command("CREATE " + FOLDER).ok());
                for (int i = 0; i < 10; i++) {
                    assertTrue(append(setUp, "seed " + i).ok());
                }
            }
            List<String> errors = new CopyOnWriteArrayList<>();
            AtomicLong commands = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<View>> views = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int seed = c;
                views.add(pool.submit(() -> run(gateway, seed, errors, commands)));
            }
            List<ImapTestClient> clients = new ArrayList<>();
            for (Future<View> view : views) {
                clients.add(view.get(5, TimeUnit.MINUTES).client);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("IMAP stress: %d clients, %d commands in %.1f s (%.0f commands/s), errors: %d%n",
                    CLIENTS, commands.get(), seconds, commands.get() / seconds, errors.size());
            assertEquals(List.of(), errors);

            // Everyone has caught up: the same messages, the same flags, also for a new session.
            List<TreeMap<Long, String>> states = new ArrayList<>();
            for (ImapTestClient client : clients) {
                assertTrue(client.command("NOOP").ok());
                states.add(state(client));
                client.close();
            }
            try (ImapTestClient fresh = login(gateway)) {
                assertTrue(fresh.command("EXAMINE " + FOLDER).ok());
                states.add(state(fresh));
            }
            for (TreeMap<Long, String> state : states) {
                assertEquals(states.get(states.size() - 1), state);
            }
            assertTrue(states.get(0).size() > 0);
        }
    }

    /** One client's session; returns its view, still selected, for the final comparison. */
    private static View run(SimulatedGateway gateway, int seed, List<String> errors, AtomicLong commands)
            throws Exception {
        Random random = new Random(seed);
        View view = new View(login(gateway), "client " + seed, errors);
        view.command("SELECT " + FOLDER, true);
        for (int i = 0; i < COMMANDS_EACH; i++) {
            int n = view.exists == 0 ? 0 : 1 + random.nextInt(view.exists);
            int choice = random.nextInt(9);
            if (n == 0 && choice > 1) {
                choice = 0;
            }
            switch (choice) {
                case 0 -> view.check("APPEND", append(view.client, "from " + seed + " #" + i), true);
                case 1 -> view.command("NOOP", true);
                case 2 -> view.command("STORE " + n + " +FLAGS (\\Seen)", false);
                case 3 -> view.command("STORE " + n + " " + (random.nextBoolean() ? "+" : "-") + "FLAGS (\\Flagged)", false);
                case 4 -> view.command("STORE " + n + " +FLAGS.SILENT (\\Deleted)", false);
                case 5 -> view.command("EXPUNGE", true);
                case 6 -> view.command("COPY " + n + " " + FOLDER, true);
                case 7 -> view.command("FETCH 1:* (UID FLAGS)", false);
                default -> view.command("SEARCH UNSEEN", false);
            }
            commands.incrementAndGet();
        }
        return view;
    }

    private static ImapTestClient login(SimulatedGateway gateway) throws Exception {
        ImapTestClient client = new ImapTestClient(gateway.port());
        assertTrue(client.command("LOGIN " + SimulatedGateway.ALICE + " " + SimulatedGateway.PASSWORD).ok());
        return client;
    }

    private static Response append(ImapTestClient client, String subject) throws Exception {
        byte[] message = ("From: stress@example.org\r\nTo: alice@example.com\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.replace(' ', '.').replace('#', 'n') + "." + System.nanoTime()
                + "@example.org>\r\n\r\nBody of " + subject + ".\r\n").getBytes(StandardCharsets.US_ASCII);
        return client.commandWithLiteral("APPEND " + FOLDER + " ", message, "");
    }

    /** UID to flags (without \Recent, which is per session), as FETCH reports them. */
    private static TreeMap<Long, String> state(ImapTestClient client) throws Exception {
        TreeMap<Long, String> state = new TreeMap<>();
        Response fetch = client.command("UID FETCH 1:* (FLAGS)");
        assertTrue(fetch.ok(), fetch.tagged());
        Pattern line = Pattern.compile("^\\* \\d+ FETCH \\((?:UID (\\d+) FLAGS \\(([^()]*)\\)|FLAGS \\(([^()]*)\\) UID (\\d+))\\)$");
        for (String untagged : fetch.lines("FETCH")) {
            Matcher m = line.matcher(untagged);
            assertTrue(m.matches(), untagged);
            long uid = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(4));
            String flags = (m.group(2) != null ? m.group(2) : m.group(3)).replace("\\Recent", "").trim()
                    .replaceAll(" +", " ");
            state.put(uid, flags);
        }
        return state;
    }

    /** What one client knows of the mailbox: its message count, kept from the server's answers. */
    private static final class View {
        /** RFC 3501 7.4.1: the commands during which no EXPUNGE may be sent. */
        private static final Set<String> NO_EXPUNGE = Set.of("FETCH", "STORE", "SEARCH");

        final ImapTestClient client;
        final String name;
        final List<String> errors;
        int exists;

        View(ImapTestClient client, String name, List<String> errors) {
            this.client = client;
            this.name = name;
            this.errors = errors;
        }

        void command(String command, boolean mayExpunge) throws Exception {
            check(command, client.command(command), mayExpunge);
        }

        void check(String command, Response response, boolean mayExpunge) {
            String verb = command.split(" ")[0];
            for (String line : response.untagged()) {
                Matcher m = UNTAGGED_NUMBER.matcher(line);
                if (!m.matches()) {
                    if (line.startsWith("* SEARCH") || line.startsWith("* FLAGS") || line.startsWith("* OK")) {
                        continue;
                    }
                    errors.add(name + " " + command + ": unexpected " + line);
                    continue;
                }
                long number = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "EXISTS" -> {
                        // Only EXPUNGE makes a mailbox smaller, and it comes before EXISTS.
                        if (number < exists) {
                            errors.add(name + " " + command + ": EXISTS went down to " + number + " from " + exists);
                        }
                        exists = (int) number;
                    }
                    case "EXPUNGE" -> {
                        if (!mayExpunge || NO_EXPUNGE.contains(verb)) {
                            errors.add(name + " " + command + ": EXPUNGE during " + verb);
                        }
                        if (number < 1 || number > exists) {
                            errors.add(name + " " + command + ": EXPUNGE " + number + " of " + exists + " messages");
                        }
                        exists--;
                    }
                    case "FETCH" -> {
                        if (number < 1 || number > exists) {
                            errors.add(name + " " + command + ": FETCH for message " + number + " of " + exists);
                        }
                        if (!FETCH_ITEMS.matcher(m.group(3)).matches()) {
                            errors.add(name + " " + command + ": malformed " + line);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!response.ok()) {
                errors.add(name + " " + command + ": " + response.tagged());
            }
        }
    }
}
