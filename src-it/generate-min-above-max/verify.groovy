def log = new File(basedir, 'build.log').text
assert log.contains('nml:generate configuration error: K0: found min 300.0 >= max 150.0, expected min < max') : 'the log does not name the bad parameter: expected "nml:generate configuration error: K0: found min 300.0 >= max 150.0, expected min < max"'
assert !new File(basedir, 'target/nml/data/samples.csv').exists()
