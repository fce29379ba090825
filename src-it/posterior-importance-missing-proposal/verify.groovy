def log = new File(basedir, 'build.log').text
def expected = "nml:posterior configuration error: importanceFrom: found "
assert log.contains(expected) : "the log does not name the parameter: expected \"${expected}\""
assert log.contains("expected a posterior directory with chain.csv and posterior.json (run the proposal's nml:posterior execution first)")
assert !new File(basedir, 'target/nml/posterior/solver-importance').exists()
