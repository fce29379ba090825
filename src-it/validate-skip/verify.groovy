def log = new File(basedir, 'build.log').text
assert log.contains('nml:validate skipped (nml.validate.skip=true)')
assert !new File(basedir, 'target/nml').exists()
