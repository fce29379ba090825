import groovy.json.JsonSlurper

def root = new File(basedir, 'target/nml/dataset')
def expected = [caseA: [selected: 2150, train: 1548, validation: 172, test: 430],
                caseB: [train: 2090, test: 73]]
expected.each { name, counts ->
  def dir = new File(root, name)
  def lines = new File(dir, 'nuclei.csv').readLines()
  def header = lines[0].split(',', -1) as List
  assert header.take(11) == ['Z', 'N', 'A', 'element', 'table', 'measured', 'target_MeV', 'target_unc_MeV',
      'split', 'b_ld_MeV', 'residual_MeV'] : "${name}: header ${lines[0]}"
  assert header.size() == 11 + 12 + 13 + 11 : "${name}: ${header.size()} columns"
  assert header.contains('huang-III:def') && header.contains('huang-I:delta_ee') && header.contains('huang-II:g1A13')
  def bySplit = lines.drop(1).countBy { it.split(',', -1)[8] }
  counts.findAll { it.key != 'selected' }.each { set, n ->
    assert bySplit[set] == n : "${name}: ${bySplit[set]} rows in ${set}, expected ${n}"
  }
  def json = new JsonSlurper().parse(new File(dir, 'dataset.json'))
  counts.each { set, n -> assert json.counts[set] == n : "${name}: dataset.json counts ${json.counts}" }
  assert json.inputs.ame2020.sha256 == 'e8599c6d7f724fac91934e59f1b9de8fb8f63e820f4b39456b790665ed2a3307'
  assert json.baseline.id == 'ws4'
  assert json.seed == 42
}
def caseB = new JsonSlurper().parse(new File(root, 'caseB/dataset.json'))
assert caseB.inputs.ame2016.sha256 == '2167f57a2a98331e4649b2dd2b658a9006ed4fba1975729ebfe52a42b4b9218a'
assert !new File(root, 'caseA/nuclei.csv').text.contains('\r') : 'nuclei.csv must have LF line endings'
def log = new File(basedir, 'build.log').text
assert log.count('nml:dataset is up to date') == 2 : 'the second invocation did not find both data sets up to date'
