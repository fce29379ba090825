import groovy.json.JsonSlurper

def installed = new File(localRepositoryPath,
    'org/nucleiml/it/predict-masses-coordinates-producer/1.0/predict-masses-coordinates-producer-1.0-mass-model.zip')
assert installed.length() > 0 : "the producer's mass model was not installed at ${installed}"
def log = new File(basedir, 'build.log').text
assert log.contains('uses mass model org.nucleiml.it:predict-masses-coordinates-producer:1.0') :
    'the consumer did not resolve the coordinates'

def out = new File(basedir, 'consumer/target/nml/mass-predictions')
def csv = new File(out, 'mass-predictions.csv').readLines()
assert csv[0] == 'Z,N,A,set,B_exp_MeV,B_ws4_MeV,B_S-III_MeV'
// the listed nuclei come first; 56Fe is in the producer's mass table, so the consumer's B is the table's
def table = new File(basedir, 'producer/target/nml/mass-models/mass-table.csv').readLines()
def fe = table.find { it.startsWith('26,30,') }.split(',')
def listed = csv[1].split(',', -1)
assert listed[0..3] == ['26', '30', '56', 'listed'] && listed[4] == ''
assert listed[5] == fe[3] && listed[6] == fe[4] : "56Fe: ${csv[1]} vs the producer's ${fe}"
assert csv[2].startsWith('50,82,132,listed,') && csv[3].startsWith('82,126,208,listed,')

// the consumer scores the release on its own copy of the slice exactly as the producer validated it
def scores = new JsonSlurper().parse(new File(out, 'mass-scores.json'))
def validated = new JsonSlurper().parse(new File(basedir, 'producer/target/nml/mass-validation/mass-validation.json'))
def v = validated.models.find { it.id == 'S-III' }
['train', 'test', 'all'].each { s ->
  assert scores.models['S-III'][s].rms_keV == v.sets[s].rms_keV : "${s}: ${scores.models['S-III'][s]} vs ${v.sets[s]}"
  assert scores.models['S-III'][s].ws4.rms_keV == v.sets[s].ws4.rms_keV
}
assert scores.gates.size() == 2 && scores.gates.every { it.endsWith('passed') }
