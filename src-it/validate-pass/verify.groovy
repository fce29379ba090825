import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/nml/validation')
def json = new JsonSlurper().parse(new File(dir, 'validation.json'))

def at(node, String path) {
  path.split('\\.').inject(node) { n, key ->
    assert n instanceof Map && n.containsKey(key) : "validation.json lacks ${path} (at ${key})"
    n[key]
  }
}
assert at(json, 'classifier.accuracy') instanceof Number
assert at(json, 'classifier.per_class.admissible.precision') != null
assert at(json, 'regressor.binding_energy.r2') instanceof Number
['16O', '40Ca'].each { assert at(json, "regressor.charge_radius.per_nucleus.${it}.r2") != null }

def html = new File(dir, 'report.html').text
def images = (html =~ /<img[^>]*\ssrc="([^"]+)"/).collect { it[1] }
assert !images.isEmpty() : 'report.html has no images'
images.each { src ->
  def png = new File(dir, src)
  assert png.isFile() : "report.html refers to missing ${src}"
  byte[] head = new byte[4]
  png.withInputStream { it.read(head) }
  assert (head[0] & 0xff) == 0x89 && head[1] == ('P' as char) && head[2] == ('N' as char) && head[3] == ('G' as char) : "${src} is not a PNG"
}

assert new File(dir, 'sample/samples.csv').isFile() : 'the independent sample was not written'
def log = new File(basedir, 'build.log').text
assert log.contains('independent sample (seed 43)') : 'the gated sample is not named in the log'
assert log.contains('gate passed: minAccuracy') : 'gates are not logged'
assert log.contains('nml:validate is up to date') : 'the second run did not report up to date'

// predictions.csv: every regression point, listed and hashed in the step's manifest
def predictions = new File(dir, 'predictions.csv').text
assert !predictions.contains('\r') : 'predictions.csv has CR line ends'
def rows = predictions.readLines()
assert rows[0] == 'sample,point,nucleus,observable,solver,emulator,relative_error'
assert rows.size() > 1
rows.drop(1).each { row ->
  def f = row.split(',', -1)
  assert f.length == 7 : row
  double solver = f[4] as double, emulator = f[5] as double, rel = f[6] as double
  // the written values have 10 significant digits: recomputing from them agrees to about 1e-10
  assert Math.abs(rel - (solver - emulator) / solver) <= 1e-8 : row
}
def manifest = new JsonSlurper().parse(new File(dir, 'nml-step.json'))
assert manifest.outputs.containsKey('predictions.csv') : "nml-step.json does not hash predictions.csv: ${manifest.outputs.keySet()}"
