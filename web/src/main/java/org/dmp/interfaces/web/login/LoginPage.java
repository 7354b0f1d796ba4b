package org.dmp.interfaces.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.dmp.application.login.Logins;
import org.dmp.application.login.SignedIn;
import org.dmp.application.shared.Roles;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.CurrentUser;
import org.dmp.interfaces.web.session.SessionTimer;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * Login id and password. The container's security realm verifies the password ({@code
 * HttpServletRequest.login}); the session id changes at once (no session fixation); then the login
 * goes on with the one-time code (patients, representatives) or the first password.
 */
@Named
@RequestScoped
public class LoginPage {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

  @Inject Logins logins;
  @Inject CurrentUser user;
  @Inject CodePage codePage;
  @Inject PageMessages messages;

  /**
   * What a login can be (as ./dmp account creates them): letters, digits, . _ @ + -, 200 at most.
   */
  private static final java.util.regex.Pattern LOGIN =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}");

  private String login;
  private String password;

  public String submit() throws IOException, ServletException {
    String typed = login == null ? "" : login.trim();
    if (!LOGIN.matcher(typed).matches()) {
      // no account has such a login (./dmp account's grammar): answered as a wrong login, and
      // never handed to the database (a NUL byte there fails the whole request)
      wrongLoginOrPassword();
      return null;
    }
    HttpServletRequest request = request();
    Optional<Instant> locked = logins.lockedUntil(typed);
    if (locked.isPresent()) {
      lockedMessage(locked.get());
      return null;
    }
    if (request.getUserPrincipal() != null || user.isSignedIn()) {
      // someone is still logged in on this browser (a shared counter PC): their session, with
      // its letters to print and its record, ends before anyone else logs in
      request.logout();
      FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
      return "/connexion.xhtml?faces-redirect=true&autre=1";
    }
    try {
      request.login(typed, password == null ? "" : password);
    } catch (ServletException wrong) {
      logins.wrongPassword(typed).ifPresentOrElse(this::lockedMessage, this::wrongLoginOrPassword);
      return null;
    }
    request.changeSessionId();
    SessionTimer.applyTo(request.getSession());
    SignedIn signedIn = logins.passwordAccepted();
    user.signIn(signedIn);
    if (signedIn.codeRequired()) {
      try {
        codePage.sent(logins.sendCode());
      } catch (DmpException refused) {
        messages.error(refused);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      }
      return "/compte/code.xhtml?faces-redirect=true";
    }
    if (signedIn.mustChangePassword()) {
      return "/compte/mot-de-passe.xhtml?faces-redirect=true";
    }
    return homeOf(user) + "?faces-redirect=true";
  }

  private void wrongLoginOrPassword() {
    messages.error(
        "Identifiant ou mot de passe incorrect. Vérifiez-les (majuscules comprises) et"
            + " recommencez ; après 5 erreurs, le compte est bloqué 15 minutes.",
        "Wrong login or password. Check them (capitals included) and try again;"
            + " after 5 mistakes the account is locked for 15 minutes.");
  }

  /** The first page of a person whose login is complete. */
  public static String homeOf(CurrentUser user) {
    if (user.hasRole(Roles.PATIENT) || user.hasRole(Roles.REPRESENTATIVE)) {
      return "/portail/synthese.xhtml";
    }
    if (user.hasRole(Roles.COUNTER_SUPERVISOR)) {
      return "/supervision/tableau-de-bord.xhtml";
    }
    if (user.hasRole(Roles.COUNTER_AGENT)) {
      return "/guichet/recherche.xhtml";
    }
    return "/index.xhtml";
  }

  private void lockedMessage(Instant until) {
    String hour = HOUR.format(until);
    messages.error(
        "Ce compte est bloqué après 5 mots de passe erronés. Réessayez après " + hour + ".",
        "This account is locked after 5 wrong passwords. Try again after " + hour + ".");
  }

  private static HttpServletRequest request() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return (HttpServletRequest) external.getRequest();
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
