def log = new File(basedir, 'build.log').text
assert log.contains('nml:generate configuration error: samples: found 0, expected an integer > 0') : 'the log does not name the bad parameter: expected "nml:generate configuration error: samples: found 0, expected an integer > 0"'
assert !new File(basedir, 'target/nml/data/samples.csv').exists()
