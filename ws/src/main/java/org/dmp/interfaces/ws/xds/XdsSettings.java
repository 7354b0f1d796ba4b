package org.dmp.interfaces.ws.xds;

/**
 * The XDS identity of this server: the unique id of its document repository, which ITI-43 requests
 * name and ITI-18 results carry ({@code dmp.xds.repository-id}, config/cli/xds.cli).
 */
public final class XdsSettings {

  /** A UUID-derived OID (arc 2.25), so that no registration is needed for development. */
  static final String DEFAULT_REPOSITORY_ID = "2.25.138204187634215306839587431095113946213";

  private XdsSettings() {}

  public static String repositoryId() {
    String configured = System.getProperty("dmp.xds.repository-id", "");
    return configured.isBlank() ? DEFAULT_REPOSITORY_ID : configured.strip();
  }
}
