package org.bridgehead.smtp.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.smtp.submit.Envelope;
import org.bridgehead.smtp.submit.MessageSubmitter;
import org.bridgehead.smtp.submit.SpooledMessage;
import org.bridgehead.smtp.submit.SubmissionException;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.submit.SubmissionReceipt;
import org.bridgehead.smtp.submit.SubmitterSession;

/** A backend that records what it receives and fails on request. */
public final class FakeSubmitter implements MessageSubmitter {

    /** One message as the backend saw it. */
    public record Submission(String user, Envelope envelope, byte[] content) {
    }

    /** Runs while the message is being submitted, with the spooled message still open. */
    public interface SubmitHook {
        void during(SpooledMessage message) throws IOException;
    }

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final Queue<RuntimeException> authenticationBugs = new ArrayDeque<>();
    private final Queue<SubmissionFailure> authenticationFailures = new ArrayDeque<>();
    private final Queue<Object> submitFailures = new ArrayDeque<>();
    private final AtomicInteger queueIds = new AtomicInteger();
    private final AtomicInteger closedSessions = new AtomicInteger();
    private volatile SubmitHook hook = message -> { };

    public FakeSubmitter withUser(String user, String password) {
        passwords.put(user, password);
        return this;
    }

    public synchronized void failNextAuthentication(SubmissionFailure failure) {
        authenticationFailures.add(failure);
    }

    public synchronized void breakNextAuthentication(RuntimeException bug) {
        authenticationBugs.add(bug);
    }

    public synchronized void failNextSubmit(SubmissionFailure failure) {
        submitFailures.add(failure);
    }

    /** The next submit throws this instead of a typed failure. */
    public synchronized void breakNextSubmit(Exception bug) {
        submitFailures.add(bug);
    }

    public void onSubmit(SubmitHook submitHook) {
        hook = submitHook;
    }

    public synchronized List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    public int closedSessions() {
        return closedSessions.get();
    }

    @Override
    public SubmitterSession authenticate(String user, String secret) throws SubmissionException {
        synchronized (this) {
            if (!authenticationBugs.isEmpty()) {
                throw authenticationBugs.remove();
            }
            if (!authenticationFailures.isEmpty()) {
                throw new SubmissionException(authenticationFailures.remove());
            }
        }
        if (secret == null || !secret.equals(passwords.get(user))) {
            throw new SubmissionException(new SubmissionFailure.AuthenticationFailed());
        }
        return new Session(user);
    }

    private final class Session implements SubmitterSession {
        private final String user;

        Session(String user) {
            this.user = user;
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public SubmissionReceipt submit(Envelope envelope, SpooledMessage message) throws SubmissionException, IOException {
            hook.during(message);
            Object failure;
            synchronized (FakeSubmitter.this) {
                failure = submitFailures.poll();
            }
            if (failure instanceof SubmissionFailure typed) {
                throw new SubmissionException(typed);
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException bug) {
                throw bug;
            }
            byte[] content;
            try (InputStream in = message.open()) {
                content = in.readAllBytes();
            }
            synchronized (FakeSubmitter.this) {
                submissions.add(new Submission(user, envelope, content));
            }
            return new SubmissionReceipt("Q" + queueIds.incrementAndGet());
        }

        @Override
        public void close() {
            closedSessions.incrementAndGet();
        }
    }
}
