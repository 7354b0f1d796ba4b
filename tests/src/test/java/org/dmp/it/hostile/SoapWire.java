package org.dmp.it.hostile;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.dmp.domain.actor.Caller;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.w3c.dom.Element;

/**
 * SOAP 1.2 requests written by hand, as a hostile or broken client would send them: an envelope
 * with WS-Addressing and the professional's VIHF, a body marshalled from the contract's types or
 * given as text.
 */
final class SoapWire {

  static final String REGISTRY = TestServer.HTTPS + "/dmp-ws/registry";
  static final String REPOSITORY = TestServer.HTTPS + "/dmp-ws/repository";
  static final String PATIENTS = TestServer.HTTPS + "/dmp-ws/patients";

  static final String ITI18 = "urn:ihe:iti:2007:RegistryStoredQuery";
  static final String ITI41 = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
  static final String ITI43 = "urn:ihe:iti:2007:RetrieveDocumentSet";
  static final String TEST_RECORD = "urn:dmp:patients:2026:1:TestRecord";

  static final String SOAP12 = "application/soap+xml; charset=UTF-8";

  private static final String XDS = "urn:ihe:iti:xds-b:2007";
  private static final JAXBContext CONTRACT = contract();

  private SoapWire() {}

  /** The envelope of a request by {@code professional}, signed by the tests' practice software. */
  static String envelope(String action, String to, String body, Caller professional) {
    return envelope(action, to, "", body, security(professional));
  }

  /**
   * The security header of {@code professional}'s VIHF, signed once and reused for five minutes (it
   * is valid for ten): signing loads the organisation's key store, which costs more than the
   * request.
   */
  static synchronized String security(Caller professional) {
    Signed signed = SIGNED.get(professional.actor().id());
    if (signed == null || signed.at().isBefore(java.time.Instant.now().minusSeconds(300))) {
      signed = new Signed(security(SoapPorts.assertionFor(professional)), java.time.Instant.now());
      SIGNED.put(professional.actor().id(), signed);
    }
    return signed.header();
  }

  private record Signed(String header, java.time.Instant at) {}

  private static final java.util.Map<String, Signed> SIGNED = new java.util.HashMap<>();

  /** An envelope with these extra headers and this security header (empty: none). */
  static String envelope(String action, String to, String headers, String body, String security) {
    return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\""
        + " xmlns:wsa=\"http://www.w3.org/2005/08/addressing\"><soap:Header>"
        + (action == null ? "" : "<wsa:Action>" + action + "</wsa:Action>")
        + "<wsa:MessageID>urn:uuid:"
        + UUID.randomUUID()
        + "</wsa:MessageID><wsa:To>"
        + to
        + "</wsa:To>"
        + headers
        + security
        + "</soap:Header><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  static String security(Element assertion) {
    return "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
        + xml(assertion)
        + "</wsse:Security>";
  }

  /** An element of the contract (a root element, or a type of the XDS namespace by its name). */
  static String body(Object request) {
    return marshal(request);
  }

  static <T> String body(String xdsElement, Class<T> type, T value) {
    return marshal(new JAXBElement<>(new QName(XDS, xdsElement), type, value));
  }

  static Answer post(String url, String xml) {
    return post(url, SOAP12, xml);
  }

  static Answer post(String url, String contentType, String xml) {
    return Wire.send(
        Wire.as(TestPki.SOFTWARE),
        Wire.request(url).header("Content-Type", contentType).POST(Wire.text(xml)).build());
  }

  static Answer post(String url, String contentType, byte[] bytes) {
    return Wire.send(
        Wire.as(TestPki.SOFTWARE),
        Wire.request(url)
            .header("Content-Type", contentType)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build());
  }

  static String xml(Element element) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(element), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String marshal(Object element) {
    try {
      Marshaller m = CONTRACT.createMarshaller();
      m.setProperty(Marshaller.JAXB_FRAGMENT, true);
      StringWriter out = new StringWriter();
      m.marshal(element, out);
      return out.toString();
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JAXBContext contract() {
    try {
      return JAXBContext.newInstance(
          org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType.class,
          org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType.class,
          org.dmp.interfaces.ws.contract.query.AdhocQueryRequest.class,
          org.dmp.interfaces.ws.contract.lcm.SubmitObjectsRequest.class,
          org.dmp.interfaces.ws.contract.patients.ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }
}
