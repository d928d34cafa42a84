package org.bridgehead.smtp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.MessageRejectedException.Reason;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;
import org.bridgehead.smtp.submit.FailureReplies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every backend failure of a send reaches the client as the reply its kind calls for. */
class BackendFailuresTest {

    private static final BackendFailures.Attempt ATTEMPT =
            new BackendFailures.Attempt("alice@example.com", List.of("bob@example.com"), 1234);

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ThrottledException("busy", Duration.ofSeconds(5), null), "451 4.4.1"),
                Arguments.of(new ServerUnavailableException("down", true, null), "451 4.4.1"),
                Arguments.of(new ExchangeErrorException("odd", "ErrorInternalServerTransientError", true, null),
                        "451 4.4.1"),
                Arguments.of(new AuthenticationFailedException("password changed", null), "535 5.7.8"),
                Arguments.of(rejected(Reason.TOO_LARGE), "552 5.3.4"),
                Arguments.of(rejected(Reason.SENDER_NOT_ALLOWED), "550 5.7.1 Sender <alice@example.com>"),
                Arguments.of(rejected(Reason.INVALID_RECIPIENT), "550 5.1.1 Recipient <bob@example.com>"),
                Arguments.of(rejected(Reason.QUOTA_EXCEEDED), "552 5.2.2"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void sendFailureGetsItsReply(BackendException failure, String replyStart) {
        String reply = FailureReplies.replyFor(BackendFailures.failureOf(failure, ATTEMPT)).firstLine();

        assertEquals(replyStart, reply.substring(0, replyStart.length()), reply);
    }

    private static MessageRejectedException rejected(Reason reason) {
        return new MessageRejectedException(reason, "refused", null);
    }
}
