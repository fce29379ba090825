def log = new File(basedir, 'build.log').text
def expected = "nml:generate configuration error: nuclei: found '999Xx', expected a known element symbol"
assert log.contains(expected) : "the log does not name the bad nucleus: expected \"${expected}\""
assert !new File(basedir, 'target/nml/data/samples.csv').exists()
