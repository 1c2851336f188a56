/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/**
 * The result of {@link AuditChainCheck}: how many events were read and, when the chain is broken, the first place it
 * breaks and why.
 *
 * @param lastHash the newest event's hash; kept outside the service, it shows later whether the whole trail was
 *     rewritten (which no chain can show on its own)
 */
public record AuditChainStatus(
        boolean intact, long events, long lastSeq, String lastHash, Long firstBrokenSeq, String problem) {

    static AuditChainStatus intact(long events, long lastSeq, String lastHash) {
        return new AuditChainStatus(true, events, lastSeq, lastHash, null, null);
    }

    static AuditChainStatus broken(long events, long lastSeq, String lastHash, long at, String problem) {
        return new AuditChainStatus(false, events, lastSeq, lastHash, at, problem);
    }
}
