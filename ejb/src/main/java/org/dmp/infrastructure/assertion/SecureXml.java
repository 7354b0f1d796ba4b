package org.dmp.infrastructure.assertion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML parsing that an attacker cannot turn against the server (no DTD, no external entity, no
 * XInclude, the JDK's secure-processing limits), and the fresh copy of an element that signature
 * checks need.
 */
final class SecureXml {

  private SecureXml() {}

  /** The JDK's own implementation, not whatever the server puts first: the settings below apply. */
  private static final DocumentBuilderFactory FACTORY = factory();

  /**
   * One builder per thread, reset before each use: a builder is not thread-safe, and making one
   * (and its factory) for every message cost more than verifying the signature.
   */
  private static final ThreadLocal<DocumentBuilder> BUILDER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
              throw new IllegalStateException("XML parser without the required features", e);
            }
          });

  private static final TransformerFactory TRANSFORMERS = transformers();

  private static final ThreadLocal<Transformer> TRANSFORMER =
      ThreadLocal.withInitial(
          () -> {
            try {
              Transformer transformer = TRANSFORMERS.newTransformer();
              transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
              transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
              return transformer;
            } catch (javax.xml.transform.TransformerConfigurationException e) {
              throw new IllegalStateException("no XML serializer", e);
            }
          });

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      // comments are outside the signed content (exclusive c14n without comments): drop them so
      // that no text node can be cut in two by one (the SAML comment-truncation attack)
      factory.setIgnoringComments(true);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser without the required security features", e);
    }
  }

  private static TransformerFactory transformers() {
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory;
    } catch (javax.xml.transform.TransformerConfigurationException e) {
      throw new IllegalStateException("no secure XML serializer", e);
    }
  }

  /** This thread's builder, as the factory configured it. */
  static DocumentBuilder builder() {
    DocumentBuilder builder = BUILDER.get();
    builder.reset();
    return builder;
  }

  static Document parse(byte[] xml) {
    try {
      return builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | java.io.IOException e) {
      throw InvalidAssertionException.malformed(
          "XML illisible : " + e.getMessage(), "Unreadable XML: " + e.getMessage());
    }
  }

  /**
   * The element alone, as a new document parsed from its serialized form, with the namespace
   * declarations it inherited from its ancestors (the context a signature is verified in). A
   * re-parsed copy is free of any ID registration or node a caller may have tampered with in
   * memory.
   */
  static Element reparse(Element element) {
    return parse(standalone(element)).getDocumentElement();
  }

  /** The element serialized on its own, with the namespace declarations it inherited. */
  static byte[] standalone(Element element) {
    Document copy = builder().newDocument();
    Element root = (Element) copy.importNode(element, true);
    copy.appendChild(root);
    inheritNamespaces(element, root);
    copy.normalizeDocument(); // adds any declaration the DOM knows of but carries no xmlns for
    return serialize(root);
  }

  static byte[] serialize(Node node) {
    Transformer transformer = TRANSFORMER.get();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize an element", e);
    } finally {
      transformer.reset();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    }
  }

  /** Copies the xmlns declarations in scope at {@code original} that the copy does not redefine. */
  private static void inheritNamespaces(Element original, Element copy) {
    Set<String> declared = new HashSet<>();
    for (Node n = original; n instanceof Element e; n = n.getParentNode()) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
          continue;
        }
        String qualified = a.getPrefix() == null ? "xmlns" : "xmlns:" + a.getLocalName();
        if (declared.add(qualified) && n != original) {
          copy.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, qualified, a.getValue());
        }
      }
    }
  }
}
