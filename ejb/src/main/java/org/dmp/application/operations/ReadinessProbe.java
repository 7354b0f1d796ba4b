package org.dmp.application.operations;

/** Something the server needs before it can serve, able to say whether it is there. */
public interface ReadinessProbe {

  /** A short name for operators: {@code database}, {@code master-key}. */
  String name();

  boolean ready();
}
