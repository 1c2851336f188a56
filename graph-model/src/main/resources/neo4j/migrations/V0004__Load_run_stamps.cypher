// Every element a load writes or sees is stamped with its run's number (a small integer is stored inline,
// a run ID string is not); the numbers come from one counter node, which MERGE finds through this key.
CREATE CONSTRAINT load_run_sequence IF NOT EXISTS FOR (s:LoadRunSequence) REQUIRE s.name IS UNIQUE;
