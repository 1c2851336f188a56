/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.nio.file.Path;

/**
 * The reconciliation of one load: every data row read ends as loaded (new), updated, unchanged or rejected.
 *
 * @param fieldsDropped values left out of rows that were loaded (a mistyped NHS number ...), also in the report
 * @param blankLines empty lines, which are not rows
 * @param noLongerCurrent records, involvements, addresses and ties of the source that this snapshot no longer
 *     holds, now marked as not current
 */
public record LoadReport(
        String source,
        String runId,
        boolean dryRun,
        long read,
        long loaded,
        long updated,
        long unchanged,
        long rejected,
        long fieldsDropped,
        long blankLines,
        long noLongerCurrent,
        Path rejectReport,
        double maxRejectedPercent) {

    public boolean reconciles() {
        return dryRun ? read >= rejected : read == loaded + updated + unchanged + rejected;
    }

    public double rejectedPercent() {
        return read == 0 ? 0 : 100.0 * rejected / read;
    }

    public boolean withinTolerance() {
        return rejectedPercent() <= maxRejectedPercent;
    }

    public String summary() {
        if (dryRun) {
            return "%s (dry run): read %,d = valid %,d + rejected %,d; %,d field(s) would be dropped. Rejects: %s"
                    .formatted(source, read, read - rejected, rejected, fieldsDropped, rejectReport);
        }
        return ("%s: read %,d = loaded %,d + updated %,d + unchanged %,d + rejected %,d (%.2f%%);"
                        + " %,d field(s) dropped; %,d no longer current. Rejects: %s")
                .formatted(
                        source,
                        read,
                        loaded,
                        updated,
                        unchanged,
                        rejected,
                        rejectedPercent(),
                        fieldsDropped,
                        noLongerCurrent,
                        rejectReport);
    }
}
