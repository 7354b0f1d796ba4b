package org.dmp.application.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobs;

/**
 * At deployment (so after a server restart), resumes every import job left RUNNING: it goes on
 * after the last patient batch it committed, whose progress was written in that same transaction. A
 * job that cannot go on (its submitter's account disabled meanwhile) ends FAILED with the reason.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // the jobs' tables exist only once it has run
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedRecovery {

  @Inject FeedJobs jobs;
  @EJB FeedJobRunner runner;
  @EJB ReimbursementPatients patients;

  @PostConstruct
  void resumeInterruptedJobs() {
    patients.dropStaging(); // of jobs that ended just before a stop
    resume();
  }

  /** Starts the left-running jobs again; the ids resumed. */
  public List<FeedJobId> resume() {
    List<FeedJobId> running = jobs.running();
    running.forEach(runner::run);
    return running;
  }
}
