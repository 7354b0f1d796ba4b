package org.dmp.interfaces.ws.xds.ebxml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.TimeRange;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.rim.SlotType1;

/**
 * An ITI-18 stored query as asked: its id, whether it wants full objects (LeafClass) or references
 * (ObjectRef), and its parameters with the quoting and list syntax of ebRS taken off ({@code 'a'},
 * {@code ('a','b')}, values spread over several Value elements).
 */
public final class StoredQuery {

  private final String id;
  private final boolean leafClass;
  private final Map<String, List<String>> params = new LinkedHashMap<>();

  private StoredQuery(String id, boolean leafClass) {
    this.id = id;
    this.leafClass = leafClass;
  }

  public static StoredQuery of(AdhocQueryRequest request) {
    if (request.getAdhocQuery() == null || request.getAdhocQuery().getId() == null) {
      throw new XdsException(
          XdsError.UNKNOWN_QUERY, "AdhocQuery", "Requête sans identifiant / Query without id");
    }
    String returnType =
        request.getResponseOption() == null
            ? "ObjectRef"
            : request.getResponseOption().getReturnType();
    StoredQuery q =
        new StoredQuery(request.getAdhocQuery().getId(), "LeafClass".equals(returnType));
    for (SlotType1 slot : request.getAdhocQuery().getSlot()) {
      List<String> values = q.params.computeIfAbsent(slot.getName(), n -> new ArrayList<>());
      if (slot.getValueList() != null) {
        slot.getValueList().getValue().forEach(v -> values.addAll(unquote(v)));
      }
    }
    return q;
  }

  public String id() {
    return id;
  }

  public boolean leafClass() {
    return leafClass;
  }

  public boolean has(String name) {
    return params.containsKey(name) && !params.get(name).isEmpty();
  }

  public List<String> values(String name) {
    return params.getOrDefault(name, List.of());
  }

  /** The values of a parameter the query cannot do without (one or more). */
  public List<String> requireAny(String name) {
    List<String> v = values(name);
    if (v.isEmpty()) {
      required(name); // refuses, naming it
    }
    return v;
  }

  /** The one value of a parameter the query cannot do without. */
  public String required(String name) {
    List<String> v = values(name);
    if (v.isEmpty()) {
      throw new XdsException(
          XdsError.MISSING_PARAM,
          name,
          "Paramètre obligatoire absent : " + name + " / Missing mandatory parameter: " + name);
    }
    if (v.size() > 1) {
      throw new XdsException(
          XdsError.PARAM_NUMBER,
          name,
          "Une seule valeur attendue pour " + name + " / Only one value expected for " + name);
    }
    return v.get(0);
  }

  /** Exactly one of two alternative parameters, as GetDocuments and others require. */
  public String oneOf(String a, String b) {
    if (has(a) == has(b)) {
      throw new XdsException(
          XdsError.PARAM_NUMBER,
          a + "|" + b,
          "Donnez " + a + " ou " + b + ", et un seul / Give " + a + " or " + b + ", and only one");
    }
    return has(a) ? a : b;
  }

  public Ins patient(String name) {
    String cx = required(name);
    try {
      return Hl7.patientId(cx);
    } catch (RuntimeException e) {
      throw new XdsException(
          XdsError.METADATA,
          name,
          "Identifiant patient invalide / Invalid patient id: " + cx + " (" + e.getMessage() + ")");
    }
  }

  public java.util.Set<AvailabilityStatus> statuses(String name) {
    java.util.Set<AvailabilityStatus> statuses = new java.util.HashSet<>();
    for (String urn : values(name)) {
      for (AvailabilityStatus s : AvailabilityStatus.values()) {
        if (s.urn().equals(urn)) {
          statuses.add(s);
        }
      }
    }
    return statuses;
  }

  public java.util.Set<Code> codes(String name) {
    java.util.Set<Code> codes = new java.util.HashSet<>();
    for (String v : values(name)) {
      codes.add(
          Hl7.code(v)
              .orElseThrow(
                  () ->
                      new XdsException(
                          XdsError.METADATA,
                          name,
                          "Code invalide (code^^système attendu) / Invalid code (code^^scheme expected): "
                              + v)));
    }
    return codes;
  }

  public TimeRange range(String from, String to) {
    return new TimeRange(time(from).orElse(null), time(to).orElse(null));
  }

  private Optional<Instant> time(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    String v = required(name);
    try {
      return Optional.of(Hl7.time(v));
    } catch (RuntimeException e) {
      throw new XdsException(
          XdsError.METADATA,
          name,
          "Date invalide (AAAAMMJJhhmmss) / Invalid time (YYYYMMDDhhmmss): " + v);
    }
  }

  /** {@code 'a'} → a; {@code ('a','b')} → a, b; unquoted values as they are. */
  static List<String> unquote(String raw) {
    String v = raw.strip();
    if (v.startsWith("(") && v.endsWith(")")) {
      v = v.substring(1, v.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split(",(?=(?:[^']*'[^']*')*[^']*$)")) {
      String p = part.strip();
      if (p.length() >= 2 && p.startsWith("'") && p.endsWith("'")) {
        p = p.substring(1, p.length() - 1).replace("''", "'");
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
