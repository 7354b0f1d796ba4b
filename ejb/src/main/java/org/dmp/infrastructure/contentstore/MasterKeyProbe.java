package org.dmp.infrastructure.contentstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dmp.application.operations.ReadinessProbe;

/** The content store can encrypt: its current master key is loaded. */
@ApplicationScoped
public class MasterKeyProbe implements ReadinessProbe {

  @Inject MasterKeys masterKeys;

  @Override
  public String name() {
    return "master-key";
  }

  @Override
  public boolean ready() {
    return masterKeys.hasCurrentKey();
  }
}
