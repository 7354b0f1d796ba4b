package org.dmp.infrastructure.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmp.domain.policy.AccessPolicy;
import org.dmp.domain.policy.PolicySettings;

/**
 * The one access policy of the server, configured by {@code config/cli/policy.cli}: {@code
 * dmp.policy.occupational-physicians} (default false: no access for occupational physicians) and
 * {@code dmp.policy.occupational-specialties} (default SM25).
 */
@ApplicationScoped
public class PolicyConfiguration {

  static final String OCCUPATIONAL = "dmp.policy.occupational-physicians";
  static final String SPECIALTIES = "dmp.policy.occupational-specialties";

  @Produces
  @Singleton
  AccessPolicy policy() {
    String specialties = System.getProperty(SPECIALTIES, "");
    Set<String> codes =
        specialties.isBlank()
            ? PolicySettings.OCCUPATIONAL_MEDICINE
            : Arrays.stream(specialties.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
    return new AccessPolicy(
        new PolicySettings(Boolean.parseBoolean(System.getProperty(OCCUPATIONAL, "false")), codes));
  }
}
