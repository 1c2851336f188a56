/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import java.util.List;
import org.familycontext.model.source.Source;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The loaded sources; the derived fields are worked out from each Source node, with no further query. */
@Controller
class SourceController {

    private final SourceCatalogue catalogue;
    private final SourceFreshness freshness;

    SourceController(SourceCatalogue catalogue, SourceFreshness freshness) {
        this.catalogue = catalogue;
        this.freshness = freshness;
    }

    @QueryMapping
    List<Source> sources() {
        return catalogue.all();
    }

    @SchemaMapping(typeName = "Source")
    Integer daysOld(Source source) {
        return freshness.daysOld(source);
    }

    @SchemaMapping(typeName = "Source")
    boolean stale(Source source) {
        return freshness.stale(source);
    }

    @SchemaMapping(typeName = "Source")
    String historyCovered(Source source) {
        return SourceCoverage.historyCovered(source);
    }

    @SchemaMapping(typeName = "Source")
    String agesCovered(Source source) {
        return SourceCoverage.agesCovered(source);
    }
}
