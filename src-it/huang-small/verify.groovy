import groovy.json.JsonSlurper

def models = new File(basedir, 'target/nml/mass-models')
['A-I.model.json', 'A-III.model.json', 'A-I.curve.csv', 'A-III.curve.csv', 'mass-table.csv', 'mass-models.json',
 'mass-model.zip', 'run-info.json'].each { assert new File(models, it).isFile() : "missing ${it}" }
def table = new File(models, 'mass-table.csv').readLines()
assert table[0] == 'Z,N,A,B_ws4_MeV,B_A-I_MeV,B_A-III_MeV,B_A-III2_MeV'
// every WS4 nucleus with Z, N >= 21, not only the slice the models were trained on
assert table.size() > 5000 : "${table.size()} lines"
def zip = new java.util.zip.ZipFile(new File(models, 'mass-model.zip'))
assert zip.entries().toList()*.name == ['A-I.model.json', 'A-III.model.json', 'A-III2.model.json', 'mass-models.json',
                                        'mass-table.csv']
zip.close()
// run facts stay out of the released files
assert !new File(models, 'mass-models.json').text.contains(basedir.path)
assert !new File(models, 'A-III.model.json').text.contains('threads')

// members: a version-2 file whose member 0 is the one-network A-III (same seed and definition) and member 1
// another network; the curve file has a member column
def one = new JsonSlurper().parse(new File(models, 'A-III.model.json'))
def two = new JsonSlurper().parse(new File(models, 'A-III2.model.json'))
assert one.version == 1 && one.definition.members == null
assert two.version == 2 && two.definition.members == 2 && two.members.size() == 2
assert two.members[0].seed == 42 && two.members[0].parameters == one.parameters
assert two.members[1].parameters != one.parameters
assert new File(models, 'A-III2.curve.csv').readLines()[0].startsWith('member,epoch,')
// the mean of two networks lies between them; here it must differ from member 0's B somewhere
assert table.drop(1).any { it.split(',')[5] != it.split(',')[6] }

def json = new JsonSlurper().parse(new File(basedir, 'target/nml/mass-validation/mass-validation.json'))
def a3 = json.models.find { it.id == 'A-III' }
assert a3.sets.keySet() as List == ['train', 'validation', 'test', 'all']
assert a3.sets.test.count + a3.sets.train.count == a3.sets.all.count
assert a3.sets.test.paper.rms_keV == 122.0
// the residual network must improve on its own liquid drop on unseen nuclei
assert a3.sets.test.rms_keV < a3.sets.test.liquid_drop.rms_keV / 2
assert json.gates.size() == 3 && json.gates.every { it.endsWith('passed') }
assert new File(basedir, 'target/nml/mass-validation/mass-validation.md').text.contains('| A-III | test |')

// the report page: Table III beside ours, the four plots, written by both invocations with the same bytes
def report = new File(basedir, 'target/nml/mass-report')
['report.html', 'report.md', 'sensitivity.png', 'residuals.png', 'separation-energies.png', 'extrapolation.png'].each {
  assert new File(report, it).length() > 0 : "missing report file ${it}"
}
assert new File(report, 'report.md').text.contains('| A-III |')
assert new File(report, 'report.html').text.contains('<img src="residuals.png"')

def log = new File(basedir, 'build.log').text
assert log.contains('nml:train-masses is up to date') : 'the second invocation retrained'
assert log.count('nml:dataset is up to date') == 1
assert log.count('nml:report-masses wrote') == 2
