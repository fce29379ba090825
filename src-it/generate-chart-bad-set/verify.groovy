def log = new File(basedir, 'build.log').text
def expected = "nml:generate configuration error: couplingSet: found NL4, expected one of NL3, FSUGold, TM1, IUFSU"
assert log.contains(expected) : "the log does not name the parameter and the bundled sets: expected \"${expected}\""
assert !new File(basedir, 'target/nml/data/chart.csv').exists()
