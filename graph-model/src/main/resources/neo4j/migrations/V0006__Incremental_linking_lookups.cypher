// How common each surname and postcode is among all records, saved by each full run for the next incremental one.
// (The index an incremental run finds candidates through, on the name sounds and date of birth, is created by the
// first full linking run, once the records are there: kept up during a first load it made that load a fifth slower.)
CREATE CONSTRAINT term_frequencies_comparison IF NOT EXISTS FOR (t:TermFrequencies) REQUIRE t.comparison IS UNIQUE;
