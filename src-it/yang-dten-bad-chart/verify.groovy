def log = new File(basedir, 'build.log').text
def chart = new File(basedir, 'not-a-chart').absolutePath
def expected = "models[rho].chart: found ${chart}, expected a directory written by nml:generate mode=chart"
assert log.contains(expected) : "the log does not name the parameter, the value and what is allowed: expected \"${expected}\""
assert !new File(basedir, 'target/nml/mass-models/mass-model.zip').exists()
assert !new File(basedir, 'target/nml/mass-models/rho.ensemble.json').exists()
