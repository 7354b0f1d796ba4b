package org.dmp.interfaces.web.dev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dmp.application.operations.DevOutboxMessages;
import org.dmp.infrastructure.messaging.DevOutbox;

/** The development outbox: 404 on a server that really sends its messages. */
@Named
@RequestScoped
public class OutboxPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

  @Inject DevOutboxMessages outbox;

  /** Called before rendering: a production server has no such page. */
  public void check() throws IOException {
    if (!outbox.enabled()) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "");
      context.responseComplete();
    }
  }

  public List<DevOutbox.Sent> getMessages() {
    return outbox.latest();
  }

  public String time(DevOutbox.Sent sent) {
    return TIME.format(sent.at());
  }
}
