def log = new File(basedir, 'build.log').text
def expected = "nml:posterior configuration error: walkers: found 15, expected an even number >= 16"
assert log.contains(expected) : "the log does not name the parameter: expected \"${expected}\""
assert !new File(basedir, 'target/nml/posterior').exists()
