package org.dmp.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.dmp.interfaces.rest.audit.AuditVerificationResource;
import org.dmp.interfaces.rest.errors.ApiErrors;
import org.dmp.interfaces.rest.feed.FeedResource;
import org.dmp.interfaces.rest.feed.OpenApiResource;
import org.dmp.interfaces.rest.operations.ReadinessResource;
import org.dmp.interfaces.rest.statistics.StatisticsResource;

/**
 * The REST API of the DMP, under {@code /dmp/api}, apart from FHIR ({@code /dmp/api/fhir}, its own
 * application): its classes are listed so that neither application picks up the other's resources,
 * readers or error mappers.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ApiErrors.class,
        ReadinessResource.class,
        StatisticsResource.class,
        FeedResource.class,
        OpenApiResource.class,
        AuditVerificationResource.class);
  }
}
