// Each load of a source is recorded as a LoadRun, with its reconciliation.
// (Records and involvements of one source are found through the prefix of their (source, sourceId) key index;
// a separate index on source alone tempted the planner away from the key for single-row look-ups.)
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (l:LoadRun) REQUIRE l.id IS UNIQUE;
