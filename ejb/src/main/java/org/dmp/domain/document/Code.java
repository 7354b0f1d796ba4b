package org.dmp.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.dmp.domain.shared.Require;

/**
 * A coded value as XDS carries it: the code, the OID of its code system (codingScheme) and the
 * label to display. Used for typeCode (LOINC), formatCode and the care-setting codes.
 */
@Embeddable
public class Code {

  @Column(name = "code", length = 64)
  private String code;

  @Column(name = "code_system", length = 128)
  private String codeSystem;

  @Column(name = "display", length = 256)
  private String display;

  protected Code() {}

  public Code(String code, String codeSystem, String display) {
    this.code = Require.present(code, "code", "code").strip();
    this.codeSystem = Require.present(codeSystem, "système de codes", "code system").strip();
    this.display = display == null || display.isBlank() ? this.code : display.strip();
  }

  public String code() {
    return code;
  }

  public String codeSystem() {
    return codeSystem;
  }

  public String display() {
    return display;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Code c && code.equals(c.code) && codeSystem.equals(c.codeSystem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, codeSystem);
  }

  @Override
  public String toString() {
    return code + "^^" + codeSystem;
  }
}
