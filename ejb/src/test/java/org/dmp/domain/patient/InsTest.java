package org.dmp.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class InsTest {

  @Test
  void anInsIsANirUnderTheOidOfItsAuthority() {
    Ins ins = Ins.of("184127645108946", "1.2.250.1.213.1.4.8");

    assertThat(ins.authority()).isEqualTo(InsAuthority.NIR);
    assertThat(ins.toString()).isEqualTo("184127645108946^^^&1.2.250.1.213.1.4.8&ISO");
  }

  @Test
  void testNirsHaveTheirOwnAuthority() {
    assertThat(Ins.of("184127645108946", "1.2.250.1.213.1.4.10").authority())
        .isEqualTo(InsAuthority.TEST_NIR);
  }

  @Test
  void anUnknownOidIsRefused() {
    assertThatThrownBy(() -> Ins.of("184127645108946", "1.2.3"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("OID d'INS inconnu");
  }
}
