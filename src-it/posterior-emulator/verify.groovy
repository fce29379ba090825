import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/nml/posterior/emulator')
def json = new JsonSlurper().parse(new File(dir, 'posterior.json'))
assert json.backend == 'emulator'
def names = ['rho0', 'E0', 'K0', 'Q0', 'mstar_over_m', 'J0', 'L0']
assert json.parameters.keySet() as List == names
names.each { n ->
  def p = json.parameters[n]
  assert p.median instanceof Number : "${n} has no median"
  assert p.ci68.size() == 2 && p.ci68[0] <= p.median && p.median <= p.ci68[1] : "${n}: ${p.ci68} around ${p.median}"
  assert p.ci95[0] <= p.ci68[0] && p.ci68[1] <= p.ci95[1] : "${n}: 95% interval ${p.ci95} inside 68% ${p.ci68}"
}
assert json.settings.walkers == 32
assert json.settings.prior.find { it.name == 'K0' }.type == 'gaussian'
assert json.settings.constraints.size() == 4
assert Math.abs(json.settings.constraints[3].sigma - 0.03 * json.settings.constraints[3].value) < 1e-9
def chain = new File(dir, 'chain.csv').readLines()
assert chain[0] == 'walker,step,rho0,E0,K0,Q0,mstar_over_m,J0,L0,log_posterior'
assert chain.size() > 32
def png = new File(dir, 'corner.png').bytes
assert png.length > 8 && png[0..7] == [(byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47, (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A]
def log = new File(basedir, 'build.log').text
assert log.contains('nml:posterior is up to date') : 'the second run did not report up to date'
assert (log =~ /(?m)^\[INFO\]\s+L0\s/).count >= 1 : "the medians were not logged"

// posterior-summary.csv: posterior.json's per-parameter numbers as a table, listed and hashed in the manifest
def summary = new File(dir, 'posterior-summary.csv').readLines()
assert summary[0] == 'name,backend,parameter,median,ci68_lower,ci68_upper,ci95_lower,ci95_upper,mean,sd,tau_steps,ess,r_hat'
assert summary.drop(1).collect { it.split(',')[2] } == names
summary.drop(1).each { row ->
  def f = row.split(',', -1)
  def p = json.parameters[f[2]]
  assert f[0] == 'emulator' && f[1] == 'emulator' : row
  assert Math.abs((f[3] as double) - p.median) <= 1e-9 * Math.abs(p.median) : "${row} vs ${p.median}"
  assert Math.abs((f[6] as double) - p.ci95[0]) <= 1e-9 * Math.abs(p.ci95[0]) : "${row} vs ${p.ci95}"
}
def manifest = new JsonSlurper().parse(new File(dir, 'nml-step.json'))
assert manifest.outputs.containsKey('posterior-summary.csv') : "nml-step.json does not hash posterior-summary.csv: ${manifest.outputs.keySet()}"
