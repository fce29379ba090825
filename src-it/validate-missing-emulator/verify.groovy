def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.contains('[ERROR]') && it.contains('nml:validate configuration error') }
assert failure != null : 'no configuration error'
assert failure.contains('target' + File.separator + 'nml' + File.separator + 'emulator') : failure
assert failure.contains('run nml:train first') : failure
assert !new File(basedir, 'target/nml/validation/validation.json').exists()
