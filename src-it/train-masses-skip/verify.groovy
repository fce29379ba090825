def log = new File(basedir, 'build.log').text
assert log.contains('nml:train-masses skipped (nml.trainMasses.skip=true)')
assert log.contains('nml:validate-masses skipped (nml.validateMasses.skip=true)')
assert !new File(basedir, 'target/nml').exists()
