import groovy.json.JsonSlurper

def models = new File(basedir, 'target/nml/mass-models')
['piml.model.json', 'piml.curve.csv', 'mass-table.csv', 'mass-models.json', 'mass-model.zip', 'run-info.json'].each {
  assert new File(models, it).isFile() : "missing ${it}"
}
def table = new File(models, 'mass-table.csv').readLines()
assert table[0] == 'Z,N,A,excess_ws4_MeV,excess_piml_MeV,sigma_piml_MeV'
assert table.size() > 5000 : "${table.size()} lines"
// every sigma is positive and finite
assert table.drop(1).every { def s = it.split(',')[5] as double; s > 0 && !s.isNaN() && !s.isInfinite() }
def curve = new File(models, 'piml.curve.csv').readLines()
assert curve[1] == 'epoch,L1,L2,L_total,learning_rate,rms_rest_keV'
assert new File(models, 'piml.model.json').text.contains('"format" : "nml-mdn-mass-model"')

def json = new JsonSlurper().parse(new File(basedir, 'target/nml/mass-validation/mass-validation.json'))
def piml = json.models.find { it.id == 'piml' }
assert piml.sets.keySet() as List == ['train', 'rest', 'all2016', 'all2020']
assert piml.sets.train.count == 60
assert piml.sets.train.count + piml.sets.rest.count == piml.sets.all2016.count
assert piml.garvey_kelson_S.model_count == piml.sets.all2016.count
assert json.gates.size() == 3 && json.gates.every { it.endsWith('passed') } : json.gates

def log = new File(basedir, 'build.log').text
assert log.contains('nml:train-masses is up to date') : 'the second invocation retrained'
