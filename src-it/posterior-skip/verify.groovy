def log = new File(basedir, 'build.log').text
assert log.contains('nml:posterior skipped (nml.posterior.skip=true)')
assert !new File(basedir, 'target/nml').exists()
