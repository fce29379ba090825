def log = new File(basedir, 'build.log').text
def expected = "samples.csv line 3 column rho0: found 'abc', expected a finite number"
assert log.contains(expected) : "the log does not locate the bad value: expected \"${expected}\""
assert !new File(basedir, 'target/nml/emulator/emulator.json').exists()
