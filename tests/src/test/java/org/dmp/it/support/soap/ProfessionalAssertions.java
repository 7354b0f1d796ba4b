package org.dmp.it.support.soap;

import jakarta.xml.ws.BindingProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.headers.Header;
import org.w3c.dom.Element;

/**
 * What practice software does before each SOAP call: a VIHF (the professional's SAML 2.0 assertion)
 * signed with the organisation's key, in a {@code wsse:Security} header.
 *
 * <pre>{@code
 * var org = ProfessionalAssertions.Organisation.fromPkcs12(p12, "password", "alias");
 * Element vihf = ProfessionalAssertions.vihf("10003456786", "DUPONT Jean", "10", "SM26", "750712184")
 *     .breakGlass("patient inconscient")
 *     .signedBy(org);
 * ProfessionalAssertions.attach(port, vihf); // every later call of this proxy carries it
 * }</pre>
 *
 * The XML is built from text, so its namespace declarations are real attributes before it is signed
 * (an element built in memory without them would not verify on the server).
 */
public final class ProfessionalAssertions {

  public static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  public static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";

  /** The VIHF as the CI-SIS describes it (NameID = 8 + RPPS, Struct_IdNat = 1 + FINESS). */
  private static final String VIHF =
      """
      <wsse:Security xmlns:wsse="%s"><saml2:Assertion xmlns:saml2="%s" \
      xmlns:hl7="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      ID="%s" IssueInstant="%s" Version="2.0"><saml2:Issuer \
      Format="urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName">%s</saml2:Issuer>\
      <saml2:Subject><saml2:NameID>8%s</saml2:NameID></saml2:Subject><saml2:Conditions \
      NotBefore="%s" NotOnOrAfter="%s">%s</saml2:Conditions><saml2:AttributeStatement>\
      %s%s%s%s%s\
      <saml2:Attribute Name="LPS_Nom"><saml2:AttributeValue>DMP-TESTS</saml2:AttributeValue>\
      </saml2:Attribute><saml2:Attribute Name="LPS_Version"><saml2:AttributeValue>1.0\
      </saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>\
      </wsse:Security>""";

  private ProfessionalAssertions() {}

  /** The organisation's key and certificate: the same as its TLS client certificate. */
  public record Organisation(PrivateKey key, X509Certificate certificate) {
    public static Organisation fromPkcs12(Path store, String password, String alias) {
      try (InputStream in = Files.newInputStream(store)) {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(in, password.toCharArray());
        return new Organisation(
            (PrivateKey) keys.getKey(alias, password.toCharArray()),
            (X509Certificate) keys.getCertificate(alias));
      } catch (Exception e) {
        throw new IllegalStateException("cannot read " + alias + " from " + store, e);
      }
    }
  }

  /** A VIHF for this professional (G15 profession, R38 specialty); specialty may be null. */
  public static Vihf vihf(
      String rpps, String name, String profession, String specialty, String finess) {
    return new Vihf(rpps, name, profession, specialty, finess);
  }

  /** The VIHF's content; defaults: normal access, valid 10 minutes, audience {@code urn:dmp}. */
  public static final class Vihf {
    private final String rpps, name, profession, specialty, finess;
    private String purposeOfUse = "normal";
    private String reason;
    private Instant notBefore = Instant.now().minusSeconds(60);
    private Instant notOnOrAfter = Instant.now().plus(Duration.ofMinutes(10));
    private String audience = "urn:dmp";

    private Vihf(String rpps, String name, String profession, String specialty, String finess) {
      this.rpps = rpps;
      this.name = name;
      this.profession = profession;
      this.specialty = specialty;
      this.finess = finess;
    }

    public Vihf breakGlass(String why) {
      return purposeOfUse("bris_de_glace", why);
    }

    public Vihf centre15(String why) {
      return purposeOfUse("centre_15", why);
    }

    /** Any code, known ({@code normal}, {@code bris_de_glace}, {@code centre_15}) or not. */
    public Vihf purposeOfUse(String code, String why) {
      purposeOfUse = code;
      reason = why;
      return this;
    }

    public Vihf validity(Instant from, Instant until) {
      notBefore = from;
      notOnOrAfter = until;
      return this;
    }

    /** Null leaves AudienceRestriction out. */
    public Vihf audience(String value) {
      audience = value;
      return this;
    }

