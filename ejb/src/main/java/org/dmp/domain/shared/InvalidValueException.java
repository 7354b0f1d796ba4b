package org.dmp.domain.shared;

/** A value given to the record does not have the form the domain requires. */
public class InvalidValueException extends DmpException {

  public InvalidValueException(String code, String french, String english) {
    super(code, french, english);
  }
}
