package org.dmp.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every test class uses: the EAR exactly as the build made it, plus a small WAR
 * holding the test classes, so that they run inside the server beside the real services.
 */
public final class TestDeployment {

  private TestDeployment() {}

  public static EnterpriseArchive ear(Class<?> testClass) {
    File built = new File(System.getProperty("dmp.ear", "../ear/target/dmp.ear"));
    EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "dmp-tests.war")
            .addClass(testClass)
            .addPackages(true, TestDeployment.class.getPackage())
            // the services' generated port types (not the endpoints: they would be deployed
            // again), for the SOAP clients that run in the server
            .addPackages(true, "org.dmp.interfaces.ws.contract")
            .addClass(org.dmp.interfaces.ws.xds.XdsSettings.class)
            .addAsLibrary(jarOf(Assertions.class))
            // the FHIR clients that run in the server (HAPI FHIR and what it needs)
            .addAsLibraries(fhirClientJars())
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            // logged in through the DMP's own security domain (As)
            .addAsWebInfResource(
                new StringAsset(
                    "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\">"
                        + "<security-domain>dmp</security-domain></jboss-web>"),
                "jboss-web.xml")
            .setManifest(
                new StringAsset(
                    "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron,"
                        + " org.postgresql, org.apache.cxf services, org.apache.cxf.impl services,"
                        + " ca.uhn.hapi.fhir, org.apache.commons.logging,"
                        // the management client (ServerManagement: settings, timers)
                        + " org.jboss.as.controller-client, org.jboss.dmr\n"));
    ear.addAsModule(Testable.archiveToTest(tests));
    return withTestModuleDeclared(ear);
  }

  /** The built EAR lists its modules in application.xml; the server deploys only those. */
  private static EnterpriseArchive withTestModuleDeclared(EnterpriseArchive ear) {
    ArchivePath descriptor = ArchivePaths.create("META-INF/application.xml");
    String xml;
    try (InputStream in = ear.get(descriptor).getAsset().openStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ear.delete(descriptor);
    return ear.setApplicationXML(
        new StringAsset(
            xml.replace(
                "</application>",
                "<module><web><web-uri>dmp-tests.war</web-uri>"
                    + "<context-root>/dmp-tests</context-root></web></module></application>")));
  }

  /** HAPI FHIR's client and its HTTP client; the model and parsers are the server's module. */
  private static final List<String> FHIR_CLIENT =
      List.of(
          "/ca/uhn/hapi/fhir/hapi-fhir-client/",
          "/org/apache/httpcomponents/httpclient/",
          "/org/apache/httpcomponents/httpcore/");

  /** The FHIR client's jars, from the tests' class path (tests/pom.xml). */
  private static File[] fhirClientJars() {
    // surefire/failsafe may start the JVM from a manifest-only jar: the real path is here
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return java.util.Arrays.stream(classPath.split(File.pathSeparator))
        .filter(path -> FHIR_CLIENT.stream().anyMatch(path.replace('\\', '/')::contains))
        .map(File::new)
        .toArray(File[]::new);
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }
}
