package org.dmp.application.document;

/** A document's metadata and its content, as read back from the content store and checked. */
public record DocumentWithContent(DocumentView document, byte[] content) {}
