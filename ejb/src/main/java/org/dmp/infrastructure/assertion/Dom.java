package org.dmp.infrastructure.assertion;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few DOM walks the assertion checks need: direct children only, never a document search. */
public final class Dom {

  private Dom() {}

  /** The direct child elements of {@code parent} with this name ({@code "*"} for any). */
  public static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && (localName.equals("*") || localName.equals(e.getLocalName()))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The only such child, or null if there is none; several are malformed. */
  static Element child(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    if (found.size() > 1) {
      throw InvalidAssertionException.malformed(
          "plusieurs éléments " + localName + " dans " + parent.getLocalName(),
          "several " + localName + " elements in " + parent.getLocalName());
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** All the text inside, trimmed; null if blank (text is never read node by node). */
  static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  /** An attribute without namespace, trimmed; null if absent or blank. */
  static String attribute(Element element, String name) {
    if (element == null || !element.hasAttributeNS(null, name)) {
      return null;
    }
    String value = element.getAttributeNS(null, name).strip();
    return value.isEmpty() ? null : value;
  }
}
