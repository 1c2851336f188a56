/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Stores the name sounds on records that lack them or hold out-of-date ones. Loaders store them as they write a
 * record; records written before they did, or by other means, get them from the next full linking run, which reads
 * every record anyway. An incremental run finds candidates through them.
 */
final class NameSoundBackfill {

    private static final int BATCH = 10_000;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (r:Record {source: row.source, sourceId: row.sourceId})
            SET r.forenameSound = row.forenameSound, r.surnameSound = row.surnameSound
            """;

    private NameSoundBackfill() {}

    /** Returns how many records it wrote to. */
    static int store(Driver driver, List<MatchRecord> records, BitSet which) {
        var batch = new ArrayList<Map<String, Object>>();
        for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
            var record = records.get(i);
            var row = new HashMap<String, Object>();
            row.put("source", record.key().source());
            row.put("sourceId", record.key().sourceId());
            row.put("forenameSound", record.forenameSound());
            row.put("surnameSound", record.surnameSound());
            batch.add(row);
            if (batch.size() == BATCH) {
                write(driver, batch);
                batch = new ArrayList<>();
            }
        }
        write(driver, batch);
        return which.cardinality();
    }

    private static void write(Driver driver, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WRITE, Map.of("rows", rows)).consume());
        }
    }
}
