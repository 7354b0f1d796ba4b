package org.dmp.domain.patient;

import org.dmp.domain.shared.Require;

/** The national health identifier (INS): a NIR under the OID of the authority that issued it. */
public record Ins(Nir nir, InsAuthority authority) {

  public Ins {
    Require.present(nir, "NIR", "NIR");
    Require.present(authority, "autorité de l'INS", "INS authority");
  }

  /** An INS as it travels on the wire: the 15-character NIR and the OID. */
  public static Ins of(String nir, String oid) {
    return new Ins(Nir.parse(nir), InsAuthority.ofOid(oid));
  }

  public String value() {
    return nir.value();
  }

  public String oid() {
    return authority.oid();
  }

  @Override
  public String toString() {
    return nir.value() + "^^^&" + authority.oid() + "&ISO";
  }
}
