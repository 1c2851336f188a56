// Identifier look-ups go straight to a person; postcodes and UPRNs serve address and household queries.
CREATE INDEX record_nhs_number IF NOT EXISTS FOR (r:Record) ON (r.nhsNumber);
CREATE INDEX record_upn IF NOT EXISTS FOR (r:Record) ON (r.upn);
CREATE INDEX record_case_id IF NOT EXISTS FOR (r:Record) ON (r.caseId);
CREATE INDEX record_birth_date IF NOT EXISTS FOR (r:Record) ON (r.birthDate);
CREATE INDEX address_postcode IF NOT EXISTS FOR (a:Address) ON (a.postcode);
CREATE INDEX address_uprn IF NOT EXISTS FOR (a:Address) ON (a.uprn);
CREATE INDEX involvement_service IF NOT EXISTS FOR (i:ServiceInvolvement) ON (i.service);
CREATE FULLTEXT INDEX record_names IF NOT EXISTS FOR (r:Record) ON EACH [r.forename, r.surname, r.aliases, r.previousSurnames];
