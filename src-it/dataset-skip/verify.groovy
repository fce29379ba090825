def log = new File(basedir, 'build.log').text
assert log.contains('nml:dataset skipped (nml.dataset.skip=true)')
assert !new File(basedir, 'target/nml').exists()
