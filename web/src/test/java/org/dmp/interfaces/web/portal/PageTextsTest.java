package org.dmp.interfaces.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.dmp.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages exists in French and in English, and every act the audit trail can record
 * has its words in the patient's history and belongs to one of its filters: a new act added to the
 * domain must not show as "???history.action.X???" to a patient.
 */
class PageTextsTest {

  private static final String[] BUNDLES = {"messages", "counter", "portal", "opening"};

  @Test
  void frenchAndEnglishHaveTheSameTexts() {
    for (String name : BUNDLES) {
      assertThat(keys(name, Locale.ENGLISH)).as(name).isEqualTo(keys(name, Locale.FRENCH));
    }
  }

  @Test
  void everyAuditedActIsNamedAndFilteredInTheHistory() {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      Set<String> portal = keys("portal", locale);
      for (AuditAction action : AuditAction.values()) {
        assertThat(portal).as("%s in %s", action, locale).contains("history.action." + action);
      }
    }
    for (AuditAction action : AuditAction.values()) {
      assertThat(Arrays.stream(ActKind.values()).filter(k -> k.includes(action)))
          .as(action.name())
          .hasSize(1);
    }
  }

  private static Set<String> keys(String name, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.dmp.interfaces.web.i18n." + name,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new TreeSet<>(bundle.keySet());
  }
}
