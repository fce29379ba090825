import groovy.json.JsonSlurper

def nml = new File(basedir, 'target/nml')
def page = new File(nml, 'report.html')
assert page.isFile() : 'nml:report did not write target/nml/report.html'
assert new File(nml, 'report.md').isFile() : 'nml:report did not write report.md'
def html = page.text
assert html.startsWith('<!DOCTYPE html>')

['>Study report: org.nucleiml.it:report-basic:1.0</h1>', '>Data</h2>', '>Emulator</h2>', '>Validation</h2>',
 '>Posterior</h2>', '>Posterior: emulator</h3>'].each { heading ->
  assert html.contains(heading) : "report.html lacks the heading ${heading}"
}
assert !html.contains('not run') : 'every step ran, yet the report lists one as not run'

// One row per gate of validation.json, with its verdict.
def validation = new JsonSlurper().parse(new File(nml, 'validation/validation.json'))
assert !validation.gates.results.isEmpty()
validation.gates.results.each { g ->
  def verdict = g.overridden_by != null ? "overridden by ${g.overridden_by}" : (g.passed ? 'PASS' : 'FAIL')
  def row = "<tr><td>${g.target.replace('<', '&lt;').replace('>', '&gt;')}</td><td>${g.comparison.replace('<', '&lt;').replace('>', '&gt;')} "
  assert html.contains(row) : "report.html lacks the gate row ${row}"
  assert html.contains(verdict) : "report.html lacks the verdict ${verdict} of ${g.target}"
}
assert html.contains('<td class="pass">PASS</td>')

// The posterior's medians are on the page as the JSON has them (5 significant digits).
def posterior = new JsonSlurper().parse(new File(nml, 'posterior/emulator/posterior.json'))
def median = new BigDecimal(posterior.parameters.L0.median as double)
    .round(new java.math.MathContext(5, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString()
assert html.contains("<tr><td>L0 (MeV)</td><td>${median}</td>") : "the posterior table lacks L0's median ${median}"

// Every image is a relative link to an existing PNG in a step folder; nothing was copied.
def images = (html =~ /<img[^>]*\ssrc="([^"]+)"/).collect { it[1] }
assert images.contains('posterior/emulator/corner.png')
assert images.contains('validation/training-curves.png')
assert images.any { it.startsWith('validation/s1-independent-sample') }
images.each { src ->
  assert !src.startsWith('/') && !src.contains(':') : "${src} is not relative"
  def png = new File(nml, src)
  assert png.isFile() : "report.html refers to missing ${src}"
  byte[] head = new byte[4]
  png.withInputStream { it.read(head) }
  assert (head[0] & 0xff) == 0x89 && head[1] == ('P' as char) && head[2] == ('N' as char) && head[3] == ('G' as char) : "${src} is not a PNG"
}
assert nml.listFiles().findAll { it.name.endsWith('.png') }.isEmpty() : 'plots were copied next to the report'

def manifest = new JsonSlurper().parse(new File(nml, 'nml-step.json'))
assert manifest.fingerprint.step == 'report'
assert manifest.fingerprint.inputs.keySet().containsAll(['data/dataset.json', 'emulator/emulator.json',
    'validation/validation.json', 'posterior/emulator/posterior.json'])

def log = new File(basedir, 'build.log').text
assert log.contains('wrote ' + page.canonicalPath) || log.contains('report.html and report.md') : 'the report was not logged'
assert log.contains('nml:report is up to date') : 'the second run did not report up to date'
