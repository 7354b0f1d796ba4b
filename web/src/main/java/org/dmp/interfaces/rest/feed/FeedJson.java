package org.dmp.interfaces.rest.feed;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.JobProgress;
import org.dmp.domain.feed.LineRejection;

/** The JSON shapes of the feed endpoints (described in openapi.yaml beside this class). */
final class FeedJson {

  private FeedJson() {}

  static JsonObject job(FeedJob job, String statusUrl) {
    JobProgress p = job.progress();
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", job.id().toString())
            .add("state", job.state().name())
            .add("status", statusUrl)
            .add("rejections", statusUrl + "/rejections")
            .add("submittedAt", job.submittedAt().toString());
    if (job.finishedAt() != null) {
      o.add("finishedAt", job.finishedAt().toString());
    }
    o.add(
        "lines",
        Json.createObjectBuilder()
            .add("read", p.linesRead())
            .add("accepted", p.linesAccepted())
            .add("rejected", p.linesRejected())
            .add("outOfWindow", p.linesOutOfWindow()));
    o.add(
        "patients",
        Json.createObjectBuilder()
            .add("total", p.patients())
            .add("done", p.patientsDone())
            .add("updated", p.patientsUpdated())
            .add("unchanged", p.patientsUnchanged())
            .add("withoutRecord", p.patientsWithoutRecord())
            .add("recordClosed", p.patientsRecordClosed()));
    if (job.failure() != null) {
      o.add("failure", job.failure());
    }
    return o.build();
  }

  static JsonObject rejections(List<LineRejection> rejections, int first) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (LineRejection r : rejections) {
      a.add(
          Json.createObjectBuilder()
              .add("line", r.lineNumber())
              .add("code", r.code())
              .add("fr", r.french())
              .add("en", r.english()));
    }
    return Json.createObjectBuilder().add("first", first).add("rejections", a).build();
  }
}
