package org.dmp.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.Locales;

/**
 * Messages shown at the top of a page (or beside a field) in the person's language. A service's
 * refusal carries its text in French and English ("français / English"); the page shows one.
 */
@RequestScoped
public class PageMessages {

  @Inject Locales locales;

  public void error(DmpException refusal) {
    error(null, refusal);
  }

  /** The refusal beside the field it concerns ({@code form:field}), or at the top. */
  public void error(String clientId, DmpException refusal) {
    String[] text = refusal.getMessage().split(" / ", 2);
    add(clientId, FacesMessage.SEVERITY_ERROR, text[0], text.length > 1 ? text[1] : text[0]);
  }

  public void error(String french, String english) {
    add(null, FacesMessage.SEVERITY_ERROR, french, english);
  }

  public void fieldError(String clientId, String french, String english) {
    add(clientId, FacesMessage.SEVERITY_ERROR, french, english);
  }

  public void info(String french, String english) {
    add(null, FacesMessage.SEVERITY_INFO, french, english);
  }

  /** An information that survives the redirect after a successful form (post-redirect-get). */
  public void infoAfterRedirect(String french, String english) {
    info(french, english);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private void add(String clientId, FacesMessage.Severity severity, String fr, String en) {
    String text = locales.pick(fr, en);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
