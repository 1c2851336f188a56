// An incremental linking run reads only what it needs: the records created or changed since the last run
// (changedRun, a load's stamp), and the records that could be the same person as one of them, found through
// these indexes rather than by reading every record (see docs/matching.md, "Incremental runs").
CREATE INDEX record_changed_run IF NOT EXISTS FOR (r:Record) ON (r.changedRun);
CREATE INDEX record_name_sounds IF NOT EXISTS FOR (r:Record) ON (r.forenameSound, r.surnameSound, r.birthDate);
// How common each surname and postcode is among all records, saved by each full run for the next incremental one.
CREATE CONSTRAINT term_frequencies_comparison IF NOT EXISTS FOR (t:TermFrequencies) REQUIRE t.comparison IS UNIQUE;
