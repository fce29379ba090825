import groovy.json.JsonSlurper

def root = new File(basedir, 'target/nml/posterior')
def solver = new JsonSlurper().parse(new File(root, 'solver/posterior.json'))
assert solver.backend == 'rmf-solver'
def emulator = new JsonSlurper().parse(new File(root, 'emulator/posterior.json'))
assert emulator.backend == 'emulator'
def comparison = new JsonSlurper().parse(new File(root, 'solver/comparison.json'))
def names = ['rho0', 'E0', 'K0', 'Q0', 'mstar_over_m', 'J0', 'L0']
assert comparison.parameters.keySet() as List == names
names.each { n ->
  def js = comparison.parameters[n].js_divergence_bits
  assert js instanceof Number && js >= 0 && js <= 1 : "${n}: JS ${js}"
  assert comparison.parameters[n].required_max == 1.0
}
assert comparison.passed == true
def eps = solver.cost.evaluations_per_second / emulator.cost.evaluations_per_second
assert Math.abs(comparison.cost.speed_up_a_over_b - eps) <= 1e-9 * eps : "speed-up ${comparison.cost.speed_up_a_over_b} vs ${eps}"
assert new File(root, 'solver/corner-comparison.png').length() > 0
def log = new File(basedir, 'build.log').text
assert log.contains('speed-up') : 'the speed-up was not logged'
