package org.dmp.domain.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** One document of a submission: its metadata and its content. */
public record DocumentSubmission(
    @NotNull @Valid DocumentMetadata metadata, @NotNull byte[] content) {}
