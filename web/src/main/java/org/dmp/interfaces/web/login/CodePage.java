package org.dmp.interfaces.web.login;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dmp.application.login.CodeSent;
import org.dmp.application.login.Logins;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.verification.CodeCheck;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.shared.PageMessages;

/** The one-time code of a patient's or representative's session. */
@Named
@SessionScoped
public class CodePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Logins logins;
  @Inject CurrentUser user;
  @Inject transient PageMessages messages;

  private String destination;
  private transient String code;

  void sent(CodeSent sent) {
    destination = sent.maskedDestination();
  }

  public String submit() {
    CodeCheck check = logins.checkCode(code);
    code = null;
    if (!check.accepted()) {
      messages.fieldError("code:value", check.french(), check.english());
      return null;
    }
    user.codeAccepted();
    if (user.isPasswordPending()) {
      return "/compte/mot-de-passe.xhtml?faces-redirect=true";
    }
    return LoginPage.homeOf(user) + "?faces-redirect=true";
  }

  public String resend() {
    try {
      sent(logins.sendCode());
      messages.info("Un nouveau code vient d'être envoyé.", "A new code has just been sent.");
    } catch (DmpException refused) {
      messages.error(refused);
    }
    return null;
  }

  public String getDestination() {
    return destination;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
