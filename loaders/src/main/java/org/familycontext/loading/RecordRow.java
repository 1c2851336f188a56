/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.matching.MatchRecord;
import org.familycontext.model.record.RecordKey;

/** One person as a source holds them, ready to be written as a {@code Record} node. */
public record RecordRow(
        String source,
        String sourceId,
        String forename,
        String middleNames,
        String surname,
        List<String> aliases,
        List<String> previousSurnames,
        String birthDate,
        String sex,
        String gender,
        String nhsNumber,
        String upn,
        String caseId,
        List<String> otherIdentifiers,
        String deathDate) {

    public RecordKey key() {
        return new RecordKey(source, sourceId);
    }

    /** Node properties; nulls are kept so that a value a newer extract no longer has is removed. */
    Map<String, Object> properties() {
        var p = new HashMap<String, Object>();
        p.put("forename", forename);
        p.put("middleNames", middleNames);
        p.put("surname", surname);
        p.put("aliases", noneIfEmpty(aliases));
        p.put("previousSurnames", noneIfEmpty(previousSurnames));
        p.put("birthDate", birthDate);
        p.put("sex", sex);
        p.put("gender", gender);
        p.put("nhsNumber", nhsNumber);
        p.put("upn", upn);
        p.put("caseId", caseId);
        p.put("otherIdentifiers", noneIfEmpty(otherIdentifiers));
        p.put("deathDate", deathDate);
        // Derived, for the incremental linker's index look-ups (see MatchRecord.nameSound).
        p.put("forenameSound", MatchRecord.nameSound(forename));
        p.put("surnameSound", MatchRecord.nameSound(surname));
        return p;
    }

    /** An empty list is left out (null removes the property): Neo4j would store it as a property of its own. */
    private static List<String> noneIfEmpty(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
