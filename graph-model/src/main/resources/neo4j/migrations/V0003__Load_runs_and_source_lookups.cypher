// Each load of a source is recorded as a LoadRun, with its reconciliation.
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (l:LoadRun) REQUIRE l.id IS UNIQUE;
// Snapshot loads find what a source no longer holds by source.
CREATE INDEX record_source IF NOT EXISTS FOR (r:Record) ON (r.source);
CREATE INDEX involvement_source_only IF NOT EXISTS FOR (i:ServiceInvolvement) ON (i.source);
