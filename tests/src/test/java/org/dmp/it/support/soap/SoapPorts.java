package org.dmp.it.support.soap;

import jakarta.xml.ws.soap.AddressingFeature;
import java.security.KeyStore;
import java.util.Collections;
import javax.xml.namespace.QName;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.Caller;
import org.dmp.interfaces.ws.contract.patients.PatientsPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.w3c.dom.Element;

/**
 * The three SOAP services as the tests' practice software calls them: over HTTPS with the
 * organisation's certificate, WS-Addressing on, and every request carrying a VIHF signed by the
 * organisation for the professional who acts.
 */
public final class SoapPorts {

  private static final String XDS = "urn:ihe:iti:xds-b:2007";
  private static final String PATIENTS = "urn:dmp:patients:2026:1";

  private SoapPorts() {}

  public static DocumentRepositoryPortType repository(Caller professional) {
    return withAssertion(
        SoapClients.create(
            DocumentRepositoryPortType.class,
            new QName(XDS, "DocumentRepository_Service"),
            new QName(XDS, "DocumentRepository_Port_Soap12"),
            SoapClients.TEST_SERVER + "/dmp-ws/repository",
            TestPki.organisation(TestPki.SOFTWARE),
            new AddressingFeature(true, true)),
        professional);
  }

  public static DocumentRegistryPortType registry(Caller professional) {
    return withAssertion(
        SoapClients.create(
            DocumentRegistryPortType.class,
            new QName(XDS, "DocumentRegistry_Service"),
            new QName(XDS, "DocumentRegistry_Port_Soap12"),
            SoapClients.TEST_SERVER + "/dmp-ws/registry",
            TestPki.organisation(TestPki.SOFTWARE),
            new AddressingFeature(true, true)),
        professional);
  }

  public static PatientsPortType patients(Caller professional) {
    return withAssertion(
        SoapClients.create(
            PatientsPortType.class,
            new QName(PATIENTS, "Patients_Service"),
            new QName(PATIENTS, "Patients_Port_Soap12"),
            SoapClients.TEST_SERVER + "/dmp-ws/patients",
            TestPki.organisation(TestPki.SOFTWARE),
            new AddressingFeature(true, true)),
        professional);
  }

  /** The VIHF of this professional, signed by the tests' practice software. */
  public static Element assertionFor(Caller professional) {
    return assertionFor(professional, organisation());
  }

  /** The VIHF of this professional, signed by {@code organisation}. */
  public static Element assertionFor(
      Caller professional, ProfessionalAssertions.Organisation organisation) {
    var role = professional.actor().role();
    var vihf =
        ProfessionalAssertions.vihf(
            professional.actor().id(),
            professional.actor().displayName(),
            role.profession().code(),
            role.specialty() == null ? null : role.specialty().code(),
            role.organisation() == null ? "750000001" : role.organisation().value());
    if (professional.mode() == AccessMode.BREAK_GLASS) {
      vihf.breakGlass(professional.reason());
    } else if (professional.mode() == AccessMode.CENTRE_15) {
      vihf.centre15(professional.reason());
    }
    return vihf.signedBy(organisation);
  }

  /** The tests' practice software's signing key: the key of its TLS certificate. */
  public static ProfessionalAssertions.Organisation organisation() {
    return organisation(TestPki.SOFTWARE);
  }

  /** The signing key of the tests' organisation {@code name}: the key of its TLS certificate. */
  public static ProfessionalAssertions.Organisation organisation(String name) {
    TestPki.Organisation org = TestPki.organisation(name);
    KeyStore store = org.load();
    try {
      String alias = Collections.list(store.aliases()).get(0);
      return ProfessionalAssertions.Organisation.fromPkcs12(
          org.keyStore(), new String(TestPki.password()), alias);
    } catch (java.security.KeyStoreException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T withAssertion(T port, Caller professional) {
    ProfessionalAssertions.attach(port, assertionFor(professional));
    return port;
  }
}
