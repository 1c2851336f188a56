/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.familycontext.model.record.RecordKey;

/**
 * Who each record really is: a CSV of {@code source,sourceId,entityId} (the generator writes one as
 * {@code truth/records.csv}; a council can make one from a clerically checked sample).
 */
public record Truth(Map<RecordKey, String> entityOf) {

    /** Reads the file, refusing it whole with the row and field at fault. */
    public static Truth read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        var entityOf = new HashMap<RecordKey, String>();
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var name : new String[] {"source", "sourceId", "entityId"}) {
                if (!parser.getHeaderMap().containsKey(name)) {
                    throw new IllegalArgumentException(
                            file + ": no column '" + name + "' (needs source, sourceId, entityId)");
                }
            }
            for (var row : parser) {
                for (var name : new String[] {"source", "sourceId", "entityId"}) {
                    if (!row.isSet(name)) {
                        throw new IllegalArgumentException(
                                file + ", line " + parser.getCurrentLineNumber() + ", field " + name + ": missing");
                    }
                }
                var source = row.get("source").strip();
                var sourceId = row.get("sourceId").strip();
                var entity = row.get("entityId").strip();
                long line = parser.getCurrentLineNumber();
                for (var field : Map.of("source", source, "sourceId", sourceId, "entityId", entity)
                        .entrySet()) {
                    if (field.getValue().isEmpty()) {
                        throw new IllegalArgumentException(
                                file + ", line " + line + ", field " + field.getKey() + ": empty");
                    }
                }
                var previous = entityOf.put(new RecordKey(source, sourceId), entity);
                if (previous != null && !previous.equals(entity)) {
                    throw new IllegalArgumentException(
                            file + ", line " + line + ", field entityId: the record is given two entities");
                }
            }
        }
        return new Truth(Map.copyOf(entityOf));
    }
}
