import groovy.json.JsonSlurper

def models = new File(basedir, 'target/nml/mass-models')
['piml.model.json', 'piml.curve.csv', 'mass-table.csv', 'mass-models.json', 'mass-model.zip', 'run-info.json'].each {
  assert new File(models, it).isFile() : "missing ${it}"
}
def table = new File(models, 'mass-table.csv').readLines()
assert table[0] == 'Z,N,A,excess_ws4_MeV,excess_piml_MeV,sigma_piml_MeV,excess_piml2_MeV,sigma_piml2_MeV'
assert table.size() > 5000 : "${table.size()} lines"
// every sigma is positive and finite
assert table.drop(1).every { [5, 7].every { i -> def s = it.split(',')[i] as double; s > 0 && !s.isNaN() && !s.isInfinite() } }
def curve = new File(models, 'piml.curve.csv').readLines()
assert curve[1] == 'epoch,L1,L2,L_total,learning_rate,rms_rest_keV'
assert new File(models, 'piml.model.json').text.contains('"format" : "nml-mdn-mass-model"')
// two members: file version 2 with both networks, member 0 being piml's own network (same seed 42)
def two = new JsonSlurper().parse(new File(models, 'piml2.model.json'))
def one = new JsonSlurper().parse(new File(models, 'piml.model.json'))
assert two.version == 2 && two.definition.members == 2 && two.members.size() == 2
assert two.members[0].parameters == one.parameters
assert two.members[1].parameters != one.parameters
assert new File(models, 'piml2.curve.csv').readLines()[1] == 'member,epoch,L1,L2,L_total,learning_rate,rms_rest_keV'

def json = new JsonSlurper().parse(new File(basedir, 'target/nml/mass-validation/mass-validation.json'))
def piml = json.models.find { it.id == 'piml' }
assert piml.sets.keySet() as List == ['train', 'rest', 'all2016', 'all2020']
assert piml.sets.train.count == 60
assert piml.sets.train.count + piml.sets.rest.count == piml.sets.all2016.count
assert piml.garvey_kelson_S.model_count == piml.sets.all2016.count
assert json.gates.size() == 3 && json.gates.every { it.endsWith('passed') } : json.gates

// exact Shapley values over the all2020 nuclei (Z 20-30) against the 60 training nuclei (all of them)
def shapley = new File(basedir, 'target/nml/mass-validation/shapley-piml.csv').readLines()
assert shapley[0].startsWith('Z,N,phi_mean_Z_keV,phi_mean_N_keV,')
assert shapley.size() == 1 + piml.shapley.count
assert piml.shapley.set == 'all2020' && piml.shapley.count == piml.sets.all2020.count && piml.shapley.background == 60
assert piml.shapley.ranking_mean.size() == 8

def report = new File(basedir, 'target/nml/mass-report')
['report.html', 'report.md', 'chains.png', 'shapley.png'].each {
  assert new File(report, it).isFile() : "missing report file ${it}"
}
def page = new File(report, 'report.md').text
assert page.contains('| piml | all2016 |') && page.contains('Z = 24, 28 chains') && page.contains('## Feature importance')

def log = new File(basedir, 'build.log').text
assert log.contains('nml:train-masses is up to date') : 'the second invocation retrained'
