package org.dmp.interfaces.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: French unless the person chooses English. */
@Named
@SessionScoped
public class Locales implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale current = Locale.FRENCH;

  public Locale getCurrent() {
    return current;
  }

  public boolean isEnglish() {
    return current.getLanguage().equals("en");
  }

  /** Switches language and shows the same page again. */
  public String choose(String language) {
    current = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    return null;
  }

  /** French or English text, whichever the person reads. */
  public String pick(String french, String english) {
    return isEnglish() ? english : french;
  }
}
