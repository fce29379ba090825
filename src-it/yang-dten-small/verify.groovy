import groovy.json.JsonSlurper

def models = new File(basedir, 'target/nml/mass-models')
['rho.ensemble.json', 'rho.member-0.json', 'rho.member-1.json', 'rho.member-0.curve.csv', 'x.ensemble.json',
 'x.member-1.json', 'x.member-1.curve.csv', 'mass-table.csv', 'mass-models.json', 'mass-model.zip', 'run-info.json'].each {
  assert new File(models, it).isFile() : "missing ${it}"
}
assert !new File(models, '.nml-work/dten').exists() : 'finished members left in the work directory'

// the mass table covers every converged nucleus of the chart
def chart = new File(basedir, 'target/nml/chart/chart.csv').readLines().drop(1)
def converged = chart.findAll { it.split(',', -1)[2] == 'true' }
def table = new File(models, 'mass-table.csv').readLines()
assert table[0] == 'Z,N,A,B_ame2020_MeV,B_NL3_MeV,B_rho_MeV,B_x_MeV'
assert table.size() == converged.size() + 1 : "${table.size() - 1} rows for ${converged.size()} converged nuclei"
assert table.drop(1).every { it.startsWith('50,') }

def ensemble = new JsonSlurper().parse(new File(models, 'rho.ensemble.json'))
assert ensemble.format == 'nml-dten-ensemble' && ensemble.members.size() == 2
assert Math.abs(ensemble.members.sum { it.weight } - 1.0) < 1e-12
def curve = new File(models, 'rho.member-0.curve.csv').readLines()
assert curve[1] == 'epoch,training_loss,validation_loss'
assert curve.size() == 2 + 5 : "five epochs expected: ${curve.size() - 2}"

def index = new JsonSlurper().parse(new File(models, 'mass-models.json'))
def rho = index.models.find { it.id == 'rho' }
def x = index.models.find { it.id == 'x' }
assert rho.type == 'dten' && rho.parameter_count == 294289 : "lite has 294,289 parameters: ${rho.parameter_count}"
assert x.inputs == 'shell-only' && x.parameter_count < rho.parameter_count

def json = new JsonSlurper().parse(new File(basedir, 'target/nml/mass-validation/mass-validation.json'))
def v = json.models.find { it.id == 'rho' }
assert v.sets.keySet() as List == ['train', 'validation', 'all']
assert v.sets.train.count + v.sets.validation.count == v.sets.all.count
assert v.sets.validation.count == Math.ceil(0.2 * v.sets.all.count) as int
assert v.sets.validation.member_rms_keV.size() == 2
assert json.gates.size() == 4 && json.gates.every { it.endsWith('passed') } : json.gates

def log = new File(basedir, 'build.log').text
assert log.contains('nml:train-masses is up to date') : 'the second invocation trained again'
assert log.contains('gate maxRmsMeV[rmf@all]') || log.contains('maxRmsMeV[rmf@all]: required <= ')

// the DTEN report page and the neutron-skin compression scan of 132Sn (208Pb is not in the slice)
def report = new File(basedir, 'target/nml/mass-report')
['report.html', 'report.md', 'skin-scan.csv', 'ensemble-size.png', 'residuals.png', 'skin.png'].each {
  assert new File(report, it).isFile() : "missing report file ${it}"
}
def md = new File(report, 'report.md').text
assert md.contains('| rho | exp | densities | 2 | validation |') : md
assert md.contains('- rho / x: ') == false : 'x has target rmf: no densityGain pair expected'
assert md.contains('rho, 208Pb: skipped (not a converged nucleus of the chart') : md
assert md.contains('x: skipped (inputs shell-only') : md
def skin = new File(report, 'skin-scan.csv').readLines()
assert skin[0] == 'model,nucleus,Z,N,mode,k_n,R_n_fm,skin_fm,B_MeV'
assert skin.size() == 1 + 4 * 101 : "four modes of 101 points for 132Sn: ${skin.size() - 1}"
def sn132 = chart.find { it.startsWith('50,82,true,') }.split(',', -1)
def rn = sn132[8] as double
def rp = sn132[7] as double
skin.drop(1).each { line ->
  def f = line.split(',')
  assert f[0] == 'rho' && f[1] == '132Sn' && f[2] == '50' && f[3] == '82'
  def k = f[5] as double
  assert Math.abs((f[6] as double) - rn / k) < 2e-6 : line
  assert Math.abs((f[7] as double) - (rn / k - rp)) < 2e-6 : line
  def b = f[8] as double
  assert b > 1000 && b < 1200 : "132Sn binds about 1103 MeV: ${line}"
}
def sn132Table = table.find { it.startsWith('50,82,') }.split(',')
def atOne = skin.find { it.startsWith('rho,132Sn,50,82,all,1.000,') }.split(',')
assert Math.abs((atOne[8] as double) - (sn132Table[5] as double)) < 2e-6 : 'k_n = 1 is the ensemble prediction'
