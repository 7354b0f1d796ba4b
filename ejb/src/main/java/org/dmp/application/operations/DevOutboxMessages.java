package org.dmp.application.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.dmp.infrastructure.messaging.DevOutbox;
import org.dmp.infrastructure.messaging.MessageChannels;

/**
 * The development outbox page's content: the messages a development server kept instead of sending
 * them. Open to anyone on such a server (it stands for everybody's mailbox); a server that sends
 * mail has no outbox to show.
 */
@Stateless
@PermitAll
public class DevOutboxMessages {

  /** The messages one page shows. */
  private static final int PAGE = 50;

  @Inject DevOutbox outbox;

  public boolean enabled() {
    return MessageChannels.isOutbox();
  }

  /** The latest messages, newest first; none when messages are really sent. */
  public List<DevOutbox.Sent> latest() {
    return enabled() ? outbox.latest(PAGE) : List.of();
  }
}
