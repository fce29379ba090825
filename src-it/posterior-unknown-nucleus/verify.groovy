def log = new File(basedir, 'build.log').text
def expected = "nml:posterior configuration error: constraints[1].nucleus: found '999Xx', expected a known element symbol"
assert log.contains(expected) : "the log does not name the parameter: expected \"${expected}\""
assert !new File(basedir, 'target/nml/posterior').exists()
