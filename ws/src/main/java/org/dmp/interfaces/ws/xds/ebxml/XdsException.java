package org.dmp.interfaces.ws.xds.ebxml;

import java.util.List;

/** What an XDS request gets instead of a result: one or more errors, nothing done. */
public class XdsException extends RuntimeException {

  private final List<XdsError> errors;

  public XdsException(List<XdsError> errors) {
    super(errors.isEmpty() ? "XDS error" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public XdsException(String code, String location, String message) {
    this(List.of(new XdsError(code, location, message)));
  }

  public List<XdsError> errors() {
    return errors;
  }
}
