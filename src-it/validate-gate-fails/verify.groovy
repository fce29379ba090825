def dir = new File(basedir, 'target/nml/validation')
assert new File(dir, 'validation.json').length() > 0 : 'validation.json was not written before the failure'
assert new File(dir, 'report.html').length() > 0 : 'report.html was not written before the failure'
def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.contains('[ERROR]') && it.contains('validation gates failed') }
assert failure != null : 'no failure message naming the failed gates'
assert failure =~ /maxAbsRelErrorP95\[binding_energy\] \(from maxAbsRelErrorP95\) required <= 1e-9, actual [0-9.]+(e-?[0-9]+)?/ : failure
assert failure =~ /maxAbsRelErrorP95\[charge_radius\] \(from maxAbsRelErrorP95\) required <= 1e-9, actual [0-9.]+(e-?[0-9]+)?/ : failure
assert !failure.contains('minAccuracy') : 'a passing gate is listed as failed'
assert log.contains('gate passed: minAccuracy') : 'passing gates are not logged'
assert log.contains('gate FAILED: maxAbsRelErrorP95') : 'failing gates are not logged'
