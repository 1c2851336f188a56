/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/**
 * An object the API shows as a GraphQL {@code SourceRecord}. A record shown outside any person (the review queue
 * shows records side by side) still tells who someone is, so the audit trail records its key.
 */
public interface AuditedRecord {

    String source();

    String sourceId();
}
