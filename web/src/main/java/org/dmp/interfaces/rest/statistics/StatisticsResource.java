package org.dmp.interfaces.rest.statistics;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dmp.application.statistics.Statistics;
import org.dmp.application.statistics.StatisticsReport;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * The activity statistics of a period ({@code from} and {@code to}, ISO dates, both included):
 * records opened per day by channel and department, documents fed per day by class and source, and
 * (for the insurer and auditors) each professional's feedings and readings.
 */
@Path("/statistics")
public class StatisticsResource {

  @Inject Statistics statistics;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject report(@QueryParam("from") String from, @QueryParam("to") String to) {
    StatisticsReport r = statistics.report(new StatisticsPeriod(day(from), day(to)));
    JsonArrayBuilder opened = Json.createArrayBuilder();
    r.recordsOpened()
        .forEach(
            o ->
                opened.add(
                    Json.createObjectBuilder()
                        .add("day", o.day().toString())
                        .add("channel", o.channel())
                        .add("department", o.department())
                        .add("count", o.count())));
    JsonArrayBuilder fed = Json.createArrayBuilder();
    r.documentsFed()
        .forEach(
            f ->
                fed.add(
                    Json.createObjectBuilder()
                        .add("day", f.day().toString())
                        .add("classCode", f.classCode())
                        .add("channel", f.channel())
                        .add("authorKind", f.authorKind())
                        .add("count", f.count())));
    JsonArrayBuilder professionals = Json.createArrayBuilder();
    r.professionals()
        .forEach(
            p ->
                professionals.add(
                    Json.createObjectBuilder()
                        .add("rpps", p.rpps())
                        .add("name", p.name())
                        .add("fed", p.fed())
                        .add("consulted", p.consulted())));
    var body =
        Json.createObjectBuilder()
            .add("from", r.period().from().toString())
            .add("to", r.period().to().toString())
            .add("recordsOpened", opened)
            .add("documentsFed", fed);
    if (r.professionalsIncluded()) {
      body.add("professionals", professionals);
    }
    return body.build();
  }

  /** A day as ISO writes it; anything else is the period's error (400). */
  private static LocalDate day(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "STATISTICS_PERIOD",
          "Date invalide : « " + value + " » (AAAA-MM-JJ)",
          "Invalid date: \"" + value + "\" (YYYY-MM-DD)");
    }
  }
}
