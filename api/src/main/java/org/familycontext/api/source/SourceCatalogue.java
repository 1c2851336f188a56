/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import java.util.Comparator;
import java.util.List;
import org.familycontext.model.source.Source;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.stereotype.Repository;

/** The loaded sources: a handful of nodes, read whole in one query. */
@Repository
public class SourceCatalogue {

    private final Neo4jTemplate template;

    SourceCatalogue(Neo4jTemplate template) {
        this.template = template;
    }

    /** Every loaded source, by name. */
    public List<Source> all() {
        return template.findAll(Source.class).stream()
                .sorted(Comparator.comparing(Source::name))
                .toList();
    }
}
