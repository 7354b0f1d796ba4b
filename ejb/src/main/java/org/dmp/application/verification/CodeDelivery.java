package org.dmp.application.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmp.domain.notification.Message;
import org.dmp.domain.notification.MessageSender;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.verification.CodePurpose;
import org.dmp.domain.verification.OneTimeCode;
import org.dmp.domain.verification.OneTimeCodes;

/**
 * Draws a new code for a subject, makes the previous one useless, keeps only its digest and sends
 * it: at most {@link #CODES_PER_HOUR} an hour per purpose and subject (enough for mistakes, too few
 * to flood a mailbox).
 */
@ApplicationScoped
public class CodeDelivery {

  public static final int CODES_PER_HOUR = 5;

  @Inject OneTimeCodes codes;
  @Inject MessageSender messages;
  @Inject Clock clock;

  /**
   * Sends a new code to {@code email}; {@code message} writes the message around the code in clear;
   * {@code tooMany} is the refusal once the hour's codes are spent.
   */
  public void send(
      CodePurpose purpose,
      String subject,
      String email,
      Function<String, Message> message,
      Supplier<? extends DmpException> tooMany) {
    Instant now = clock.instant();
    if (codes.countSince(purpose, subject, now.minus(Duration.ofHours(1))) >= CODES_PER_HOUR) {
      throw tooMany.get();
    }
    codes.latest(purpose, subject).ifPresent(c -> c.withdraw(now));
    OneTimeCode.Issued issued = OneTimeCode.issue(purpose, subject, now);
    codes.add(issued.code());
    messages.send(message.apply(issued.clear()));
  }
}
