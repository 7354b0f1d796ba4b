package org.dmp.infrastructure.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Registered;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Registration;
import org.dmp.infrastructure.contentstore.MasterKeyCheck.Sample;
import org.junit.jupiter.api.Test;

class MasterKeyCheckTest {

  private static final Path KEYSTORE = Path.of("/srv/dmp/keys/master.p12");
  private static final SecretKey ONE = aes();
  private static final SecretKey TWO = aes();
  private static final SecretKey IMPOSTOR = aes();

  private static SecretKey aes() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Sample wrappedUnder(SecretKey master, long count) {
    UUID record = UUID.randomUUID();
    return new Sample(record, DataKeyWrapping.wrap(master, new byte[32], record), count);
  }

  private static Registered registered(String alias, SecretKey key) {
    return new Registered(alias, DataKeyWrapping.checkValue(key, alias), false);
  }

  private static MasterKeyCheck keystore(Map<String, SecretKey> keys) {
    return new MasterKeyCheck(KEYSTORE, keys);
  }

  @Test
  void aNewDatabaseRegistersTheConfiguredKeyAsCurrent() {
    var plan = keystore(Map.of("dmp-master-1", ONE)).decide(List.of(), Map.of(), "dmp-master-1");

    assertThat(plan.currentAlias()).isEqualTo("dmp-master-1");
    assertThat(plan.registrations())
        .extracting(Registration::alias)
        .containsExactly("dmp-master-1");
    assertThat(
            DataKeyWrapping.matchesCheckValue(
                ONE, "dmp-master-1", plan.registrations().get(0).checkValue()))
        .isTrue();
  }

  @Test
  void aNewDatabaseBesideARotatedKeystoreTakesItsNewestKey() {
    var plan =
        keystore(Map.of("dmp-master-9", ONE, "dmp-master-10", TWO))
            .decide(List.of(), Map.of(), "dmp-master-1");

    assertThat(plan.currentAlias()).isEqualTo("dmp-master-10");
  }

  @Test
  void aDatabaseOlderThanTheRegistryRegistersItsKeysOnceTheyOpenTheirDataKeys() {
    var plan =
        keystore(Map.of("old", ONE, "dmp-master-1", TWO))
            .decide(
                List.of(),
                Map.of("old", wrappedUnder(ONE, 3), "dmp-master-1", wrappedUnder(TWO, 2)),
                "dmp-master-1");

    assertThat(plan.currentAlias()).isEqualTo("dmp-master-1");
    // the configured key registered last: the newest, hence current; the other one is rotated
    assertThat(plan.registrations())
        .extracting(Registration::alias)
        .containsExactly("old", "dmp-master-1");
  }

  @Test
  void anExistingDatabaseWithAnotherKeyUnderTheSameAliasIsRefused() {
    assertThatThrownBy(
            () ->
                keystore(Map.of("dmp-master-1", IMPOSTOR))
                    .decide(
                        List.of(), Map.of("dmp-master-1", wrappedUnder(ONE, 7)), "dmp-master-1"))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("'dmp-master-1'")
        .hasMessageContaining("not the key that wrapped the data keys");
  }

  @Test
  void aKeyReplacedByAnotherOfTheSameAliasFailsItsCheckValue() {
    assertThatThrownBy(
            () ->
                keystore(Map.of("dmp-master-1", IMPOSTOR))
                    .decide(List.of(registered("dmp-master-1", ONE)), Map.of(), "dmp-master-1"))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("not the key that wrapped the data keys")
        .hasMessageContaining(KEYSTORE.toString());
  }

  @Test
  void aRegisteredKeyMissingFromTheKeystoreIsNamedWithTheDataKeysUnderIt() {
    assertThatThrownBy(
            () ->
                keystore(Map.of("dmp-master-2", TWO))
                    .decide(
                        List.of(registered("dmp-master-1", ONE), registered("dmp-master-2", TWO)),
                        Map.of("dmp-master-1", wrappedUnder(ONE, 42)),
                        "dmp-master-1"))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("'dmp-master-1' is missing from the keystore")
        .hasMessageContaining("42 data key(s)");
  }

  @Test
  void theNewestKeyNotRetiredIsCurrentWhateverTheConfiguration() {
    var plan =
        keystore(Map.of("dmp-master-1", ONE, "dmp-master-2", TWO))
            .decide(
                List.of(registered("dmp-master-1", ONE), registered("dmp-master-2", TWO)),
                Map.of("dmp-master-1", wrappedUnder(ONE, 5)),
                "dmp-master-1");

    assertThat(plan.currentAlias()).isEqualTo("dmp-master-2");
    assertThat(plan.registrations()).isEmpty();
  }

  @Test
  void aRetiredKeyNeedNotBeInTheKeystoreUnlessDataKeysStillUseIt() {
    Registered retired = new Registered("dmp-master-1", new byte[40], true);
    var plan =
        keystore(Map.of("dmp-master-2", TWO))
            .decide(List.of(retired, registered("dmp-master-2", TWO)), Map.of(), "dmp-master-1");
    assertThat(plan.currentAlias()).isEqualTo("dmp-master-2");

    assertThatThrownBy(
            () ->
                keystore(Map.of("dmp-master-2", TWO))
                    .decide(
                        List.of(retired, registered("dmp-master-2", TWO)),
                        Map.of("dmp-master-1", wrappedUnder(ONE, 1)),
                        "dmp-master-1"))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("'dmp-master-1' is retired");
  }

  @Test
  void aKeyAnnouncedByRotationGetsItsCheckValueAndBecomesCurrent() {
    var plan =
        keystore(Map.of("dmp-master-1", ONE, "dmp-master-2", TWO))
            .decide(
                List.of(
                    registered("dmp-master-1", ONE), new Registered("dmp-master-2", null, false)),
                Map.of("dmp-master-1", wrappedUnder(ONE, 5)),
                "dmp-master-1");

    assertThat(plan.currentAlias()).isEqualTo("dmp-master-2");
    assertThat(plan.registrations())
        .extracting(Registration::alias)
        .containsExactly("dmp-master-2");
  }

  @Test
  void dataKeysUnderAnAliasTheRegistryDoesNotKnowAreRefused() {
    assertThatThrownBy(
            () ->
                keystore(Map.of("dmp-master-1", ONE, "stray", TWO))
                    .decide(
                        List.of(registered("dmp-master-1", ONE)),
                        Map.of("stray", wrappedUnder(TWO, 1)),
                        "dmp-master-1"))
        .isInstanceOf(MasterKeyFailure.class)
        .hasMessageContaining("'stray', which the registry");
  }
}
