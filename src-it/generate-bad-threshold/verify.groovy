def log = new File(basedir, 'build.log').text
assert log.contains('nml:generate configuration error: threshold (relative): found 0.0') : 'the log does not name the bad parameter: expected "nml:generate configuration error: threshold (relative): found 0.0"'
assert !new File(basedir, 'target/nml/data/samples.csv').exists()
