/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.nio.file.Path;
import java.util.List;

/**
 * The reconciliation of one load: every data row read ends as loaded (new), updated, unchanged or rejected.
 *
 * @param fieldsDropped values left out of rows that were loaded (a mistyped NHS number ...), also in the report
 * @param blankLines empty lines, which are not rows
 * @param noLongerCurrent records, involvements, addresses and ties of the source that this snapshot no longer
 *     holds, now marked as not current
 * @param stoppedEarly files that could not be read to their end (XML that is not well-formed), each with the
 *     line and reason; what followed the fault was not read, so the snapshot marked nothing as gone
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
        double maxRejectedPercent,
        List<String> stoppedEarly) {

    public LoadReport {
        stoppedEarly = List.copyOf(stoppedEarly);
    }

    public boolean reconciles() {
        return dryRun ? read >= rejected : read == loaded + updated + unchanged + rejected;
    }

    public double rejectedPercent() {
        return read == 0 ? 0 : 100.0 * rejected / read;
    }

    public boolean withinTolerance() {
        return rejectedPercent() <= maxRejectedPercent;
    }

    /** Whether every file was read to its end. */
    public boolean complete() {
        return stoppedEarly.isEmpty();
    }

    public String summary() {
        return counts() + (complete() ? "" : " NOT READ TO THE END: " + String.join("; ", stoppedEarly) + ".");
    }

    private String counts() {
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
