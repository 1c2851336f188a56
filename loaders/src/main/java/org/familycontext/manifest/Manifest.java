/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.nio.file.Path;
import java.util.List;

/**
 * One source's extract, described: what the source is, how to load it, and its files. Read and checked by
 * {@link ManifestReader}; see docs/loading.md.
 *
 * @param folder the manifest's folder, which file paths are relative to
 */
public record Manifest(
        Path location, Path folder, SourceInfo source, LoadMode mode, double maxRejectedPercent, List<FileSpec> files) {

    public enum LoadMode {
        /** The extract holds everything the source knows: what is missing from it is no longer current. */
        SNAPSHOT,
        /** The extract holds only changes: nothing is marked as gone. */
        DELTA
    }

    /** The {@code source:} block. */
    public record SourceInfo(
            String name,
            String system,
            String service,
            String dataCurrentAsOf,
            Integer historyYears,
            String areaCovered,
            Integer minAge,
            Integer maxAge) {}
}
