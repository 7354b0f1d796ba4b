package org.dmp.application.login;

/** A code was sent; where, with most of the address masked ({@code j•••@exemple.fr}). */
public record CodeSent(String maskedDestination) {

  public static CodeSent to(String email) {
    int at = email.indexOf('@');
    if (at <= 1) {
      return new CodeSent("•••" + email.substring(Math.max(at, 0)));
    }
    return new CodeSent(email.charAt(0) + "•••" + email.substring(at));
  }
}
