import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
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
  // how the solver's marginal differs from the emulator's: width ratio and median shift
  def w = comparison.parameters[n].width_ratio_68
  assert w instanceof Number && w > 0 : "${n}: width ratio ${w}"
  assert comparison.parameters[n].median_shift_half_widths instanceof Number
}
assert log.contains('68% width x') : 'the width ratio was not logged'

assert comparison.passed == true
// the cost is a run fact: run-info.json beside each posterior, never posterior.json or comparison.json
assert solver.cost.evaluations_per_second == null && comparison.cost == null
def solverRun = new JsonSlurper().parse(new File(root, 'solver/run-info.json'))
def emulatorRun = new JsonSlurper().parse(new File(root, 'emulator/run-info.json'))
def eps = solverRun.evaluations_per_second / emulatorRun.evaluations_per_second
def speedUp = solverRun.comparison_cost.speed_up_a_over_b
assert Math.abs(speedUp - eps) <= 1e-9 * eps : "speed-up ${speedUp} vs ${eps}"
assert new File(root, 'solver/corner-comparison.png').length() > 0
assert log.contains('speed-up') : 'the speed-up was not logged'

// importance sampling: 200 solver evaluations at draws of the emulator posterior, reweighted
def importance = new JsonSlurper().parse(new File(root, 'solver-importance/posterior.json'))
assert importance.backend == 'rmf-solver'
assert importance.importance_sampling.proposal == 'emulator'
assert importance.importance_sampling.draws == 200
assert importance.importance_sampling.proposal_chain_sha256 ==~ /[0-9a-f]{64}/
def kish = importance.importance_sampling.kish_ess
assert kish > 1 && kish <= 200 : "Kish ESS ${kish}"
assert importance.settings.importance_draws == 200
assert importance.cost.model_evaluations <= 200
assert new File(root, 'solver-importance/chain.csv').readLines().size() == 201
assert new JsonSlurper().parse(new File(root, 'solver-importance/comparison.json')).passed == true
assert log.contains('importance sampling: 200/200 draws') : 'no progress line for the reweighting'
