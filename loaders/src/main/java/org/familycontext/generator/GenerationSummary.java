/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * What a run wrote.
 *
 * @param people people in the truth
 * @param families family networks generated (foster households and people living alone count as one each)
 * @param recordsBySource person records written per source, within-source duplicates included
 * @param bytesWritten size of everything written
 */
public record GenerationSummary(
        int people, int families, SortedMap<String, Long> recordsBySource, long bytesWritten, Path outDir) {

    public long records() {
        return recordsBySource.values().stream().mapToLong(Long::longValue).sum();
    }
}
