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
// the cost is a run fact: run-info.json beside each posterior, never posterior.json or comparison.json
assert solver.cost.evaluations_per_second == null && comparison.cost == null
def solverRun = new JsonSlurper().parse(new File(root, 'solver/run-info.json'))
def emulatorRun = new JsonSlurper().parse(new File(root, 'emulator/run-info.json'))
def eps = solverRun.evaluations_per_second / emulatorRun.evaluations_per_second
def speedUp = solverRun.comparison_cost.speed_up_a_over_b
assert Math.abs(speedUp - eps) <= 1e-9 * eps : "speed-up ${speedUp} vs ${eps}"
assert new File(root, 'solver/corner-comparison.png').length() > 0
def log = new File(basedir, 'build.log').text
assert log.contains('speed-up') : 'the speed-up was not logged'
