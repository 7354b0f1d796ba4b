package org.dmp.application.record;

import java.security.SecureRandom;

/** Random logins and initial secrets for first-login letters. */
public final class Secrets {

  /** No 0/O, 1/l/I: a secret copied from paper must not be misread. */
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  public static String patientLogin() {
    StringBuilder s = new StringBuilder("P");
    for (int i = 0; i < 10; i++) {
      s.append(RANDOM.nextInt(10));
    }
    return s.toString();
  }

  /** A representative's login: R and ten digits. */
  public static String representativeLogin() {
    return "R" + patientLogin().substring(1);
  }

  /** 14 characters of a 57-letter alphabet: about 82 bits. */
  public static String initialSecret() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }
}
