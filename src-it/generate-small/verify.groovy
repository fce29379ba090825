import groovy.json.JsonSlurper

def data = new File(basedir, 'target/nml/data')
def lines = new File(data, 'samples.csv').readLines()
assert lines.size() == 1 + 10 * 2 : "expected a header and 20 rows, found ${lines.size()} lines"
assert lines[0].startsWith('sample_id,rho0,E0,K0,Q0,mstar_over_m,J0,L0,g_sigma')
def manifest = new JsonSlurper().parse(new File(data, 'dataset.json'))
assert manifest.samples == 10
assert manifest.nuclei == ['16O', '40Ca']
assert manifest.rows == 20
assert manifest.counts_label.admissible + manifest.counts_label.'non-admissible' == 20
assert manifest.samples_csv_sha256 ==~ /[0-9a-f]{64}/
def log = new File(basedir, 'build.log').text
assert log.contains('nml:generate is up to date') : 'the second run did not report up to date'
