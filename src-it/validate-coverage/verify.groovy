import groovy.json.JsonSlurper

def emulator = new JsonSlurper().parse(new File(basedir, 'target/nml/emulator/emulator.json'))
assert emulator.format_version == 2 : 'an ensemble is written as format version 2'
assert emulator.ensemble.size == 2
assert new File(basedir, 'target/nml/emulator/regressor-binding_energy_MeV+charge_radius_fm-member1.nmlnet').isFile()

// 1: coverage reported per observable and nucleus, and the gate passed
def json = new JsonSlurper().parse(new File(basedir, 'target/nml/validation/validation.json'))
['binding_energy', 'charge_radius'].each { o ->
  def c95 = json.regressor[o].coverage_95
  def c68 = json.regressor[o].coverage_68
  assert c95 instanceof Number && c95 >= 0.5 && c95 <= 1 : "${o} coverage_95 ${c95}"
  assert c68 instanceof Number && c68 <= c95 : "${o} coverage_68 ${c68}"
  ['16O', '40Ca'].each { assert json.regressor[o].per_nucleus[it].coverage_95 instanceof Number }
}
assert json.gates.passed == true
def html = new File(basedir, 'target/nml/validation/report.html').text
assert html.contains('coverage 95%') : 'report.html has no coverage column'
assert new File(basedir, 'target/nml/validation/predictions.csv').readLines()[0].endsWith(',emulator_sigma')

def log = new File(basedir, 'build.log').text
assert log.contains('gate passed: minCoverage95') : 'the passing coverage gate is not logged'

// 2: the failing gate names gate, required and measured coverage; the reports are still written
assert new File(basedir, 'target/nml/validation-fail/validation.json').length() > 0
def failure = log.readLines().find { it.contains('[ERROR]') && it.contains('validation gates failed') }
assert failure != null : 'no failure message naming the failed gates'
assert failure =~ /maxCoverage95\[binding_energy\] \(from maxCoverage95\) required <= 0(\.0)?, actual [0-9.]+/ : failure
assert failure =~ /maxCoverage95\[charge_radius\] \(from maxCoverage95\) required <= 0(\.0)?, actual [0-9.]+/ : failure
