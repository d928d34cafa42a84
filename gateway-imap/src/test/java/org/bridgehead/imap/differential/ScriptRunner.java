package org.bridgehead.imap.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a session script against one server and records every exchange. */
final class ScriptRunner {

    private static final Pattern LITERAL = Pattern.compile("\\{(msg|raw):([^}]*)\\}");
    private static final Pattern UID_REF = Pattern.compile("\\$\\{u(\\d+)\\}");
    private static final Pattern MODSEQ = Pattern.compile("HIGHESTMODSEQ (\\d+)");
    private static final Pattern UIDVALIDITY = Pattern.compile("UIDVALIDITY (\\d+)");

    /** What one server answered to a whole session. */
    record Run(List<Long> initialUids, List<WireClient.Exchange> exchanges) {
    }

    private final int port;
    private final String user;
    private final String password;
    private final List<TestMailbox.Message> messages;

    ScriptRunner(int port, String user, String password, List<TestMailbox.Message> messages) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.messages = messages;
    }

    Run run(SessionScript script) throws IOException {
        String folder = script.name();
        List<Long> uids = fill(folder);
        Map<Integer, WireClient> connections = new HashMap<>();
        Map<Integer, String> highestModSeq = new HashMap<>();
        String uidValidity = "0";
        List<WireClient.Exchange> exchanges = new ArrayList<>();
        try {
            for (SessionScript.Step step : script.steps()) {
                WireClient client = connections.get(step.connection());
                if (client == null) {
                    client = login();
                    connections.put(step.connection(), client);
                }
                String command = substitute(step.command(), folder, uids,
                        highestModSeq.getOrDefault(step.connection(), "0")).replace("${uidvalidity}", uidValidity);
                WireClient.Exchange exchange;
                try {
                    exchange = send(client, command);
                } catch (IOException e) {
                    // Recorded as the answer; the connection is opened anew for the next command.
                    exchange = new WireClient.Exchange(command, List.of(), "(connection lost: " + e.getMessage() + ")");
                    connections.remove(step.connection()).close();
                }
                exchanges.add(exchange);
                for (String line : exchange.untagged()) {
                    Matcher modSeq = MODSEQ.matcher(line);
                    if (modSeq.find()) {
                        highestModSeq.put(step.connection(), modSeq.group(1));
                    }
                    Matcher validity = UIDVALIDITY.matcher(line);
                    if (validity.find()) {
                        uidValidity = validity.group(1);
                    }
                }
            }
        } finally {
            for (WireClient client : connections.values()) {
                client.close();
            }
        }
        return new Run(uids, exchanges);
    }

    /** Creates the session's folder with every test message; returns their UIDs in order. */
    private List<Long> fill(String folder) throws IOException {
        try (WireClient client = login()) {
            expectOk(send(client, "CREATE " + folder));
            for (int i = 1; i <= messages.size(); i++) {
                TestMailbox.Message message = messages.get(i - 1);
                expectOk(send(client, "APPEND " + folder + " " + message.flags() + " " + message.date() + " {msg:" + i
                        + "}"));
            }
            expectOk(send(client, "SELECT " + folder));
            WireClient.Exchange search = send(client, "UID SEARCH ALL");
            expectOk(search);
            List<Long> uids = new ArrayList<>();
            for (String line : search.untagged()) {
                if (line.startsWith("* SEARCH")) {
                    for (String number : line.substring("* SEARCH".length()).trim().split(" +")) {
                        if (!number.isEmpty()) {
                            uids.add(Long.parseLong(number));
                        }
                    }
                }
            }
            if (uids.size() != messages.size()) {
                throw new IOException("expected " + messages.size() + " messages in " + folder + ", found " + uids);
            }
            return uids;
        }
    }

    private WireClient login() throws IOException {
        WireClient client = new WireClient(port);
        expectOk(client.send(List.of("LOGIN \"" + user + "\" \"" + password + "\""), List.of()));
        return client;
    }

    private WireClient.Exchange send(WireClient client, String command) throws IOException {
        List<String> pieces = new ArrayList<>();
        List<byte[]> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(command);
        int last = 0;
        while (literal.find()) {
            pieces.add(command.substring(last, literal.start()));
            literals.add(literal.group(1).equals("msg") ? messages.get(Integer.parseInt(literal.group(2)) - 1).content()
                    : literal.group(2).replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
            last = literal.end();
        }
        pieces.add(command.substring(last));
        WireClient.Exchange exchange = client.send(pieces, literals);
        return new WireClient.Exchange(command, exchange.untagged(), exchange.tagged());
    }

    private static String substitute(String command, String folder, List<Long> uids, String highestModSeq) {
        Matcher uid = UID_REF.matcher(command.replace("${folder}", folder).replace("${hms}", highestModSeq));
        StringBuilder out = new StringBuilder();
        while (uid.find()) {
            uid.appendReplacement(out, String.valueOf(uids.get(Integer.parseInt(uid.group(1)) - 1)));
        }
        uid.appendTail(out);
        return out.toString();
    }

    private static void expectOk(WireClient.Exchange exchange) throws IOException {
        if (!exchange.tagged().startsWith("OK")) {
            throw new IOException("set-up command failed: " + exchange.command() + " -> " + exchange.untagged() + " "
                    + exchange.tagged());
        }
    }
}
