package org.dmp.interfaces.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dmp.application.login.Logins;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.shared.PageMessages;

/** Choosing a password: at the first login (replacing the letter's secret), or at any time. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject Logins logins;
  @Inject CurrentUser user;
  @Inject PageMessages messages;

  private String current;
  private String chosen;
  private String confirmation;

  public String submit() {
    if (chosen == null || !chosen.equals(confirmation)) {
      messages.fieldError(
          "password:confirmation",
          "Les deux saisies du nouveau mot de passe sont différentes : saisissez-le deux fois à"
              + " l'identique.",
          "The two entries of the new password differ: type it twice the same way.");
      return null;
    }
    String stamp;
    try {
      stamp = logins.changePassword(current, chosen);
    } catch (DmpException refused) {
      if ("WRONG_CURRENT_PASSWORD".equals(refused.code())
          && logins.wrongPassword(user.getLogin()).isPresent()) {
        // a wrong current password counts like one at the login page: the fifth locks the
        // account, and this session ends with it
        return lockedOut();
      }
      messages.error("password:chosen", refused);
      return null;
    }
    user.passwordChanged(stamp);
    messages.infoAfterRedirect(
        "Votre mot de passe est enregistré.", "Your password has been saved.");
    return LoginPage.homeOf(user) + "?faces-redirect=true";
  }

  private String lockedOut() {
    jakarta.faces.context.ExternalContext external =
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    try {
      ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session is invalidated below anyway
    }
    external.invalidateSession();
    return "/connexion.xhtml?faces-redirect=true&bloque=1";
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
