package org.bridgehead.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bridgehead command as a separate JVM, for the commands that serve until stopped: it can be
 * stopped with SIGTERM like a real service, and its standard output is read line by line.
 */
final class BridgeheadProcess implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private BridgeheadProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "bridgehead-process-out");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the command; no BRIDGEHEAD_* variable of the test's environment leaks in. */
    static BridgeheadProcess start(Path configHome, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("BRIDGEHEAD_"));
        environment.put("XDG_CONFIG_HOME", configHome.toString());
        environment.put("XDG_CACHE_HOME", configHome.toString());
        return new BridgeheadProcess(builder.start());
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e + ")");
        }
    }

    /** Waits for the next output line starting with {@code prefix}; fails if the process ends first. */
    String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!process.isAlive() && !reader.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("no line starting with '" + prefix + "' in " + seen
                            + "; exited with " + process.exitValue());
                }
                continue;
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' in " + seen + " within "
                + WAIT_SECONDS + "s");
    }

    /** Sends SIGTERM and waits for the process to end; returns the output lines not yet awaited. */
    List<String> terminate() throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of the output pipe.
        process.toHandle().destroy();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after SIGTERM");
        }
        reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
