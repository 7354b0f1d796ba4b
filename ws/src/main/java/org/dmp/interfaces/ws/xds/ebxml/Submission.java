package org.dmp.interfaces.ws.xds.ebxml;

import java.util.List;
import org.dmp.domain.document.DocumentSubmission;
import org.dmp.domain.document.SubmissionSetMetadata;
import org.dmp.domain.patient.Ins;

/** An ITI-41 request read into the domain's values: the patient, the set, its documents. */
public record Submission(
    Ins patient, SubmissionSetMetadata set, List<DocumentSubmission> documents) {}
