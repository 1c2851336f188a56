/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static Map<String, Object> event() {
        var event = new HashMap<String, Object>();
        event.put("seq", 7L);
        event.put("at", "2026-03-02T10:15:30.000Z");
        event.put("user", "a.worker");
        event.put("roles", List.of("social_worker"));
        event.put("action", "PERSON_VIEW");
        event.put("actions", List.of("PERSON_VIEW"));
        event.put("purpose", "REVIEW");
        event.put("query", "{ person(id: \"P1\", purpose: REVIEW) { name } }");
        event.put("variables", "{}");
        event.put("openedPersonIds", List.of("P1"));
        event.put("personIds", List.of("P1"));
        event.put("recordKeys", List.of());
        event.put("outcome", "ok");
        event.put("previousHash", AuditHash.GENESIS);
        return event;
    }

    @Test
    void theCanonicalTextIsTheDocumentedOne() {
        assertThat(AuditHash.canonical(event())).isEqualTo("""
                        seq=i7
                        at=s24:2026-03-02T10:15:30.000Z
                        user=s8:a.worker
                        roles=l1:s13:social_worker
                        team=-
                        action=s11:PERSON_VIEW
                        actions=l1:s11:PERSON_VIEW
                        purpose=s6:REVIEW
                        operationName=-
                        query=s46:{ person(id: "P1", purpose: REVIEW) { name } }
                        variables=s2:{}
                        openedPersonIds=l1:s2:P1
                        personIds=l1:s2:P1
                        recordKeys=l0:
                        outcome=s2:ok
                        previousHash=s64:%s
                        """.formatted(AuditHash.GENESIS));
    }

    @Test
    void theHashIsSha256OfTheCanonicalTextAndIgnoresTheStoredHash() {
        var event = event();
        var hash = AuditHash.of(event);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        event.put("hash", "anything");
        assertThat(AuditHash.of(event)).isEqualTo(hash);
    }

    @Test
    void noValueCanPassForAnother() {
        var base = AuditHash.of(event());
        var joined = event();
        // Two persons written as one text with a comma, or split differently, are different events.
        joined.put("personIds", List.of("P1,P2"));
        var split = event();
        split.put("personIds", List.of("P1", "P2"));
        var noTeamVersusEmpty = event();
        noTeamVersusEmpty.put("team", "");
        var seqAsText = event();
        seqAsText.put("seq", "7");
        assertThat(List.of(
                        AuditHash.of(joined),
                        AuditHash.of(split),
                        AuditHash.of(noTeamVersusEmpty),
                        AuditHash.of(seqAsText)))
                .doesNotHaveDuplicates()
                .doesNotContain(base);
    }
}
