package org.dmp.application.login;

import java.util.Set;
import org.dmp.domain.account.AccountKind;

/**
 * Who just logged in, as the pages need it: the name and counter they show, the roles that choose
 * the pages, whether a one-time code must follow and whether the password must be replaced, and the
 * stamp of the credentials it logged in with ({@link Logins#stillValid}).
 */
public record SignedIn(
    String login,
    AccountKind kind,
    String actorId,
    String displayName,
    String organisation,
    Set<String> roles,
    boolean codeRequired,
    boolean mustChangePassword,
    String credentialStamp) {

  @Override
  public String toString() {
    return "SignedIn[" + login + ", " + kind + "]";
  }
}
