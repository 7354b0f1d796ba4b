package org.dmp.application.record;

/**
 * What the patient's first-login letter tells them: their login and a one-time initial secret,
 * which they replace with their own password at the first login. Shown once, never stored in clear.
 */
public record FirstLogin(String login, String initialSecret) {

  @Override
  public String toString() {
    return "FirstLogin[" + login + ", secret hidden]";
  }
}
