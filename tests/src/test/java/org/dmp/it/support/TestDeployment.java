package org.dmp.it.support;

import java.io.File;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every test class uses: the EAR exactly as the build made it, plus a small WAR
 * holding the test classes, so that they run inside the server beside the real services.
 */
public final class TestDeployment {

  private TestDeployment() {}

  public static EnterpriseArchive ear(Class<?> testClass) {
    File built = new File(System.getProperty("dmp.ear", "../ear/target/dmp.ear"));
    EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "dmp-tests.war")
            .addClass(testClass)
            .addPackage(TestDeployment.class.getPackage())
            .addAsLibrary(jarOf(Assertions.class))
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    return ear.addAsModule(Testable.archiveToTest(tests));
  }

  private static File jarOf(Class<?> type) {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
  }
}
