def log = new File(basedir, 'build.log').text
assert log.contains('nml:report skipped (nml.report.skip=true)')
assert !new File(basedir, 'target/nml').exists()
