def log = new File(basedir, 'build.log').text
assert log.contains('nml:generate configuration error: threshold: found 0.0, expected a number > 0') : 'the log does not name the bad parameter: expected "nml:generate configuration error: threshold: found 0.0, expected a number > 0"'
assert !new File(basedir, 'target/nml/data/samples.csv').exists()
