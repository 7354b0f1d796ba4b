package org.dmp.infrastructure.assertion;

import org.dmp.domain.shared.DmpException;

/**
 * The professional's assertion is missing or cannot be trusted: the call is refused as a whole. The
 * {@link #code()} is stable (vendors and tests match on it); the messages say, in French then
 * English, what to fix.
 */
public final class InvalidAssertionException extends DmpException {

  /** No WS-Security header, no assertion in it, or no TLS client certificate to check it with. */
  public static final String MISSING = "ASSERTION_MISSING";

  /** Not a SAML 2.0 assertion this server can read (structure, dates, several assertions…). */
  public static final String MALFORMED = "ASSERTION_MALFORMED";

  /** Unsigned, badly signed, modified after signing, weak or unexpected algorithms. */
  public static final String SIGNATURE = "ASSERTION_SIGNATURE";

  /** Signed with another certificate than the organisation's TLS client certificate. */
  public static final String CERTIFICATE = "ASSERTION_CERTIFICATE";

  /** The Issuer is not the subject of the organisation's certificate. */
  public static final String ISSUER = "ASSERTION_ISSUER";

  public static final String NOT_YET_VALID = "ASSERTION_NOT_YET_VALID";
  public static final String EXPIRED = "ASSERTION_EXPIRED";

  /** Valid for longer than this server accepts. */
  public static final String LIFETIME = "ASSERTION_LIFETIME";

  /** Not addressed to this server (AudienceRestriction). */
  public static final String AUDIENCE = "ASSERTION_AUDIENCE";

  /** A required attribute (or the subject) is missing or has a value this server cannot use. */
  public static final String ATTRIBUTE = "ASSERTION_ATTRIBUTE";

  private final String french;
  private final String english;
  private final String attribute;

  public InvalidAssertionException(String code, String french, String english) {
    this(code, null, french, english);
  }

  private InvalidAssertionException(String code, String attribute, String french, String english) {
    super(code, french, english);
    this.french = french;
    this.english = english;
    this.attribute = attribute;
  }

  /** A refusal of one attribute, named in both messages and in {@link #attribute()}. */
  static InvalidAssertionException attribute(String name, String french, String english) {
    return new InvalidAssertionException(
        ATTRIBUTE, name, "Attribut " + name + " : " + french, "Attribute " + name + ": " + english);
  }

  public static InvalidAssertionException malformed(String french, String english) {
    return new InvalidAssertionException(MALFORMED, french, english);
  }

  static InvalidAssertionException signature(String french, String english) {
    return new InvalidAssertionException(SIGNATURE, french, english);
  }

  /** The attribute (or {@code Subject/NameID}) refused, for {@link #ATTRIBUTE}; else null. */
  public String attribute() {
    return attribute;
  }

  public String french() {
    return french;
  }

  public String english() {
    return english;
  }
}
