package org.dmp.domain.patient;

import org.dmp.domain.shared.InvalidValueException;

/**
 * The namespace an INS is issued under. Test NIRs, used on qualification platforms, have their own
 * OID so that they can never be confused with a real person's.
 */
public enum InsAuthority {
  NIR("1.2.250.1.213.1.4.8"),
  TEST_NIR("1.2.250.1.213.1.4.10");

  private final String oid;

  InsAuthority(String oid) {
    this.oid = oid;
  }

  public String oid() {
    return oid;
  }

  public static InsAuthority ofOid(String oid) {
    for (InsAuthority authority : values()) {
      if (authority.oid.equals(oid)) {
        return authority;
      }
    }
    throw new InvalidValueException(
        "INS_OID",
        "OID d'INS inconnu : « "
            + oid
            + " » (attendu 1.2.250.1.213.1.4.8, ou 1.2.250.1.213.1.4.10 en test)",
        "Unknown INS OID: '"
            + oid
            + "' (expected 1.2.250.1.213.1.4.8, or 1.2.250.1.213.1.4.10 for tests)");
  }
}
