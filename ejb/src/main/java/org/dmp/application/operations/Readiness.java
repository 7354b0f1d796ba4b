package org.dmp.application.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/** Whether the server is ready to serve: every probe answers. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

  @Inject Instance<ReadinessProbe> probes;

  /** Each probe's answer, by name. */
  public Map<String, Boolean> check() {
    Map<String, Boolean> answers = new TreeMap<>();
    for (ReadinessProbe probe : probes) {
      answers.put(probe.name(), safely(probe));
    }
    return answers;
  }

  private static boolean safely(ReadinessProbe probe) {
    try {
      return probe.ready();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
