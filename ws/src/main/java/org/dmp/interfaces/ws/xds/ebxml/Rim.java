package org.dmp.interfaces.ws.xds.ebxml;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;
import org.dmp.interfaces.ws.contract.rim.ExternalIdentifierType;
import org.dmp.interfaces.ws.contract.rim.IdentifiableType;
import org.dmp.interfaces.ws.contract.rim.InternationalStringType;
import org.dmp.interfaces.ws.contract.rim.LocalizedStringType;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectListType;
import org.dmp.interfaces.ws.contract.rim.RegistryObjectType;
import org.dmp.interfaces.ws.contract.rim.SlotType1;
import org.dmp.interfaces.ws.contract.rim.ValueListType;

/** Reading and writing the parts of an ebRIM registry object: slots, names, classifications. */
final class Rim {

  private Rim() {}

  /** The values of the slot with this name, or none. */
  /** The objects of a registry object list (none for a missing list). */
  static List<IdentifiableType> objects(RegistryObjectListType list) {
    return list == null
        ? List.of()
        : list.getIdentifiable().stream().<IdentifiableType>map(JAXBElement::getValue).toList();
  }

  static <T> List<T> ofType(List<IdentifiableType> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The confidentiality codes of an entry, each unknown one a problem at {@code at}; none at all is
   * a problem too.
   */
  static Set<ConfidentialityCode> confidentiality(
      RegistryObjectType entry, String at, Problems problems) {
    Set<ConfidentialityCode> codes =
        classifications(entry, Vocabulary.DOC_CONFIDENTIALITY).stream()
            .map(
                c ->
                    problems.attempt(
                        () -> ConfidentialityCode.ofCode(c.getNodeRepresentation()),
                        at,
                        "confidentialityCode"))
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (codes.isEmpty()) {
      problems.required(Optional.empty(), at, "confidentialityCode");
    }
    return codes;
  }

  static List<String> slot(RegistryObjectType o, String name) {
    return o.getSlot().stream()
        .filter(s -> name.equals(s.getName()))
        .findFirst()
        .map(s -> s.getValueList() == null ? List.<String>of() : s.getValueList().getValue())
        .orElse(List.of());
  }

  static Optional<String> firstSlot(RegistryObjectType o, String name) {
    return slot(o, name).stream().filter(v -> !v.isBlank()).findFirst().map(String::strip);
  }

  static List<ClassificationType> classifications(RegistryObjectType o, String scheme) {
    return o.getClassification().stream()
        .filter(c -> scheme.equals(c.getClassificationScheme()))
        .toList();
  }

  static Optional<String> externalId(RegistryObjectType o, String scheme) {
    return o.getExternalIdentifier().stream()
        .filter(e -> scheme.equals(e.getIdentificationScheme()))
        .map(ExternalIdentifierType::getValue)
        .findFirst();
  }

  static Optional<String> text(InternationalStringType s) {
    return s == null
        ? Optional.empty()
        : s.getLocalizedString().stream()
            .map(LocalizedStringType::getValue)
            .filter(v -> v != null && !v.isBlank())
            .findFirst();
  }

  static SlotType1 newSlot(String name, List<String> values) {
    SlotType1 slot = new SlotType1();
    slot.setName(name);
    ValueListType list = new ValueListType();
    list.getValue().addAll(values);
    slot.setValueList(list);
    return slot;
  }

  static InternationalStringType newText(String value) {
    InternationalStringType s = new InternationalStringType();
    LocalizedStringType l = new LocalizedStringType();
    l.setValue(value);
    l.setLang("fr-FR");
    s.getLocalizedString().add(l);
    return s;
  }

  static ClassificationType newClassification(
      String scheme, String classified, String node, String codingScheme, String display) {
    ClassificationType c = new ClassificationType();
    c.setId(newId());
    c.setObjectType(Vocabulary.CLASSIFICATION_TYPE);
    c.setClassificationScheme(scheme);
    c.setClassifiedObject(classified);
    c.setNodeRepresentation(node);
    if (codingScheme != null) {
      c.getSlot().add(newSlot("codingScheme", List.of(codingScheme)));
    }
    if (display != null) {
      c.setName(newText(display));
    }
    return c;
  }

  static ExternalIdentifierType newExternalId(
      String scheme, String registryObject, String value, String name) {
    ExternalIdentifierType e = new ExternalIdentifierType();
    e.setId(newId());
    e.setObjectType(Vocabulary.EXTERNAL_IDENTIFIER_TYPE);
    e.setIdentificationScheme(scheme);
    e.setRegistryObject(registryObject);
    e.setValue(value);
    e.setName(newText(name));
    return e;
  }

  static String newId() {
    return "urn:uuid:" + UUID.randomUUID();
  }
}
