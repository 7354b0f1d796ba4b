package org.dmp.application.testdata;

import org.dmp.domain.shared.DmpException;

/** The server is not a development server: it offers no test data. */
public class TestDataDisabledException extends DmpException {

  public TestDataDisabledException() {
    super(
        "TEST_DATA_DISABLED",
        "Les données de test ne sont proposées que par un serveur de développement",
        "Test data is offered by development servers only");
  }
}