    /** The assertion, unsigned (what a server must refuse), in its wsse:Security element. */
    public Element unsigned(Organisation organisation) {
      String xml =
          VIHF.formatted(
              WSSE,
              SAML,
              "_" + UUID.randomUUID(),
              notBefore,
              escape(organisation.certificate().getSubjectX500Principal().getName()),
              escape(rpps),
              notBefore,
              notOnOrAfter,
              audience == null
                  ? ""
                  : "<saml2:AudienceRestriction><saml2:Audience>"
                      + escape(audience)
                      + "</saml2:Audience></saml2:AudienceRestriction>",
              attribute("urn:oasis:names:tc:xspa:1.0:subject:subject-id", escape(name)),
              attribute(
                  "urn:oasis:names:tc:xacml:2.0:subject:role",
                  ce("Role", profession, "1.2.250.1.71.1.2.7"),
                  ce("Role", specialty, "1.2.250.1.71.4.2.5")),
              attribute("Identifiant_Structure", finess == null ? null : "1" + escape(finess)),
              attribute(
                  "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse",
                  ce("PurposeOfUse", purposeOfUse, "1.2.250.1.213.1.1.4.248")),
              attribute("Mode_Acces_Raison", escape(reason)));
      return parse(xml);
    }

    /** The assertion signed by the organisation (enveloped, exclusive c14n, RSA/EC-SHA256). */
    public Element signedBy(Organisation organisation) {
      Element assertion = unsigned(organisation);
      sign(assertion, organisation);
      return assertion;
    }

    /** An attribute with these values (XML content, null ones left out); none: no attribute. */
    private static String attribute(String name, String... values) {
      StringBuilder xml = new StringBuilder();
      for (String value : values) {
        if (value != null) {
          xml.append("<saml2:AttributeValue>" + value + "</saml2:AttributeValue>");
        }
      }
      return xml.isEmpty()
          ? ""
          : "<saml2:Attribute Name=\"" + name + "\">" + xml + "</saml2:Attribute>";
    }

    /** An HL7 coded value, as the VIHF carries roles and the purpose of use; null: none. */
    private static String ce(String element, String code, String system) {
      return code == null
          ? null
          : "<hl7:"
              + element
              + " xsi:type=\"CE\" code=\""
              + escape(code)
              + "\" codeSystem=\""
              + system
              + "\"/>";
    }
  }

  /**
   * Puts the assertion's {@code wsse:Security} header (mustUnderstand) on every later request of
   * {@code port}; {@code assertion} as {@link Vihf#signedBy} or {@link Vihf#unsigned} returned it,
   * possibly altered afterwards to test a refusal.
   */
  public static void attach(Object port, Element assertion) {
    Element security = (Element) assertion.getParentNode();
    SoapHeader header = new SoapHeader(new QName(WSSE, "Security"), security);
    header.setMustUnderstand(true); // as vendors send it: the server must declare it understood
    List<Header> headers = new ArrayList<>(List.of(header));
    ((BindingProvider) port).getRequestContext().put(Header.HEADER_LIST, headers);
  }

  /** Later requests of {@code port} go without assertion. */
  public static void detach(Object port) {
    ((BindingProvider) port).getRequestContext().remove(Header.HEADER_LIST);
  }

  private static void sign(Element assertion, Organisation organisation) {
    try {
      XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
      var reference =
          f.newReference(
              "#" + assertion.getAttribute("ID"),
              f.newDigestMethod(DigestMethod.SHA256, null),
              List.of(
                  f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  f.newTransform(
                      CanonicalizationMethod.EXCLUSIVE, new ExcC14NParameterSpec(List.of("xsi")))),
              null,
              null);
      String method =
          organisation.key().getAlgorithm().equals("EC")
              ? SignatureMethod.ECDSA_SHA256
              : SignatureMethod.RSA_SHA256;
      var info =
          f.newSignedInfo(
              f.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              f.newSignatureMethod(method, null),
              List.of(reference));
      KeyInfoFactory k = f.getKeyInfoFactory();
      assertion.setIdAttributeNS(null, "ID", true);
      // SAML's order: Issuer, Signature, Subject…
      var context =
          new DOMSignContext(
              organisation.key(), assertion, assertion.getFirstChild().getNextSibling());
      context.setDefaultNamespacePrefix("ds");
      var keyInfo = k.newKeyInfo(List.of(k.newX509Data(List.of(organisation.certificate()))));
      f.newXMLSignature(info, keyInfo).sign(context);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the VIHF", e);
    }
  }

  /** The parsed wsse:Security's saml2:Assertion. */
  private static Element parse(String security) {
    try {
      var factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      var document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(security.getBytes(StandardCharsets.UTF_8)));
      return (Element) document.getElementsByTagNameNS(SAML, "Assertion").item(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escape(String text) {
    return text == null
        ? null
        : text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
