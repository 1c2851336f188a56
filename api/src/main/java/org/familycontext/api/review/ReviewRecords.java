/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.person.SourceRecordView;
import org.familycontext.model.record.RecordKey;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads many source records by key in one query, for the records of a page of the review queue. */
@Repository
class ReviewRecords {

    private final Neo4jClient neo4j;

    ReviewRecords(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Map<RecordKey, SourceRecordView> byKeys(Collection<RecordKey> keys) {
        var byKey = new HashMap<RecordKey, SourceRecordView>();
        if (keys.isEmpty()) {
            return byKey;
        }
        var parameter =
                keys.stream().map(k -> List.of(k.source(), k.sourceId())).toList();
        neo4j.query("""
                        UNWIND $keys AS k
                        MATCH (r:Record {source: k[0], sourceId: k[1]})
                        RETURN r {.*} AS record
                        """).bind(parameter).to("keys").fetch().all().forEach(row -> {
            @SuppressWarnings("unchecked")
            var record = SourceRecordView.of((Map<String, Object>) row.get("record"));
            byKey.put(new RecordKey(record.source(), record.sourceId()), record);
        });
        return byKey;
    }
}
