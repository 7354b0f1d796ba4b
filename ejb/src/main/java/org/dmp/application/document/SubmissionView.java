package org.dmp.application.document;

import java.util.List;

/** A submission as stored: its set and its documents, in the order they were submitted. */
public record SubmissionView(SubmissionSetView set, List<DocumentView> documents) {}
