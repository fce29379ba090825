def log = new File(basedir, 'build.log').text
assert log.contains("an MDN's predicted sigma collapsed or is not finite; no mass table written") : 'no clear message'
assert log =~ /model piml at Z=\d+ N=\d+: mean -?[0-9.]+ MeV, sigma [0-9.E-]+ keV \(required: finite, sigma >= minSigmaKeV = 1.0E9\)/
def models = new File(basedir, 'target/nml/mass-models')
assert !new File(models, 'mass-table.csv').exists()
assert !new File(models, 'mass-model.zip').exists()
