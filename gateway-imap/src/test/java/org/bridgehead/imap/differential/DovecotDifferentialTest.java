package org.bridgehead.imap.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bridgehead.imap.e2e.SimulatedGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bridgehead (gateway over the EWS simulator) and a throwaway Dovecot get the same messages and
 * the same scripted sessions (src/test/resources/differential/*.session); their answers, normalised
 * as {@link Normaliser} explains, must agree. A difference is a bug unless the session marks the
 * command with {@code ! differs: reason}; such a mark on a command whose answers agree fails too, so
 * the list of differences stays true.
 *
 * <p>Without Dovecot installed the test is skipped on a developer's machine, but fails in CI
 * (environment CI set), where ./run-tests installs dovecot-imapd.
 */
class DovecotDifferentialTest {

    /** The sessions compared, each in its own folder of the same name. */
    static final List<String> SESSIONS = List.of("select", "fetch", "envelope", "flags", "keywords", "recent", "search", "list", "copy", "expunge", "errors", "status", "condstore", "esearch", "qresync", "sort", "thread");

    private static Path directory;
    private static DovecotServer dovecot;
    private static SimulatedGateway bridgehead;
    private static List<TestMailbox.Message> messages;

    @BeforeAll
    static void start() throws Exception {
        if (!DovecotServer.installed()) {
            if (System.getenv("CI") != null) {
                fail("Dovecot (dovecot-imapd) is not installed; ./run-tests installs it, and CI must run this test");
            }
            Assumptions.abort("Dovecot is not installed (apt-get install dovecot-imapd)");
        }
        // Short and outside the build tree: unix socket paths are limited to about 100 bytes.
        directory = Files.createTempDirectory(Path.of("/tmp"), "bhdiff",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        dovecot = DovecotServer.start(directory.resolve("dovecot"));
        bridgehead = new SimulatedGateway(Files.createDirectories(directory.resolve("cache")));
        bridgehead.store().addUser(DovecotServer.USER, "Differential", DovecotServer.PASSWORD);
        messages = TestMailbox.load("/differential/messages.mbox");
    }

    @AfterAll
    static void stop() throws Exception {
        if (bridgehead != null) {
            bridgehead.close();
        }
        if (dovecot != null) {
            dovecot.close();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> sessionsAgree() {
        String only = System.getProperty("differential.sessions", "");
        return SESSIONS.stream().filter(name -> only.isEmpty() || List.of(only.split(",")).contains(name)).map(name -> DynamicTest.dynamicTest(name, () -> compare(SessionScript.load(name))));
    }

    private static void compare(SessionScript script) throws Exception {
        ScriptRunner.Run reference = new ScriptRunner(dovecot.port(), DovecotServer.USER, DovecotServer.PASSWORD,
                messages).run(script);
        ScriptRunner.Run ours = new ScriptRunner(bridgehead.port(), DovecotServer.USER, DovecotServer.PASSWORD,
                messages).run(script);
        List<List<String>> expected = normalise(reference);
        List<List<String>> actual = normalise(ours);
        StringBuilder report = new StringBuilder();
        int unexplained = 0;
        for (int i = 0; i < script.steps().size(); i++) {
            SessionScript.Step step = script.steps().get(i);
            boolean same = expected.get(i).equals(actual.get(i));
            String known = step.knownDifference();
            if (same && known == null) {
                continue;
            }
            if (!same && known != null) {
                continue;
            }
            unexplained++;
            report.append("\n[").append(script.name()).append(" #").append(i + 1).append("] @")
                    .append(step.connection()).append(' ').append(reference.exchanges().get(i).command())
                    .append(same ? "\n  marked '! differs: " + known + "' but both servers now agree" : "")
                    .append("\n  dovecot:\n").append(indent(expected.get(i)))
                    .append("  bridgehead:\n").append(indent(actual.get(i)));
        }
        if (unexplained > 0) {
            fail(unexplained + " unexplained difference(s) in session " + script.name() + ":" + report);
        }
        assertTrue(script.steps().size() > 0);
    }

    private static List<List<String>> normalise(ScriptRunner.Run run) {
        Normaliser normaliser = new Normaliser(run.initialUids());
        List<List<String>> pending = new ArrayList<>();
        for (var exchange : run.exchanges()) {
            pending.add(normaliser.exchange(exchange.command(), exchange.untagged(), exchange.tagged()));
        }
        List<List<String>> resolved = new ArrayList<>();
        for (List<String> lines : pending) {
            resolved.add(lines.stream().map(normaliser::resolve).toList());
        }
        return resolved;
    }

    private static String indent(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append("    ").append(line.length() > 600 ? line.substring(0, 600) + "..." : line).append('\n');
        }
        return out.toString();
    }
}
