package org.dmp.interfaces.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.dmp.application.login.SignedIn;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;

/**
 * The person logged in to the pages: filled when the container accepted their password, completed
 * when their one-time code was accepted and their first password chosen. Every page builds its
 * service calls' {@link Caller} from here.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  private SignedIn account;
  private boolean codeVerified;
  private boolean passwordChosen;

  public void signIn(SignedIn signedIn) {
    this.account = signedIn;
    this.codeVerified = !signedIn.codeRequired();
    this.passwordChosen = !signedIn.mustChangePassword();
  }

  public void codeAccepted() {
    codeVerified = true;
  }

  /** The person chose a password: the session goes on with the new credentials' stamp. */
  public void passwordChanged(String credentialStamp) {
    passwordChosen = true;
    account =
        new SignedIn(
            account.login(),
            account.kind(),
            account.actorId(),
            account.displayName(),
            account.organisation(),
            account.roles(),
            account.codeRequired(),
            false,
            credentialStamp);
  }

  public String credentialStamp() {
    return account == null ? null : account.credentialStamp();
  }

  public boolean isSignedIn() {
    return account != null;
  }

  /** Whether a step of the login is still owed: the one-time code. */
  public boolean isCodePending() {
    return account != null && !codeVerified;
  }

  /** Whether a step of the login is still owed: the first password. */
  public boolean isPasswordPending() {
    return account != null && !passwordChosen;
  }

  public boolean isComplete() {
    return account != null && codeVerified && passwordChosen;
  }

  /** The caller the application services check against the authenticated account. */
  public Caller caller() {
    return Caller.of(
        new Actor(account.kind().actsAs(), account.actorId(), account.displayName()), Channel.WEB);
  }

  public String getDisplayName() {
    return account == null ? "" : account.displayName();
  }

  public String getOrganisation() {
    return account == null ? null : account.organisation();
  }

  public String getLogin() {
    return account == null ? null : account.login();
  }

  public Set<String> roles() {
    return account == null ? Set.of() : account.roles();
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  public SignedIn account() {
    return account;
  }
}
