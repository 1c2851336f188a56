/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        p.put("aliases", aliases == null ? List.of() : aliases);
        p.put("previousSurnames", previousSurnames == null ? List.of() : previousSurnames);
        p.put("birthDate", birthDate);
        p.put("sex", sex);
        p.put("gender", gender);
        p.put("nhsNumber", nhsNumber);
        p.put("upn", upn);
        p.put("caseId", caseId);
        p.put("otherIdentifiers", otherIdentifiers == null ? List.of() : otherIdentifiers);
        p.put("deathDate", deathDate);
        return p;
    }
}
