/** Use cases on the documents of a record: feed one, list them, read one's content. */
package org.dmp.application.document;
