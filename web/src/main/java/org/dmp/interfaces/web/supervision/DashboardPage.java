package org.dmp.interfaces.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.Statistics;
import org.dmp.application.statistics.StatisticsReport;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.statistics.StatisticsPeriod;
import org.dmp.interfaces.web.session.Locales;
import org.dmp.interfaces.web.shared.PageMessages;

/**
 * The supervisors' dashboard ({@code /supervision/tableau-de-bord.xhtml?du=…&au=…}): the period
 * comes in the address (a GET form), so that a dashboard can be bookmarked and the statement's CSV
 * link carries the same period; without a period, the last {@value #DEFAULT_DAYS} days. The
 * period's checks are the service's: its refusal is shown as it is.
 */
@Named("dashboard")
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default period: today and the 29 days before it. */
  static final int DEFAULT_DAYS = 30;

  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  static final String BUNDLE = "org.dmp.interfaces.web.i18n.counter";

  @Inject transient Statistics statistics;
  @Inject transient PageMessages messages;
  @Inject Locales locales;

  private String fromText;
  private String toText;
  private LocalDate from;
  private LocalDate to;
  private boolean valid;
  private transient DashboardView view;
  private transient Locale viewLocale;

  /** Reads the period from the address and asks the service (the page's view action). */
  public void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    fromText = parameters.get("du");
    toText = parameters.get("au");
    if (fromText == null && toText == null) {
      to = LocalDate.now(FRANCE);
      from = to.minusDays(DEFAULT_DAYS - 1L);
      fromText = from.toString();
      toText = to.toString();
    } else {
      try {
        from = date(fromText);
        to = date(toText);
      } catch (DateTimeParseException unreadable) {
        return;
      }
    }
    valid = true;
    view = compute();
  }

  /** The dashboard, in the reader's language (computed again after they switch language). */
  public DashboardView getView() {
    if (valid && (view == null || !locales.getCurrent().equals(viewLocale))) {
      view = compute();
    }
    return view;
  }

  private DashboardView compute() {
    try {
      PharmacyStatement statement = statistics.pharmacyOpenings(from, to);
      StatisticsReport report = statistics.report(new StatisticsPeriod(from, to));
      Locale locale = locales.getCurrent();
      ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
      viewLocale = locale;
      return new DashboardView(report, statement, locale, texts::getString);
    } catch (DmpException refused) {
      valid = false;
      messages.error(refused);
      return null;
    }
  }

  /** A day as the date field sends it (2026-03-31); empty is no day, for the service to refuse. */
  private LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException unreadable) {
      messages.error(
          "« "
              + text
              + " » n'est pas une date : choisissez le jour dans le calendrier (AAAA-MM-JJ).",
          "\"" + text + "\" is not a date: pick the day in the calendar (YYYY-MM-DD).");
      throw unreadable;
    }
  }

  public String getFrom() {
    return fromText;
  }

  public String getTo() {
    return toText;
  }

  /** The statement's CSV for the same period. */
  public String getCsvPath() {
    return "/supervision/releve-pharmacies.csv?du=" + from + "&au=" + to;
  }
}
